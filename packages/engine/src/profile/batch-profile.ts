import type { FieldKind } from '../validate/schema/check-plan.js';
import { hashBytesInto } from '../validate/checks/cell-kernel/key-hash.js';
import { isoDateToDays, isoDatetimeToMillis, isoTimeToSeconds } from '../validate/schema/temporal-values.js';
import { CategoryTable } from './category-table.js';

/** Node's native decoder (see byte-text.ts). */
const utf8Slice = (
  Buffer.prototype as unknown as { utf8Slice(this: Uint8Array, s: number, e: number): string }
).utf8Slice;
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

/**
 * Values kept per numeric column and batch in sketch mode (even: it halves in pairs). A CSV batch (2 MiB) is
 * some 10,000 rows: 512 keeps each sorted sample and its merge into the sketch cheap, and over 2M rows still
 * samples some 100,000 values, whose sampling error (about 0.2% of rank) is far below the sketch's own.
 */
export const SAMPLE_CAPACITY = 512;
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

/** Text as the number a numeric column's checks read it as (NaN when it is not one). */
const TEXT_NUMBERS: Partial<Record<FieldKind, (text: string) => number>> = {
  number: (text) => (text.trim() === '' ? NaN : Number(text)),
  integer: (text) => (text.trim() === '' ? NaN : Number(text)),
  year: (text) => (/^\d{4}$/.test(text) ? Number(text) : NaN),
  date: (text) => isoDateToDays(text) ?? NaN,
  datetime: (text) => isoDatetimeToMillis(text) ?? NaN,
  time: (text) => isoTimeToSeconds(text) ?? NaN,
};

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

/** Per numeric column, six numbers at c * STATS: count, shift, sum and sum of squares of (v - shift), min, max. */
const STATS = 6;
/** Per numeric column, four integers at c * BLOCK: position in the block, the kept position, block size - 1, distinct values (-1 past the bound). */
const BLOCK = 4;

/** The recorder one batch writes into. Hot path: `number` and `bytes`, called once per cell. */
export class BatchProfiler {
  private readonly n: number;
  private readonly numericColumn: Uint8Array;
  /** Packed per column so the hot path loads one array, not six (see STATS). */
  private readonly stats: Float64Array;
  private readonly block: Int32Array;
  private readonly nan: Float64Array;
  private readonly positiveInfinity: Float64Array;
  private readonly negativeInfinity: Float64Array;
  private readonly samples: Float64Array[];
  private readonly sampleLength: Int32Array;
  private readonly level: Int32Array;
  private readonly distinctValues: Float64Array;
  private readonly distinctCounts: Float64Array;
  private readonly tables: (CategoryTable | null)[];
  /** Counts by the position of the value in the column's enum, when the checks found it there. */
  private readonly enumCounts: (Float64Array | null)[];
  private readonly hashHi = new Int32Array(1);
  private readonly hashLo = new Int32Array(1);
  private random: number;
  private readonly exact: boolean;
  /** Per numeric column, how a value written as text reads as the number the checks compare. */
  private readonly textNumbers: (((text: string) => number) | null)[];

  /** `enums`: per column, the enum's values as bytes (the kernel's plan), so `enumValue` can count by index. */
  constructor(
    kinds: readonly FieldKind[],
    mode: ProfileMode,
    seed: number,
    private readonly enums: readonly (readonly Uint8Array[] | null | undefined)[] = [],
  ) {
    const n = (this.n = kinds.length);
    this.exact = mode === 'exact';
    const profileKinds = kinds.map(profileKindOf);
    this.numericColumn = Uint8Array.from(profileKinds, (k) => (k === 'numeric' ? 1 : 0));
    this.stats = new Float64Array(n * STATS);
    this.block = new Int32Array(n * BLOCK);
    for (let c = 0; c < n; c++) {
      this.stats[c * STATS + 4] = Infinity;
      this.stats[c * STATS + 5] = -Infinity;
    }
    this.nan = new Float64Array(n);
    this.positiveInfinity = new Float64Array(n);
    this.negativeInfinity = new Float64Array(n);
    this.samples = profileKinds.map((k) => new Float64Array(k === 'numeric' ? 64 : 0));
    this.sampleLength = new Int32Array(n);
    this.level = new Int32Array(n);
    this.distinctValues = new Float64Array(n * NUMERIC_DISTINCT_BOUND);
    this.distinctCounts = new Float64Array(n * NUMERIC_DISTINCT_BOUND);
    const bound = this.exact ? EXACT_CATEGORY_BOUND : CATEGORY_BOUND;
    this.tables = profileKinds.map((k) => (k === 'categorical' ? new CategoryTable(bound) : null));
    this.enumCounts = profileKinds.map((k, c) =>
      k === 'categorical' && enums[c] ? new Float64Array(enums[c]!.length) : null,
    );
    this.random = seed >>> 0 || 0x2545f491;
    this.textNumbers = kinds.map((kind) => TEXT_NUMBERS[kind] ?? null);
  }

