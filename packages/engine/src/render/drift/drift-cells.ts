import type { ColumnDrift, DriftMethod } from '../../drift/drift-report.js';
import { TEST_METHODS } from '../../drift/drift-report.js';
import { formatNumber } from '../metric-number-format.js';

/** How each method is named for people; the report's `method` is the identifier. */
export const METHOD_NAME: Readonly<Record<DriftMethod, string>> = {
  ks: 'Kolmogorov-Smirnov',
  'chi-squared': 'chi-squared',
  'z-test': 'z-test',
  wasserstein: 'Wasserstein (normed)',
  'jensen-shannon': 'Jensen-Shannon',
  psi: 'PSI',
  'l-infinity': 'L-infinity',
};

/** A statistic for people: four significant digits; a p-value that small reads `< 0.0001`. */
export function formatStatistic(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return formatNumber(Number(value.toPrecision(4)));
}

export function formatPValue(value: number): string {
  return value < 0.0001 && value >= 0 ? '< 0.0001' : formatStatistic(value);
}

/**
 * What was held against the threshold, and how: a test drifts when its p-value is below it (`p < 0.05`), a
 * distance when it is at or above it (`0.231 ≥ 0.1`).
 */
export function judgement(column: ColumnDrift): string {
  const threshold = formatStatistic(column.threshold);
  if (TEST_METHODS.has(column.method) && column.pValue !== undefined)
    return `p ${column.pValue < column.threshold ? '<' : '≥'} ${threshold}`;
  return `${formatStatistic(column.statistic)} ${column.statistic >= column.threshold ? '≥' : '<'} ${threshold}`;
}

/** The share of columns as a whole percentage, never rounding a drift up to 100% or down to 0%. */
export function percentOf(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const exact = (part / whole) * 100;
  const rounded = Math.round(exact);
  if (rounded === 100 && part < whole) return '99%';
  if (rounded === 0 && part > 0) return '< 1%';
  return `${rounded}%`;
}
