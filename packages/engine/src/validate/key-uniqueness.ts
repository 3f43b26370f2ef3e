import type { KeyHashes } from './csv-kernel.js';
import { FRESH, FRESH_DEMOTING } from './ordered-key.js';
import { IN_MEMORY_BUDGET_BYTES, UniqueHashSet } from './unique-hash-set.js';

/** Values kept for the exact check at the end; past this many, the key goes to the set. */
const MAX_PROBES = 1 << 16;
/** Bytes per fresh value: its hash and its row. */
const FRESH_BYTES = 12;
const MAX_ROW = 0xffffffff;

/**
 * One key's uniqueness check across a file.
 *
 * While the batches split a key into a strictly increasing run of fresh values and a few probes
 * (KeyHashes.fresh, ordered-key.ts), no set is needed during the file: fresh values are distinct by order, so
 * each costs an append of its hash and row. At the end the probes go into a small set in row order (a repeat
 * among them is a duplicate), and each fresh hash is looked up in it: a value held by both a fresh row and a
 * probe is reported at the later of the two rows. That is exactly what a set fed row by row reports, at one
 * sequential pass instead of millions of cache misses.
 *
 * Anything else (a batch without flags, more than MAX_PROBES probes, fresh values past the in-memory budget)
 * moves the key to a UniqueHashSet for the rest of the file, fed what was kept in row order first.
 *
 * Memory: 12 bytes per fresh value (at most IN_MEMORY_BUDGET_BYTES) and 24 per probe, or the set's bound.
 */
export class KeyUniqueness {
  private readonly set = new UniqueHashSet();
  private expected: { rows: number; whole: boolean } | undefined;
  private inSet = false;
  private freshHashes = new Uint32Array(0);
  private freshRows = new Uint32Array(0);
  private freshCount = 0;
  private probeHashes: number[] = [];
  private probeRows: number[] = [];

  /** About `rows` rows are coming: sizes the fresh arrays, or the set when it is first needed. */
  expect(rows: number, whole: boolean): void {
    this.expected = { rows, whole };
  }

  /** The key's hashes in one batch, rows numbered from `base`; `onDuplicate` gets each repeating row. */
  add(batch: KeyHashes, base: number, onDuplicate: (row: number) => void): void {
    if (batch.count === 0) return;
    if (!this.inSet && batch.fresh !== undefined && this.keep(batch, base)) return;
    this.moveToSet(onDuplicate);
    this.set.addBatch(batch.hashes, batch.lines, batch.count, base, onDuplicate);
  }

  /** Repeats found at the end: among the kept values, or in spilled runs merged. */
  finish(onDuplicate: (row: number) => void): void {
    if (!this.inSet) this.checkKept(onDuplicate);
    this.set.finish(onDuplicate);
  }

  close(): void {
    this.set.close();
  }

  /** Keeps a batch's fresh values and probes; false (nothing kept) when that would pass a limit. */
  private keep(batch: KeyHashes, base: number): boolean {
    const { hashes, lines, count } = batch;
    const flags = batch.fresh!;
    let fresh = 0;
    let demotions = 0;
    for (let i = 0; i < count; i++) {
      if (flags[i] !== 0) fresh++;
      if (flags[i] === FRESH_DEMOTING) demotions++;
    }
    const freshAfter = this.freshCount + fresh - demotions;
    if (
      freshAfter * FRESH_BYTES > IN_MEMORY_BUDGET_BYTES ||
      this.probeRows.length + count - fresh + demotions > MAX_PROBES ||
      base + lines[count - 1]! > MAX_ROW
    )
      return false;
    this.reserve(this.freshCount + fresh);
    const freshHashes = this.freshHashes;
    const freshRows = this.freshRows;
    let n = this.freshCount;
    for (let i = 0; i < count; i++) {
      const flag = flags[i]!;
      const row = base + lines[i]!;
      if (flag === FRESH || flag === FRESH_DEMOTING) {
        if (flag === FRESH_DEMOTING && n > 0) {
          n--;
          this.probeHashes.push(freshHashes[n * 2]!, freshHashes[n * 2 + 1]!);
          this.probeRows.push(freshRows[n]!);
        }
        freshHashes[n * 2] = hashes[i * 2]!;
        freshHashes[n * 2 + 1] = hashes[i * 2 + 1]!;
        freshRows[n++] = row;
      } else {
        this.probeHashes.push(hashes[i * 2]!, hashes[i * 2 + 1]!);
        this.probeRows.push(row);
      }
    }
    this.freshCount = n;
    return true;
  }

  private reserve(count: number): void {
    if (count <= this.freshRows.length) return;
    const hint = Math.min(this.expected?.rows ?? 0, Math.floor(IN_MEMORY_BUDGET_BYTES / FRESH_BYTES));
    const size = Math.max(count, hint, this.freshRows.length * 2);
    const hashes = new Uint32Array(size * 2);
    const rows = new Uint32Array(size);
    hashes.set(this.freshHashes.subarray(0, this.freshCount * 2));
    rows.set(this.freshRows.subarray(0, this.freshCount));
    this.freshHashes = hashes;
    this.freshRows = rows;
  }

  /** Probe indexes in row order (demoted fresh values join the probes late). */
  private probeOrder(): number[] {
    const rows = this.probeRows;
    return Array.from(rows.keys()).sort((a, b) => rows[a]! - rows[b]!);
  }

  private checkKept(onDuplicate: (row: number) => void): void {
    if (this.probeRows.length === 0) return;
    const probes = new UniqueHashSet({ expectedEntries: this.probeRows.length });
    for (const p of this.probeOrder()) {
      const row = this.probeRows[p]!;
      if (!probes.add(this.probeHashes[p * 2]!, this.probeHashes[p * 2 + 1]!, row)) onDuplicate(row);
    }
    const { freshHashes, freshRows } = this;
    for (let i = 0; i < this.freshCount; i++) {
      const probeRow = probes.firstRow(freshHashes[i * 2]!, freshHashes[i * 2 + 1]!);
      if (probeRow !== undefined) onDuplicate(Math.max(probeRow, freshRows[i]!));
    }
    probes.close();
  }

  /** From here on the set decides; what was kept goes in first, fresh values and probes merged by row. */
  private moveToSet(onDuplicate: (row: number) => void): void {
    if (this.inSet) return;
    this.inSet = true;
    if (this.expected) this.set.presize(this.expected.rows, this.expected.whole);
    const order = this.probeOrder();
    const { freshHashes, freshRows, probeHashes, probeRows } = this;
    let p = 0;
    const insert = (hi: number, lo: number, row: number): void => {
      if (!this.set.add(hi, lo, row)) onDuplicate(row);
    };
    for (let i = 0; i < this.freshCount; i++) {
      for (; p < order.length && probeRows[order[p]!]! < freshRows[i]!; p++)
        insert(probeHashes[order[p]! * 2]!, probeHashes[order[p]! * 2 + 1]!, probeRows[order[p]!]!);
      insert(freshHashes[i * 2]!, freshHashes[i * 2 + 1]!, freshRows[i]!);
    }
    for (; p < order.length; p++)
      insert(probeHashes[order[p]! * 2]!, probeHashes[order[p]! * 2 + 1]!, probeRows[order[p]!]!);
    this.freshHashes = new Uint32Array(0);
    this.freshRows = new Uint32Array(0);
    this.freshCount = 0;
    this.probeHashes = [];
    this.probeRows = [];
  }
}
