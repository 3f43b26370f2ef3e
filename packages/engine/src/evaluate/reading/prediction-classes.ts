import { UserError } from '../../user-error.js';
import type { IdKeys } from '../../significance/id-keys.js';
import type { PredictionColumns } from '../prediction-metrics.js';
import type { CategoryColumn, NumberColumn } from './cell-columns.js';
import { orderClasses } from './class-order.js';
import type { ClassOrder } from './class-order.js';
import type { RowPlaces } from './row-places.js';

export interface ClassificationParts {
  readonly ids: IdKeys;
  readonly label: CategoryColumn;
  readonly prediction: CategoryColumn | undefined;
  readonly score: NumberColumn | undefined;
  readonly probabilities: readonly { readonly className: string; readonly column: NumberColumn }[];
}

/**
 * How far a row's probabilities may sum from 1: numpy's `allclose(1, sum)` defaults (atol 1e-8 + rtol 1e-5),
 * which scikit-learn's multiclass roc_auc demands. log_loss then renormalises the row, as sklearn 1.2 does.
 */
const SUM_TOLERANCE = 1e-8 + 1e-5;

/** More classes than this is a mistake (a regression target read as classes), not a classifier to score. */
export const MAX_CLASSES = 10_000;

/**
 * The classes of the labels, the predictions and the probability columns together, in scikit-learn's order;
 * too many classes, or a score column (binary) with other than two, is a UserError. A streamed read
 * (streamed-metrics.ts) checks with this too, so both reads refuse the same files with the same words.
 */
export function checkedClassOrder(
  parts: Pick<ClassificationParts, 'label' | 'prediction' | 'probabilities' | 'score'>,
  places: RowPlaces,
): ClassOrder {
  const { label, prediction, probabilities } = parts;
  const order = orderClasses([
    ...label.texts,
    ...(prediction?.texts ?? []),
    ...probabilities.map((p) => p.className),
  ]);
  const classCount = order.classes.length;
  if (classCount > MAX_CLASSES)
    throw new UserError(
      `${classCount} distinct classes, more than the ${MAX_CLASSES} a classification may have: is the task regression?`,
      { file: places.file },
    );
  if (parts.score !== undefined && probabilities.length === 0 && classCount !== 2)
    throw new UserError(
      `a score column "${parts.score.name}" is the positive class's probability of a binary problem, but the labels and predictions hold ${classCount} classes (${order.classes.slice(0, 5).join(', ')}); give one probability column per class`,
      { file: places.file },
    );
  return order;
}

/**
 * Classification columns from what was read: the classes of the labels, the predictions and the probability
 * columns together, in scikit-learn's order (sklearn's `unique_labels(y_true, y_pred)`; a model's
 * `classes_` are its probability columns), and the scores as a `rows × classes` matrix in that order.
 */
export function classificationColumns(
  parts: ClassificationParts,
  rows: number,
  places: RowPlaces,
): PredictionColumns {
  const { label, prediction, probabilities } = parts;
  const predictionTexts = prediction?.texts ?? [];
  const order = checkedClassOrder(parts, places);
  const classCount = order.classes.length;
  const labelClass = (code: number): number => order.indexOf[code]!;
  const predictionClass = (code: number): number => order.indexOf[label.texts.length + code]!;
  // After the checks below, which name rows by their codes: the codes then become classes in place.
  const classified = () => {
    const labels = classesOf(label.codes, rows, order.indexOf, 0);
    const predictions = prediction && classesOf(prediction.codes, rows, order.indexOf, label.texts.length);
    const base = { task: 'classification' as const, ids: parts.ids, classes: order.classes, label: labels };
    return predictions ? { ...base, prediction: predictions } : base;
  };

  if (probabilities.length > 0) {
    const offset = label.texts.length + predictionTexts.length;
    const columnClass = probabilities.map((_, j) => order.indexOf[offset + j]!);
    const covered = new Uint8Array(classCount);
    columnClass.forEach((c, j) => {
      if (covered[c] === 1)
        throw new UserError(
          `two probability columns name the class "${order.classes[c]}" (${probabilities[j]!.column.name} is one)`,
          { file: places.file },
        );
      covered[c] = 1;
    });
    // Every class a label or a prediction names needs its probability column: report the first row using one that lacks it.
    const sources = prediction
      ? [
          { column: label, classOf: labelClass },
          { column: prediction, classOf: predictionClass },
        ]
      : [{ column: label, classOf: labelClass }];
    for (const { column, classOf } of sources) {
      const code = column.texts.findIndex((_, c) => covered[classOf(c)] === 0);
      if (code >= 0)
        throw places.error(
          column.firstRowOf(code),
          `the ${column.name} "${column.texts[code]}" has no probability column (one per class: ${probabilities.map((p) => p.column.name).join(', ')})`,
        );
    }
    const scores = new Float64Array(rows * classCount);
    const values = probabilities.map((p) => p.column.values);
    for (let r = 0; r < rows; r++) {
      let sum = 0;
      for (let j = 0; j < values.length; j++) {
        const p = values[j]![r]!;
        scores[r * classCount + columnClass[j]!] = p;
        sum += p;
      }
      if (Math.abs(sum - 1) > SUM_TOLERANCE) throw places.error(r, `the probabilities sum to ${sum}, not 1`);
    }
    return { ...classified(), scores };
  }

  if (parts.score !== undefined) {
    const score = parts.score.values;
    const scores = new Float64Array(rows * 2);
    for (let r = 0; r < rows; r++) {
      scores[2 * r] = 1 - score[r]!;
      scores[2 * r + 1] = score[r]!;
    }
    return { ...classified(), scores };
  }
  return classified();
}

/**
 * Each row's class from its column's codes, in place: the codes are the column's own and not read again, and
 * fresh memory costs (40 MiB for 10M rows, about 0.1 s to touch on a runner's VM). A plain loop: `map` with a
 * closure cost 0.9 s on 10M rows.
 */
function classesOf(codes: Int32Array, rows: number, indexOf: Int32Array, first: number): Int32Array {
  const classes = codes.subarray(0, rows);
  for (let r = 0; r < rows; r++) classes[r] = indexOf[first + classes[r]!]!;
  return classes;
}
