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

/**
 * `metrics`, when the caller knows them before reading (`--metrics`), spares what no metric asked for uses:
 * roc_auc's scores (8 bytes a row) and log_loss's logarithms.
 */
export async function measurePredictions(
  path: string,
  displayPath: string,
  options: PredictionReadOptions & { readonly metrics?: readonly PredictionMetric[] },
): Promise<MeasuredPredictions> {
  const wants = (metric: PredictionMetric) => options.metrics?.includes(metric) ?? true;
  let folded: Folded | undefined;
  const scan = await scanPredictions(path, displayPath, options, (layout, expectedRows) => {
    if (options.task !== 'classification' || layout.slices.length > 0 || layout.probabilities.length > 0)
      return undefined;
    folded = new Folded(layout, { rocAuc: wants('roc_auc'), logLoss: wants('log_loss') }, expectedRows);
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
  private readonly scores: ScoresByCode;

  constructor(
    layout: Layout,
    private readonly keep: { readonly rocAuc: boolean; readonly logLoss: boolean },
    expectedRows: number | undefined,
  ) {
    // Room for every row's score only when there is a score column to keep for roc_auc.
    this.scores = new ScoresByCode(keep.rocAuc && layout.score !== undefined ? (expectedRows ?? 0) : 0);
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
      if (score !== undefined && (this.keep.logLoss || this.keep.rocAuc)) this.addScore(code, score.at(row));
    }
  }

  /**
   * Kept for roc_auc, the scores give log_loss at the end, one logarithm a row once each label's class is
   * known; otherwise both of a row's possible losses are summed now.
   */
  private addScore(code: number, s: number): void {
    if (this.keep.rocAuc) {
      this.scores.add(code, s);
      return;
    }
    if (code >= this.lossIfFirst.length)
      for (let c = this.lossIfFirst.length; c <= code; c++) {
        this.lossIfFirst.push(0);
        this.lossIfSecond.push(0);
      }
    this.lossIfFirst[code]! += rowLoss(s, 0);
    this.lossIfSecond[code]! += rowLoss(s, 1);
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
    const keep = this.keep;
    // Before roc_auc sorts the kept scores in place, so the sum runs in one order whatever the spec's.
    const logLoss = this.keep.logLoss ? this.logLoss(labelClass, rows) : Number.NaN;
    const soft = { logLoss: () => logLoss, rocAuc: () => this.rocAuc(labelClass) };
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
          if ((name === 'log_loss' && !keep.logLoss) || (name === 'roc_auc' && !keep.rocAuc))
            throw new Error(`${name} was not among the metrics the predictions were measured for`);
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
    if (this.keep.rocAuc)
      for (let code = 0; code < this.label.texts.length; code++) {
        const side = labelClass(code);
        const scores = this.scores.of([code]);
        for (let i = 0; i < scores.length; i++) total += rowLoss(scores[i]!, side);
      }
    else
      for (let code = 0; code < this.lossIfFirst.length; code++)
        total += labelClass(code) === 0 ? this.lossIfFirst[code]! : this.lossIfSecond[code]!;
    return total / rows;
  }

  /** The exact binary AUC of the second class's score. */
  private rocAuc(labelClass: (code: number) => number): number {
    const codes = Array.from({ length: this.label.texts.length }, (_, code) => code);
    const [negatives, positives] = [0, 1].map((side) =>
      this.scores.of(codes.filter((code) => labelClass(code) === side)),
    );
    return exactAuc(positives!, negatives!);
  }
}

/**
 * Scores by label code without growing arrays by doubling (each doubling touches fresh memory again): a binary
 * file's usual two label codes share one array, the first code's scores from the front, the second's from
 * the back, presized from a columnar file's row count; rarer codes (the same class spelled otherwise, "1.0")
 * get arrays of their own.
 */
class ScoresByCode {
  private both: Float64Array;
  private front = 0;
  private back = 0;
  private readonly others = new Map<number, { values: Float64Array; count: number }>();

  constructor(expectedRows: number) {
    this.both = new Float64Array(Math.max(1024, expectedRows));
  }

  add(code: number, score: number): void {
    if (code > 1) return this.addOther(code, score);
    if (this.front + this.back === this.both.length) this.grow();
    if (code === 0) this.both[this.front++] = score;
    else this.both[this.both.length - ++this.back] = score;
  }

  /** The scores of the given codes together: a view when they are one of the two shared codes. */
  of(codes: readonly number[]): Float64Array {
    const parts = codes.map((code) =>
      code === 0
        ? this.both.subarray(0, this.front)
        : code === 1
          ? this.both.subarray(this.both.length - this.back)
          : (this.others.get(code)?.values.subarray(0, this.others.get(code)!.count) ?? new Float64Array(0)),
    );
    if (parts.length === 1) return parts[0]!;
    const joined = new Float64Array(parts.reduce((n, part) => n + part.length, 0));
    let at = 0;
    for (const part of parts) {
      joined.set(part, at);
      at += part.length;
    }
    return joined;
  }

  private grow(): void {
    const grown = new Float64Array(this.both.length * 2);
    grown.set(this.both.subarray(0, this.front));
    grown.set(this.both.subarray(this.both.length - this.back), grown.length - this.back);
    this.both = grown;
  }

  private addOther(code: number, score: number): void {
    let other = this.others.get(code);
    if (other === undefined) this.others.set(code, (other = { values: new Float64Array(64), count: 0 }));
    if (other.count === other.values.length) {
      const grown = new Float64Array(other.count * 2);
      grown.set(other.values);
      other.values = grown;
    }
    other.values[other.count++] = score;
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
  if (metric === undefined) throw new Error(`additiveMetrics gave no ${name}`);
  const stats = new Float64Array(metric.size);
  weights.forEach((weight, cell) => metric.add(cell, weight, stats, 0));
  return metric.value(stats, 0);
}

/** A row's loss if its class is `side` (0 first, 1 second), as log-loss-metric.ts's rowLogLoss on [1 − s, s]. */
function rowLoss(s: number, side: number): number {
  const first = clip(1 - s);
  const second = clip(s);
  const sum = 0 + first + second;
  return -Math.log((side === 0 ? first : second) / sum);
}

function clip(p: number): number {
  return p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
}
