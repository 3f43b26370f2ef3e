import type { KeyHashes } from './csv-kernel.js';
import { FRESH_DEMOTING, PROBE } from './ordered-key.js';
import { IN_MEMORY_BUDGET_BYTES, UniqueHashSet } from './unique-hash-set.js';

/** Values kept for the exact check at the end; past this many, the key goes to the set. */
const MAX_PROBES = 1 << 16;
/** The end check's filter: 2^20 bits (128 KiB), a few percent set by at most MAX_PROBES probes. */
const PROBE_FILTER_MASK = (1 << 20) - 1;
const PROBE_FILTER_WORDS = (1 << 20) / 32;
/** Bytes per fresh value: its hash. */
const FRESH_BYTES = 8;

/**
 * One key's uniqueness check across a file.
 *
 * While the batches split a key into a strictly increasing run of fresh values and a few probes
 * (KeyHashes.fresh, ordered-key.ts), no big set is needed during the file: fresh values are distinct by
 * order, so each costs an append of its hash. What can repeat what:
 * - a probe repeats an earlier probe: found at the end, the probes going into a small set in row order;
 * - a probe repeats a fresh value: the fresh one came first (a probe was below the run when it came), so
 *   the end check looks each fresh hash up among the probes and reports the first probe holding it;
 * - a fresh value repeats a spike (a fresh value demoted to a probe by the next row, ordered-key.ts): the
 *   spike came first (it was above everything before it), so spikes are kept in a small set during the file
 *   and a fresh value found there is reported at once.
 * That is exactly what a set fed row by row reports, at one sequential pass instead of millions of cache
 * misses.
 *
 * Anything else (a batch without flags, more than MAX_PROBES probes, fresh values past the in-memory budget)
 * moves the key to a UniqueHashSet for the rest of the file: fresh values first (first occurrences, except
 * those already reported), then the probes in row order, then every later batch.
 *
 * Memory: 8 bytes per fresh value (at most IN_MEMORY_BUDGET_BYTES) and about 40 per probe, or the set's bound.
 */
export class KeyUniqueness {
  private readonly set = new UniqueHashSet();
  private expected: { rows: number; whole: boolean } | undefined;
  private inSet = false;
  private fresh = new Uint32Array(0);
  private freshCount = 0;
  private lastFreshRow = 0;
  /** Fresh entries (by index) that repeat a spike: reported already, never again. */
  private readonly reported = new Set<number>();
  private probeHashes: number[] = [];
  private probeRows: number[] = [];
  private spikes: UniqueHashSet | undefined;
  private readonly spikeRows = new Set<number>();

  /** About `rows` rows are coming: sizes the fresh array, or the set when it is first needed. */
  expect(rows: number, whole: boolean): void {
    this.expected = { rows, whole };
  }

  /** The key's hashes in one batch, rows numbered from `base`; `onDuplicate` gets each repeating row. */
  add(batch: KeyHashes, base: number, onDuplicate: (row: number) => void): void {
    if (batch.count === 0) return;
    if (!this.inSet && batch.fresh !== undefined && this.keep(batch, base, onDuplicate)) return;
    this.moveToSet(onDuplicate);
    this.set.addBatch(batch.hashes, batch.lines, batch.count, base, onDuplicate);
  }

  /** Repeats found at the end: among the kept values, or in spilled runs merged. */
  finish(onDuplicate: (row: number) => void): void {
    if (!this.inSet) this.checkKept(onDuplicate);
    this.set.finish(onDuplicate);
    this.spikes?.close();
  }

  close(): void {
    this.set.close();
    this.spikes?.close();
  }

