import type { PatternDfa } from '../../schema/pattern-dfa.js';
import type { Acc, RowCallback } from './batch-accumulator.js';
import { endRow, finishBatch, newAcc } from './batch-accumulator.js';
import type { BatchResult } from './batch-result.js';
import { checkCell, nullValue } from './cell-checks.js';
import { readRecord } from './csv-records.js';
import type { RangeTask } from './csv-range.js';
import { runRange } from './csv-range.js';
import { matchPattern } from './dfa-match.js';
import { hashBytesInto, hashNumberInto } from './key-hash.js';
import type { KernelPlan, Prepared, PreparedPlan } from './kernel-plan.js';
import { prepare } from './kernel-plan.js';

/**
 * The cell kernel as the rest of the engine sees it: CSV byte ranges parsed and checked in one pass, and the
 * same cell checks for values from every other reader (JSON records under Table Schema, columnar strings).
 * Large CSV files are checked by the same modules in worker threads (range-worker-pool.ts, cell-worker.ts).
 */

/** Opaque to callers: where one batch of non-CSV values is accumulated (a batch-accumulator.ts Acc). */
export type TextCheckTarget = { readonly __target: true };

export interface CellKernel {
  prepare(plan: KernelPlan): PreparedPlan;
  runRange(prepared: PreparedPlan, task: RangeTask, onRow?: RowCallback): BatchResult;
  /** Parses one record of text cells (the header); `end` is where the next record starts. */
  readRecord(
    buffer: Uint8Array,
    start: number,
    limit: number,
    delimiter: number,
  ): { cells: string[]; end: number; lines: number } | null;
  /** Checks one text value outside a CSV file (JSON strings under Table Schema, columnar strings). */
  checkText(
    prepared: PreparedPlan,
    column: number,
    bytes: Uint8Array,
    start: number,
    end: number,
    line: number,
    into: TextCheckTarget,
  ): unknown;
  /**
   * Checks a whole columnar text column (Arrow-style offsets into UTF-8 bytes), as `checkText` per value would,
   * and writes each value's key hash into `hashes` when given. Plain text columns (see Prepared.plainText)
   * settle a value on its bytes alone; anything else, and every value that fails, goes through `checkText`.
   */
  checkTextColumn(
    prepared: PreparedPlan,
    column: number,
    offsets: Int32Array,
    data: Uint8Array,
    rows: number,
    validity: Uint8Array | undefined,
    hashes: Uint32Array | undefined,
    into: TextCheckTarget,
  ): void;
  /** A JSON null or absent property, or a columnar null. */
  checkNull(column: number, line: number, into: TextCheckTarget): void;
  /** Ends one record from a non-CSV reader: hashes its keys. */
  endRecord(line: number, into: TextCheckTarget): void;
  addError(
    into: TextCheckTarget,
    column: number,
    code: number,
    line: number,
    value: string | null,
    message: string,
  ): void;
  newTarget(prepared: PreparedPlan): TextCheckTarget;
  finishTarget(prepared: PreparedPlan, target: TextCheckTarget, rows: number, lines: number): BatchResult;
  /**
   * The key hash of bytes [start, end) or of a number, written to `into[slot * 2]` (high) and
   * `into[slot * 2 + 1]` (low): no allocation.
   */
  hashBytesInto(bytes: Uint8Array, start: number, end: number, into: Uint32Array, slot: number): void;
  hashNumberInto(value: number, into: Uint32Array, slot: number): void;
  /**
   * Whether a text value is present and passes every check of its column, i.e. `checkText` would record
   * nothing. Lets columnar checks test each dictionary entry once and skip the rows that reuse it.
   */
  isCleanText(prepared: PreparedPlan, column: number, bytes: Uint8Array, start: number, end: number): boolean;
  /** A pattern DFA on bytes [start, end): 1 match, 0 no match, -1 undecided (test the RegExp on the text). */
  matchPattern(dfa: PatternDfa | null, bytes: Uint8Array, start: number, end: number): number;
}

