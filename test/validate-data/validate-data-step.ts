import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@jest/globals';
import {
  runAction,
  webhookEvent,
  type ActionRun,
  type Annotation,
  type WebhookEvent,
} from '@mlgate/runner-harness';
import { repoActions } from '../../scripts/repo-actions.js';

// validate-data as a workflow step runs it: the bundled action on Node 24, real data files in the workspace.

export const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'data');

/** The pull request event the steps run under; its number and head SHA are the report's subject. */
export const pullRequestEvent: WebhookEvent = webhookEvent('pull_request', { action: 'opened' });

/**
 * A workspace holding the named fixtures (under their paths relative to test/fixtures/data) plus generated
 * files. It lives in the test run's temporary root, which the global teardown removes.
 */
export async function workspace(
  files: readonly string[],
  extra: Readonly<Record<string, string | Buffer>> = {},
): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-validate-ws-'));
  const place = async (name: string): Promise<string> => {
    const target = path.join(dir, name);
    await mkdir(path.dirname(target), { recursive: true });
    return target;
  };
  for (const file of files) await copyFile(path.join(fixtures, file), await place(file));
  for (const [name, content] of Object.entries(extra)) await writeFile(await place(name), content);
  return dir;
}

export async function validateStep(
  dir: string,
  inputs: Readonly<Record<string, string>>,
  event: WebhookEvent = pullRequestEvent,
): Promise<ActionRun> {
  return runAction((await repoActions()).dir('validate-data'), { inputs, workspace: dir, event });
}

export const errorAnnotations = (run: ActionRun): Annotation[] =>
  run.annotations.filter((a) => a.level === 'error');

/** A stack frame in the log would mean a user's mistake was reported as a bug. */
export function expectNoStackTrace(run: ActionRun): void {
  expect(`${run.log.join('\n')}\n${run.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(run.log.join('\n')).not.toContain('mlgate internal error');
}

/** A Table Schema over the given columns, as test data needs it. */
export function tableSchema(
  fields: readonly { name: string; type: string; constraints?: Record<string, unknown> }[],
): string {
  return JSON.stringify({ fields }, null, 2);
}
