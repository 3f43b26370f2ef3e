import { CLASSIFICATION_METRICS, REGRESSION_METRICS } from '@mlgate/engine';
import type { StarterDataset } from './starter-datasets.js';

/**
 * A per-example predictions file init found among the data files: evaluated against the default branch's
 * (`evaluate.predictions`) rather than validated as a dataset.
 */
export interface StarterPredictions {
  readonly file: string;
  readonly task: 'classification' | 'regression';
  /** The metrics mlgate computes from it, by name, for the starter rules. */
  readonly metrics: readonly string[];
}

export interface SortedDataFiles {
  readonly datasets: readonly StarterDataset[];
  readonly predictions: StarterPredictions | undefined;
  /** Files that look like predictions but cannot be used as such, with why (they stay datasets). */
  readonly notes: readonly string[];
}

/** mlgate evaluate's default column names (`evaluate:` in mlgate.yml renames them). */
const [ID, LABEL, PREDICTION, SCORE, PROBA] = ['id', 'label', 'prediction', 'score', 'proba_'];

/**
 * Tells predictions from data by their columns, as mlgate evaluate names them by default: a label, and a
 * prediction or scores. Only a single-file dataset can be one (a model's run writes one file), and only the
 * first found is used; without an id column the two runs cannot be paired, so it stays data, with a note.
 */
export function sortDataFiles(datasets: readonly StarterDataset[]): SortedDataFiles {
  const notes: string[] = [];
  let predictions: StarterPredictions | undefined;
  const kept: StarterDataset[] = [];
  for (const dataset of datasets) {
    const fields = new Map(dataset.schema.fields.map((field) => [field.name, field.type]));
    const scored = fields.has(SCORE) || [...fields.keys()].some((name) => name.startsWith(PROBA));
    const looksLikePredictions =
      dataset.files.length === 1 && fields.has(LABEL) && (fields.has(PREDICTION) || scored);
    if (!looksLikePredictions || predictions !== undefined) {
      kept.push(dataset);
      continue;
    }
    const file = dataset.files[0]!;
    if (!fields.has(ID)) {
      notes.push(
        `${file} looks like per-example predictions but has no "${ID}" column: add one to judge each change's significance against main's (evaluate.predictions)`,
      );
      kept.push(dataset);
      continue;
    }
    // Whole-number labels are classes (0/1, 1..k); fractional ones are a regression's targets.
    const regression = fields.get(LABEL) === 'number' && fields.get(PREDICTION) === 'number';
    const metrics = regression
      ? [...REGRESSION_METRICS]
      : CLASSIFICATION_METRICS.filter((name) => scored || (name !== 'roc_auc' && name !== 'log_loss'));
    predictions = { file, task: regression ? 'regression' : 'classification', metrics };
  }
  return { datasets: kept, predictions, notes };
}
