import { describe, expect, it } from '@jest/globals';
import type { ActionRun } from '@mlgate/runner-harness';
import {
  TOKEN,
  expectRefusal,
  rawOutput,
  runStep,
  workspaceWith,
  type ActionDir,
  type HostileStep,
} from './hostile-step.js';

/** What the step printed once its add-mask commands are taken out: the token must be in none of it. */
function withoutMaskCommands(run: ActionRun): string {
  return rawOutput(run)
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** The token is registered with add-mask before the error line, and the step never prints it itself. */
function expectTokenNeverPrinted(run: ActionRun, token: string): void {
  const commands = run.commands.map((command) => command.command);
  const masked = run.commands.findIndex(
    (command) => command.command === 'add-mask' && command.data === token,
  );
  expect(masked).toBeGreaterThanOrEqual(0);
  expect(masked).toBeLessThan(commands.indexOf('error'));
  expect(withoutMaskCommands(run)).not.toContain(token);
}

// Each action with an input it checks and quotes back, given the token by mistake.
const TOKEN_AS_INPUT: readonly (readonly [ActionDir, () => Promise<HostileStep>])[] = [
  ['validate-data', async () => ({ inputs: { 'fail-on': TOKEN } })],
  ['compare-metrics', async () => ({ inputs: { 'fail-on': TOKEN } })],
  ['.', async () => ({ inputs: { 'fail-on': TOKEN } })],
  ['comment', async () => ({ inputs: { mode: TOKEN } })],
  [
    'publish-model',
    async () => ({
      inputs: { name: 'churn', model: 'model.bin', bump: TOKEN },
      workspace: await workspaceWith({ 'model.bin': 'weights' }),
    }),
  ],
];

describe('the token is masked before any input is checked', () => {
  it.each(TOKEN_AS_INPUT)(
    '%s: an input holding the token is refused without printing it',
    async (action, step) => {
      const run = await runStep(action, await step());
      expectRefusal(run, /'\*\*\*'/);
      expectTokenNeverPrinted(run, TOKEN);
    },
  );

  it('tokens a step passes in its environment or under another input name are masked too', async () => {
    const envToken = 'ghp_fromTheStepEnvironment0123456789';
    const misnamed = 'ghp_underAnotherInputName0123456789';
    for (const [given, inputs, env] of [
      [envToken, { 'fail-on': envToken }, { GITHUB_TOKEN: envToken }],
      [misnamed, { 'fail-on': misnamed, 'github-token': misnamed }, {}],
    ] as const) {
      const run = await runStep('validate-data', { inputs, env, stepDebug: true });
      expectRefusal(run, /'\*\*\*'/);
      expectTokenNeverPrinted(run, given);
    }
  });
});
