import type { IdKeys } from '../significance/id-keys.js';

/**
 * The contract between the prediction readers, the metrics and the paired bootstrap (issue 13): every metric
 * is computed from per-row sufficient statistics that accept a weight, so one pass over the rows serves the
 * point estimate (weight 1) and every bootstrap resample (Poisson weights) alike.
 */

export const CLASSIFICATION_METRICS = [
  'accuracy',
  'precision',
  'recall',
  'f1',
  'roc_auc',
  'log_loss',
] as const;
export const REGRESSION_METRICS = ['rmse', 'mae', 'r2'] as const;
export type ClassificationMetric = (typeof CLASSIFICATION_METRICS)[number];
export type RegressionMetric = (typeof REGRESSION_METRICS)[number];
export type PredictionMetric = ClassificationMetric | RegressionMetric;

export type EvaluationTask = 'classification' | 'regression';
/** scikit-learn's `average` for precision, recall, f1 (and roc_auc: macro/weighted one-vs-rest). */
export type Average = 'macro' | 'micro' | 'weighted' | 'binary';

/**
 * Predictions as columns, rows aligned. Classes are small integers 0..classes.length-1 (labels mapped in
 * first-seen order, then sorted as scikit-learn sorts `np.unique`); regression targets are numbers.
 */
export type PredictionColumns =
  | {
      readonly task: 'classification';
      readonly ids: IdKeys;
      /** Class names, sorted as scikit-learn orders them. */
      readonly classes: readonly string[];
      readonly label: Int32Array;
      /** Predicted class per row; absent when only scores are given (then the argmax of the scores). */
      readonly prediction?: Int32Array;
      /**
       * Scores: `rows × classes` probabilities, row-major (binary: 2 columns, the positive class second), or
       * absent when only hard predictions are given (roc_auc and log_loss then do not apply).
       */
      readonly scores?: Float64Array;
    }
  | {
      readonly task: 'regression';
      readonly ids: IdKeys;
      readonly label: Float64Array;
      readonly prediction: Float64Array;
    };

export interface MetricSpec {
  readonly metrics: readonly PredictionMetric[];
  readonly average: Average;
  /** The positive class for `average: binary` (default: the second of two sorted classes, as sklearn). */
  readonly positiveClass?: string;
}

/** One metric's value on the rows given weights (1 for the point estimate). */
export type WeightedMetric = (weights: Float64Array | undefined) => number;

/**
 * A metric as additive sufficient statistics: each row adds its weighted contribution to a small vector,
 * vectors of disjoint row sets add up, and the metric is a function of the sum. The point estimate is the
 * sum over every row with weight 1; a bootstrap resample is the same sum with resampled weights, so the
 * bootstrap never revisits the rows (paired-bootstrap.ts).
 */
export interface AdditiveMetric {
  readonly name: PredictionMetric;
  /** Length of the statistics vector. */
  readonly size: number;
  /** Adds `weight` times row `row`'s contribution into `stats[offset … offset + size)`. */
  add(row: number, weight: number, stats: Float64Array, offset: number): void;
  /** The metric from summed statistics; NaN when undefined (no rows, no positive class, …). */
  value(stats: Float64Array, offset: number): number;
  /**
   * The exact point estimate when the additive form approximates it (roc_auc from binned scores): the
   * report's `current` and `baseline` values come from here, the interval from the additive form.
   */
  exact?(): number;
}
