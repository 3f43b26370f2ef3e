import { SUBJECT_SCHEMA } from '../../report/report-subject.js';
import type { ReportSubject } from '../../report/report-subject.js';
import type { LoadedSchema } from '../schema/schema-file.js';
import type { FileResult } from '../validate-data.js';
import type { AccumulatedPiece, AccumulatorPlan, KeySpec } from '../checks/file-accumulator.js';
import { VALIDATION_REPORT_SCHEMA } from '../report/validation-report-schema.js';
import { MAX_SHARDS } from './shard-plan.js';
import type { Shard } from './shard-plan.js';
import type { LineRange } from '../checks/csv-validator.js';
import type { LineFormat, UnitFormat } from '../pieces/file-piece.js';
import type { DatasetProfileState } from '../../profile/profile-state.js';

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

/**
 * A piece of a file: its share of a Parquet file's row groups or an Arrow file's record batches, or of a CSV,
 * TSV or JSON Lines file's bytes (`range`, whole records): what it found before the file-wide checks. Its key
 * hashes are in the partial's keys file (not in JSON: 12 bytes a row and key).
 */
export interface PartialPiece {
  readonly position: number;
  /** The piece, from 0, of `count`. */
  readonly piece: { readonly index: number; readonly count: number };
  readonly format: UnitFormat | LineFormat;
  /**
   * A byte range's: the bytes its records span and the line breaks in them (piece 0's from the file's first
   * byte). Rows of a later piece count from 1 at its first record: the merge shifts them.
   */
  readonly range?: LineRange;
  readonly present: readonly boolean[];
  readonly state: AccumulatedPiece;
  /** Per key of `finish.keys`: its hashes' count and where they start in the keys file (bytes). */
  readonly keys: readonly { readonly count: number; readonly offset: number }[];
  /** The whole file's size and digest, from piece 0. */
  readonly whole?: { readonly bytes: number; readonly sha256: string };
}

export interface DatasetPartial {
  /** The dataset's name (mlgate.yml `datasets:`, or `data` for files given on the command line). */
  readonly name: string;
  readonly schema: Pick<LoadedSchema, 'path' | 'language' | 'sha256'>;
  readonly limits: { readonly maxErrors: number; readonly examplesPerColumn: number };
  /** Every file of the dataset, in the run's order, as each shard resolved it: all shards must agree. */
  readonly files: readonly string[];
  /** The files this shard validated whole, in list order. */
  readonly results: readonly PartialFile[];
  /** The pieces of files this shard validated (files split between shards), in list order. */
  readonly pieces: readonly PartialPiece[];
  /** What the merge needs to finish a split file: the columns, the dataset checks and the keys. */
  readonly finish: { readonly plan: AccumulatorPlan; readonly keys: readonly KeySpec[] };
  /** With `--profile`: the profiler's state over this shard's data (profile-state.ts), merged in shard order. */
  readonly profile?: DatasetProfileState;
}

/** The binary file beside a partial with its pieces' key hashes, named from the partial's own name. */
export interface PartialKeysFile {
  readonly name: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface ValidationPartial {
  readonly kind: typeof VALIDATION_PARTIAL_KIND;
  readonly mlgateVersion: string;
  readonly shard: Shard;
  readonly subject: ReportSubject;
  readonly datasets: readonly DatasetPartial[];
  /** Present when a piece has key hashes. */
  readonly keysFile?: PartialKeysFile;
}

const report = VALIDATION_REPORT_SCHEMA.properties;
const count = { type: 'integer', minimum: 0 } as const;
const counts = { type: 'array', items: count } as const;
const error = report.errors.items;
const sha256 = report.fingerprint;

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
    keysFile: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'bytes', 'sha256'],
      properties: { name: { type: 'string', pattern: '^[^/\\\\]+$' }, bytes: count, sha256 },
    },
    datasets: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'schema', 'limits', 'files', 'results', 'pieces', 'finish'],
        properties: {
          // Checked field by field by parseProfileState (profile-state-file.ts) once the partial passes.
          profile: { type: 'object' },
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
          pieces: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['position', 'piece', 'format', 'present', 'state', 'keys'],
              properties: {
                position: count,
                piece: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['index', 'count'],
                  properties: { index: count, count: { type: 'integer', minimum: 1, maximum: MAX_SHARDS } },
                },
                format: { enum: ['parquet', 'arrow', 'csv', 'tsv', 'jsonl'] },
                range: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['start', 'end', 'lines'],
                  properties: { start: count, end: count, lines: count },
                },
                present: { type: 'array', items: { type: 'boolean' } },
                state: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['rows', 'counts', 'nulls', 'examples', 'stoppedAt'],
                  properties: {
                    rows: count,
                    counts,
                    nulls: counts,
                    examples: { type: 'array', items: { type: 'array', items: error } },
                    stoppedAt: { anyOf: [error, { type: 'null' }] },
                  },
                },
                keys: {
                  type: 'array',
                  items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['count', 'offset'],
                    properties: { count, offset: count },
                  },
                },
                whole: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['bytes', 'sha256'],
                  properties: { bytes: count, sha256 },
                },
              },
            },
          },
          finish: {
            type: 'object',
            additionalProperties: false,
            required: ['plan', 'keys'],
            properties: {
              plan: {
                type: 'object',
                additionalProperties: false,
                required: ['columns', 'dataset'],
                properties: {
                  columns: {
                    type: 'array',
                    items: {
                      type: 'object',
                      additionalProperties: false,
                      required: ['name', 'kind'],
                      properties: { name: { type: 'string' }, kind: { type: 'string' } },
                    },
                  },
                  dataset: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['maxNullFraction'],
                    properties: {
                      minRows: count,
                      maxRows: count,
                      maxNullFraction: {
                        type: 'object',
                        additionalProperties: { type: 'number', minimum: 0, maximum: 1 },
                      },
                    },
                  },
                },
              },
              keys: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['columns', 'code', 'label'],
                  properties: {
                    columns: { type: 'array', items: count },
                    code: { enum: ['unique-error', 'primary-key-error'] },
                    label: { type: 'string' },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;
