import type { AdditiveMetric } from '../prediction-metrics.js';

/**
 * The clipping bound of scikit-learn 1.2's `log_loss(eps='auto')`: the machine epsilon of float64 (it was
 * 1e-15 before 1.2).
 */
export const LOG_LOSS_EPS = 2 ** -52;

/**
 * Each row's loss as scikit-learn 1.2's `log_loss(y, proba, labels=classes)`: every probability clipped to
 * [eps, 1 − eps], the row renormalised to sum to 1, then −ln of the true class's share. The file's classes are
 * the labels, so a slice without some class still scores every column.
 */
export function rowLogLosses(label: Int32Array, scores: Float64Array, classCount: number): Float64Array {
  const rows = label.length;
  const losses = new Float64Array(rows);
  for (let r = 0; r < rows; r++) losses[r] = rowLogLoss(label, scores, classCount, r);
  return losses;
}

function rowLogLoss(label: Int32Array, scores: Float64Array, classCount: number, row: number): number {
  const base = row * classCount;
  let sum = 0;
  for (let c = 0; c < classCount; c++) sum += clip(scores[base + c]!);
  return -Math.log(clip(scores[base + label[row]!]!) / sum);
}

function clip(p: number): number {
  return p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
}

/** Row losses by scores matrix: the whole file and each of its slices share one computation. */
const lossesByScores = new WeakMap<Float64Array, Float64Array>();

function lossesOf(label: Int32Array, scores: Float64Array, classCount: number): Float64Array {
  let losses = lossesByScores.get(scores);
  if (losses === undefined) lossesByScores.set(scores, (losses = rowLogLosses(label, scores, classCount)));
  return losses;
}

/**
 * log_loss as the weighted mean of the row losses (computed once, so a resample only adds). NaN with fewer
 * than two classes, where sklearn refuses.
 */
export function logLossMetric(
  label: Int32Array,
  scores: Float64Array,
  classCount: number,
  rows: Int32Array | undefined,
): AdditiveMetric {
  let losses: Float64Array | undefined;
  return {
    name: 'log_loss',
    size: 2,
    add(row, weight, stats, offset) {
      losses ??= lossesOf(label, scores, classCount);
      stats[offset]! += weight * losses[row]!;
      stats[offset + 1]! += weight;
    },
    value(stats, offset) {
      const total = stats[offset + 1]!;
      return total > 0 && classCount >= 2 ? stats[offset]! / total : Number.NaN;
    },
    // The point estimate without the row-loss array the resamples share: on 10M rows that array is 80 MiB.
    exact() {
      const count = rows?.length ?? label.length;
      if (count === 0 || classCount < 2) return Number.NaN;
      let sum = 0;
      for (let i = 0; i < count; i++) sum += rowLogLoss(label, scores, classCount, rows ? rows[i]! : i);
      return sum / count;
    },
  };
}
