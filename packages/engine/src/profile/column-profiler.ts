import type { BatchProfile, CategoryBatch, NumericBatch, ProfileMode } from './batch-profile.js';
import { CATEGORY_BOUND, EXACT_CATEGORY_BOUND, NUMERIC_DISTINCT_BOUND } from './batch-profile.js';
import type { CategorySummary, ColumnProfile, NumericSummary, ProfileColumnKind } from './column-profile.js';
import type { RawColumn } from '../drift/raw-column-drift.js';
import type { ColumnProfileState } from './profile-state.js';
import { QuantileSketch } from './quantile-sketch.js';
import { sketchHistogram } from './sketch-histogram.js';

/** Categories a saved profile lists (the heaviest); a column with more is marked not exact. */
export const PROFILE_CATEGORY_LIMIT = 100;
/** The sketch's k in profiles: rank error about 1.65/k (sketch-error.md in docs/drift.md). */
export const PROFILE_SKETCH_K = 128;

function numberText(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}

/**
 * One column's profile over the batches of every file, merged in order: exact moments (Chan et al.'s
 * parallel update), exact extremes and counts, the quantile sketch, bounded category counts.
 */
export class ColumnProfiler {
  private count = 0;
  private mean = 0;
  private m2 = 0;
  private min = Infinity;
  private max = -Infinity;
  private nan = 0;
  private positiveInfinity = 0;
  private negativeInfinity = 0;
  private sketch = new QuantileSketch(PROFILE_SKETCH_K);
  /** Numeric distinct values (as numbers), null once past NUMERIC_DISTINCT_BOUND. */
  private distinct: Map<number, number> | null = new Map();
  private readonly categories = new Map<string, number>();
  private other = 0;
  private otherDistinct = 0;
  private textCount = 0;
  private readonly rawValues: Float64Array[] = [];

  constructor(
    readonly name: string,
    readonly type: string,
    readonly kind: ProfileColumnKind | null,
    private readonly mode: ProfileMode,
  ) {}

  addNumeric(batch: NumericBatch): void {
    this.addNumericPart(batch, batch.distinct);
    if (batch.count === 0) return;
    this.sketch.addWeighted(batch.sample, batch.sampleLevel, batch.min, batch.max);
    if (this.mode === 'exact') this.rawValues.push(batch.sample);
  }

  /**
   * Folds in `other`, a profiler of the same column fed the batches that come after this one's (a later
   * shard): counts, moments, extremes and distinct values as if those batches had come here; the sketches
   * merge within their error bound; categories as `addCategories` would take them from one batch.
   */
  merge(other: ColumnProfiler): void {
    if (other.name !== this.name || other.type !== this.type || other.kind !== this.kind)
      throw new RangeError(
        `cannot merge column ${other.name} (${other.type}) into ${this.name} (${this.type})`,
      );
    this.addNumericPart(
      {
        count: other.count,
        mean: other.mean,
        m2: other.m2,
        min: other.min,
        max: other.max,
        nan: other.nan,
        positiveInfinity: other.positiveInfinity,
        negativeInfinity: other.negativeInfinity,
      },
      other.distinct,
    );
    this.sketch.merge(other.sketch);
    if (this.mode === 'exact') for (const values of other.rawValues) this.rawValues.push(values);
    if (other.categories.size > 0 || other.other > 0)
      this.addCategories({
        values: [...other.categories.keys()],
        counts: [...other.categories.values()],
        other: other.other,
        otherDistinct: other.otherDistinct,
      });
  }

  /** Counts, moments (Chan et al.'s parallel update), extremes and distinct values of a batch or a profiler. */
  private addNumericPart(
    part: {
      readonly count: number;
      readonly mean: number;
      readonly m2: number;
      readonly min: number;
      readonly max: number;
      readonly nan: number;
      readonly positiveInfinity: number;
      readonly negativeInfinity: number;
    },
    distinct:
      | { readonly values: ArrayLike<number>; readonly counts: ArrayLike<number> }
      | ReadonlyMap<number, number>
      | null,
  ): void {
    this.nan += part.nan;
    this.positiveInfinity += part.positiveInfinity;
    this.negativeInfinity += part.negativeInfinity;
    if (part.count === 0) return;
    const total = this.count + part.count;
    const delta = part.mean - this.mean;
    this.mean += (delta * part.count) / total;
    this.m2 += part.m2 + (delta * delta * this.count * part.count) / total;
    this.count = total;
    if (part.min < this.min) this.min = part.min;
    if (part.max > this.max) this.max = part.max;
    if (this.distinct === null) return;
    if (distinct === null) {
      this.distinct = null;
      return;
    }
    const counted = this.distinct;
    const add = (value: number, count: number): void => {
      counted.set(value, (counted.get(value) ?? 0) + count);
    };
    if (distinct instanceof Map) distinct.forEach((count: number, value: number) => add(value, count));
    else {
      const { values, counts } = distinct as { values: ArrayLike<number>; counts: ArrayLike<number> };
      for (let i = 0; i < values.length; i++) add(values[i]!, counts[i]!);
    }
    if (counted.size > NUMERIC_DISTINCT_BOUND) this.distinct = null;
  }

