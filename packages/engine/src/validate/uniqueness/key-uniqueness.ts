import type { KeyHashes } from '../checks/cell-kernel/batch-result.js';
import { HashLog } from './hash-log.js';
import { FRESH_DEMOTING, PROBE } from './ordered-key.js';
import { UniqueHashSet } from './unique-hash-set.js';

/** Values kept for the exact check at the end; past this many, the key goes to the set. */
const MAX_PROBES = 1 << 16;
/** A FilteredSet's filter: 2^20 bits (128 KiB), a few percent set by at most MAX_PROBES hashes. */
const FILTER_MASK = (1 << 20) - 1;

/**
 * A small hash set asked about millions of hashes it mostly does not hold (every fresh value): a bit per
 * held hash (its low word) answers nearly all of them without a table probe.
 */
class FilteredSet {
  private readonly set: UniqueHashSet;
  private readonly bits = new Int32Array((FILTER_MASK + 1) / 32);

  constructor(expectedEntries = 0) {
    this.set = new UniqueHashSet({ expectedEntries });
  }

  /** False when the set already holds the hash. */
  add(hi: number, lo: number, row: number): boolean {
    const bit = lo & FILTER_MASK;
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
    return this.set.add(hi, lo, row);
  }

  /** The row the hash was added with, or undefined when the set does not hold it. */
  firstRow(hi: number, lo: number): number | undefined {
    const bit = lo & FILTER_MASK;
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0 ? undefined : this.set.firstRow(hi, lo);
  }

  close(): void {
    this.set.close();
  }
}

/**
 * One key's uniqueness check across a file.
 *
 * While the batches split a key into a strictly increasing run of fresh values and a few probes
 * (KeyHashes.fresh, ordered-key.ts), no set is needed during the file: fresh values are distinct by order, so
 * each costs an append of its hash to a log (on disk past 64 KiB, hash-log.ts). What can repeat what:
 * - a probe repeats an earlier probe: found at the end, the probes going into a small set in row order;
 * - a probe repeats a fresh value: the fresh one came first (a probe was below the run when it came), so
 *   the end check reads the log once and reports the first probe holding each fresh hash;
 * - a fresh value repeats a spike (a fresh value demoted to a probe by the next row, ordered-key.ts): the
 *   spike came first (it was above everything before it), so spikes are kept in a small set during the file
 *   and a fresh value found there is reported at once.
 * That is exactly what a set fed row by row reports, at one sequential pass instead of millions of cache
 * misses, and without holding the fresh hashes in memory.
 *
 * Anything else (a batch without flags, more than MAX_PROBES probes) moves the key to a UniqueHashSet for
 * the rest of the file: fresh values first (first occurrences, except those already reported), then the
 * probes in row order, then every later batch.
 *
 * Memory: about 40 bytes per probe (at most MAX_PROBES) and 64 KiB of log buffer, or the set's bound. Disk:
 * 8 bytes per fresh value.
 */
export class KeyUniqueness {
  private readonly set = new UniqueHashSet();
  private expected: { rows: number; whole: boolean } | undefined;
  private inSet = false;
  private readonly fresh = new HashLog();
  private lastFreshRow = 0;
  /** Fresh entries (by index) that repeat a spike: reported already, never again. */
  private readonly reported = new Set<number>();
  private probeHashes: number[] = [];
  private probeRows: number[] = [];
  private spikes: FilteredSet | undefined;
  private readonly spikeRows = new Set<number>();

  /** About `rows` rows are coming: the set is sized for them if it is ever needed. */
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

  /** Repeats found at the end: among the kept values, or in spilled runs merged. Frees everything. */
  finish(onDuplicate: (row: number) => void): void {
    try {
      if (!this.inSet) this.checkKept(onDuplicate);
      this.set.finish(onDuplicate);
    } finally {
      this.close();
    }
  }

