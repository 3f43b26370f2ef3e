import { createReadStream, existsSync, renameSync, statSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  DateDay,
  Dictionary,
  Field,
  Float64,
  Int32,
  Int64,
  RecordBatch,
  RecordBatchFileWriter,
  Schema,
  Struct,
  Utf8,
  makeData,
  vectorFromArray,
} from 'apache-arrow';
import type { Data, DataType, Vector } from 'apache-arrow';
import { BENCH_DATA_DIR, CATEGORIES, COLUMNS, benchTableSchema, generateBenchCsv } from './generate-data.js';

/**
 * The CSV benchmark dataset as typed Parquet and Arrow IPC files. A typed file cannot hold a text that is not a
 * number or a date, so each planted type error becomes a value out of range instead (the same cell, one
 * violation either way) and an empty required cell becomes a null: the planted count is unchanged.
 */
export const UNPARSEABLE = { float: 99999, int: -1, date: '2031-06-30' } as const;
/** DuckDB's default, and close to pyarrow's 1Mi-row groups scaled down to the bench. */
export const PARQUET_ROW_GROUP_ROWS = 122_880;
export const ARROW_BATCH_ROWS = 65_536;

export interface ColumnarFile {
  readonly path: string;
  readonly bytes: number;
}

const floats = COLUMNS.filter((c) => c.startsWith('f'));
const ints = COLUMNS.filter((c) => c.startsWith('i') && c !== 'id');

function typedSelect(): string {
  const cast = (c: string, type: string, bad: string) =>
    `case when ${c} is not null and try_cast(${c} as ${type}) is null then ${bad} else try_cast(${c} as ${type}) end as ${c}`;
  return [
    'id',
    ...floats.map((c) => cast(c, 'double', `${UNPARSEABLE.float}::double`)),
    ...ints.map((c) => cast(c, 'bigint', `${UNPARSEABLE.int}::bigint`)),
    ...CATEGORIES.map((_, i) => `c${i + 1}`),
    cast('day', 'date', `date '${UNPARSEABLE.date}'`),
  ].join(', ');
}

export async function generateBenchParquet(rows: number, compression = 'snappy'): Promise<ColumnarFile> {
  return duckdbParquet(
    join(BENCH_DATA_DIR, `bench-${rows}.${compression}.parquet`),
    rows,
    typedSelect(),
    `compression ${compression}, row_group_size ${PARQUET_ROW_GROUP_ROWS}`,
  );
}

/**
 * A Parquet file as another tool writes it, not as the bench's own files are: row groups of 1Mi rows
 * (pyarrow's default), ZSTD, dictionary pages for every low-cardinality column (DuckDB's writer picks them:
 * the categories and `bucket`, an INT64 of 1,000 values), a TIMESTAMP column, nulls in both. The bench's 20
 * columns are unchanged, and the two added columns hold no violation, so the planted count is the CSV's.
 */
export const FOREIGN_PARQUET_ROW_GROUP_ROWS = 1_048_576;
export const TIMESTAMP_RANGE = { minimum: '2000-01-01T00:00:00Z', maximum: '2030-12-31T23:59:59Z' } as const;
export const BUCKET_RANGE = { minimum: 0, maximum: 999 } as const;

export async function generateForeignParquet(rows: number): Promise<ColumnarFile> {
  // Nulls where f1/f2 are empty (5% each); i5 and i3 carry no planted violation, and i3 (< 10^6) × 900 s
  // stays within 2000–2029.
  const added = [
    `case when f1 is null then null else try_cast(i5 as bigint) // 1000 end as bucket`,
    `case when f2 is null then null else timestamp '2000-01-01' + to_seconds(try_cast(i3 as bigint) * 900) end as ts`,
  ];
  return duckdbParquet(
    join(BENCH_DATA_DIR, `bench-${rows}.duckdb-zstd.parquet`),
    rows,
    [typedSelect(), ...added].join(', '),
    `compression zstd, row_group_size ${FOREIGN_PARQUET_ROW_GROUP_ROWS}`,
  );
}

/** The Table Schema of generateForeignParquet's file: the bench's, and the two added columns. */
export function foreignParquetSchema(): Record<string, unknown> {
  const { fields } = benchTableSchema() as { fields: readonly object[] };
  return {
    fields: [
      ...fields,
      { name: 'bucket', type: 'integer', constraints: { ...BUCKET_RANGE } },
      { name: 'ts', type: 'datetime', constraints: { ...TIMESTAMP_RANGE } },
    ],
  };
}

/** DuckDB writes `select` over the bench CSV of `rows` rows to `path` (once: an existing file is kept). */
async function duckdbParquet(
  path: string,
  rows: number,
  select: string,
  options: string,
): Promise<ColumnarFile> {
  if (!existsSync(path)) {
    const csv = await generateBenchCsv(rows);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(
      `copy (select ${select} from read_csv('${csv.path}', all_varchar = true, header = true)) to '${path}.partial' (format parquet, ${options})`,
    );
    connection.closeSync();
    instance.closeSync();
    renameSync(`${path}.partial`, path);
  }
  return { path, bytes: statSync(path).size };
}

function validDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().slice(0, 10) === text ? ms / 86_400_000 : null;
}

