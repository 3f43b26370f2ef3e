import { closeSync, openSync, readSync } from 'node:fs';
import * as fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type { CheckPlan } from '../schema/check-plan.js';
import { mapColumns } from './column-mapping.js';
import type { RowCallback } from './cell-kernel/batch-accumulator.js';
import { kernelOnThisThread } from './cell-kernel/cell-kernel.js';
import { recordStartAt } from './cell-kernel/csv-range.js';
import type { KernelPlan } from './cell-kernel/kernel-plan.js';
import type { RangeWorkerPool } from './range-workers/range-worker-pool.js';
import { CODE_COUNT, CODE_INDEX } from '../report/error-codes.js';
import type { AccumulatedPiece, FileOutcome, KeySink } from './file-accumulator.js';
import { FileAccumulator, keySpecs } from './file-accumulator.js';
import type { BatchResult } from './cell-kernel/batch-result.js';
import type { DatasetProfiler } from '../../profile/column-profiler.js';
import type { RowValidator } from '../schema/json-schema-compiler.js';
import { MAX_RECORD_BYTES } from '../readers/data-reader.js';

export interface CsvOptions {
  readonly delimiter: string;
  readonly maxExamplesPerColumn: number;
  /** Files with fewer bytes after the header than this are checked on the calling thread. */
  readonly parallelThresholdBytes: number;
  readonly chunkBytes: number;
  readonly blockBytes: number;
  /** A record (a line, or several lines inside quotes) longer than this stops the file with a format-error. */
  readonly maxRecordBytes: number;
}

export const DEFAULT_CSV_OPTIONS: Omit<CsvOptions, 'delimiter' | 'maxExamplesPerColumn'> = {
  parallelThresholdBytes: 16 * 1024 * 1024,
  // Measured on the 2M-row benchmark: 2 MiB chunks keep peak RSS ~40 MiB lower than 8 MiB at the same speed.
  chunkBytes: 2 * 1024 * 1024,
  blockBytes: 256 * 1024,
  maxRecordBytes: MAX_RECORD_BYTES,
};

const BOM = [0xef, 0xbb, 0xbf];

interface Header {
  readonly names: string[];
  /** Byte offset where the first data record starts. */
  readonly end: number;
  readonly lines: number;
  readonly validUtf8: boolean;
}

/** Reads the header record (it may span lines inside quotes); null when the file has no complete header. */
function readHeader(path: string, size: number, delimiter: number, maxRecordBytes: number): Header | null {
  const fd = openSync(path, 'r');
  try {
    let capacity = Math.min(size, 65536);
    for (;;) {
      const buffer = new Uint8Array(capacity + 1);
      const length = readSync(fd, buffer, 0, capacity, 0);
      const skip = BOM.every((b, i) => buffer[i] === b) ? 3 : 0;
      const atEnd = length >= size;
      if (atEnd && buffer[length - 1] !== 10) buffer[length] = 10;
      const record = kernelOnThisThread().readRecord(buffer, skip, atEnd ? length + 1 : length, delimiter);
      if (record) {
        return {
          names: record.cells,
          end: Math.min(record.end, size),
          lines: record.lines,
          validUtf8: isUtf8(buffer.subarray(skip, Math.min(record.end, length))),
        };
      }
      if (atEnd || capacity >= maxRecordBytes) return null;
      capacity = Math.min(capacity * 4, size, maxRecordBytes);
    }
  } finally {
    closeSync(fd);
  }
}

export interface CsvRun {
  readonly path: string;
  readonly displayPath: string;
  readonly plan: CheckPlan;
  readonly rowValidator?: RowValidator;
  readonly options: CsvOptions;
  readonly pool?: RangeWorkerPool;
  /** Profiles the values in the same pass. */
  readonly profiler?: DatasetProfiler;
}

export async function validateCsvFile(run: CsvRun): Promise<FileOutcome> {
  const accumulator = new FileAccumulator(
    run.displayPath,
    run.plan,
    keySpecs(run.plan),
    run.options.maxExamplesPerColumn,
    run.profiler,
  );
  const prepared = prepareCsv(run, accumulator, true);
  if (prepared.kind === 'stopped') return accumulator.finish(run.plan.columns.map(() => false));
  const { header, size } = prepared;
  try {
    await checkRecords(run, prepared, accumulator, { start: header.end, end: size }, 1 + header.lines);
  } catch (error) {
    accumulator.dispose();
    throw error;
  }
  return accumulator.finish(prepared.mapping.present);
}

