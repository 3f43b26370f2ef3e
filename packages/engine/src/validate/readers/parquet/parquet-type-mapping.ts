import type { SchemaElement } from 'hyparquet';
import type { ColumnType } from '../data-reader.js';

/**
 * How one flat Parquet column (physical type + logical annotation) becomes a `ColumnData` variant. Pure: the
 * reader (parquet-reader.ts) decodes pages into these shapes; this module only decides which shape and how
 * each physical value converts.
 */
export type ParquetConversion =
  /** The physical value goes into the typed array unchanged. */
  | { readonly kind: 'direct'; readonly type: Exclude<ColumnType, 'utf8' | 'values' | 'bool'> }
  | { readonly kind: 'bool' }
  | { readonly kind: 'utf8' }
  /** An INT64 count of `unit` since the epoch, or a time of day in `unit`: divided into ms or seconds. */
  | { readonly kind: 'scaled'; readonly type: 'timestamp-ms' | 'time-seconds'; readonly divisor: number }
  /** INT96 (Impala/Spark legacy timestamps): Julian day + nanoseconds of the day. */
  | { readonly kind: 'int96' }
  /** Fits a double exactly (precision ≤ 15): value / 10^scale as float64. */
  | { readonly kind: 'decimal-float'; readonly scale: number }
  /** Beyond float precision: the exact decimal text, in a `values` column. */
  | { readonly kind: 'decimal-text'; readonly scale: number }
  /** Anything else flat (UUID, FLOAT16, INTERVAL, raw fixed bytes): plain JS values. */
  | { readonly kind: 'other' };

export interface ParquetColumnMapping {
  readonly type: ColumnType;
  readonly declared: string;
  readonly conversion: ParquetConversion;
}

/** A double holds every integer of 15 decimal digits exactly; beyond, decimals are kept as text. */
const MAX_FLOAT_DECIMAL_PRECISION = 15;
const UNIT_MS = { MILLIS: 1, MICROS: 1000, NANOS: 1_000_000 } as const;

function declaredName(element: SchemaElement): string {
  const physical = element.type ?? 'GROUP';
  const logical = element.logical_type;
  let annotation: string | undefined;
  if (logical?.type === 'TIMESTAMP' || logical?.type === 'TIME')
    annotation = `${logical.type}_${logical.unit}${logical.isAdjustedToUTC ? '' : ', local'}`;
  else if (logical?.type === 'DECIMAL') annotation = `DECIMAL(${logical.precision},${logical.scale})`;
  else if (logical?.type === 'INTEGER')
    annotation = `${logical.isSigned ? 'INT' : 'UINT'}_${logical.bitWidth}`;
  else if (logical) annotation = logical.type;
  else if (element.converted_type === 'DECIMAL')
    annotation = `DECIMAL(${element.precision ?? '?'},${element.scale ?? 0})`;
  else if (element.converted_type) annotation = element.converted_type;
  // INT64 (INT_64) says nothing the physical type does not.
  const redundant =
    annotation === undefined || annotation === physical || annotation.replace('_', '') === physical;
  return redundant ? physical : `${physical} (${annotation})`;
}

function decimal(element: SchemaElement): ParquetConversion {
  const precision =
    element.logical_type?.type === 'DECIMAL' ? element.logical_type.precision : (element.precision ?? 38);
  const scale = element.logical_type?.type === 'DECIMAL' ? element.logical_type.scale : (element.scale ?? 0);
  return precision <= MAX_FLOAT_DECIMAL_PRECISION
    ? { kind: 'decimal-float', scale }
    : { kind: 'decimal-text', scale };
}

function integer(bitWidth: number, signed: boolean): ParquetConversion {
  const type = `${signed ? 'int' : 'uint'}${bitWidth}` as
    'int8' | 'int16' | 'int32' | 'int64' | 'uint8' | 'uint16' | 'uint32' | 'uint64';
  return { kind: 'direct', type };
}

