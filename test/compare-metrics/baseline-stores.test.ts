import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, webhookEvent } from '@mlgate/runner-harness';
import {
  buildModelManifest,
  compareMetrics,
  formatModelManifest,
  parseMetricsText,
  MetricPolicy,
  parseVersion,
} from '@mlgate/engine';
import {
  COMPARE_FIXTURES,
  METRICS_FIXTURES,
  OWNER,
  REPO,
  WRITE_TOKEN,
  commit,
  pullRequest,
  runCompare,
  startWorld,
  type World,
} from './compare-metrics-world.js';

let world: World;

beforeAll(async () => {
  world = await startWorld({ services: false });
});

afterAll(async () => {
  world?.github.assertNoViolations();
  await world?.close();
});

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

describe('baseline: release', () => {
  it('without a published release there is no baseline, and the check is neutral', async () => {
    const head = commit('release-pr-1');
    const run = await runCompare(world, {
      event: pullRequest(21, head, commit('main')),
      workspace: await world.workspace('current-regressed.json'),
      inputs: { baseline: 'release' },
      noCache: true,
    });

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      verdict: 'neutral',
      reason: 'no-baseline',
      'baseline-source': 'none',
    });
    expect(run.summary).toContain(`${OWNER}/${REPO} has no published release`);
  });

  it('compares with the metrics.json asset of the latest release, at the commit its tag points to', async () => {
    const { state } = world.github;
    const release = state.addRelease(OWNER, REPO, { tagName: 'model-v1', targetCommitish: 'main' });
    state.addReleaseAsset(OWNER, REPO, release.id, {
      name: 'metrics.json',
      contentType: 'application/json',
      content: await readFile(path.join(METRICS_FIXTURES, 'baseline.json')),
    });
    state.addRelease(OWNER, REPO, { tagName: 'model-v2-rc', prerelease: true });
    const tagged = state.repo(OWNER, REPO).refs.get('refs/tags/model-v1');

    const run = await runCompare(world, {
      event: pullRequest(22, commit('release-pr-2'), commit('main')),
      workspace: await world.workspace('current-regressed.json'),
      inputs: { baseline: 'release' },
      noCache: true,
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      verdict: 'fail',
      'baseline-source': 'release',
      'baseline-sha': tagged,
    });
    expect(run.summary).toContain('baseline: release model-v1, asset metrics.json (commit ');
    expect(run.summary).toContain('| ❌ fail | accuracy | 0.9 | 0.85 | -0.05 | -5.56% |');
  });
});

describe('baseline: release made by publish-model', () => {
  it('reads the metrics the gate passed the release with from its manifest.json', async () => {
    const { state } = world.github;
    const repo = 'published-models';
    state.addRepo(OWNER, repo, { defaultBranch: 'main' });
    const releaseCommit = commit('published-commit');
    const metricsText = await readFile(path.join(METRICS_FIXTURES, 'baseline.json'), 'utf8');
    const comparison = compareMetrics({
      current: parseMetricsText(metricsText, 'metrics.json'),
      currentFiles: ['metrics.json'],
      baseline: { provenance: { source: 'none', reason: 'first release' }, metrics: new Map() },
      policy: MetricPolicy.builtin(),
      subject: { repository: `${OWNER}/${repo}`, sha: releaseCommit },
    });
    const manifest = buildModelManifest({
      name: 'classifier',
      version: parseVersion('1.0.0'),
      subject: { repository: `${OWNER}/${repo}`, sha: releaseCommit },
      pullRequest: null,
      gate: { source: 'not-required' },
      reports: [{ file: 'comparison.json', report: comparison }],
      assets: [{ name: 'model.onnx', bytes: 3, sha256: 'a'.repeat(64) }],
      createdAt: new Date('2026-12-01T00:00:00Z'),
    });
    const release = state.addRelease(OWNER, repo, {
      tagName: 'classifier-v1.0.0',
      targetCommitish: releaseCommit,
    });
    state.addReleaseAsset(OWNER, repo, release.id, {
      name: 'manifest.json',
      content: formatModelManifest(manifest),
    });

    const run = await runAction(world.actionDir, {
      event: webhookEvent('pull_request', {
        action: 'opened',
        repository: `${OWNER}/${repo}`,
        overrides: { number: 3, pull_request: { number: 3, head: { sha: commit('published-pr') } } },
      }),
      workspace: await world.workspace('current-regressed.json'),
      inputs: { baseline: 'release' },
      github: { token: WRITE_TOKEN, apiUrl: world.github.apiUrl },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      verdict: 'fail',
      'baseline-source': 'release',
      'baseline-sha': releaseCommit,
    });
    expect(run.summary).toContain('baseline: release classifier-v1.0.0, asset manifest.json (commit ');
    expect(run.summary).toContain('| ❌ fail | accuracy | 0.9 | 0.85 | -0.05 | -5.56% |');
  });
});

describe('baseline: file', () => {
  it('reads a metrics file from the workspace', async () => {
    const workspace = await world.workspace('current-improved.json');
    await copyFile(path.join(METRICS_FIXTURES, 'baseline.json'), path.join(workspace, 'main-metrics.json'));
    const run = await runCompare(world, {
      event: pullRequest(23, commit('file-pr'), commit('main')),
      workspace,
      inputs: { baseline: 'file:main-metrics.json' },
      noCache: true,
    });

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'baseline-source': 'file', 'baseline-sha': '' });
  });
});

describe('baseline: git:<ref>', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'mlgate-compare-git-'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reads the same metrics file at the ref, fetching it into a shallow pull request checkout', async () => {
    const origin = path.join(root, 'origin');
    git(root, 'init', '-q', '-b', 'main', origin);
    await copyFile(path.join(METRICS_FIXTURES, 'baseline.json'), path.join(origin, 'metrics.json'));
    await copyFile(path.join(COMPARE_FIXTURES, 'mlgate.yml'), path.join(origin, 'mlgate.yml'));
    git(origin, 'add', '.');
    git(origin, 'commit', '-q', '-m', 'baseline');
    const mainSha = git(origin, 'rev-parse', 'HEAD');
    git(origin, 'checkout', '-q', '-b', 'feature');
    await copyFile(path.join(METRICS_FIXTURES, 'current-regressed.json'), path.join(origin, 'metrics.json'));
    git(origin, 'commit', '-q', '-am', 'worse');
    const head = git(origin, 'rev-parse', 'HEAD');
    const workspace = path.join(root, 'checkout');
    git(root, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, workspace);

    const run = await runCompare(world, {
      event: pullRequest(24, head, mainSha),
      workspace,
      inputs: { baseline: 'git:main' },
      noCache: true,
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', 'baseline-source': 'git', 'baseline-sha': mainSha });
    expect(run.summary).toContain(`baseline: metrics.json at main (commit ${mainSha.slice(0, 7)}, `);
  });
});
