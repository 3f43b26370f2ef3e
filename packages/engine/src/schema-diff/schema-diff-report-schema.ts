import { SUBJECT_SCHEMA } from '../report/report-subject.js';
import { CHANGE_IMPACTS, CHANGE_KINDS, SCHEMA_DIFF_VERDICTS } from './schema-change.js';
import { SCHEMA_DIFF_REPORT_KIND } from './schema-diff.js';

/**
 * JSON Schema of the `mlgate/schema-diff@1` report (`mlgate schema diff --json`), published as
 * `schemas/schema-diff-report.schema.json` (written by `npx tsx scripts/write-schemas.ts`; a test fails when
 * they differ). The comment job validates a report from a fork's artifact against it before rendering.
 */
const side = {
  type: 'object',
  additionalProperties: false,
  required: ['path', 'language', 'sha256'],
  properties: {
    path: { type: 'string' },
    language: { enum: ['table-schema', 'json-schema'] },
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
  },
} as const;

export const SCHEMA_DIFF_REPORT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlgate schema diff report',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'mlgateVersion', 'subject', 'verdict', 'old', 'new', 'changes'],
  properties: {
    kind: { const: SCHEMA_DIFF_REPORT_KIND },
    mlgateVersion: { type: 'string' },
    subject: SUBJECT_SCHEMA,
    verdict: { enum: [...SCHEMA_DIFF_VERDICTS] },
    old: side,
    new: side,
    changes: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'impact', 'field', 'detail'],
        properties: {
          kind: { enum: [...CHANGE_KINDS] },
          impact: { enum: [...CHANGE_IMPACTS] },
          field: { type: ['string', 'null'] },
          detail: { type: 'string' },
        },
      },
    },
  },
} as const;
