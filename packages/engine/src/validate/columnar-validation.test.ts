import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { UserError } from '../user-error.js';
import { loadSchema } from './schema/schema-file.js';
import { validateData } from './validate-data.js';
import type { ValidationReport } from './report/validation-report.js';

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/data/columnar/', import.meta.url));

async function validate(name: string): Promise<ValidationReport> {
  const schema = await loadSchema(`${fixtures}measurements.schema.json`, 'measurements.schema.json');
  return validateData([{ path: `${fixtures}${name}`, displayPath: `data/${name}` }], schema, {
    format: 'auto',
    maxErrors: 100,
    examplesPerColumn: 20,
    workers: 1,
  });
}

/** The same measurements, planted with the same violations, whatever the container. */
describe.each([
  'measurements.parquet',
  'measurements.v2.parquet',
  'measurements.arrow',
  'measurements.arrows',
])('validateData on %s', (name) => {
  it('finds each planted violation at its row and column, and the declared type the schema contradicts', async () => {
    const report = await validate(name);
    expect(report.valid).toBe(false);
    expect(report.rows).toBe(4200);
    expect(report.files).toMatchObject([
      { path: `data/${name}`, rows: 4200, format: name.endsWith('.parquet') ? 'parquet' : 'arrow' },
    ]);
    const found = report.errors.map((e) => `${e.code} ${e.field ?? '-'} @${e.row ?? '-'}`).sort();
    expect(found).toEqual(
      [
        'constraint-error score @7',
        'constraint-error score @50',
        'constraint-error count @90',
        'constraint-error category @100',
        'unique-error id @4200',
        'schema-mismatch label @-',
      ].sort(),
    );
    const mismatch = report.errors.find((e) => e.code === 'schema-mismatch')!;
    expect(mismatch.message).toBe(
      `column "label" is declared ${name.endsWith('.parquet') ? 'INT64' : 'Int32'} in the file, the schema wants string`,
    );
    expect(report.errorsByCode).toEqual({ 'constraint-error': 4, 'unique-error': 1, 'schema-mismatch': 1 });
  });
});

describe('validateData on broken columnar files', () => {
  it.each([
    ['truncated.parquet', /truncated Parquet file/],
    ['wrong-magic.parquet', /wrong magic bytes/],
    ['truncated.arrow', /truncated Arrow IPC file/],
    ['wrong-magic.arrow', /wrong magic bytes/],
    ['truncated.arrows', /Arrow IPC stream/],
  ])('%s is a UserError naming the file', async (name, message) => {
    const error = await validate(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(message);
    expect((error as UserError).location?.file).toBe(`data/${name}`);
  });
});
