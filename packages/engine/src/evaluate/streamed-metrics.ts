import { UserError } from '../user-error.js';
import { IdKeys } from '../significance/id-keys.js';
import { additiveMetrics } from './additive-metrics.js';
import type { MetricValues } from './evaluate-predictions.js';
import { LOG_LOSS_EPS } from './metrics/log-loss-metric.js';
import { exactAuc } from './metrics/roc-auc-metric.js';
import type { MetricSpec, PredictionColumns, PredictionMetric } from './prediction-metrics.js';
import type { CategoryColumn, NumberColumn } from './reading/cell-columns.js';
import { checkedClassOrder } from './reading/prediction-classes.js';
import { predictionFileOf, scanPredictions } from './reading/prediction-reader.js';
import type { Layout, PredictionFile, PredictionReadOptions } from './reading/prediction-reader.js';

/**
 * Metrics of one predictions file without holding its rows, where no baseline is paired with it: each window
 * of rows the reader hands over is folded into counts and sums by label code (a confusion matrix of label
 * against predicted codes, the log-loss sums each label would have as either class) and the file's memory is
 * one window's, plus 8 bytes per row for roc_auc's scores (its exact value sorts them), plus the ids (free
 * when they are row numbers; id-keys.ts). Holding 10M rows took 480 MiB and most of the time touching fresh
 * memory (bench/evaluate-bench.ts).
 *
 * The classes are known only at the end (sklearn orders them, numbers numerically, and a label can still
 * turn them into strings), so everything is kept by the reader's codes and mapped to classes then. The
 * metrics are then the very AdditiveMetric definitions the whole-file path uses, fed one weighted row per
 * confusion cell (counts are exact in doubles), so both paths give one value: streamed-metrics.test.ts
 * holds them equal on real data, to scikit-learn's reference values too.
 *
 * Streamed: classification without slices whose scores, if any, are a binary score column. Anything else
 * (regression, slices, one probability column per class) is read whole, as readPredictions reads it.
 */
export interface StreamedPredictions {
  readonly task: 'classification';
  readonly rows: number;
  readonly classes: readonly string[];
  readonly hasScores: boolean;
  /** The spec's metrics, as evaluate() gives them on the same file read whole. */
  values(spec: MetricSpec): MetricValues;
}

export type MeasuredPredictions =
  | { readonly kind: 'streamed'; readonly streamed: StreamedPredictions }
  | { readonly kind: 'whole'; readonly file: PredictionFile };

export async function measurePredictions(
  path: string,
  displayPath: string,
  options: PredictionReadOptions,
): Promise<MeasuredPredictions> {
  let folded: Folded | undefined;
  const scan = await scanPredictions(path, displayPath, options, (layout) => {
    if (options.task !== 'classification' || layout.slices.length > 0 || layout.probabilities.length > 0)
      return undefined;
    folded = new Folded(layout);
    return (from, to) => folded!.add(from, to);
  });
  if (folded === undefined) return { kind: 'whole', file: predictionFileOf(scan, options.task) };
  const { layout, places, rows } = scan;
  const order = checkedClassOrder(
    {
      label: layout.label as CategoryColumn,
      prediction: layout.prediction as CategoryColumn | undefined,
      probabilities: [],
      score: layout.score,
    },
    places,
  );
  return { kind: 'streamed', streamed: folded.finish(order.classes, order.indexOf, rows) };
}

/** Label codes and predicted codes below this are counted in an array; rarer ones in a Map. */
const DENSE = 64;

/** What a window of rows adds up to, by the reader's codes. */
class Folded {
  private readonly label: CategoryColumn;
  private readonly prediction: CategoryColumn | undefined;
  private readonly score: NumberColumn | undefined;
  /** Rows per (label code, predicted code): the prediction column's code, else the class (0, 1) the score picks. */
  private readonly dense = new Float64Array(DENSE * DENSE);
  private readonly sparse = new Map<number, number>();
  /** Per label code: the log-loss sum if that label's class is the first of the two, and if the second. */
  private readonly lossIfFirst: number[] = [];
  private readonly lossIfSecond: number[] = [];
  /** Per label code: its rows' scores, for roc_auc. */
  private readonly scores: Float64Array[] = [];
  private readonly scoreCounts: number[] = [];

  constructor(layout: Layout) {
    this.label = layout.label as CategoryColumn;
    this.prediction = layout.prediction as CategoryColumn | undefined;
    this.score = layout.score;
  }

  add(from: number, to: number): void {
    const { label, prediction, score } = this;
    for (let row = from; row < to; row++) {
      const code = label.at(row);
      let predicted: number;
      if (prediction !== undefined) predicted = prediction.at(row);
      else {
        // numpy's argmax of [1 − s, s]: the first of equal maxima.
        const s = score!.at(row);
        predicted = s > 1 - s ? 1 : 0;
      }
      if (code < DENSE && predicted < DENSE) this.dense[code * DENSE + predicted]!++;
      else {
        const key = code * MAX_CODES + predicted;
        this.sparse.set(key, (this.sparse.get(key) ?? 0) + 1);
      }
      if (score !== undefined) this.addScore(code, score.at(row));
    }
  }

