import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MLGATE_VERSION } from '@mlgate/engine';
import { runAction, type ActionRun } from '@mlgate/runner-harness';
import { buildFixtureAction, type BuiltAction } from '../fixture-action.js';
import { STACK_LINE, TOKEN, rawOutput } from './hostile-step.js';

const fixture = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'actions',
  'faulty',
);
let faulty: BuiltAction;

beforeAll(async () => {
  faulty = await buildFixtureAction(fixture);
});

afterAll(async () => {
  await faulty?.dispose();
});

const runFault = (fault: string, stepDebug = false): Promise<ActionRun> =>
  runAction(faulty.dir, { inputs: { fault }, stepDebug, github: { token: TOKEN } });

/** Exit 3 (never 1, the failed verdict), one line that asks for a report with the version and where. */
function expectInternalError(run: ActionRun, context: RegExp, message: RegExp, stack = true): void {
  expect(run.exitCode).toBe(3);
  const errors = run.annotations.filter((annotation) => annotation.level === 'error');
  expect(errors).toHaveLength(1);
  const [line] = errors.map((error) => error.message);
  expect(line).toContain(`mlgate ${MLGATE_VERSION}`);
  expect(line).toMatch(/please report it/);
  expect(line).toMatch(context);
  expect(line).toMatch(message);
  expect(line).not.toContain('\n');
  // The stack goes to the debug log only: hidden unless the run has step debugging on.
  expect(rawOutput(run)).not.toMatch(STACK_LINE);
  expect(run.log.join('\n')).not.toMatch(/\bat .+:\d+:\d+/);
  if (stack) expect(run.debug.join('\n')).toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('a bug is an internal error, exit 3, whatever way it surfaces', () => {
  it('an error thrown by the body', async () => {
    expectInternalError(await runFault('throw'), /faulty, while running/, /RangeError: the body broke/);
  });

  it("an error thrown while the body's modules load", async () => {
    expectInternalError(
      await runFault('import'),
      /faulty, while loading/,
      /TypeError: a module threw while it was loading/,
    );
  });

  it('a promise rejection nobody handles', async () => {
    expectInternalError(await runFault('rejection'), /faulty, .*unhandled/, /a promise nobody awaited/);
  });

  it("a stream's error thrown from its callback", async () => {
    // An fs error carries no JavaScript frames: there is no stack to keep.
    expectInternalError(await runFault('stream-error'), /faulty, .*callback/, /ENOENT/, false);
  });

  it('the stack reaches the log only with step debugging', async () => {
    const run = await runFault('throw', true);
    expect(run.exitCode).toBe(3);
    expect(run.log.join('\n')).toMatch(/##\[debug\]RangeError: the body broke\n\s+at /);
  });
});
