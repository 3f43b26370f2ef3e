// A pull request on the local GitHub, report files in a workspace, and the comment action run the way the
// runner runs it: what every comment test starts from.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ComparisonReport, MlgateReport, ValidationReport } from '@mlgate/engine';
import { formatStamp } from '@mlgate/engine';
import type { LocalGitHub } from '@mlgate/local-github';
import { runAction, webhookEvent } from '@mlgate/runner-harness';
import type { ActionRun, RunActionOptions, WebhookEvent } from '@mlgate/runner-harness';
import { bundleEntries } from '../../scripts/action-bundler.js';
import { repoActions } from '../../scripts/repo-actions.js';

export const OWNER = 'octo-org';
export const REPO = 'model-zoo';
export const REPOSITORY = `${OWNER}/${REPO}`;
export const WRITE_TOKEN = 'ghs_comment_write_token';
export const READ_TOKEN = 'ghs_comment_fork_read_only';
export const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
export const NEWER_SHA = '1111111111111111111111111111111111111111';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'reports');

export async function fixtureReport<T extends MlgateReport>(name: string): Promise<T> {
  return JSON.parse(await readFile(path.join(fixtures, name), 'utf8')) as T;
}

export async function comparisonReport(subject: MlgateReport['subject']): Promise<ComparisonReport> {
  return { ...(await fixtureReport<ComparisonReport>('comparison-regressed.json')), subject };
}

export async function validationReport(subject: MlgateReport['subject']): Promise<ValidationReport> {
  return { ...(await fixtureReport<ValidationReport>('validation-invalid.json')), subject };
}

/** A workspace holding `reports/<name>`; removed by the caller's cleanup. */
export async function workspaceWith(reports: Readonly<Record<string, unknown>>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-comment-ws-'));
  await mkdir(path.join(dir, 'reports'));
  for (const [name, report] of Object.entries(reports)) {
    await writeFile(path.join(dir, 'reports', name), JSON.stringify(report, null, 2));
  }
  return dir;
}

export function removeWorkspace(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** The recorded pull_request `opened` example, moved to our repository and pull request. */
export function pullRequestEvent(
  number: number,
  options: { fork?: boolean; sha?: string } = {},
): WebhookEvent {
  return webhookEvent('pull_request', {
    action: 'opened',
    repository: REPOSITORY,
    ...(options.fork ? { fork: true } : {}),
    overrides: { number, pull_request: { number, head: { sha: options.sha ?? HEAD_SHA } } },
  });
}

export function seedPullRequest(github: LocalGitHub, number: number, sha: string = HEAD_SHA): void {
  github.state.addPullRequest(OWNER, REPO, { number, head: { ref: `feature-${number}`, sha } });
}

/** A body as an earlier mlgate run left it. */
export function stampedComment(run: number, sha: string, text: string, id = 'mlgate'): string {
  return `${formatStamp({ id, runId: run, runAttempt: 1, sha })}\n${text}`;
}

export function commentsOn(github: LocalGitHub, number: number) {
  return github.state.repo(OWNER, REPO).issueComments.filter((comment) => comment.issueNumber === number);
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let commentOnly: Promise<string> | undefined;

/**
 * The comment action from current sources. repoActions() bundles every action and refuses when any
 * manifest is broken; while another action is mid-edit, the comment action alone is bundled the same way.
 */
async function commentActionDir(): Promise<string> {
  try {
    return (await repoActions()).dir('comment');
  } catch (error) {
    if (String(error).includes('actions/comment/')) throw error;
    commentOnly ??= (async () => {
      const root = await mkdtemp(path.join(tmpdir(), 'mlgate-comment-action-'));
      process.once('exit', () => void rm(root, { recursive: true, force: true }));
      const files = await bundleEntries(repoRoot, path.join(root, 'dist'), {
        'comment/main': path.join(repoRoot, 'actions/comment/main.ts'),
      });
      for (const [name, contents] of files) {
        await mkdir(path.dirname(path.join(root, 'dist', name)), { recursive: true });
        await writeFile(path.join(root, 'dist', name), contents);
      }
      await mkdir(path.join(root, 'actions/comment'), { recursive: true });
      await copyFile(
        path.join(repoRoot, 'actions/comment/action.yml'),
        path.join(root, 'actions/comment/action.yml'),
      );
      return path.join(root, 'actions/comment');
    })();
    return commentOnly;
  }
}

export async function runComment(
  github: LocalGitHub,
  options: {
    inputs: Record<string, string>;
    event: WebhookEvent;
    workspace: string;
    runId: number;
    token?: string;
    env?: Record<string, string>;
  },
): Promise<ActionRun> {
  const dir = await commentActionDir();
  const run: RunActionOptions = {
    inputs: options.inputs,
    event: options.event,
    workspace: options.workspace,
    github: {
      apiUrl: github.apiUrl,
      graphqlUrl: `${github.apiUrl}/graphql`,
      token: options.token ?? WRITE_TOKEN,
      runId: String(options.runId),
    },
    timeoutMs: 60_000,
    ...(options.env !== undefined ? { env: options.env } : {}),
  };
  return runAction(dir, run);
}

/** The log of a run, for a failing expectation's message. */
export function logOf(run: ActionRun): string {
  return [...run.log, run.stderr].join('\n');
}
