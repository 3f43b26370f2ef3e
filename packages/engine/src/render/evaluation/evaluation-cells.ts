import type { EvaluatedMetric } from '../../evaluate/report/evaluation-report.js';
import { formatNumber } from '../metric-number-format.js';

/** Metrics on a [0, 1] scale: their changes read best in percentage points. */
const FRACTION_METRICS: ReadonlySet<string> = new Set(['accuracy', 'precision', 'recall', 'f1', 'roc_auc']);

/** `+0.5`, `−1.1` (a true minus sign), `0`: one decimal for points, three significant digits otherwise. */
function signed(value: number, points: boolean): string {
  const rounded = points ? Number((value * 100).toFixed(1)) : Number(value.toPrecision(3));
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}

export function valueCell(value: number | null | undefined): string {
  if (value === undefined) return '—';
  return value === null ? 'undefined' : formatNumber(value);
}

/**
 * The change with its interval, as the issue words it: `−0.3 pts [−1.1, +0.5], not significant`; without
 * baseline predictions, empty.
 */
export function changeCell(metric: EvaluatedMetric): string {
  if (metric.delta === undefined) return '';
  if (metric.delta === null) return 'undefined';
  const points = FRACTION_METRICS.has(metric.metric);
  const unit = points ? ' pts' : '';
  const delta = `${signed(metric.delta, points)}${unit}`;
  const [low, high] = metric.ci ?? [null, null];
  if (low === null || high === null) return `${delta}, no interval`;
  return `${delta} [${signed(low, points)}, ${signed(high, points)}], ${metric.significant === true ? 'significant' : 'not significant'}`;
}

export function pValueCell(metric: EvaluatedMetric): string {
  if (metric.pValue === undefined) return '';
  return metric.pValue < 1e-4 ? '< 0.0001' : String(Number(metric.pValue.toPrecision(2)));
}
