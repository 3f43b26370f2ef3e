import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseReport } from '@mlgate/engine';
import { repoActions, runAction, webhookEvent, type ActionRun } from '../harness/index.js';

// validate-data as a workflow step runs it: the bundled action on Node 24, real data files in the workspace.
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'data');
let actionDir: string;
let scratch: string;

beforeAll(async () => {
  actionDir = (await repoActions()).dir('validate-data');
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-validate-action-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A workspace holding the named fixtures (under their own names) plus generated files. */
async function workspace(
  files: readonly string[],
  extra: Record<string, string | Buffer> = {},
): Promise<string> {
  const dir = await mkdtemp(path.join(scratch, 'ws-'));
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await copyFile(path.join(fixtures, file), path.join(dir, file));
  }
  for (const [name, content] of Object.entries(extra)) await writeFile(path.join(dir, name), content);
  return dir;
}

function validate(dir: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction(actionDir, {
    inputs,
    workspace: dir,
    event: webhookEvent('pull_request', { action: 'opened' }),
  });
}

const errors = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error');
const noStackTrace = (run: ActionRun) => expect(run.log.join('\n')).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('the validate-data action', () => {
  it('passes valid data, with outputs, a summary table, and a report that matches its published schema', async () => {
    const dir = await workspace(['people.valid.csv', 'people.schema.json']);
    const run = await validate(dir, { schema: 'people.schema.json', data: '*.csv', 'report-dir': 'reports' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ valid: 'true', 'error-count': '0' });
    expect(Number(run.outputs['rows'])).toBeGreaterThan(0);
    expect(run.outputs['fingerprint']).toMatch(/^[0-9a-f]{64}$/);
    // parseReport checks a report against its kind's published JSON Schema, as the comment workflow does.
    const reportFile = path.resolve(dir, run.outputs['report']!);
    expect(parseReport(await readFile(reportFile, 'utf8'), reportFile)).toMatchObject({
      kind: 'mlgate/validation@1',
    });
    expect(run.summary).toContain('people.valid.csv');
  });

  it('fails invalid CSV with annotations on the file and the physical line, capped with a summary annotation', async () => {
    const dir = await workspace(['people.invalid.csv', 'people.schema.json']);
    const run = await validate(dir, { schema: 'people.schema.json', data: 'people.invalid.csv' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ valid: 'false', 'error-count': '12' });
    const shown = errors(run);
    // Ten on the file, then one saying how many more there are.
    expect(shown).toHaveLength(11);
    // Row 3 holds a quoted newline: its bad age cell sits on physical line 4, where the annotation goes.
    expect(shown[0]).toMatchObject({ file: 'people.invalid.csv', line: 4 });
    expect(shown.at(-1)?.message).toMatch(/^2 more problems not shown as annotations/);
    expect(run.summary).toContain('constraint-error');
  });

  it('puts JSONL errors on their line', async () => {
    const dir = await workspace(['people.invalid.jsonl', 'people.schema.json']);
    const run = await validate(dir, { schema: 'people.schema.json', data: 'people.invalid.jsonl' });
    expect(run.exitCode).toBe(1);
    expect(errors(run).every((a) => a.file === 'people.invalid.jsonl' && typeof a.line === 'number')).toBe(
      true,
    );
  });

  it('reports without failing under fail-on: never', async () => {
    const dir = await workspace(['people.invalid.csv', 'people.schema.json']);
    const run = await validate(dir, {
      schema: 'people.schema.json',
      data: 'people.invalid.csv',
      'fail-on': 'never',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['valid']).toBe('false');
  });

  it('checks Parquet by column, with the record number in the message', async () => {
    const dir = await workspace(['columnar/measurements.parquet', 'columnar/measurements.schema.json']);
    const run = await validate(dir, {
      schema: 'columnar/measurements.schema.json',
      data: 'columnar/*.parquet',
    });
    expect(run.exitCode).toBe(1);
    expect(errors(run).every((a) => a.file === 'columnar/measurements.parquet' && a.line === undefined)).toBe(
      true,
    );
    expect(errors(run).some((a) => /^record \d+: /.test(a.message))).toBe(true);
    expect(
      errors(run).some((a) => /declared INT64 in the file, the schema wants string/.test(a.message)),
    ).toBe(true);
  });

  describe('bad input: one clear line, the documented exit code, no stack trace', () => {
    it.each([
      ['an unclosed quote', 'unclosed-quote.csv', 1],
      ['an empty file', 'empty.csv', 1],
    ])('%s is a data error on the file', async (_label, file, code) => {
      const dir = await workspace([file, 'people.schema.json']);
      const run = await validate(dir, { schema: 'people.schema.json', data: file });
      expect(run.exitCode).toBe(code);
      expect(errors(run)[0]?.file).toBe(file);
      noStackTrace(run);
    });

    it('invalid UTF-8 and ragged rows are data errors with their line', async () => {
      const bytes = Buffer.concat([
        Buffer.from('id,name\n1,ok\n2,'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('\n3\n4,a,b\n'),
      ]);
      const dir = await workspace([], {
        'bad.csv': bytes,
        'two.schema.json': JSON.stringify({
          fields: [
            { name: 'id', type: 'integer' },
            { name: 'name', type: 'string' },
          ],
        }),
      });
      const run = await validate(dir, { schema: 'two.schema.json', data: 'bad.csv' });
      expect(run.exitCode).toBe(1);
      expect(errors(run).map((a) => a.line)).toEqual([3, 4, 5]);
      noStackTrace(run);
    });

    it('a 10 MB single line is read, not choked on', async () => {
      const dir = await workspace([], {
        'long.csv': `id,name\n1,${'x'.repeat(10 * 1024 * 1024)}\n`,
        'two.schema.json': JSON.stringify({
          fields: [
            { name: 'id', type: 'integer' },
            { name: 'name', type: 'string', constraints: { maxLength: 100 } },
          ],
        }),
      });
      const run = await validate(dir, { schema: 'two.schema.json', data: 'long.csv' });
      expect(run.exitCode).toBe(1);
      expect(errors(run)).toHaveLength(1);
      expect(errors(run)[0]).toMatchObject({ file: 'long.csv', line: 2 });
      expect(errors(run)[0]!.message.length).toBeLessThan(400);
    });

    it.each([
      [
        'wrong magic bytes',
        'people.schema.json',
        'not-really.parquet',
        'not-really.parquet',
        /wrong magic bytes/,
      ],
      [
        'an invalid schema',
        'invalid-table.schema.json',
        'people.valid.csv',
        'invalid-table.schema.json',
        /maximun is not a constraint keyword/,
      ],
      ['a missing file', 'people.schema.json', 'nope.csv', 'nope.csv', /not found/],
      [
        'a glob matching nothing',
        'people.schema.json',
        'data/*.parquet',
        undefined,
        /no file matches data\/\*\.parquet/,
      ],
      ['data without a schema', '', 'people.valid.csv', undefined, /input 'data' needs input 'schema'/],
    ])('%s exits 2 with one error naming it', async (_label, schema, data, file, message) => {
      const inputs: Record<string, string> = schema === '' ? { data } : { schema, data };
      const dir = await workspace([
        'people.schema.json',
        'people.valid.csv',
        'not-really.parquet',
        'invalid-table.schema.json',
      ]);
      const run = await validate(dir, inputs);
      expect(run.exitCode).toBe(2);
      expect(errors(run)).toHaveLength(1);
      expect(errors(run)[0]?.message).toMatch(message);
      expect(errors(run)[0]?.file).toBe(file);
      noStackTrace(run);
    });
  });
});
