import { SpillFile } from './spill-file.js';

/**
 * An exact set of 64-bit key hashes for `unique` and primary keys, in bounded memory: an in-memory hash table
 * of at most `maxSlots` slots, spilled to a temp file as a sorted run whenever it fills, the runs merged once
 * at the end (an external sort).
 *
 * Duplicates inside one run are reported as `add` sees them. A value first seen in an earlier run is found by
 * the merge in `finish`: every run holds each hash once, with the row where that run first saw it, so in a
 * group of equal hashes across runs the earliest run's row is the first occurrence and every other row is a
 * duplicate. Together that is exactly one report per occurrence after the first, as a single table would give.
 *
 * Memory bound (whatever the row count): the table, 16 B per slot (hash halves + row), 8 MiB at the default
 * 2^19 slots; one sort scratch shared by all sets, 2 × 0.7 × slots × 16 B (11 MiB), made at the first spill;
 * and in `finish`, 64 KiB per run (a run per ~367K distinct values). Disk: 16 B per distinct value.
 * Below 367K distinct values nothing spills. (2^20 slots measured slower on 8M CSV rows, 4.99 s against 4.51 s,
 * for 10 MiB more: fewer, longer sorts of a table past the caches.) When `presize(n, true)` is told of at most `IN_MEMORY_BUDGET_BYTES`
 * worth of values (a row count from metadata, or a close estimate), a whole table (8 B per slot) holds them all
 * instead: an external sort costs more time than the table it saves, and no sort scratch is then made.
 *
 * Collisions: two different values with the same 64-bit hash would be reported as a duplicate. For n distinct
 * values the chance of any such pair is about n² / 2^65 (1 in 10^7 for 10M values); values are not kept, so
 * a collision is not re-checked. The zero hash is remapped to 1 (zero marks an empty slot), which merges 2^-64
 * of the hash space: negligible next to the above.
 */
export const DEFAULT_MAX_SLOTS = 1 << 19;
/**
 * The largest whole table `presize` builds to avoid spilling: 2.2M values at the load limit (3.1M slots × 8 B).
 * Sized for the 2M-row benchmark; the CSV budget (< 200 MiB at 8M rows) is untouched, since CSV does
 * not ask for a whole table. If an estimate proves short, the whole table spills once as the first run, with a
 * sort scratch sized to it (32 B per value, ≤ 70 MiB) on top.
 */
export const IN_MEMORY_BUDGET_BYTES = 24 * 1024 * 1024;
/** 2^-32: maps a 32-bit mix onto [0, slots) by multiplication, so the table need not be a power of two. */
const SCALE_32 = 1 / 4294967296;

/** The slot a hash's probe starts from. */
function homeSlot(h: number, l: number, slots: number): number {
  return Math.floor(((l ^ Math.imul(h, 0x9e3779b1)) >>> 0) * slots * SCALE_32);
}

/** Zero marks an empty slot, so the zero hash is stored as (0, 1). */
function storedLow(h: number, l: number): number {
  return h === 0 && l === 0 ? 1 : l;
}
const MAX_LOAD = 0.7;
const MIN_SLOTS = 1024;
const RECORD_BYTES = 16;
/** A whole table's record: the hash alone. */
const HASH_BYTES = 8;
const BLOCK_RECORDS = 4096;
/** Inserts per group in `addBatch`: enough independent cache misses in flight to fill the CPU's queue. */
const GROUP = 32;

interface SortScratch {
  hi: Uint32Array;
  lo: Uint32Array;
  row: Float64Array;
  hi2: Uint32Array;
  lo2: Uint32Array;
  row2: Float64Array;
  counts: Uint32Array;
  block: ArrayBuffer;
}
let sharedScratch: SortScratch | undefined;

/** Spills run synchronously one at a time, so every set can share one scratch sized for the largest table. */
function scratchFor(records: number): SortScratch {
  if (sharedScratch && sharedScratch.hi.length >= records) return sharedScratch;
  sharedScratch = {
    hi: new Uint32Array(records),
    lo: new Uint32Array(records),
    row: new Float64Array(records),
    hi2: new Uint32Array(records),
    lo2: new Uint32Array(records),
    row2: new Float64Array(records),
    counts: new Uint32Array(1 << 16),
    block: new ArrayBuffer(BLOCK_RECORDS * RECORD_BYTES),
  };
  return sharedScratch;
}

function slotsFor(entries: number, maxSlots: number): number {
  let slots = MIN_SLOTS;
  while (slots < maxSlots && slots * MAX_LOAD < entries) slots *= 2;
  return Math.min(slots, maxSlots);
}

