import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
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
import { parseProfile, parseReport } from '@mlgate/engine';
import { repoActions } from '../../scripts/repo-actions.js';

// Drift through the root action as the runner runs it, on real data (Seattle's daily weather): a push to
// main profiles the data in the validation pass and keeps the profile in the Actions cache; a pull request
// whose data is the same climate passes, one with only the summers fails (drift: severity: fail), shows the
// drift section with its charts in the sticky comment, names the drifted columns, and starts retrain.yml.
const project = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'drift-project');
const [OWNER, REPO, TOKEN] = ['acme', 'weather-model', 'ghs_driftRootActionWriteToken0000001'];
const mainSha = fakeSha('drift-main');

let github: LocalGitHub;
let services: ActionsServices;
let actionDir: string;
let scratch: string;
let runId = 900;

async function workspace(data: 'main' | 'stable' | 'drifted'): Promise<string> {
  const dir = await mkdtemp(path.join(scratch, `${data}-`));
  await cp(path.join(project, 'mlgate.yml'), path.join(dir, 'mlgate.yml'));
  await cp(path.join(project, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
  await cp(path.join(project, data), dir, { recursive: true });
  return dir;
}

function pullRequest(number: number, sha: string) {
  return webhookEvent('pull_request', {
    action: 'opened',
    repository: `${OWNER}/${REPO}`,
    overrides: {
      number,
      pull_request: { number, head: { sha, ref: `data-${number}` }, base: { sha: mainSha, ref: 'main' } },
      repository: { default_branch: 'main' },
    },
  });
}

async function run(event: ReturnType<typeof webhookEvent>, dir: string): Promise<ActionRun> {
  const id = ++runId;
  const pull = event.payload['pull_request'] as { number: number; head: { sha: string } } | undefined;
  return runAction(actionDir, {
    event,
    workspace: dir,
    // In the workspace: the runner's temp folder goes with the run, the reports are read afterwards.
    inputs: { 'report-dir': path.join(dir, 'reports') },
    env: services.envFor(
      pull !== undefined
        ? { runId: id, jobId: 1, ref: `refs/pull/${pull.number}/merge`, readFrom: ['refs/heads/main'] }
        : { runId: id, jobId: 1, ref: 'refs/heads/main' },
    ),
    github: {
      token: TOKEN,
      apiUrl: github.apiUrl,
      runId: String(id),
      ...(pull !== undefined ? { sha: pull.head.sha } : { sha: mainSha, ref: 'refs/heads/main' }),
    },
  });
}

beforeAll(async () => {
  [github, services] = await Promise.all([startLocalGitHub(), startActionsServices()]);
  actionDir = (await repoActions()).dir('.');
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-drift-'));
  github.state.addRepo(OWNER, REPO, { defaultBranch: 'main', headSha: mainSha });
  github.tokens.add(TOKEN, { access: 'write' });
  github.state.addWorkflow(OWNER, REPO, {
    file: 'retrain.yml',
    inputs: { reason: { required: true }, 'drifted-columns': {}, 'regressed-metrics': {}, sha: {} },
  });
  for (const [number, sha] of [
    [11, fakeSha('drift-stable')],
    [12, fakeSha('drift-summer')],
  ] as const) {
    github.state.addPullRequest(OWNER, REPO, {
      number,
      head: { ref: `data-${number}`, sha },
      base: { ref: 'main', sha: mainSha },
    });
  }
}, 120_000);

afterAll(async () => {
  await Promise.all([github?.close(), services?.close()]);
  await rm(scratch, { recursive: true, force: true });
});

describe('drift in the root action', () => {
  it('profiles the data on a push to main and keeps the profile beside the baseline in the cache', async () => {
    const dir = await workspace('main');
    const push = await run(
      webhookEvent('push', {
        repository: `${OWNER}/${REPO}`,
        overrides: { ref: 'refs/heads/main', after: mainSha, repository: { default_branch: 'main' } },
      }),
      dir,
    );
    expect(push.exitCode).toBe(0);
    // Nothing to compare with yet: neutral, and the step passes under the default fail-on.
    expect(push.outputs).toMatchObject({ verdict: 'neutral', reason: 'no-baseline', retrain: 'false' });
    expect(services.cache.list().map((entry) => entry.key)).toContain(`mlgate-profile-default-${mainSha}`);
    const reports = push.outputs['reports']!.split('\n');
    const profileFile = path.join(path.dirname(reports[0]!), 'profiles', 'profile-weather.json');
    const profile = parseProfile(await readFile(profileFile, 'utf8'), profileFile);
    expect(profile.rows).toBe(731);
    expect(profile.columns.find((c) => c.name === 'weather')?.categories?.exact).toBe(true);
    expect(dispatchesOf()).toEqual([]);
  });

  it('passes a pull request whose data is the same climate', async () => {
    const pr = await run(pullRequest(11, fakeSha('drift-stable')), await workspace('stable'));
    expect(pr.exitCode).toBe(0);
    expect(pr.outputs).toMatchObject({ verdict: 'pass', 'drifted-columns': '', retrain: 'false' });
    const comment = commentOn(11);
    expect(comment).toContain('Data drift');
    expect(comment).toContain('0 of 5 columns drifted');
  });

  it('fails a pull request with only the summers, shows the drift section and starts retraining', async () => {
    const pr = await run(pullRequest(12, fakeSha('drift-summer')), await workspace('drifted'));
    expect(pr.exitCode).toBe(1);
    expect(pr.outputs['verdict']).toBe('fail');
    expect(pr.outputs['drifted-columns']!.split(',').sort()).toEqual(
      ['precipitation', 'temp_max', 'temp_min', 'weather', 'wind'].sort(),
    );
    expect(pr.outputs['retrain']).toBe('true');

    const driftFile = pr.outputs['reports']!.split('\n').find((file) => file.endsWith('drift-weather.json'))!;
    const report = parseReport(await readFile(driftFile, 'utf8'), driftFile);
    expect(report.kind).toBe('mlgate/drift@1');

    const comment = commentOn(12);
    expect(comment).toContain('Data drift');
    expect(comment).toContain('temp_max');
    expect(comment).toContain('```mermaid');
    expect(comment).not.toMatch(/!\[[^\]]*\]\(https?:/);
    const check = github.state
      .findRepo(OWNER, REPO)!
      .checkRuns.find((run) => run.headSha === fakeSha('drift-summer'));
    expect(check?.conclusion).toBe('failure');
    expect(pr.annotations.some((a) => /temp_min/.test(a.message))).toBe(true);

    expect(dispatchesOf()).toEqual([
      expect.objectContaining({
        path: '.github/workflows/retrain.yml',
        inputs: expect.objectContaining({ 'drifted-columns': expect.stringContaining('temp_max') }),
      }),
    ]);
    expect(github.violations).toEqual([]);
    expect(github.responseViolations).toEqual([]);
    const profiles = await readdir(path.join(path.dirname(driftFile), 'profiles'));
    expect(profiles).toEqual(['profile-weather.json']);
  });
});

function commentOn(number: number): string {
  const comments = github.state.findRepo(OWNER, REPO)!.issueComments.filter((c) => c.issueNumber === number);
  expect(comments).toHaveLength(1);
  return comments[0]!.body;
}

function dispatchesOf() {
  return github.state.repo(OWNER, REPO).workflowDispatches;
}
