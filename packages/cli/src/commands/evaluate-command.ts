import path from 'node:path';
import {
  CLASSIFICATION_METRICS,
  DEFAULT_SEED,
  MAX_RESAMPLES,
  MetricPolicy,
  REGRESSION_METRICS,
  UserError,
  commentMarkdown,
  displayPath,
  evaluateWithBaseline,
  measurePredictions,
  sideOf,
  sideShape,
  findConfig,
  gate,
  readPredictions,
  renderReportText,
  writeReportFile,
} from '@mlgate/engine';
import type {
  MeasuredSide,
  Average,
  EvaluationTask,
  MetricSpec,
  PredictionColumnNames,
  PredictionMetric,
  PredictionSide,
} from '@mlgate/engine';
import { choiceOption } from '../argument-parser.js';
import type { CommandArgs, CommandSpec } from '../argument-parser.js';
import { defineCommand } from '../cli-io.js';
import type { CliIo } from '../cli-io.js';
import { CONFIG_OPTION } from '../cli-plan.js';
import {
  FAIL_ON_OPTION,
  OUTPUT_OPTIONS,
  REPORT_OPTION,
  failOnOption,
  outputFormat,
  reportTarget,
} from '../output-options.js';

const TASKS = ['classification', 'regression'] as const;
const AVERAGES = ['macro', 'micro', 'weighted', 'binary'] as const;
const ALL_METRICS = [...CLASSIFICATION_METRICS, ...REGRESSION_METRICS] as const;

const SPEC = {
  name: 'evaluate',
  synopsis: '--predictions <file> [--baseline-predictions <file>] [options]',
  summary: `Computes metrics from per-example predictions (CSV, JSON Lines, Parquet; kind mlgate/evaluation@1),
equal to scikit-learn's. With baseline predictions, joins the two by id and gives each metric's change a
paired bootstrap interval (and McNemar's exact p-value for accuracy); a rule with significance: {alpha} in
mlgate.yml fails only when the whole interval lies beyond its tolerance. Column names: evaluate: in mlgate.yml.`,
  options: {
    predictions: { type: 'string', value: '<file>', description: 'the current predictions' },
    'baseline-predictions': {
      type: 'string',
      value: '<file>',
      description: 'the baseline predictions, joined by id',
    },
    task: { type: 'string', value: '<task>', description: 'classification (default) | regression' },
    metrics: {
      type: 'string',
      value: '<a,b,…>',
      description: `some of ${ALL_METRICS.join(', ')} (default: every metric the task and columns allow)`,
    },
    average: {
      type: 'string',
      value: '<average>',
      description: `${AVERAGES.join(' | ')} for precision, recall, f1 (default: binary for two classes, else macro)`,
    },
    slices: {
      type: 'string',
      value: '<col,…>',
      description: 'columns to compute every metric per value of (slice.<col>=<value>.<metric>)',
    },
    config: CONFIG_OPTION,
    seed: { type: 'string', value: '<n>', description: `the bootstrap's seed (default ${DEFAULT_SEED})` },
    resamples: {
      type: 'string',
      value: '<n>',
      description: 'bootstrap resamples where no rule sets its own (default 1000)',
    },
    'fail-on': FAIL_ON_OPTION,
    report: REPORT_OPTION,
    ...OUTPUT_OPTIONS,
  },
  epilog:
    'exit status: 0 passed (or a verdict --fail-on lets through); 1 the verdict failed; 2 bad usage, config or input; 3 internal error',
} as const satisfies CommandSpec;

function wholeNumber(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < min || number > max)
    throw new UserError(
      `--${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`,
    );
  return number;
}

function commaList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((item) => item.trim());
  return items.filter((item) => item !== '');
}

function metricList(value: string | undefined): PredictionMetric[] | undefined {
  const items = commaList(value);
  if (items === undefined) return undefined;
  if (items.length === 0) throw new UserError('--metrics names no metric');
  for (const item of items)
    if (!(ALL_METRICS as readonly string[]).includes(item))
      throw new UserError(
        `--metrics: unknown metric ${JSON.stringify(item)}; expected some of ${ALL_METRICS.join(', ')}`,
      );
  return [...new Set(items)] as PredictionMetric[];
}

/** Without --metrics: every metric the task has, roc_auc and log_loss only when there are scores. */
function defaultMetrics(side: PredictionSide | MeasuredSide): PredictionMetric[] {
  const shape = sideShape(side);
  if (shape.task === 'regression') return [...REGRESSION_METRICS];
  return shape.hasScores
    ? [...CLASSIFICATION_METRICS]
    : CLASSIFICATION_METRICS.filter((metric) => metric !== 'roc_auc' && metric !== 'log_loss');
}

async function run({ values }: CommandArgs<typeof SPEC>, io: CliIo): Promise<number> {
  const output = outputFormat(values);
  const failOn = failOnOption(values['fail-on']) ?? 'fail';
  if (values.predictions === undefined) throw new UserError('give --predictions <file>');
  const task: EvaluationTask = choiceOption('task', values.task, TASKS) ?? 'classification';
  const average = choiceOption<Average>('average', values.average, AVERAGES);
  const metrics = metricList(values.metrics);
  const slices = commaList(values.slices) ?? [];
  const seed = wholeNumber('seed', values.seed, 0, 2 ** 31 - 1) ?? DEFAULT_SEED;
  const resamples = wholeNumber('resamples', values.resamples, 1, MAX_RESAMPLES);
  const baselineArg = values['baseline-predictions'];
  const inputs = [values.predictions, ...(baselineArg !== undefined ? [baselineArg] : [])];
  const target = await reportTarget(io.cwd, values.report, inputs);
  const config = await findConfig(io.cwd, values.config);
  const columns: Partial<PredictionColumnNames> = config?.evaluate?.columns ?? {};

  const read = async (file: string): Promise<PredictionSide> => {
    const shownAs = displayPath(io.cwd, file);
    const read = await readPredictions(path.resolve(io.cwd, file), shownAs, { task, columns, slices });
    return { file: shownAs, columns: read.columns, slices: read.slices };
  };
  // Alone, the current file is streamed where it can be: nothing pairs its rows with others.
  const measure = async (file: string): Promise<PredictionSide | MeasuredSide> => {
    const shownAs = displayPath(io.cwd, file);
    return sideOf(
      shownAs,
      await measurePredictions(path.resolve(io.cwd, file), shownAs, {
        task,
        columns,
        slices,
        ...(metrics !== undefined ? { metrics } : {}),
      }),
    );
  };
  const sides =
    baselineArg !== undefined
      ? { current: await read(values.predictions), baseline: await read(baselineArg) }
      : { current: await measure(values.predictions) };
  const shape = sideShape(sides.current);
  const spec: MetricSpec = {
    metrics: metrics ?? defaultMetrics(sides.current),
    average: average ?? (shape.classes === 2 ? 'binary' : 'macro'),
  };
  const report = evaluateWithBaseline({
    ...sides,
    spec,
    policy: config?.metrics.policy ?? MetricPolicy.builtin(),
    subject: {},
    createdAt: new Date().toISOString(),
    seed,
    ...(resamples !== undefined ? { resamples } : {}),
  });
  if (target !== undefined) await writeReportFile(path.dirname(target), path.basename(target), report);
  const decided = gate([report], failOn);
  if (output === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (output === 'markdown') io.stdout(commentMarkdown([report], { now: new Date() }));
  else io.stdout(renderReportText([report], decided));
  return decided.exitCode;
}

export const evaluateCommand = defineCommand(
  SPEC,
  'computes metrics from predictions and judges their change against baseline predictions (kind mlgate/evaluation@1)',
  run,
);
