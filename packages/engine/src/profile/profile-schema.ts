import { SUBJECT_SCHEMA } from '../report/report-subject.js';
import { PROFILE_KIND } from './column-profile.js';

/**
 * JSON Schema of the `mlgate/profile@1` document, published as `schemas/profile.schema.json` (written by
 * `npx tsx scripts/write-schemas.ts`). A profile restored from the cache or given to `mlgate drift
 * --baseline` is untrusted: it is checked against this before any statistic reads it.
 */
const count = { type: 'integer', minimum: 0 } as const;
const finite = { type: 'number' } as const;
const nullableNumber = { type: ['number', 'null'] } as const;
/** Bounds that keep a hostile profile's work small: a real one has at most a few hundred items per column. */
const MAX_SKETCH_ITEMS = 100_000;
const MAX_COLUMNS = 100_000;

const sketch = {
  type: 'object',
  additionalProperties: false,
  required: ['k', 'count', 'min', 'max', 'levels', 'seed'],
  properties: {
    k: { type: 'integer', minimum: 8, maximum: 65_535 },
    count,
    min: finite,
    max: finite,
    levels: {
      type: 'array',
      maxItems: 64,
      items: { type: 'array', maxItems: MAX_SKETCH_ITEMS, items: finite },
    },
    seed: { type: 'integer', minimum: 0, maximum: 4_294_967_295 },
  },
} as const;

const histogram = {
  type: 'object',
  additionalProperties: false,
  required: ['edges', 'counts', 'exact'],
  properties: {
    edges: { type: 'array', maxItems: 1_001, items: finite },
    counts: { type: 'array', maxItems: 1_000, items: count },
    exact: { type: 'boolean' },
  },
} as const;

const numeric = {
  type: 'object',
  additionalProperties: false,
  required: [
    'count',
    'min',
    'max',
    'mean',
    'std',
    'nan',
    'positiveInfinity',
    'negativeInfinity',
    'sketch',
    'histogram',
  ],
  properties: {
    count,
    min: nullableNumber,
    max: nullableNumber,
    mean: nullableNumber,
    std: { type: ['number', 'null'], minimum: 0 },
    nan: count,
    positiveInfinity: count,
    negativeInfinity: count,
    sketch,
    histogram,
  },
} as const;

const categories = {
  type: 'object',
  additionalProperties: false,
  required: ['exact', 'distinct', 'values', 'other', 'bound'],
  properties: {
    exact: { type: 'boolean' },
    distinct: count,
    values: {
      type: 'array',
      maxItems: 10_000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['value', 'count'],
        properties: { value: { type: 'string', maxLength: 65_536 }, count },
      },
    },
    other: count,
    bound: count,
  },
} as const;

export const PROFILE_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlgate profile',
  description:
    'A dataset profile: per-column counts, moments, a quantile sketch, a histogram, category counts.',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'mlgateVersion', 'subject', 'createdAt', 'dataset', 'rows', 'files', 'columns'],
  properties: {
    kind: { const: PROFILE_KIND },
    mlgateVersion: { type: 'string' },
    subject: SUBJECT_SCHEMA,
    createdAt: { type: 'string', format: 'date-time' },
    dataset: { type: 'string' },
    rows: count,
    files: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'sha256', 'rows'],
        properties: {
          path: { type: 'string' },
          sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
          rows: count,
        },
      },
    },
    columns: {
      type: 'array',
      maxItems: MAX_COLUMNS,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'type', 'kind', 'count', 'nulls'],
        properties: {
          name: { type: 'string' },
          type: { type: 'string' },
          kind: { enum: ['numeric', 'categorical'] },
          count,
          nulls: count,
          numeric,
          categories,
        },
      },
    },
  },
} as const;
