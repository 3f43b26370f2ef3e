import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { afterAll } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DateMillisecond,
  Decimal,
  Dictionary,
  Field,
  Float16,
  Int8,
  LargeUtf8,
  RecordBatchReader,
  Schema,
  Table,
  TimestampMicrosecond,
  TimestampNanosecond,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
  vectorFromArray,
} from 'apache-arrow';
import { UserError } from '../../user-error.js';
import { openArrow } from './arrow-reader.js';
import type { ColumnBatch } from './data-reader.js';
import { readAllBatches } from './testing/read-all-batches.js';

const fixtures = fileURLToPath(new URL('../../../../../test/fixtures/data/columnar/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mlgate-arrow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const readAll = readAllBatches;

const text = (batch: ColumnBatch, name: string, i: number): string => {
  const data = batch.columns.find((c) => c.name === name)!.data;
  if (data.type === 'dictionary') {
    const { offsets, data: bytes } = data.dictionary;
    const entry = data.indices[i]!;
    return Buffer.from(bytes.subarray(offsets[entry]!, offsets[entry + 1]!)).toString('utf8');
  }
  if (data.type !== 'utf8') throw new Error(`${name} is ${data.type}`);
  return Buffer.from(data.data.subarray(data.offsets[i]!, data.offsets[i + 1]!)).toString('utf8');
};

describe('Arrow IPC reader', () => {
  it.each(['measurements.arrow', 'measurements.arrows'])(
    'reads %s record batch by record batch, typed arrays zero-copy',
    async (name) => {
      const source = await openArrow(`${fixtures}${name}`, name);
      expect(source.columns.map((c) => `${c.name}: ${c.declared} → ${c.type}`)).toEqual([
        'id: Utf8 → utf8',
        'score: Float64 → float64',
        'count: Int32 → int32',
        'category: Dictionary<Int32, Utf8> → utf8',
        'day: Date32<DAY> → date-days',
        'seen_at: Timestamp<MILLISECOND> → timestamp-ms',
        'label: Int32 → int32',
      ]);
      const batches = await readAll(source);
      expect(batches.map((b) => b.rowCount)).toEqual([1500, 1500, 1200]);
      const first = batches[0]!;
      expect(text(first, 'id', 0)).toBe('M-0001');
      // The dictionary is decoded to bytes per row.
      expect([0, 1, 2].map((i) => text(first, 'category', i))).toEqual(['green', 'blue', 'red']);
      expect(text(first, 'category', 99)).toBe('other');
      const score = first.columns.find((c) => c.name === 'score')!;
      expect(score.data).toEqual({ type: 'float64', values: expect.any(Float64Array) });
      expect(Array.from(score.validity!.subarray(8, 11))).toEqual([1, 0, 1]);
      const day = first.columns.find((c) => c.name === 'day')!.data;
      expect(
        day.type === 'date-days' && new Date(day.values[0]! * 86_400_000).toISOString().slice(0, 10),
      ).toBe('2024-01-02');
      const seen = first.columns.find((c) => c.name === 'seen_at')!.data;
      expect(seen.type === 'timestamp-ms' && new Date(seen.values[0]!).toISOString()).toBe(
        '2024-01-01T00:01:00.000Z',
      );
    },
  );

  it('maps timestamp units to epoch ms, Date64 to days, large strings, int8, decimals as exact text, and the rest as values', async () => {
    const table = new Table({
      us: makeVector(
        makeData({
          type: new TimestampMicrosecond(),
          length: 1,
          data: BigInt64Array.of(1_614_834_367_891_234n),
        }),
      ),
      ns: makeVector(
        makeData({
          type: new TimestampNanosecond(),
          length: 1,
          data: BigInt64Array.of(1_614_834_367_891_234_567n),
        }),
      ),
      d64: vectorFromArray([new Date(Date.UTC(2021, 2, 4))], new DateMillisecond()),
      large: vectorFromArray(['grande'], new LargeUtf8()),
      tiny: vectorFromArray([-3], new Int8()),
      half: vectorFromArray([1.5], new Float16()),
      dict: vectorFromArray([null], new Dictionary(new Utf8(), new Int8())),
    });
    const path = join(dir, 'types.arrow');
    writeFileSync(path, tableToIPC(table, 'file'));
    const source = await openArrow(path, 'types.arrow');
    const [batch] = await readAll(source);
    const value = (name: string) => {
      const column = batch!.columns.find((c) => c.name === name)!;
      return [
        column.data.type,
        column.validity?.[0] === 0
          ? null
          : 'values' in column.data
            ? Number(column.data.values[0])
            : text(batch!, name, 0),
      ];
    };
    expect(value('us')).toEqual(['timestamp-ms', 1_614_834_367_891.234]);
    expect(value('ns')).toEqual(['timestamp-ms', 1_614_834_367_891.2346]);
    expect(value('d64')).toEqual(['date-days', 18_690]);
    expect(value('large')).toEqual(['utf8', 'grande']);
    expect(value('tiny')).toEqual(['int8', -3]);
    expect(value('half')).toEqual(['float32', 1.5]);
    expect(value('dict')).toEqual(['dictionary', null]);
  });

  it('keeps decimal128 values exact, as text', async () => {
    const type = new Decimal(2, 38, 128);
    // 12345678901234567890.12 as a 128-bit little-endian integer of hundredths.
    const unscaled = 1_234_567_890_123_456_789_012n;
    const words = new Uint32Array(4);
    for (let w = 0; w < 4; w++) words[w] = Number((unscaled >> BigInt(32 * w)) & 0xffffffffn);
    const table = new Table(new Schema([new Field('amount', type)]), {
      amount: makeVector(makeData({ type, length: 1, data: words })),
    });
    const path = join(dir, 'decimal.arrows');
    writeFileSync(path, tableToIPC(table, 'stream'));
    const [batch] = await readAll(await openArrow(path, 'decimal.arrows'));
    expect(batch!.columns[0]!.data).toEqual({ type: 'values', values: ['12345678901234567890.12'] });
  });

  it.each([
    ['truncated.arrow', /truncated Arrow IPC file/],
    ['wrong-magic.arrow', /not an Arrow IPC file or stream: wrong magic bytes/],
  ])('refuses %s on open with a UserError naming the file', async (name, message) => {
    const error = await openArrow(`${fixtures}${name}`, `data/${name}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(message);
    expect((error as UserError).location).toEqual({ file: `data/${name}` });
  });

  it('refuses a stream cut inside a record batch with a UserError naming the file', async () => {
    const error = await openArrow(`${fixtures}truncated.arrows`, 'data/truncated.arrows')
      .then(readAll)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/Arrow IPC stream/);
    expect((error as UserError).location).toEqual({ file: 'data/truncated.arrows' });
  });

  it('refuses a file whose record batch message is garbage, without hanging, naming the file and the batch', async () => {
    const bytes = readFileSync(`${fixtures}measurements.arrow`);
    const reader = RecordBatchReader.from(bytes);
    reader.open();
    const second = reader.footer!.getRecordBatch(1)!;
    const corrupt = Buffer.from(bytes);
    corrupt.fill(0xab, Number(second.offset) + 8, Number(second.offset) + second.metaDataLength);
    const path = join(dir, 'corrupt.arrow');
    writeFileSync(path, corrupt);
    const error = await openArrow(path, 'data/corrupt.arrow')
      .then(readAll)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(
      'cannot read record batch 2 of 3 of the Arrow IPC file: its message is not a record batch',
    );
    expect((error as UserError).location).toEqual({ file: 'data/corrupt.arrow' });
  });
});
