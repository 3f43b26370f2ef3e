import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { UserError, expandFilePatterns } from '@mlgate/engine';

/** The formats a dataset of mlgate.yml takes (`datasets[].format`); a `.json` file is more often config than data. */
export type DatasetFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet' | 'arrow';

const DATASET_EXTENSIONS: Readonly<Record<string, DatasetFormat>> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.parquet': 'parquet',
  '.pq': 'parquet',
  '.arrow': 'arrow',
  '.feather': 'arrow',
};

/** Folders a repository keeps that are never its own data: dependencies, history, build output. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', '__pycache__', 'venv']);

/** Bounds on the walk, so `init` in a home folder or a monorepo answers in seconds, and says it stopped. */
export const SCAN_LIMITS = { entries: 20_000, depth: 8, dataFiles: 100, metricsFiles: 20 } as const;

export interface DataFile {
  /** Relative to the project, with `/` separators: what mlgate.yml names. */
  readonly path: string;
  readonly format: DatasetFormat;
}

export interface ProjectFiles {
  readonly data: readonly DataFile[];
  readonly metrics: readonly string[];
  /** Why the search stopped early, when it did. */
  readonly truncated?: string;
}

export function datasetFormatOf(file: string): DatasetFormat | undefined {
  return DATASET_EXTENSIONS[path.extname(file).toLowerCase()];
}

/** `metrics.json`, `eval_metrics.yaml`, `metrics-val.yml`: JSON or YAML with `metrics` as a word of its name. */
export function isMetricsFileName(file: string): boolean {
  const base = path.basename(file).toLowerCase();
  return !base.endsWith('.schema.json') && /(^|[._-])metrics([._-][^/]*)?\.(json|ya?ml)$/.test(base);
}

function posix(file: string): string {
  return file.split(path.sep).join('/');
}

/**
 * Walks the project breadth-first (shallow files first), skipping hidden folders, dependencies and build
 * output, and not following symbolic links (a link loop cannot trap it). Stops at SCAN_LIMITS.
 */
async function walk(cwd: string): Promise<{ files: string[]; truncated?: string }> {
  const files: string[] = [];
  let queue: string[] = [''];
  let entries = 0;
  for (let depth = 0; queue.length > 0; depth++) {
    if (depth > SCAN_LIMITS.depth)
      return { files, truncated: `folders deeper than ${SCAN_LIMITS.depth} levels were not searched` };
    const next: string[] = [];
    for (const folder of queue) {
      const listing = await readdir(path.join(cwd, folder), { withFileTypes: true }).catch(() => []);
      listing.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of listing) {
        if (++entries > SCAN_LIMITS.entries)
          return { files, truncated: `the search stopped after ${SCAN_LIMITS.entries} entries` };
        const relative = folder === '' ? entry.name : `${folder}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) next.push(relative);
        } else if (entry.isFile()) files.push(relative);
      }
    }
    queue = next;
  }
  return { files };
}

/**
 * The data and metrics files of the project in `cwd`: the given globs (relative to `cwd`), or a bounded
 * search of the project when none are given.
 */
export async function findProjectFiles(
  cwd: string,
  globs: { readonly data: readonly string[]; readonly metrics: readonly string[] },
): Promise<ProjectFiles> {
  const searched = globs.data.length === 0 || globs.metrics.length === 0 ? await walk(cwd) : { files: [] };
  const dataPaths =
    globs.data.length > 0
      ? await expandFilePatterns(globs.data, cwd, '--data')
      : searched.files.filter((file) => datasetFormatOf(file) !== undefined);
  const metricsPaths =
    globs.metrics.length > 0
      ? await expandFilePatterns(globs.metrics, cwd, '--metrics')
      : searched.files.filter(isMetricsFileName);
  const data: DataFile[] = [];
  for (const file of dataPaths.map((given) => posix(path.relative(cwd, path.resolve(cwd, given))))) {
    const format = datasetFormatOf(file);
    if (format === undefined) {
      throw new UserError(
        `--data ${file}: not a data file a dataset takes (${Object.keys(DATASET_EXTENSIONS).join(', ')})`,
      );
    }
    data.push({ path: file, format });
  }
  const notes: string[] = [];
  if (searched.truncated !== undefined) notes.push(searched.truncated);
  if (data.length > SCAN_LIMITS.dataFiles)
    notes.push(`only the first ${SCAN_LIMITS.dataFiles} data files were kept`);
  if (metricsPaths.length > SCAN_LIMITS.metricsFiles)
    notes.push(`only the first ${SCAN_LIMITS.metricsFiles} metrics files were kept`);
  return {
    data: data.slice(0, SCAN_LIMITS.dataFiles),
    metrics: metricsPaths
      .slice(0, SCAN_LIMITS.metricsFiles)
      .map((given) => posix(path.relative(cwd, path.resolve(cwd, given)))),
    ...(notes.length > 0 ? { truncated: notes.join('; ') } : {}),
  };
}
