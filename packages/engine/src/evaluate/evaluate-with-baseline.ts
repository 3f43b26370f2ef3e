import type { MetricVerdict } from '../compare/comparison-report.js';
import type { ReportVerdict } from '../gate/verdict.js';
import type { MetricPolicy, PolicyRule } from '../policy/metric-policy.js';
import { MLGATE_VERSION } from '../report/report-subject.js';
import type { ReportSubject } from '../report/report-subject.js';
import { joinById } from '../significance/id-join.js';
import type { IdJoin } from '../significance/id-join.js';
import { mcnemarExactPValue, pairedCorrectness } from '../significance/mcnemar-exact.js';
import {
  DEFAULT_ALPHA,
  DEFAULT_RESAMPLES,
  DEFAULT_SEED,
  pairedBootstrap,
} from '../significance/paired-bootstrap.js';
import type { MetricPair, PairedInterval } from '../significance/paired-bootstrap.js';
import { UserError } from '../user-error.js';
import { additiveMetrics, argmaxOf } from './additive-metrics.js';
import { evaluate } from './evaluate-predictions.js';
import type { MeasuredPredictions, StreamedPredictions } from './streamed-metrics.js';
import type { MetricSpec, PredictionColumns, PredictionMetric } from './prediction-metrics.js';
import { rowsByValue, sliceMetricName } from './prediction-slices.js';
import type { SliceColumn } from './prediction-slices.js';
import { judgeChange, judgeCurrentOnly } from './report/evaluation-judgement.js';
import { EVALUATION_REPORT_KIND } from './report/evaluation-report.js';
import type { EvaluatedMetric, EvaluationReport } from './report/evaluation-report.js';
import { countWords as plural } from '../count-words.js';

/** One side's predictions as read (prediction-reader.ts), with the name reports give its file. */
export interface PredictionSide {
  readonly file: string;
  readonly columns: PredictionColumns;
  readonly slices: readonly SliceColumn[];
}

/** A file measured without holding its rows (streamed-metrics.ts): its metrics, nothing to pair. */
export interface MeasuredSide {
  readonly file: string;
  readonly streamed: StreamedPredictions;
}

/** The side a measured read gives: streamed when it could be, else the whole columns. */
export function sideOf(file: string, measured: MeasuredPredictions): PredictionSide | MeasuredSide {
  return measured.kind === 'streamed'
    ? { file, streamed: measured.streamed }
    : { file, columns: measured.file.columns, slices: measured.file.slices };
}

/** Whether a side's predictions have scores (roc_auc and log_loss apply), and how many classes. */
export function sideShape(side: PredictionSide | MeasuredSide): {
  readonly task: 'classification' | 'regression';
  readonly rows: number;
  readonly classes: number;
  readonly hasScores: boolean;
} {
  if ('streamed' in side) {
    const { task, rows, classes, hasScores } = side.streamed;
    return { task, rows, classes: classes.length, hasScores };
  }
  const columns = side.columns;
  if (columns.task === 'regression')
    return { task: columns.task, rows: columns.ids.length, classes: 0, hasScores: false };
  return {
    task: columns.task,
    rows: columns.ids.length,
    classes: columns.classes.length,
    hasScores: columns.scores !== undefined,
  };
}

export type EvaluationInput = EvaluationSettings &
  (
    | { readonly current: PredictionSide; readonly baseline?: PredictionSide }
    | { readonly current: PredictionSide | MeasuredSide; readonly baseline?: undefined }
  );

interface EvaluationSettings {
  readonly spec: MetricSpec;
  readonly policy: MetricPolicy;
  readonly subject: ReportSubject;
  readonly createdAt: string;
  readonly seed?: number;
  /** Resamples for metrics whose rule does not set its own (default 1,000). */
  readonly resamples?: number;
}

/** Joined rows: the whole join, or the part of it in one slice. */
type JoinedRows = Pick<IdJoin, 'size' | 'baselineRows' | 'currentRows'>;

interface RowGroup extends JoinedRows {
  /** The metric's report name. */
  readonly nameOf: (metric: PredictionMetric) => string;
}

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

/**
 * The evaluation report: every metric (and every slice's) of the current predictions, and with baseline
 * predictions each metric's paired change over the rows both share (joined by id), its seeded bootstrap
 * interval, McNemar's exact p-value for accuracy, and the policy's verdict. Pure: the same inputs and seed
 * give the same report.
 */