  /** Safe to call twice. */
  close(): void {
    this.set.close();
    this.spikes?.close();
    this.fresh.close();
  }

  /** Keeps a batch's fresh values and probes; false (nothing kept) when the probes would pass the limit. */
  private keep(batch: KeyHashes, base: number, onDuplicate: (row: number) => void): boolean {
    const { hashes, lines, count } = batch;
    const flags = batch.fresh!;
    let probes = 0;
    for (let i = 0; i < count; i++) {
      // A probe, or a fresh value that demotes the one before it to a probe.
      if (flags[i] === PROBE || flags[i] === FRESH_DEMOTING) probes++;
    }
    if (this.probeRows.length + probes > MAX_PROBES) return false;
    const log = this.fresh;
    if (probes === 0) {
      // All fresh, as in-order keys mostly are: the whole batch goes to the log at once.
      if (this.spikes !== undefined) {
        for (let i = 0; i < count; i++) {
          if (this.spikes.firstRow(hashes[i * 2]!, hashes[i * 2 + 1]!) === undefined) continue;
          this.reported.add(log.count + i);
          onDuplicate(base + lines[i]!);
        }
      }
      log.appendAll(hashes, count);
      this.lastFreshRow = base + lines[count - 1]!;
      return true;
    }
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
      if (flag === FRESH_DEMOTING && log.count > 0) this.demoteLast();
      if (this.spikes?.firstRow(hi, lo) !== undefined) {
        this.reported.add(log.count);
        onDuplicate(row);
      }
      log.append(hi, lo);
      this.lastFreshRow = row;
    }
    return true;
  }

  /** The last fresh entry (at `lastFreshRow`) was a spike: it becomes a probe. */
  private demoteLast(): void {
    const { hi, lo } = this.fresh.pop();
    // Already reported as a repeat of an earlier spike: that spike stands for its value from now on.
    if (this.reported.delete(this.fresh.count)) return;
    this.probeHashes.push(hi, lo);
    this.probeRows.push(this.lastFreshRow);
    this.spikeRows.add(this.lastFreshRow);
    (this.spikes ??= new FilteredSet()).add(hi, lo, this.lastFreshRow);
  }

  /** Probe indexes in row order (spikes join the probes one row late). */
  private probeOrder(): number[] {
    const rows = this.probeRows;
    return Array.from(rows.keys()).sort((a, b) => rows[a]! - rows[b]!);
  }

  private checkKept(onDuplicate: (row: number) => void): void {
    if (this.probeRows.length === 0) return;
    const probes = new FilteredSet(this.probeRows.length);
    for (const p of this.probeOrder()) {
      const row = this.probeRows[p]!;
      if (!probes.add(this.probeHashes[p * 2]!, this.probeHashes[p * 2 + 1]!, row)) onDuplicate(row);
    }
    this.fresh.forEach((hi, lo, i) => {
      const probeRow = probes.firstRow(hi, lo);
      if (probeRow !== undefined && !this.reported.has(i) && !this.spikeRows.has(probeRow))
        onDuplicate(probeRow);
    });
    probes.close();
  }

  /** From here on the set decides: what was kept goes in first, fresh values, then probes in row order. */
  private moveToSet(onDuplicate: (row: number) => void): void {
    if (this.inSet) return;
    this.inSet = true;
    if (this.expected) this.set.presize(this.expected.rows, this.expected.whole);
    // Fresh values are first occurrences (the reported ones aside): their rows are never reported, 0 stands in.
    this.fresh.forEach((hi, lo, i) => {
      if (!this.reported.has(i)) this.set.add(hi, lo, 0);
    });
    this.fresh.close();
    for (const p of this.probeOrder()) {
      const row = this.probeRows[p]!;
      if (!this.set.add(this.probeHashes[p * 2]!, this.probeHashes[p * 2 + 1]!, row)) onDuplicate(row);
    }
    this.probeHashes = [];
    this.probeRows = [];
  }
}