  /** The loss terms exactly as log-loss-metric.ts's rowLogLoss computes them on the [1 − s, s] row. */
  private addScore(code: number, s: number): void {
    const first = clip(1 - s);
    const second = clip(s);
    const sum = 0 + first + second;
    if (code >= this.lossIfFirst.length)
      for (let c = this.lossIfFirst.length; c <= code; c++) {
        this.lossIfFirst.push(0);
        this.lossIfSecond.push(0);
        this.scores.push(new Float64Array(64));
        this.scoreCounts.push(0);
      }
    this.lossIfFirst[code]! += -Math.log(first / sum);
    this.lossIfSecond[code]! += -Math.log(second / sum);
    let scores = this.scores[code]!;
    const count = this.scoreCounts[code]!;
    if (count === scores.length) {
      const grown = new Float64Array(count * 2);
      grown.set(scores);
      this.scores[code] = scores = grown;
    }
    scores[count] = s;
    this.scoreCounts[code] = count + 1;
  }

  finish(classes: readonly string[], indexOf: Int32Array, rows: number): StreamedPredictions {
    const labelCodes = this.label.texts.length;
    const labelClass = (code: number) => indexOf[code]!;
    const predictedClass =
      this.prediction !== undefined
        ? (code: number) => indexOf[labelCodes + code]!
        : (column: number) => column;
    // One weighted row per confusion cell, in class space.
    const cells: { label: number; predicted: number; count: number }[] = [];
    this.dense.forEach((count, key) => {
      if (count > 0) cells.push({ label: Math.floor(key / DENSE), predicted: key % DENSE, count });
    });
    this.sparse.forEach((count, key) =>
      cells.push({ label: Math.floor(key / MAX_CODES), predicted: key % MAX_CODES, count }),
    );
    const cellColumns: PredictionColumns = {
      task: 'classification',
      ids: IdKeys.fromTexts([]),
      classes,
      label: Int32Array.from(cells, (cell) => labelClass(cell.label)),
      prediction: Int32Array.from(cells, (cell) => predictedClass(cell.predicted)),
    };
    const weights = cells.map((cell) => cell.count);
    const hasScores = this.score !== undefined;
    const soft = { logLoss: () => this.logLoss(labelClass, rows), rocAuc: () => this.rocAuc(labelClass) };
    return {
      task: 'classification',
      rows,
      classes,
      hasScores,
      values(spec) {
        const values: MetricValues = {};
        for (const name of spec.metrics) {
          const isSoft = name === 'log_loss' || name === 'roc_auc';
          // Without scores, the whole-file path's own refusal (the same message).
          if (isSoft && !hasScores) additiveMetrics(cellColumns, { ...spec, metrics: [name] });
          values[name] = isSoft
            ? name === 'log_loss'
              ? soft.logLoss()
              : soft.rocAuc()
            : countMetric(cellColumns, weights, spec, name);
        }
        return values;
      },
    };
  }

  private logLoss(labelClass: (code: number) => number, rows: number): number {
    let total = 0;
    for (let code = 0; code < this.lossIfFirst.length; code++)
      total += labelClass(code) === 0 ? this.lossIfFirst[code]! : this.lossIfSecond[code]!;
    return total / rows;
  }

  /** The exact binary AUC of the second class's score; a class of several label codes joins their scores. */
  private rocAuc(labelClass: (code: number) => number): number {
    const sides = [0, 1].map((side) => {
      const codes = this.scores.map((_, code) => code).filter((code) => labelClass(code) === side);
      if (codes.length === 1) return this.scores[codes[0]!]!.subarray(0, this.scoreCounts[codes[0]!]);
      const joined = new Float64Array(codes.reduce((n, code) => n + this.scoreCounts[code]!, 0));
      let at = 0;
      for (const code of codes) {
        joined.set(this.scores[code]!.subarray(0, this.scoreCounts[code]), at);
        at += this.scoreCounts[code]!;
      }
      return joined;
    });
    return exactAuc(sides[1]!, sides[0]!);
  }
}

/** A code the reader can give a label or a prediction is below this (MAX_CLASSES + 1 and then some). */
const MAX_CODES = 1 << 20;

/** accuracy, precision, recall or f1 from the confusion cells, through the metric's own definition. */
function countMetric(
  cells: PredictionColumns,
  weights: readonly number[],
  spec: MetricSpec,
  name: PredictionMetric,
): number {
  const [metric] = additiveMetrics(cells, { ...spec, metrics: [name] });
  if (metric === undefined) throw new UserError(`no metric ${name}`);
  const stats = new Float64Array(metric.size);
  weights.forEach((weight, cell) => metric.add(cell, weight, stats, 0));
  return metric.value(stats, 0);
}

function clip(p: number): number {
  return p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
}