/** Slots for all of `entries` without spilling, or 0 when that table would exceed the in-memory budget. */
function wholeTableSlots(entries: number): number {
  const slots = Math.max(MIN_SLOTS, Math.ceil(entries / MAX_LOAD) + 1);
  return slots * HASH_BYTES <= IN_MEMORY_BUDGET_BYTES ? slots : 0;
}

interface Run {
  readonly position: number;
  readonly length: number;
}

export class UniqueHashSet {
  /**
   * One record per slot, two views of one buffer: words [s·i, s·i+1] the hash halves (s = `stride`), double
   * [2i+1] the row. Interleaved so a probe touches one cache line, not one in a hash array and one in a row
   * array: on a table bigger than the caches that miss is most of the cost of `add`. A whole table (see
   * `presize`) keeps no rows (8-byte records, `rows` undefined): it can only ever be the first run, whose rows
   * the merge never reports (they are first occurrences), so half the memory and fewer cache and TLB misses.
   */
  private hashes: Uint32Array;
  private rows: Float64Array | undefined;
  private stride = 4;
  private slots: number;
  private size = 0;
  private maxSlots: number;
  private readonly spillingMaxSlots: number;
  private readonly runs: Run[] = [];
  private touched = 0;
  private spill: SpillFile | undefined;

  constructor(options: { maxSlots?: number; expectedEntries?: number } = {}) {
    this.maxSlots = Math.max(MIN_SLOTS, options.maxSlots ?? DEFAULT_MAX_SLOTS);
    this.spillingMaxSlots = this.maxSlots;
    const slots = slotsFor(options.expectedEntries ?? 0, this.maxSlots);
    [this.hashes, this.rows] = newTable(slots, true);
    this.slots = slots;
  }

  /**
   * Sizes the table for `entries` values up front, so it is not rebuilt while it fills, capped at `maxSlots`;
   * with `whole`, for all of them when they fit the in-memory budget (no spill). CSV leaves `whole` off: its
   * other buffers already take most of its RSS budget.
   */
  presize(entries: number, whole = false): void {
    const slotsForAll = whole && this.runs.length === 0 ? wholeTableSlots(entries) : 0;
    if (slotsForAll > 0) {
      this.maxSlots = Math.max(slotsForAll, this.slots);
      this.rehash(this.maxSlots, false);
      return;
    }
    const slots = slotsFor(entries, this.maxSlots);
    if (slots > this.slots) this.rehash(slots, this.rows !== undefined);
  }

  /** Runs written to disk so far (for tests and the memory bound). */
  get spilledRuns(): number {
    return this.runs.length;
  }

  /** Adds the hash seen at `row`; returns false when this run already holds it (a duplicate, reported now). */
  add(hi: number, lo: number, row: number): boolean {
    const h = hi >>> 0;
    const l = storedLow(h, lo >>> 0);
    if (this.size >= this.slots * MAX_LOAD) {
      if (this.slots < this.maxSlots)
        this.rehash(Math.min(this.slots * 4, this.maxSlots), this.rows !== undefined);
      else this.spillRun();
    }
    return this.insertFrom(homeSlot(h, l, this.slots), h, l, row);
  }

  /**
   * `add` for `count` hashes (high, low interleaved) seen at rows `base + lines[i]` (`base + i` without
   * lines), calling `onDuplicate` with the row of each one this run already holds.
   *
   * Why in groups: on a table larger than the caches nearly every probe misses, and one at a time those
   * misses are serial. Each group first computes its slots and reads one word of each (independent loads
   * the CPU overlaps), then inserts into lines already on their way: about 1.6x faster at 2M values.
   */
  addBatch(
    hashes: Uint32Array,
    lines: Uint32Array | null,
    count: number,
    base: number,
    onDuplicate: (row: number) => void,
  ): void {
    const group = new Int32Array(GROUP);
    let touched = 0;
    for (let start = 0; start < count; start += GROUP) {
      const n = Math.min(GROUP, count - start);
      // Room for the whole group first, so no rehash or spill moves the slots computed below.
      const roomy = this.size + n <= this.slots * MAX_LOAD;
      if (roomy) {
        for (let k = 0; k < n; k++) {
          const h = hashes[(start + k) * 2]! >>> 0;
          const i = homeSlot(h, storedLow(h, hashes[(start + k) * 2 + 1]! >>> 0), this.slots);
          group[k] = i;
          touched ^= this.hashes[i * this.stride]!;
        }
      }
      for (let k = 0; k < n; k++) {
        const at = start + k;
        const row = base + (lines === null ? at : lines[at]!);
        const h = hashes[at * 2]! >>> 0;
        const l = storedLow(h, hashes[at * 2 + 1]! >>> 0);
        const added = roomy ? this.insertFrom(group[k]!, h, l, row) : this.add(h, l, row);
        if (!added) onDuplicate(row);
      }
    }
    // Stored so the reads above are not optimized away.
    this.touched = touched;
  }