  addCategories(batch: CategoryBatch): void {
    const bound = this.mode === 'exact' ? EXACT_CATEGORY_BOUND : CATEGORY_BOUND;
    for (let i = 0; i < batch.values.length; i++) {
      const value = batch.values[i]!;
      this.textCount += batch.counts[i]!;
      this.categories.set(value, (this.categories.get(value) ?? 0) + batch.counts[i]!);
    }
    this.textCount += batch.other;
    this.other += batch.other;
    this.otherDistinct += batch.otherDistinct;
    if (this.categories.size >= bound * 2) {
      const sorted = [...this.categories].sort((a, b) => b[1] - a[1]);
      for (const [value, count] of sorted.slice(bound)) {
        this.other += count;
        this.otherDistinct += 1;
        this.categories.delete(value);
      }
    }
  }

  /**
   * The running state as plain data (profile-state.ts): what `finish` reads, so a profiler restored from it
   * finishes, goes on adding and merges exactly as this one. Sketch mode only: exact mode keeps every value.
   */
  state(): ColumnProfileState {
    if (this.mode === 'exact')
      throw new RangeError('an exact-mode profile keeps every value: it has no bounded state');
    const base = { name: this.name, type: this.type, kind: this.kind };
    if (this.kind === 'numeric') {
      const empty = this.count === 0;
      const distinct =
        this.distinct === null
          ? null
          : { values: [...this.distinct.keys()], counts: [...this.distinct.values()] };
      return {
        ...base,
        numeric: {
          count: this.count,
          mean: this.mean,
          m2: this.m2,
          min: empty ? null : this.min,
          max: empty ? null : this.max,
          nan: this.nan,
          positiveInfinity: this.positiveInfinity,
          negativeInfinity: this.negativeInfinity,
          sketch: this.sketch.state(),
          distinct,
        },
      };
    }
    if (this.kind === 'categorical') {
      return {
        ...base,
        categories: {
          // In insertion order: a later fold breaks ties between equal counts by it.
          values: [...this.categories.keys()],
          counts: [...this.categories.values()],
          other: this.other,
          otherDistinct: this.otherDistinct,
        },
      };
    }
    return base;
  }

  /** The profiler `state` was taken from (a checked state: profile-state-file.ts checks untrusted ones). */
  static restore(state: ColumnProfileState): ColumnProfiler {
    const profiler = new ColumnProfiler(state.name, state.type, state.kind, 'sketch');
    const numeric = state.numeric;
    if (numeric !== undefined) {
      profiler.count = numeric.count;
      profiler.mean = numeric.mean;
      profiler.m2 = numeric.m2;
      profiler.min = numeric.min ?? Infinity;
      profiler.max = numeric.max ?? -Infinity;
      profiler.nan = numeric.nan;
      profiler.positiveInfinity = numeric.positiveInfinity;
      profiler.negativeInfinity = numeric.negativeInfinity;
      profiler.sketch = QuantileSketch.restore(numeric.sketch);
      profiler.distinct =
        numeric.distinct === null
          ? null
          : new Map(numeric.distinct.values.map((value, i) => [value, numeric.distinct!.counts[i]!]));
    }
    const categories = state.categories;
    if (categories !== undefined) {
      categories.values.forEach((value, i) => profiler.categories.set(value, categories.counts[i]!));
      profiler.other = categories.other;
      profiler.otherDistinct = categories.otherDistinct;
      // Every value counted is listed or folded into `other` (addCategories keeps this so).
      profiler.textCount = categories.counts.reduce((sum, count) => sum + count, 0) + categories.other;
    }
    return profiler;
  }

