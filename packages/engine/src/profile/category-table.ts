import type { CategoryBatch } from './batch-profile.js';

/** Node's native decoder, about twice as fast as TextDecoder on short cells (see byte-text.ts). */
const utf8Slice = (
  Buffer.prototype as unknown as { utf8Slice(this: Uint8Array, s: number, e: number): string }
).utf8Slice;

/**
 * One batch's value counts for a categorical column, bounded: at twice `bound` distinct values the lightest
 * are folded into `other`, and the table saturates (an id-like column): from then on only values already
 * listed are counted, the rest go to `other` undecoded. A value heavy enough to matter (over 1/bound of the
 * rows) has all but surely turned up by then.
 *
 * Values from the CSV kernel arrive as bytes and are found by their 64-bit hash in an open-addressing table
 * of typed arrays (a Map keyed by numbers boxes each key); a value is decoded once, when it is first seen.
 * Values from JSON and columnar readers arrive as strings and go through a Map.
 */
export class CategoryTable {
  private texts: string[] = [];
  private counts: number[] = [];
  /** Per entry, its hash halves (hashed entries) or 0, 0. */
  private entryHi: number[] = [];
  private entryLo: number[] = [];
  private readonly byText = new Map<string, number>();
  private slots: Int32Array;
  private slotHi: Int32Array;
  private slotLo: Int32Array;
  private mask: number;
  private other = 0;
  private otherDistinct = 0;
  private saturated = false;

  constructor(private readonly bound: number) {
    const size = Math.min(1 << 12, nextPowerOfTwo(bound * 4));
    this.slots = new Int32Array(size).fill(-1);
    this.slotHi = new Int32Array(size);
    this.slotLo = new Int32Array(size);
    this.mask = size - 1;
  }

  /** A value given as bytes with its hash (hi, lo). */
  addHashed(hi: number, lo: number, buf: Uint8Array, s: number, e: number): void {
    let slot = lo & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry < 0) break;
      if (this.slotHi[slot] === hi && this.slotLo[slot] === lo) {
        this.counts[entry]! += 1;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    if (this.saturated) {
      this.other += 1;
      return;
    }
    const entry = this.push(utf8Slice.call(buf, s, e), 1, hi, lo);
    this.place(slot, entry, hi, lo);
    this.afterInsert();
  }

  addText(value: string, count: number): void {
    const entry = this.byText.get(value);
    if (entry !== undefined) {
      this.counts[entry]! += count;
      return;
    }
    if (this.saturated) {
      this.other += count;
      return;
    }
    this.byText.set(value, this.push(value, count, 0, 0));
    this.afterInsert();
  }

  result(): CategoryBatch {
    // A value may have come both ways (bytes and strings): one entry per text.
    const merged = new Map<string, number>();
    let other = this.other;
    let otherDistinct = this.otherDistinct;
    for (let i = 0; i < this.texts.length; i++) {
      // A saturated (id-like) column: values seen once here are noise to the merge, not heavy values.
      if (this.saturated && this.counts[i] === 1) {
        other += 1;
        otherDistinct += 1;
        continue;
      }
      merged.set(this.texts[i]!, (merged.get(this.texts[i]!) ?? 0) + this.counts[i]!);
    }
    return {
      values: [...merged.keys()],
      counts: [...merged.values()],
      other,
      otherDistinct,
    };
  }

  private push(text: string, count: number, hi: number, lo: number): number {
    this.texts.push(text);
    this.counts.push(count);
    this.entryHi.push(hi);
    this.entryLo.push(lo);
    return this.texts.length - 1;
  }

  private place(slot: number, entry: number, hi: number, lo: number): void {
    this.slots[slot] = entry;
    this.slotHi[slot] = hi;
    this.slotLo[slot] = lo;
  }

  private afterInsert(): void {
    const size = this.texts.length;
    if (size >= this.bound * 2) {
      this.fold();
      this.saturated = true;
    } else if (size * 2 > this.slots.length) this.rehash(this.slots.length * 2);
  }

  /** Keeps the `bound` heaviest entries; the rest become `other`. */
  private fold(): void {
    const order = this.counts.map((_, i) => i).sort((a, b) => this.counts[b]! - this.counts[a]!);
    const kept = order.slice(0, this.bound);
    for (const i of order.slice(this.bound)) {
      this.other += this.counts[i]!;
      this.otherDistinct += 1;
    }
    const hashed = new Set(this.byText.values());
    const texts = kept.map((i) => this.texts[i]!);
    const counts = kept.map((i) => this.counts[i]!);
    const his = kept.map((i) => this.entryHi[i]!);
    const los = kept.map((i) => this.entryLo[i]!);
    const fromText = kept.map((i) => hashed.has(i));
    this.texts = texts;
    this.counts = counts;
    this.entryHi = his;
    this.entryLo = los;
    this.byText.clear();
    fromText.forEach((isText, i) => {
      if (isText) this.byText.set(texts[i]!, i);
    });
    this.rehash(this.slots.length, fromText);
  }

  private rehash(size: number, fromText?: readonly boolean[]): void {
    this.slots = new Int32Array(size).fill(-1);
    this.slotHi = new Int32Array(size);
    this.slotLo = new Int32Array(size);
    this.mask = size - 1;
    const textEntries = fromText ?? this.texts.map((_, i) => this.byText.get(this.texts[i]!) === i);
    for (let i = 0; i < this.texts.length; i++) {
      if (textEntries[i]) continue;
      let slot = this.entryLo[i]! & this.mask;
      while (this.slots[slot]! >= 0) slot = (slot + 1) & this.mask;
      this.place(slot, i, this.entryHi[i]!, this.entryLo[i]!);
    }
  }
}

function nextPowerOfTwo(n: number): number {
  let size = 16;
  while (size < n) size *= 2;
  return size;
}
