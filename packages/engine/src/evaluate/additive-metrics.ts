import { UserError } from '../user-error.js';
import { logLossMetric } from './metrics/log-loss-metric.js';
import { accuracyMetric, labelCountMetric } from './metrics/label-count-metrics.js';
import { regressionMetric } from './metrics/regression-metrics.js';
import { rocAucMetric } from './metrics/roc-auc-metric.js';
import { CLASSIFICATION_METRICS, REGRESSION_METRICS } from './prediction-metrics.js';
import type {
  AdditiveMetric,
  MetricSpec,
  PredictionColumns,
  PredictionMetric,
} from './prediction-metrics.js';

type Classification = Extract<PredictionColumns, { task: 'classification' }>;

/**
 * The metrics a spec asks for, as additive statistics over `columns`. `rows` restricts `exact()` to a subset
 * (a slice); `add` takes any row. Throws a UserError for a spec that cannot apply to these predictions: a
 * metric of the other task, roc_auc or log_loss without scores, `binary` over more than two classes, an
 * unknown positive class.
 */
export function additiveMetrics(
  columns: PredictionColumns,
  spec: MetricSpec,
  rows?: Int32Array,
): AdditiveMetric[] {
  if (columns.task === 'regression') {
    const wrong = spec.metrics.find((m) => !(REGRESSION_METRICS as readonly string[]).includes(m));
    if (wrong !== undefined)
      throw new UserError(
        `${wrong} is a classification metric; regression has ${REGRESSION_METRICS.join(', ')}`,
      );
    const center = meanOf(columns.label);
    return spec.metrics.map((name) =>
      regressionMetric(name as 'rmse', columns.label, columns.prediction, center, rows),
    );
  }
  const wrong = spec.metrics.find((m) => !(CLASSIFICATION_METRICS as readonly string[]).includes(m));
  if (wrong !== undefined)
    throw new UserError(
      `${wrong} is a regression metric; classification has ${CLASSIFICATION_METRICS.join(', ')}`,
    );
  return spec.metrics.map((name) => classificationMetric(name, columns, spec, rows));
}

function meanOf(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length > 0 ? sum / values.length : 0;
}

/** sklearn's positive class for `average: binary`: the one named, else the second of the two classes. */
function positiveIndex(columns: Classification, spec: MetricSpec): number {
  if (spec.positiveClass !== undefined) {
    const index = columns.classes.indexOf(spec.positiveClass);
    if (index < 0)
      throw new UserError(
        `the positive class "${spec.positiveClass}" is not among the classes (${columns.classes.join(', ')})`,
      );
    return index;
  }
  return Math.min(1, columns.classes.length - 1);
}

function classificationMetric(
  name: PredictionMetric,
  columns: Classification,
  spec: MetricSpec,
  rows: Int32Array | undefined,
): AdditiveMetric {
  const classCount = columns.classes.length;
  const { label, scores } = columns;
  if (name === 'roc_auc' || name === 'log_loss') {
    if (scores === undefined)
      throw new UserError(
        `${name} needs scores (a score column, or one probability column per class); these predictions have only hard labels`,
      );
    if (name === 'log_loss') return logLossMetric(label, scores, classCount, rows);
    if (classCount > 2 && spec.average !== 'macro' && spec.average !== 'weighted')
      throw new UserError(
        `roc_auc over ${classCount} classes is one-vs-rest with average macro or weighted, not ${spec.average} (as scikit-learn)`,
      );
    return rocAucMetric(label, scores, classCount, spec.average === 'weighted' ? 'weighted' : 'macro', rows);
  }
  if (columns.prediction === undefined && scores === undefined)
    throw new UserError(`${name} needs predicted classes or scores; these predictions have neither`);
  const prediction = columns.prediction ?? argmaxOf(scores!, classCount);
  if (name === 'accuracy') return accuracyMetric(label, prediction);
  if (spec.average === 'binary' && classCount > 2)
    throw new UserError(
      `average binary needs two classes, these predictions have ${classCount}; choose macro, micro or weighted`,
    );
  const positive = positiveIndex(columns, spec);
  return labelCountMetric(name as 'f1', label, prediction, classCount, spec.average, positive);
}

/** The predicted class of each row from its scores: the first highest, as numpy's argmax. */
const argmaxByScores = new WeakMap<Float64Array, Int32Array>();

export function argmaxOf(scores: Float64Array, classCount: number): Int32Array {
  const cached = argmaxByScores.get(scores);
  if (cached !== undefined) return cached;
  const rows = scores.length / classCount;
  const prediction = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < classCount; c++)
      if (scores[r * classCount + c]! > scores[r * classCount + best]!) best = c;
    prediction[r] = best;
  }
  argmaxByScores.set(scores, prediction);
  return prediction;
}