  /** The column's profile, given its null count (the checks count nulls), and its raw values in exact mode. */
  finish(nulls: number): { profile: ColumnProfile; raw?: RawColumn } {
    const base = { name: this.name, type: this.type, kind: this.kind ?? ('categorical' as const) };
    if (this.kind === 'numeric') {
      const numeric = this.numericSummary();
      const categories = this.distinct === null ? undefined : this.numericCategories(this.distinct);
      const profile: ColumnProfile = {
        ...base,
        count: this.count + this.nan + this.positiveInfinity + this.negativeInfinity,
        nulls,
        numeric,
        ...(categories ? { categories } : {}),
      };
      if (this.mode !== 'exact') return { profile };
      const values = concatenated(this.rawValues).sort();
      return { profile, raw: { kind: 'numeric', values } };
    }
    if (this.kind === 'categorical') {
      const profile: ColumnProfile = {
        ...base,
        count: this.textCount,
        nulls,
        categories: this.categorySummary(),
      };
      if (this.mode !== 'exact') return { profile };
      return { profile, raw: { kind: 'categorical', counts: new Map(this.categories) } };
    }
    return { profile: { ...base, count: 0, nulls } };
  }

  private numericSummary(): NumericSummary {
    const empty = this.count === 0;
    const state = this.sketch.state();
    return {
      count: this.count,
      min: empty ? null : this.min,
      max: empty ? null : this.max,
      mean: empty ? null : this.mean,
      std: empty ? null : Math.sqrt(this.m2 / this.count),
      nan: this.nan,
      positiveInfinity: this.positiveInfinity,
      negativeInfinity: this.negativeInfinity,
      sketch: state,
      histogram: sketchHistogram(this.sketch, empty ? 0 : this.min, empty ? 0 : this.max, this.count),
    };
  }

  private numericCategories(distinct: ReadonlyMap<number, number>): CategorySummary {
    const values = [...distinct]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .map(([value, count]) => ({ value: numberText(value), count }));
    return { exact: true, distinct: values.length, values, other: 0, bound: NUMERIC_DISTINCT_BOUND };
  }

  private categorySummary(): CategorySummary {
    const sorted = [...this.categories].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    );
    const listed = sorted.slice(0, PROFILE_CATEGORY_LIMIT);
    const unlisted = sorted.slice(PROFILE_CATEGORY_LIMIT).reduce((sum, [, count]) => sum + count, 0);
    const exact = this.otherDistinct === 0 && sorted.length <= PROFILE_CATEGORY_LIMIT;
    return {
      exact,
      distinct: sorted.length + this.otherDistinct,
      values: listed.map(([value, count]) => ({ value, count })),
      other: this.other + unlisted,
      bound: PROFILE_CATEGORY_LIMIT,
    };
  }
}

function concatenated(parts: readonly Float64Array[]): Float64Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Float64Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Every column of a dataset, fed batch by batch from each file in turn. */
export class DatasetProfiler {
  readonly columns: ColumnProfiler[];
  constructor(
    columns: readonly {
      readonly name: string;
      readonly type: string;
      readonly kind: ProfileColumnKind | null;
    }[],
    readonly mode: ProfileMode,
  ) {
    this.columns = columns.map((c) => new ColumnProfiler(c.name, c.type, c.kind, mode));
  }

  /** A profiler over restored columns (profile-state.ts). */
  static of(columns: readonly ColumnProfiler[], mode: ProfileMode): DatasetProfiler {
    const profiler = new DatasetProfiler([], mode);
    profiler.columns.push(...columns);
    return profiler;
  }

  /** Folds in a profiler of the same columns fed the batches after this one's (see ColumnProfiler.merge). */
  merge(other: DatasetProfiler): void {
    if (other.columns.length !== this.columns.length || other.mode !== this.mode)
      throw new RangeError('cannot merge profilers of different columns or modes');
    this.columns.forEach((column, c) => column.merge(other.columns[c]!));
  }

  add(batch: BatchProfile): void {
    for (let c = 0; c < this.columns.length; c++) {
      const numeric = batch.numeric[c];
      if (numeric) this.columns[c]!.addNumeric(numeric);
      const categories = batch.categories[c];
      if (categories) this.columns[c]!.addCategories(categories);
    }
  }
}
