import type { ComparisonReport, MetricComparison, MetricVerdict } from '../compare/comparison-report.js';
import { formatMetricValue, formatSignedNumber, formatSignedPercent } from './metric-number-format.js';

/** Rows worth reading first come first: failures, warnings, then changes, then the rest. */
const VERDICT_ORDER: Readonly<Record<MetricVerdict, number>> = {
  fail: 0,
  warn: 1,
  missing: 2,
  new: 3,
  changed: 4,
  improved: 5,
  pass: 6,
};

export const VERDICT_LABEL: Readonly<Record<MetricVerdict, string>> = {
  fail: '❌ fail',
  warn: '⚠️ warn',
  missing: '➖ missing',
  new: '🆕 new',
  improved: '📈 improved',
  changed: '🔄 changed',
  pass: '✅ pass',
};

export function rowsInReadingOrder(report: ComparisonReport): MetricComparison[] {
  return [...report.metrics].sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]);
}

/** The cells every table shows, as plain text (callers escape or pad them). */
export function comparisonCells(row: MetricComparison): readonly [string, string, string, string, string] {
  return [
    row.name,
    formatMetricValue(row.baseline),
    formatMetricValue(row.current),
    row.delta === null ? '—' : formatSignedNumber(row.delta.absolute),
    row.delta?.relative == null ? '—' : formatSignedPercent(row.delta.relative),
  ];
}
