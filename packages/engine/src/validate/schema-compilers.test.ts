import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../user-error.js';
import { compileSchema, loadSchema } from './schema/schema-file.js';
import { validateData } from './validate-data.js';
import type { ValidationReport } from './report/validation-report.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

async function check(schemaDocument: object, data: string, extension = 'csv'): Promise<ValidationReport> {
  const path = join(dir, `data-${++counter}.${extension}`);
  writeFileSync(path, data);
  const schema = {
    path: 'schema.json',
    sha256: '0'.repeat(64),
    ...compileSchema(schemaDocument, 'schema.json'),
  };
  return validateData([{ path, displayPath: 'data' }], schema, {
    format: 'auto',
    maxErrors: 100,
    examplesPerColumn: 100,
    workers: 1,
  });
}
const codes = (report: ValidationReport) => report.errors.map((e) => `${e.row}:${e.field ?? '-'}:${e.code}`);
const table = (fields: object[], extra: object = {}) => ({ fields, ...extra });

function schemaProblem(document: object): string {
  try {
    compileSchema(document, 'my.schema.json');
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).location?.file).toBe('my.schema.json');
    return (error as Error).message;
  }
  throw new Error('the schema compiled');
}

describe('Table Schema', () => {
  it('casts and checks every field type', async () => {
    const fields = [
      { name: 'n', type: 'number' },
      { name: 'i', type: 'integer' },
      { name: 'b', type: 'boolean' },
      { name: 'd', type: 'date' },
      { name: 'dt', type: 'datetime' },
      { name: 't', type: 'time' },
      { name: 'y', type: 'year' },
      { name: 'o', type: 'object' },
    ];
    const good =
      'n,i,b,d,dt,t,y,o\n1.5e3,-7,TRUE,2024-02-29,2024-01-01T10:00:00Z,23:59:59,1999,"{""a"":1}"\nNaN,0,0,2000-01-01,2024-01-01T10:00:00.5+02:00,00:00:00,2024,{}\n';
    expect(codes(await check(table(fields), good))).toEqual([]);
    const bad = 'n,i,b,d,dt,t,y,o\n1.5.3,1.0,yes,2023-02-29,2024-13-01T00:00:00Z,24:00:00,99,[1]\n';
    expect(codes(await check(table(fields), bad))).toEqual([
      '2:n:type-error',
      '2:i:type-error',
      '2:b:type-error',
      '2:d:type-error',
      '2:dt:type-error',
      '2:t:type-error',
      '2:y:type-error',
      '2:o:type-error',
    ]);
  });

  it('checks every constraint, with bounds in the field type', async () => {
    const fields = [
      { name: 'n', type: 'number', constraints: { minimum: 0, exclusiveMaximum: 10 } },
      { name: 's', type: 'string', constraints: { minLength: 2, maxLength: 3, pattern: '[a-z]+' } },
      { name: 'e', type: 'string', constraints: { enum: ['x', 'y'] } },
      { name: 'd', type: 'date', constraints: { maximum: '2020-12-31' } },
    ];
    const report = await check(
      table(fields),
      'n,s,e,d\n5,ab,x,2020-12-31\n10,a,z,2021-01-01\n-1,abcd,x,2020-01-01\n3,AB1,y,2019-05-05\n',
    );
    expect(codes(report)).toEqual([
      '3:n:constraint-error',
      '3:s:constraint-error',
      '3:e:constraint-error',
      '3:d:constraint-error',
      '4:n:constraint-error',
      '4:s:constraint-error',
      '5:s:constraint-error',
    ]);
    expect(report.errors[0]!.message).toMatch(/exclusiveMaximum/);
  });

  it('counts lengths in characters, not bytes', async () => {
    expect(
      (await check(table([{ name: 's', type: 'string', constraints: { maxLength: 3 } }]), 's\nñáé\n')).valid,
    ).toBe(true);
  });

  it('honours missingValues, trueValues, decimalChar and groupChar', async () => {
    const fields = [
      { name: 'n', type: 'number', decimalChar: ',', groupChar: '.', constraints: { required: true } },
      { name: 'b', type: 'boolean', trueValues: ['yes'], falseValues: ['no'] },
    ];
    const report = await check(
      table(fields, { missingValues: ['-'] }),
      'n;b\n"1.234,5";yes\n-;no\n'.replace(/;/g, ','),
    );
    expect(codes(report)).toEqual(['3:n:constraint-error']);
    expect(report.files[0]!.columns[0]!.nulls).toBe(1);
  });

  it('names the schema file and the offending keyword when the schema is wrong', () => {
    expect(schemaProblem({ fields: [{ name: 'a', type: 'integer', constraints: { maximun: 1 } }] })).toMatch(
      /fields\[0\]\.constraints\.maximun/,
    );
    expect(schemaProblem({ fields: [{ name: 'a', type: 'float' }] })).toMatch(/fields\[0\]\.type/);
    expect(
      schemaProblem({ fields: [{ name: 'a', type: 'date', constraints: { minimum: 'soon' } }] }),
    ).toMatch(/constraints\.minimum/);
    expect(schemaProblem({ fields: [{ name: 'a', constraints: { pattern: '(' } }] })).toMatch(
      /constraints\.pattern/,
    );
    expect(schemaProblem({ fields: [{ name: 'a' }], primaryKey: ['b'] })).toMatch(/primaryKey/);
    expect(schemaProblem({ fields: [{ name: 'a' }], 'x-mlgate': { rows: { minimum: 1 } } })).toMatch(
      /x-mlgate\.rows\.minimum/,
    );
  });
});

