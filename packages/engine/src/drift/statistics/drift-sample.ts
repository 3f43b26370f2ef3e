import { UserError } from '../../user-error.js';

/**
 * A drift statistic was handed a sample it cannot judge: empty, or holding NaN/Infinity. Missing values are the
 * caller's to drop (they are counted as nulls in the profile, never as numbers), so a non-finite value reaching
 * a statistic means the data itself holds one; the user sees one line naming the sample.
 */
export class DriftInputError extends UserError {}

/** Checks one numeric sample (NaN already excluded by the caller) and returns a sorted copy. */
export function sortedFiniteSample(values: readonly number[], label: string): Float64Array {
  if (values.length === 0)
    throw new DriftInputError(`the ${label} sample is empty: a drift statistic needs at least one value`);
  const sorted = Float64Array.from(values);
  for (const value of sorted) {
    if (!Number.isFinite(value)) {
      throw new DriftInputError(
        `the ${label} sample holds ${String(value)}: drift statistics take finite numbers only`,
      );
    }
  }
  return sorted.sort();
}

/** Category → count, as a profile keeps it. Counts are non-negative integers (or at least finite, non-negative). */
export type CategoryCounts = ReadonlyMap<string, number>;

export function checkedCounts(counts: CategoryCounts, label: string): number {
  let total = 0;
  for (const [category, count] of counts) {
    if (!Number.isFinite(count) || count < 0) {
      throw new DriftInputError(
        `the ${label} count of category "${category}" is ${String(count)}: counts are finite and non-negative`,
      );
    }
    total += count;
  }
  if (total === 0)
    throw new DriftInputError(`the ${label} sample is empty: a drift statistic needs at least one value`);
  return total;
}

/** Checks a histogram (bin counts over the same bins on both sides) and returns its total. */
export function checkedHistogram(counts: readonly number[], label: string): number {
  let total = 0;
  for (const count of counts) {
    if (!Number.isFinite(count) || count < 0) {
      throw new DriftInputError(
        `the ${label} histogram holds ${String(count)}: bin counts are finite and non-negative`,
      );
    }
    total += count;
  }
  if (total === 0)
    throw new DriftInputError(`the ${label} histogram is empty: a drift statistic needs at least one value`);
  return total;
}
