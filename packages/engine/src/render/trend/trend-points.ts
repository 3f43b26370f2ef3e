import type { MetricComparison } from '../../compare/comparison-report.js';

/** One point of a metric's trend: a baseline on the default branch, or this pull request (`commit` absent). */
export interface TrendPoint {
  readonly commit?: string;
  readonly value: number;
}

/**
 * The metric's finite values at the last baselines, oldest first, then the current run's. NaN and ±Infinity
 * are left out rather than drawn as 0 or as an axis-breaking spike: a gap says less, and says nothing false.
 */
export function trendPoints(row: MetricComparison): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const point of row.history ?? []) {
    if (point.value.type === 'number' && Number.isFinite(point.value.value)) {
      points.push({ commit: point.commit, value: point.value.value });
    }
  }
  if (row.current?.type === 'number' && Number.isFinite(row.current.value)) {
    points.push({ value: row.current.value });
  }
  return points;
}
