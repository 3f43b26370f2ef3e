/**
 * TFDV's L-infinity distance between two categorical distributions: the largest absolute difference between a
 * category's share of the reference and its share of the current data, over the union of categories (a
 * category absent from one side has share 0 there). Lies in [0, 1]; TFDV flags drift above a per-feature
 * threshold. Also returns the category that attains it, which is what a reader wants to see.
 */
import { checkedCounts, type CategoryCounts } from './drift-sample.js';

export interface LInfinityResult {
  readonly distance: number;
  /** The category with the largest share difference (the first in sorted order on a tie). */
  readonly category: string;
}

export function lInfinityDistance(reference: CategoryCounts, current: CategoryCounts): LInfinityResult {
  const referenceTotal = checkedCounts(reference, 'reference');
  const currentTotal = checkedCounts(current, 'current');
  const categories = [...new Set([...reference.keys(), ...current.keys()])].sort();
  let distance = -1;
  let worst = '';
  for (const category of categories) {
    const difference = Math.abs(
      (reference.get(category) ?? 0) / referenceTotal - (current.get(category) ?? 0) / currentTotal,
    );
    if (difference > distance) {
      distance = difference;
      worst = category;
    }
  }
  return { distance, category: worst };
}
