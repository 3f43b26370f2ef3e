import { BatchProfiler } from '../../profile/batch-profile.js';
import type { ProfileMode } from '../../profile/batch-profile.js';
import { profileColumnData } from '../../profile/value-profiling.js';
import type { CheckPlan, FieldKind } from '../schema/check-plan.js';
import type { BatchResult, KeyHashes } from './cell-kernel/batch-result.js';
import type { PreparedPlan } from './cell-kernel/kernel-plan.js';
import { checkColumnData, numericWindow } from './column-check-loops.js';
import type { LoopContext, NumericWindow } from './column-check-loops.js';
import type { BatchColumn, ColumnBatch, ColumnType, DeclaredColumn } from '../readers/data-reader.js';
import { CODE_COUNT, CODE_INDEX } from '../report/error-codes.js';
import type { KeySpec } from './file-accumulator.js';
import { kernelOnThisThread } from './cell-kernel/cell-kernel.js';
import { OrderedKey } from '../uniqueness/ordered-key.js';

/**
 * Checks columnar batches column by column over typed arrays (the loops are in column-check-loops.ts). Values
 * that pass the numeric fast test are never turned into text; a value that fails it (or any string) goes
 * through the same kernel check as a CSV cell, so verdicts and messages match across formats.
 */
const INTS: readonly ColumnType[] = [
  'int8',
  'int16',
  'int32',
  'int64',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
];
const FLOATS: readonly ColumnType[] = ['float32', 'float64'];
const COMPATIBLE: Readonly<Record<FieldKind, readonly ColumnType[]>> = {
  number: [...INTS, ...FLOATS],
  integer: INTS,
  year: INTS,
  boolean: ['bool'],
  string: ['utf8'],
  date: ['date-days', 'utf8'],
  datetime: ['timestamp-ms', 'utf8'],
  time: ['time-seconds', 'utf8'],
  yearmonth: ['utf8'],
  duration: ['utf8'],
  geopoint: ['utf8'],
  object: ['utf8'],
  array: ['utf8'],
  any: [...INTS, ...FLOATS, 'bool', 'utf8', 'date-days', 'timestamp-ms', 'time-seconds'],
};

export interface DeclaredTypeProblem {
  readonly field: string;
  readonly message: string;
}

/** Declared file types against the schema: each incompatible column is reported once and not checked. */
export function checkDeclaredTypes(
  plan: CheckPlan,
  declared: readonly DeclaredColumn[],
): DeclaredTypeProblem[] {
  const byName = new Map(declared.map((d) => [d.name, d]));
  const problems: DeclaredTypeProblem[] = [];
  for (const column of plan.columns) {
    const file = byName.get(column.name);
    if (!file || file.type === 'values') continue;
    if (!COMPATIBLE[column.kind].includes(file.type)) {
      problems.push({
        field: column.name,
        message: `column "${column.name}" is declared ${file.declared} in the file, the schema wants ${column.kind}`,
      });
    }
  }
  return problems;
}

export class ColumnarChecker {
  private readonly kernel = kernelOnThisThread();
  private readonly prepared: PreparedPlan;
  private readonly encoder = new TextEncoder();
  private readonly skip: ReadonlySet<string>;
  /** Per column, computed once: the window of values that need no kernel check. */
  private readonly windows: readonly NumericWindow[];
  private readonly keyed: ReadonlySet<number>;
  /** Per key: order tracking for single-column keys (ordered-key.ts), undefined for composite keys. */
  private readonly order: readonly (OrderedKey | undefined)[];
  /**
   * Hash, row and flag buffers, reused batch after batch: the accumulator takes a batch's key hashes and
   * inserts them before the next batch is checked.
   */
  private readonly scratch = new Map<string, Uint32Array>();
  private identity = new Uint32Array(0);
  private batches = 0;

  constructor(
    private readonly plan: CheckPlan,
    private readonly keys: readonly KeySpec[],
    maxExamplesPerColumn: number,
    incompatible: readonly string[],
    /** Profile each batch's values too (the profiler then merges them in order). */
    private readonly profileMode?: ProfileMode,
  ) {
    this.skip = new Set(incompatible);
    this.windows = plan.columns.map(numericWindow);
    this.keyed = new Set(keys.flatMap((k) => k.columns));
    this.order = keys.map((k) => (k.columns.length === 1 ? new OrderedKey() : undefined));
    this.prepared = this.kernel.prepare({
      delimiter: 44,
      columns: plan.columns,
      colMap: plan.columns.map((_, i) => i),
      keys: [],
      codes: CODE_INDEX,
      codeCount: CODE_COUNT,
      maxExamplesPerColumn,
      rowsMode: false,
      maxRecordBytes: 0,
      blockBytes: 0,
    });
  }

  private buffer(name: string, length: number): Uint32Array {
    let buffer = this.scratch.get(name);
    if (!buffer || buffer.length < length) this.scratch.set(name, (buffer = new Uint32Array(length)));
    return buffer.subarray(0, length);
  }