function conversionOf(element: SchemaElement): ParquetConversion {
  const logical = element.logical_type;
  const converted = element.converted_type;
  if (logical?.type === 'DECIMAL' || converted === 'DECIMAL') return decimal(element);
  switch (element.type) {
    case 'BOOLEAN':
      return { kind: 'bool' };
    case 'FLOAT':
      return { kind: 'direct', type: 'float32' };
    case 'DOUBLE':
      return { kind: 'direct', type: 'float64' };
    case 'INT96':
      return { kind: 'int96' };
    case 'INT32':
      if (logical?.type === 'DATE' || converted === 'DATE') return { kind: 'direct', type: 'date-days' };
      if (logical?.type === 'TIME' || converted === 'TIME_MILLIS')
        return { kind: 'scaled', type: 'time-seconds', divisor: 1000 };
      if (logical?.type === 'INTEGER') return integer(logical.bitWidth, logical.isSigned);
      if (converted === 'INT_8' || converted === 'INT_16')
        return integer(converted === 'INT_8' ? 8 : 16, true);
      if (converted === 'UINT_8' || converted === 'UINT_16' || converted === 'UINT_32')
        return integer(Number(converted.slice(5)), false);
      return { kind: 'direct', type: 'int32' };
    case 'INT64': {
      if (logical?.type === 'TIMESTAMP')
        return { kind: 'scaled', type: 'timestamp-ms', divisor: UNIT_MS[logical.unit] };
      if (converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS')
        return { kind: 'scaled', type: 'timestamp-ms', divisor: converted === 'TIMESTAMP_MILLIS' ? 1 : 1000 };
      if (logical?.type === 'TIME')
        return { kind: 'scaled', type: 'time-seconds', divisor: UNIT_MS[logical.unit] * 1000 };
      if (converted === 'TIME_MICROS') return { kind: 'scaled', type: 'time-seconds', divisor: 1_000_000 };
      const unsigned = (logical?.type === 'INTEGER' && !logical.isSigned) || converted === 'UINT_64';
      return { kind: 'direct', type: unsigned ? 'uint64' : 'int64' };
    }
    case 'BYTE_ARRAY':
      // Unannotated byte arrays are almost always text written by tools that skip the annotation.
      return logical === undefined || ['STRING', 'ENUM', 'JSON'].includes(logical.type)
        ? { kind: 'utf8' }
        : { kind: 'other' };
    default:
      return { kind: 'other' };
  }
}

function typeOf(conversion: ParquetConversion): ColumnType {
  switch (conversion.kind) {
    case 'direct':
    case 'scaled':
      return conversion.type;
    case 'bool':
      return 'bool';
    case 'utf8':
      return 'utf8';
    case 'int96':
      return 'timestamp-ms';
    case 'decimal-float':
      return 'float64';
    case 'decimal-text':
    case 'other':
      return 'values';
  }
}

/** The mapping of one flat (non-nested) leaf column. */
export function mapParquetColumn(element: SchemaElement): ParquetColumnMapping {
  const conversion = conversionOf(element);
  return { type: typeOf(conversion), declared: declaredName(element), conversion };
}

/** Nested columns (lists, structs, maps) are read as plain JS values. */
export function mapNestedParquetColumn(element: SchemaElement): ParquetColumnMapping {
  const kind = element.logical_type?.type ?? element.converted_type ?? 'GROUP';
  return {
    type: 'values',
    declared: kind === 'GROUP' ? 'GROUP' : `GROUP (${kind})`,
    conversion: { kind: 'other' },
  };
}

/** Two's-complement big-endian bytes (Parquet's decimal encoding in byte arrays) as a bigint. */
export function bigintFromBytes(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return bytes.length > 0 && bytes[0]! & 0x80 ? value - (1n << BigInt(bytes.length * 8)) : value;
}

/** The exact decimal text of `unscaled × 10^-scale`. */
export function decimalText(unscaled: bigint, scale: number): string {
  if (scale <= 0) return (unscaled * 10n ** BigInt(-scale)).toString();
  const negative = unscaled < 0n;
  const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

const JULIAN_DAY_OF_UNIX_EPOCH = 2_440_588;

/** INT96 as hyparquet reads it (day << 64 | nanoseconds of the day) in epoch milliseconds. */
export function int96ToEpochMs(value: bigint): number {
  const day = Number(value >> 64n);
  const nanos = Number(BigInt.asUintN(64, value));
  return (day - JULIAN_DAY_OF_UNIX_EPOCH) * 86_400_000 + nanos / 1_000_000;
}
