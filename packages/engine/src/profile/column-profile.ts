import type { ReportSubject } from '../report/report-subject.js';
import type { QuantileSketchState } from './quantile-sketch.js';

/**
 * The `mlgate/profile@1` document: what a dataset looked like, column by column, in a few KiB per column
 * whatever the row count. Built in the validation pass (no second read), saved with the baseline on the
 * default branch, and compared by the drift statistics (drift/) with a pull request's profile.
 */
export const PROFILE_KIND = 'mlgate/profile@1';

/**
 * How drift treats a column: `numeric` columns (number, integer, date, datetime, time, year, duration as
 * numbers) get distribution tests; `categorical` ones (string, boolean, anything else) get frequency tests.
 */
export type ProfileColumnKind = 'numeric' | 'categorical';

/** An equal-width histogram over [edges[0], edges[edges.length - 1]]; the last bin includes its right edge. */
export interface Histogram {
  readonly edges: readonly number[];
  /** counts.length === edges.length - 1; sums to the column's finite values. */
  readonly counts: readonly number[];
  /** True when the counts are exact; false when they were read from the sketch (within its rank error). */
  readonly exact: boolean;
}

export interface NumericSummary {
  /** Finite values. */
  readonly count: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly mean: number | null;
  /** Population standard deviation (ddof 0, as numpy's and Evidently's normalisation use). */
  readonly std: number | null;
  /** NaN and the infinities are counted apart, never folded into the moments. */
  readonly nan: number;
  readonly positiveInfinity: number;
  readonly negativeInfinity: number;
  /** A mergeable quantile sketch of the finite values (quantile-sketch.ts). */
  readonly sketch: QuantileSketchState;
  readonly histogram: Histogram;
}

/** Value frequencies: exact while the column has at most `bound` distinct values. */
export interface CategorySummary {
  /** True when `values` holds every distinct value with its exact count (and `other` is 0). */
  readonly exact: boolean;
  /** Distinct values seen: exact when `exact`, else a lower bound. */
  readonly distinct: number;
  /** Heaviest first, then by value; numbers are written as their shortest round-trip text. */
  readonly values: readonly { readonly value: string; readonly count: number }[];
  /** Values not listed (only when not exact). */
  readonly other: number;
  readonly bound: number;
}

export interface ColumnProfile {
  readonly name: string;
  /** The schema's type for the column (`integer`, `string`, …). */
  readonly type: string;
  readonly kind: ProfileColumnKind;
  /** Non-null values. */
  readonly count: number;
  readonly nulls: number;
  /** Numeric columns only. */
  readonly numeric?: NumericSummary;
  /**
   * Categorical columns always; numeric columns too while they have few distinct values (Evidently's auto
   * rule tells a 0/1 column from a continuous one by its number of distinct values).
   */
  readonly categories?: CategorySummary;
}

export interface ProfileDocument {
  readonly kind: typeof PROFILE_KIND;
  readonly mlgateVersion: string;
  readonly subject: ReportSubject;
  readonly createdAt: string;
  /** The dataset's name in mlgate.yml, or the first file's path. */
  readonly dataset: string;
  readonly rows: number;
  readonly files: readonly { readonly path: string; readonly sha256: string; readonly rows: number }[];
  readonly columns: readonly ColumnProfile[];
}
