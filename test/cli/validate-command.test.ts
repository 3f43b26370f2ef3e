import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '@mlgate/cli';

// The CLI contract of `mlgate validate` and `mlgate schema infer`, run in-process on real fixture files.
const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'mlgate-cli-validate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function mlgate(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd: root, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
const fixture = (name: string) => `test/fixtures/data/${name}`;
const SCHEMA = fixture('people.schema.json');

function expectOneLineError(stderr: string, pattern: RegExp): void {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('mlgate validate', () => {
  it('exits 0 for valid data and says so', async () => {
    const result = await mlgate(
      'validate',
      '--schema',
      SCHEMA,
      fixture('people.valid.csv'),
      fixture('people.valid.jsonl'),
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('valid: 2 files, 6 rows, no errors\n');
  });

  it('exits 1 for invalid data, one file:row:field line per error', async () => {
    const result = await mlgate('validate', '--schema', SCHEMA, fixture('people.invalid.csv'));
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'test/fixtures/data/people.invalid.csv:4:age: constraint-error "-5" violates fields[2].constraints.minimum (0)',
    );
    expect(lines).toContain(
      'test/fixtures/data/people.invalid.csv:8: extra-cell row has 9 cells, the header has 8',
    );
    expect(lines.at(-1)).toBe(
      'invalid: 1 file, 6 rows, 12 errors (type-error 3, constraint-error 6, missing-cell 1, extra-cell 1, unique-error 1)',
    );
  });

  it('prints the JSON report with --json, listing at most --max-errors errors', async () => {
    const result = await mlgate(
      'validate',
      '--schema',
      SCHEMA,
      '--json',
      '--max-errors',
      '2',
      fixture('people.invalid.csv'),
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      kind: 'mlgate/validation@1',
      valid: false,
      rows: 6,
      errorCount: 12,
      errorsTruncated: true,
    });
    expect(report.errors).toEqual([
      // "Grace\nHopper" spans lines 3 and 4: the errors point at line 4, where the cells are.
      {
        code: 'constraint-error',
        file: 'test/fixtures/data/people.invalid.csv',
        row: 4,
        field: 'age',
        message: expect.any(String),
        value: '-5',
      },
      {
        code: 'constraint-error',
        file: 'test/fixtures/data/people.invalid.csv',
        row: 4,
        field: 'team',
        message: expect.any(String),
        value: 'green',
      },
    ]);
    expect(report.files[0]).toMatchObject({
      path: 'test/fixtures/data/people.invalid.csv',
      rows: 6,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('writes the report to --report as well', async () => {
    const target = join(scratch, 'report.json');
    const result = await mlgate(
      'validate',
      '--schema',
      fixture('row.schema.json'),
      '--report',
      target,
      fixture('people.tsv'),
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8')).schema).toMatchObject({
      language: 'json-schema',
      path: 'test/fixtures/data/row.schema.json',
    });
  });

  describe('bad input: one clear line, the right exit code, no stack trace', () => {
    it('unclosed quote: a data error at the line where the quote opens (exit 1)', async () => {
      const result = await mlgate(
        'validate',
        '--schema',
        fixture('people-min.schema.json'),
        fixture('unclosed-quote.csv'),
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /^test\/fixtures\/data\/unclosed-quote\.csv:2: format-error unclosed quote/m,
      );
    });

    it('ragged rows: missing-cell and extra-cell errors (exit 1)', async () => {
      const result = await mlgate('validate', '--schema', SCHEMA, '--json', fixture('people.invalid.csv'));
      expect(JSON.parse(result.stdout).errorsByCode).toMatchObject({ 'missing-cell': 1, 'extra-cell': 1 });
    });

    it('invalid UTF-8: an encoding-error on its line (exit 1)', async () => {
      const file = join(scratch, 'latin1.csv');
      writeFileSync(
        file,
        Buffer.concat([
          Buffer.from('id,name,age\n1,'),
          Buffer.from([0x4a, 0xf6, 0x72, 0x67]),
          Buffer.from(',3\n'),
        ]),
      );
      const result = await mlgate('validate', '--schema', fixture('people-min.schema.json'), file);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/latin1\.csv:2: encoding-error invalid UTF-8/);
    });

    it('empty file: a data error (exit 1)', async () => {
      const result = await mlgate('validate', '--schema', SCHEMA, fixture('empty.csv'));
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/empty\.csv: format-error the file is empty/);
    });

    it('a 10 MB single line is read without trouble', async () => {
      const file = join(scratch, 'long-line.csv');
      writeFileSync(file, `id,name,age\n1,"${'x'.repeat(10 * 1024 * 1024)}",7\n`);
      expect((await mlgate('validate', '--schema', fixture('people-min.schema.json'), file)).code).toBe(0);
      const jsonl = join(scratch, 'long-line.jsonl');
      writeFileSync(jsonl, `{"id": 1, "name": "${'y'.repeat(10 * 1024 * 1024)}"}\n`);
      expect((await mlgate('validate', '--schema', fixture('people-min.schema.json'), jsonl)).code).toBe(0);
    });

    it('wrong magic bytes for the declared format (exit 2)', async () => {
      const result = await mlgate('validate', '--schema', SCHEMA, fixture('not-really.parquet'));
      expect(result.code).toBe(2);
      expectOneLineError(result.stderr, /not-really\.parquet: not a Parquet file: wrong magic bytes/);
      const declared = await mlgate(
        'validate',
        '--schema',
        SCHEMA,
        '--format',
        'arrow',
        fixture('people.valid.csv'),
      );
      expectOneLineError(
        declared.stderr,
        /people\.valid\.csv: not a Arrow IPC file|people\.valid\.csv: not an? Arrow/,
      );
    });

    it('a schema that is itself invalid names the file, the line and column, and the keyword (exit 2)', async () => {
      const table = await mlgate(
        'validate',
        '--schema',
        fixture('invalid-table.schema.json'),
        fixture('people.valid.csv'),
      );
      expect(table.code).toBe(2);
      expectOneLineError(
        table.stderr,
        /invalid-table\.schema\.json:3:57: invalid Table Schema: fields\[0\]\.constraints\.maximun/,
      );
      const json = await mlgate(
        'validate',
        '--schema',
        fixture('invalid-json.schema.json'),
        fixture('people.valid.csv'),
      );
      expectOneLineError(json.stderr, /invalid-json\.schema\.json:4:46: invalid JSON Schema: .*minimun/);
    });

    it('a missing data or schema file (exit 2)', async () => {
      const data = await mlgate('validate', '--schema', SCHEMA, 'nowhere.csv');
      expect(data.code).toBe(2);
      expectOneLineError(data.stderr, /nowhere\.csv: data file not found/);
      expectOneLineError(
        (await mlgate('validate', '--schema', 'nope.json', fixture('people.valid.csv'))).stderr,
        /nope\.json: no such schema file/,
      );
    });

    it('usage mistakes (exit 2)', async () => {
      expectOneLineError(
        (await mlgate('validate', fixture('people.valid.csv'))).stderr,
        /--schema <file> is required/,
      );
      expectOneLineError((await mlgate('validate', '--schema', SCHEMA)).stderr, /at least one data file/);
      expectOneLineError(
        (await mlgate('validate', '--schema', SCHEMA, '--format', 'xls', 'a.csv')).stderr,
        /--format must be/,
      );
      expectOneLineError(
        (await mlgate('validate', '--schema', SCHEMA, '--max-errors', '-1', 'a.csv')).stderr,
        /--max-errors/,
      );
    });
  });
});

describe('mlgate schema infer', () => {
  it('writes a Table Schema that the same data then passes', async () => {
    const result = await mlgate('schema', 'infer', fixture('people.valid.csv'));
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.fields.map((f: { name: string; type: string }) => `${f.name}:${f.type}`)).toEqual([
      'id:integer',
      'name:string',
      'age:string',
      'email:string',
      'joined:date',
      'score:string',
      'team:string',
      'active:string',
    ]);
    const target = join(scratch, 'inferred.json');
    expect((await mlgate('schema', 'infer', fixture('people.json'), '--output', target)).code).toBe(0);
    expect((await mlgate('validate', '--schema', target, fixture('people.json'))).code).toBe(0);
  });

  it('refuses an unknown subcommand (exit 2)', async () => {
    expectOneLineError(
      (await mlgate('schema', 'guess', 'x.csv')).stderr,
      /unknown subcommand 'schema guess'/,
    );
  });
});
