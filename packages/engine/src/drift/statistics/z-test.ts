/**
 * Evidently's z-test for two proportions (`z_stat_test`), which its auto rule uses for binary columns: one of
 * the (at most two) categories is called 1, and with p1, p2 its shares of each side and P the pooled share,
 *   z = (p1 - p2) / sqrt(P (1 - P) (1/n1 + 1/n2)),   p-value = 2 (1 - Φ(|z|)).
 * When both sides hold the same single value Evidently answers p = 1 (z would be 0/0). The p-value is taken
 * as the χ²(1) tail of z² (the same probability, without the cancellation of 1 - Φ for large |z|).
 * The statistic reported is |z|, which does not depend on which category was called 1.
 */
import { chiSquaredSurvival } from './chi-squared-distribution.js';
import { checkedCounts, DriftInputError, type CategoryCounts } from './drift-sample.js';

export interface ZTestResult {
  readonly statistic: number;
  readonly pValue: number;
}

export function proportionsZTest(reference: CategoryCounts, current: CategoryCounts): ZTestResult {
  const n1 = checkedCounts(reference, 'reference');
  const n2 = checkedCounts(current, 'current');
  const categories = [...new Set([...reference.keys(), ...current.keys()])]
    .filter((category) => (reference.get(category) ?? 0) + (current.get(category) ?? 0) > 0)
    .sort();
  if (categories.length > 2) {
    throw new DriftInputError(
      `the z-test compares two categories, and this column has ${categories.length}: use chi-squared`,
    );
  }
  if (categories.length === 1) return { statistic: 0, pValue: 1 };
  const one = categories[1]!;
  const p1 = (reference.get(one) ?? 0) / n1;
  const p2 = (current.get(one) ?? 0) / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = Math.abs(p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { statistic: z, pValue: chiSquaredSurvival(z * z, 1) };
}
