import type { ColumnCheck } from '../schema/check-plan.js';
import type { CellKernel, TextCheckTarget } from './cell-kernel/cell-kernel.js';
import type { PreparedPlan } from './cell-kernel/kernel-plan.js';
import type { ColumnData, ColumnType, Utf8Values } from '../readers/data-reader.js';

/**
 * The per-column loops of the columnar checker, one per value layout, each a tight loop over one typed array.
 * Every loop only decides which values are certainly fine; anything else (a bound crossed, a fraction in an
 * integer column, NaN, a string) goes through the kernel's text check, so verdicts and messages are exactly
 * those of a CSV cell. Nulls go to the kernel's null check (counts, `required`).
 */

/** The numeric window a value must fall in to skip the kernel, derived once per column from its constraints. */
export interface NumericWindow {
  readonly min: number;
  readonly max: number;
  readonly exMin: number;
  readonly exMax: number;
  readonly integral: boolean;
  readonly allowed: ReadonlySet<number> | undefined;
  /** The same window for int64 values, compared as BigInt so no value is converted to a number. */
  readonly low: bigint | undefined;
  readonly high: bigint | undefined;
  /** The integer window as numbers (±Infinity when open), for int64 values within ±2^53 read without BigInt. */
  readonly lowest: number;
  readonly highest: number;
}

export function numericWindow(column: ColumnCheck): NumericWindow {
  const min = column.minimum ?? -Infinity;
  const max = column.maximum ?? Infinity;
  const exMin = column.exclusiveMinimum ?? -Infinity;
  const exMax = column.exclusiveMaximum ?? Infinity;
  // Integers pass `v >= min` iff `v >= ceil(min)`, and `v > exMin` iff `v >= floor(exMin) + 1`.
  const lowest = Math.max(Math.ceil(min), Math.floor(exMin) + 1);
  const highest = Math.min(Math.floor(max), Math.ceil(exMax) - 1);
  return {
    min,
    max,
    exMin,
    exMax,
    integral: column.kind === 'integer' || column.kind === 'year',
    allowed: column.enum && column.kind !== 'string' ? new Set(column.enum as number[]) : undefined,
    low: Number.isFinite(lowest) ? BigInt(lowest) : undefined,
    high: Number.isFinite(highest) ? BigInt(highest) : undefined,
    lowest,
    highest,
  };
}

/** Whether a number is certainly fine in its column (anything else goes to the kernel's text check). */
export function numberIsFine(v: number, w: NumericWindow): boolean {
  // NaN fails the first comparison.
  return (
    v >= w.min &&
    v <= w.max &&
    v > w.exMin &&
    v < w.exMax &&
    (!w.integral || Number.isInteger(v)) &&
    (w.allowed === undefined || w.allowed.has(v))
  );
}

/** Node's TextEncoder (the lib settings here do not type the global). */
type TextEncoderLike = { encode(text: string): Uint8Array };

/** What every loop needs: where to report, and the hash output when the column is part of a key. */
export interface LoopContext {
  readonly kernel: CellKernel;
  readonly prepared: PreparedPlan;
  readonly target: TextCheckTarget;
  readonly column: number;
  readonly rows: number;
  readonly validity: Uint8Array | undefined;
  /** Two Uint32 per row (high, low) when the column is part of a key. */
  readonly hashes: Uint32Array | undefined;
  /** Turns a suspicious value into the text the kernel re-checks. */
  readonly checkValueText: (text: string, row: number) => void;
}

function isoOf(type: ColumnType, v: number): string {
  if (type === 'date-days') return new Date(v * 86400000).toISOString().slice(0, 10);
  if (type === 'timestamp-ms') return new Date(v).toISOString();
  if (type === 'time-seconds') {
    const s = Math.floor(v);
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  }
  if (type === 'bool') return v === 1 ? 'true' : 'false';
  return String(v);
}

type NumberArray =
  Float64Array | Float32Array | Int32Array | Int16Array | Int8Array | Uint32Array | Uint16Array | Uint8Array;

export function checkNumbers(
  ctx: LoopContext,
  type: ColumnType,
  values: NumberArray,
  w: NumericWindow,
): void {
  const { kernel, target, column, validity, hashes } = ctx;
  for (let i = 0; i < ctx.rows; i++) {
    if (validity !== undefined && validity[i] === 0) {
      kernel.checkNull(column, i, target);
      continue;
    }
    const v = values[i]!;
    if (!numberIsFine(v, w)) ctx.checkValueText(isoOf(type, v), i);
    if (hashes !== undefined) kernel.hashNumberInto(v, hashes, i);
  }
}

/** 2^21: a high word in [-2^21, 2^21) makes the int64 exactly representable as a number (|v| < 2^53). */
const SAFE_HIGH_WORD = 0x200000;