  /** One parsed value of a numeric column (dates as days or milliseconds, as the checks read them). */
  number(c: number, v: number): void {
    if (this.numericColumn[c] !== 1) return;
    // NaN and the infinities: v - v is NaN for exactly those.
    if (v - v !== 0) {
      this.special(c, v);
      return;
    }
    const stats = this.stats;
    const o = c * STATS;
    const seen = stats[o]!;
    if (seen === 0) stats[o + 1] = v;
    const d = v - stats[o + 1]!;
    stats[o] = seen + 1;
    stats[o + 2]! += d;
    stats[o + 3]! += d * d;
    if (v < stats[o + 4]!) stats[o + 4] = v;
    if (v > stats[o + 5]!) stats[o + 5] = v;
    const block = this.block;
    const b = c * BLOCK;
    const distinct = block[b + 3]!;
    if (distinct >= 0) this.countDistinct(c, v, distinct);
    if (this.exact) {
      this.keep(c, v);
      return;
    }
    const position = block[b]!;
    if (position === block[b + 1]) this.keep(c, v);
    if (position < block[b + 2]!) block[b] = position + 1;
    else this.endBlock(c);
  }

  /** One non-null text cell of a categorical column, as bytes (the CSV kernel): hashed, decoded once. */
  bytes(c: number, buf: Uint8Array, s: number, e: number): void {
    if (this.tables[c] == null) return;
    hashBytesInto(this.hashHi, this.hashLo, 0, buf, s, e);
    this.hashed(c, this.hashHi[0]!, this.hashLo[0]!, buf, s, e);
  }

  /** As `bytes`, with the value's hash already at hand (a key column: the checks hashed it). */
  hashed(c: number, hi: number, lo: number, buf: Uint8Array, s: number, e: number): void {
    const table = this.tables[c];
    if (table == null) return;
    // The 64-bit hash stands for the value: a collision among a column's first thousands of values is ~1e-13.
    table.addHashed(hi, lo, buf, s, e);
  }

  /** A value the checks found at position `index` of the column's enum: counted without hashing. */
  enumValue(c: number, index: number): void {
    const counts = this.enumCounts[c];
    if (counts == null) return;
    counts[index]! += 1;
  }

  /** One non-null text (or boolean, as `true`/`false`) value of a categorical column. */
  text(c: number, value: string, times = 1): void {
    const table = this.tables[c];
    if (table == null) {
      // A JSON or columnar string in a numeric column: a date, time or number written as text.
      const parse = this.textNumbers[c];
      if (parse == null) return;
      // Text that is not the column's type is a type error for the checks, not a NaN for the profile.
      const v = parse(value);
      if (v === v) for (let i = 0; i < times; i++) this.number(c, v);
      return;
    }
    table.addText(value, times);
  }

  private special(c: number, v: number): void {
    if (v !== v) this.nan[c]! += 1;
    else if (v > 0) this.positiveInfinity[c]! += 1;
    else this.negativeInfinity[c]! += 1;
  }

  /** A block of values ended: halve a full sample (blocks double), and pick where the next block's value is. */
  private endBlock(c: number): void {
    const b = c * BLOCK;
    this.block[b] = 0;
    if (this.sampleLength[c] === SAMPLE_CAPACITY) this.halve(c);
    const mask = this.block[b + 2]!;
    this.block[b + 1] = mask === 0 ? 0 : this.nextRandom() & mask;
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
      this.block[c * BLOCK + 3] = -1;
      return;
    }
    this.distinctValues[base + distinct] = v;
    this.distinctCounts[base + distinct] = 1;
    this.block[c * BLOCK + 3] = distinct + 1;
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
    this.block[c * BLOCK + 2] = (1 << this.level[c]!) - 1;
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
      categories.push(this.categoryBatch(c));
    }
    return { numeric, categories };
  }

  private categoryBatch(c: number): CategoryBatch | null {
    const table = this.tables[c];
    if (table == null) return null;
    const counts = this.enumCounts[c];
    if (counts != null) {
      const values = this.enums[c]!;
      for (let i = 0; i < counts.length; i++)
        if (counts[i]! > 0) table.addText(utf8Slice.call(values[i]!, 0, values[i]!.length), counts[i]!);
    }
    return table.result();
  }

  private numericBatch(c: number): NumericBatch {
    const o = c * STATS;
    const count = this.stats[o]!;
    const sum = this.stats[o + 2]!;
    const mean = count === 0 ? 0 : sum / count;
    const m2 = count === 0 ? 0 : Math.max(0, this.stats[o + 3]! - sum * mean);
    const sample = this.samples[c]!.slice(0, this.sampleLength[c]!).sort();
    const distinct = this.block[c * BLOCK + 3]!;
    const base = c * NUMERIC_DISTINCT_BOUND;
    return {
      count,
      mean: count === 0 ? 0 : mean + this.stats[o + 1]!,
      m2,
      min: this.stats[o + 4]!,
      max: this.stats[o + 5]!,
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