  /**
   * The row stored with a hash this set holds in memory, or undefined when it does not hold it. For sets that
   * never spilled and keep rows (not a whole table): key-uniqueness.ts asks it of its small set of probes.
   */
  firstRow(hi: number, lo: number): number | undefined {
    const h = hi >>> 0;
    const l = storedLow(h, lo >>> 0);
    const { hashes, rows, stride, slots } = this;
    for (let i = homeSlot(h, l, slots); ; i = i + 1 === slots ? 0 : i + 1) {
      const sh = hashes[i * stride]!;
      const sl = hashes[i * stride + 1]!;
      if (sh === 0 && sl === 0) return undefined;
      if (sh === h && sl === l) return rows === undefined ? undefined : rows[i * 2 + 1]!;
    }
  }

  /** Linear probing from slot `i`: stores the hash in the first empty slot, or finds it (false). */
  private insertFrom(i: number, h: number, l: number, row: number): boolean {
    const { hashes, rows, stride, slots } = this;
    for (; ; i = i + 1 === slots ? 0 : i + 1) {
      const sh = hashes[i * stride]!;
      const sl = hashes[i * stride + 1]!;
      if (sh === 0 && sl === 0) {
        hashes[i * stride] = h;
        hashes[i * stride + 1] = l;
        if (rows !== undefined) rows[i * 2 + 1] = row;
        this.size++;
        return true;
      }
      if (sh === h && sl === l) return false;
    }
  }

  /**
   * Reports (in hash order, not row order) the row of every occurrence whose value an earlier run held, then
   * frees the disk. Does nothing when nothing spilled: `add` already reported every duplicate.
   */
  finish(onDuplicate: (row: number) => void): void {
    if (!this.spill) return;
    try {
      this.spillRun();
      this.mergeRuns(onDuplicate);
    } finally {
      this.close();
    }
  }

  /** Frees the spill file without merging (validation stopped by an error). Safe to call twice. */
  close(): void {
    this.spill?.close();
    this.spill = undefined;
  }

  private rehash(slots: number, withRows: boolean): void {
    const oldHashes = this.hashes;
    const oldRows = this.rows;
    const oldStride = this.stride;
    const oldSlots = this.slots;
    [this.hashes, this.rows] = newTable(slots, withRows);
    this.stride = withRows ? 4 : 2;
    this.slots = slots;
    this.size = 0;
    for (let i = 0; i < oldSlots; i++) {
      const h = oldHashes[i * oldStride]!;
      const l = oldHashes[i * oldStride + 1]!;
      if (h !== 0 || l !== 0) this.add(h, l, oldRows === undefined ? 0 : oldRows[i * 2 + 1]!);
    }
  }

  /** Sorts the table's entries by hash (LSD radix, 4 × 16 bits), appends them as one run, empties the table. */
  private spillRun(): void {
    const n = this.size;
    if (n === 0) return;
    this.spill ??= new SpillFile('mlgate-unique-');
    const s = scratchFor(Math.ceil(this.maxSlots * MAX_LOAD) + 1);
    let k = 0;
    for (let i = 0; i < this.slots; i++) {
      const h = this.hashes[i * this.stride]!;
      const l = this.hashes[i * this.stride + 1]!;
      if (h === 0 && l === 0) continue;
      s.hi[k] = h;
      s.lo[k] = l;
      // A whole table is the first run: its rows are first occurrences, never reported, so 0 stands in.
      s.row[k++] = this.rows === undefined ? 0 : this.rows[i * 2 + 1]!;
    }
    let [hi, lo, row, hi2, lo2, row2] = [s.hi, s.lo, s.row, s.hi2, s.lo2, s.row2];
    for (let pass = 0; pass < 4; pass++) {
      const keys = pass < 2 ? lo : hi;
      const shift = pass % 2 === 0 ? 0 : 16;
      const counts = s.counts.fill(0);
      for (let i = 0; i < n; i++) counts[(keys[i]! >>> shift) & 0xffff]!++;
      for (let d = 0, sum = 0; d < counts.length; d++) {
        const c = counts[d]!;
        counts[d] = sum;
        sum += c;
      }
      for (let i = 0; i < n; i++) {
        const to = counts[(keys[i]! >>> shift) & 0xffff]!++;
        hi2[to] = hi[i]!;
        lo2[to] = lo[i]!;
        row2[to] = row[i]!;
      }
      [hi, lo, row, hi2, lo2, row2] = [hi2, lo2, row2, hi, lo, row];
    }
    const words = new Uint32Array(s.block);
    const doubles = new Float64Array(s.block);
    const bytes = new Uint8Array(s.block);
    const position = this.spill.end;
    for (let start = 0; start < n; start += BLOCK_RECORDS) {
      const count = Math.min(BLOCK_RECORDS, n - start);
      for (let r = 0; r < count; r++) {
        words[r * 4] = hi[start + r]!;
        words[r * 4 + 1] = lo[start + r]!;
        doubles[r * 2 + 1] = row[start + r]!;
      }
      this.spill.append(bytes.subarray(0, count * RECORD_BYTES));
    }
    this.runs.push({ position, length: n });
    this.size = 0;
    if (this.rows === undefined) {
      // The whole table proved short (an estimate): later runs need rows, in the ordinary spilling table.
      this.maxSlots = this.spillingMaxSlots;
      this.slots = this.maxSlots;
      this.stride = 4;
      [this.hashes, this.rows] = newTable(this.slots, true);
    } else this.hashes.fill(0);
  }

