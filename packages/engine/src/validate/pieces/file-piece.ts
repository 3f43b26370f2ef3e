import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { UserError } from '../../user-error.js';
import type { KeyHashes } from '../checks/cell-kernel/batch-result.js';
import { RangeWorkerPool } from '../checks/range-workers/range-worker-pool.js';
import { mapColumns } from '../checks/column-mapping.js';
import { ColumnarChecker, checkDeclaredTypes } from '../checks/columnar-checker.js';
import { validateCsvPiece } from '../checks/csv-validator.js';
import type { LineRange } from '../checks/csv-validator.js';
import type { AccumulatedPiece, KeySink } from '../checks/file-accumulator.js';
import { FileAccumulator, keySpecs } from '../checks/file-accumulator.js';
import { COLUMNAR_OPENERS } from '../readers/columnar-readers.js';
import { detectFormat } from '../readers/data-format.js';
import type { UnitRange } from '../readers/data-reader.js';
import type { JsonLinesRange } from '../readers/json-records.js';
import { sha256File } from '../report/file-sha256.js';
import type { CheckPlan } from '../schema/check-plan.js';
import type { LoadedSchema } from '../schema/schema-file.js';
import type { DatasetProfiler } from '../../profile/column-profiler.js';
import {
  addHeaderProblems,
  checkJsonRecords,
  csvRun,
  jsonLinesToCheck,
  recordChecker,
} from '../validate-data.js';
import type { DataFile, ValidateOptions } from '../validate-data.js';

/** Piece `index` (from 0) of `count` of a file split between shards. */
export interface FilePiece {
  readonly index: number;
  readonly count: number;
}

/** The formats a file is split in: by units (row groups, record batches), or by byte ranges of whole records. */
export type UnitFormat = 'parquet' | 'arrow';
export type LineFormat = 'csv' | 'tsv' | 'jsonl';

/** A key's hashes in a piece: per non-null value, its 64-bit hash (two halves) and its row. */
export interface PieceKeyHashes {
  readonly hashes: Uint32Array;
  readonly rows: Uint32Array;
  readonly count: number;
}

interface PieceFindings {
  /** Which schema columns the file has (a header's: the same in every piece; JSON Lines: this piece's records). */
  readonly present: readonly boolean[];
  readonly piece: AccumulatedPiece;
  readonly keys: readonly PieceKeyHashes[];
  /** The whole file's size and digest: the first piece's to give. */
  readonly whole?: { readonly bytes: number; readonly sha256: string };
}

/**
 * What a shard found in its piece of a file (partial-merge.ts adds the pieces up). A piece of units numbers
 * rows as the whole file does (the footer says how many come before); a byte range's later pieces number them
 * from 1 at their first record, and the merge adds the line breaks in the pieces before.
 */
export type PieceResult = PieceFindings &
  ({ readonly format: UnitFormat } | { readonly format: LineFormat; readonly range: LineRange });

/** The units of piece `index` of `count`: as even a split of `units` as whole units allow. */
export function unitRange(units: number, piece: FilePiece): UnitRange {
  return {
    from: Math.floor((units * piece.index) / piece.count),
    to: Math.floor((units * (piece.index + 1)) / piece.count),
  };
}

/**
 * Validates one piece of a file: file-level checks (its columns against the schema) are the first piece's
 * only; uniqueness and the dataset checks are left to the merge, which has every piece: the key hashes are
 * kept. Parquet and Arrow files split by units, CSV, TSV and JSON Lines by byte ranges.
 */
export async function validateFilePiece(
  file: DataFile,
  schema: LoadedSchema,
  options: ValidateOptions,
  piece: FilePiece,
  /** Profiles the piece's values in the same pass (a shard's profile, merged with the others'). */
  profiler?: DatasetProfiler,
): Promise<PieceResult> {
  const format = await detectFormat(file.path, file.displayPath, options.format);
  const keys = keySpecs(schema.plan).map(() => new KeyHashCollector());
  const sink: KeySink = (k, hashes, baseLine) => keys[k]!.add(hashes, baseLine);
  let result: PieceResult;
  if (format === 'parquet' || format === 'arrow')
    result = await validateUnitPiece(file, format, schema.plan, options, piece, profiler);
  else if (format === 'csv' || format === 'tsv') {
    const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 8));
    const pool = workers > 1 ? new RangeWorkerPool(workers) : undefined;
    try {
      const run = csvRun(file, format, schema, options, pool, profiler);
      const outcome = await validateCsvPiece(run, piece, sink);
      result = { format, ...outcome, keys: keys.map((c) => c.finish()) };
    } finally {
      await pool?.close();
    }
  } else if (format === 'jsonl') {
    result = await validateJsonLines(file, schema, options, piece, sink, profiler);
    result = { ...result, keys: keys.map((c) => c.finish()) };
  } else
    throw new UserError(`${format} files are not split between shards: give each shard whole files`, {
      file: file.displayPath,
    });
  const bytes = piece.index === 0 ? statSync(file.path).size : 0;
  const whole = piece.index === 0 ? { bytes, sha256: await sha256File(file.path, bytes) } : undefined;
  return {
    ...result,
    ...(whole !== undefined ? { whole } : {}),
  };
}

