import { stringify } from 'yaml';
import type { Direction } from '@mlgate/engine';
import type { StarterDataset } from './starter-datasets.js';
import type { StarterPredictions } from './starter-predictions.js';

/**
 * The `$schema` of the mlgate.yml init writes: the published schema at the same major tag as the action the
 * workflow uses (`mlgate/mlgate@v1`), so editors complete the keys of the version that reads the file. A
 * path into node_modules would only resolve where the CLI is installed locally, which a Python project
 * using the action never does.
 */
export const CONFIG_SCHEMA_URL =
  'https://raw.githubusercontent.com/mlgate/mlgate/v1/schemas/mlgate.schema.json';

/** The predictions' metrics a starter judges; precision and recall are reported beside them. */
const JUDGED_PREDICTION_METRICS = new Set(['accuracy', 'f1', 'roc_auc', 'log_loss', 'rmse', 'mae', 'r2']);

/** Rules written for at most this many metrics: a starter, not a listing of per-class breakdowns. */
export const MAX_STARTER_RULES = 30;

/**
 * Which way a metric is better, guessed from the last part of its name (`val.loss`, `per_class.cat.f1`);
 * undefined when the name does not say. A guess for the user to check, never a policy mlgate assumes.
 */
export function guessDirection(name: string): Exclude<Direction, 'none' | 'equal'> | undefined {
  const last = (name.split('.').pop() ?? name).toLowerCase();
  if (/loss|err|mse|mae|mape|rmse|brier|perplexity|latency|duration|_ms$|_seconds$|^time/.test(last))
    return 'lower';
  if (/acc|auc|f1|precision|recall|^r2|roc|^ap$|^map|iou|bleu|rouge|kappa|mcc|dice|score/.test(last))
    return 'higher';
  return undefined;
}

export interface StarterMetrics {
  readonly files: readonly string[];
  /** Metric names as `mlgate compare` names them (namespace auto), in file order. */
  readonly names: readonly string[];
}

function section(comment: string, value: Record<string, unknown>): string {
  const text = stringify(value, { lineWidth: 0, flowCollectionPadding: false });
  return `${comment
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n')}\n${text}`;
}

/** The text of a starter mlgate.yml: the datasets with their inferred schemas, the metrics with guessed rules. */
export function starterConfigText(
  datasets: readonly StarterDataset[],
  metrics: StarterMetrics | undefined,
  predictions?: StarterPredictions,
): string {
  const parts = [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}\n` +
      '# Written by `mlgate init` as a starting point: `mlgate validate` and `mlgate compare` read it, and so\n' +
      '# does the mlgate action in .github/workflows/pull-request.yml and main.yml.\n' +
      'version: 1\n',
  ];
  if (datasets.length > 0) {
    parts.push(
      section(
        'The data to validate, each dataset against the Table Schema inferred from its first rows. Edit the\n' +
          'schemas for what inference cannot know: ranges, allowed values, unique keys, patterns.',
        {
          datasets: datasets.map((dataset) => ({
            name: dataset.name,
            path: [...dataset.files],
            schema: dataset.schemaPath,
          })),
        },
      ),
    );
  }
  const rules: Record<string, Record<string, unknown>> = {};
  // The predictions' metrics first: paired significance makes tolerance 0 fail only a real regression.
  for (const name of predictions?.metrics ?? []) {
    const direction = guessDirection(name);
    if (!JUDGED_PREDICTION_METRICS.has(name) || direction === undefined) continue;
    rules[name] = { direction, tolerance: 0, significance: { alpha: 0.05 } };
  }
  for (const name of metrics?.names ?? []) {
    const direction = guessDirection(name);
    if (direction !== undefined && !(name in rules) && Object.keys(rules).length < MAX_STARTER_RULES)
      rules[name] = { direction, tolerance: 0 };
  }
  if (metrics !== undefined || predictions !== undefined) {
    const lines = [
      ...(metrics !== undefined
        ? [
            "The metrics files the model writes, compared with the default branch's baseline. Each direction below",
            'is guessed from the name: check it, and set how far a metric may move the wrong way (tolerance: 0.01,',
            'or "2%" of the baseline). Metrics without a rule are reported, not judged.',
          ]
        : []),
      ...(predictions !== undefined
        ? [
            `The rules with significance judge the metrics mlgate computes from ${predictions.file} (evaluate:):`,
            'a change fails only when its paired bootstrap interval lies wholly beyond the tolerance.',
          ]
        : []),
    ];
    parts.push(
      section(lines.join('\n'), {
        metrics: {
          ...(metrics !== undefined ? { files: [...metrics.files] } : {}),
          default: { direction: 'none' },
          ...(Object.keys(rules).length > 0 ? { rules } : {}),
        },
      }),
    );
  }
  if (predictions !== undefined) {
    parts.push(
      section(
        "Per-example predictions, paired by id with the default branch's: each metric's change gets its\n" +
          'interval and p-value. Add slices: [<column>] for metrics per value of a column.',
        {
          evaluate: {
            predictions: predictions.file,
            ...(predictions.task === 'regression' ? { task: 'regression' } : {}),
          },
        },
      ),
    );
  }
  return parts.join('\n');
}
