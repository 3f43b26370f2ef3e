import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// `mlgate … | head -1`, `mlgate … | true`: the reader closes the pipe early, or before mlgate writes at all.
// What it did not read was not wanted, which is no error of mlgate's: nothing on stderr, and the exit status
// is still the verdict's (1: the data broke the schema).
const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'mlgate-closed-stdout-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a reader that closes the pipe early', () => {
  it('costs no error line, and the exit status stays the verdict', () => {
    const mlgate = `${join(root, 'node_modules/.bin/tsx')} ${join(root, 'packages/cli/src/main.ts')}`;
    const schema = join(root, 'test/fixtures/data/people-min.schema.json');
    const data = join(root, 'test/fixtures/data/people.invalid.csv');
    // `true` has exited long before mlgate (a second to start) writes its first line: every write fails.
    const script = `${mlgate} validate --schema ${schema} ${data} | true; echo "status \${PIPESTATUS[0]}" >&2`;
    const run = spawnSync('bash', ['-c', script], { cwd: scratch, encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('status 1\n');
  });

  it('takes the first line only, when that is all the reader wants', () => {
    // 20,000 ages over the maximum, one error line each: megabytes, far more than a pipe holds.
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i},someone,${200 + i}`);
    writeFileSync(join(scratch, 'ages.csv'), `id,name,age\n${rows.join('\n')}\n`);
    const mlgate = `${join(root, 'node_modules/.bin/tsx')} ${join(root, 'packages/cli/src/main.ts')}`;
    const schema = join(root, 'test/fixtures/data/people-min.schema.json');
    const script = `${mlgate} validate --max-errors 100000 --schema ${schema} ages.csv | head -1; echo "status \${PIPESTATUS[0]}" >&2`;
    const run = spawnSync('bash', ['-c', script], { cwd: scratch, encoding: 'utf8', timeout: 30_000 });
    expect(run.stdout).toMatch(/^ages\.csv:2:age: constraint-error "200" violates/);
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toBe('status 1\n');
  });
});