/** Piece `index` of a Parquet or Arrow file, split by units, with its key hashes. */
async function validateUnitPiece(
  file: DataFile,
  format: UnitFormat,
  plan: CheckPlan,
  options: Pick<ValidateOptions, 'examplesPerColumn' | 'columnar'>,
  piece: FilePiece,
  /** Profiles the piece's values in the same pass (a sharded run's, not a worker thread's). */
  profiler?: DatasetProfiler,
): Promise<PieceResult> {
  const keys = keySpecs(plan);
  const collectors = keys.map(() => new KeyHashCollector());
  const sink: KeySink = (k, hashes, baseLine) => collectors[k]!.add(hashes, baseLine);
  const accumulator = new FileAccumulator(
    file.displayPath,
    plan,
    keys,
    options.examplesPerColumn,
    profiler,
    sink,
  );
  const opener = (options.columnar ?? COLUMNAR_OPENERS)[format];
  if (!opener)
    throw new UserError(`reading ${format} files is not available in this build`, { file: file.displayPath });
  const source = await opener(file.path, file.displayPath);
  try {
    if (source.units === undefined)
      throw new UserError('an Arrow stream has no footer to split it by: give it to one shard whole', {
        file: file.displayPath,
      });
    const problems = checkDeclaredTypes(plan, source.columns);
    const mapping = mapColumns(
      source.columns.map((c) => c.name),
      plan,
    );
    if (piece.index === 0) addHeaderProblems(accumulator, plan, problems, mapping.problems);
    const checker = new ColumnarChecker(
      plan,
      keys,
      options.examplesPerColumn,
      problems.map((p) => p.field),
      profiler?.mode,
    );
    for await (const batch of source.batches(unitRange(source.units, piece))) {
      accumulator.addBatch(checker.check(batch), (batch.firstRow ?? 0) + 1);
      if (accumulator.stopped) break;
    }
    return {
      format,
      present: mapping.present,
      piece: accumulator.piece(),
      keys: collectors.map((c) => c.finish()),
    };
  } finally {
    accumulator.dispose();
    await source.close?.();
  }
}

/** Piece `index` of a JSON Lines file: the lines that start in its share of the bytes (json-records.ts). */
async function validateJsonLines(
  file: DataFile,
  schema: LoadedSchema,
  options: ValidateOptions,
  piece: FilePiece,
  sink: KeySink,
  profiler: DatasetProfiler | undefined,
): Promise<PieceResult> {
  const accumulator = new FileAccumulator(
    file.displayPath,
    schema.plan,
    keySpecs(schema.plan),
    options.examplesPerColumn,
    profiler,
    sink,
  );
  try {
    const size = statSync(file.path).size;
    const range: JsonLinesRange = {
      start: Math.floor((size * piece.index) / piece.count),
      end: Math.floor((size * (piece.index + 1)) / piece.count),
      covered: { start: 0, end: 0, lines: 0 },
    };
    const { groups, scanned } = jsonLinesToCheck(file.path, schema, options, profiler, range);
    const checker = recordChecker(schema, options, profiler);
    const present = await checkJsonRecords(groups, accumulator, checker, scanned);
    if (piece.index === 0 && size === 0) accumulator.stop('the file is empty', null);
    return {
      format: 'jsonl',
      present,
      piece: accumulator.piece(),
      keys: [],
      range: { ...range.covered },
    };
  } finally {
    accumulator.dispose();
  }
}

/** A key's hashes as the batches give them, rows made absolute (or a byte range's own, from 1). */
class KeyHashCollector {
  private hashes = new Uint32Array(2048);
  private rows = new Uint32Array(1024);
  private count = 0;

  add(batch: KeyHashes, baseLine: number): void {
    if (this.count + batch.count > this.rows.length) {
      const size = Math.max(2 * this.rows.length, this.count + batch.count);
      const hashes = new Uint32Array(2 * size);
      hashes.set(this.hashes.subarray(0, 2 * this.count));
      this.hashes = hashes;
      const rows = new Uint32Array(size);
      rows.set(this.rows.subarray(0, this.count));
      this.rows = rows;
    }
    this.hashes.set(batch.hashes.subarray(0, 2 * batch.count), 2 * this.count);
    for (let i = 0; i < batch.count; i++) this.rows[this.count + i] = baseLine + batch.lines[i]!;
    this.count += batch.count;
  }

  finish(): PieceKeyHashes {
    return {
      hashes: this.hashes.subarray(0, 2 * this.count),
      rows: this.rows.subarray(0, this.count),
      count: this.count,
    };
  }
}