class BatchBuilder {
  private readonly encoder = new TextEncoder();
  private n = 0;
  private readonly ids = new Uint8Array(ARROW_BATCH_ROWS * 16);
  private idBytes = 0;
  private readonly idOffsets = new Int32Array(ARROW_BATCH_ROWS + 1);
  private readonly floats = floats.map(() => new Float64Array(ARROW_BATCH_ROWS));
  private readonly floatValid = floats.map(() => new Uint8Array(ARROW_BATCH_ROWS / 8));
  private readonly ints = ints.map(() => new BigInt64Array(ARROW_BATCH_ROWS));
  private readonly intValid = ints.map(() => new Uint8Array(ARROW_BATCH_ROWS / 8));
  private readonly codes = CATEGORIES.map(() => new Int32Array(ARROW_BATCH_ROWS));
  private readonly days = new Int32Array(ARROW_BATCH_ROWS);
  private readonly lookup = CATEGORIES.map((values) => new Map(values.map((v, i) => [v, i])));

  constructor(
    private readonly schema: Schema,
    private readonly dictionaries: readonly Vector<Utf8>[],
  ) {}

  get full(): boolean {
    return this.n === ARROW_BATCH_ROWS;
  }

  add(cells: readonly string[]): void {
    const r = this.n++;
    const bit = (bitmap: Uint8Array, present: boolean) => {
      if (present) bitmap[r >> 3]! |= 1 << (r & 7);
    };
    const id = this.encoder.encode(cells[0]);
    this.ids.set(id, this.idBytes);
    this.idBytes += id.length;
    this.idOffsets[r + 1] = this.idBytes;
    floats.forEach((_, f) => {
      const text = cells[1 + f]!;
      const v = Number(text);
      this.floats[f]![r] = text === '' ? 0 : Number.isNaN(v) ? UNPARSEABLE.float : v;
      bit(this.floatValid[f]!, text !== '');
    });
    ints.forEach((_, i) => {
      const text = cells[9 + i]!;
      const v = Number(text);
      this.ints[i]![r] = BigInt(text === '' ? 0 : Number.isInteger(v) ? v : UNPARSEABLE.int);
      bit(this.intValid[i]!, text !== '');
    });
    CATEGORIES.forEach((values, c) => {
      const code = this.lookup[c]!.get(cells[15 + c]!);
      // A planted value outside the enum joins the dictionary after the real categories.
      this.codes[c]![r] = code ?? values.length;
    });
    this.days[r] = validDate(cells[19]!) ?? validDate(UNPARSEABLE.date)!;
  }

  take(): RecordBatch {
    const length = this.n;
    const bitmap = (b: Uint8Array) => b.slice(0, Math.ceil(length / 8));
    const nulls = (b: Uint8Array) => length - bitmap(b).reduce((sum, byte) => sum + popcount(byte), 0);
    const children: Data<DataType>[] = [
      makeData({
        type: new Utf8(),
        length,
        valueOffsets: this.idOffsets.slice(0, length + 1),
        data: this.ids.slice(0, this.idBytes),
      }),
      ...this.floats.map((values, f) =>
        makeData({
          type: new Float64(),
          length,
          data: values.slice(0, length),
          nullBitmap: bitmap(this.floatValid[f]!),
          nullCount: nulls(this.floatValid[f]!),
        }),
      ),
      ...this.ints.map((values, i) =>
        makeData({
          type: new Int64(),
          length,
          data: values.slice(0, length),
          nullBitmap: bitmap(this.intValid[i]!),
          nullCount: nulls(this.intValid[i]!),
        }),
      ),
      ...this.codes.map((codes, c) =>
        makeData({
          type: this.schema.fields[15 + c]!.type as Dictionary<Utf8, Int32>,
          length,
          data: codes.slice(0, length),
          dictionary: this.dictionaries[c]!,
        }),
      ),
      makeData({ type: new DateDay(), length, data: this.days.slice(0, length) }),
    ];
    this.n = 0;
    this.idBytes = 0;
    for (const b of [...this.floatValid, ...this.intValid]) b.fill(0);
    return new RecordBatch(this.schema, makeData({ type: new Struct(this.schema.fields), length, children }));
  }
}

function popcount(byte: number): number {
  let n = 0;
  for (let b = byte; b; b &= b - 1) n++;
  return n;
}

export async function generateBenchArrow(rows: number): Promise<ColumnarFile> {
  const path = join(BENCH_DATA_DIR, `bench-${rows}.arrow`);
  if (!existsSync(path)) {
    const csv = await generateBenchCsv(rows);
    const schema = new Schema([
      new Field('id', new Utf8(), false),
      ...floats.map((c) => new Field(c, new Float64(), true)),
      ...ints.map((c) => new Field(c, new Int64(), true)),
      ...CATEGORIES.map((_, i) => new Field(`c${i + 1}`, new Dictionary(new Utf8(), new Int32(), i), false)),
      new Field('day', new DateDay(), false),
    ]);
    const dictionaries = CATEGORIES.map((values) => vectorFromArray([...values, 'purple'], new Utf8()));
    const builder = new BatchBuilder(schema, dictionaries);
    const writer = new RecordBatchFileWriter();
    const written = pipeline(writer.toNodeStream(), createWriteStream(`${path}.partial`));
    let header = true;
    for await (const line of createInterface({ input: createReadStream(csv.path), crlfDelay: Infinity })) {
      if (header) {
        header = false;
        continue;
      }
      builder.add(line.split(','));
      if (builder.full) {
        writer.write(builder.take());
        // Let the file stream drain the writer's queue, so memory stays at a batch or two.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    writer.write(builder.take());
    writer.close();
    await written;
    renameSync(`${path}.partial`, path);
  }
  return { path, bytes: statSync(path).size };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? 2_000_000);
  for (const file of [
    await generateBenchParquet(rows),
    await generateForeignParquet(rows),
    await generateBenchArrow(rows),
  ])
    console.log(`${file.path}: ${file.bytes} bytes`);
}
