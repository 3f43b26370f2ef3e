import path from 'node:path';
import type { LoadedMetric, MetricMap } from '../metrics/metric-collector.js';
import { MAX_METRICS_BYTES, parseMetricsText } from '../metrics/metrics-loader.js';
import type { MetricValue } from '../metrics/metric-value.js';
import { MLGATE_VERSION } from '../report/report-subject.js';
import { UserError } from '../user-error.js';
import { readUserText } from '../user-file.js';
import type { BaselineProvenance } from './baseline-provenance.js';
import { extendHistory, historyJson, isCommitSha, readHistory } from './baseline-history.js';
import type { BaselineHistory } from './baseline-history.js';
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
  /** The last baselines' values, this one last (baseline-history.ts). Absent in snapshots before trends. */
  readonly history?: unknown;
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

/** What a new snapshot remembers: the previous baseline's history, kept to the newest `length`. */
export interface HistoryRequest {
  readonly previous: BaselineHistory | undefined;
  readonly length: number;
}

export function createBaselineSnapshot(
  metrics: MetricMap,
  provenance: BaselineSnapshot['provenance'],
  data?: unknown,
  history?: HistoryRequest,
): BaselineSnapshot {
  // Object.fromEntries defines own properties: a metric named `__proto__` stays a metric.
  const values = Object.fromEntries(
    [...metrics].map(([name, metric]) => [name, snapshotValue(metric.value)] as const),
  );
  const { commit, date } = provenance;
  return {
    kind: BASELINE_SNAPSHOT_KIND,
    mlgateVersion: MLGATE_VERSION,
    provenance,
    metrics: values,
    ...(data !== undefined ? { data } : {}),
    // A history needs a commit to label each point: a snapshot without one (a plain file) has none.
    ...(history !== undefined && commit !== undefined && date !== undefined
      ? { history: historyJson(extendHistory(history.previous, { commit, date, metrics }, history.length)) }
      : {}),
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
  return { provenance, metrics: values, history: snapshotHistory(snapshot, provenance, values, file) };
}

/**
 * The snapshot's history; a snapshot written before trends has none, and stands for a history of itself
 * alone (when it knows its commit), so the first save after an upgrade starts from it.
 */
function snapshotHistory(
  snapshot: Partial<BaselineSnapshot>,
  provenance: BaselineSnapshot['provenance'],
  metrics: MetricMap,
  file: string,
): BaselineHistory | undefined {
  if (snapshot.history !== undefined) return readHistory(snapshot.history, file);
  const { commit, date } = provenance;
  if (!isCommitSha(commit)) return undefined;
  return extendHistory(undefined, { commit, date: typeof date === 'string' ? date : '', metrics }, 1);
}
