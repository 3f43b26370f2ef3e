import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { kernelOnThisThread } from '../../validate/checks/cell-kernel/cell-kernel.js';
import type { KernelPlan } from '../../validate/checks/cell-kernel/kernel-plan.js';
import { MAX_RECORD_BYTES } from '../../validate/readers/data-reader.js';
import { CODE_COUNT, CODE_INDEX } from '../../validate/report/error-codes.js';
import { defaultColumn } from '../../validate/schema/check-plan.js';
import { UserError } from '../../user-error.js';
import type { Cell } from './cell-columns.js';

/**
 * CSV and TSV predictions through the validation kernel (the same RFC 4180 parsing, quotes, CRLF, BOM and
 * size caps as `mlgate validate`), in its rows mode: each record's wanted cells, cast by kind (numbers
 * parsed in the kernel without a string in between), go to a callback with their physical line. Memory: one
 * block of the file (the kernel's), whatever its size.
 */

export interface CsvHeader {
  readonly names: readonly string[];
  /** Byte offset of the first data record. */
  readonly end: number;
  /** Line of the first data record. */
  readonly firstLine: number;
}

const BOM = [0xef, 0xbb, 0xbf];
const CHUNK_BYTES = 4 * 1024 * 1024;
const BLOCK_BYTES = 256 * 1024;

export function readCsvHeader(path: string, displayPath: string, delimiter: ',' | '\t'): CsvHeader {
  const size = statSync(path).size;
  if (size === 0) throw new UserError('the file is empty: no header row', { file: displayPath });
  const fd = openSync(path, 'r');
  try {
    for (let capacity = Math.min(size, 65536); ; capacity = Math.min(capacity * 4, size, MAX_RECORD_BYTES)) {
      const buffer = new Uint8Array(capacity + 1);
      const length = readSync(fd, buffer, 0, capacity, 0);
      const skip = BOM.every((b, i) => buffer[i] === b) ? 3 : 0;
      const atEnd = length >= size;
      if (atEnd && buffer[length - 1] !== 10) buffer[length] = 10;
      const limit = atEnd && buffer[length - 1] !== 10 ? length + 1 : length;
      const record = kernelOnThisThread().readRecord(buffer, skip, limit, delimiter.charCodeAt(0));
      if (record) {
        if (!isUtf8(buffer.subarray(skip, Math.min(record.end, length))))
          throw new UserError('invalid UTF-8 in the header row', { file: displayPath, line: 1 });
        if (record.cells.length === 1 && record.cells[0] === '')
          throw new UserError('the header row is blank', { file: displayPath, line: 1 });
        return { names: record.cells, end: Math.min(record.end, size), firstLine: 1 + record.lines };
      }
      if (atEnd || capacity >= MAX_RECORD_BYTES)
        throw new UserError('the header row never ends (an unclosed quote?)', { file: displayPath, line: 1 });
    }
  } finally {
    closeSync(fd);
  }
}

export interface WantedColumn {
  readonly name: string;
  readonly kind: 'string' | 'number';
}

/** Codes that stop the read: the record itself is broken. Missing and extra cells show as absent values. */
const FATAL_CODES = new Set([CODE_INDEX['format-error'], CODE_INDEX['encoding-error']]);

/**
 * Calls `onRow(cells, line)` for each data record, `cells[i]` being `wanted[i]`'s value (undefined when
 * empty or absent). An error `onRow` throws, or a broken record, stops the read with a UserError at the
 * earlier of the two lines. Blank lines are skipped.
 */
export function readCsvRows(
  path: string,
  displayPath: string,
  delimiter: ',' | '\t',
  header: CsvHeader,
  wanted: readonly WantedColumn[],
  onRow: (cells: readonly Cell[], line: number) => void,
): void {
  const size = statSync(path).size;
  const colMap = header.names.map((name) => wanted.findIndex((w) => w.name === name));
  const plan: KernelPlan = {
    delimiter: delimiter.charCodeAt(0),
    columns: wanted.map((w) => defaultColumn(w.name, w.kind, 'predictions')),
    colMap,
    keys: [],
    codes: CODE_INDEX,
    codeCount: CODE_COUNT,
    maxExamplesPerColumn: 1,
    rowsMode: true,
    maxRecordBytes: MAX_RECORD_BYTES,
    blockBytes: BLOCK_BYTES,
  };
  const kernel = kernelOnThisThread();
  const prepared = kernel.prepare(plan);
  // A holder, not a `let`: the callback sets it, and TypeScript does not see assignments inside callbacks.
  const stop: { failure?: { error: unknown; line: number } } = {};
  let base = header.firstLine;
  for (let start = header.end; start < size && stop.failure === undefined;) {
    const batchBase = base;
    const batch = kernel.runRange(
      prepared,
      { path, start, end: Math.min(start + CHUNK_BYTES, size), fileSize: size, speculative: false },
      (values, line) => {
        if (stop.failure !== undefined) return;
        try {
          onRow(values as readonly Cell[], batchBase + line);
        } catch (error) {
          stop.failure = { error, line: batchBase + line };
        }
      },
    );
    const broken = batch.fatal ?? batch.examples.find((e) => FATAL_CODES.has(e.code));
    // Set by the callback during runRange: re-read past the loop condition's narrowing.
    const failed = stop.failure as { line: number } | undefined;
    if (broken !== undefined && (failed === undefined || batchBase + broken.line <= failed.line))
      throw new UserError(broken.message, { file: displayPath, line: batchBase + broken.line });
    base += batch.lines;
    if (batch.end <= start) break;
    start = batch.end;
  }
  if (stop.failure !== undefined) throw stop.failure.error;
}
