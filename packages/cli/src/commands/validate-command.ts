import path from 'node:path';
import {
  DATA_FORMATS,
  DEFAULT_EXAMPLES_PER_COLUMN,
  DEFAULT_MAX_ERRORS,
  UserError,
  commentMarkdown,
  findConfig,
  gate,
  planRun,
  renderReportText,
  reportFileName,
  validateDataset,
  writeReportFile,
  parseShard,
  shardSummary,
  validateShard,
  writePartial,
} from '@mlgate/engine';
import type { FormatChoice, ValidationReport } from '@mlgate/engine';
import { choiceOption, integerOption } from '../argument-parser.js';
import type { CommandArgs, CommandSpec } from '../argument-parser.js';
import { defineCommand } from '../cli-io.js';
import type { CliIo } from '../cli-io.js';
import { CONFIG_OPTION, cliInputNamer } from '../cli-plan.js';
import {
  FAIL_ON_OPTION,
  failOnOption,
  outputFormat,
  OUTPUT_OPTIONS,
  REPORT_OPTION,
  outputFolder,
  reportTarget,
} from '../output-options.js';

const SPEC = {
  name: 'validate',
  synopsis: '[--schema <file> <data files…>] [options]',
  summary:
    'Checks data files (CSV, TSV, JSONL, JSON, Parquet, Arrow) against a Table Schema or a JSON Schema for one row.\nWithout --schema and files, validates every dataset of mlgate.yml (datasets:), as the actions do.',
  positionals: '<data files…>',
  options: {
    schema: {
      type: 'string',
      value: '<file>',
      description: 'Table Schema (has "fields") or JSON Schema, as JSON or YAML',
    },
    config: CONFIG_OPTION,
    format: {
      type: 'string',
      value: '<format>',
      description: `auto (default: extension and magic bytes), ${DATA_FORMATS.join(', ')}; required to read a pipe or device (e.g. /dev/stdin)`,
    },
    delimiter: {
      type: 'string',
      value: '<char>',
      description: 'CSV delimiter (default: "," for csv, tab for tsv)',
    },
    'max-errors': {
      type: 'string',
      value: '<n>',
      description: `errors listed in the report and output (default: report.max-errors, else ${DEFAULT_MAX_ERRORS}); counts stay exact`,
    },
    'examples-per-column': {
      type: 'string',
      value: '<n>',
      description: `errors kept per column and file (default ${DEFAULT_EXAMPLES_PER_COLUMN})`,
    },
    workers: {
      type: 'string',
      value: '<n>',
      description: 'worker threads for large CSV files (default: available cores, at most 8)',
    },
    'fail-on': FAIL_ON_OPTION,
    report: { ...REPORT_OPTION, description: 'also write the JSON report to this file (one dataset)' },
    'report-dir': {
      type: 'string',
      value: '<dir>',
      description: 'write one JSON report per dataset here, as validation-<dataset>.json',
    },
    shard: {
      type: 'string',
      value: '<k>/<n>',
      description: 'validate only the k-th of n shards of the files (a matrix job); needs --partial',
    },
    partial: {
      type: 'string',
      value: '<file>',
      description: 'with --shard: write what this shard found here, for mlgate merge',
    },
    profile: {
      type: 'boolean',
      description:
        "with --shard: also profile the shard's data (sketches in the partial), for mlgate merge --profile",
    },
    ...OUTPUT_OPTIONS,
  },
  epilog: `With several datasets, --json prints an array of reports.

A run split across n jobs: each runs validate --shard k/n --partial shard-k.json (whole files balanced by size;
with fewer files than jobs, Parquet row groups, Arrow record batches and CSV, TSV and JSON Lines byte ranges of
whole records are split, and key hashes go to shard-k.json.keys beside it), then mlgate merge shard-*.json gives
the report the whole run would have given.
A shard exits 0 once its partial is written (errors are the merge's to judge), 2 on unusable input.

exit status: 0 valid; 1 the data broke the schema; 2 bad usage, schema, config or unreadable input; 3 internal error`,
} as const satisfies CommandSpec;

