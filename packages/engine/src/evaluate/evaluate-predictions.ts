import { additiveMetrics } from './additive-metrics.js';
import type { AdditiveMetric, MetricSpec, PredictionColumns } from './prediction-metrics.js';
import type { SliceColumn } from './prediction-slices.js';
import { rowsByValue, sliceMetricName } from './prediction-slices.js';

/** Metric values by name: `accuracy`, …, and `slice.<column>=<value>.<metric>` per slice value. */
export type MetricValues = Record<string, number>;

/**
 * Every metric of the spec on the whole predictions, then on the rows of each value of each slice column.
 * Pure. Values are the point estimates (`exact()` where the additive form approximates); NaN where a metric
 * is undefined on those rows (roc_auc on a slice with one class), where scikit-learn raises.
 */
export function evaluate(
  columns: PredictionColumns,
  spec: MetricSpec,
  slices: readonly SliceColumn[] = [],
): MetricValues {
  const values: MetricValues = {};
  for (const metric of additiveMetrics(columns, spec))
    values[metric.name] = pointValue(metric, undefined, columns);
  for (const slice of slices) {
    rowsByValue(slice).forEach((rows, code) => {
      for (const metric of additiveMetrics(columns, spec, rows))
        values[sliceMetricName(slice.name, slice.values[code]!, metric.name)] = pointValue(
          metric,
          rows,
          columns,
        );
    });
  }
  return values;
}

/** A metric's point estimate on `rows` (all when undefined): exact() if it has one, else every row at weight 1. */
export function pointValue(
  metric: AdditiveMetric,
  rows: Int32Array | undefined,
  columns: PredictionColumns,
): number {
  if (metric.exact) return metric.exact();
  const stats = new Float64Array(metric.size);
  if (rows === undefined) for (let row = 0; row < columns.label.length; row++) metric.add(row, 1, stats, 0);
  else for (const row of rows) metric.add(row, 1, stats, 0);
  return metric.value(stats, 0);
}
