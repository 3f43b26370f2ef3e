/**
 * Pearson's chi-squared test of homogeneity on the 2×k table of category counts (reference row, current row), as
 * `scipy.stats.chi2_contingency(table)` computes it with its defaults: expected counts from the margins, Yates'
 * continuity correction only when the table has one degree of freedom (two categories), p-value from χ²(k - 1).
 * Categories counted zero times on both sides are left out of the table (scipy refuses a zero expected count).
 */
import { checkedCounts, DriftInputError, type CategoryCounts } from './drift-sample.js';
import { chiSquaredSurvival } from './chi-squared-distribution.js';

export interface ChiSquaredResult {
  readonly statistic: number;
  readonly pValue: number;
  readonly degreesOfFreedom: number;
}

export function chiSquaredTest(reference: CategoryCounts, current: CategoryCounts): ChiSquaredResult {
  const referenceTotal = checkedCounts(reference, 'reference');
  const currentTotal = checkedCounts(current, 'current');
  const categories = [...new Set([...reference.keys(), ...current.keys()])].filter(
    (category) => (reference.get(category) ?? 0) + (current.get(category) ?? 0) > 0,
  );
  const total = referenceTotal + currentTotal;
  const degreesOfFreedom = categories.length - 1;
  // A single category: the table says nothing about difference, and scipy returns statistic 0, p-value 1.
  if (degreesOfFreedom === 0) return { statistic: 0, pValue: 1, degreesOfFreedom };
  let statistic = 0;
  for (const category of categories) {
    const columnTotal = (reference.get(category) ?? 0) + (current.get(category) ?? 0);
    for (const [observed, rowTotal] of [
      [reference.get(category) ?? 0, referenceTotal],
      [current.get(category) ?? 0, currentTotal],
    ] as const) {
      const expected = (rowTotal * columnTotal) / total;
      let deviation = observed - expected;
      if (degreesOfFreedom === 1) {
        // Yates: move each observed count half a unit towards its expected count (never past it).
        deviation =
          Math.sign(deviation) * Math.max(Math.abs(deviation) - Math.min(0.5, Math.abs(deviation)), 0);
      }
      statistic += (deviation * deviation) / expected;
    }
  }
  if (!Number.isFinite(statistic))
    throw new DriftInputError('the chi-squared statistic is not finite: counts too large');
  return { statistic, pValue: chiSquaredSurvival(statistic, degreesOfFreedom), degreesOfFreedom };
}
