/**
 * Two small AdditiveMetrics for the significance tests and bench (the real metrics live in evaluate/):
 * accuracy from per-row correctness as [correct, n], and rmse from labels and predictions as
 * [squared errors, n]. Test support only.
 */
import type { AdditiveMetric } from '../../evaluate/prediction-metrics.js';

/** Accuracy of a side whose row `i` is right when `correct[i] === 1`. */
export function accuracyOf(correct: Uint8Array): AdditiveMetric {
  return {
    name: 'accuracy',
    size: 2,
    add(row, weight, stats, offset) {
      stats[offset]! += weight * correct[row]!;
      stats[offset + 1]! += weight;
    },
    value(stats, offset) {
      return stats[offset + 1]! > 0 ? stats[offset]! / stats[offset + 1]! : Number.NaN;
    },
  };
}

/** Root mean squared error of `prediction` against `label`. */
export function rmseOf(label: Float64Array, prediction: Float64Array): AdditiveMetric {
  return {
    name: 'rmse',
    size: 2,
    add(row, weight, stats, offset) {
      const error = prediction[row]! - label[row]!;
      stats[offset]! += weight * error * error;
      stats[offset + 1]! += weight;
    },
    value(stats, offset) {
      return stats[offset + 1]! > 0 ? Math.sqrt(stats[offset]! / stats[offset + 1]!) : Number.NaN;
    },
  };
}

/** Mean absolute error of `prediction` against `label`. */
export function maeOf(label: Float64Array, prediction: Float64Array): AdditiveMetric {
  return {
    name: 'mae',
    size: 2,
    add(row, weight, stats, offset) {
      const error = prediction[row]! - label[row]!;
      stats[offset]! += weight * (error < 0 ? -error : error);
      stats[offset + 1]! += weight;
    },
    value(stats, offset) {
      return stats[offset + 1]! > 0 ? stats[offset]! / stats[offset + 1]! : Number.NaN;
    },
  };
}

/** R² of `prediction` against `label`, as [squared errors, Σy, Σy², n] (a wider statistics vector). */
export function r2Of(label: Float64Array, prediction: Float64Array): AdditiveMetric {
  return {
    name: 'r2',
    size: 4,
    add(row, weight, stats, offset) {
      const y = label[row]!;
      const error = prediction[row]! - y;
      stats[offset]! += weight * error * error;
      stats[offset + 1]! += weight * y;
      stats[offset + 2]! += weight * y * y;
      stats[offset + 3]! += weight;
    },
    value(stats, offset) {
      const n = stats[offset + 3]!;
      const total = stats[offset + 2]! - (stats[offset + 1]! * stats[offset + 1]!) / n;
      return n > 0 && total > 0 ? 1 - stats[offset]! / total : Number.NaN;
    },
  };
}
