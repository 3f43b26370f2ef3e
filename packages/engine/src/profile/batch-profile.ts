import type { FieldKind } from '../validate/schema/check-plan.js';
import { hashBytesInto } from '../validate/checks/cell-kernel/key-hash.js';
import type { ProfileColumnKind } from './column-profile.js';

/**
 * What one batch of rows contributes to a profile, recorded while the batch is checked (on a worker thread
 * for large CSV files) and merged in file order on the main thread (column-profiler.ts). Plain data and
 * typed arrays: it crosses thread boundaries.
 *
 * `sketch` mode keeps a bounded, stratified random sample of each numeric column per batch: every block of
 * 2^level values gives one value (a seeded random position in the block), and when the sample is full two
 * neighbouring kept values become one and blocks double. The sample therefore stands for the batch with
 * weight 2^level per value and goes into the quantile sketch at that level, as the sketch's own
 * compaction would have put it: most values cost a counter, not a sort. `exact` mode keeps every value (the
 * raw path of `mlgate drift`, which compares data with scipy's exactness).
 */
export type ProfileMode = 'sketch' | 'exact';

/** Values kept per numeric column and batch in sketch mode (even: it halves in pairs). */
export const SAMPLE_CAPACITY = 2048;
/** A numeric column counts its distinct values exactly up to this many (enough for Evidently's rule). */
export const NUMERIC_DISTINCT_BOUND = 20;
/** Distinct text values counted exactly per column before the lightest are folded into `other`. */
export const CATEGORY_BOUND = 1024;
/** In exact mode: categories are counted exactly up to this many (then as in sketch mode). */
export const EXACT_CATEGORY_BOUND = 1_000_000;

const NUMERIC_KINDS: ReadonlySet<FieldKind> = new Set([
  'number',
  'integer',
  'year',
  'date',
  'datetime',
  'time',
  'yearmonth',
]);
const CATEGORICAL_KINDS: ReadonlySet<FieldKind> = new Set(['string', 'boolean']);

/** How drift treats a column of this kind; null: not profiled beyond its counts (objects, geopoints, …). */
export function profileKindOf(kind: FieldKind): ProfileColumnKind | null {
  if (NUMERIC_KINDS.has(kind)) return 'numeric';
  return CATEGORICAL_KINDS.has(kind) ? 'categorical' : null;
}

export interface NumericBatch {
  /** Finite values. */
  readonly count: number;
  readonly mean: number;
  /** Sum of squared deviations from the mean (Chan et al.'s M2). */
  readonly m2: number;
  readonly min: number;
  readonly max: number;
  readonly nan: number;
  readonly positiveInfinity: number;
  readonly negativeInfinity: number;
  /** Sorted; each value stands for 2^sampleLevel values. */
  readonly sample: Float64Array;
  readonly sampleLevel: number;
  /** Distinct finite values with their counts, or null once there were more than NUMERIC_DISTINCT_BOUND. */
  readonly distinct: { readonly values: Float64Array; readonly counts: Float64Array } | null;
}

export interface CategoryBatch {
  readonly values: readonly string[];
  readonly counts: readonly number[];
  /** Values folded out when the column passed its bound (their count). */
  readonly other: number;
  /** Distinct values folded out. */
  readonly otherDistinct: number;
}

export interface BatchProfile {
  /** Per plan column: its numeric part, or null. */
  readonly numeric: readonly (NumericBatch | null)[];
  readonly categories: readonly (CategoryBatch | null)[];
}

interface CategoryEntry {
  readonly text: string;
  count: number;
}

class CategoryTable {
  readonly entries = new Map<number | string, CategoryEntry>();
  other = 0;
  otherDistinct = 0;
  constructor(private readonly bound: number) {}

  add(key: number | string, text: () => string, count: number): void {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      entry.count += count;
      return;
    }
    this.entries.set(key, { text: text(), count });
    if (this.entries.size >= this.bound * 2) this.fold();
  }

  /** Keeps the `bound` heaviest, folds the rest into `other`: heavy values survive, as in SpaceSaving. */
  fold(): void {
    const sorted = [...this.entries].sort((a, b) => b[1].count - a[1].count);
    for (const [key, entry] of sorted.slice(this.bound)) {
      this.other += entry.count;
      this.otherDistinct += 1;
      this.entries.delete(key);
    }
  }

  result(): CategoryBatch {
    const values: string[] = [];
    const counts: number[] = [];
    for (const entry of this.entries.values()) {
      values.push(entry.text);
      counts.push(entry.count);
    }
    return { values, counts, other: this.other, otherDistinct: this.otherDistinct };
  }
}

