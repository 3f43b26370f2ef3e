import { UserError } from '../user-error.js';
import type { ProfileColumnKind } from './column-profile.js';
import { ColumnProfiler, DatasetProfiler } from './column-profiler.js';
import type { QuantileSketchState } from './quantile-sketch.js';

/**
 * `mlgate/profile-state@1`: a dataset profiler's running state as plain JSON, for a run split across shards
 * (issue 14). Each shard profiles its slice and writes this state; the merge restores them in shard order and
 * folds each into the first, then finishes one profile exactly as the unsharded run does
 * (profile-document.ts), with the nulls of the merged validation report (the profile's nulls are the checks').
 *
 * Bounded whatever the row count: per numeric column a few numbers, the sketch (a few hundred items) and at
 * most NUMERIC_DISTINCT_BOUND distinct values; per text column its category table (under 2 × CATEGORY_BOUND
 * values, folded as the profiler folds it). Only sketch-mode profiles have one: exact mode keeps every value.
 */
export const PROFILE_STATE_KIND = 'mlgate/profile-state@1';

/** A numeric column's counts, moments (mean and M2, Chan et al.), extremes, sketch and distinct values. */
export interface NumericProfileState {
  /** Finite values. */
  readonly count: number;
  readonly mean: number;
  /** Sum of squared deviations from the mean. */
  readonly m2: number;
  /** Null while there is no finite value (JSON has no infinities). */
  readonly min: number | null;
  readonly max: number | null;
  readonly nan: number;
  readonly positiveInfinity: number;
  readonly negativeInfinity: number;
  readonly sketch: QuantileSketchState;
  /** Distinct finite values and their counts while at most NUMERIC_DISTINCT_BOUND, else null. */
  readonly distinct: { readonly values: readonly number[]; readonly counts: readonly number[] } | null;
}

/** A text column's category table: values in the order first seen (a fold breaks count ties by it). */
export interface CategoryProfileState {
  readonly values: readonly string[];
  readonly counts: readonly number[];
  /** Values folded out of the table, and how many distinct ones. */
  readonly other: number;
  readonly otherDistinct: number;
}

/** One column: `numeric` for numeric columns, `categories` for categorical ones, neither for the rest. */
export interface ColumnProfileState {
  readonly name: string;
  readonly type: string;
  readonly kind: ProfileColumnKind | null;
  readonly numeric?: NumericProfileState;
  readonly categories?: CategoryProfileState;
}

export interface DatasetProfileState {
  readonly kind: typeof PROFILE_STATE_KIND;
  readonly mode: 'sketch';
  readonly columns: readonly ColumnProfileState[];
}

/** The profiler's state, to write into a shard's partial. */
export function profileState(profiler: DatasetProfiler): DatasetProfileState {
  if (profiler.mode !== 'sketch')
    throw new RangeError('only a sketch-mode profile has a bounded state to merge');
  return { kind: PROFILE_STATE_KIND, mode: 'sketch', columns: profiler.columns.map((c) => c.state()) };
}

/** A profiler that goes on from `state` (a checked one: see parseProfileState for untrusted states). */
export function profilerFromState(state: DatasetProfileState): DatasetProfiler {
  return DatasetProfiler.of(
    state.columns.map((column) => ColumnProfiler.restore(column)),
    state.mode,
  );
}

/**
 * One profiler from shards' states, in shard order: the later ones folded into the first. Counts, nulls,
 * extremes, distinct values and category counts (while no table has folded) are those one profiler fed every
 * batch in that order would hold; mean and M2 agree to rounding; the quantile sketch is KLL's merge, within
 * its rank error of the single run's, and the same states in the same order always give the same sketch.
 * States of different columns are refused (a UserError naming the shard, counted from 1).
 */
export function mergeProfileStates(states: readonly DatasetProfileState[]): DatasetProfiler {
  if (states.length === 0) throw new RangeError('no profile states to merge');
  const first = states[0]!;
  states.forEach((state, s) => {
    const mismatch = s === 0 ? undefined : columnMismatch(first, state);
    if (mismatch !== undefined)
      throw new UserError(`shard ${s + 1}'s profile does not fit shard 1's: ${mismatch}`);
  });
  // Each state's counts are safe integers (checked when parsed); their sums must stay so, or counts round.
  first.columns.forEach((column, c) => {
    const total = states.reduce((sum, state) => sum + largestCount(state.columns[c]!), 0);
    if (!Number.isSafeInteger(total))
      throw new UserError(`column ${JSON.stringify(column.name)}: the shards' counts add up past 2^53`);
  });
  const merged = profilerFromState(first);
  for (const state of states.slice(1)) merged.merge(profilerFromState(state));
  return merged;
}

function largestCount(column: ColumnProfileState): number {
  const numeric = column.numeric;
  const categories = column.categories;
  if (numeric !== undefined)
    return (
      Math.max(numeric.count, numeric.sketch.count) +
      numeric.nan +
      numeric.positiveInfinity +
      numeric.negativeInfinity
    );
  if (categories !== undefined) return categories.counts.reduce((sum, n) => sum + n, categories.other);
  return 0;
}

function columnMismatch(a: DatasetProfileState, b: DatasetProfileState): string | undefined {
  if (a.columns.length !== b.columns.length) return `${b.columns.length} columns, not ${a.columns.length}`;
  for (let c = 0; c < a.columns.length; c++) {
    const [x, y] = [a.columns[c]!, b.columns[c]!];
    if (x.name !== y.name || x.type !== y.type || x.kind !== y.kind)
      return `column ${c + 1} is ${JSON.stringify(y.name)} (${y.type}), not ${JSON.stringify(x.name)} (${x.type})`;
  }
  return undefined;
}
