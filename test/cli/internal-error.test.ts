import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { MLGATE_VERSION } from '@mlgate/engine';
import { runCli } from '@mlgate/cli';

// A bug is never a verdict: exit 3 with one line that names the version and asks for a report, the stack
// only on request; and no line mlgate prints holds a token from its environment.
const root = fileURLToPath(new URL('../..', import.meta.url));
const VALID = [
  'validate',
  '--schema',
  'test/fixtures/data/people.schema.json',
  'test/fixtures/data/people.valid.csv',
];
const TOKEN = 'ghp_internalErrorTestToken000000000000000';

async function mlgate(argv: string[], options: { brokenStdout?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  let stderr = '';
  const code = await runCli(argv, {
    cwd: root,
    env: options.env ?? {},
    stdout: (text) => {
      // A failure mlgate did not foresee, in the middle of a command.
      if (options.brokenStdout) throw new TypeError(`cannot write ${text.length} characters`);
    },
    stderr: (text) => (stderr += text),
  });
  return { code, stderr };
}

describe('an internal error', () => {
  it('exits 3 with one line naming the version and asking for a report, without a stack', async () => {
    const run = await mlgate(VALID, { brokenStdout: true });
    expect(run.code).toBe(3);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^mlgate validate: internal error \\(mlgate ${MLGATE_VERSION.replace(/\./g, '\\.')}\\): TypeError: cannot write \\d+ characters\\. This is a bug in mlgate: please report it \\(--debug shows the stack\\)\\.$`,
        ),
      ),
    ]);
  });

  it('shows the stack with --debug, wherever the flag is', async () => {
    const run = await mlgate([VALID[0]!, '--debug', ...VALID.slice(1)], { brokenStdout: true });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/please report it\.\nTypeError: cannot write/);
    expect(run.stderr).toMatch(/\n\s+at /);
  });

  it('and --debug is not an option a command refuses', async () => {
    expect((await mlgate([...VALID, '--debug'])).code).toBe(0);
  });
});

describe('tokens', () => {
  it('are never printed, even when one is given by mistake as a value', async () => {
    const run = await mlgate([...VALID.slice(0, 3), TOKEN], { env: { GITHUB_TOKEN: TOKEN } });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain(TOKEN);
    expect(run.stderr).toBe('mlgate validate: ***: data file not found\n');
  });
});
