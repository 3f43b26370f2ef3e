// Every bundled mlgate action run as one workflow step on hostile input: a broken event file, a token where
// an input belongs, paths that leave the workspace. No GitHub is needed: each refusal comes before any
// request, and the API URL points at a closed port so a request that slipped through would fail loudly.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@jest/globals';
import { runAction, webhookEvent, type ActionRun, type WebhookEvent } from '@mlgate/runner-harness';
import { repoActions } from '../../scripts/repo-actions.js';

export const OWNER = 'acme';
export const REPO = 'models';
export const TOKEN = 'ghs_hostileStepToken0123456789abcdefXYZ';

/** The actions by the directory `repoActions().dir` takes; `.` is the root `mlgate` action. */
export const ACTION_DIRS = [
  'validate-data',
  'compare-metrics',
  'comment',
  'publish-model',
  'merge-reports',
  '.',
] as const;
export type ActionDir = (typeof ACTION_DIRS)[number];

export function pushEvent(): WebhookEvent {
  return webhookEvent('push', {
    repository: `${OWNER}/${REPO}`,
    overrides: { ref: 'refs/heads/main', repository: { default_branch: 'main' } },
  });
}

export function pullRequestEvent(): WebhookEvent {
  return webhookEvent('pull_request', { action: 'opened', repository: `${OWNER}/${REPO}` });
}

/** A file in the workspace: text, or a symlink to `target`. */
export type WorkspaceEntry = string | { readonly symlink: string };

let scratch: Promise<string> | undefined;

/** A fresh workspace holding `files`; removed with the scratch directory when the test process exits. */
export async function workspaceWith(files: Readonly<Record<string, WorkspaceEntry>> = {}): Promise<string> {
  scratch ??= mkdtemp(path.join(tmpdir(), 'mlgate-hostile-')).then((dir) => {
    process.once('exit', () => void rm(dir, { recursive: true, force: true }));
    return dir;
  });
  const dir = await mkdtemp(path.join(await scratch, 'workspace-'));
  for (const [name, entry] of Object.entries(files)) {
    const target = path.join(dir, name);
    await mkdir(path.dirname(target), { recursive: true });
    if (typeof entry === 'string') await writeFile(target, entry);
    else await symlink(entry.symlink, target);
  }
  return dir;
}

export interface HostileStep {
  readonly inputs?: Readonly<Record<string, string>>;
  readonly event?: WebhookEvent;
  readonly eventFile?: string | null;
  readonly workspace?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly stepDebug?: boolean;
}

export async function runStep(action: ActionDir, step: HostileStep = {}): Promise<ActionRun> {
  const actions = await repoActions();
  return runAction(actions.dir(action), {
    event: step.event ?? pushEvent(),
    ...(step.eventFile !== undefined ? { eventFile: step.eventFile } : {}),
    ...(step.workspace !== undefined ? { workspace: step.workspace } : {}),
    inputs: step.inputs ?? {},
    env: step.env ?? {},
    ...(step.stepDebug !== undefined ? { stepDebug: step.stepDebug } : {}),
    github: { token: TOKEN, apiUrl: 'http://127.0.0.1:9' },
  });
}

/** Everything the step printed, as the runner received it (before it masks anything). */
export function rawOutput(run: ActionRun): string {
  return `${run.rawStdout}\n${run.stderr}`;
}

/** A Node stack frame: `    at fn (file.js:1:2)`. */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

/** Exit 2, one error line matching `message`, no stack trace, no internal error, no outputs. */
export function expectRefusal(run: ActionRun, message: RegExp): void {
  const errors = run.annotations.filter((annotation) => annotation.level === 'error');
  expect({ exitCode: run.exitCode, errors: errors.map((error) => error.message) }).toEqual({
    exitCode: 2,
    errors: [expect.stringMatching(message)],
  });
  expect(errors[0]!.message).not.toContain('\n');
  expect(rawOutput(run)).not.toMatch(STACK_LINE);
  expect(rawOutput(run)).not.toContain('internal error');
  expect(run.outputs).toEqual({});
}
