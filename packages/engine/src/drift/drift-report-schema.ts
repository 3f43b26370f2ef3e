import { REPORT_VERDICT_SCHEMA } from '../gate/verdict.js';
import { SUBJECT_SCHEMA } from '../report/report-subject.js';
import { DRIFT_METHODS, DRIFT_REPORT_KIND } from './drift-report.js';

/**
 * JSON Schema of the `mlgate/drift@1` report, published as `schemas/drift-report.schema.json` (written by
 * `npx tsx scripts/write-schemas.ts`; a test fails when they differ). The comment job validates a report
 * from a fork's artifact against it before rendering, so every field is typed and nothing else is allowed.
 * Statistics are finite JSON numbers: NaN and the infinities cannot be written as JSON, and a drift
 * statistic that is not finite is an error of the producer, never a report.
 */
const count = { type: 'integer', minimum: 0 } as const;
const share = { type: 'number', minimum: 0, maximum: 1 } as const;
const numbers = { type: 'array', items: { type: 'number' } } as const;

const columnDrift = {
  type: 'object',
  additionalProperties: false,
  required: [
    'name',
    'type',
    'kind',
    'method',
    'statistic',
    'threshold',
    'drifted',
    'methodReason',
    'baselineCount',
    'currentCount',
  ],
  properties: {
    name: { type: 'string' },
    type: { type: 'string' },
    kind: { enum: ['numeric', 'categorical'] },
    method: { enum: [...DRIFT_METHODS] },
    statistic: { type: 'number' },
    pValue: { type: 'number', minimum: 0, maximum: 1 },
    threshold: { type: 'number', minimum: 0 },
    drifted: { type: 'boolean' },
    methodReason: { type: 'string' },
    baselineCount: count,
    currentCount: count,
    histogram: {
      type: 'object',
      additionalProperties: false,
      required: ['edges', 'baseline', 'current'],
      properties: { edges: numbers, baseline: numbers, current: numbers },
    },
    categories: {
      type: 'object',
      additionalProperties: false,
      required: ['values', 'baseline', 'current'],
      properties: {
        values: { type: 'array', items: { type: 'string' } },
        baseline: numbers,
        current: numbers,
      },
    },
  },
} as const;

export const DRIFT_REPORT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlgate drift report',
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
    'dataset',
    'basis',
    'severity',
    'baseline',
    'current',
    'columns',
    'skipped',
    'driftedColumns',
    'share',
    'datasetShare',
    'datasetDrifted',
  ],
  properties: {
    kind: { const: DRIFT_REPORT_KIND },
    mlgateVersion: { type: 'string' },
    subject: SUBJECT_SCHEMA,
    ...REPORT_VERDICT_SCHEMA.properties,
    createdAt: { type: 'string' },
    dataset: { type: 'string' },
    basis: { enum: ['raw', 'profile'] },
    severity: { enum: ['warn', 'fail'] },
    baseline: {
      type: 'object',
      additionalProperties: false,
      required: ['rows', 'source'],
      properties: { rows: count, source: { type: 'string' }, sha: { type: 'string' } },
    },
    current: {
      type: 'object',
      additionalProperties: false,
      required: ['rows', 'files'],
      properties: { rows: count, files: { type: 'array', items: { type: 'string' } } },
    },
    columns: { type: 'array', items: columnDrift },
    skipped: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'reason'],
        properties: { name: { type: 'string' }, reason: { type: 'string' } },
      },
    },
    driftedColumns: { type: 'array', items: { type: 'string' } },
    share,
    datasetShare: share,
    datasetDrifted: { type: 'boolean' },
  },
} as const;