const utf8 = new TextDecoder();

/** The recorder one batch writes into. Hot path: `number` and `bytes`, called once per cell. */
export class BatchProfiler {
  private readonly n: number;
  private readonly numericColumn: Uint8Array;
  private readonly count: Float64Array;
  private readonly shift: Float64Array;
  private readonly sum: Float64Array;
  private readonly sumSquares: Float64Array;
  private readonly min: Float64Array;
  private readonly max: Float64Array;
  private readonly nan: Float64Array;
  private readonly positiveInfinity: Float64Array;
  private readonly negativeInfinity: Float64Array;
  private readonly samples: Float64Array[];
  private readonly sampleLength: Int32Array;
  private readonly level: Int32Array;
  private readonly blockPosition: Int32Array;
  private readonly blockPick: Int32Array;
  private readonly distinctValues: Float64Array;
  private readonly distinctCounts: Float64Array;
  /** Distinct values so far, or -1 past the bound. */
  private readonly distinctLength: Int32Array;
  private readonly tables: (CategoryTable | null)[];
  private readonly hashHi = new Int32Array(1);
  private readonly hashLo = new Int32Array(1);
  private random: number;
  private readonly exact: boolean;

  constructor(kinds: readonly FieldKind[], mode: ProfileMode, seed: number) {
    const n = (this.n = kinds.length);
    this.exact = mode === 'exact';
    const profileKinds = kinds.map(profileKindOf);
    this.numericColumn = Uint8Array.from(profileKinds, (k) => (k === 'numeric' ? 1 : 0));
    this.count = new Float64Array(n);
    this.shift = new Float64Array(n);
    this.sum = new Float64Array(n);
    this.sumSquares = new Float64Array(n);
    this.min = new Float64Array(n).fill(Infinity);
    this.max = new Float64Array(n).fill(-Infinity);
    this.nan = new Float64Array(n);
    this.positiveInfinity = new Float64Array(n);
    this.negativeInfinity = new Float64Array(n);
    this.samples = profileKinds.map((k) => new Float64Array(k === 'numeric' ? 64 : 0));
    this.sampleLength = new Int32Array(n);
    this.level = new Int32Array(n);
    this.blockPosition = new Int32Array(n);
    this.blockPick = new Int32Array(n);
    this.distinctValues = new Float64Array(n * NUMERIC_DISTINCT_BOUND);
    this.distinctCounts = new Float64Array(n * NUMERIC_DISTINCT_BOUND);
    this.distinctLength = new Int32Array(n);
    const bound = this.exact ? EXACT_CATEGORY_BOUND : CATEGORY_BOUND;
    this.tables = profileKinds.map((k) => (k === 'categorical' ? new CategoryTable(bound) : null));
    this.random = seed >>> 0 || 0x2545f491;
  }

  /** One parsed value of a numeric column (dates as days or milliseconds, as the checks read them). */
  number(c: number, v: number): void {
    if (this.numericColumn[c] !== 1) return;
    if (v !== v) {
      this.nan[c]! += 1;
      return;
    }
    if (v === Infinity || v === -Infinity) {
      if (v > 0) this.positiveInfinity[c]! += 1;
      else this.negativeInfinity[c]! += 1;
      return;
    }
    const seen = this.count[c]!;
    if (seen === 0) this.shift[c] = v;
    const d = v - this.shift[c]!;
    this.sum[c]! += d;
    this.sumSquares[c]! += d * d;
    this.count[c] = seen + 1;
    if (v < this.min[c]!) this.min[c] = v;
    if (v > this.max[c]!) this.max[c] = v;
    const distinct = this.distinctLength[c]!;
    if (distinct >= 0) this.countDistinct(c, v, distinct);
    if (this.exact) {
      this.keep(c, v);
      return;
    }
    const position = this.blockPosition[c]!;
    if (position === this.blockPick[c]) this.keep(c, v);
    if (position + 1 < 1 << this.level[c]!) {
      this.blockPosition[c] = position + 1;
      return;
    }
    this.blockPosition[c] = 0;
    if (this.sampleLength[c] === SAMPLE_CAPACITY) this.halve(c);
    this.blockPick[c] = this.level[c] === 0 ? 0 : this.nextRandom() & ((1 << this.level[c]!) - 1);
  }

