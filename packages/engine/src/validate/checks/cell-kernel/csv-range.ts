import { isUtf8 } from 'node:buffer';
import { closeSync, openSync } from 'node:fs';
import { lineStartAt, readAt } from '../../readers/file-range.js';
import type { RowCallback } from './batch-accumulator.js';
import { finishBatch, newAcc } from './batch-accumulator.js';
import type { BatchResult } from './batch-result.js';
import { NL, QUOTE } from './csv-bytes.js';
import { findSafeEnd, parseRecords } from './csv-records.js';
import type { Prepared, PreparedPlan } from './kernel-plan.js';

/**
 * One byte range of a CSV file, read in blocks and parsed record by record: on the calling thread for small
 * files, in a worker (cell-worker.ts) for each chunk of a large one.
 */
export interface RangeTask {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly fileSize: number;
  /** True when `start` is a guess (a chunk boundary): the kernel starts after the next newline. */
  readonly speculative: boolean;
}

/** Whether `bytes` holds an odd number of quotes: memchr to the first, then one byte loop (quotes are dense). */
function oddQuotes(bytes: Uint8Array): boolean {
  let odd = false;
  for (let i = bytes.indexOf(QUOTE); i >= 0 && i < bytes.length; i++) if (bytes[i] === QUOTE) odd = !odd;
  return odd;
}

/**
 * Where the first record at or after `offset` starts, given that one starts at `dataStart`: just after the
 * first line break at or past `offset - 1` with an even number of quotes since `dataStart`. The kernel's
 * quotes toggle (csv-records.ts), so parity says exactly where its records start, quoted line breaks or not:
 * a shard's piece of a file starts where the piece before it ends. Reads the bytes before `offset` once.
 */
export function recordStartAt(path: string, dataStart: number, offset: number, fileSize: number): number {
  if (offset <= dataStart) return dataStart;
  const fd = openSync(path, 'r');
  try {
    const block = Buffer.allocUnsafe(1024 * 1024);
    let odd = false;
    let at = dataStart;
    while (at < offset - 1) {
      const n = readAt(fd, block, 0, Math.min(block.length, offset - 1 - at), at);
      if (n === 0) return fileSize;
      if (oddQuotes(block.subarray(0, n))) odd = !odd;
      at += n;
    }
    for (;;) {
      const n = readAt(fd, block, 0, block.length, at);
      if (n === 0) return fileSize;
      for (let i = 0; i < n; i++) {
        const b = block[i]!;
        if (b === QUOTE) odd = !odd;
        else if (b === NL && !odd) return at + i + 1;
      }
      at += n;
    }
  } finally {
    closeSync(fd);
  }
}

/** Checks every record that starts in [task.start, task.end) (after the first newline when speculative). */
export function runRange(prepared: PreparedPlan, task: RangeTask, onRow?: RowCallback): BatchResult {
  const p = prepared as unknown as Prepared;
  const fd = openSync(task.path, 'r');
  try {
    const start =
      task.speculative && task.start > 0 ? lineStartAt(fd, task.start, task.fileSize) : task.start;
    const acc = newAcc(p, task.start);
    let buf: Uint8Array = Buffer.allocUnsafe(p.plan.blockBytes + 1);
    let base = start; // file offset of buf[0]
    let length = 0;
    let pos = 0;
    let eof = base >= task.fileSize;
    while (base + pos < task.end && !(eof && pos >= length)) {
      if (!eof && length < buf.length - 1) {
        const n = readAt(fd, buf, length, buf.length - 1 - length, base + length);
        if (n < buf.length - 1 - length || base + length + n >= task.fileSize) eof = true;
        length += n;
      }
      let safeEnd: number;
      if (eof) {
        safeEnd = length;
        if (length > pos && buf[length - 1] !== NL) {
          buf[length] = NL; // a virtual final newline: the last record needs no special case
          safeEnd = length + 1;
        }
      } else {
        safeEnd = findSafeEnd(buf, pos, length);
        if (safeEnd < 0) {
          if (pos > 0) {
            buf.copyWithin(0, pos, length);
            base += pos;
            length -= pos;
            pos = 0;
          } else {
            if (buf.length - 1 >= p.plan.maxRecordBytes) {
              acc.fatal = {
                line: acc.line,
                code: p.FORMAT,
                message: `a record longer than ${p.plan.maxRecordBytes / 1048576} MiB starts on this line (an unclosed quote?)`,
              };
              break;
            }
            const grown = Buffer.allocUnsafe(Math.min((buf.length - 1) * 2, p.plan.maxRecordBytes) + 1);
            grown.set(buf.subarray(0, length));
            buf = grown;
          }
          continue;
        }
      }
      const checkEncoding = !isUtf8(buf.subarray(pos, Math.min(safeEnd, length)));
      pos = parseRecords(acc, buf, pos, safeEnd, task.end - base, checkEncoding, onRow);
      if (acc.fatal !== null) break;
      if (base + pos >= task.end || (eof && pos >= length)) break;
      if (pos > 0) {
        buf.copyWithin(0, pos, length);
        base += pos;
        length -= pos;
        pos = 0;
      }
    }
    return finishBatch(acc, start, Math.min(base + pos, task.fileSize));
  } finally {
    closeSync(fd);
  }
}
