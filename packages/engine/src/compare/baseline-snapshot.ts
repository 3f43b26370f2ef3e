import path from 'node:path';
import type { LoadedMetric, MetricMap } from '../metrics/metric-collector.js';
import { MAX_METRICS_BYTES, parseMetricsText } from '../metrics/metrics-loader.js';
import type { MetricValue } from '../metrics/metric-value.js';
import { MLGATE_VERSION } from '../report/report-subject.js';
import { UserError } from '../user-error.js';
import { readUserText } from '../user-file.js';
import type { BaselineProvenance } from './baseline-provenance.js';
import type { BaselineMetrics } from './metrics-comparison.js';

export const BASELINE_SNAPSHOT_KIND = 'mlgate/baseline@1';

type SnapshotValue = number | string | boolean | null;

/**
 * What a baseline store saves: the flattened metrics of a default-branch run with where they came from, as
 * plain JSON (NaN and the infinities as the strings "NaN", "Infinity", "-Infinity", which read back as
 * themselves). `data` carries opaque extras such as validate-data's fingerprints.
 */
export interface BaselineSnapshot {
  readonly kind: typeof BASELINE_SNAPSHOT_KIND;
  readonly mlgateVersion: string;
  readonly provenance: Exclude<BaselineProvenance, { source: 'none' }>;
  readonly metrics: Readonly<Record<string, SnapshotValue>>;
  readonly data?: unknown;
}

function snapshotValue(value: MetricValue): SnapshotValue {
  switch (value.type) {
    case 'number':
    case 'text':
    case 'boolean':
      return value.value;
    case 'nan':
      return 'NaN';
    case 'infinity':
      return value.sign > 0 ? 'Infinity' : '-Infinity';
    case 'null':
      return null;
  }
}

export function createBaselineSnapshot(
  metrics: MetricMap,
  provenance: BaselineSnapshot['provenance'],
  data?: unknown,
): BaselineSnapshot {
  const values: Record<string, SnapshotValue> = {};
  for (const [name, metric] of metrics) values[name] = snapshotValue(metric.value);
  return {
    kind: BASELINE_SNAPSHOT_KIND,
    mlgateVersion: MLGATE_VERSION,
    provenance,
    metrics: values,
    ...(data !== undefined ? { data } : {}),
  };
}

const SNAPSHOT_MARKER = `"${BASELINE_SNAPSHOT_KIND}"`;

/**
 * Reads a baseline file: a snapshot (its own provenance) or any metrics file (provenance `file`). A store that
 * knows more (the commit a git ref resolved to) parses the text with parseBaselineText and states its own.
 */
export async function readBaselineFile(file: string, cwd: string): Promise<BaselineMetrics> {
  return parseBaselineText(
    await readUserText(file, { what: 'baseline file', cwd, maxBytes: MAX_METRICS_BYTES }),
    file,
  );
}

export function parseBaselineText(text: string, file: string): BaselineMetrics {
  const metrics = parseMetricsText(text, file);
  if (path.extname(file).toLowerCase() !== '.json' || !text.includes(SNAPSHOT_MARKER)) {
    return { provenance: { source: 'file', path: file }, metrics };
  }
  const kind = metrics.get('kind');
  if (kind?.value.type !== 'text' || kind.value.value !== BASELINE_SNAPSHOT_KIND) {
    return { provenance: { source: 'file', path: file }, metrics };
  }
  // The snapshot is valid JSON (it is written with JSON.stringify), so its header parses plainly.
  const snapshot = JSON.parse(text) as Partial<BaselineSnapshot>;
  const provenance = snapshot.provenance;
  if (typeof provenance !== 'object' || provenance === null || typeof provenance.source !== 'string') {
    throw new UserError(`a ${BASELINE_SNAPSHOT_KIND} file without a provenance`, { file });
  }
  const prefix = 'metrics.';
  const values = new Map<string, LoadedMetric>();
  for (const [name, metric] of metrics) {
    if (name.startsWith(prefix)) {
      const metricName = name.slice(prefix.length);
      values.set(metricName, { ...metric, name: metricName });
    }
  }
  return { provenance, metrics: values };
}
