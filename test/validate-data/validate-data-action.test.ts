import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ValidationReport } from '@mlgate/engine';
import {
  errorAnnotations,
  pullRequestEvent,
  tableSchema,
  validateStep,
  workspace,
} from './validate-data-step.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** The report as a consumer reads it: checked against the JSON Schema the repository publishes. */
async function publishedReport(file: string): Promise<ValidationReport> {
  const schema: unknown = JSON.parse(
    await readFile(path.join(repoRoot, 'schemas', 'validation-report.schema.json'), 'utf8'),
  );
  const check = addFormats(new Ajv({ allErrors: true, strict: false })).compile(schema as object);
  const report: unknown = JSON.parse(await readFile(file, 'utf8'));
  expect(check.errors ?? []).toEqual([]);
  expect(check(report)).toBe(true);
  return report as ValidationReport;
}

describe('the validate-data action on valid data', () => {
  it('passes, with outputs, a per-file summary, and a report matching its published schema', async () => {
    const dir = await workspace(['people.valid.csv', 'people.schema.json']);
    const run = await validateStep(dir, {
      schema: 'people.schema.json',
      data: '*.csv',
      'report-dir': 'reports',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ valid: 'true', 'error-count': '0', rows: '4' });
    expect(run.outputs['fingerprint']).toMatch(/^[0-9a-f]{64}$/);
    expect(errorAnnotations(run)).toEqual([]);

    const report = await publishedReport(path.resolve(dir, run.outputs['reports']!));
    expect(report).toMatchObject({ kind: 'mlgate/validation@1', valid: true, rows: 4 });
    expect(report.fingerprint).toBe(run.outputs['fingerprint']);
    expect(report.files).toEqual([
      expect.objectContaining({
        path: 'people.valid.csv',
        format: 'csv',
        rows: 4,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
    // The subject is the pull request the event names, at its head commit.
    const pullRequest = pullRequestEvent.payload['pull_request'] as { number: number; head: { sha: string } };
    expect(report.subject).toMatchObject({ pullRequest: pullRequest.number, sha: pullRequest.head.sha });

    expect(run.summary).toContain('| ✅ | people.valid.csv | csv | 4 | 0 |');
  });

  it('writes the report under RUNNER_TEMP when no report-dir is given', async () => {
    const dir = await workspace(['people.valid.jsonl', 'people.schema.json']);
    const run = await validateStep(dir, { schema: 'people.schema.json', data: 'people.valid.jsonl' });
    expect(run.exitCode).toBe(0);
    // The harness removes the runner's temp directory after the step, as the runner does after the job.
    expect(run.outputs['reports']).toMatch(/[\\/]_temp[\\/]mlgate[\\/]validation-data\.json$/);
  });

  it.each(['snappy', 'gzip', 'zstd', 'brotli', 'uncompressed'])(
    'passes a %s Parquet file checked against its Table Schema',
    async (codec) => {
      const file = `columnar/types.${codec}.parquet`;
      const dir = await workspace([file, 'columnar/types.schema.json']);
      const run = await validateStep(dir, {
        schema: 'columnar/types.schema.json',
        data: 'columnar/*.parquet',
        'report-dir': 'reports',
      });
      expect(errorAnnotations(run)).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({ valid: 'true', rows: '120' });
      expect(run.summary).toContain(`| ✅ | ${file} | parquet | 120 | 0 |`);
    },
  );

  it('validates every dataset of mlgate.yml when schema and data are not given, one report each', async () => {
    const dir = await workspace(
      ['people.valid.csv', 'people.valid.jsonl', 'people.schema.json', 'columnar/types.zstd.parquet'],
      {
        'columnar/types.schema.json': await readFile(
          path.join(repoRoot, 'test/fixtures/data/columnar/types.schema.json'),
        ),
        'mlgate.yml': [
          'datasets:',
          '  - name: people',
          '    path: [people.valid.csv, people.valid.jsonl]',
          '    schema: people.schema.json',
          '  - name: types',
          '    path: columnar/*.parquet',
          '    schema: columnar/types.schema.json',
          '',
        ].join('\n'),
      },
    );
    const run = await validateStep(dir, { 'report-dir': 'reports' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ valid: 'true', rows: String(4 + 2 + 120) });
    expect(run.outputs['reports']?.split('\n')).toEqual([
      'reports/validation-people.json',
      'reports/validation-types.json',
    ]);
    const [people, types] = await Promise.all(
      run.outputs['reports']!.split('\n').map((file) => publishedReport(path.join(dir, file))),
    );
    expect(people?.files.map((f) => f.path)).toEqual(['people.valid.csv', 'people.valid.jsonl']);
    expect(types?.files.map((f) => f.path)).toEqual(['columnar/types.zstd.parquet']);
    expect(run.outputs['fingerprint']?.split('\n')).toEqual([people?.fingerprint, types?.fingerprint]);
  });
});

describe('the validate-data action on invalid data', () => {
  it('fails invalid CSV: annotations on the file and physical line, capped, and the summary tables', async () => {
    const dir = await workspace(['people.invalid.csv', 'people.schema.json']);
    const run = await validateStep(dir, { schema: 'people.schema.json', data: 'people.invalid.csv' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ valid: 'false', 'error-count': '12' });
    const shown = errorAnnotations(run);
    // Nine on the file, then one saying how many more there are: all ten within what the runner shows.
    expect(shown).toHaveLength(10);
    expect(shown.every((a) => a.shown)).toBe(true);
    expect(shown.slice(0, 9).every((a) => a.file === 'people.invalid.csv' && a.line !== undefined)).toBe(
      true,
    );
    // Row 3 holds a quoted newline: its bad age cell sits on physical line 4, where the annotation goes.
    expect(shown[0]).toMatchObject({
      file: 'people.invalid.csv',
      line: 4,
      title: 'mlgate: constraint-error',
      message: expect.stringMatching(/^age: "-5" violates .*minimum/),
    });
    expect(shown[9]?.file).toBeUndefined();
    expect(shown[9]?.message).toBe(
      '3 more problems not shown as annotations; see the job summary and the JSON report',
    );

    // The summary: the file with its counts, then errors by column and code.
    expect(run.summary).toContain('| ❌ | people.invalid.csv | csv | 6 | 12 |');
    expect(run.summary).toContain('| age | constraint-error | 1 |');
    expect(run.summary).toContain('| id | unique-error | 1 |');
    expect(run.summary).toContain('| _(whole row)_ | extra-cell | 1 |');
  });

  it('puts JSONL errors on their line, including lines that are not JSON', async () => {
    const dir = await workspace(['people.invalid.jsonl', 'people.schema.json']);
    const run = await validateStep(dir, { schema: 'people.schema.json', data: 'people.invalid.jsonl' });
    expect(run.exitCode).toBe(1);
    const shown = errorAnnotations(run);
    expect(shown.every((a) => a.file === 'people.invalid.jsonl')).toBe(true);
    expect(shown.map((a) => [a.line, a.title])).toEqual([
      [2, 'mlgate: unique-error'],
      [2, 'mlgate: constraint-error'],
      [3, 'mlgate: format-error'],
      [4, 'mlgate: type-error'],
      [4, 'mlgate: type-error'],
      [4, 'mlgate: constraint-error'],
      [5, 'mlgate: blank-row'],
      [6, 'mlgate: format-error'],
    ]);
    expect(run.summary).toContain('| ❌ | people.invalid.jsonl | jsonl | 6 | 8 |');
  });

  it('counts every error in the closing annotation, not only the ones the report keeps', async () => {
    // 5,000 rows, every one with a bad score: far past max-errors and the per-column example limit.
    const rows = Array.from({ length: 5000 }, (_, i) => `{"id": ${i + 1}, "score": -${i + 1}}`);
    const dir = await workspace([], {
      'scores.jsonl': `${rows.join('\n')}\n`,
      'scores.schema.json': tableSchema([
        { name: 'id', type: 'integer' },
        { name: 'score', type: 'number', constraints: { minimum: 0 } },
      ]),
    });
    const run = await validateStep(dir, {
      schema: 'scores.schema.json',
      data: 'scores.jsonl',
      'max-errors': '15',
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['error-count']).toBe('5000');
    const shown = errorAnnotations(run);
    expect(shown.every((a) => a.shown)).toBe(true);
    expect(shown.slice(0, 9).map((a) => a.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(shown.slice(9).map((a) => a.message)).toEqual([
      '4991 more problems not shown as annotations; see the job summary and the JSON report',
    ]);
    expect(run.summary).toContain('| score | constraint-error | 5,000 |');
  });

  it('reports without failing under fail-on: never', async () => {
    const dir = await workspace(['people.invalid.csv', 'people.schema.json']);
    const run = await validateStep(dir, {
      schema: 'people.schema.json',
      data: 'people.invalid.csv',
      'fail-on': 'never',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outcome).toBe('success');
    expect(run.outputs).toMatchObject({ valid: 'false', 'error-count': '12' });
    expect(errorAnnotations(run)).toHaveLength(10);
    expect(run.summary).toContain('| ❌ | people.invalid.csv | csv | 6 | 12 |');
  });

  it('checks Parquet by column: annotations on the file without a line, the record number in the message', async () => {
    const dir = await workspace(['columnar/measurements.parquet', 'columnar/measurements.schema.json']);
    const run = await validateStep(dir, {
      schema: 'columnar/measurements.schema.json',
      data: 'columnar/*.parquet',
    });
    expect(run.exitCode).toBe(1);
    const shown = errorAnnotations(run).filter((a) => a.file !== undefined);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((a) => a.file === 'columnar/measurements.parquet' && a.line === undefined)).toBe(true);
    expect(shown.some((a) => /^record \d+: /.test(a.message))).toBe(true);
    expect(shown.some((a) => /declared INT64 in the file, the schema wants string/.test(a.message))).toBe(
      true,
    );
  });
});
