import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { runCli } from '@mlgate/cli';

// A schema asking for a check mlgate does not run stops the run (exit 2) before any data is judged valid.
const root = fileURLToPath(new URL('../..', import.meta.url));

async function mlgate(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd: root, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('mlgate validate with a Table Schema keyword mlgate does not check', () => {
  it('exits 2 with one line naming the keyword at its line and column, and judges no data', async () => {
    const result = await mlgate(
      'validate',
      '--schema',
      'test/fixtures/data/foreign-keys.schema.json',
      'test/fixtures/data/people.valid.csv',
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      "mlgate validate: test/fixtures/data/foreign-keys.schema.json:8:3: Table Schema 'foreignKeys' is not supported by mlgate: references to other fields or tables are not checked; remove it, or check them another way",
    ]);
  });
});