function delimiterOf(value: string | undefined): string | undefined {
  const unescaped = value === '\\t' ? '\t' : value;
  if (
    unescaped !== undefined &&
    (unescaped.length !== 1 || unescaped.charCodeAt(0) > 127 || /["\r\n]/.test(unescaped))
  ) {
    throw new UserError('--delimiter must be one ASCII character other than a quote or a newline');
  }
  return unescaped;
}

async function run({ values, positionals }: CommandArgs<typeof SPEC>, io: CliIo): Promise<number> {
  const format = outputFormat(values);
  const delimiter = delimiterOf(values.delimiter);
  const workers = values.workers === undefined ? undefined : integerOption('workers', values.workers, 1, 1);
  const examplesPerColumn = integerOption(
    'examples-per-column',
    values['examples-per-column'],
    1,
    DEFAULT_EXAMPLES_PER_COLUMN,
  );
  if (positionals.length > 0 && values.schema === undefined) {
    throw new UserError('--schema <file> is required with data files');
  }
  if (positionals.length === 0 && values.schema !== undefined) {
    throw new UserError('--schema needs at least one data file');
  }
  const config = await findConfig(io.cwd, values.config);
  const plan = planRun(
    config,
    {
      schema: values.schema,
      data: positionals,
      format: choiceOption<FormatChoice>('format', values.format, ['auto', ...DATA_FORMATS]),
      maxErrors:
        values['max-errors'] === undefined
          ? undefined
          : integerOption('max-errors', values['max-errors'], 0, 0),
      failOn: failOnOption(values['fail-on']),
    },
    cliInputNamer,
  );
  if (plan.datasets.length === 0) {
    throw new UserError('nothing to validate: give --schema and data files, or datasets: in mlgate.yml');
  }
  if (values.report !== undefined && plan.datasets.length > 1) {
    throw new UserError(
      `--report takes one dataset; mlgate.yml has ${plan.datasets.length}: use --report-dir`,
    );
  }
  const inputs = plan.datasets.flatMap((dataset) => [dataset.schema, ...dataset.data]);
  if ((values.shard === undefined) !== (values.partial === undefined))
    throw new UserError('--shard <k>/<n> and --partial <file> go together');
  if (values.profile === true && values.shard === undefined)
    throw new UserError('--profile goes with --shard (to profile a whole run: mlgate profile)');
  if (values.shard !== undefined) {
    if (values.report !== undefined || values['report-dir'] !== undefined)
      throw new UserError('a shard writes a partial (--partial), not reports: mlgate merge writes those');
    const shard = parseShard(values.shard);
    const partialTarget = (await reportTarget(io.cwd, values.partial, inputs))!;
    // The keys file goes beside the partial: it must not overwrite an input either.
    await reportTarget(io.cwd, `${partialTarget}.keys`, inputs);
    const run = await validateShard(
      plan.datasets.map((dataset) => ({
        name: dataset.name,
        cwd: io.cwd,
        schema: dataset.schema,
        data: dataset.data,
        dataFrom: dataset.dataFrom,
        format: dataset.format,
        maxErrors: plan.report.maxErrors,
        examplesPerColumn,
        ...(workers !== undefined ? { workers } : {}),
        ...(delimiter !== undefined ? { delimiter } : {}),
      })),
      shard,
      {},
      { profile: values.profile === true },
    );
    const { datasets } = (await writePartial(partialTarget, run)).partial;
    for (const dataset of datasets)
      io.stdout(`shard ${shard.index}/${shard.count}, dataset ${dataset.name}: ${shardSummary(dataset)}\n`);
    io.stdout(`partial written to ${values.partial}: merge every shard's with mlgate merge\n`);
    return 0;
  }
  const target = await reportTarget(io.cwd, values.report, inputs);
  const reportDir = await outputFolder(io.cwd, '--report-dir', values['report-dir']);

  const reports: ValidationReport[] = [];
  for (const dataset of plan.datasets) {
    reports.push(
      await validateDataset({
        cwd: io.cwd,
        schema: dataset.schema,
        data: dataset.data,
        dataFrom: dataset.dataFrom,
        format: dataset.format,
        maxErrors: plan.report.maxErrors,
        examplesPerColumn,
        ...(workers !== undefined ? { workers } : {}),
        ...(delimiter !== undefined ? { delimiter } : {}),
      }),
    );
  }
  if (target !== undefined) await writeReportFile(path.dirname(target), path.basename(target), reports[0]!);
  if (reportDir !== undefined) {
    for (const [index, report] of reports.entries()) {
      await writeReportFile(reportDir, reportFileName('validation', plan.datasets[index]!.name), report);
    }
  }
  const verdict = gate(reports, plan.failOn);
  if (format === 'json') {
    io.stdout(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
  } else if (format === 'markdown') {
    io.stdout(commentMarkdown(reports, { now: new Date() }));
  } else {
    io.stdout(renderReportText(reports, verdict));
  }
  return verdict.exitCode;
}

export const validateCommand = defineCommand(
  SPEC,
  'check data files against a Table Schema or JSON Schema (or the datasets of mlgate.yml)',
  run,
);
