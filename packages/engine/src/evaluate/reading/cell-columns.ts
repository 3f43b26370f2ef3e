import type { BatchColumn } from '../../validate/readers/data-reader.js';
import { numberClassName } from './class-order.js';
import type { RowPlaces } from './row-places.js';
import { IdKeysBuilder } from '../../significance/id-keys.js';
import type { IdKeys } from '../../significance/id-keys.js';

/**
 * The columns a predictions file is read into, one value at a time (CSV, JSON Lines) or one batch column at a
 * time (Parquet, Arrow): numbers into a growing Float64Array, categories (labels, slices) into a growing
 * Int32Array of codes over the distinct texts, ids into strings. Every value is checked as it arrives, so a
 * bad one stops the read at its row.
 */

/** One cell as a text format gives it: text (CSV, a JSON string), a JSON number or boolean, or nothing. */
export type Cell = string | number | boolean | null | undefined;

function describe(cell: Cell): string {
  const text = typeof cell === 'string' ? cell : String(cell);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * A larger array when `needed` passes the length. Fresh memory is costly on first touch (about 3 ms per MiB on
 * a CI runner's VM, measured with bench/evaluate-bench.ts), so arrays are presized where the row count is known.
 */
function grown<T extends Float64Array | Int32Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/** Each batch value as JS, for the text and category columns (numbers come straight from typed arrays). */
function batchValues(column: BatchColumn): (i: number) => Cell {
  const { data, validity } = column;
  const present = (i: number): boolean => validity === undefined || validity[i] === 1;
  switch (data.type) {
    case 'utf8': {
      // Buffer's UTF-8 slice: several times faster than a TextDecoder on short values like ids.
      const bytes = Buffer.from(data.data.buffer, data.data.byteOffset, data.data.byteLength);
      return (i) => (present(i) ? bytes.toString('utf8', data.offsets[i], data.offsets[i + 1]) : null);
    }
    case 'dictionary': {
      // Each entry decoded once per batch, not once per row.
      const { offsets, data: raw } = data.dictionary;
      const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
      const entries = Array.from({ length: offsets.length - 1 }, (_, k) =>
        bytes.toString('utf8', offsets[k], offsets[k + 1]),
      );
      return (i) => (present(i) ? entries[data.indices[i]!] : null);
    }
    case 'bool':
      return (i) => (present(i) ? data.values[i] === 1 : null);
    case 'int64':
    case 'uint64':
      return (i) => (present(i) ? Number(data.values[i]) : null);
    case 'values':
      return (i) => (present(i) ? (data.values[i] as Cell) : null);
    default:
      return (i) => (present(i) ? (data.values[i] as number) : null);
  }
}

/** A dictionary entry whose code is not looked up yet. */
const UNSEEN = -2;

/** Columnar types whose values are JS numbers in a typed array. */
const NUMERIC_TYPES: ReadonlySet<string> = new Set([
  'float64',
  'float32',
  'int32',
  'int16',
  'int8',
  'uint32',
  'uint16',
  'uint8',
]);

const NUMBER_TEXT = /^\s*[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)\s*$/;
const NON_FINITE_TEXT = /^\s*[-+]?(?:nan|inf|infinity)\s*$/i;

/** The value a NaN or infinity spelling stands for, so the message names it as written. */
function nonFinite(text: string): number {
  if (/nan/i.test(text)) return Number.NaN;
  return text.trim().startsWith('-') ? -Infinity : Infinity;
}

/**
 * A numeric column: regression labels and predictions, scores, probabilities. Value of row r sits at
 * `values[r - base]`: a streamed read (streamed-metrics.ts) consumes a window of rows and starts the next
 * window at index 0 again, so memory stays one window's.
 */
export class NumberColumn {
  values = new Float64Array(1024);
  private base = 0;

  /** Room for `rows` values at once (a Parquet footer's count): growing by doubling touches twice the memory. */
  reserve(rows: number): void {
    this.values = grown(this.values, rows);
  }

  /** The next window starts at row `base`: the rows before it are consumed. */
  rewind(base: number): void {
    this.base = base;
  }

  constructor(
    readonly name: string,
    private readonly places: RowPlaces,
    /** Scores and probabilities must lie in [0, 1]. */
    private readonly probability: boolean,
  ) {}

  push(row: number, cell: Cell): void {
    let value: number;
    if (typeof cell === 'number') value = cell;
    else if (typeof cell === 'string' && NUMBER_TEXT.test(cell)) value = Number(cell);
    else if (cell === null || cell === undefined || cell === '')
      throw this.places.error(row, `column "${this.name}" has no value`);
    else if (typeof cell === 'string' && NON_FINITE_TEXT.test(cell)) value = nonFinite(cell);
    else throw this.places.error(row, `column "${this.name}": ${describe(cell)} is not a number`);
    this.set(row, value);
  }

  /** A whole batch column from a columnar file, starting at row `first`. */
  pushBatch(first: number, column: BatchColumn, rows: number): void {
    const { data, validity } = column;
    this.values = grown(this.values, first - this.base + rows);
    if (NUMERIC_TYPES.has(data.type)) {
      const source = (data as { values: ArrayLike<number> }).values;
      for (let i = 0; i < rows; i++) {
        if (validity !== undefined && validity[i] === 0)
          throw this.places.error(first + i, `column "${this.name}" has no value`);
        this.set(first + i, source[i]!);
      }
      return;
    }
    const value = batchValues(column);
    for (let i = 0; i < rows; i++) this.push(first + i, value(i));
  }

  private set(row: number, value: number): void {
    if (!Number.isFinite(value))
      throw this.places.error(row, `column "${this.name}" is ${value} (NaN and infinities have no metric)`);
    if (this.probability && !(value >= 0 && value <= 1))
      throw this.places.error(row, `column "${this.name}" is ${value}: a probability lies in [0, 1]`);
    const index = row - this.base;
    if (index >= this.values.length) this.values = grown(this.values, index + 1);
    this.values[index] = value;
  }

  /** The value of row `row` (in the current window). */
  at(row: number): number {
    return this.values[row - this.base]!;
  }

  /** The values of rows [0, rows): a view, not a copy (a copy of 10M values costs 80 MiB of fresh memory). */
  finish(rows: number): Float64Array {
    return this.values.subarray(0, rows);
  }
}

/**
 * A category column (label, predicted class, slice): a code per row into the distinct texts seen, row r's at
 * `codes[r - base]` (windows as NumberColumn's).
 */
export class CategoryColumn {
  codes = new Int32Array(1024);
  readonly texts: string[] = [];
  private base = 0;
  /** The row each code first appeared on, for messages. */
  private readonly firstRows: number[] = [];
  private readonly index = new Map<string, number>();
  private readonly numberCodes = new Map<number, number>();
  /** Codes of the small whole-number labels 0 … SMALL - 1 (+1; 0 unseen): a Map lookup per row cost 0.5 s on 10M. */
  private readonly smallCodes = new Int32Array(SMALL);

  constructor(
    readonly name: string,
    private readonly places: RowPlaces,
    /** Slices may lack a value (code -1); a label or a prediction may not. */
    private readonly optional: boolean,
    /** The most distinct values the column may hold, and what to say past it (a bound on memory too). */
    private readonly limit: { readonly values: number; readonly advice: string },
  ) {}

  reserve(rows: number): void {
    this.codes = grown(this.codes, rows);
  }

  rewind(base: number): void {
    this.base = base;
  }

  push(row: number, cell: Cell): void {
    const index = row - this.base;
    if (index >= this.codes.length) this.codes = grown(this.codes, index + 1);
    if (cell === null || cell === undefined || cell === '') {
      if (!this.optional) throw this.places.error(row, `column "${this.name}" has no value`);
      this.codes[index] = -1;
      return;
    }
    if (typeof cell === 'number' && !Number.isFinite(cell))
      throw this.places.error(row, `column "${this.name}" is ${cell}, not a class`);
    if (typeof cell === 'object')
      throw this.places.error(row, `column "${this.name}" holds an object, not a value`);
    this.codes[index] = this.codeOf(typeof cell === 'number' ? numberClassName(cell) : String(cell), row);
  }

  pushBatch(first: number, column: BatchColumn, rows: number): void {
    const start = first - this.base;
    this.codes = grown(this.codes, start + rows);
    const { data, validity } = column;
    const codes = this.codes;
    if (data.type === 'dictionary') {
      // A code per dictionary entry, found on the first row that uses it; each later row costs one lookup.
      const entry = batchValues({ name: column.name, data: { type: 'utf8', ...data.dictionary } });
      const entryCodes = new Int32Array(data.dictionary.offsets.length - 1).fill(UNSEEN);
      for (let i = 0; i < rows; i++) {
        if (validity !== undefined && validity[i] === 0) {
          this.push(first + i, null);
          continue;
        }
        const k = data.indices[i]!;
        if (entryCodes[k] === UNSEEN) {
          this.push(first + i, entry(k));
          entryCodes[k] = codes[start + i]!;
        } else if (entryCodes[k]! < 0) this.push(first + i, null);
        else codes[start + i] = entryCodes[k]!;
      }
      return;
    }
    if (NUMERIC_TYPES.has(data.type)) {
      // Number labels: a code per distinct number, without a string per row.
      const values = (data as { values: ArrayLike<number> }).values;
      const small = this.smallCodes;
      for (let i = 0; i < rows; i++) {
        const absent = validity !== undefined && validity[i] === 0;
        const value = values[i]!;
        if (!absent && value >= 0 && value < SMALL && small[value] !== 0 && Number.isInteger(value)) {
          codes[start + i] = small[value]! - 1;
          continue;
        }
        const code = absent ? undefined : this.numberCodes.get(value);
        if (code !== undefined) {
          codes[start + i] = code;
          continue;
        }
        this.push(first + i, absent ? null : value);
        if (absent) continue;
        this.numberCodes.set(value, codes[start + i]!);
        if (value >= 0 && value < SMALL && Number.isInteger(value)) small[value] = codes[start + i]! + 1;
      }
      return;
    }
    const value = batchValues(column);
    for (let i = 0; i < rows; i++) this.push(first + i, value(i));
  }

  /** The code of row `row` (in the current window). */
  at(row: number): number {
    return this.codes[row - this.base]!;
  }

  private codeOf(text: string, row: number): number {
    let code = this.index.get(text);
    if (code === undefined) {
      code = this.texts.length;
      if (code === this.limit.values)
        throw this.places.error(
          row,
          `column "${this.name}" has more than ${this.limit.values} distinct values: ${this.limit.advice}`,
        );
      this.texts.push(text);
      this.firstRows.push(row);
      this.index.set(text, code);
    }
    return code;
  }

  /** The first row whose code is `code`, for messages. */
  firstRowOf(code: number): number {
    return this.firstRows[code]!;
  }
}

/** Whole-number labels below this get their code from an array, not a Map. */
const SMALL = 1024;

/**
 * The id column: unique and present. Ids go into IdKeys (numbers as numbers, texts as UTF-8 bytes), never a
 * JS string per row; a number id too large for a double to hold exactly (INT64 past 2^53) is kept as its
 * decimal text, so two such ids never collapse into one.
 */
export class IdColumn {
  private readonly keys = new IdKeysBuilder();

  constructor(
    readonly name: string,
    private readonly places: RowPlaces,
  ) {}

  push(row: number, cell: Cell): void {
    if (cell === null || cell === undefined || cell === '')
      throw this.places.error(row, `column "${this.name}" has no id`);
    if (typeof cell === 'object')
      throw this.places.error(row, `column "${this.name}" holds an object, not an id`);
    if (typeof cell === 'number') this.number(row, cell);
    else this.check(row, this.keys.addText(String(cell)));
  }

  pushBatch(first: number, column: BatchColumn, rows: number): void {
    const { data, validity } = column;
    const missing = (i: number) => validity !== undefined && validity[i] === 0;
    if (data.type === 'utf8') {
      for (let i = 0; i < rows; i++) {
        const start = data.offsets[i]!;
        const end = data.offsets[i + 1]!;
        if (missing(i) || start === end) this.push(first + i, null);
        else this.check(first + i, this.keys.addUtf8(data.data, start, end));
      }
      return;
    }
    if (data.type === 'dictionary') {
      const { offsets, data: bytes } = data.dictionary;
      for (let i = 0; i < rows; i++) {
        const k = data.indices[i]!;
        if (missing(i) || offsets[k] === offsets[k + 1]) this.push(first + i, null);
        else this.check(first + i, this.keys.addUtf8(bytes, offsets[k]!, offsets[k + 1]!));
      }
      return;
    }
    if (data.type === 'int64' || data.type === 'uint64') {
      for (let i = 0; i < rows; i++) {
        if (missing(i)) this.push(first + i, null);
        else {
          const value = data.values[i]!;
          const exact = value <= MAX_EXACT && value >= -MAX_EXACT;
          this.check(
            first + i,
            exact ? this.keys.addNumber(Number(value)) : this.keys.addText(String(value)),
          );
        }
      }
      return;
    }
    if (NUMERIC_TYPES.has(data.type)) {
      const values = (data as { values: ArrayLike<number> }).values;
      for (let i = 0; i < rows; i++) {
        if (missing(i)) this.push(first + i, null);
        else this.number(first + i, values[i]!);
      }
      return;
    }
    const value = batchValues(column);
    for (let i = 0; i < rows; i++) this.push(first + i, value(i));
  }

  reserve(rows: number): void {
    this.keys.reserveRows(rows);
  }

  finish(): IdKeys {
    return this.keys.finish();
  }

  private number(row: number, value: number): void {
    if (!Number.isFinite(value)) throw this.places.error(row, `column "${this.name}" is ${value}, not an id`);
    this.check(row, this.keys.addNumber(value));
  }

  private check(row: number, earlier: number): void {
    if (earlier < 0) return;
    throw this.places.error(
      row,
      `duplicate id ${describe(this.keys.text(earlier))} in column "${this.name}" (first at row ${earlier + 1}): ids pair predictions, so each must be unique`,
    );
  }
}

const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);
