import { METRIC_VERDICTS } from '../../compare/comparison-report.js';
import { REPORT_VERDICT_SCHEMA } from '../../gate/verdict.js';
import { SUBJECT_SCHEMA } from '../../report/report-subject.js';
import { CLASSIFICATION_METRICS, REGRESSION_METRICS } from '../prediction-metrics.js';
import { EVALUATION_REPORT_KIND } from './evaluation-report.js';

/**
 * JSON Schema of the `mlgate/evaluation@1` report, published as `schemas/evaluation-report.schema.json`
 * (written by `npx tsx scripts/write-schemas.ts`). A report from a fork's artifact is checked against it
 * before rendering, so every field is typed and nothing else is allowed.
 */
const count = { type: 'integer', minimum: 0 } as const;
const maybeNumber = { type: ['number', 'null'] } as const;
const unmatched = {
  type: 'object',
  additionalProperties: false,
  required: ['count', 'first'],
  properties: { count, first: { type: 'array', items: { type: 'string' } } },
} as const;

const evaluatedMetric = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'metric', 'current', 'verdict', 'reason'],
  properties: {
    name: { type: 'string' },
    metric: { enum: [...CLASSIFICATION_METRICS, ...REGRESSION_METRICS] },
    baseline: maybeNumber,
    current: maybeNumber,
    delta: maybeNumber,
    ci: { type: 'array', items: [maybeNumber, maybeNumber], minItems: 2, maxItems: 2 },
    alpha: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    pValue: { type: 'number', minimum: 0, maximum: 1 },
    significant: { type: 'boolean' },
    verdict: { enum: [...METRIC_VERDICTS] },
    reason: { type: 'string' },
    rule: { type: 'string' },
    bySignificance: { type: 'boolean' },
  },
} as const;

export const EVALUATION_REPORT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlgate evaluation report',
  type: 'object',
  additionalProperties: false,
  allOf: [REPORT_VERDICT_SCHEMA.rule],
  required: [
    'kind',
    'mlgateVersion',
    'subject',
    'verdict',
    'verdictReason',
    'createdAt',
    'task',
    'average',
    'files',
    'rows',
    'metrics',
  ],
  properties: {
    kind: { const: EVALUATION_REPORT_KIND },
    mlgateVersion: { type: 'string' },
    subject: SUBJECT_SCHEMA,
    ...REPORT_VERDICT_SCHEMA.properties,
    createdAt: { type: 'string' },
    task: { enum: ['classification', 'regression'] },
    average: { enum: ['macro', 'micro', 'weighted', 'binary'] },
    files: {
      type: 'object',
      additionalProperties: false,
      required: ['current'],
      properties: { current: { type: 'string' }, baseline: { type: 'string' } },
    },
    rows: {
      type: 'object',
      additionalProperties: false,
      required: ['current'],
      properties: { current: count, baseline: count },
    },
    join: {
      type: 'object',
      additionalProperties: false,
      required: ['matched', 'missing', 'extra'],
      properties: { matched: count, missing: unmatched, extra: unmatched },
    },
    bootstrap: {
      type: 'object',
      additionalProperties: false,
      required: ['seed', 'resamples'],
      properties: { seed: { type: 'integer' }, resamples: { type: 'integer', minimum: 1 } },
    },
    metrics: { type: 'array', items: evaluatedMetric },
  },
} as const;
