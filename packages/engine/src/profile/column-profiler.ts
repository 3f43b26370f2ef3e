import type { BatchProfile, CategoryBatch, NumericBatch, ProfileMode } from './batch-profile.js';
import { CATEGORY_BOUND, EXACT_CATEGORY_BOUND, NUMERIC_DISTINCT_BOUND } from './batch-profile.js';
import type { CategorySummary, ColumnProfile, NumericSummary, ProfileColumnKind } from './column-profile.js';
import type { RawColumn } from '../drift/raw-column-drift.js';
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
  private readonly sketch = new QuantileSketch(PROFILE_SKETCH_K);
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
    this.nan += batch.nan;
    this.positiveInfinity += batch.positiveInfinity;
    this.negativeInfinity += batch.negativeInfinity;
    if (batch.count === 0) return;
    const total = this.count + batch.count;
    const delta = batch.mean - this.mean;
    this.mean += (delta * batch.count) / total;
    this.m2 += batch.m2 + (delta * delta * this.count * batch.count) / total;
    this.count = total;
    if (batch.min < this.min) this.min = batch.min;
    if (batch.max > this.max) this.max = batch.max;
    this.sketch.addWeighted(batch.sample, batch.sampleLevel, batch.min, batch.max);
    if (this.mode === 'exact') this.rawValues.push(batch.sample);
    if (this.distinct !== null) {
      if (batch.distinct === null) this.distinct = null;
      else {
        const { values, counts } = batch.distinct;
        for (let i = 0; i < values.length; i++)
          this.distinct.set(values[i]!, (this.distinct.get(values[i]!) ?? 0) + counts[i]!);
        if (this.distinct.size > NUMERIC_DISTINCT_BOUND) this.distinct = null;
      }
    }
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

  add(batch: BatchProfile): void {
    for (let c = 0; c < this.columns.length; c++) {
      const numeric = batch.numeric[c];
      if (numeric) this.columns[c]!.addNumeric(numeric);
      const categories = batch.categories[c];
      if (categories) this.columns[c]!.addCategories(categories);
    }
  }
}
