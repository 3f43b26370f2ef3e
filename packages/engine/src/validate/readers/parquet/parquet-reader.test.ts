import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../../user-error.js';
import type { BatchColumn, ColumnBatch } from '../data-reader.js';
import { readAllBatches } from '../testing/read-all-batches.js';
import { openParquet } from './parquet-reader.js';
import { decimalText, int96ToEpochMs } from './parquet-type-mapping.js';

const fixtures = fileURLToPath(new URL('../../../../../../test/fixtures/data/columnar/', import.meta.url));
/** One file per codec, and `v2`: DATA_PAGE_V2 with DELTA_BINARY_PACKED, DELTA_LENGTH_BYTE_ARRAY, BYTE_STREAM_SPLIT. */
const CODECS = ['snappy', 'gzip', 'zstd', 'brotli', 'uncompressed', 'v2'];
/** DuckDB's own reading of types.*.parquet, one JSON object per row. */
const expected = readFileSync(`${fixtures}types.expected.jsonl`, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Record<string, unknown>);

const readAll = readAllBatches;

/** Row i of a batch column as a plain JS value (null where invalid), the way the checks would see it. */
function valueAt(column: BatchColumn, i: number): unknown {
  if (column.validity && column.validity[i] === 0) return null;
  const data = column.data;
  if (data.type === 'utf8')
    return Buffer.from(data.data.subarray(data.offsets[i]!, data.offsets[i + 1]!)).toString('utf8');
  if (data.type === 'dictionary') {
    const { offsets, data: bytes } = data.dictionary;
    const entry = data.indices[i]!;
    return Buffer.from(bytes.subarray(offsets[entry]!, offsets[entry + 1]!)).toString('utf8');
  }
  if (data.type === 'values') return data.values[i];
  if (data.type === 'date-days') return new Date(data.values[i]! * 86_400_000).toISOString().slice(0, 10);
  if (data.type === 'bool') return data.values[i] === 1;
  return Number(data.values[i]!);
}

function rowsOf(batches: readonly ColumnBatch[]): Record<string, unknown>[] {
  return batches.flatMap((batch) =>
    Array.from({ length: batch.rowCount }, (_, i) =>
      Object.fromEntries(batch.columns.map((c) => [c.name, valueAt(c, i)])),
    ),
  );
}

describe('Parquet reader', () => {
  it.each(CODECS)('decodes every mapped type of a %s file exactly as DuckDB reads it back', async (codec) => {
    const batches = await readAll(
      await openParquet(`${fixtures}types.${codec}.parquet`, `types.${codec}.parquet`),
    );
    expect(batches.map((b) => b.rowCount)).toEqual([120]);
    const rows = rowsOf(batches);
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const want = expected[i]!;
      for (const [name, value] of Object.entries(row)) {
        if (name === 'tod')
          expect(value).toBe(
            Number(
              String(want.tod)
                .split(':')
                .reduce((s, p) => s * 60 + Number(p), 0),
            ),
          );
        // Sub-millisecond precision is kept as a fraction; DuckDB's epoch_ms truncates it.
        else if (name === 'ts_us' || name === 'ts_ns') expect(Math.floor(value as number)).toBe(want[name]);
        else if (name === 'float32') expect(value).toBeCloseTo(want[name] as number, 5);
        else expect([name, value]).toEqual([name, want[name]]);
      }
    });
  });

  it('declares the file types in Parquet terms, mapped to the contract types', async () => {
    const source = await openParquet(`${fixtures}types.snappy.parquet`, 'types.snappy.parquet');
    await source.close?.();
    const declared = Object.fromEntries(source.columns.map((c) => [c.name, `${c.declared} → ${c.type}`]));
    expect(declared).toMatchObject({
      int32: 'INT32 → int32',
      int64: 'INT64 → int64',
      int8: 'INT32 (INT_8) → int8',
      uint16: 'INT32 (UINT_16) → uint16',
      float64_nulls: 'DOUBLE → float64',
      float32: 'FLOAT → float32',
      flag: 'BOOLEAN → bool',
      category: 'BYTE_ARRAY (UTF8) → utf8',
      day: 'INT32 (DATE) → date-days',
      ts_ms: expect.stringMatching(/^INT64 \(TIMESTAMP_MILLIS, local\) → timestamp-ms$/),
      ts_us: expect.stringMatching(/^INT64 \(TIMESTAMP_MICROS, local\) → timestamp-ms$/),
      ts_ns: expect.stringMatching(/^INT64 \(TIMESTAMP_NANOS.*\) → timestamp-ms$/),
      dec_small: 'INT32 (DECIMAL(9,2)) → float64',
      dec_big: 'FIXED_LEN_BYTE_ARRAY (DECIMAL(38,10)) → values',
      tod: expect.stringMatching(/^INT64 \(TIME_MICROS.*\) → time-seconds$/),
    });
  });

  it('takes validity from the definition levels, and leaves it out for a column without nulls', async () => {
    const [first] = await readAll(await openParquet(`${fixtures}types.zstd.parquet`, 'types.zstd.parquet'));
    const column = (name: string) => first!.columns.find((c) => c.name === name)!;
    expect(Array.from(column('float64_nulls').validity!.subarray(0, 8))).toEqual([1, 1, 1, 0, 1, 1, 1, 0]);
    expect(column('int32').validity).toBeUndefined();
  });

  it('reads one row group at a time, as typed arrays', async () => {
    const source = await openParquet(`${fixtures}measurements.parquet`, 'measurements.parquet');
    const iterator = source.batches()[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.done).toBe(false);
    const batch = first.value as ColumnBatch;
    expect(batch.rowCount).toBe(2048);
    expect(batch.columns.find((c) => c.name === 'score')!.data).toEqual({
      type: 'float64',
      values: expect.any(Float64Array),
    });
    expect(batch.columns.find((c) => c.name === 'count')!.data).toEqual({
      type: 'int32',
      values: expect.any(Int32Array),
    });
    const rest: number[] = [];
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      rest.push(next.value.rowCount);
    expect(rest).toEqual([2048, 104]);
    await source.close?.();
  });

  it.each([
    ['truncated.parquet', /truncated Parquet file/],
    ['wrong-magic.parquet', /not a Parquet file: wrong magic bytes "PAR0"/],
  ])('refuses %s with a one-line UserError naming the file', async (name, message) => {
    const error = await openParquet(`${fixtures}${name}`, `data/${name}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(message);
    expect((error as UserError).location).toEqual({ file: `data/${name}` });
  });

  it('keeps decimals beyond double precision as exact text, and reads INT96 timestamps', () => {
    expect(decimalText(-12345n, 2)).toBe('-123.45');
    expect(decimalText(5n, 3)).toBe('0.005');
    expect(decimalText(7n, 0)).toBe('7');
    // 2021-03-04T05:06:07.891Z: Julian day 2459278, 18367.891 s into the day.
    const int96 = (2_459_278n << 64n) | 18_367_891_000_000n;
    expect(new Date(int96ToEpochMs(int96)).toISOString()).toBe('2021-03-04T05:06:07.891Z');
  });
});
