import { COMPARISON_REPORT_SCHEMA } from '../compare/comparison-report-schema.js';
import { COMPARISON_REPORT_KIND, METRIC_VERDICTS } from '../compare/comparison-report.js';
import { VERDICTS } from '../gate/verdict.js';
import { COMMIT_SHA_SCHEMA, SUBJECT_SCHEMA } from '../report/report-subject.js';
import { VALIDATION_REPORT_KIND } from '../validate/report/validation-report.js';
import { DATA_FORMATS } from '../validate/readers/data-format.js';
import { MODEL_MANIFEST_KIND } from './model-manifest.js';
import { MODEL_NAME_MAX_CHARS, MODEL_NAME_PATTERN, SEMVER_PATTERN } from './model-version.js';
import { ASSET_NAME_MAX_CHARS, PLAIN_ASSET_NAME_PATTERN } from './sha256-sums.js';

/**
 * JSON Schema of the `mlgate/model-manifest@1` document (`manifest.json` of a model release), published as
 * `schemas/model-manifest.schema.json` (written by `npx tsx scripts/write-schemas.ts`; a test fails when they
 * differ). `mlgate model download` reads a manifest from a release, untrusted, and validates it against this
 * first. Metric values and baseline provenance are the comparison report's own definitions.
 */
const sha = COMMIT_SHA_SCHEMA;
const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;
const count = { type: 'integer', minimum: 0 } as const;
const text = { type: 'string' } as const;

export const MODEL_MANIFEST_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlgate model manifest',
  type: 'object',
  additionalProperties: false,
  required: [
    'kind',
    'mlgateVersion',
    'subject',
    'name',
    'version',
    'tag',
    'commit',
    'createdAt',
    'pullRequest',
    'gate',
    'metrics',
    'data',
    'assets',
  ],
  properties: {
    kind: { const: MODEL_MANIFEST_KIND },
    mlgateVersion: text,
    subject: { ...SUBJECT_SCHEMA, required: ['sha'] },
    name: { type: 'string', pattern: MODEL_NAME_PATTERN.source, maxLength: MODEL_NAME_MAX_CHARS },
    version: { type: 'string', pattern: SEMVER_PATTERN, maxLength: 256 },
    tag: { type: 'string', description: '<name>-v<version>' },
    commit: sha,
    createdAt: { type: 'string', format: 'date-time' },
    pullRequest: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['number', 'url', 'approvers'],
          properties: {
            number: { type: 'integer', minimum: 1 },
            url: { type: 'string', pattern: '^https?://' },
            approvers: { type: 'array', items: text },
          },
        },
      ],
    },
    gate: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['source', 'sha', 'checkName', 'checkRunId', 'verdict', 'reason'],
          properties: {
            source: { const: 'check-run' },
            sha,
            checkName: text,
            checkRunId: { type: 'integer', minimum: 1 },
            url: text,
            verdict: { const: 'pass' },
            reason: text,
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['source', 'sha', 'verdict', 'verdictReason', 'reports', 'reason'],
          properties: {
            source: { const: 'reports' },
            sha,
            verdict: { enum: ['pass', 'neutral'] },
            verdictReason: text,
            reports: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['file', 'kind'],
                properties: {
                  file: text,
                  kind: { enum: [COMPARISON_REPORT_KIND, VALIDATION_REPORT_KIND] },
                },
              },
            },
            reason: text,
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['source'],
          properties: { source: { const: 'not-required' } },
        },
      ],
    },
    metrics: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files', 'baseline', 'verdict', 'metrics'],
        properties: {
          files: { type: 'array', items: text },
          baseline: { $ref: '#/definitions/provenance' },
          verdict: { enum: [...VERDICTS] },
          metrics: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'value', 'baseline', 'verdict'],
              properties: {
                name: text,
                value: { $ref: '#/definitions/value' },
                baseline: { oneOf: [{ type: 'null' }, { $ref: '#/definitions/value' }] },
                verdict: { enum: [...METRIC_VERDICTS] },
              },
            },
          },
        },
      },
    },
    data: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['fingerprint', 'schema', 'files'],
        properties: {
          fingerprint: sha256,
          schema: {
            type: 'object',
            additionalProperties: false,
            required: ['path', 'sha256'],
            properties: { path: text, sha256 },
          },
          files: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['path', 'format', 'bytes', 'rows', 'sha256'],
              properties: {
                path: text,
                format: { enum: [...DATA_FORMATS] },
                bytes: count,
                rows: count,
                sha256,
              },
            },
          },
        },
      },
    },
    profiles: {
      type: 'array',
      description: "The datasets' profiles (mlgate/profile@1) the release carries as assets.",
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['dataset', 'asset', 'sha256', 'rows'],
        properties: {
          dataset: { type: 'string', minLength: 1 },
          asset: { type: 'string', pattern: PLAIN_ASSET_NAME_PATTERN, maxLength: ASSET_NAME_MAX_CHARS },
          sha256,
          rows: count,
        },
      },
    },
    assets: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'bytes', 'sha256'],
        properties: {
          name: { type: 'string', pattern: PLAIN_ASSET_NAME_PATTERN, maxLength: ASSET_NAME_MAX_CHARS },
          bytes: count,
          sha256,
        },
      },
    },
  },
  definitions: {
    value: COMPARISON_REPORT_SCHEMA.definitions.value,
    provenance: COMPARISON_REPORT_SCHEMA.definitions.provenance,
  },
} as const;