/** A byte range of a file that holds whole records: [start, end), and the line breaks in it. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
  /** Line breaks in the range; piece 0's count from the file's first byte (its header's too). */
  readonly lines: number;
}

/** What a shard found in its piece of a CSV file (partial-merge.ts adds the pieces up). */
export interface CsvPieceOutcome {
  readonly piece: AccumulatedPiece;
  readonly range: LineRange;
  readonly present: readonly boolean[];
}

/**
 * Piece `piece.index` of `piece.count` of a CSV file: the records that start in its share of the bytes after
 * the header (recordStartAt finds the first), checked as the whole file's are. Piece 0
 * numbers rows as the file does and owns the header's problems; a later piece numbers them from 1 at its first
 * record, and the merge adds the line breaks of the pieces before. Key hashes go to `keySink`.
 */
export async function validateCsvPiece(
  run: CsvRun,
  piece: { readonly index: number; readonly count: number },
  keySink: KeySink,
): Promise<CsvPieceOutcome> {
  const keys = keySpecs(run.plan);
  const accumulator = new FileAccumulator(
    run.displayPath,
    run.plan,
    keys,
    run.options.maxExamplesPerColumn,
    run.profiler,
    keySink,
  );
  try {
    const first = piece.index === 0;
    const prepared = prepareCsv(run, accumulator, first);
    if (prepared.kind === 'stopped') {
      // Piece 0 says why the file stops; the others have nothing to add.
      const size = prepared.size;
      return {
        piece: accumulator.piece(),
        range: { start: size, end: size, lines: 0 },
        present: run.plan.columns.map(() => false),
      };
    }
    const { header, size } = prepared;
    const body = size - header.end;
    const range = {
      start: recordStartAt(
        run.path,
        header.end,
        header.end + Math.floor((body * piece.index) / piece.count),
        size,
      ),
      end: header.end + Math.floor((body * (piece.index + 1)) / piece.count),
    };
    const covered = await checkRecords(run, prepared, accumulator, range, first ? 1 + header.lines : 1);
    return {
      piece: accumulator.piece(),
      range: { start: covered.start, end: covered.end, lines: covered.lines + (first ? header.lines : 0) },
      present: prepared.mapping.present,
    };
  } finally {
    accumulator.dispose();
  }
}

interface PreparedCsv {
  readonly kind: 'ready';
  readonly size: number;
  readonly header: Header;
  readonly mapping: ReturnType<typeof mapColumns>;
  readonly kernelPlan: KernelPlan;
}

/**
 * The file's header read and mapped onto the plan, and the kernel's plan made: or why the file stops before
 * its first record (empty, a header that never ends, a blank header), recorded when `reportHeader`.
 */
function prepareCsv(
  run: CsvRun,
  accumulator: FileAccumulator,
  reportHeader: boolean,
): PreparedCsv | { readonly kind: 'stopped'; readonly size: number } {
  const { path, plan, options } = run;
  const size = fs.statSync(path).size;
  const delimiter = options.delimiter.charCodeAt(0);
  const stop = (message: string, line: number | null) => {
    if (reportHeader) accumulator.stop(message, line);
    return { kind: 'stopped', size } as const;
  };
  if (size === 0) return stop('the file is empty: no header row', null);
  const header = readHeader(path, size, delimiter, options.maxRecordBytes);
  if (header === null)
    return stop('the header row never ends (an unclosed quote, or a header beyond the size cap)', 1);
  if (header.names.length === 1 && header.names[0] === '') {
    if (reportHeader && !header.validUtf8)
      accumulator.addError(-1, 'encoding-error', 1, null, 'invalid UTF-8 in the header row');
    return stop('the header row is blank', 1);
  }
  if (reportHeader && !header.validUtf8)
    accumulator.addError(-1, 'encoding-error', 1, null, 'invalid UTF-8 in the header row');
  const mapping = mapColumns(header.names, plan);
  if (reportHeader)
    for (const problem of mapping.problems) {
      const column = problem.field === null ? -1 : plan.columns.findIndex((c) => c.name === problem.field);
      accumulator.addError(column, 'schema-mismatch', 1, null, problem.message);
    }
  const kernelPlan: KernelPlan = {
    delimiter,
    columns: plan.columns,
    colMap: mapping.colMap,
    keys: keySpecs(plan).map((k) => k.columns),
    codes: CODE_INDEX,
    codeCount: CODE_COUNT,
    maxExamplesPerColumn: options.maxExamplesPerColumn,
    rowsMode: plan.mode === 'rows',
    maxRecordBytes: options.maxRecordBytes,
    blockBytes: options.blockBytes,
    ...(run.profiler !== undefined ? { profile: run.profiler.mode } : {}),
  };
  return { kind: 'ready', size, header, mapping, kernelPlan };
}

