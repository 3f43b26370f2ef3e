import type { MetricComparison } from '../compare/comparison-report.js';
import { deltaOf, judgeMetric } from '../compare/metric-judgement.js';
import type { MetricValue } from '../metrics/metric-value.js';
import { BUILTIN_RULE } from '../policy/metric-policy.js';
import type { ModelManifest } from './model-manifest.js';

/** A release's metrics by name; a name in two comparisons keeps its first value (manifest order). */
export function releaseMetrics(manifest: ModelManifest): ReadonlyMap<string, MetricValue> {
  const values = new Map<string, MetricValue>();
  for (const group of manifest.metrics) {
    for (const metric of group.metrics) if (!values.has(metric.name)) values.set(metric.name, metric.value);
  }
  return values;
}

/**
 * This release's metrics against the previous release of the same model, as comparison rows, so the card
 * shows them with the comparison's own cells (render/comparison-rows.ts). The rows are judged by the built-in
 * rule, which has no direction: the gate judged the change against its baseline already, and the card only
 * shows how the releases differ. Rows: this release's metrics in order, then those only the previous had.
 */
export function compareReleases(current: ModelManifest, previous: ModelManifest): MetricComparison[] {
  const now = releaseMetrics(current);
  const before = releaseMetrics(previous);
  const row = (name: string, baseline: MetricValue | null, value: MetricValue | null): MetricComparison => {
    const judgement = judgeMetric(BUILTIN_RULE, baseline, value);
    return {
      name,
      baseline,
      current: value,
      delta: deltaOf(baseline, value),
      verdict: judgement.verdict,
      reason: judgement.reason,
      rule: BUILTIN_RULE.origin,
    };
  };
  return [
    ...[...now].map(([name, value]) => row(name, before.get(name) ?? null, value)),
    ...[...before].filter(([name]) => !now.has(name)).map(([name, value]) => row(name, value, null)),
  ];
}
