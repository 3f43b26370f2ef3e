import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '@mlgate/cli';

// `mlgate validate` with no files does what the actions do: it validates every dataset of mlgate.yml.
const data = fileURLToPath(new URL('../fixtures/data/', import.meta.url));
let project: string;

async function mlgate(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: project,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'mlgate-cli-config-'));
  mkdirSync(path.join(project, 'data'));
  mkdirSync(path.join(project, 'schemas'));
  for (const file of ['people.valid.csv', 'people.invalid.csv', 'people.valid.jsonl']) {
    copyFileSync(path.join(data, file), path.join(project, 'data', file));
  }
  copyFileSync(path.join(data, 'people.schema.json'), path.join(project, 'schemas', 'people.schema.json'));
  writeFileSync(
    path.join(project, 'mlgate.yml'),
    [
      'datasets:',
      '  - name: people',
      '    path: data/people.*.csv',
      '    schema: schemas/people.schema.json',
      '  - name: events',
      '    path: data/people.valid.jsonl',
      '    schema: schemas/people.schema.json',
      'report:',
      '  max-errors: 3',
      '',
    ].join('\n'),
  );
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('mlgate validate without files', () => {
  it('validates every dataset of mlgate.yml, each under its name, then the one verdict', async () => {
    const { code, stdout, stderr } = await mlgate('validate');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^== Data validation \(data\/people\.invalid\.csv\) ==\n/);
    expect(stdout).toContain('== Data validation (data/people.valid.jsonl) ==\nvalid: 1 file');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('verdict: fail (12 errors in 1 of 2 files)');
  });

  it('prints one report per dataset with --json, listing report.max-errors errors', async () => {
    const { code, stdout } = await mlgate('validate', '--json');
    expect(code).toBe(1);
    const reports = JSON.parse(stdout) as { verdict: string; errors: unknown[]; files: { path: string }[] }[];
    expect(reports.map((report) => [report.verdict, report.files.map((file) => file.path)])).toEqual([
      ['fail', ['data/people.invalid.csv', 'data/people.valid.csv']],
      ['pass', ['data/people.valid.jsonl']],
    ]);
    expect(reports[0]?.errors).toHaveLength(3);
  });

  it('writes validation-<dataset>.json for each with --report-dir, and refuses --report for several', async () => {
    expect((await mlgate('validate', '--report-dir', 'reports')).code).toBe(1);
    for (const name of ['people', 'events']) {
      const report = path.join(project, 'reports', `validation-${name}.json`);
      expect(existsSync(report)).toBe(true);
      expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ kind: 'mlgate/validation@1' });
    }
    const refused = await mlgate('validate', '--report', 'one.json');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'mlgate validate: --report takes one dataset; mlgate.yml has 2: use --report-dir\n',
    );
  });

  it('passes under --fail-on never, and refuses the old fail-on value with its new name', async () => {
    expect((await mlgate('validate', '--fail-on', 'never')).code).toBe(0);
    const old = await mlgate('validate', '--fail-on', 'error');
    expect(old.code).toBe(2);
    expect(old.stderr).toBe('mlgate validate: --fail-on error is now --fail-on fail\n');
  });

  it('says what to give when there is no config and no files', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'mlgate-cli-empty-'));
    try {
      let stderr = '';
      const code = await runCli(['validate'], {
        cwd: empty,
        stdout: () => {},
        stderr: (text) => (stderr += text),
      });
      expect(code).toBe(2);
      expect(stderr).toBe(
        'mlgate validate: nothing to validate: give --schema and data files, or datasets: in mlgate.yml\n',
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
