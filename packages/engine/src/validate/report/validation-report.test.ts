import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { ColumnarSource } from '../readers/data-reader.js';
import { compileSchema, loadSchema } from '../schema/schema-file.js';
import { validateData } from '../validate-data.js';
import type { ValidateOptions } from '../validate-data.js';
import { VALIDATION_REPORT_SCHEMA } from './validation-report-schema.js';

const fixtures = join(fileURLToPath(new URL('.', import.meta.url)), '../../../../../test/fixtures/data');
const file = (name: string) => ({ path: join(fixtures, name), displayPath: `data/${name}` });
const options: ValidateOptions = {
  format: 'auto',
  maxErrors: 5,
  examplesPerColumn: 20,
  workers: 1,
  now: () => new Date('2026-01-01T00:00:00Z'),
};
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;
const validateReport = addFormats(new Ajv({ allErrors: true })).compile(VALIDATION_REPORT_SCHEMA);

describe('the validation report', () => {
  it('matches its published JSON Schema, valid or not, for every text format', async () => {
    const schema = await loadSchema(join(fixtures, 'people.schema.json'), 'people.schema.json');
    const report = await validateData(
      [
        'people.valid.csv',
        'people.invalid.csv',
        'people.valid.jsonl',
        'people.invalid.jsonl',
        'people.json',
        'unclosed-quote.csv',
        'empty.csv',
      ].map(file),
      schema,
      options,
    );
    expect(validateReport(report)).toBe(true);
    expect(validateReport.errors ?? []).toEqual([]);
    expect(report).toMatchObject({ kind: 'mlgate/validation@1', valid: false, errorsTruncated: true });
    expect(report.errors).toHaveLength(5);
    expect(report.files.map((f) => [f.path, f.format, f.rows, f.valid])).toEqual([
      ['data/people.valid.csv', 'csv', 4, true],
      ['data/people.invalid.csv', 'csv', 6, false],
      ['data/people.valid.jsonl', 'jsonl', 2, true],
      ['data/people.invalid.jsonl', 'jsonl', 6, false],
      ['data/people.json', 'json', 3, false],
      ['data/unclosed-quote.csv', 'csv', 0, false],
      ['data/empty.csv', 'csv', 0, false],
    ]);
    expect(report.errorCount).toBe(report.files.reduce((n, f) => n + f.errorCount, 0));
  });

  it('fingerprints the data and schema content, not the file order or the run', async () => {
    const schema = await loadSchema(join(fixtures, 'people.schema.json'), 'people.schema.json');
    const a = await validateData([file('people.valid.csv'), file('people.tsv')], schema, options);
    const b = await validateData([file('people.tsv'), file('people.valid.csv')], schema, {
      ...options,
      now: () => new Date(),
    });
    expect(a.fingerprint).toBe(b.fingerprint);
    const other = await loadSchema(join(fixtures, 'people-min.schema.json'), 'people-min.schema.json');
    expect(
      (await validateData([file('people.valid.csv'), file('people.tsv')], other, options)).fingerprint,
    ).not.toBe(a.fingerprint);
    expect(a.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('columnar sources (the contract Parquet and Arrow readers implement)', () => {
  const source: ColumnarSource = {
    format: 'arrow',
    columns: [
      { name: 'id', type: 'int32', declared: 'Int32' },
      { name: 'name', type: 'utf8', declared: 'Utf8' },
      { name: 'age', type: 'int32', declared: 'Int32' },
    ],
    async *batches() {
      const names = Buffer.from('AdaGraceAlan');
      yield {
        rowCount: 3,
        columns: [
          { name: 'id', data: { type: 'int32', values: Int32Array.from([1, 2, 1]) } },
          { name: 'name', data: { type: 'utf8', offsets: Int32Array.from([0, 3, 8, 12]), data: names } },
          {
            name: 'age',
            data: { type: 'int32', values: Int32Array.from([36, 200, 0]) },
            validity: Uint8Array.from([1, 1, 0]),
          },
        ],
      };
      yield {
        rowCount: 1,
        columns: [
          { name: 'id', data: { type: 'int32', values: Int32Array.from([2]) } },
          {
            name: 'name',
            data: { type: 'utf8', offsets: Int32Array.from([0, 0]), data: new Uint8Array() },
            validity: Uint8Array.from([0]),
          },
          { name: 'age', data: { type: 'int32', values: Int32Array.from([-41]) } },
        ],
      };
    },
  };

  it('checks typed columns per column, numbering rows by record across batches', async () => {
    const schema = await loadSchema(join(fixtures, 'people-min.schema.json'), 'people-min.schema.json');
    const report = await validateData(
      [{ path: join(fixtures, 'people.valid.csv'), displayPath: 'people.arrow' }],
      schema,
      {
        ...options,
        format: 'arrow',
        columnar: { arrow: async () => source },
      },
    ).catch((error: Error) => error);
    // The fixture is CSV, so magic bytes refuse it: the declared format is checked before any reader runs.
    expect(report).toBeInstanceOf(Error);
  });

  it('reports the file’s declared types against the schema, and value errors by record', async () => {
    const document = {
      fields: [
        { name: 'id', type: 'integer', constraints: { unique: true } },
        { name: 'name', type: 'string', constraints: { minLength: 4 } },
        { name: 'age', type: 'integer', constraints: { maximum: 150 } },
      ],
    };
    const schema = { path: 's.json', sha256: '0'.repeat(64), ...compileSchema(document, 's.json') };
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'mlgate-arrow-')), 'x.arrow');
    writeFileSync(path, Buffer.from('ARROW1\0\0'));
    const report = await validateData([{ path, displayPath: 'x.arrow' }], schema, {
      ...options,
      maxErrors: 100,
      columnar: { arrow: async () => source },
    });
    expect(report.errors.map((e) => `${e.row}:${e.field}:${e.code}`)).toEqual([
      '1:name:constraint-error',
      '2:age:constraint-error',
      '3:id:unique-error',
      '4:id:unique-error',
    ]);
    expect(report.files[0]!.columns.map((c) => c.nulls)).toEqual([0, 1, 1]);
    const mismatched = await validateData([{ path, displayPath: 'x.arrow' }], schema, {
      ...options,
      columnar: {
        arrow: async () => ({
          ...source,
          columns: [...source.columns.slice(0, 2), { name: 'age', type: 'float64', declared: 'Float64' }],
        }),
      },
    });
    expect(mismatched.errors[0]).toMatchObject({
      code: 'schema-mismatch',
      field: 'age',
      row: null,
      message: expect.stringMatching(/declared Float64/),
    });
    expect(mismatched.files[0]!.columns[2]!.errors).toEqual({ 'schema-mismatch': 1 });
  });
});
