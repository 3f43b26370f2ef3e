import type { AdditiveMetric, Average } from '../prediction-metrics.js';

/**
 * accuracy, precision, recall and f1 from counts of hard predictions, as scikit-learn 1.2 computes them:
 * per class the weighted true positives, predicted and true counts, then sklearn's averages with
 * `zero_division='warn'` (an undefined ratio is 0). Additive and exact: no `exact()` needed.
 */

export function accuracyMetric(label: Int32Array, prediction: Int32Array): AdditiveMetric {
  return {
    name: 'accuracy',
    size: 2,
    add(row, weight, stats, offset) {
      if (label[row] === prediction[row]) stats[offset]! += weight;
      stats[offset + 1]! += weight;
    },
    value(stats, offset) {
      const total = stats[offset + 1]!;
      return total > 0 ? stats[offset]! / total : Number.NaN;
    },
  };
}

export type LabelCountMetricName = 'precision' | 'recall' | 'f1';

/** `tp / denominator`, 0 when the denominator is 0 (sklearn's `_prf_divide` with zero_division 'warn'). */
function ratio(tp: number, denominator: number): number {
  return denominator === 0 ? 0 : tp / denominator;
}

/** sklearn 1.2's F1 from precision and recall (`denom[denom == 0] = 1`), not from the counts. */
function f1Of(precision: number, recall: number): number {
  const denominator = precision + recall;
  return denominator === 0 ? 0 : (2 * precision * recall) / denominator;
}

function scoreOf(name: LabelCountMetricName, tp: number, predicted: number, actual: number): number {
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, actual);
  return name === 'precision' ? precision : name === 'recall' ? recall : f1Of(precision, recall);
}

/**
 * precision, recall or f1. Statistics: per class `[tp, predicted, true]`. The classes averaged over are those
 * present in the rows (a true or predicted count above 0), as sklearn's `unique_labels(y_true, y_pred)` on
 * the same rows: a slice or a resample that lacks a class does not average a 0 for it.
 * `binary` scores `positive` alone.
 */
export function labelCountMetric(
  name: LabelCountMetricName,
  label: Int32Array,
  prediction: Int32Array,
  classCount: number,
  average: Average,
  positive: number,
): AdditiveMetric {
  return {
    name,
    size: 3 * classCount,
    add(row, weight, stats, offset) {
      const truth = label[row]!;
      const predicted = prediction[row]!;
      if (truth === predicted) stats[offset + 3 * truth]! += weight;
      stats[offset + 3 * predicted + 1]! += weight;
      stats[offset + 3 * truth + 2]! += weight;
    },
    value(stats, offset) {
      const at = (c: number, k: number): number => stats[offset + 3 * c + k]!;
      if (average === 'binary') return scoreOf(name, at(positive, 0), at(positive, 1), at(positive, 2));
      let tp = 0;
      let predicted = 0;
      let actual = 0;
      let sum = 0;
      let weighted = 0;
      let present = 0;
      for (let c = 0; c < classCount; c++) {
        const t = at(c, 0);
        const p = at(c, 1);
        const a = at(c, 2);
        if (p === 0 && a === 0) continue;
        present++;
        tp += t;
        predicted += p;
        actual += a;
        const score = scoreOf(name, t, p, a);
        sum += score;
        weighted += a * score;
      }
      if (present === 0) return Number.NaN;
      if (average === 'micro') return scoreOf(name, tp, predicted, actual);
      if (average === 'macro') return sum / present;
      // weighted by true support; sklearn's zero-support case: 0 (recall: 0 as zero_division).
      return actual === 0 ? 0 : weighted / actual;
    },
  };
}
