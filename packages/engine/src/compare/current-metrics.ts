import type { MetricMap } from '../metrics/metric-collector.js';
import { expandFilePatterns } from '../file-patterns.js';
import { loadMetricsFiles } from '../metrics/metrics-loader.js';
import type { MetricsWork } from '../plan/run-plan.js';

/** The current side of a comparison: the metrics files the plan names, expanded and read. */
export interface CurrentMetrics {
  /** After glob expansion, as given (relative to the working directory unless absolute). */
  readonly files: readonly string[];
  readonly metrics: MetricMap;
}

export async function loadCurrentMetrics(work: MetricsWork, cwd: string): Promise<CurrentMetrics> {
  const files = await expandFilePatterns(work.files, cwd, work.filesFrom);
  return { files, metrics: await loadMetricsFiles(files, { cwd, namespace: work.namespace }) };
}
