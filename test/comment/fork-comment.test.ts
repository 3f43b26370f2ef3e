import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseStamp } from '@mlgate/engine';
import { startActionsServices, startLocalGitHub } from '@mlgate/local-github';
import type { ActionsServices, LocalGitHub } from '@mlgate/local-github';
import { webhookEvent } from '@mlgate/runner-harness';
import {
  HEAD_SHA,
  NEWER_SHA,
  OWNER,
  READ_TOKEN,
  REPO,
  REPOSITORY,
  WRITE_TOKEN,
  commentsOn,
  comparisonReport,
  logOf,
  pullRequestEvent,
  removeWorkspace,
  runComment,
  seedPullRequest,
  validationReport,
  workspaceWith,
} from './comment-test-setup.js';

let services: ActionsServices;
let github: LocalGitHub;
const workspaces: string[] = [];

beforeAll(async () => {
  services = await startActionsServices();
  github = await startLocalGitHub({ artifacts: services.artifacts });
  github.tokens.add(WRITE_TOKEN, { access: 'write' });
  // What GitHub gives a fork's pull_request run: a token that can read but not write.
  github.tokens.add(READ_TOKEN, { access: 'read' });
  github.state.addRepo(OWNER, REPO);
}, 120_000);

afterAll(async () => {
  await github?.close();
  await services?.close();
  for (const dir of workspaces) await removeWorkspace(dir);
});

async function workspaceFor(pullRequest: number, runId: number, sha = HEAD_SHA): Promise<string> {
  const subject = { repository: REPOSITORY, sha, pullRequest, runId };
  const dir = await workspaceWith({
    'comparison.json': await comparisonReport(subject),
    'validation.json': await validationReport(subject),
  });
  workspaces.push(dir);
  return dir;
}

async function emptyWorkspace(): Promise<string> {
  const dir = await workspaceWith({});
  workspaces.push(dir);
  return dir;
}

/** The recorded workflow_run `completed` example, as GitHub sends it for a fork's pull_request run. */
function workflowRunEvent(runId: number, sha: string) {
  return webhookEvent('workflow_run', {
    action: 'completed',
    repository: REPOSITORY,
    overrides: {
      workflow_run: {
        id: runId,
        event: 'pull_request',
        head_sha: sha,
        run_attempt: 1,
        // GitHub leaves this empty for a pull request from a fork.
        pull_requests: [],
        head_repository: { full_name: `fork-contributor/${REPO}` },
      },
    },
  });
}

async function forkRun(pullRequest: number, runId: number, token = READ_TOKEN, fork = true) {
  return runComment(github, {
    inputs: { reports: 'reports/*.json' },
    event: pullRequestEvent(pullRequest, { fork }),
    workspace: await workspaceFor(pullRequest, runId),
    runId,
    token,
    env: services.envFor({ runId, jobId: 1, ref: `refs/pull/${pullRequest}/merge` }),
  });
}

async function posterRun(runId: number, sha: string, workspace: string, inputs: Record<string, string> = {}) {
  return runComment(github, {
    inputs: { 'from-artifact': 'true', ...inputs },
    event: workflowRunEvent(runId, sha),
    workspace,
    runId: runId + 1000,
    token: WRITE_TOKEN,
    env: services.envFor({ runId: runId + 1000, jobId: 1, ref: 'refs/heads/main' }),
  });
}

describe('the fork-safe path: pull_request uploads, workflow_run posts', () => {
  it('uploads from a fork, then the workflow_run run validates and posts it', async () => {
    seedPullRequest(github, 7);
    const fork = await forkRun(7, 700);
    expect({ outcome: fork.outcome, log: fork.outcome === 'success' ? '' : logOf(fork) }).toEqual({
      outcome: 'success',
      log: '',
    });
    expect(fork.outputs).toMatchObject({ outcome: 'uploaded', verdict: 'fail' });
    expect(fork.summary).toContain('## ❌ mlgate: failed');
    expect(commentsOn(github, 7)).toHaveLength(0);
    // The fork's run made no write request at all.
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(services.artifacts.list({ workflowRunId: 700, name: 'mlgate-report-mlgate' })).toHaveLength(1);

    const poster = await posterRun(700, HEAD_SHA, await emptyWorkspace());
    expect({ outcome: poster.outcome, log: poster.outcome === 'success' ? '' : logOf(poster) }).toEqual({
      outcome: 'success',
      log: '',
    });
    expect(poster.outputs).toMatchObject({ outcome: 'created', verdict: 'fail' });
    const [comment] = commentsOn(github, 7);
    expect(parseStamp(comment?.body)).toEqual({ id: 'mlgate', runId: 700, runAttempt: 1, sha: HEAD_SHA });
    expect(comment?.body).toContain('### ❌ Metrics');
    github.assertNoViolations();
  }, 180_000);

  it('falls back to the artifact when a same-repository token is refused with 403', async () => {
    seedPullRequest(github, 8);
    const run = await forkRun(8, 800, READ_TOKEN, false);
    expect(run.outcome).toBe('success');
    expect(run.outputs['outcome']).toBe('uploaded');
    expect(services.artifacts.list({ workflowRunId: 800 })).toHaveLength(1);
    // The refused write is GitHub's answer to a read-only token, not a malformed request.
    github.assertNoViolations();
  }, 180_000);

  it('refuses an artifact whose report is about another commit than the workflow_run', async () => {
    seedPullRequest(github, 9);
    const fork = await forkRun(9, 900);
    expect(fork.outputs['outcome']).toBe('uploaded');
    const poster = await posterRun(900, NEWER_SHA, await emptyWorkspace());
    expect(poster.outcome).toBe('failure');
    expect(poster.annotations.map((a) => a.message).join('\n')).toMatch(
      /is about ec26c3e.*the run about 1111111/,
    );
    expect(commentsOn(github, 9)).toHaveLength(0);
  }, 180_000);

  it('does not post a report about a head the pull request has moved past', async () => {
    github.state.addPullRequest(OWNER, REPO, { number: 10, head: { ref: 'moved', sha: NEWER_SHA } });
    const fork = await forkRun(10, 1000);
    expect(fork.outputs['outcome']).toBe('uploaded');
    const poster = await posterRun(1000, HEAD_SHA, await emptyWorkspace());
    expect(poster.outcome).toBe('success');
    expect(poster.outputs['outcome']).toBe('stale');
    expect(commentsOn(github, 10)).toHaveLength(0);
  }, 180_000);
});