/**
 * Checks the records that start in `range`, in chunks (so per-batch buffers stay bounded whatever the size),
 * on the pool's workers when the range is large, merged into `accumulator` in file order with rows counted
 * from `firstLine`. Returns the bytes the records covered and the line breaks in them.
 */
async function checkRecords(
  run: CsvRun,
  prepared: PreparedCsv,
  accumulator: FileAccumulator,
  range: { readonly start: number; readonly end: number },
  firstLine: number,
): Promise<LineRange> {
  const { path, plan, options } = run;
  const { size, kernelPlan } = prepared;
  const hasKeys = kernelPlan.keys.length > 0;
  let line = firstLine;
  let covered: { start: number; end: number } | undefined;
  const add = (batch: BatchResult): void => {
    // The row count is unknown until the end: estimate it from the first chunk's bytes per row, so the
    // uniqueness sets are sized once instead of rebuilt as they fill.
    if (covered === undefined && hasKeys && batch.rows > 0 && batch.end > batch.start)
      accumulator.expectRows(Math.ceil(((range.end - range.start) * batch.rows) / (batch.end - batch.start)));
    covered = { start: covered?.start ?? batch.start, end: batch.end };
    accumulator.addBatch(batch, line);
    line += batch.lines;
  };
  const parallel =
    run.pool !== undefined &&
    run.pool.size > 1 &&
    !kernelPlan.rowsMode &&
    range.end - range.start >= options.parallelThresholdBytes;
  if (parallel) {
    await run.pool!.runFile(kernelPlan, path, size, range, options.chunkBytes, add);
  } else {
    const kernel = kernelOnThisThread();
    const onRow = kernelPlan.rowsMode && run.rowValidator ? rowCallback(plan, run.rowValidator) : undefined;
    const prepared = kernel.prepare(kernelPlan);
    for (let start = range.start; start < range.end;) {
      const end = Math.min(start + options.chunkBytes, range.end);
      const batch = kernel.runRange(
        prepared,
        { path, start, end, fileSize: size, speculative: false },
        onRow,
      );
      add(batch);
      if (batch.fatal !== null || batch.end <= start) break;
      start = batch.end;
    }
  }
  const { start, end } = covered ?? { start: range.start, end: range.start };
  return { start, end, lines: line - firstLine };
}

/** Rows mode: the cast cells become one object per row for ajv; its verdicts are recorded on the row's line. */
function rowCallback(plan: CheckPlan, validate: RowValidator): RowCallback {
  const names = plan.columns.map((c) => c.name);
  const index = new Map(names.map((n, i) => [n, i]));
  return (values, line, batch) => {
    // No prototype: a column named `__proto__` (or `constructor`) is a column like any other, not a way to
    // set the row's prototype and so hide the value from every check.
    const row: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (let i = 0; i < names.length; i++) if (values[i] !== undefined) row[names[i]!] = values[i];
    for (const violation of validate(row)) {
      const column = violation.field === null ? -1 : (index.get(violation.field) ?? -1);
      const value = violation.value === undefined ? null : String(violation.value).slice(0, 80);
      batch.addError(column, CODE_INDEX[violation.code], line, value, violation.message);
    }
  };
}
