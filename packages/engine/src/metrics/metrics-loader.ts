import path from 'node:path';
import { UserError } from '../user-error.js';
import { readUserText } from '../user-file.js';
import { readDelimitedMetrics } from './delimited-metrics-reader.js';
import { readJsonMetrics } from './json-metrics-reader.js';
import type { LoadedMetric, MetricMap } from './metric-collector.js';
import { readYamlMetrics } from './yaml-metrics-reader.js';

/**
 * How metrics from several files are named:
 * - `auto` (default): one file, or several whose names never collide, keep their names; if any name is in
 *   two files, every metric of every file is prefixed with its file's stem (`eval.json` → `eval.accuracy`).
 *   Adding a colliding name therefore renames everything: set `stem` when files may overlap.
 * - `stem`: always prefix with the file's stem (basename without its last extension), even for one file.
 * - `none`: never prefix; a name in two files is an error naming both.
 * Two files with the same stem are an error under `stem`, and under `auto` when prefixing applies.
 */
export type NamespaceMode = 'auto' | 'stem' | 'none';
export const NAMESPACE_MODES: readonly NamespaceMode[] = ['auto', 'stem', 'none'];

export interface MetricsFile {
  /** The path as the user gave it (shown in messages and in the report). */
  readonly file: string;
  readonly metrics: MetricMap;
}

/**
 * Metrics files hold thousands of values at most (a 200,000-metric file is 3 MiB); a larger file is a mistake
 * or an attack, and every metric of it is held in memory, with its name and place, several times over.
 */
export const MAX_METRICS_BYTES = 64 * 1024 * 1024;

export const METRICS_EXTENSIONS = ['.json', '.yaml', '.yml', '.csv', '.tsv'] as const;

/** Parses one metrics file's text, choosing the reader by extension. */
export function parseMetricsText(text: string, file: string): MetricMap {
  if (text.trim() === '') throw new UserError('the file is empty', { file, line: 1 });
  const extension = path.extname(file).toLowerCase();
  let metrics: MetricMap;
  switch (extension) {
    case '.json':
      metrics = readJsonMetrics(text, file);
      break;
    case '.yaml':
    case '.yml':
      metrics = readYamlMetrics(text, file);
      break;
    case '.csv':
      metrics = readDelimitedMetrics(text, file, ',');
      break;
    case '.tsv':
      metrics = readDelimitedMetrics(text, file, '\t');
      break;
    default:
      throw new UserError(
        `cannot tell the format of a '${extension || 'extensionless'}' file; use ${METRICS_EXTENSIONS.join(', ')}`,
        { file },
      );
  }
  if (metrics.size === 0) throw new UserError('the file holds no metrics', { file, line: 1 });
  return metrics;
}

/** Reads one metrics file; `file` is resolved against `cwd` and reported as given. */
export async function readMetricsFile(file: string, cwd: string): Promise<MetricsFile> {
  const text = await readUserText(file, { what: 'metrics file', cwd, maxBytes: MAX_METRICS_BYTES });
  return { file, metrics: parseMetricsText(text, file) };
}

export async function loadMetricsFiles(
  files: readonly string[],
  options: { readonly cwd: string; readonly namespace?: NamespaceMode },
): Promise<MetricMap> {
  const read = await Promise.all(files.map((file) => readMetricsFile(file, options.cwd)));
  return combineMetricsFiles(read, options.namespace ?? 'auto');
}

export function fileStem(file: string): string {
  const base = path.basename(file);
  const extension = path.extname(base);
  return extension === '' ? base : base.slice(0, -extension.length);
}

/** Merges several files' metrics under one naming rule (see NamespaceMode). */
export function combineMetricsFiles(files: readonly MetricsFile[], mode: NamespaceMode): MetricMap {
  if (files.length === 1 && mode !== 'stem') return files[0]!.metrics;
  if (mode === 'stem' || (mode === 'auto' && findCollision(files) !== undefined)) return prefixByStem(files);
  const collision = findCollision(files);
  if (collision !== undefined) {
    const [first, second] = collision;
    throw new UserError(
      `metric '${second.name}' is in both ${first.file} (line ${first.line}) and ${second.file} (line ${second.line}); ` +
        `set metrics.namespace to 'stem' or 'auto' to prefix each metric with its file's name`,
      { file: second.file, line: second.line },
    );
  }
  const merged = new Map<string, LoadedMetric>();
  for (const { metrics } of files) for (const [name, metric] of metrics) merged.set(name, metric);
  return merged;
}

function findCollision(files: readonly MetricsFile[]): [LoadedMetric, LoadedMetric] | undefined {
  const seen = new Map<string, LoadedMetric>();
  for (const { metrics } of files) {
    for (const [name, metric] of metrics) {
      const earlier = seen.get(name);
      if (earlier !== undefined) return [earlier, metric];
      seen.set(name, metric);
    }
  }
  return undefined;
}

function prefixByStem(files: readonly MetricsFile[]): MetricMap {
  const stems = new Map<string, string>();
  const merged = new Map<string, LoadedMetric>();
  for (const { file, metrics } of files) {
    const stem = fileStem(file);
    const other = stems.get(stem);
    if (other !== undefined) {
      throw new UserError(
        `${other} and ${file} have the same name '${stem}', so their metrics would share one prefix; rename one`,
        { file },
      );
    }
    stems.set(stem, file);
    for (const [name, metric] of metrics) {
      const prefixed = `${stem}.${name}`;
      merged.set(prefixed, { ...metric, name: prefixed });
    }
  }
  return merged;
}
