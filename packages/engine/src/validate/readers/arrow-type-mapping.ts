import { DataType, DateUnit, Precision, TimeUnit, Type, makeVector } from 'apache-arrow';
import type { Data, Decimal, Dictionary, Field, Float, Int, Timestamp, Time, Date_ } from 'apache-arrow';
import type { BatchColumn, ColumnData, ColumnType, DeclaredColumn } from './data-reader.js';
import { decimalText } from './parquet/parquet-type-mapping.js';

/**
 * Arrow arrays as the reader contract's columns: typed arrays are viewed, not copied, wherever Arrow's layout is
 * already the contract's (numbers, Utf8 offsets + bytes, Date32 days); the validity bitmap is expanded to one
 * byte per row; dictionary-encoded strings stay encoded (`dictionary`: the checker checks each entry once, not
 * each row); timestamps become epoch ms.
 */

/** Units per millisecond, as [multiply, divide] so that every conversion is one correctly rounded operation. */
const TO_MS: Readonly<Record<TimeUnit, readonly [number, number]>> = {
  [TimeUnit.SECOND]: [1000, 1],
  [TimeUnit.MILLISECOND]: [1, 1],
  [TimeUnit.MICROSECOND]: [1, 1000],
  [TimeUnit.NANOSECOND]: [1, 1_000_000],
};

function intType(type: Int): ColumnType {
  return `${type.isSigned ? 'int' : 'uint'}${type.bitWidth}` as ColumnType;
}

function isTextDictionary(type: DataType): type is Dictionary {
  return (
    DataType.isDictionary(type) && (DataType.isUtf8(type.dictionary) || DataType.isLargeUtf8(type.dictionary))
  );
}

/** The contract type a field's values arrive as. */
export function arrowColumnType(type: DataType): ColumnType {
  if (DataType.isInt(type)) return intType(type);
  if (DataType.isFloat(type)) return (type as Float).precision === Precision.DOUBLE ? 'float64' : 'float32';
  if (DataType.isBool(type)) return 'bool';
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type) || isTextDictionary(type)) return 'utf8';
  if (DataType.isDate(type)) return 'date-days';
  if (DataType.isTimestamp(type)) return 'timestamp-ms';
  if (DataType.isTime(type)) return 'time-seconds';
  return 'values';
}

export function declaredArrowColumns(fields: readonly Field[]): DeclaredColumn[] {
  return fields.map((field) => ({
    name: field.name,
    type: arrowColumnType(field.type),
    declared: String(field.type),
  }));
}

/** Gives a byte array of at least `length`, reused batch after batch (a fresh one per batch is GC churn). */
export type ValidityBuffer = (length: number) => Uint8Array;

const freshValidity: ValidityBuffer = (length) => new Uint8Array(length);

/** One byte per row from Arrow's LSB-first validity bitmap; undefined when the array has no nulls. */
export function expandValidity(data: Data, buffer: ValidityBuffer = freshValidity): Uint8Array | undefined {
  if (data.nullCount === 0 || !data.nullBitmap || data.nullBitmap.length === 0) return undefined;
  const bitmap = data.nullBitmap;
  const out = buffer(data.length).subarray(0, data.length);
  for (let i = 0, bit = data.offset; i < data.length; i++, bit++)
    out[i] = (bitmap[bit >> 3]! >> (bit & 7)) & 1;
  return out;
}

function slice<T extends { subarray(begin: number, end: number): T }>(values: T, data: Data, width = 1): T {
  return values.subarray(data.offset * width, (data.offset + data.length) * width);
}

function toFloat64(
  values: ArrayLike<number | bigint>,
  [multiply, divide]: readonly [number, number],
): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = (Number(values[i]!) * multiply) / divide;
  return out;
}

/** Dictionary text kept encoded: the indices viewed (or widened to int32), the dictionary flattened once. */
function textDictionary(data: Data<Dictionary>): ColumnData {
  const raw = slice(data.values as ArrayLike<number> as Int32Array, data);
  const indices = raw instanceof Int32Array ? raw : Int32Array.from(raw, Number);
  // The dictionary may arrive in several chunks (delta batches): flatten into one offsets + bytes.
  const chunks = data.dictionary!.data;
  let entries = 0;
  let bytes = 0;
  for (const chunk of chunks) {
    const offsets = chunk.valueOffsets as Int32Array | BigInt64Array;
    entries += chunk.length;
    bytes += Number(offsets[chunk.offset + chunk.length]) - Number(offsets[chunk.offset]);
  }
  const offsets = new Int32Array(entries + 1);
  const text = new Uint8Array(bytes);
  let entry = 0;
  for (const chunk of chunks) {
    const from = chunk.valueOffsets as Int32Array | BigInt64Array;
    const first = Number(from[chunk.offset]);
    const last = Number(from[chunk.offset + chunk.length]);
    text.set((chunk.values as Uint8Array).subarray(first, last), offsets[entry]!);
    for (let i = 0; i < chunk.length; i++, entry++)
      offsets[entry + 1] =
        offsets[entry]! + Number(from[chunk.offset + i + 1]) - Number(from[chunk.offset + i]);
  }
  return { type: 'dictionary', indices, dictionary: { offsets, data: text } };
}

