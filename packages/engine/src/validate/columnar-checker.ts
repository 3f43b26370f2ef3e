import type { CheckPlan, ColumnCheck, FieldKind } from './check-plan.js';
import { KIND_CODE } from './check-plan.js';
import type { BatchResult, KeyHashes, PreparedPlan } from './csv-kernel.js';
import type { ColumnBatch, ColumnData, ColumnType, DeclaredColumn } from './data-reader.js';
import { CODE_COUNT, CODE_INDEX } from './error-codes.js';
import type { KeySpec } from './file-accumulator.js';
import { kernelOnThisThread } from './main-thread-kernel.js';

/**
 * Checks columnar batches column by column over typed arrays. Values that pass the numeric fast test are
 * never turned into text; a value that fails it (or any string) goes through the same kernel check as a CSV
 * cell, so verdicts and messages match across formats.
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

function isoOf(type: ColumnType, v: number): string {
  if (type === 'date-days') return new Date(v * 86400000).toISOString().slice(0, 10);
  if (type === 'timestamp-ms') return new Date(v).toISOString();
  if (type === 'time-seconds') {
    const s = Math.floor(v);
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  }
  return String(v);
}

export class ColumnarChecker {
  private readonly kernel = kernelOnThisThread();
  private readonly prepared: PreparedPlan;
  private readonly encoder = new TextEncoder();
  private readonly skip: ReadonlySet<string>;

  constructor(
    private readonly plan: CheckPlan,
    private readonly keys: readonly KeySpec[],
    maxExamplesPerColumn: number,
    incompatible: readonly string[],
  ) {
    this.skip = new Set(incompatible);
    this.prepared = this.kernel.prepare({
      delimiter: 44,
      columns: plan.columns,
      kinds: plan.columns.map((c) => KIND_CODE[c.kind]),
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

  /** Lines in the result are row offsets within the batch; merge with base = first row number of the batch. */
  check(batch: ColumnBatch): BatchResult {
    const { kernel, prepared } = this;
    const target = kernel.newTarget(prepared);
    const byName = new Map(batch.columns.map((c) => [c.name, c]));
    const hashes = new Map<number, Uint32Array>();
    this.plan.columns.forEach((column, c) => {
      const data = byName.get(column.name);
      const keyed = this.keys.some((k) => k.columns.includes(c));
      if (!data || this.skip.has(column.name)) return;
      const columnHashes = keyed ? new Uint32Array(batch.rowCount * 2) : undefined;
      if (columnHashes) hashes.set(c, columnHashes);
      this.checkColumn(c, column, data.data, data.validity, batch.rowCount, target, columnHashes);
    });
    const result = kernel.finishTarget(prepared, target, batch.rowCount, batch.rowCount);
    return { ...result, keys: this.keys.map((key) => this.keyHashes(key, hashes, batch)) };
  }

  private checkText(
    c: number,
    text: string,
    row: number,
    target: ReturnType<typeof this.kernel.newTarget>,
  ): void {
    const bytes = this.encoder.encode(text);
    this.kernel.checkText(this.prepared, c, bytes, 0, bytes.length, row, target);
  }

  private checkColumn(
    c: number,
    column: ColumnCheck,
    data: ColumnData,
    validity: Uint8Array | undefined,
    rows: number,
    target: ReturnType<typeof this.kernel.newTarget>,
    columnHashes: Uint32Array | undefined,
  ): void {
    const { kernel } = this;
    const min = column.minimum ?? -Infinity;
    const max = column.maximum ?? Infinity;
    const exMin = column.exclusiveMinimum ?? -Infinity;
    const exMax = column.exclusiveMaximum ?? Infinity;
    const allowed = column.enum && column.kind !== 'string' ? new Set(column.enum as number[]) : undefined;
    const integral = column.kind === 'integer' || column.kind === 'year';
    for (let i = 0; i < rows; i++) {
      if (validity !== undefined && validity[i] === 0) {
        kernel.checkNull(c, i, target);
        continue;
      }
      if (data.type === 'utf8') {
        kernel.checkText(this.prepared, c, data.data, data.offsets[i]!, data.offsets[i + 1]!, i, target);
        if (columnHashes)
          this.storeHash(
            columnHashes,
            i,
            kernel.hashBytes(data.data, data.offsets[i]!, data.offsets[i + 1]!),
          );
        continue;
      }
      if (data.type === 'values') {
        const value = data.values[i];
        if (value === null || value === undefined) {
          kernel.checkNull(c, i, target);
          continue;
        }
        const text =
          typeof value === 'string'
            ? value
            : typeof value === 'bigint'
              ? value.toString()
              : JSON.stringify(value);
        this.checkText(c, text, i, target);
        if (columnHashes)
          this.storeHash(
            columnHashes,
            i,
            kernel.hashBytes(this.encoder.encode(text), 0, Buffer.byteLength(text)),
          );
        continue;
      }
      const v = Number(data.values[i]!);
      const suspicious =
        v < min ||
        v > max ||
        v <= exMin ||
        v >= exMax ||
        (integral && !Number.isInteger(v)) ||
        (allowed !== undefined && !allowed.has(v)) ||
        v !== v;
      if (suspicious) {
        // The kernel re-checks the value as text and words the error exactly as for a CSV cell.
        const text = data.type === 'bool' ? (v === 1 ? 'true' : 'false') : isoOf(data.type, v);
        this.checkText(c, text, i, target);
      }
      if (columnHashes) this.storeHash(columnHashes, i, kernel.hashNumber(v));
    }
  }

  private storeHash(into: Uint32Array, row: number, [hi, lo]: [number, number]): void {
    into[row * 2] = hi;
    into[row * 2 + 1] = lo;
  }

  private keyHashes(key: KeySpec, hashes: ReadonlyMap<number, Uint32Array>, batch: ColumnBatch): KeyHashes {
    const parts = key.columns.map((c) => hashes.get(c));
    const validity = key.columns.map(
      (c) => batch.columns.find((b) => b.name === this.plan.columns[c]!.name)?.validity,
    );
    const out = new Uint32Array(batch.rowCount * 2);
    const lines = new Uint32Array(batch.rowCount);
    let count = 0;
    if (parts.some((p) => p === undefined))
      return { hashes: out.subarray(0, 0), lines: lines.subarray(0, 0), count: 0 };
    for (let i = 0; i < batch.rowCount; i++) {
      if (validity.some((v) => v !== undefined && v[i] === 0)) continue;
      let hi = 0x2545f491;
      let lo = 0x61c88647;
      for (const part of parts) {
        hi = Math.imul(hi ^ part![i * 2]!, 0x9e3779b1) ^ (hi >>> 15);
        lo = Math.imul(lo ^ part![i * 2 + 1]!, 0x85ebca77) ^ hi;
      }
      out[count * 2] = parts.length === 1 ? parts[0]![i * 2]! : hi >>> 0;
      out[count * 2 + 1] = parts.length === 1 ? parts[0]![i * 2 + 1]! : lo >>> 0;
      lines[count++] = i;
    }
    return { hashes: out.subarray(0, count * 2), lines: lines.subarray(0, count), count };
  }
}
