import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { runCli } from '@mlgate/cli';

// A schema's pattern runs in time linear in the value, whatever the pattern: `^(a+)+$` on `aaa…a!` took a
// backtracking RegExp minutes (CSV cells with a non-ASCII byte, which the byte DFA leaves to RegExp; every
// JSON Schema pattern, which ajv ran). A pattern RE2 cannot run is refused when the schema is read.
const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'mlgate-hostile-patterns-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const fixture = (name: string) => `test/fixtures/data/hostile-patterns/${name}`;
/** Far past what a backtracking engine finishes: 2^40 ways to split the a's. */
const HOSTILE = `${'a'.repeat(40)}é!`;
/**
 * A backtracking engine takes minutes on these values; a linear one, milliseconds. The bound only has to tell
 * the two apart, with room for a loaded 2-core CI machine compiling the schema on first use (1 s flaked).
 */
const LINEAR_BOUND_MS = 10_000;

async function mlgate(
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const code = await runCli(argv, { cwd: root, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr, ms: performance.now() - started };
}

describe('patterns on hostile values', () => {
  it('CSV with a Table Schema: the non-ASCII cell that does not match is reported at once', async () => {
    const result = await mlgate(
      'validate',
      '--schema',
      fixture('nested-quantifier.table-schema.json'),
      fixture('nested-quantifier.csv'),
    );
    expect(result.ms).toBeLessThan(LINEAR_BOUND_MS);
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      `${fixture('nested-quantifier.csv')}:3:a: constraint-error "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaé!" does not match fields[0].constraints.pattern ^(a+)+$`,
      'invalid: 1 file, 2 rows, 1 error (constraint-error 1)',
    ]);
  });

  it('JSONL with a JSON Schema pattern', async () => {
    const result = await mlgate(
      'validate',
      '--schema',
      fixture('nested-quantifier.json-schema.json'),
      fixture('nested-quantifier.jsonl'),
    );
    expect(result.ms).toBeLessThan(LINEAR_BOUND_MS);
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      `${fixture('nested-quantifier.jsonl')}:2:a: constraint-error must match pattern "^(a+)+$"`,
      'invalid: 1 file, 2 rows, 1 error (constraint-error 1)',
    ]);
  });

  it('JSONL with a JSON Schema patternProperties key', async () => {
    const result = await mlgate(
      'validate',
      '--schema',
      fixture('pattern-properties.json-schema.json'),
      fixture('pattern-properties.jsonl'),
    );
    expect(result.ms).toBeLessThan(LINEAR_BOUND_MS);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/pattern-properties\.jsonl:2: extra-cell/);
    expect(result.stdout).toMatch(/invalid: 1 file, 2 rows, 1 error/);
  });

  it('an Arrow string column', async () => {
    const arrow = join(scratch, 'hostile.arrow');
    writeFileSync(arrow, tableToIPC(tableFromArrays({ a: ['aaaa', HOSTILE] }), 'file'));
    const result = await mlgate(
      'validate',
      '--schema',
      fixture('nested-quantifier.table-schema.json'),
      arrow,
    );
    expect(result.ms).toBeLessThan(LINEAR_BOUND_MS);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`:2:a: constraint-error "${HOSTILE}" does not match`);
    expect(result.stdout).toMatch(/invalid: 1 file, 2 rows, 1 error \(constraint-error 1\)/);
  });

  it('a Parquet string column with non-ASCII text', async () => {
    const result = await mlgate(
      'validate',
      '--schema',
      fixture('parquet-text.table-schema.json'),
      'test/fixtures/data/columnar/types.snappy.parquet',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'types.snappy.parquet:1:text_nulls: constraint-error "text 1 ü" does not match fields[0].constraints.pattern ^([a-z0-9 ]+)+$',
    );
  });
});

describe('formats on hostile values', () => {
  it("Table Schema's email format on a long cell (a quadratic RegExp before)", async () => {
    const csv = join(scratch, 'emails.csv');
    writeFileSync(csv, `email\nada@example.org\na@${'.'.repeat(200_000)} \n`);
    const result = await mlgate('validate', '--schema', fixture('email-format.table-schema.json'), csv);
    expect(result.ms).toBeLessThan(LINEAR_BOUND_MS);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/:3:email: constraint-error/);
    expect(result.stdout).toMatch(/invalid: 1 file, 2 rows, 1 error \(constraint-error 1\)/);
  });
});

describe('date formats', () => {
  it('refuses a directive written twice (30 %m took a backtracking RegExp exponential time)', async () => {
    const result = await mlgate(
      'validate',
      '--schema',
      fixture('repeated-directive.table-schema.json'),
      fixture('nested-quantifier.csv'),
    );
    expect(result.ms).toBeLessThan(LINEAR_BOUND_MS);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('repeated-directive.table-schema.json:1:');
    expect(result.stderr).toContain('fields[0].format repeats %m: each directive may appear once');
  });
});

describe('patterns RE2 cannot run in linear time', () => {
  function expectRefusal(stderr: string, schema: string, where: string, pattern: string): void {
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(fixture(schema));
    expect(lines[0]).toContain(where);
    expect(lines[0]).toContain(JSON.stringify(pattern));
    expect(stderr).not.toMatch(/\n\s+at /);
  }

  it('refuses a backreference in a Table Schema (exit 2, one line)', async () => {
    const result = await mlgate(
      'validate',
      '--schema',
      fixture('backreference.table-schema.json'),
      fixture('nested-quantifier.csv'),
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectRefusal(
      result.stderr,
      'backreference.table-schema.json',
      'fields[0].constraints.pattern',
      '(a)\\1',
    );
    expect(result.stderr).toContain('backreference');
  });

  it('refuses a lookbehind in a JSON Schema (exit 2, one line)', async () => {
    const result = await mlgate(
      'validate',
      '--schema',
      fixture('lookbehind.json-schema.json'),
      fixture('nested-quantifier.jsonl'),
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectRefusal(result.stderr, 'lookbehind.json-schema.json', 'properties.a.pattern', '(?<=a)b');
    expect(result.stderr).toContain('lookbehind');
  });
});
