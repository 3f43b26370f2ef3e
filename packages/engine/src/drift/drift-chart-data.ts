/**
 * What the report draws for a column: each side's shares on common bins (numeric), or on the heaviest
 * categories (categorical). Shares, not counts, so sides of different sizes compare at a glance.
 */
import type { DriftHistogram } from './drift-report.js';

/** Categories shown: the heaviest over both sides, the rest left out of the chart (never out of the statistic). */
export const CHART_TOP_CATEGORIES = 10;

export function histogramChart(
  edges: readonly number[],
  baseline: readonly number[],
  current: readonly number[],
): DriftHistogram {
  return { edges: [...edges], baseline: asShares(baseline), current: asShares(current) };
}

export function categoryChart(
  baseline: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
): { values: string[]; baseline: number[]; current: number[] } {
  const baselineTotal = sum([...baseline.values()]);
  const currentTotal = sum([...current.values()]);
  const share = (counts: ReadonlyMap<string, number>, total: number, value: string): number =>
    total > 0 ? (counts.get(value) ?? 0) / total : 0;
  const values = [...new Set([...baseline.keys(), ...current.keys()])]
    .map((value) => ({
      value,
      weight: share(baseline, baselineTotal, value) + share(current, currentTotal, value),
    }))
    .sort((a, b) => b.weight - a.weight || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, CHART_TOP_CATEGORIES)
    .map(({ value }) => value);
  return {
    values,
    baseline: values.map((value) => share(baseline, baselineTotal, value)),
    current: values.map((value) => share(current, currentTotal, value)),
  };
}

function asShares(counts: readonly number[]): number[] {
  const total = sum(counts);
  return counts.map((count) => (total > 0 ? count / total : 0));
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
