import type { AdditiveMetric, RegressionMetric } from '../prediction-metrics.js';

/**
 * rmse, mae and r2 as scikit-learn 1.2's `mean_squared_error(squared=False)`, `mean_absolute_error` and
 * `r2_score` (weighted means; r2 is 1 for a perfect fit of a constant target and 0 for an imperfect one,
 * `force_finite=True`, and NaN for fewer than two rows).
 *
 * r2's total sum of squares is kept about `center` (the mean of every label in the file), so that the
 * additive `Σw(y−c)² − (Σw(y−c))²/Σw` does not cancel catastrophically on large targets; `exact()` computes
 * it in two passes over the rows.
 */
export function regressionMetric(
  name: RegressionMetric,
  label: Float64Array,
  prediction: Float64Array,
  center: number,
  rows: Int32Array | undefined,
): AdditiveMetric {
  if (name === 'rmse' || name === 'mae') {
    const squared = name === 'rmse';
    return {
      name,
      size: 2,
      add(row, weight, stats, offset) {
        const error = label[row]! - prediction[row]!;
        stats[offset]! += weight * (squared ? error * error : Math.abs(error));
        stats[offset + 1]! += weight;
      },
      value(stats, offset) {
        const total = stats[offset + 1]!;
        if (!(total > 0)) return Number.NaN;
        return squared ? Math.sqrt(stats[offset]! / total) : stats[offset]! / total;
      },
    };
  }
  return {
    name,
    size: 4,
    add(row, weight, stats, offset) {
      const error = label[row]! - prediction[row]!;
      const deviation = label[row]! - center;
      stats[offset]! += weight * error * error;
      stats[offset + 1]! += weight * deviation;
      stats[offset + 2]! += weight * deviation * deviation;
      stats[offset + 3]! += weight;
    },
    value(stats, offset) {
      const total = stats[offset + 3]!;
      if (!(total >= 2)) return Number.NaN;
      const sum = stats[offset + 1]!;
      return r2Of(stats[offset]!, Math.max(0, stats[offset + 2]! - (sum * sum) / total));
    },
    exact() {
      const count = rows?.length ?? label.length;
      if (count < 2) return Number.NaN;
      let mean = 0;
      for (let i = 0; i < count; i++) mean += label[rows ? rows[i]! : i]!;
      mean /= count;
      let residual = 0;
      let totalSquares = 0;
      for (let i = 0; i < count; i++) {
        const row = rows ? rows[i]! : i;
        const error = label[row]! - prediction[row]!;
        residual += error * error;
        totalSquares += (label[row]! - mean) ** 2;
      }
      return r2Of(residual, totalSquares);
    },
  };
}

function r2Of(residual: number, totalSquares: number): number {
  if (totalSquares === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / totalSquares;
}