  /** One non-null text cell of a categorical column, as bytes (the CSV kernel): hashed, decoded once. */
  bytes(c: number, buf: Uint8Array, s: number, e: number): void {
    const table = this.tables[c];
    if (table === undefined || table === null) return;
    hashBytesInto(this.hashHi, this.hashLo, 0, buf, s, e);
    // 53 bits of the 64-bit hash: a collision among a column's first thousand distinct values is ~1e-10.
    const key = (this.hashHi[0]! >>> 0) * 2097152 + (this.hashLo[0]! >>> 11);
    this.count[c]! += 1;
    table.add(key, () => utf8.decode(buf.subarray(s, e)), 1);
  }

  /** One non-null text (or boolean, as `true`/`false`) value of a categorical column. */
  text(c: number, value: string, times = 1): void {
    const table = this.tables[c];
    if (table === undefined || table === null) return;
    this.count[c]! += times;
    table.add(value, () => value, times);
  }

  private countDistinct(c: number, v: number, distinct: number): void {
    const base = c * NUMERIC_DISTINCT_BOUND;
    for (let i = 0; i < distinct; i++) {
      if (this.distinctValues[base + i] === v) {
        this.distinctCounts[base + i]! += 1;
        return;
      }
    }
    if (distinct === NUMERIC_DISTINCT_BOUND) {
      this.distinctLength[c] = -1;
      return;
    }
    this.distinctValues[base + distinct] = v;
    this.distinctCounts[base + distinct] = 1;
    this.distinctLength[c] = distinct + 1;
  }

  private keep(c: number, v: number): void {
    let sample = this.samples[c]!;
    const length = this.sampleLength[c]!;
    if (length === sample.length) {
      const grown = new Float64Array(sample.length * 2);
      grown.set(sample);
      this.samples[c] = sample = grown;
    }
    sample[length] = v;
    this.sampleLength[c] = length + 1;
  }

  /** Two neighbours become one, chosen at random: the sample still stands for the batch, at twice the weight. */
  private halve(c: number): void {
    const sample = this.samples[c]!;
    const length = this.sampleLength[c]!;
    let bits = 0;
    let left = 0;
    for (let i = 0; i < length; i += 2) {
      if (left === 0) {
        bits = this.nextRandom();
        left = 32;
      }
      sample[i >> 1] = sample[i + (bits & 1)]!;
      bits >>>= 1;
      left--;
    }
    this.sampleLength[c] = length >> 1;
    this.level[c]! += 1;
  }

  private nextRandom(): number {
    let x = this.random;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.random = x;
    return x;
  }

  finish(): BatchProfile {
    const numeric: (NumericBatch | null)[] = [];
    const categories: (CategoryBatch | null)[] = [];
    for (let c = 0; c < this.n; c++) {
      numeric.push(this.numericColumn[c] === 1 ? this.numericBatch(c) : null);
      categories.push(this.tables[c]?.result() ?? null);
    }
    return { numeric, categories };
  }

  private numericBatch(c: number): NumericBatch {
    const count = this.count[c]!;
    const mean = count === 0 ? 0 : this.sum[c]! / count;
    const m2 = count === 0 ? 0 : Math.max(0, this.sumSquares[c]! - this.sum[c]! * mean);
    const sample = this.samples[c]!.slice(0, this.sampleLength[c]!).sort();
    const distinct = this.distinctLength[c]!;
    const base = c * NUMERIC_DISTINCT_BOUND;
    return {
      count,
      mean: count === 0 ? 0 : mean + this.shift[c]!,
      m2,
      min: this.min[c]!,
      max: this.max[c]!,
      nan: this.nan[c]!,
      positiveInfinity: this.positiveInfinity[c]!,
      negativeInfinity: this.negativeInfinity[c]!,
      sample,
      sampleLevel: this.level[c]!,
      distinct:
        distinct < 0
          ? null
          : {
              values: this.distinctValues.slice(base, base + distinct),
              counts: this.distinctCounts.slice(base, base + distinct),
            },
    };
  }
}
