import { sortFloats } from './float-sort.js';
import type { AdditiveMetric } from '../prediction-metrics.js';

/**
 * ROC AUC as scikit-learn's `roc_auc_score`: binary on the positive (second) class's score; with more classes
 * one-vs-rest (`multi_class='ovr'`), each class's AUC against the rest averaged plainly (`macro`) or by its
 * true count (`weighted`). Ties count one half, as the trapezoids of sklearn's ROC curve do. A class with no
 * positive or no negative row makes the metric NaN, where sklearn raises.
 *
 * The additive form bins each class column's scores by rank (ROC_BINS bins, equal scores always in one bin)
 * and counts the weighted positives and negatives per bin: a resample's AUC is then exact up to the pairs
 * that share a bin, counted as ties (none when a column has at most ROC_BINS distinct scores). The point
 * estimate is `exact()`, from the sorted scores.
 */
export const ROC_BINS = 1024;

export type RocAverage = 'macro' | 'weighted';

/** The score columns scored and, for each, the class that is positive there. */
function columnsScored(classCount: number): number[] {
  return classCount === 2 ? [1] : Array.from({ length: classCount }, (_, c) => c);
}

/**
 * Each row's bin in one score column: the index of its score among the distinct scores when there are at
 * most ROC_BINS of them (exact), else among ROC_BINS quantile thresholds (the largest threshold at or below
 * it), so that a bin holds about rows / ROC_BINS rows and equal scores always share one. Either way a binary
 * search over at most ROC_BINS values, which stay in cache.
 */
function rankBins(scores: Float64Array, classCount: number, column: number): Uint16Array {
  const rows = scores.length / classCount;
  const sorted = new Float64Array(rows);
  for (let r = 0; r < rows; r++) sorted[r] = scores[r * classCount + column]!;
  sortFloats(sorted);
  const edges = new Float64Array(ROC_BINS);
  let distinct = 0;
  for (let i = 0; i < rows && distinct <= ROC_BINS; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) {
      if (distinct < ROC_BINS) edges[distinct] = sorted[i]!;
      distinct++;
    }
  let count = distinct;
  if (distinct > ROC_BINS) {
    count = 0;
    for (let b = 0; b < ROC_BINS; b++) {
      const threshold = sorted[Math.ceil((b * rows) / ROC_BINS)]!;
      if (count === 0 || threshold !== edges[count - 1]) edges[count++] = threshold;
    }
  }
  const bins = new Uint16Array(rows);
  for (let r = 0; r < rows; r++) {
    // The last edge at or below the score: one past the edges below or equal, minus one.
    const score = scores[r * classCount + column]!;
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (edges[middle]! <= score) low = middle + 1;
      else high = middle;
    }
    bins[r] = low - 1;
  }
  return bins;
}

/** Bins by scores matrix and column: a file's slices share them. */
const binsByScores = new WeakMap<Float64Array, Uint16Array[]>();

function binsOf(scores: Float64Array, classCount: number, column: number): Uint16Array {
  let perColumn = binsByScores.get(scores);
  if (perColumn === undefined) binsByScores.set(scores, (perColumn = []));
  return (perColumn[column] ??= rankBins(scores, classCount, column));
}

/** The AUC of one column from positive and negative counts per ordered group; NaN without both. */
function aucOfGroups(positives: ArrayLike<number>, negatives: ArrayLike<number>, from: number, to: number) {
  let below = 0;
  let area = 0;
  let totalPositive = 0;
  for (let g = from; g < to; g++) {
    const p = positives[g]!;
    const n = negatives[g]!;
    area += p * (below + 0.5 * n);
    below += n;
    totalPositive += p;
  }
  return totalPositive > 0 && below > 0 ? area / (totalPositive * below) : Number.NaN;
}

