import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseStamp } from '@mlgate/engine';
import { startLocalGitHub } from '@mlgate/local-github';
import type { LocalGitHub } from '@mlgate/local-github';
import { webhookEvent } from '@mlgate/runner-harness';
import {
  HEAD_SHA,
  NEWER_SHA,
  OWNER,
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
  stampedComment,
  validationReport,
  workspaceWith,
} from './comment-test-setup.js';

let github: LocalGitHub;
let workspace: string;

beforeAll(async () => {
  github = await startLocalGitHub();
  github.tokens.add(WRITE_TOKEN, { access: 'write' });
  github.state.addRepo(OWNER, REPO);
  const subject = { repository: REPOSITORY, sha: HEAD_SHA, pullRequest: 1, runId: 100 };
  workspace = await workspaceWith({
    'comparison.json': await comparisonReport(subject),
    'validation.json': await validationReport(subject),
  });
}, 120_000);

afterAll(async () => {
  await github?.close();
  if (workspace) await removeWorkspace(workspace);
});

const inputs = { reports: 'reports/*.json' };

describe('the sticky comment, through the runner harness against the local GitHub', () => {
  it('creates the comment on the first run and edits it in place on the second', async () => {
    seedPullRequest(github, 1);
    const first = await runComment(github, { inputs, event: pullRequestEvent(1), workspace, runId: 100 });
    expect(first.outcome).toBe('success');
    expect(first.outputs).toMatchObject({ outcome: 'created', verdict: 'fail' });
    const [created] = commentsOn(github, 1);
    expect(created?.user.login).toBe('github-actions[bot]');
    expect(parseStamp(created?.body)).toEqual({ id: 'mlgate', runId: 100, runAttempt: 1, sha: HEAD_SHA });
    expect(created?.body).toContain('## ❌ mlgate: failed');
    expect(first.outputs['comment-id']).toBe(String(created?.id));
    expect(first.summary).toContain('### ❌ Data validation');

    const second = await runComment(github, { inputs, event: pullRequestEvent(1), workspace, runId: 101 });
    expect(second.outputs).toMatchObject({ outcome: 'updated', 'comment-id': String(created?.id) });
    expect(commentsOn(github, 1)).toHaveLength(1);
    expect(parseStamp(commentsOn(github, 1)[0]?.body)?.runId).toBe(101);
    github.assertNoViolations();
  }, 120_000);

  it('finds its own comment on a later page of a 300-comment pull request', async () => {
    seedPullRequest(github, 2);
    for (let index = 0; index < 250; index++) {
      github.state.addIssueComment(OWNER, REPO, 2, { body: `review note ${index}`, user: 'alice' });
    }
    // A person quoting the marker is not mlgate: only the bot's comment is ours.
    github.state.addIssueComment(OWNER, REPO, 2, {
      body: stampedComment(50, HEAD_SHA, 'pasted by a person'),
      user: 'mallory',
    });
    const ours = github.state.addIssueComment(OWNER, REPO, 2, {
      body: stampedComment(90, HEAD_SHA, 'an earlier report'),
    });
    for (let index = 0; index < 48; index++) {
      github.state.addIssueComment(OWNER, REPO, 2, { body: `later note ${index}`, user: 'bob' });
    }
    expect(commentsOn(github, 2)).toHaveLength(300);

    const run = await runComment(github, { inputs, event: pullRequestEvent(2), workspace, runId: 120 });
    expect(run.outputs).toMatchObject({ outcome: 'updated', 'comment-id': String(ours.id) });
    expect(commentsOn(github, 2)).toHaveLength(300);
    expect(ours.body).toContain('## ❌ mlgate: failed');
    expect(commentsOn(github, 2).find((c) => c.user.login === 'mallory')?.body).toContain(
      'pasted by a person',
    );
    const pages = github.requests.filter(
      (r) => r.operationId === 'issues/list-comments' && r.path.includes('/issues/2/'),
    );
    expect(pages.length).toBeGreaterThanOrEqual(3);
    github.assertNoViolations();
  }, 120_000);

  it('leaves a comment from a newer run alone, and one about the current head over an older head', async () => {
    seedPullRequest(github, 3, NEWER_SHA);
    const newer = github.state.addIssueComment(OWNER, REPO, 3, {
      body: stampedComment(200, NEWER_SHA, 'report for the newest push'),
    });
    // An older run, about the commit before: it finishes last, and must not win.
    const late = await runComment(github, {
      inputs,
      event: pullRequestEvent(3, { sha: HEAD_SHA }),
      workspace,
      runId: 300,
    });
    expect(late.outcome).toBe('success');
    expect(late.outputs).toMatchObject({ outcome: 'superseded', 'comment-id': String(newer.id) });
    expect(newer.body).toContain('report for the newest push');

    // Same head, an older run id: also left alone.
    const older = await runComment(github, {
      inputs,
      event: pullRequestEvent(3, { sha: NEWER_SHA }),
      workspace,
      runId: 150,
    });
    expect(older.outputs['outcome']).toBe('superseded');
    expect(commentsOn(github, 3)).toHaveLength(1);
    github.assertNoViolations();
  }, 120_000);

  it('leaves exactly one comment when two runs post at once', async () => {
    seedPullRequest(github, 4);
    const runs = await Promise.all(
      [400, 401, 402].map((runId) =>
        runComment(github, { inputs, event: pullRequestEvent(4), workspace, runId }),
      ),
    );
    for (const run of runs)
      expect({ outcome: run.outcome, log: run.outcome === 'success' ? '' : logOf(run) }).toEqual({
        outcome: 'success',
        log: '',
      });
    const left = commentsOn(github, 4);
    expect(left).toHaveLength(1);
    // Every comment a racing run created, beyond the one kept, was deleted again.
    const on4 = github.requests.filter(
      (r) => r.path.includes('/issues/4/') || r.path.includes('/issues/comments/'),
    );
    const created = on4.filter((r) => r.operationId === 'issues/create-comment' && r.status === 201).length;
    const deleted = github.requests.filter(
      (r) => r.operationId === 'issues/delete-comment' && r.status === 204,
    ).length;
    expect(deleted).toBe(created - 1);
    expect(runs.map((run) => run.outputs['comment-id'])).toEqual(
      expect.arrayContaining([String(left[0]?.id)]),
    );
    github.assertNoViolations();
  }, 120_000);

  it("takes its slot, mode and folded rows from mlgate.yml's report: section when no input names them", async () => {
    seedPullRequest(github, 9);
    const configured = `${workspace}-configured`;
    await cp(workspace, configured, { recursive: true });
    await writeFile(
      path.join(configured, 'mlgate.yml'),
      'report:\n  comment-id: churn\n  comment-mode: recreate\n  fold: [pass, missing]\n',
    );
    try {
      const run = await runComment(github, {
        inputs,
        event: pullRequestEvent(9),
        workspace: configured,
        runId: 900,
      });
      expect(run.exitCode).toBe(0);
      const [comment] = commentsOn(github, 9);
      expect(parseStamp(comment?.body)?.id).toBe('churn');
      expect(comment?.body).toContain('<details><summary>4 more metrics (1 missing, 3 passed)</summary>');
      // recreate: the next run deletes it and posts anew, at the bottom.
      await runComment(github, { inputs, event: pullRequestEvent(9), workspace: configured, runId: 901 });
      const after = commentsOn(github, 9);
      expect(after).toHaveLength(1);
      expect(after[0]?.id).not.toBe(comment?.id);
      // An input still wins over the config.
      await runComment(github, {
        inputs: { ...inputs, id: 'other' },
        event: pullRequestEvent(9),
        workspace: configured,
        runId: 902,
      });
      expect(commentsOn(github, 9).map((c) => parseStamp(c.body)?.id)).toEqual(['churn', 'other']);
    } finally {
      await removeWorkspace(configured);
    }
    github.assertNoViolations();
  }, 120_000);

  it('keeps separate comments for separate ids, and deletes only its own', async () => {
    seedPullRequest(github, 5);
    await runComment(github, {
      inputs: { ...inputs, id: 'data' },
      event: pullRequestEvent(5),
      workspace,
      runId: 500,
    });
    await runComment(github, {
      inputs: { ...inputs, id: 'metrics' },
      event: pullRequestEvent(5),
      workspace,
      runId: 500,
    });
    expect(commentsOn(github, 5)).toHaveLength(2);
    const removed = await runComment(github, {
      inputs: { id: 'data', mode: 'delete' },
      event: pullRequestEvent(5),
      workspace,
      runId: 501,
    });
    expect(removed.outputs['outcome']).toBe('deleted');
    expect(commentsOn(github, 5).map((c) => parseStamp(c.body)?.id)).toEqual(['metrics']);
    github.assertNoViolations();
  }, 120_000);

  it('hide-previous posts anew and minimizes the older comment as outdated (GraphQL minimizeComment)', async () => {
    seedPullRequest(github, 6);
    const first = await runComment(github, {
      inputs: { ...inputs, mode: 'hide-previous' },
      event: pullRequestEvent(6),
      workspace,
      runId: 700,
    });
    expect(first.outputs['outcome']).toBe('created');
    const second = await runComment(github, {
      inputs: { ...inputs, mode: 'hide-previous' },
      event: pullRequestEvent(6),
      workspace,
      runId: 701,
    });
    expect(second.outputs['outcome']).toBe('created');
    const comments = commentsOn(github, 6);
    expect(comments.map((c) => [parseStamp(c.body)?.runId, c.minimizedReason])).toEqual([
      [700, 'OUTDATED'],
      [701, undefined],
    ]);
    github.assertNoViolations();
  }, 120_000);

  it('on a push writes the job summary only', async () => {
    const push = webhookEvent('push', { repository: REPOSITORY });
    const before = github.requests.length;
    const run = await runComment(github, { inputs, event: push, workspace, runId: 600 });
    expect(run.outcome).toBe('success');
    expect(run.outputs['outcome']).toBe('summary-only');
    expect(run.summary).toContain('## ❌ mlgate: failed');
    expect(github.requests.length).toBe(before);
  }, 120_000);
});
