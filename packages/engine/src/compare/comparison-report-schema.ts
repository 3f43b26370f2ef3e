import { REPORT_VERDICT_SCHEMA } from '../gate/verdict.js';
import { COMMIT_SHA_SCHEMA, SUBJECT_SCHEMA } from '../report/report-subject.js';
import { MAX_HISTORY_LENGTH } from './baseline-history.js';
import { COMPARISON_REPORT_KIND, METRIC_VERDICTS } from './comparison-report.js';

/**
 * JSON Schema of the `mlgate/comparison@1` report, published as `schemas/comparison-report.schema.json`
 * (written by `npx tsx scripts/write-schemas.ts`; a test fails when they differ). Readers of a report from
 * another workflow (the fork-safe comment job) validate it against this before trusting it.
 */
const location = {
  type: 'object',
  additionalProperties: false,
  required: ['file'],
  properties: {
    file: { type: 'string' },
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
  },
} as const;

const sha = COMMIT_SHA_SCHEMA;

export const COMPARISON_REPORT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlgate comparison report',
  type: 'object',
  additionalProperties: false,
  allOf: [REPORT_VERDICT_SCHEMA.rule],
  required: [
    'kind',
    'mlgateVersion',
    'subject',
    'verdict',
    'verdictReason',
    'baseline',
    'requireBaseline',
    'policy',
    'current',
    'summary',
    'metrics',
    'warnings',
  ],
  properties: {
    kind: { const: COMPARISON_REPORT_KIND },
    mlgateVersion: { type: 'string' },
    subject: SUBJECT_SCHEMA,
    ...REPORT_VERDICT_SCHEMA.properties,
    baseline: { $ref: '#/definitions/provenance' },
    requireBaseline: { type: 'boolean' },
    policy: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'sha256'],
          properties: { kind: { const: 'builtin' }, sha256: { $ref: '#/definitions/sha256' } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'file', 'sha256'],
          properties: {
            kind: { const: 'file' },
            file: { type: 'string' },
            sha256: { $ref: '#/definitions/sha256' },
          },
        },
      ],
    },
    current: {
      type: 'object',
      additionalProperties: false,
      required: ['files'],
      properties: { files: { type: 'array', items: { type: 'string' } } },
    },
    summary: {
      type: 'object',
      additionalProperties: false,
      required: ['total', ...METRIC_VERDICTS],
      properties: Object.fromEntries(
        ['total', ...METRIC_VERDICTS].map((name) => [name, { type: 'integer', minimum: 0 }]),
      ),
    },
    metrics: { type: 'array', items: { $ref: '#/definitions/metric' } },
    warnings: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['message'],
        properties: { message: { type: 'string' }, location },
      },
    },
  },
  definitions: {
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    value: {
      description: 'A metric value; NaN and the infinities are explicit cases, never JSON numbers.',
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['type', 'value'],
          properties: { type: { const: 'number' }, value: { type: 'number' } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['type'],
          properties: { type: { enum: ['nan', 'null'] } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['type', 'sign'],
          properties: { type: { const: 'infinity' }, sign: { enum: [1, -1] } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['type', 'value'],
          properties: { type: { const: 'text' }, value: { type: 'string' } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['type', 'value'],
          properties: { type: { const: 'boolean' }, value: { type: 'boolean' } },
        },
      ],
    },
    rule: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['match', 'pattern'],
          properties: { match: { enum: ['exact', 'glob'] }, pattern: { type: 'string' }, location },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['match'],
          properties: { match: { const: 'default' }, location },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['match'],
          properties: { match: { const: 'builtin' } },
        },
      ],
    },
    metric: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'baseline', 'current', 'delta', 'verdict', 'reason', 'rule'],
      properties: {
        name: { type: 'string' },
        baseline: { oneOf: [{ type: 'null' }, { $ref: '#/definitions/value' }] },
        current: { oneOf: [{ type: 'null' }, { $ref: '#/definitions/value' }] },
        delta: {
          oneOf: [
            { type: 'null' },
            {
              type: 'object',
              additionalProperties: false,
              required: ['absolute', 'relative'],
              properties: { absolute: { type: 'number' }, relative: { type: ['number', 'null'] } },
            },
          ],
        },
        verdict: { enum: [...METRIC_VERDICTS] },
        reason: { type: 'string' },
        rule: { $ref: '#/definitions/rule' },
        source: location,
        headline: { const: true },
        history: {
          description: 'The values at the last baselines saved on the default branch, oldest first.',
          type: 'array',
          maxItems: MAX_HISTORY_LENGTH,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['commit', 'date', 'value'],
            properties: {
              commit: sha,
              date: { type: 'string' },
              value: { $ref: '#/definitions/value' },
            },
          },
        },
      },
    },
    provenance: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['source', 'key', 'commit', 'date'],
          properties: {
            source: { const: 'cache' },
            key: { type: 'string' },
            commit: sha,
            date: { type: 'string' },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['source', 'ref', 'path', 'commit', 'date'],
          properties: {
            source: { const: 'git' },
            ref: { type: 'string' },
            path: { type: 'string' },
            commit: sha,
            date: { type: 'string' },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['source', 'tag', 'asset', 'commit', 'date'],
          properties: {
            source: { const: 'release' },
            tag: { type: 'string' },
            asset: { type: 'string' },
            commit: sha,
            date: { type: 'string' },
            url: { type: 'string' },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['source', 'path'],
          properties: {
            source: { const: 'file' },
            path: { type: 'string' },
            commit: sha,
            date: { type: 'string' },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['source', 'reason'],
          properties: { source: { const: 'none' }, reason: { type: 'string' } },
        },
      ],
    },
  },
} as const;
