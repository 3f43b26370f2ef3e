import { DEFAULT_RESAMPLES, MAX_RESAMPLES } from '../significance/paired-bootstrap.js';
import { DEFAULT_HISTORY_LENGTH, MAX_HISTORY_LENGTH } from '../compare/baseline-history.js';
import { FOLDABLE_VERDICTS } from '../compare/comparison-report.js';
import { VERSION_BUMPS } from '../model/model-version.js';
import { COMMENT_MODES } from '../surfaces/comment-stamp.js';
import { DRIFT_METHODS } from '../drift/drift-report.js';
import { RETRAIN_TRIGGERS } from './mlgate-config.js';

/**
 * The JSON Schema of `mlgate.yml`, published as `schemas/mlgate.schema.json` (written from this constant by
 * `npx tsx scripts/write-schemas.ts`; a test fails when the two differ). Draft-07, the draft editors'
 * YAML language servers complete best. Every object is closed: an unknown key is an error.
 */
const stringList = (description: string) =>
  ({
    description,
    oneOf: [
      { type: 'string', minLength: 1 },
      { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    ],
  }) as const;

export const RELATIVE_TOLERANCE_SCHEMA_PATTERN = '^(\\d+(\\.\\d+)?|\\.\\d+)\\s*%$';

export const MLGATE_CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlgate.yml',
  description:
    'mlgate configuration: datasets to validate, metrics policy, baseline, report, model publishing.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'The schema this file follows (for editors).' },
    version: { const: 1, description: 'The configuration format version.' },
    datasets: {
      type: 'array',
      description: 'Data files to validate.',
      items: { $ref: '#/definitions/dataset' },
    },
    metrics: { $ref: '#/definitions/metrics' },
    baseline: { $ref: '#/definitions/baseline' },
    report: { $ref: '#/definitions/report' },
    publish: { $ref: '#/definitions/publish' },
    drift: { $ref: '#/definitions/drift' },
    retrain: { $ref: '#/definitions/retrain' },
    evaluate: { $ref: '#/definitions/evaluate' },
  },
  definitions: {
    dataset: {
      type: 'object',
      additionalProperties: false,
      required: ['path'],
      description: 'One dataset: its files and the schema every row of them must satisfy.',
      properties: {
        name: {
          type: 'string',
          minLength: 1,
          description: "A name for reports; 'dataset-<n>' (its place in the list, from 1) when absent.",
        },
        path: stringList('A file path or glob, or a list of them.'),
        schema: {
          type: 'string',
          minLength: 1,
          description:
            'The JSON Schema or Frictionless Table Schema file the rows must satisfy; validation needs it.',
        },
        format: {
          enum: ['csv', 'tsv', 'jsonl', 'parquet', 'arrow'],
          description:
            'The file format; from the extension when absent (Parquet and Arrow are confirmed by their magic bytes).',
        },
      },
    },
    metrics: {
      type: 'object',
      additionalProperties: false,
      description: 'Metrics files and the policy they are compared under.',
      properties: {
        files: stringList('Metrics files (JSON, YAML, CSV, TSV): paths or globs.'),
        namespace: {
          enum: ['auto', 'stem', 'none'],
          default: 'auto',
          description:
            "How metrics from several files are named: 'auto' prefixes with the file's stem only when names collide, 'stem' always, 'none' never.",
        },
        default: {
          $ref: '#/definitions/rule',
          description:
            "The rule for metrics no entry of rules matches, and the fields those entries leave unset. Without it: direction 'none', tolerance 0, severity 'fail', not required, NaN not allowed.",
        },
        rules: {
          type: 'object',
          description:
            "Rules by exact metric name or glob ('per_class.*.recall': '*' stays within one dot-separated segment, '**' crosses them).",
          propertyNames: { minLength: 1 },
          additionalProperties: { $ref: '#/definitions/rule' },
        },
      },
    },
    rule: {
      type: 'object',
      additionalProperties: false,
      description: 'How a metric is judged. Unset fields come from the default rule.',
      properties: {
        direction: {
          enum: ['higher', 'lower', 'equal', 'none'],
          description:
            "Which way is better; 'equal' must not move beyond the tolerance; 'none' is informational.",
        },
        tolerance: {
          description:
            'How far the metric may move the wrong way: an absolute number ≥ 0, or a percentage of the baseline such as "2%".',
          oneOf: [
            { type: 'number', minimum: 0 },
            { type: 'string', pattern: RELATIVE_TOLERANCE_SCHEMA_PATTERN },
          ],
        },
        min: { type: 'number', description: 'Lowest acceptable value; holds even with no baseline.' },
        max: { type: 'number', description: 'Highest acceptable value; holds even with no baseline.' },
        severity: { enum: ['fail', 'warn'], description: 'What breaking this rule does.' },
        required: { type: 'boolean', description: 'The current run must have this metric.' },
        'allow-nan': {
          type: 'boolean',
          description:
            'Accept NaN and ±Infinity (any value that is not a finite number) instead of breaking the rule.',
        },
        headline: {
          type: 'boolean',
          description:
            "One of the metrics to watch: the comment charts its trend over the default branch's baselines.",
        },
        significance: {
          type: 'object',
          additionalProperties: false,
          required: ['alpha'],
          description:
            'Judge a change by its paired bootstrap interval (mlgate evaluate with baseline predictions): a regression breaks the rule only when the whole 1 − alpha interval lies beyond the tolerance on the bad side.',
          properties: {
            alpha: {
              type: 'number',
              exclusiveMinimum: 0,
              exclusiveMaximum: 1,
              description: 'The interval is 1 − alpha (0.05: a 95% interval).',
            },
            resamples: {
              type: 'integer',
              minimum: 1,
              maximum: MAX_RESAMPLES,
              default: DEFAULT_RESAMPLES,
              description: 'Bootstrap resamples.',
            },
          },
        },
      },
    },
    evaluate: {
      type: 'object',
      additionalProperties: false,
      description: 'Which columns of a predictions file hold what (mlgate evaluate).',
      properties: {
        id: {
          type: 'string',
          minLength: 1,
          description: "The example's id, to pair two runs.",
          default: 'id',
        },
        label: { type: 'string', minLength: 1, description: 'The true label or target.', default: 'label' },
        prediction: {
          type: 'string',
          minLength: 1,
          description: 'The predicted class or value.',
          default: 'prediction',
        },
        score: {
          type: 'string',
          minLength: 1,
          description: "Binary: the positive class's probability.",
          default: 'score',
        },
        'proba-prefix': {
          type: 'string',
          minLength: 1,
          description: 'One probability column per class, this prefix plus the class.',
          default: 'proba_',
        },
        predictions: {
          type: 'string',
          minLength: 1,
          description:
            "The predictions file the root and compare-metrics actions evaluate against the default branch's (their input predictions wins).",
        },
        task: {
          type: 'string',
          enum: ['classification', 'regression'],
          description: 'What the predictions are of.',
          default: 'classification',
        },
        slices: {
          type: 'array',
          maxItems: 20,
          uniqueItems: true,
          items: { type: 'string', minLength: 1 },
          description:
            'Columns of the predictions file whose every value gets its own metrics, named slice.<col>=<value>.<metric> so policy globs apply (the root and compare-metrics actions; mlgate evaluate takes --slices).',
        },
      },
    },
    baseline: {
      type: 'object',
      additionalProperties: false,
      description: 'Where the metrics are compared from, and what the default branch keeps.',
      properties: {
        source: {
          type: 'string',
          pattern: '^(cache|release|git:.+|file:.+)$',
          default: 'cache',
          description:
            "Where the baseline comes from: 'cache' (saved by runs on the default branch), 'git:<ref>' (the metrics files at that ref), 'release' (the latest release's metrics) or 'file:<path>'.",
        },
        name: {
          type: 'string',
          pattern: '^[A-Za-z0-9._-]+$',
          default: 'default',
          description: 'Names the baseline (part of its cache key), for several models in one repository.',
        },
        require: {
          type: 'boolean',
          default: false,
          description: 'Fail when there is no baseline instead of a neutral result.',
        },
        history: {
          type: 'integer',
          minimum: 1,
          maximum: MAX_HISTORY_LENGTH,
          default: DEFAULT_HISTORY_LENGTH,
          description: "How many baselines' values each saved baseline remembers, for trends.",
        },
      },
    },
    report: {
      type: 'object',
      additionalProperties: false,
      description: 'The pull-request comment and the reports.',
      properties: {
        'comment-id': {
          type: 'string',
          pattern: '^[A-Za-z0-9._-]+$',
          default: 'mlgate',
          description:
            'Identifies the sticky pull-request comment, for several mlgate comments on one pull request.',
        },
        'comment-mode': {
          enum: [...COMMENT_MODES],
          default: 'upsert',
          description:
            "How the sticky comment is kept current: 'upsert' edits it in place, 'recreate' posts it anew at the bottom, 'hide-previous' posts anew and minimizes the older one, 'delete' removes it.",
        },
        fold: {
          type: 'array',
          uniqueItems: true,
          items: { enum: [...FOLDABLE_VERDICTS] },
          default: ['pass'],
          description:
            "Metric verdicts whose rows go in a collapsed section. 'fail' and 'warn' rows are never folded: they are why a gate fails.",
        },
        'max-errors': {
          type: 'integer',
          minimum: 0,
          default: 100,
          description: 'How many data errors a validation report lists (counts stay exact).',
        },
      },
    },
    drift: {
      type: 'object',
      additionalProperties: false,
      description: "How the current data's drift from the baseline's is judged (docs/drift.md).",
      properties: {
        severity: {
          enum: ['warn', 'fail'],
          default: 'warn',
          description: 'What a drifted column does to the verdict.',
        },
        method: {
          enum: ['auto', ...DRIFT_METHODS],
          default: 'auto',
          description:
            "The statistic for every column; 'auto' is Evidently's choice by column type, size and distinct values.",
        },
        threshold: {
          type: 'number',
          minimum: 0,
          description:
            'Drift when a test’s p-value is below it, or a distance is at or above it (default 0.05 for tests, 0.1 for distances).',
        },
        'dataset-share': {
          type: 'number',
          exclusiveMinimum: 0,
          maximum: 1,
          description: 'The share of drifted columns at which the whole dataset counts as drifted.',
          default: 0.5,
        },
        columns: {
          type: 'object',
          description: 'Settings for single columns, by exact name.',
          propertyNames: { minLength: 1 },
          additionalProperties: { $ref: '#/definitions/columnDrift' },
        },
      },
    },
    columnDrift: {
      type: 'object',
      additionalProperties: false,
      description: "One column's drift settings, over the drift section's.",
      properties: {
        method: { enum: ['auto', ...DRIFT_METHODS], description: 'The statistic for this column.' },
        threshold: { type: 'number', minimum: 0, description: 'The threshold for this column.' },
        ignore: {
          type: 'boolean',
          description: 'Leave this column out of the drift report (listed as skipped).',
        },
      },
    },
    retrain: {
      type: 'object',
      additionalProperties: false,
      required: ['workflow'],
      description: 'Continuous training: the workflow to start when the data drifted or the model regressed.',
      properties: {
        workflow: {
          type: 'string',
          pattern: '^[^/\\\\]+\\.ya?ml$',
          description: "The workflow file under .github/workflows to dispatch, such as 'train.yml'.",
        },
        on: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { enum: [...RETRAIN_TRIGGERS] },
          default: [...RETRAIN_TRIGGERS],
          description:
            "What starts it: 'drift' (a column of the data drifted), 'regression' (a metric failed or warned against the baseline).",
        },
      },
    },
    publish: {
      type: 'object',
      additionalProperties: false,
      required: ['model'],
      description: 'Publishing the model as a GitHub release, with checksums and a model card.',
      properties: {
        model: {
          type: 'string',
          pattern: '^[A-Za-z0-9_](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?$',
          maxLength: 100,
          description: "The model name; its releases are tagged '<model>-v<version>'.",
        },
        files: stringList(
          'Model files to attach to the release: paths, globs or directories (every file below).',
        ),
        bump: {
          enum: [...VERSION_BUMPS],
          default: 'patch',
          description:
            "With version 'auto': which part of the latest '<model>-v*' release's semantic version to bump.",
        },
        'required-approvals': {
          type: 'integer',
          minimum: 0,
          description:
            'Approving reviews of the final head the pull request needs before its model is published.',
          default: 1,
        },
      },
    },
  },
} as const;
