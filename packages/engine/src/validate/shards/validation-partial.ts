import { SUBJECT_SCHEMA } from '../../report/report-subject.js';
import type { ReportSubject } from '../../report/report-subject.js';
import type { LoadedSchema } from '../schema/schema-file.js';
import type { FileResult } from '../validate-data.js';
import { VALIDATION_REPORT_SCHEMA } from '../report/validation-report-schema.js';
import { MAX_SHARDS } from './shard-plan.js';
import type { Shard } from './shard-plan.js';

/**
 * `mlgate/validation-partial@1`: what one shard of a run split across a matrix validated, with what an exact
 * merge needs (partial-merge.ts): each of its files' report and first errors, where each file sits in the
 * run's file list, and the list itself, so the merge can prove every file was validated exactly once.
 */
export const VALIDATION_PARTIAL_KIND = 'mlgate/validation-partial@1';

export interface PartialFile extends FileResult {
  /** The file's position in the dataset's file list (from 0). */
  readonly position: number;
}

export interface DatasetPartial {
  /** The dataset's name (mlgate.yml `datasets:`, or `data` for files given on the command line). */
  readonly name: string;
  readonly schema: Pick<LoadedSchema, 'path' | 'language' | 'sha256'>;
  readonly limits: { readonly maxErrors: number; readonly examplesPerColumn: number };
  /** Every file of the dataset, in the run's order, as each shard resolved it: all shards must agree. */
  readonly files: readonly string[];
  /** The files this shard validated, in list order. */
  readonly results: readonly PartialFile[];
}

export interface ValidationPartial {
  readonly kind: typeof VALIDATION_PARTIAL_KIND;
  readonly mlgateVersion: string;
  readonly shard: Shard;
  readonly subject: ReportSubject;
  readonly datasets: readonly DatasetPartial[];
}

const report = VALIDATION_REPORT_SCHEMA.properties;
const count = { type: 'integer', minimum: 0 } as const;

/** JSON Schema of a partial, published as `schemas/validation-partial.schema.json`; the merge checks with it. */
export const VALIDATION_PARTIAL_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlgate validation partial (one shard of a split run)',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'mlgateVersion', 'shard', 'subject', 'datasets'],
  properties: {
    kind: { const: VALIDATION_PARTIAL_KIND },
    mlgateVersion: { type: 'string' },
    shard: {
      type: 'object',
      additionalProperties: false,
      required: ['index', 'count'],
      properties: {
        index: { type: 'integer', minimum: 1, maximum: MAX_SHARDS },
        count: { type: 'integer', minimum: 1, maximum: MAX_SHARDS },
      },
    },
    subject: SUBJECT_SCHEMA,
    datasets: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'schema', 'limits', 'files', 'results'],
        properties: {
          name: { type: 'string' },
          schema: report.schema,
          limits: report.limits,
          files: { type: 'array', items: { type: 'string' } },
          results: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['position', 'file', 'examples'],
              properties: { position: count, file: report.files.items, examples: report.errors },
            },
          },
        },
      },
    },
  },
} as const;
