import { lstat } from 'node:fs/promises';
import path from 'node:path';
import {
  DEFAULT_CONFIG_FILE,
  UserError,
  combineMetricsFiles,
  isUserError,
  readMetricsFile,
} from '@mlgate/engine';
import type { MetricsFile } from '@mlgate/engine';
import type { CommandArgs, CommandSpec } from '../argument-parser.js';
import { defineCommand } from '../cli-io.js';
import type { CliIo } from '../cli-io.js';
import { findProjectFiles } from '../init/project-files.js';
import { checkFolders, writeProjectFiles } from '../init/project-writes.js';
import { starterConfigText } from '../init/starter-config.js';
import type { StarterMetrics } from '../init/starter-config.js';
import { starterDatasets } from '../init/starter-datasets.js';
import { sortDataFiles } from '../init/starter-predictions.js';
import { MAIN_WORKFLOW, PULL_REQUEST_WORKFLOW, starterWorkflows } from '../init/starter-workflow.js';

const SPEC = {
  name: 'init',
  synopsis: '[--data <globs…>] [--metrics <globs…>] [--force] [--dry-run] [--json]',
  summary: `Starts mlgate in the repository in the current folder: finds its data files (CSV, TSV, JSON Lines, Parquet,
Arrow) and metrics files (JSON or YAML named like metrics*.json), infers a Table Schema for each dataset (the
files of one folder and format that share their columns), tells a per-example predictions file (columns id,
label, and prediction or score) from data and judges it against main's (evaluate:), and writes mlgate.yml, the schemas under schemas/
(<dataset>.schema.json, one place to review, away from data folders that are often generated or ignored) and
the workflows .github/workflows/pull-request.yml (the gate) and main.yml (the baseline, on pushes to main).
It never replaces a file without --force.`,
  options: {
    data: {
      type: 'string',
      list: true,
      value: '<globs>',
      description:
        'data files or globs (default: search the repository, skipping hidden folders, node_modules and dist)',
    },
    metrics: {
      type: 'string',
      list: true,
      value: '<globs>',
      description: 'metrics files or globs (default: search for metrics*.json, *_metrics.yaml, …)',
    },
    force: { type: 'boolean', description: 'replace files that already exist' },
    'dry-run': { type: 'boolean', description: 'print the files it would write, and write nothing' },
    json: { type: 'boolean', description: 'print what it wrote (or would write) as JSON' },
  },
  epilog: `mlgate.yml starts with a yaml-language-server $schema line (the published schema at the action's
major tag), so editors complete and check its keys. Then: npx mlgate validate; npx mlgate compare.

exit status: 0 written; 2 bad usage, nothing found, or a file that exists (nothing is written then); 3 internal error`,
} as const satisfies CommandSpec;

interface PlannedFile {
  readonly path: string;
  readonly what: string;
  readonly text: string;
}

/** Reads each metrics file found; one that is not a metrics file (`metrics-schema.yaml` of a tool) is skipped. */
async function starterMetrics(
  cwd: string,
  files: readonly string[],
  skipped: { file: string; reason: string }[],
): Promise<StarterMetrics | undefined> {
  const read: MetricsFile[] = [];
  for (const file of files) {
    try {
      read.push(await readMetricsFile(file, cwd));
    } catch (error) {
      if (!isUserError(error)) throw error;
      skipped.push({ file, reason: error.message });
    }
  }
  if (read.length === 0) return undefined;
  const names = [...combineMetricsFiles(read, 'auto').keys()];
  return { files: read.map((f) => f.file), names };
}

/** Files that are already there: all are named at once, so one run says everything --force would replace. */
async function existing(cwd: string, files: readonly PlannedFile[], force: boolean): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) {
    const stat = await lstat(path.join(cwd, file.path)).catch(() => undefined);
    if (stat === undefined) continue;
    if (!stat.isFile()) throw new UserError(`${file.path} exists and is not a file; move it away first`);
    found.push(file.path);
  }
  if (found.length > 0 && !force) {
    throw new UserError(
      `${found.join(', ')} already exist${found.length === 1 ? 's' : ''}: nothing was written (--force replaces them)`,
    );
  }
  return found;
}