describe('JSON Schema for a row', () => {
  const simple = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['id'],
    properties: {
      id: { type: 'integer', minimum: 1 },
      name: { type: ['string', 'null'], pattern: '^[A-Z]' },
      score: { type: 'number', exclusiveMaximum: 1 },
      ok: { type: 'boolean' },
      day: { type: 'string', format: 'date' },
    },
  };

  it('compiles per-property schemas to column checks, casting CSV cells by declared type', async () => {
    expect(compileSchema(simple, 's.json').plan.mode).toBe('columns');
    const report = await check(
      simple,
      'id,name,score,ok,day\n1,Ada,0.5,true,2024-01-01\n1.0,,0.9,false,2024-01-01\n0,bob,1,yes,2024-02-30\n,Eve,0,true,2024-01-01\n',
    );
    expect(codes(report)).toEqual([
      '4:id:constraint-error',
      '4:name:constraint-error',
      '4:score:constraint-error',
      '4:ok:type-error',
      '4:day:constraint-error',
      '5:id:constraint-error',
    ]);
  });

  it('falls back to ajv per row for whole-row rules (draft-07 if/then)', async () => {
    const conditional = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { team: { type: 'string' }, score: { type: 'number' } },
      if: { properties: { team: { const: 'red' } } },
      then: { properties: { score: { minimum: 90 } } },
    };
    expect(compileSchema(conditional, 's.json').plan.mode).toBe('rows');
    const report = await check(conditional, 'team,score\nred,95\nred,80\nblue,10\nblue,x\n');
    expect(codes(report)).toEqual(['3:score:constraint-error', '3:-:constraint-error', '5:score:type-error']);
  });

  it('gives the same verdicts through the column plan and through ajv', async () => {
    const rows = 'id,name,score,ok,day\n1,Ada,0.5,true,2024-01-01\n0,bob,1,yes,2024-02-30\n,Eve,2,true,x\n';
    const viaPlan = await check(simple, rows);
    const viaAjv = await check({ ...simple, allOf: [{}] }, rows);
    expect(compileSchema({ ...simple, allOf: [{}] }, 's.json').plan.mode).toBe('rows');
    const key = (r: ValidationReport) => r.errors.map((e) => `${e.row}:${e.field}:${e.code}`).sort();
    expect(key(viaAjv)).toEqual(key(viaPlan));
  });

  it('validates JSON records with ajv directly', async () => {
    const report = await check(simple, '{"id": 1, "name": "Ada"}\n{"id": "1"}\n{"name": "x"}\n', 'jsonl');
    expect(codes(report)).toEqual(['2:id:type-error', '3:id:constraint-error', '3:name:constraint-error']);
  });

  it('names the schema file and keyword when the JSON Schema is wrong', () => {
    expect(schemaProblem({ type: 'object', properties: { a: { type: 'integer', minimun: 1 } } })).toMatch(
      /minimun/,
    );
    expect(schemaProblem({ $schema: 'http://json-schema.org/draft-04/schema#' })).toMatch(/\$schema/);
  });

  it('loads YAML and JSON spellings of a schema to the same hash', async () => {
    writeFileSync(join(dir, 's.json'), JSON.stringify({ fields: [{ name: 'a', type: 'integer' }] }));
    writeFileSync(join(dir, 's.yaml'), 'fields:\n  - type: integer\n    name: a\n');
    const [json, yaml] = await Promise.all([
      loadSchema(join(dir, 's.json'), 's.json'),
      loadSchema(join(dir, 's.yaml'), 's.yaml'),
    ]);
    expect(json.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(yaml.sha256).toBe(json.sha256);
  });
});
