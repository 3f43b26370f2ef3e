import { numberClassName } from '../evaluate/reading/class-order.js';
import { UserError } from '../user-error.js';
import { NumberIds, TextIds } from './id-store.js';
import type { IdStore } from './id-store.js';
import { IdTable } from './id-table.js';

/**
 * The ids of a predictions file, unique by construction, held compactly enough for ten million rows: numbers
 * in a Float64Array while every id is a number (a Parquet INT64 column, JSON numbers), otherwise UTF-8 bytes
 * in one buffer (never a JS string per row: 10M strings and a Set of them took 1.4 GB and most of the read's
 * time, measured with bench/evaluate-bench.ts). A number id equals the text that spells it as numpy prints
 * it (`7` and "7"), so a CSV baseline pairs with a Parquet current file.
 *
 * Uniqueness costs nothing while ids arrive in increasing order (row numbers, sorted exports): each id is
 * compared with the one before. The first id out of order builds a hash table (id-table.ts) of the rows so
 * far and every later id goes through it; on 10M rows that table's random accesses cost seconds, the order
 * check milliseconds. The join looks ids up in the baseline's table, built then if reading needed none.
 */

export const MAX_PROBE = 256;

/** Ids beyond this many bytes in one file are a mistake (a text column taken for the id), not ids. */
export const MAX_ID_BYTES = 1 << 30;

/** A finished, immutable list of unique ids, one per row. */
export class IdKeys {
  private constructor(
    readonly length: number,
    private readonly store: IdStore,
    private table: IdTable | undefined,
    private readonly maxProbe: number,
  ) {}

  /** The builder's hand-over. */
  static finished(length: number, store: IdStore, table: IdTable | undefined, maxProbe: number): IdKeys {
    return new IdKeys(length, store, table, maxProbe);
  }

  /** Ids given as texts (tests, benches, callers with strings); a duplicate is a UserError naming `source`. */
  static fromTexts(texts: readonly string[], source = 'ids'): IdKeys {
    const builder = new IdKeysBuilder();
    builder.startTexts();
    texts.forEach((text, row) => {
      const earlier = builder.addText(text);
      if (earlier >= 0) throw duplicateId(source, text, earlier, row);
    });
    return builder.finish();
  }

  get kind(): IdStore['kind'] {
    return this.store.kind;
  }

  /** Row `row`'s id as text (for messages). */
  text(row: number): string {
    return this.store.text(row);
  }

  /** Every id as text: O(rows) strings, for tests and small files. */
  texts(): string[] {
    return Array.from({ length: this.length }, (_, row) => this.text(row));
  }

  /** The same ids as texts (a number-id side meeting a text-id side). */
  asTexts(): IdKeys {
    if (this.store.kind === 'texts') return this;
    const builder = new IdKeysBuilder(this.maxProbe);
    builder.startTexts();
    for (let row = 0; row < this.length; row++) builder.addText(this.text(row));
    return builder.finish();
  }

  /** The row of this holding `other`'s id at `row`, or -1. Both sides must be of one kind (see asTexts). */
  find(other: IdKeys, row: number): number {
    if (this.length === 0) return -1;
    if (this.store.kind !== other.store.kind)
      throw new Error('IdKeys.find: number ids against text ids (call asTexts first)');
    if (this.table === undefined) {
      // Read in order, so no table was needed then; the rows are unique, nothing to check.
      this.table = new IdTable(this.store, this.maxProbe, this.length);
      for (let r = 0; r < this.length; r++) this.table.insert(r);
    }
    return this.table.find(other.store, row);
  }
}

/**
 * Builds IdKeys one id at a time, in row order. Each `add…` returns the earlier row holding the same id, or
 * -1 (then the id is stored): the reader turns a duplicate into a message naming the file and both rows.
 */
export class IdKeysBuilder {
  private length = 0;
  private store: IdStore = new NumberIds(undefined);
  /** Rows announced by reserveRows: the size number ids get when they need an array. */
  private reserved = 0;
  /** Undefined while every id so far came after the one before. */
  private table: IdTable | undefined;

  /** `maxProbe` is for tests: 0 puts the index on its Map at once. */
  constructor(private readonly maxProbe = MAX_PROBE) {}

  /** A number id (finite: the reader refuses NaN and infinities before). */
  addNumber(value: number): number {
    let store = this.store;
    if (store.kind === 'texts') return this.addText(numberClassName(value));
    // 0 and −0 are one id, as their text is.
    const id = value === 0 ? 0 : value;
    if (store.values === undefined) {
      if (this.length === 0 && Number.isSafeInteger(id)) {
        this.store = new NumberIds(undefined, id);
        this.length = 1;
        return -1;
      }
      if (this.length > 0 && id === store.first + this.length && Number.isSafeInteger(id)) {
        this.length++;
        return -1;
      }
      store = this.materialize(store);
    }
    if (this.length === store.values!.length) store.values = grownFloats(store.values!, this.length * 2);
    store.values![this.length] = id;
    return this.commit();
  }