/** Where the allocation-free hash methods compute (one value at a time on this thread). */
const hashHi = new Int32Array(1);
const hashLo = new Int32Array(1);
/** A private accumulator per plan for `isCleanText`: its counts only ever grow, so a probe compares sums. */
const probes = new WeakMap<Prepared, Acc>();

function isAscii(bytes: Uint8Array, start: number, end: number): boolean {
  let ascii = true;
  for (let i = start; i < end; i++) if (bytes[i]! > 127) ascii = false;
  return ascii;
}

const cellKernel: CellKernel = {
  prepare,
  runRange,
  matchPattern,
  readRecord,
  checkText(_prepared, column, bytes, start, end, line, into) {
    return checkCell(into as unknown as Acc, column, bytes, start, end, isAscii(bytes, start, end), line);
  },
  checkTextColumn(prepared, column, offsets, data, rows, validity, hashes, into) {
    const p = prepared as unknown as Prepared;
    const acc = into as unknown as Acc;
    const plain = p.plainText[column] === 1;
    const dfa = p.patternDfa[column] ?? null;
    for (let i = 0; i < rows; i++) {
      if (validity !== undefined && validity[i] === 0) {
        nullValue(acc, column, i);
        continue;
      }
      const s = offsets[i]!;
      const e = offsets[i + 1]!;
      if (hashes !== undefined) {
        hashBytesInto(hashHi, hashLo, 0, data, s, e);
        hashes[i * 2] = hashHi[0]!;
        hashes[i * 2 + 1] = hashLo[0]!;
      }
      // Present, and the pattern (if any) matches on the bytes: nothing else to check or count.
      if (plain && e > s && (dfa === null || matchPattern(dfa, data, s, e) === 1)) {
        acc.rowNull[column] = 0;
        continue;
      }
      checkCell(acc, column, data, s, e, isAscii(data, s, e), i);
    }
  },
  checkNull(column, line, into) {
    nullValue(into as unknown as Acc, column, line);
  },
  endRecord(line, into) {
    const acc = into as unknown as Acc;
    endRow(acc, acc.p.plan.colMap.length, line, undefined);
    acc.rowNull.fill(1);
  },
  addError(into, column, code, line, value, message) {
    (into as unknown as Acc).addError(column, code, line, value, message);
  },
  newTarget: (prepared) => newAcc(prepared as unknown as Prepared) as unknown as TextCheckTarget,
  finishTarget(_prepared, target, rows, lines) {
    const acc = target as unknown as Acc;
    acc.rows = rows;
    acc.line = lines;
    return finishBatch(acc, 0, 0);
  },
  hashBytesInto(bytes, start, end, into, slot) {
    hashBytesInto(hashHi, hashLo, 0, bytes, start, end);
    into[slot * 2] = hashHi[0]!;
    into[slot * 2 + 1] = hashLo[0]!;
  },
  hashNumberInto(value, into, slot) {
    hashNumberInto(hashHi, hashLo, 0, value);
    into[slot * 2] = hashHi[0]!;
    into[slot * 2 + 1] = hashLo[0]!;
  },
  isCleanText(prepared, column, bytes, start, end) {
    const p = prepared as unknown as Prepared;
    let acc = probes.get(p);
    if (!acc) probes.set(p, (acc = newAcc(p)));
    const slot = column * p.plan.codeCount;
    let before = acc.nulls[column]!;
    for (let k = 0; k < p.plan.codeCount; k++) before += acc.counts[slot + k]!;
    checkCell(acc, column, bytes, start, end, isAscii(bytes, start, end), 0);
    let after = acc.nulls[column]!;
    for (let k = 0; k < p.plan.codeCount; k++) after += acc.counts[slot + k]!;
    return after === before;
  },
};

/** The kernel on the calling thread: CSV headers, small files, rows mode, and values from non-CSV readers. */
export function kernelOnThisThread(): CellKernel {
  return cellKernel;
}
