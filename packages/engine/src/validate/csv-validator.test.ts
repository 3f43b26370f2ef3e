import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileSchema } from './schema/schema-file.js';
import { validateData } from './validate-data.js';
import type { ValidateOptions } from './validate-data.js';
import type { ValidationReport } from './report/validation-report.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

const schema = (fields: object[], extra: object = {}) => ({
  path: 'schema.json',
  sha256: '0'.repeat(64),
  ...compileSchema({ fields, ...extra }, 'schema.json'),
});
const NAME_AGE = [
  { name: 'name', type: 'string', constraints: { required: true } },
  { name: 'age', type: 'integer', constraints: { maximum: 150 } },
];

async function validate(
  content: string | Buffer,
  fields: object[] = NAME_AGE,
  options: Partial<ValidateOptions> = {},
  extension = 'csv',
  extra: object = {},
): Promise<ValidationReport> {
  const path = join(dir, `file-${++counter}.${extension}`);
  writeFileSync(path, content);
  return validateData([{ path, displayPath: `data.${extension}` }], schema(fields, extra), {
    format: 'auto',
    maxErrors: 1000,
    examplesPerColumn: 1000,
    workers: 1,
    ...options,
  });
}

const brief = (report: ValidationReport) => report.errors.map((e) => `${e.row}:${e.field ?? '-'}:${e.code}`);

describe('CSV reading (RFC 4180)', () => {
  it('reads quoted fields with delimiters, doubled quotes and newlines inside', async () => {
    const report = await validate(
      'name,age\n"Lovelace, Ada",36\n"Grace ""Amazing"" Hopper",85\n"Alan\nTuring",41\n',
    );
    expect(report.valid).toBe(true);
    expect(report.rows).toBe(3);
  });

  it('numbers rows by physical line, counting newlines inside quoted fields', async () => {
    const report = await validate('name,age\n"a\nb\nc",1\nok,200\n"x\ny",abc\n');
    expect(brief(report)).toEqual(['5:age:constraint-error', '7:age:type-error']);
  });

  it('accepts CRLF line endings and a UTF-8 byte order mark', async () => {
    const report = await validate(
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('name,age\r\n"multi\r\nline",1\r\nok,999\r\n'),
      ]),
    );
    expect(report.files[0]!.columns.map((c) => c.present)).toEqual([true, true]);
    expect(brief(report)).toEqual(['4:age:constraint-error']);
  });

  it('reads a last row without a final newline', async () => {
    const report = await validate('name,age\na,1\nb,151');
    expect(report.rows).toBe(2);
    expect(brief(report)).toEqual(['3:age:constraint-error']);
  });

  it('reads TSV by extension and any delimiter on request', async () => {
    expect((await validate('name\tage\nHopper, Grace\t85\n', NAME_AGE, {}, 'tsv')).valid).toBe(true);
    const semicolons = await validate('name;age\nx;500\n', NAME_AGE, { delimiter: ';' });
    expect(brief(semicolons)).toEqual(['2:age:constraint-error']);
  });

  it('reports missing and extra cells once per ragged row', async () => {
    const report = await validate('name,age\nonly\na,1,surplus\n\nb,2\n');
    expect(brief(report)).toEqual(['2:age:missing-cell', '3:-:extra-cell', '4:-:blank-row']);
    expect(report.rows).toBe(4);
  });

  it('reports invalid UTF-8 on the line where it occurs and keeps going', async () => {
    const report = await validate(
      Buffer.concat([
        Buffer.from('name,age\nok,1\n'),
        Buffer.from([0x62, 0xff, 0x2c, 0x32, 0x0a]),
        Buffer.from('fine,3\n'),
      ]),
    );
    expect(brief(report)).toEqual(['3:-:encoding-error']);
    expect(report.rows).toBe(3);
  });

  it('stops at an unclosed quote, naming the line where the field opens', async () => {
    const report = await validate('name,age\na,1\n"never closed,2\nb,3\n');
    expect(report.files[0]!.stoppedAt).toMatchObject({ code: 'format-error', row: 3 });
    expect(report.valid).toBe(false);
  });

  it('flags a stray quote inside an unquoted field', async () => {
    const report = await validate('name,age\n12" screen,1\n');
    expect(brief(report)).toContain('2:-:format-error');
  });

  it('treats an empty file as invalid data, not a crash', async () => {
    const report = await validate('');
    expect(report.files[0]!.stoppedAt?.message).toMatch(/empty/);
    expect(report.valid).toBe(false);
  });

  it('reads a 10 MB single line within bounded memory and time', async () => {
    const line = `name,age\n"${'x'.repeat(10 * 1024 * 1024)}",5\n`;
    const started = Date.now();
    const report = await validate(line);
    expect(report.valid).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('stops with a format-error at a record beyond the size cap', async () => {
    const report = await validate(`name,age\n"${'x'.repeat(300_000)}\n`, NAME_AGE, {
      csv: { maxRecordBytes: 256 * 1024, blockBytes: 64 * 1024 },
    });
    expect(report.files[0]!.stoppedAt).toMatchObject({ code: 'format-error', row: 2 });
  });
});

describe('parallel CSV checking', () => {
  /** Random CSV rich in quoted newlines, doubled quotes and errors: the worst case for byte-range splitting. */
  function trickyCsv(rows: number, seed: number): string {
    let state = seed;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    const lines = ['name,age,id'];
    for (let i = 0; i < rows; i++) {
      const r = random();
      const name =
        r < 0.2 ? `"multi\nline ""${i}""\n"` : r < 0.3 ? `"quoted, ${i}"` : r < 0.32 ? '' : `n${i}`;
      const age = random() < 0.05 ? 'old' : String(Math.floor(random() * 160));
      const id = random() < 0.03 ? String(i - 1) : String(i);
      lines.push(random() < 0.01 ? `${name},${age}` : `${name},${age},${id}`);
    }
    return `${lines.join(random() < 0.5 ? '\n' : '\r\n')}\n`;
  }
  const fields = [...NAME_AGE, { name: 'id', type: 'integer', constraints: { unique: true } }];

  it.each([1, 2, 3])('gives exactly the sequential result (seed %i)', async (seed) => {
    const csv = trickyCsv(3000, seed);
    const sequential = await validate(csv, fields, { workers: 1 });
    const parallel = await validate(csv, fields, {
      workers: 2,
      csv: { parallelThresholdBytes: 0, chunkBytes: 997, blockBytes: 257 },
    });
    expect(sequential.errorCount).toBeGreaterThan(50);
    const strip = (r: ValidationReport) => ({
      ...r,
      createdAt: '',
      files: r.files.map((f) => ({ ...f, path: '' })),
      errors: r.errors.map((e) => ({ ...e, file: '' })),
    });
    expect(strip(parallel)).toEqual(strip(sequential));
  });

  it('checks patterns on the bytes of ASCII cells and on the text of the others, with the same verdicts', async () => {
    const fields = [
      { name: 'code', type: 'string', constraints: { pattern: 'caf.-[0-9]{2}' } },
      // `\b` is outside the byte DFA's subset: every cell of this column is tested on its text (by RE2).
      { name: 'note', type: 'string', constraints: { pattern: 'a{2}\\b|x' } },
    ];
    const report = await validate('code,note\ncafe-12,x\ncafé-12,aa\ncafé-1,x\ncafe-1x,ab\n', fields);
    expect(report.errors.map((e) => [e.row, e.field])).toEqual([
      [4, 'code'],
      [5, 'code'],
      [5, 'note'],
    ]);
  });
});
