import { appendFile, copyFile, cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  fakeSha,
  startActionsServices,
  startLocalGitHub,
  type ActionsServices,
  type LocalGitHub,
} from '@mlgate/local-github';
import { runAction, webhookEvent, type ActionRun } from '@mlgate/runner-harness';
import { repoActions } from '../scripts/repo-actions.js';

// The root action as a workflow uses it: configured by mlgate.yml alone, a push to main keeps the baseline,
// and pull requests are gated against it with one sticky comment kept current.
const project = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'demo-project');
const [OWNER, REPO, TOKEN] = ['acme', 'churn-model', 'ghs_rootActionWriteToken00000000001'];
const mainSha = fakeSha('root-main');
const headSha = fakeSha('root-head-1');
const fixedSha = fakeSha('root-head-2');

let github: LocalGitHub;
let services: ActionsServices;
let actionDir: string;
let scratch: string;
let runId = 500;

async function workspace(stage: 'main' | 'pull-request'): Promise<string> {
  const dir = await mkdtemp(path.join(scratch, `${stage}-`));
  await cp(path.join(project, 'mlgate.yml'), path.join(dir, 'mlgate.yml'));
  await cp(path.join(project, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
  await cp(path.join(project, stage), dir, { recursive: true });
  return dir;
}

function pullRequest(sha: string, action: 'opened' | 'synchronize') {
  return webhookEvent('pull_request', {
    action,
    repository: `${OWNER}/${REPO}`,
    overrides: {
      number: 7,
      pull_request: { number: 7, head: { sha, ref: 'retrain' }, base: { sha: mainSha, ref: 'main' } },
      repository: { default_branch: 'main' },
    },
  });
}

async function run(
  event: ReturnType<typeof webhookEvent>,
  stage: 'main' | 'pull-request',
  prepared?: string,
): Promise<ActionRun> {
  const id = ++runId;
  const pull = event.payload['pull_request'] !== undefined;
  return runAction(actionDir, {
    event,
    workspace: prepared ?? (await workspace(stage)),
    env: services.envFor(
      pull
        ? { runId: id, jobId: 1, ref: 'refs/pull/7/merge', readFrom: ['refs/heads/main'] }
        : { runId: id, jobId: 1, ref: 'refs/heads/main' },
    ),
    github: { token: TOKEN, apiUrl: github.apiUrl, runId: String(id) },
  });
}

beforeAll(async () => {
  [github, services] = await Promise.all([startLocalGitHub(), startActionsServices()]);
  actionDir = (await repoActions()).dir('.');
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-root-'));
  await mkdir(scratch, { recursive: true });
  github.state.addRepo(OWNER, REPO, { defaultBranch: 'main' });
  github.tokens.add(TOKEN, { access: 'write' });
  github.state.addPullRequest(OWNER, REPO, {
    number: 7,
    head: { ref: 'retrain', sha: headSha },
    base: { ref: 'main', sha: mainSha },
  });
});

afterAll(async () => {
  await Promise.all([github?.close(), services?.close()]);
  await rm(scratch, { recursive: true, force: true });
});

describe('the root action', () => {
  it('keeps the baseline on a push to main, without commenting anywhere', async () => {
    const push = await run(
      webhookEvent('push', {
        repository: `${OWNER}/${REPO}`,
        overrides: { ref: 'refs/heads/main', after: mainSha, repository: { default_branch: 'main' } },
      }),
      'main',
    );
    expect(push.exitCode).toBe(0);
    expect(push.outputs['valid']).toBe('true');
    expect(services.cache.list().map((entry) => entry.key)).toEqual([`mlgate-baseline-churn-${mainSha}`]);
    expect(github.state.findRepo(OWNER, REPO)?.issueComments).toEqual([]);
  });

  it('fails a pull request whose model regressed, with a failing check and one sticky comment', async () => {
    const pr = await run(pullRequest(headSha, 'opened'), 'pull-request');
    expect(pr.exitCode).toBe(1);
    expect(pr.outputs['verdict']).toBe('fail');
    expect(pr.outputs['regressions']).toBe('3');
    expect(pr.outputs['valid']).toBe('false');
    expect(pr.annotations.filter((a) => a.file === 'data/customers.csv').map((a) => a.line)).toEqual([
      4, 5, 7, 8,
    ]);
    const repo = github.state.findRepo(OWNER, REPO)!;
    const checks = repo.checkRuns.filter((check) => check.headSha === headSha);
    expect(checks.map((check) => [check.name, check.conclusion])).toEqual([['mlgate / quality', 'failure']]);
    expect(repo.issueComments).toHaveLength(1);
    expect(repo.issueComments[0]?.body).toContain('| ❌ fail | accuracy | 0.912 | 0.897 |');
    expect(repo.issueComments[0]?.body).toContain('Data validation');
    // A text metric that changed is a change, never among the metrics that passed.
    expect(repo.issueComments[0]?.body).toMatch(/\| 🔄 changed \| model \| gbdt-v12 \| gbdt-v13 \|/);
    expect(pr.summary).toContain('accuracy');
  });

  it('shares the ten annotations the runner shows between data errors and the regressions', async () => {
    const dir = await workspace('pull-request');
    const bad = Array.from(
      { length: 30 },
      (_, i) => `C9${String(i).padStart(5, '0')},2020-01-01,pro,-1.0,10,false`,
    );
    await appendFile(path.join(dir, 'data', 'customers.csv'), `${bad.join('\n')}\n`);
    const pr = await run(pullRequest(headSha, 'synchronize'), 'pull-request', dir);
    expect(pr.exitCode).toBe(1);
    const errors = pr.annotations.filter((a) => a.level === 'error' && a.source === 'action');
    expect(errors.length).toBeLessThanOrEqual(10);
    // Every regression stays visible: two errors and the warn-level recall drop.
    const onMetrics = pr.annotations.filter((a) => a.file === 'out/metrics.json');
    expect(onMetrics.map((a) => [a.level, a.line])).toEqual([
      ['error', 2],
      ['error', 4],
      ['warning', 7],
    ]);
    expect(errors.some((a) => /^\d+ more problems? not shown as annotations/.test(a.message))).toBe(true);
  });

  it('fails the check run on invalid data though the metrics pass, with the data annotations on it', async () => {
    const sha = fakeSha('root-bad-data');
    github.state.pushToPullRequest(OWNER, REPO, 7, sha);
    const dir = await workspace('pull-request');
    await copyFile(path.join(project, 'main', 'out', 'metrics.json'), path.join(dir, 'out', 'metrics.json'));
    const pr = await run(pullRequest(sha, 'synchronize'), 'pull-request', dir);

    expect(pr.exitCode).toBe(1);
    expect(pr.outputs).toMatchObject({ verdict: 'fail', valid: 'false', regressions: '0', reason: '' });
    const [check, ...others] = github.state
      .findRepo(OWNER, REPO)!
      .checkRuns.filter((candidate) => candidate.headSha === sha);
    expect(others).toEqual([]);
    expect(check).toMatchObject({ name: 'mlgate / quality', conclusion: 'failure' });
    expect(check?.output.title).toMatch(/^failed: \d+ errors? in 1 of 1 file$/);
    const annotations = (check?.annotations ?? []) as {
      path: string;
      start_line: number;
      annotation_level: string;
    }[];
    expect(
      annotations
        .filter((annotation) => annotation.path === 'data/customers.csv')
        .map((annotation) => [annotation.start_line, annotation.annotation_level]),
    ).toEqual([
      [4, 'failure'],
      [5, 'failure'],
      [7, 'failure'],
      [8, 'failure'],
    ]);
    expect(pr.outputs['check-run-url']).toMatch(new RegExp(`/${OWNER}/${REPO}/runs/${check?.id}$`));
  });

  it('with comment: false still writes the job summary, the check run and the outputs', async () => {
    const sha = fakeSha('root-no-comment');
    github.state.pushToPullRequest(OWNER, REPO, 7, sha);
    const before = github.state.findRepo(OWNER, REPO)!.issueComments.map((comment) => comment.body);
    const pr = await runAction(actionDir, {
      event: pullRequest(sha, 'synchronize'),
      workspace: await workspace('pull-request'),
      inputs: { comment: 'false' },
      env: services.envFor({
        runId: ++runId,
        jobId: 1,
        ref: 'refs/pull/7/merge',
        readFrom: ['refs/heads/main'],
      }),
      github: { token: TOKEN, apiUrl: github.apiUrl, runId: String(runId) },
    });

    expect(pr.exitCode).toBe(1);
    expect(pr.outputs).toMatchObject({ verdict: 'fail', valid: 'false', regressions: '3' });
    expect(pr.outputs['reports']?.split('\n')).toHaveLength(2);
    expect(pr.outputs['comment-url']).toBeUndefined();
    expect(pr.summary).toMatch(/^## ❌ mlgate \/ quality: failed\n/);
    expect(pr.summary).toContain('### ❌ Data validation:');
    expect(pr.summary).toContain('### ❌ Metrics: 2 metrics failed');
    const repo = github.state.findRepo(OWNER, REPO)!;
    expect(repo.checkRuns.filter((check) => check.headSha === sha).map((check) => check.conclusion)).toEqual([
      'failure',
    ]);
    expect(repo.issueComments.map((comment) => comment.body)).toEqual(before);
  });

  it('passes once the pull request is fixed, editing the same comment in place', async () => {
    github.state.pushToPullRequest(OWNER, REPO, 7, fixedSha);
    const fixed = await run(pullRequest(fixedSha, 'synchronize'), 'main');
    expect(fixed.exitCode).toBe(0);
    const comments = github.state.findRepo(OWNER, REPO)!.issueComments;
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain(`sha=${fixedSha}`);
    expect(comments[0]?.body).not.toContain('❌ fail');
    github.assertNoViolations();
  });
});
