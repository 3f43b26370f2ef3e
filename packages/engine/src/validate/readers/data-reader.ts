/**
 * The reader contract. Every data format reaches the checks through one of three shapes, chosen for how the
 * format stores values, so each is checked the cheapest way it allows:
 *
 * - `text-table` (CSV, TSV): raw bytes. The fused parse-and-check kernel runs over byte ranges in worker
 *   threads (csv-validator.ts, range-worker-pool.ts); nothing is decoded to strings unless a check needs it.
 * - `records` (JSONL, JSON array): JS objects with the physical line each starts on (json-records.ts),
 *   checked record by record (record-checker.ts).
 * - `columnar` (Parquet, Arrow): batches of TYPED COLUMNS with validity, plus the column types the file
 *   declares. Checks run per column over typed arrays (columnar-checker.ts), never per row object; the
 *   declared types are checked against the schema once, before any value (a mismatch is a schema-mismatch
 *   and that column's values are not checked further).
 *
 * To add a columnar format, implement `ColumnarSource` and register it in columnar-readers.ts:
 * - Yield one `ColumnBatch` per row group / record batch, in file order; `rowCount` rows each.
 * - Put each column's values in the most specific `ColumnData` variant: numbers in their typed array,
 *   strings as Arrow-style offsets + UTF-8 bytes (no per-value string), or as `dictionary` (int32 indices
 *   into one offsets + bytes dictionary) when the file stores them dictionary-encoded: the checker then
 *   checks each distinct entry once instead of every row (categories with an enum cost one lookup per row).
 *   Dates as days, timestamps as epoch
 *   milliseconds, time as seconds. Anything else (decimals beyond float precision, nested values) as
 *   `values` (plain JS values; decimals as strings).
 * - `validity` is one byte per row (1 = present, 0 = null), or absent when the column has no nulls.
 *   (Expand Arrow's validity bitmap; Parquet's definition levels map directly.)
 * - Rows are numbered by record (1-based, across batches): there are no lines in a binary file.
 * - Memory: hold one batch at a time; the checker keeps nothing of a batch after it returns, so a reader may
 *   reuse a batch's buffers for the next one.
 * - A file that is not of the format (wrong magic bytes, truncated footer) is a UserError naming the file.
 */
/**
 * The longest record (a CSV or JSON Lines line, one element of a JSON array) any reader takes, from a file or
 * a stream: longer is a format-error, so one endless line can neither exhaust memory nor stall the run.
 */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export type ColumnData =
  | { readonly type: 'float64'; readonly values: Float64Array }
  | { readonly type: 'float32'; readonly values: Float32Array }
  | { readonly type: 'int32'; readonly values: Int32Array }
  | { readonly type: 'int16'; readonly values: Int16Array }
  | { readonly type: 'int8'; readonly values: Int8Array }
  | { readonly type: 'uint32'; readonly values: Uint32Array }
  | { readonly type: 'uint16'; readonly values: Uint16Array }
  | { readonly type: 'uint8'; readonly values: Uint8Array }
  | { readonly type: 'int64'; readonly values: BigInt64Array }
  | { readonly type: 'uint64'; readonly values: BigUint64Array }
  /** 0 or 1 per row. */
  | { readonly type: 'bool'; readonly values: Uint8Array }
  /** Value i is the UTF-8 text `data[offsets[i], offsets[i + 1])`. */
  | { readonly type: 'utf8'; readonly offsets: Int32Array; readonly data: Uint8Array }
  /**
   * Dictionary-encoded text (Arrow dictionaries, Parquet dictionary pages): value i is dictionary entry
   * `indices[i]` (undefined where validity says null). Kept encoded so each distinct entry is checked once.
   */
  | { readonly type: 'dictionary'; readonly indices: Int32Array; readonly dictionary: Utf8Values }
  | { readonly type: 'date-days'; readonly values: Int32Array }
  | { readonly type: 'timestamp-ms'; readonly values: Float64Array }
  | { readonly type: 'time-seconds'; readonly values: Float64Array }
  | { readonly type: 'values'; readonly values: readonly unknown[] };

/** Text as Arrow lays it out: value i is `data[offsets[i], offsets[i + 1])`. */
export interface Utf8Values {
  readonly offsets: Int32Array;
  readonly data: Uint8Array;
}

/** The declared types: a `dictionary` column is declared `utf8` (encoding is a batch detail, not a type). */
export type ColumnType = Exclude<ColumnData['type'], 'dictionary'>;

export interface BatchColumn {
  readonly name: string;
  readonly data: ColumnData;
  /** One byte per row: 1 present, 0 null. Absent: no nulls in this batch. */
  readonly validity?: Uint8Array;
}

export interface ColumnBatch {
  readonly rowCount: number;
  readonly columns: readonly BatchColumn[];
  /** The batch's first row in the file (from 0), when batches are read from a range of units (pieces). */
  readonly firstRow?: number;
}

/** Units [from, to) of a columnar file: Parquet row groups, Arrow record batches. */
export interface UnitRange {
  readonly from: number;
  readonly to: number;
}

/** The file's own schema: the column order and the type each column is declared with. */
export interface DeclaredColumn {
  readonly name: string;
  readonly type: ColumnType;
  /** The format's own type name for messages, e.g. `INT64 (TIMESTAMP_MILLIS)` or `Utf8`. */
  readonly declared: string;
}

export interface ColumnarSource {
  readonly format: 'parquet' | 'arrow';
  readonly columns: readonly DeclaredColumn[];
  /** The file's row count when its metadata states it up front (Parquet's footer): presizes uniqueness sets. */
  readonly rows?: number;
  /** A row-count estimate from the first batch when the metadata states none up front: presizes uniqueness sets. */
  estimateRows?(first: ColumnBatch): number | undefined;
  /**
   * The units a sharded run may split the file into (Parquet row groups; Arrow record batches of the file
   * format), when the metadata counts them; undefined when the file cannot be split (an Arrow stream).
   */
  readonly units?: number;
  /** Every batch, or those of `range` only, each then with its `firstRow`. */
  batches(range?: UnitRange): AsyncIterable<ColumnBatch>;
  close?(): Promise<void>;
}

/** Opens a columnar file; throws a UserError when the bytes are not of the format. */
export type ColumnarOpener = (path: string, displayPath: string) => Promise<ColumnarSource>;
