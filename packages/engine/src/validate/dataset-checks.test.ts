import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileSchema } from './schema/schema-file.js';
import { validateData } from './validate-data.js';
import type { ValidationReport } from './report/validation-report.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-dataset-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

async function check(document: object, data: string, workers = 1): Promise<ValidationReport> {
  const path = join(dir, `data-${++counter}.csv`);
  writeFileSync(path, data);
  const schema = { path: 's.json', sha256: '0'.repeat(64), ...compileSchema(document, 's.json') };
  return validateData([{ path, displayPath: 'data.csv' }], schema, {
    format: 'auto',
    maxErrors: 100,
    examplesPerColumn: 3,
    workers,
    csv: { parallelThresholdBytes: 0, chunkBytes: 64 },
  });
}
const codes = (report: ValidationReport) =>
  report.errors.map((e) => `${e.row ?? '-'}:${e.field ?? '-'}:${e.code}`);

describe('dataset checks', () => {
  const ab = [
    { name: 'a', type: 'integer' },
    { name: 'b', type: 'string' },
  ];

  it('bounds the row count', async () => {
    const few = await check({ fields: ab, 'x-mlgate': { rows: { min: 3 } } }, 'a,b\n1,x\n');
    expect(codes(few)).toEqual(['-:-:row-count-error']);
    const many = await check({ fields: ab, 'x-mlgate': { rows: { max: 1 } } }, 'a,b\n1,x\n2,y\n');
    expect(many.errors[0]!.message).toMatch(/more than x-mlgate\.rows\.max/);
  });

  it('bounds the null fraction per column, with a default for the rest', async () => {
    const report = await check(
      { fields: ab, 'x-mlgate': { maxNullFraction: { a: 0.5, '*': 0 } } },
      'a,b\n,x\n,\n3,z\n',
    );
    expect(codes(report)).toEqual(['-:a:null-fraction-error', '-:b:null-fraction-error']);
    expect(report.files[0]!.columns.map((c) => c.nulls)).toEqual([2, 1]);
  });

  it('finds duplicates across parallel chunks, skipping nulls, and counts them exactly past the example cap', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `${i % 100},v${i}`).join('\n');
    const report = await check(
      { fields: [{ name: 'a', type: 'integer', constraints: { unique: true } }, ab[1]] },
      `a,b\n${rows}\n,x\n,y\n`,
      2,
    );
    expect(report.files[0]!.columns[0]!.errors).toEqual({ 'unique-error': 300 });
    expect(report.errors.map((e) => e.row)).toEqual([102, 103, 104]);
  });

  it('treats 1 and 1.0 as the same number, and "a" and "A" as different strings', async () => {
    const report = await check(
      {
        fields: [
          { name: 'a', type: 'number', constraints: { unique: true } },
          { name: 'b', type: 'string', constraints: { unique: true } },
        ],
      },
      'a,b\n1,a\n1.0,A\n',
    );
    expect(codes(report)).toEqual(['3:a:unique-error']);
  });

  it('checks a composite primary key and x-mlgate unique groups', async () => {
    const document = {
      fields: [...ab, { name: 'c', type: 'string' }],
      primaryKey: ['a', 'b'],
      'x-mlgate': { unique: [['b', 'c']] },
    };
    const report = await check(document, 'a,b,c\n1,x,p\n1,y,p\n1,x,q\n2,y,p\n,z,r\n');
    expect(codes(report)).toEqual(['4:-:primary-key-error', '5:-:unique-error', '6:a:constraint-error']);
  });

  it('checks the column set under each fieldsMatch', async () => {
    const data = 'b,a,extra\n1,1,1\n';
    const problems = async (fieldsMatch: string) =>
      (await check({ fields: ab, fieldsMatch }, data)).errors.filter((e) => e.code === 'schema-mismatch')
        .length;
    expect(await problems('exact')).toBe(3);
    expect(await problems('equal')).toBe(1);
    expect(await problems('subset')).toBe(0);
    expect(await problems('superset')).toBe(1);
    expect(await problems('partial')).toBe(0);
    const missingRequired = await check(
      { fields: [...ab, { name: 'c', constraints: { required: true } }], fieldsMatch: 'partial' },
      'a\n1\n',
    );
    expect(codes(missingRequired)).toEqual(['1:c:schema-mismatch']);
  });
});