  /** The first id that breaks the run of consecutive integers: the run becomes values. */
  private materialize(run: NumberIds): NumberIds {
    const values = new Float64Array(Math.max(1024, this.reserved, 2 * this.length));
    for (let row = 0; row < this.length; row++) values[row] = run.first + row;
    const store = new NumberIds(values);
    this.store = store;
    return store;
  }

  /** A text id. */
  addText(text: string): number {
    const store = this.texts();
    const start = store.offsets[this.length]!;
    this.reserve(store, start, text.length * 3);
    const written = store.bytes.write(text, start, 'utf8');
    store.offsets[this.length + 1] = start + written;
    return this.commit();
  }

  /** A text id given as UTF-8 bytes `[start, end)` of `source` (a Parquet or Arrow value buffer). */
  addUtf8(source: Uint8Array, start: number, end: number): number {
    const store = this.texts();
    const at = store.offsets[this.length]!;
    this.reserve(store, at, end - start);
    store.bytes.set(source.subarray(start, end), at);
    store.offsets[this.length + 1] = at + end - start;
    return this.commit();
  }

  /** Room for `rows` number ids at once (text ids grow as they come: their bytes are unknown). */
  reserveRows(rows: number): void {
    this.reserved = rows;
  }

  /** Ids will be texts: no number phase to convert later. */
  startTexts(): void {
    this.texts();
  }

  /** The finished ids; the builder is not to be used after. */
  finish(): IdKeys {
    // The arrays stay the builder's (up to twice the rows' length): the table already refers to them.
    return IdKeys.finished(this.length, this.store, this.table, this.maxProbe);
  }

  /** The id of stored row `row` as text (for a duplicate's message). */
  text(row: number): string {
    return this.store.text(row);
  }

  /** Keeps the id just written at row `length`, unless it repeats one: then the earlier row. */
  private commit(): number {
    const row = this.length;
    if (this.table === undefined) {
      if (row === 0 || this.store.follows(row)) {
        this.length++;
        return -1;
      }
      // Out of order: from here on, ids go through a table of the rows so far (unique, being ordered).
      this.table = new IdTable(this.store, this.maxProbe, 2 * row);
      for (let r = 0; r < row; r++) this.table.insert(r);
    }
    const earlier = this.table.insert(row);
    if (earlier >= 0) {
      if (this.store.kind === 'texts') this.store.forget(row);
      return earlier;
    }
    this.length++;
    return -1;
  }

  /** The text store, converting number ids so far into their texts when the first text id arrives. */
  private texts(): TextIds {
    const store = this.store;
    if (store.kind === 'texts') return store;
    const numbers = Float64Array.from({ length: this.length }, (_, row) => store.at(row));
    const texts = new TextIds(Buffer.allocUnsafe(Math.max(4096, numbers.length * 8)), new Int32Array(1024));
    this.store = texts;
    this.length = 0;
    this.table = undefined;
    // The numbers were unique, and so are their texts: no duplicate can come of this.
    for (const value of numbers) this.addText(numberClassName(value));
    return texts;
  }

  private reserve(store: TextIds, at: number, bytes: number): void {
    if (this.length + 2 > store.offsets.length)
      store.offsets = grownInts(store.offsets, store.offsets.length * 2);
    const needed = at + bytes;
    if (needed > MAX_ID_BYTES)
      throw new UserError(
        `the ids take more than ${MAX_ID_BYTES / 2 ** 20} MiB: is the id column (mlgate.yml evaluate.id) really the examples' ids?`,
      );
    if (needed <= store.bytes.length) return;
    const next = Buffer.allocUnsafe(Math.min(MAX_ID_BYTES, Math.max(needed, store.bytes.length * 2)));
    store.bytes.copy(next, 0, 0, at);
    store.bytes = next;
  }
}

/** The duplicate-id error of callers that give texts. Rows are numbered from 1. */
export function duplicateId(source: string, id: string, earlier: number, row: number): UserError {
  return new UserError(
    `${source}: id ${JSON.stringify(id).slice(0, 200)} appears more than once (rows ${earlier + 1} and ${row + 1}); ids must be unique to pair baseline and current predictions`,
  );
}

function grownFloats(values: Float64Array, length: number): Float64Array {
  const next = new Float64Array(length);
  next.set(values);
  return next;
}

function grownInts(values: Int32Array, length: number): Int32Array {
  const next = new Int32Array(length);
  next.set(values);
  return next;
}
