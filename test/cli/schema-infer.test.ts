import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '@mlgate/cli';

// `mlgate schema infer` on real files of every format: the schema it writes, and that the same file passes it.
const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'mlgate-cli-infer-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

async function mlgate(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd: root, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
const fixture = (name: string) => `test/fixtures/data/${name}`;

interface InferredField {
  name: string;
  type: string;
  constraints?: { required: true };
}

/** Infers a schema from `file` into a file, and returns the fields as `name:type` (`!` when required). */
async function infer(file: string, ...options: string[]): Promise<{ schema: string; fields: string[] }> {
  const schema = join(scratch, `inferred-${++counter}.json`);
  const result = await mlgate('schema', 'infer', file, '--output', schema, ...options);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  const { fields } = JSON.parse(readFileSync(schema, 'utf8')) as { fields: InferredField[] };
  return { schema, fields: fields.map((f) => `${f.name}:${f.type}${f.constraints?.required ? '!' : ''}`) };
}

async function validate(schema: string, file: string): Promise<{ code: number; stdout: string }> {
  return mlgate('validate', '--schema', schema, file);
}

describe('mlgate schema infer, then mlgate validate with that schema, passes the same file', () => {
  it('CSV: types from the values, required where no cell is empty', async () => {
    const { schema, fields } = await infer(fixture('people.valid.csv'));
    expect(fields).toEqual([
      'id:integer!',
      'name:string!',
      'age:string!',
      'email:string',
      'joined:date!',
      'score:string!',
      'team:string!',
      'active:string!',
    ]);
    expect(await validate(schema, fixture('people.valid.csv'))).toMatchObject({ code: 0 });
  });

  it('JSON Lines: JSON types narrow the guess (numbers, booleans, arrays, objects), absent means null', async () => {
    const { schema, fields } = await infer(fixture('events.jsonl'));
    expect(fields).toEqual([
      'id:integer!',
      'at:datetime!',
      'ok:boolean!',
      'tags:array!',
      'meta:object!',
      'score:number!',
      'note:string',
    ]);
    expect(await validate(schema, fixture('events.jsonl'))).toMatchObject({ code: 0 });
    const people = await infer(fixture('people.valid.jsonl'));
    expect(await validate(people.schema, fixture('people.valid.jsonl'))).toMatchObject({ code: 0 });
  });

  it.each(['snappy', 'gzip', 'zstd', 'brotli', 'uncompressed'])(
    'Parquet written by DuckDB (%s): types from the declared column types, nulls from the rows',
    async (codec) => {
      const file = fixture(`columnar/types.${codec}.parquet`);
      const { schema, fields } = await infer(file);
      expect(fields).toEqual([
        'int32:integer!',
        'int64:integer!',
        'int8:integer!',
        'uint16:integer!',
        'float64_nulls:number',
        'float32:number!',
        'flag:boolean!',
        'category:string!',
        'text_nulls:string',
        'day:date!',
        'ts_ms:datetime!',
        'ts_us:datetime!',
        'ts_ns:datetime!',
        'dec_small:number!',
        'dec_big:number!',
        'tod:time!',
      ]);
      expect(await validate(schema, file)).toMatchObject({ code: 0 });
    },
  );

  it('Parquet in three row groups, sampled across them', async () => {
    const file = fixture('columnar/measurements.parquet');
    const { schema, fields } = await infer(file);
    expect(fields).toEqual([
      'id:string!',
      'score:number',
      'count:integer!',
      'category:string!',
      'day:date!',
      'seen_at:datetime!',
      'label:integer!',
    ]);
    expect(await validate(schema, file)).toMatchObject({ code: 0 });
  });

  it.each(['measurements.arrow', 'measurements.arrows'])(
    'Arrow IPC (%s), with a dictionary-encoded column',
    async (name) => {
      const file = fixture(`columnar/${name}`);
      const { schema, fields } = await infer(file);
      expect(fields).toEqual([
        'id:string!',
        'score:number',
        'count:integer!',
        'category:string!',
        'day:date!',
        'seen_at:datetime!',
        'label:integer!',
      ]);
      expect(await validate(schema, file)).toMatchObject({ code: 0 });
    },
  );
});

describe('mlgate schema infer samples the first rows', () => {
  it('so a null after the sample makes the inferred required too strict for the whole file', async () => {
    // score is null on every 10th row: the first 9 rows have none.
    const file = fixture('columnar/measurements.parquet');
    const { schema, fields } = await infer(file, '--sample-rows', '9');
    expect(fields).toContain('score:number!');
    const result = await validate(schema, file);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/measurements\.parquet:10:score: constraint-error a value is required/);
  });
});

describe('mlgate schema infer refuses input it cannot infer from (exit 2, one line)', () => {
  it('an empty file', async () => {
    const result = await mlgate('schema', 'infer', fixture('empty.csv'));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'mlgate schema infer: test/fixtures/data/empty.csv: the file is empty: there is no header to infer a schema from\n',
    );
  });

  it('a Parquet file that is not one', async () => {
    const result = await mlgate('schema', 'infer', fixture('columnar/wrong-magic.parquet'));
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/wrong-magic\.parquet: not a Parquet file: wrong magic bytes/);
  });
});