export function evaluateWithBaseline(input: EvaluationInput): EvaluationReport {
  const { current, baseline, spec, policy } = input;
  const seed = input.seed ?? DEFAULT_SEED;
  const resamples = input.resamples ?? DEFAULT_RESAMPLES;
  let evaluated: EvaluatedMetric[];
  let join: IdJoin | undefined;
  if (baseline === undefined) evaluated = currentOnly(current, spec, policy);
  else
    ({ metrics: evaluated, join } = paired(
      baseline,
      current as PredictionSide,
      spec,
      policy,
      seed,
      resamples,
    ));
  const shape = sideShape(current);
  return {
    kind: EVALUATION_REPORT_KIND,
    mlgateVersion: MLGATE_VERSION,
    subject: input.subject,
    createdAt: input.createdAt,
    ...reportVerdict(evaluated, baseline !== undefined, join),
    task: shape.task,
    average: spec.average,
    files: { current: current.file, ...(baseline !== undefined ? { baseline: baseline.file } : {}) },
    rows: {
      current: shape.rows,
      ...(baseline !== undefined ? { baseline: baseline.columns.ids.length } : {}),
    },
    ...(join !== undefined
      ? {
          join: { matched: join.size, missing: join.missing, extra: join.extra },
          bootstrap: { seed, resamples },
        }
      : {}),
    metrics: evaluated,
  };
}

function ruleKey(rule: PolicyRule): { rule?: string } {
  return rule.origin.match === 'exact' || rule.origin.match === 'glob' ? { rule: rule.origin.pattern } : {};
}

function baseMetric(name: string): PredictionMetric {
  return name.slice(name.lastIndexOf('.') + 1) as PredictionMetric;
}

function currentOnly(
  current: PredictionSide | MeasuredSide,
  spec: MetricSpec,
  policy: MetricPolicy,
): EvaluatedMetric[] {
  const values =
    'streamed' in current ? current.streamed.values(spec) : evaluate(current.columns, spec, current.slices);
  return Object.entries(values).map(([name, value]): EvaluatedMetric => {
    const rule = policy.ruleFor(name);
    const judged = judgeCurrentOnly(rule, value);
    return {
      name,
      metric: baseMetric(name),
      current: finite(value),
      verdict: judged.verdict,
      reason: judged.reason,
      ...ruleKey(rule),
    };
  });
}

function paired(
  baseline: PredictionSide,
  current: PredictionSide,
  spec: MetricSpec,
  policy: MetricPolicy,
  seed: number,
  resamples: number,
): { metrics: EvaluatedMetric[]; join: IdJoin } {
  if (baseline.columns.task !== current.columns.task)
    throw new UserError(
      `${baseline.file} holds ${baseline.columns.task} predictions, ${current.file} ${current.columns.task} predictions`,
    );
  const join = joinById(baseline.columns.ids, current.columns.ids);
  if (join.size === 0)
    throw new UserError(
      `${current.file} and ${baseline.file} share no id: there are no examples to compare (the id column is configured in mlgate.yml evaluate.id)`,
    );
  const correct = accuracyNeeded(spec)
    ? { baseline: correctness(baseline.columns), current: correctness(current.columns) }
    : undefined;
  const metrics: EvaluatedMetric[] = [];
  for (const group of rowGroups(join, current.slices)) {
    if (group.size === 0) continue;
    const baselineMetrics = additiveMetrics(baseline.columns, spec, group.baselineRows);
    const currentMetrics = additiveMetrics(current.columns, spec, group.currentRows);
    const names = currentMetrics.map((metric) => group.nameOf(metric.name));
    const rules = names.map((name) => policy.ruleFor(name));
    const intervals = bootstrapByRule(
      baselineMetrics.map((metric, m) => ({ baseline: metric, current: currentMetrics[m]! })),
      rules,
      group,
      seed,
      resamples,
    );
    names.forEach((name, m) => {
      const interval = intervals[m]!;
      const rule = rules[m]!;
      const pValue =
        interval.name === 'accuracy' && correct !== undefined
          ? mcnemarExactPValue(pairedCorrectness(correct.baseline, correct.current, group))
          : undefined;
      const judged = judgeChange(rule, { ...interval, ...(pValue !== undefined ? { pValue } : {}) });
      metrics.push({
        name,
        metric: interval.name,
        baseline: finite(interval.baseline),
        current: finite(interval.current),
        delta: finite(interval.delta),
        ci: [finite(interval.ci[0]), finite(interval.ci[1])],
        alpha: rule.significance?.alpha ?? DEFAULT_ALPHA,
        ...(pValue !== undefined ? { pValue } : {}),
        significant: judged.significant,
        verdict: judged.verdict,
        reason: judged.reason,
        ...ruleKey(rule),
        ...(judged.bySignificance ? { bySignificance: true } : {}),
      });
    });
  }
  return { metrics, join };
}