  private bytes(name: string, length: number): Uint8Array {
    const words = this.buffer(name, Math.ceil(length / 4));
    return new Uint8Array(words.buffer, words.byteOffset, length);
  }

  /** 0, 1, 2, …: the rows of a key without nulls. */
  private rowsUpTo(count: number): Uint32Array {
    if (this.identity.length < count) {
      this.identity = new Uint32Array(count);
      for (let i = 0; i < count; i++) this.identity[i] = i;
    }
    return this.identity.subarray(0, count);
  }

  /** Lines in the result are row offsets within the batch; merge with base = first row number of the batch. */
  check(batch: ColumnBatch): BatchResult {
    const { kernel, prepared } = this;
    const target = kernel.newTarget(prepared);
    const profiler =
      this.profileMode === undefined
        ? undefined
        : new BatchProfiler(
            this.plan.columns.map((column) => column.kind),
            this.profileMode,
            0x9e3779b9 ^ this.batches++,
          );
    const byName = new Map(batch.columns.map((c) => [c.name, c]));
    const hashes = new Map<number, Uint32Array>();
    const checkValueText = (c: number) => (text: string, row: number) => {
      const bytes = this.encoder.encode(text);
      kernel.checkText(prepared, c, bytes, 0, bytes.length, row, target);
    };
    this.plan.columns.forEach((column, c) => {
      const data = byName.get(column.name);
      if (!data || this.skip.has(column.name)) return;
      const columnHashes = this.keyed.has(c) ? this.buffer(`column ${c}`, batch.rowCount * 2) : undefined;
      if (columnHashes) hashes.set(c, columnHashes);
      const context: LoopContext = {
        kernel,
        prepared,
        target,
        column: c,
        rows: batch.rowCount,
        validity: data.validity,
        hashes: columnHashes,
        checkValueText: checkValueText(c),
      };
      checkColumnData(context, data.data, this.windows[c]!, this.encoder);
      if (profiler !== undefined) profileColumnData(profiler, c, data.data, batch.rowCount, data.validity);
    });
    const result = kernel.finishTarget(prepared, target, batch.rowCount, batch.rowCount);
    return {
      ...result,
      ...(profiler !== undefined ? { profile: profiler.finish() } : {}),
      keys: this.keys.map((key, k) => this.keyHashes(k, key, hashes, byName, batch.rowCount)),
    };
  }

  private keyHashes(
    k: number,
    key: KeySpec,
    hashes: ReadonlyMap<number, Uint32Array>,
    byName: ReadonlyMap<string, BatchColumn>,
    rows: number,
  ): KeyHashes {
    const parts = key.columns.map((c) => hashes.get(c));
    if (parts.some((p) => p === undefined))
      return { hashes: new Uint32Array(0), lines: new Uint32Array(0), count: 0 };
    const nullable = key.columns
      .map((c) => byName.get(this.plan.columns[c]!.name)?.validity)
      .filter((v): v is Uint8Array => v !== undefined);
    const single = parts.length === 1 ? parts[0]! : undefined;
    const column = single && byName.get(this.plan.columns[key.columns[0]!]!.name)!;
    const freshRows = this.bytes(`key ${k} fresh`, rows);
    const classified =
      column !== undefined && this.order[k]!.classify(column.data, rows, column.validity, freshRows);
    // One column without nulls: its own hashes are the key's, as in the CSV kernel, row for row.
    if (single !== undefined && nullable.length === 0) {
      const keyHashes = { hashes: single, lines: this.rowsUpTo(rows), count: rows };
      return classified ? { ...keyHashes, fresh: freshRows } : keyHashes;
    }
    const out = this.buffer(`key ${k}`, rows * 2);
    const lines = this.buffer(`key ${k} rows`, rows);
    let count = 0;
    rows: for (let i = 0; i < rows; i++) {
      for (let n = 0; n < nullable.length; n++) if (nullable[n]![i] === 0) continue rows;
      if (single !== undefined) {
        out[count * 2] = single[i * 2]!;
        out[count * 2 + 1] = single[i * 2 + 1]!;
      } else {
        let hi = 0x2545f491;
        let lo = 0x61c88647;
        for (const part of parts) {
          hi = Math.imul(hi ^ part![i * 2]!, 0x9e3779b1) ^ (hi >>> 15);
          lo = Math.imul(lo ^ part![i * 2 + 1]!, 0x85ebca77) ^ hi;
        }
        out[count * 2] = hi >>> 0;
        out[count * 2 + 1] = lo >>> 0;
      }
      if (classified) freshRows[count] = freshRows[i]!;
      lines[count++] = i;
    }
    const keyHashes = { hashes: out.subarray(0, count * 2), lines: lines.subarray(0, count), count };
    return classified ? { ...keyHashes, fresh: freshRows.subarray(0, count) } : keyHashes;
  }
}