function decimalValues(data: Data<Decimal>): string[] {
  const words = data.values as Uint32Array;
  const width = data.type.bitWidth / 32;
  const out: string[] = new Array<string>(data.length);
  for (let i = 0; i < data.length; i++) {
    let value = 0n;
    const base = (data.offset + i) * width;
    for (let w = width - 1; w >= 0; w--) value = (value << 32n) | BigInt(words[base + w]!);
    out[i] = decimalText(BigInt.asIntN(data.type.bitWidth, value), data.type.scale);
  }
  return out;
}

function columnData(data: Data): ColumnData {
  const type = data.type as DataType;
  if (DataType.isInt(type)) return { type: intType(type), values: slice(data.values, data) } as ColumnData;
  if (DataType.isFloat(type)) {
    if (type.precision === Precision.DOUBLE)
      return { type: 'float64', values: slice(data.values as Float64Array, data) };
    if (type.precision === Precision.SINGLE)
      return { type: 'float32', values: slice(data.values as Float32Array, data) };
    return {
      type: 'float32',
      values: Float32Array.from({ length: data.length }, (_, i) => makeVector(data).get(i) as number),
    };
  }
  if (DataType.isBool(type)) {
    const out = new Uint8Array(data.length);
    const bits = data.values as Uint8Array;
    for (let i = 0, bit = data.offset; i < data.length; i++, bit++)
      out[i] = (bits[bit >> 3]! >> (bit & 7)) & 1;
    return { type: 'bool', values: out };
  }
  if (DataType.isUtf8(type)) {
    return {
      type: 'utf8',
      offsets: data.valueOffsets.subarray(data.offset, data.offset + data.length + 1) as Int32Array,
      data: data.values as Uint8Array,
    };
  }
  if (DataType.isLargeUtf8(type)) {
    const large = data.valueOffsets as unknown as BigInt64Array;
    return {
      type: 'utf8',
      offsets: Int32Array.from(large.subarray(data.offset, data.offset + data.length + 1), Number),
      data: data.values as Uint8Array,
    };
  }
  if (isTextDictionary(type)) return textDictionary(data as Data<Dictionary>);
  if (DataType.isDate(type)) {
    if ((type as Date_).unit === DateUnit.DAY)
      return { type: 'date-days', values: slice(data.values as Int32Array, data) };
    const ms = slice(data.values as unknown as BigInt64Array, data);
    return { type: 'date-days', values: Int32Array.from(ms, (v) => Math.floor(Number(v) / 86_400_000)) };
  }
  if (DataType.isTimestamp(type)) {
    return {
      type: 'timestamp-ms',
      values: toFloat64(
        slice(data.values as unknown as BigInt64Array, data),
        TO_MS[(type as Timestamp).unit],
      ),
    };
  }
  if (DataType.isTime(type)) {
    return {
      type: 'time-seconds',
      values: toFloat64(slice(data.values as unknown as BigInt64Array | Int32Array, data), [
        TO_MS[(type as Time).unit][0],
        TO_MS[(type as Time).unit][1] * 1000,
      ]),
    };
  }
  if (DataType.isDecimal(type)) return { type: 'values', values: decimalValues(data as Data<Decimal>) };
  // Nested, binary, interval, …: Arrow's own JS values, null where invalid.
  const vector = makeVector(data);
  const values: unknown[] = new Array<unknown>(data.length);
  for (let i = 0; i < data.length; i++) {
    const value: unknown = vector.get(i);
    values[i] =
      value instanceof Uint8Array
        ? Buffer.from(value).toString('hex')
        : value !== null && typeof value === 'object' && 'toJSON' in value
          ? (value as { toJSON(): unknown }).toJSON()
          : value;
  }
  return { type: 'values', values };
}

export function arrowBatchColumn(name: string, data: Data, buffer?: ValidityBuffer): BatchColumn {
  const validity =
    data.type.typeId === Type.Null ? new Uint8Array(data.length) : expandValidity(data, buffer);
  const column =
    data.type.typeId === Type.Null
      ? ({ type: 'values', values: new Array<null>(data.length).fill(null) } as const)
      : columnData(data);
  return validity ? { name, data: column, validity } : { name, data: column };
}