/** The AUC of one column over the given rows, exactly: both score lists sorted, one merge walk. */
function exactColumnAuc(
  label: Int32Array,
  scores: Float64Array,
  classCount: number,
  column: number,
  rows: Int32Array | undefined,
): { auc: number; positives: number } {
  const count = rows?.length ?? label.length;
  let positives = 0;
  for (let i = 0; i < count; i++) if (label[rows ? rows[i]! : i] === column) positives++;
  const pos = new Float64Array(positives);
  const neg = new Float64Array(count - positives);
  let p = 0;
  let n = 0;
  for (let i = 0; i < count; i++) {
    const row = rows ? rows[i]! : i;
    const score = scores[row * classCount + column]!;
    if (label[row] === column) pos[p++] = score;
    else neg[n++] = score;
  }
  return { auc: exactAuc(pos, neg), positives };
}

/**
 * The AUC of positive against negative scores, exactly (ties count one half): both sorted (in place), one
 * merge walk. NaN without both.
 */
export function exactAuc(pos: Float64Array, neg: Float64Array): number {
  if (pos.length === 0 || neg.length === 0) return Number.NaN;
  const scratch = new Uint32Array(2 * Math.max(pos.length, neg.length));
  sortFloats(pos, scratch);
  sortFloats(neg, scratch);
  let area = 0;
  let below = 0;
  for (let i = 0; i < pos.length;) {
    const value = pos[i]!;
    let group = i;
    while (group < pos.length && pos[group] === value) group++;
    while (below < neg.length && neg[below]! < value) below++;
    let tied = below;
    while (tied < neg.length && neg[tied] === value) tied++;
    area += (group - i) * (below + 0.5 * (tied - below));
    i = group;
  }
  return area / (pos.length * neg.length);
}

function averaged(aucs: readonly number[], positives: readonly number[], average: RocAverage): number {
  if (aucs.length === 1) return aucs[0]!;
  if (aucs.some(Number.isNaN)) return Number.NaN;
  if (average === 'macro') return aucs.reduce((s, a) => s + a, 0) / aucs.length;
  const total = positives.reduce((s, p) => s + p, 0);
  return total === 0 ? 0 : aucs.reduce((s, a, c) => s + a * positives[c]!, 0) / total;
}

/**
 * roc_auc over `rows` (all rows when undefined) of a `label.length × classCount` scores matrix. With two
 * classes the average does not matter: the binary AUC of the second class, as sklearn's
 * `roc_auc_score` (which refuses `average='binary'`; mlgate takes it, since it is the average f1 asks for).
 */
export function rocAucMetric(
  label: Int32Array,
  scores: Float64Array,
  classCount: number,
  average: RocAverage,
  rows: Int32Array | undefined,
): AdditiveMetric {
  const columns = columnsScored(classCount);
  let bins: Uint16Array[] | undefined;
  return {
    name: 'roc_auc',
    size: 2 * ROC_BINS * columns.length,
    add(row, weight, stats, offset) {
      bins ??= columns.map((c) => binsOf(scores, classCount, c));
      const truth = label[row]!;
      for (let i = 0; i < columns.length; i++) {
        const base = offset + 2 * ROC_BINS * i + (truth === columns[i] ? 0 : ROC_BINS);
        stats[base + bins[i]![row]!]! += weight;
      }
    },
    value(stats, offset) {
      if (classCount < 2) return Number.NaN;
      const aucs: number[] = [];
      const positives: number[] = [];
      for (let i = 0; i < columns.length; i++) {
        const base = offset + 2 * ROC_BINS * i;
        const pos = stats.subarray(base, base + ROC_BINS);
        aucs.push(aucOfGroups(pos, stats.subarray(base + ROC_BINS, base + 2 * ROC_BINS), 0, ROC_BINS));
        positives.push(pos.reduce((s, w) => s + w, 0));
      }
      return averaged(aucs, positives, average);
    },
    exact() {
      if (classCount < 2) return Number.NaN;
      const results = columns.map((c) => exactColumnAuc(label, scores, classCount, c, rows));
      return averaged(
        results.map((r) => r.auc),
        results.map((r) => r.positives),
        average,
      );
    },
  };
}
