/**
 * The shares Evidently's Jensen-Shannon distance and PSI compare (`get_binned_data` with `feel_zeroes=True`):
 * each bin's (or category's) count divided by the side's number of values, then every zero share replaced, so
 * that the logarithms stay finite. The filler is 0.0001, or the side's smallest non-zero share divided by 10^6
 * when that share is already at or below 0.0001 (large samples), so the filler never outweighs a real bin.
 * The filled shares are not renormalised (Evidently does not; scipy's `jensenshannon` normalises its inputs).
 */
import { PSI_EMPTY_BIN_SHARE } from '../statistics/psi.js';

export interface BinnedShares {
  readonly reference: number[];
  readonly current: number[];
}

/** Shares of bins or categories that both sides count in the same order; `total` is each side's count. */
export function filledShares(
  referenceCounts: readonly number[],
  referenceTotal: number,
  currentCounts: readonly number[],
  currentTotal: number,
): BinnedShares {
  return {
    reference: fillZeroes(referenceCounts.map((count) => count / referenceTotal)),
    current: fillZeroes(currentCounts.map((count) => count / currentTotal)),
  };
}

/** Shares over the union of both sides' categories (a category one side lacks counts 0 there). */
export function categoryShares(
  reference: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
): BinnedShares & { readonly categories: string[] } {
  const categories = [...new Set([...reference.keys(), ...current.keys()])].sort();
  const total = (counts: ReadonlyMap<string, number>): number => {
    let sum = 0;
    for (const count of counts.values()) sum += count;
    return sum;
  };
  return {
    categories,
    ...filledShares(
      categories.map((category) => reference.get(category) ?? 0),
      total(reference),
      categories.map((category) => current.get(category) ?? 0),
      total(current),
    ),
  };
}

function fillZeroes(shares: number[]): number[] {
  let smallest = Infinity;
  for (const share of shares) if (share > 0 && share < smallest) smallest = share;
  if (smallest === Infinity) return shares;
  const filler = smallest <= PSI_EMPTY_BIN_SHARE ? smallest / 10 ** 6 : PSI_EMPTY_BIN_SHARE;
  return shares.map((share) => (share === 0 ? filler : share));
}