/**
 * One bootstrap per (alpha, resamples) the rules ask for. The random stream depends only on the rows, the
 * block count and the seed, so metrics sharing settings share resamples, and the result is deterministic.
 */
function bootstrapByRule(
  pairs: readonly MetricPair[],
  rules: readonly PolicyRule[],
  rows: JoinedRows,
  seed: number,
  resamples: number,
): PairedInterval[] {
  const settings = rules.map((rule) => ({
    alpha: rule.significance?.alpha ?? DEFAULT_ALPHA,
    resamples: rule.significance?.resamples ?? resamples,
  }));
  const intervals: PairedInterval[] = new Array<PairedInterval>(pairs.length);
  const keys = [...new Set(settings.map((s) => `${s.alpha}/${s.resamples}`))];
  for (const key of keys) {
    const members = settings.flatMap((s, m) => (`${s.alpha}/${s.resamples}` === key ? [m] : []));
    const result = pairedBootstrap(
      members.map((m) => pairs[m]!),
      rows,
      { ...settings[members[0]!]!, seed },
    );
    members.forEach((m, i) => (intervals[m] = result.intervals[i]!));
  }
  return intervals;
}

/** The whole join, then the joined rows of each value of each slice column (by the current file's value). */
function rowGroups(join: IdJoin, slices: readonly SliceColumn[]): RowGroup[] {
  const groups: RowGroup[] = [{ ...join, nameOf: (metric) => metric }];
  for (const slice of slices) {
    // Current rows by value, then mapped back to joined positions.
    const joinedOf = new Int32Array(slice.codes.length).fill(-1);
    join.currentRows.forEach((row, j) => (joinedOf[row] = j));
    rowsByValue(slice).forEach((rows, code) => {
      const positions = Array.from(rows, (row) => joinedOf[row]!).filter((j) => j >= 0);
      const value = slice.values[code]!;
      groups.push({
        size: positions.length,
        baselineRows: Int32Array.from(positions, (j) => join.baselineRows[j]!),
        currentRows: Int32Array.from(positions, (j) => join.currentRows[j]!),
        nameOf: (metric) => sliceMetricName(slice.name, value, metric),
      });
    });
  }
  return groups;
}

function accuracyNeeded(spec: MetricSpec): boolean {
  return spec.metrics.includes('accuracy');
}

/** 1 where the predicted class is the label (the argmax of the scores when there is no prediction). */
function correctness(columns: PredictionColumns): Uint8Array {
  if (columns.task !== 'classification') return new Uint8Array(columns.label.length);
  const prediction = columns.prediction ?? argmaxOf(columns.scores!, columns.classes.length);
  return Uint8Array.from(columns.label, (label, row) => (label === prediction[row] ? 1 : 0));
}

function reportVerdict(
  metrics: readonly EvaluatedMetric[],
  withBaseline: boolean,
  join: IdJoin | undefined,
): ReportVerdict {
  const named = (verdict: MetricVerdict): string[] =>
    metrics.filter((metric) => metric.verdict === verdict).map((metric) => metric.name);
  const list = (names: readonly string[]): string =>
    `${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`;
  const failed = named('fail');
  const warned = named('warn');
  const unmatched =
    join !== undefined && join.missing.count + join.extra.count > 0
      ? `; ${plural(join.missing.count, 'baseline id')} missing, ${plural(join.extra.count, 'extra id')}`
      : '';
  if (failed.length > 0)
    return {
      verdict: 'fail',
      verdictReason: `${plural(failed.length, 'metric')} failed: ${list(failed)}${unmatched}`,
    };
  if (warned.length > 0)
    return {
      verdict: 'warn',
      verdictReason: `${plural(warned.length, 'metric')} warned: ${list(warned)}${unmatched}`,
    };
  if (!withBaseline)
    return {
      verdict: 'neutral',
      neutralReason: 'no-baseline',
      verdictReason: `no baseline predictions; ${plural(metrics.length, 'metric')} computed`,
    };
  const notSignificant = metrics.filter((metric) => metric.bySignificance && !metric.significant).length;
  return {
    verdict: 'pass',
    verdictReason: `${plural(metrics.length, 'metric')} held${notSignificant > 0 ? ` (${plural(notSignificant, 'change')} not significant)` : ''}${unmatched}`,
  };
}