  /** Keeps a batch's fresh values and probes; false (nothing kept) when that would pass a limit. */
  private keep(batch: KeyHashes, base: number, onDuplicate: (row: number) => void): boolean {
    const { hashes, lines, count } = batch;
    const flags = batch.fresh!;
    let fresh = 0;
    let demotions = 0;
    for (let i = 0; i < count; i++) {
      if (flags[i] !== PROBE) fresh++;
      if (flags[i] === FRESH_DEMOTING) demotions++;
    }
    if (
      (this.freshCount + fresh) * FRESH_BYTES > IN_MEMORY_BUDGET_BYTES ||
      this.probeRows.length + count - fresh + demotions > MAX_PROBES
    )
      return false;
    this.reserve(this.freshCount + fresh);
    const into = this.fresh;
    let n = this.freshCount;
    for (let i = 0; i < count; i++) {
      const flag = flags[i]!;
      const row = base + lines[i]!;
      const hi = hashes[i * 2]!;
      const lo = hashes[i * 2 + 1]!;
      if (flag === PROBE) {
        this.probeHashes.push(hi, lo);
        this.probeRows.push(row);
        continue;
      }
      if (flag === FRESH_DEMOTING && n > 0) this.demoteLast(--n);
      if (this.spikes?.firstRow(hi, lo) !== undefined) {
        this.reported.add(n);
        onDuplicate(row);
      }
      into[n * 2] = hi;
      into[n * 2 + 1] = lo;
      n++;
      this.lastFreshRow = row;
    }
    this.freshCount = n;
    return true;
  }

  /** The last fresh entry (index `n`, at `lastFreshRow`) was a spike: it becomes a probe. */
  private demoteLast(n: number): void {
    // Already reported as a repeat of an earlier spike: that spike stands for its value from now on.
    if (this.reported.delete(n)) return;
    const hi = this.fresh[n * 2]!;
    const lo = this.fresh[n * 2 + 1]!;
    this.probeHashes.push(hi, lo);
    this.probeRows.push(this.lastFreshRow);
    this.spikeRows.add(this.lastFreshRow);
    (this.spikes ??= new UniqueHashSet()).add(hi, lo, this.lastFreshRow);
  }

  private reserve(count: number): void {
    if (count * 2 <= this.fresh.length) return;
    const hint = Math.min(this.expected?.rows ?? 0, Math.floor(IN_MEMORY_BUDGET_BYTES / FRESH_BYTES));
    const grown = new Uint32Array(Math.max(count, hint, this.fresh.length) * 2);
    grown.set(this.fresh.subarray(0, this.freshCount * 2));
    this.fresh = grown;
  }

  /** Probe indexes in row order (spikes join the probes one row late). */
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
    // A bit per probe hash (low word) first: nearly every fresh value is told apart without a table probe.
    const bits = new Int32Array(PROBE_FILTER_WORDS);
    for (let p = 0; p < this.probeRows.length; p++) {
      const bit = this.probeHashes[p * 2 + 1]! & PROBE_FILTER_MASK;
      bits[bit >>> 5]! |= 1 << (bit & 31);
    }
    const fresh = this.fresh;
    for (let i = 0; i < this.freshCount; i++) {
      const bit = fresh[i * 2 + 1]! & PROBE_FILTER_MASK;
      if ((bits[bit >>> 5]! & (1 << (bit & 31))) === 0 || this.reported.has(i)) continue;
      const probeRow = probes.firstRow(fresh[i * 2]!, fresh[i * 2 + 1]!);
      if (probeRow !== undefined && !this.spikeRows.has(probeRow)) onDuplicate(probeRow);
    }
    probes.close();
  }

  /** From here on the set decides: what was kept goes in first, fresh values, then probes in row order. */
  private moveToSet(onDuplicate: (row: number) => void): void {
    if (this.inSet) return;
    this.inSet = true;
    if (this.expected) this.set.presize(this.expected.rows, this.expected.whole);
    // Fresh values are first occurrences (the reported ones aside): their rows are never reported, 0 stands in.
    const fresh = this.fresh;
    for (let i = 0; i < this.freshCount; i++)
      if (!this.reported.has(i)) this.set.add(fresh[i * 2]!, fresh[i * 2 + 1]!, 0);
    for (const p of this.probeOrder()) {
      const row = this.probeRows[p]!;
      if (!this.set.add(this.probeHashes[p * 2]!, this.probeHashes[p * 2 + 1]!, row)) onDuplicate(row);
    }
    this.fresh = new Uint32Array(0);
    this.freshCount = 0;
    this.probeHashes = [];
    this.probeRows = [];
  }
}