  /** k-way merge of the sorted runs; ties go to the earlier run, whose row is the first occurrence. */
  private mergeRuns(onDuplicate: (row: number) => void): void {
    const spill = this.spill!;
    const readers = this.runs.map((run, i) => new RunReader(spill, run, i));
    const heap = new RunHeap(readers);
    let lastHi = -1;
    let lastLo = -1;
    for (;;) {
      const top = heap.peek();
      if (top === undefined) break;
      if (top.hi === lastHi && top.lo === lastLo) onDuplicate(top.row);
      lastHi = top.hi;
      lastLo = top.lo;
      if (top.next()) heap.siftDownTop();
      else heap.pop();
    }
  }
}

function newTable(slots: number, withRows: boolean): [Uint32Array, Float64Array | undefined] {
  const buffer = new ArrayBuffer(slots * (withRows ? RECORD_BYTES : HASH_BYTES));
  return [new Uint32Array(buffer), withRows ? new Float64Array(buffer) : undefined];
}

/** Streams one run back in 64 KiB blocks. */
class RunReader {
  hi = 0;
  lo = 0;
  row = 0;
  private readonly block = new ArrayBuffer(BLOCK_RECORDS * RECORD_BYTES);
  private readonly words = new Uint32Array(this.block);
  private readonly doubles = new Float64Array(this.block);
  private readonly bytes = new Uint8Array(this.block);
  private loaded = 0;
  private at = 0;
  private read = 0;

  constructor(
    private readonly spill: SpillFile,
    private readonly run: Run,
    /** The run's place in file order: breaks ties so the first occurrence comes first. */
    readonly order: number,
  ) {}

  /** Moves to the next record; false past the end of the run. */
  next(): boolean {
    if (this.at === this.loaded) {
      if (this.read === this.run.length) return false;
      const count = Math.min(BLOCK_RECORDS, this.run.length - this.read);
      const want = count * RECORD_BYTES;
      const from = this.run.position + this.read * RECORD_BYTES;
      this.spill.read(this.bytes.subarray(0, want), from);
      this.read += count;
      this.loaded = count;
      this.at = 0;
    }
    this.hi = this.words[this.at * 4]!;
    this.lo = this.words[this.at * 4 + 1]!;
    this.row = this.doubles[this.at * 2 + 1]!;
    this.at++;
    return true;
  }
}

/** A binary min-heap of run readers by (hash, run order). */
class RunHeap {
  private readonly items: RunReader[] = [];

  constructor(readers: readonly RunReader[]) {
    for (const reader of readers) if (reader.next()) this.push(reader);
  }

  peek(): RunReader | undefined {
    return this.items[0];
  }

  pop(): void {
    const last = this.items.pop()!;
    if (this.items.length === 0) return;
    this.items[0] = last;
    this.siftDownTop();
  }

  siftDownTop(): void {
    const items = this.items;
    let i = 0;
    for (;;) {
      const left = i * 2 + 1;
      if (left >= items.length) return;
      const right = left + 1;
      const child = right < items.length && this.less(items[right]!, items[left]!) ? right : left;
      if (!this.less(items[child]!, items[i]!)) return;
      [items[i], items[child]] = [items[child]!, items[i]!];
      i = child;
    }
  }

  private push(reader: RunReader): void {
    const items = this.items;
    items.push(reader);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(items[i]!, items[parent]!)) return;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  private less(a: RunReader, b: RunReader): boolean {
    if (a.hi !== b.hi) return a.hi < b.hi;
    if (a.lo !== b.lo) return a.lo < b.lo;
    return a.order < b.order;
  }
}