function nextSteps(hasData: boolean, hasMetrics: boolean, predictions: string | undefined): string[] {
  const judged = hasMetrics || predictions !== undefined;
  const checks = [
    'npx mlgate validate',
    ...(hasMetrics ? ['npx mlgate compare --baseline <older metrics file>'] : []),
    ...(predictions !== undefined
      ? [`npx mlgate evaluate --predictions ${predictions} --baseline-predictions <older predictions>`]
      : []),
  ];
  return [
    ...(hasData
      ? [
          'schemas/*.schema.json: add what inference cannot know: ranges (minimum, maximum), allowed values (enum), unique keys, patterns',
        ]
      : []),
    ...(judged
      ? [
          'mlgate.yml metrics.rules: check each direction guessed from a name, and set tolerances (0 fails any move the wrong way)',
          `${PULL_REQUEST_WORKFLOW} and ${MAIN_WORKFLOW}: add the steps that train and write the metrics${predictions !== undefined ? ' and predictions' : ''} files, before the mlgate step`,
        ]
      : []),
    `${MAIN_WORKFLOW}: change branches: [main] if your default branch has another name`,
    `check it here: ${checks.join('; ')}`,
  ];
}

async function run({ values }: CommandArgs<typeof SPEC>, io: CliIo): Promise<number> {
  const found = await findProjectFiles(io.cwd, { data: values.data, metrics: values.metrics });
  const inferred = await starterDatasets(io.cwd, found.data);
  const { datasets, predictions, notes } = sortDataFiles(inferred.datasets);
  const skipped = inferred.skipped;
  const skippedAll = [...skipped];
  const metrics = await starterMetrics(io.cwd, found.metrics, skippedAll);
  for (const { file, reason } of skippedAll) io.stderr(`mlgate init: skipped ${file}: ${reason}\n`);
  if (found.truncated !== undefined) io.stderr(`mlgate init: ${found.truncated}\n`);
  for (const note of notes) io.stderr(`mlgate init: ${note}\n`);
  if (datasets.length === 0 && metrics === undefined && predictions === undefined) {
    throw new UserError(
      'found no data files (csv, tsv, jsonl, parquet, arrow) or metrics files (metrics*.json, metrics*.yaml) to start from; name them with --data and --metrics',
    );
  }

  const files: PlannedFile[] = [
    {
      path: DEFAULT_CONFIG_FILE,
      what: 'the config',
      text: starterConfigText(datasets, metrics, predictions),
    },
    ...datasets.map((dataset) => ({
      path: dataset.schemaPath,
      what: `dataset ${dataset.name}: ${dataset.files.length} ${dataset.format} file${dataset.files.length === 1 ? '' : 's'}, ${dataset.schema.fields.length} columns`,
      text: `${JSON.stringify(dataset.schema, null, 2)}\n`,
    })),
    ...starterWorkflows(metrics !== undefined || predictions !== undefined),
  ];
  const dryRun = values['dry-run'] === true;
  await checkFolders(io.cwd, files);
  const replaced = await existing(io.cwd, files, values.force === true);
  if (!dryRun) await writeProjectFiles(io.cwd, files);
  const next = nextSteps(datasets.length > 0, metrics !== undefined, predictions?.file);
  if (values.json === true) {
    const listed = files.map((file) => ({
      path: file.path,
      what: file.what,
      replaced: replaced.includes(file.path),
      ...(dryRun ? { text: file.text } : {}),
    }));
    io.stdout(`${JSON.stringify({ dryRun, files: listed, skipped: skippedAll, next }, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...files.map((file) => file.path.length));
  const lines = files.map(
    (file) =>
      `  ${file.path.padEnd(width)}  ${file.what}${replaced.includes(file.path) ? ' (replaced)' : ''}`,
  );
  const head = dryRun
    ? `mlgate init: would write ${files.length} files (--dry-run: nothing was written)`
    : `mlgate init: wrote ${files.length} files`;
  const bodies = dryRun ? files.map((file) => `\n--- ${file.path}\n${file.text}`) : [];
  io.stdout(
    `${head}\n${lines.join('\n')}\n${bodies.join('')}\nwhat to edit next:\n${next.map((line) => `  - ${line}\n`).join('')}`,
  );
  return 0;
}

export const initCommand = defineCommand(
  SPEC,
  'start mlgate in a repository: mlgate.yml, inferred schemas and the workflows',
  run,
);
