import { closeSync, openSync } from 'node:fs';
import { lineStartAt, readAt } from '../../readers/file-range.js';
import { CODE_INDEX } from '../../report/error-codes.js';
import type { CheckPlan } from '../../schema/check-plan.js';
import type { BatchResult } from '../cell-kernel/batch-result.js';
import type { RangeTask } from '../cell-kernel/csv-range.js';
import { keySpecs } from '../file-accumulator.js';
import { RecordChecker } from '../record-checker.js';
import { JsonRecordChecks } from './json-record-checks.js';
import { scannedRecordChecks } from './scanned-record-checks.js';
import type { ScannedRecordChecks } from './scanned-record-checks.js';

/**
 * What a worker thread needs to check byte ranges of a JSON Lines file (range-worker-pool.ts): a Table
 * Schema's plan (plain data; a JSON Schema's row validator is code, which stays on the calling thread).
 */
export interface JsonLinesPlan {
  readonly kind: 'json-lines';
  readonly plan: CheckPlan;
  readonly examplesPerColumn: number;
  /** Parse every line (the reference path) instead of checking it from its bytes where that is exact. */
  readonly parse: boolean;
  readonly maxRecordBytes: number;
}

export interface PreparedJsonLines {
  readonly kind: 'json-lines';
  readonly checker: RecordChecker;
  readonly scanned: ScannedRecordChecks | undefined;
  readonly maxRecordBytes: number;
}

export function prepareJsonLines(plan: JsonLinesPlan): PreparedJsonLines {
  const keys = keySpecs(plan.plan);
  return {
    kind: 'json-lines',
    checker: new RecordChecker(plan.plan, keys, plan.examplesPerColumn, undefined),
    scanned: plan.parse ? undefined : scannedRecordChecks(plan.plan, keys, false),
    maxRecordBytes: plan.maxRecordBytes,
  };
}

const NL = 10;
const BLOCK = 1024 * 1024;

/**
 * The block of the last range, reused by the next on this thread: a fresh megabyte per range is garbage V8
 * frees only at its next full collection, and RSS grew by tens of MiB with it. Nothing keeps a view of it
 * past its range (values become strings, records are parsed from it).
 */
let spare: Buffer | undefined;

/**
 * Checks the lines that start in [task.start, task.end) (after the first line break when speculative), each as
 * the calling thread's JSON Lines path checks it (json-record-checks.ts). Lines are numbered from 0 at the range's first (the merger adds the
 * range's first line); `present` says which plan columns some record has.
 */
export function runJsonLinesRange(prepared: PreparedJsonLines, task: RangeTask): BatchResult {
  const { checker, scanned, maxRecordBytes } = prepared;
  const checks = new JsonRecordChecks(checker, scanned);
  const fd = openSync(task.path, 'r');
  try {
    const start =
      task.speculative && task.start > 0 ? lineStartAt(fd, task.start, task.fileSize) : task.start;
    let buf = spare ?? Buffer.allocUnsafe(BLOCK);
    spare = undefined;
    let base = start; // file offset of buf[0]
    let length = 0;
    let pos = 0;
    let eof = start >= task.fileSize;
    let line = 0;
    let fatal: BatchResult['fatal'] = null;
    const oversized = () => ({
      line,
      code: CODE_INDEX['format-error'],
      message: `a record longer than ${maxRecordBytes / 1048576} MiB starts on this line`,
    });
    while (base + pos < task.end) {
      const nl = buf.subarray(0, length).indexOf(NL, pos);
      if (nl < 0) {
        if (length - pos > maxRecordBytes) {
          fatal = oversized();
          break;
        }
        if (eof) {
          // The last line, without a line break after it.
          if (length > pos) checks.line(buf.subarray(pos, length), line, base + pos === 0);
          pos = length;
          break;
        }
        if (pos > 0) {
          buf.copyWithin(0, pos, length);
          base += pos;
          length -= pos;
          pos = 0;
        }
        if (length === buf.length) {
          const grown = Buffer.allocUnsafe(Math.min(buf.length * 2, maxRecordBytes + BLOCK));
          grown.set(buf.subarray(0, length));
          buf = grown;
        }
        const n = readAt(fd, buf, length, buf.length - length, base + length);
        if (n === 0 || base + length + n >= task.fileSize) eof = true;
        length += n;
        continue;
      }
      if (nl - pos > maxRecordBytes) {
        fatal = oversized();
        break;
      }
      checks.line(buf.subarray(pos, nl), line, base + pos === 0);
      line++;
      pos = nl + 1;
    }
    const result = checker.flush();
    // A block grown for a long line goes back to its size, not kept at up to the record cap.
    spare = buf.length === BLOCK ? buf : undefined;
    const present = Uint8Array.from(checks.present, (has) => (has ? 1 : 0));
    return { ...result, lines: line, start, end: Math.min(base + pos, task.fileSize), fatal, present };
  } finally {
    closeSync(fd);
  }
}
