import { REPORT_VERDICT_SCHEMA } from '../../gate/verdict.js';
import { SUBJECT_SCHEMA } from '../../report/report-subject.js';
import { ERROR_CODES } from './error-codes.js';
import { VALIDATION_REPORT_KIND } from './validation-report.js';

/**
 * JSON Schema of the `mlgate/validation@1` report, published as `schemas/validation-report.schema.json`
 * (written by `npx tsx scripts/write-schemas.ts`). Tests validate produced reports against it.
 */
const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;
const count = { type: 'integer', minimum: 0 } as const;
const countsByCode = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(ERROR_CODES.map((code) => [code, count])),
} as const;
const error = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'file', 'row', 'field', 'message', 'value'],
  properties: {
    code: { enum: [...ERROR_CODES] },
    file: { type: 'string' },
    row: {
      type: ['integer', 'null'],
      minimum: 1,
      description: 'physical line (CSV, JSONL, JSON) or record number (Parquet, Arrow)',
    },
    field: { type: ['string', 'null'] },
    message: { type: 'string' },
    value: { type: ['string', 'null'] },
  },
} as const;

export const VALIDATION_REPORT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlgate validation report',
  type: 'object',
  additionalProperties: false,
  required: [
    'kind',
    'mlgateVersion',
    'subject',
    'verdict',
    'verdictReason',
    'createdAt',
    'valid',
    'rows',
    'errorCount',
    'errorsByCode',
    'errors',
    'errorsTruncated',
    'limits',
    'schema',
    'files',
    'fingerprint',
  ],
  properties: {
    kind: { const: VALIDATION_REPORT_KIND },
    mlgateVersion: { type: 'string' },
    subject: SUBJECT_SCHEMA,
    verdict: { enum: ['pass', 'fail'] },
    verdictReason: REPORT_VERDICT_SCHEMA.properties.verdictReason,
    createdAt: { type: 'string', format: 'date-time' },
    valid: { type: 'boolean' },
    rows: count,
    errorCount: count,
    errorsByCode: countsByCode,
    errors: { type: 'array', items: error },
    errorsTruncated: { type: 'boolean' },
    limits: {
      type: 'object',
      additionalProperties: false,
      required: ['maxErrors', 'examplesPerColumn'],
      properties: { maxErrors: count, examplesPerColumn: count },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['path', 'language', 'sha256'],
      properties: { path: { type: 'string' }, language: { enum: ['table-schema', 'json-schema'] }, sha256 },
    },
    files: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'path',
          'format',
          'bytes',
          'sha256',
          'rows',
          'valid',
          'errorCount',
          'errorsByCode',
          'columns',
          'rowErrors',
        ],
        properties: {
          path: { type: 'string' },
          format: { enum: ['csv', 'tsv', 'jsonl', 'json', 'parquet', 'arrow'] },
          bytes: count,
          sha256,
          rows: count,
          valid: { type: 'boolean' },
          errorCount: count,
          errorsByCode: countsByCode,
          rowErrors: countsByCode,
          stoppedAt: error,
          columns: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'type', 'present', 'nulls', 'errors'],
              properties: {
                name: { type: 'string' },
                type: { type: 'string' },
                present: { type: 'boolean' },
                nulls: count,
                errors: countsByCode,
              },
            },
          },
        },
      },
    },
    fingerprint: sha256,
  },
} as const;
