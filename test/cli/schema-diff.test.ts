import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { runCli } from '@mlgate/cli';

// The CLI contract of `mlgate schema diff`, run in-process on versions of a schema for the Palmer penguins
// (vega-datasets data/penguins.json).
const root = fileURLToPath(new URL('../..', import.meta.url));

async function mlgate(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd: root, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
const fixture = (name: string) => `test/fixtures/schema-diff/penguins.${name}`;

function expectOneLineError(stderr: string, pattern: RegExp): void {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('mlgate schema diff', () => {
  it('exits 0 and says identical when only the spelling changed (JSON to YAML, descriptions)', async () => {
    const result = await mlgate('schema', 'diff', fixture('v1.schema.json'), fixture('v1.schema.yaml'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^identical: /);
  });

  it('exits 0 for a compatible change and lists it', async () => {
    const result = await mlgate(
      'schema',
      'diff',
      fixture('v1.schema.json'),
      fixture('v2-compatible.schema.json'),
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      'compatible: 1 change, none breaks data or consumers\n  none       field-added  Year: year column added, optional\n',
    );
  });

  it('exits 1 for a breaking change, one line per change under the summary', async () => {
    const result = await mlgate(
      'schema',
      'diff',
      fixture('v1.schema.json'),
      fixture('v2-breaking.schema.json'),
    );
    expect(result).toMatchObject({ code: 1, stderr: '' });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('breaking: 4 changes, 4 breaking data or consumers');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}consumers +field-removed +Beak Depth \(mm\): /),
      expect.stringMatching(/^ {2}consumers +type-changed +Flipper Length \(mm\): integer → number$/),
      expect.stringMatching(/^ {2}data +constraint-tightened +Body Mass \(g\): maximum 6500 → 6000$/),
      expect.stringMatching(/^ {2}consumers +enum-value-added +Sex: enum gains "UNKNOWN"$/),
    ]);
  });

  it('--json prints the report with its kind, both sides and every change', async () => {
    const result = await mlgate(
      'schema',
      'diff',
      '--json',
      fixture('row.v1.schema.json'),
      fixture('row.v2.schema.json'),
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual([
      'kind',
      'mlgateVersion',
      'subject',
      'verdict',
      'old',
      'new',
      'changes',
    ]);
    expect(report).toMatchObject({
      kind: 'mlgate/schema-diff@1',
      verdict: 'breaking',
      old: {
        path: fixture('row.v1.schema.json'),
        language: 'json-schema',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
      new: { path: fixture('row.v2.schema.json'), language: 'json-schema' },
    });
    expect(report.changes).toEqual([
      { kind: 'enum-value-removed', impact: 'data', field: 'Species', detail: 'enum loses "Gentoo"' },
      { kind: 'required-added', impact: 'data', field: 'Sex', detail: expect.any(String) },
      { kind: 'pattern-changed', impact: 'data', field: 'Sex', detail: expect.stringContaining('UNKNOWN') },
      { kind: 'field-added', impact: 'none', field: 'Year', detail: 'integer column added, optional' },
    ]);
  });

  it('exits 2 with one line when the schemas are in two languages', async () => {
    const result = await mlgate('schema', 'diff', fixture('v1.schema.json'), fixture('row.v1.schema.json'));
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expectOneLineError(result.stderr, /is a table-schema and .* a json-schema/);
  });

  it('exits 2 at the line and column of an invalid keyword', async () => {
    const result = await mlgate('schema', 'diff', fixture('v1.schema.json'), fixture('invalid.schema.json'));
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expectOneLineError(
      result.stderr,
      /penguins\.invalid\.schema\.json:4:\d+: invalid Table Schema: fields\[1\]\.type/,
    );
  });

  it('exits 2 for a JSON Schema checked row by row, a missing file, or one file only', async () => {
    const rows = await mlgate(
      'schema',
      'diff',
      fixture('row.v1.schema.json'),
      fixture('row.anyof.schema.json'),
    );
    expect(rows.code).toBe(2);
    expectOneLineError(
      rows.stderr,
      /row\.anyof\.schema\.json: schema diff compares JSON Schemas whose rules are per-property/,
    );
    const missing = await mlgate('schema', 'diff', fixture('v1.schema.json'), fixture('nowhere.json'));
    expect(missing.code).toBe(2);
    expectOneLineError(missing.stderr, /nowhere\.json/);
    const one = await mlgate('schema', 'diff', fixture('v1.schema.json'));
    expect(one.code).toBe(2);
    expectOneLineError(one.stderr, /give two schema files/);
  });

  it('is listed by mlgate schema and explains itself with --help', async () => {
    const unknown = await mlgate('schema', 'nope');
    expect(unknown.stderr).toMatch(/known: infer, diff/);
    const help = await mlgate('schema', 'diff', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/exit status: 0 identical or compatible/);
  });
});