export function checkBigInts(
  ctx: LoopContext,
  values: BigInt64Array | BigUint64Array,
  w: NumericWindow,
): void {
  const { kernel, target, column, validity, hashes } = ctx;
  const { low, high, allowed, lowest, highest } = w;
  // Reading an element of a BigInt64Array allocates a BigInt; the 32-bit halves (little-endian, as on every
  // platform Node supports) give the same value as a number, exactly, whenever it is within ±2^53.
  const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
  const signed = values instanceof BigInt64Array;
  for (let i = 0; i < ctx.rows; i++) {
    if (validity !== undefined && validity[i] === 0) {
      kernel.checkNull(column, i, target);
      continue;
    }
    const hiWord = words[i * 2 + 1]!;
    if (signed ? hiWord >= -SAFE_HIGH_WORD && hiWord < SAFE_HIGH_WORD : hiWord >>> 0 < SAFE_HIGH_WORD) {
      const n = hiWord * 4294967296 + (words[i * 2]! >>> 0);
      if (n < lowest || n > highest || (allowed !== undefined && !allowed.has(n)))
        ctx.checkValueText(String(n), i);
      if (hashes !== undefined) kernel.hashNumberInto(n, hashes, i);
      continue;
    }
    const v = values[i]!;
    if (
      (low !== undefined && v < low) ||
      (high !== undefined && v > high) ||
      (allowed !== undefined && !allowed.has(Number(v)))
    )
      ctx.checkValueText(v.toString(), i);
    // Keys hash the number, as a CSV cell of up to 15 digits does.
    if (hashes !== undefined) kernel.hashNumberInto(Number(v), hashes, i);
  }
}

export function checkUtf8(ctx: LoopContext, text: Utf8Values): void {
  const { kernel, prepared, target, column, validity, hashes } = ctx;
  kernel.checkTextColumn(prepared, column, text.offsets, text.data, ctx.rows, validity, hashes, target);
}

/** Each dictionary entry is checked once; only rows whose entry fails (or is a missing value) are reported. */
export function checkDictionary(ctx: LoopContext, indices: Int32Array, dictionary: Utf8Values): void {
  const { kernel, prepared, target, column, validity, hashes } = ctx;
  const { offsets, data } = dictionary;
  const entries = offsets.length - 1;
  /** 0 not yet seen, 1 clean, 2 reported row by row. */
  const status = new Uint8Array(entries);
  const entryHashes = hashes === undefined ? undefined : new Uint32Array(entries * 2);
  for (let i = 0; i < ctx.rows; i++) {
    if (validity !== undefined && validity[i] === 0) {
      kernel.checkNull(column, i, target);
      continue;
    }
    const entry = indices[i]!;
    let state = status[entry]!;
    if (state === 0) {
      if (entry < 0 || entry >= entries)
        throw new Error(`a dictionary index ${entry} is outside the ${entries}-entry dictionary`);
      state = kernel.isCleanText(prepared, column, data, offsets[entry]!, offsets[entry + 1]!) ? 1 : 2;
      status[entry] = state;
      if (entryHashes !== undefined)
        kernel.hashBytesInto(data, offsets[entry]!, offsets[entry + 1]!, entryHashes, entry);
    }
    if (state === 2)
      kernel.checkText(prepared, column, data, offsets[entry]!, offsets[entry + 1]!, i, target);
    if (hashes !== undefined) {
      hashes[i * 2] = entryHashes![entry * 2]!;
      hashes[i * 2 + 1] = entryHashes![entry * 2 + 1]!;
    }
  }
}

export function checkValues(ctx: LoopContext, values: readonly unknown[], encoder: TextEncoderLike): void {
  const { kernel, target, column, hashes } = ctx;
  for (let i = 0; i < ctx.rows; i++) {
    const value = values[i];
    if ((ctx.validity !== undefined && ctx.validity[i] === 0) || value === null || value === undefined) {
      kernel.checkNull(column, i, target);
      continue;
    }
    const text =
      typeof value === 'string'
        ? value
        : typeof value === 'bigint'
          ? value.toString()
          : JSON.stringify(value);
    ctx.checkValueText(text, i);
    if (hashes !== undefined) {
      const bytes = encoder.encode(text);
      kernel.hashBytesInto(bytes, 0, bytes.length, hashes, i);
    }
  }
}

/** Dispatches a column to its loop: one switch per column and batch, none per value. */
export function checkColumnData(
  ctx: LoopContext,
  data: ColumnData,
  window: NumericWindow,
  encoder: TextEncoderLike,
): void {
  switch (data.type) {
    case 'utf8':
      return checkUtf8(ctx, data);
    case 'dictionary':
      return checkDictionary(ctx, data.indices, data.dictionary);
    case 'values':
      return checkValues(ctx, data.values, encoder);
    case 'int64':
    case 'uint64':
      return checkBigInts(ctx, data.values, window);
    default:
      return checkNumbers(ctx, data.type, data.values, window);
  }
}
