import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ActionRun } from '@mlgate/runner-harness';
import {
  COMPARE_FIXTURES,
  OWNER,
  READ_TOKEN,
  REPO,
  commit,
  pullRequest,
  pushToMain,
  runCompare,
  startWorld,
  type World,
} from './compare-metrics-world.js';

const MAIN_1 = commit('main-1');
const MAIN_2 = commit('main-2');
const KEY_PREFIX = 'mlgate-baseline-classifier-';

/** A validate-data report, whose fingerprints a baseline keeps. */
const VALIDATION_REPORT_TEXT = readFileSync(
  path.join(COMPARE_FIXTURES, '..', 'reports', 'validation-invalid.json'),
  'utf8',
);
const VALIDATION_REPORT = JSON.parse(VALIDATION_REPORT_TEXT) as {
  fingerprint: string;
  schema: { sha256: string };
  files: { path: string; sha256: string; rows: number }[];
};

let world: World;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.close();
});

function checkRunsOn(sha: string) {
  return world.github.state.repo(OWNER, REPO).checkRuns.filter((run) => run.headSha === sha);
}

function annotationsOf(run: ActionRun, level: 'error' | 'warning') {
  return run.annotations.filter((annotation) => annotation.level === level && annotation.source === 'action');
}

describe('compare-metrics with the cache baseline', () => {
  it('a pull request before any baseline exists is neutral and passes', async () => {
    const head = commit('pr-1-head');
    const run = await runCompare(world, {
      event: pullRequest(1, head, MAIN_1),
      workspace: await world.workspace('current-regressed.json'),
    });

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      verdict: 'neutral',
      reason: 'no-baseline',
      'baseline-source': 'none',
      'baseline-sha': '',
    });
    expect(run.summary).toContain('## ℹ️ mlgate / metrics: nothing to compare against');
    expect(checkRunsOn(head)).toEqual([
      expect.objectContaining({ name: 'mlgate / metrics', status: 'completed', conclusion: 'neutral' }),
    ]);
  });

  it('a push to main saves the baseline under its commit and compares with nothing before it', async () => {
    const workspace = await world.workspace('baseline.json', {
      'reports/validation.json': VALIDATION_REPORT_TEXT,
    });
    const run = await runCompare(world, {
      event: pushToMain(MAIN_1),
      workspace,
      inputs: { 'data-report': 'reports/validation.json' },
    });

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'neutral', reason: 'no-baseline' });
    const entries = world.services.cache.list().filter((entry) => entry.key.startsWith(KEY_PREFIX));
    expect(entries).toEqual([
      expect.objectContaining({
        key: `${KEY_PREFIX}${MAIN_1}`,
        scope: 'refs/heads/main',
        state: 'committed',
      }),
    ]);
    expect(run.log).toContain(`Saved the baseline as cache entry '${KEY_PREFIX}${MAIN_1}'`);
    const snapshot = JSON.parse(
      await readFile(`${workspace}/.mlgate/baseline/classifier/baseline.json`, 'utf8'),
    ) as { kind: string; provenance: { commit: string }; metrics: Record<string, unknown> };
    expect(snapshot).toMatchObject({
      kind: 'mlgate/baseline@1',
      provenance: { source: 'cache', key: `${KEY_PREFIX}${MAIN_1}`, commit: MAIN_1 },
      metrics: { accuracy: 0.9, 'per_class.dog.recall': 0.82 },
      data: [
        {
          kind: 'mlgate/validation@1',
          fingerprint: VALIDATION_REPORT.fingerprint,
          schemaSha256: VALIDATION_REPORT.schema.sha256,
          files: VALIDATION_REPORT.files.map(({ path, sha256, rows }) => ({ path, sha256, rows })),
        },
      ],
    });
  });

  it('a pull request with a regression fails with the table and a failing check run on its head', async () => {
    const head = commit('pr-2-head');
    const workspace = await world.workspace('current-regressed.json');
    const run = await runCompare(world, {
      event: pullRequest(2, head, MAIN_1),
      workspace,
      inputs: { 'report-dir': `${workspace}/reports` },
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      verdict: 'fail',
      regressions: '3',
      'baseline-source': 'cache',
      'baseline-sha': MAIN_1,
    });
    expect(run.log).toContain(`Cache hit for: ${KEY_PREFIX}${MAIN_1}`);
    expect(run.summary).toContain('## ❌ mlgate / metrics: failed');
    expect(run.summary).toContain(
      `baseline: cache entry ${KEY_PREFIX}${MAIN_1} (commit ${MAIN_1.slice(0, 7)}, `,
    );
    expect(run.summary).toContain('| Status | Metric | Baseline | Current | Δ | Δ% |');
    expect(run.summary).toContain('| ❌ fail | accuracy | 0.9 | 0.85 | -0.05 | -5.56% |');
    expect(run.summary).toContain('| ❌ fail | loss | 0.25 | 0.3 | +0.05 | +20% |');
    expect(run.summary).toContain('| ⚠️ warn | per\\_class.dog.recall | 0.82 | 0.7 | -0.12 | -14.6% |');
    expect(run.summary).toContain('| ✅ pass | latency\\_ms | 12.5 | 12.6 | +0.1 | +0.8% |');
    expect(annotationsOf(run, 'error')).toContainEqual(
      expect.objectContaining({ file: 'metrics.json', line: 2, title: 'accuracy: fail' }),
    );

    const [check] = checkRunsOn(head);
    expect(check).toMatchObject({ name: 'mlgate / metrics', conclusion: 'failure' });
    expect(check?.output.summary).toContain('| ❌ fail | accuracy | 0.9 | 0.85 | -0.05 | -5.56% |');
    expect(check?.annotations).toContainEqual(
      expect.objectContaining({ path: 'metrics.json', start_line: 2, annotation_level: 'failure' }),
    );
    expect(run.outputs['reports']).toBe(`${workspace}/reports/comparison-metrics.json`);
    const report = JSON.parse(await readFile(run.outputs['reports'] ?? '', 'utf8')) as Record<
      string,
      unknown
    >;
    expect(report).toMatchObject({
      kind: 'mlgate/comparison@1',
      verdict: 'fail',
      subject: { repository: `${OWNER}/${REPO}`, sha: head, pullRequest: 2 },
      baseline: { source: 'cache', commit: MAIN_1 },
    });
  });

  it('a pull request with an improvement passes with a successful check run', async () => {
    const head = commit('pr-3-head');
    const run = await runCompare(world, {
      event: pullRequest(3, head, MAIN_1, 'synchronize'),
      workspace: await world.workspace('current-improved.json'),
    });

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', regressions: '0', 'baseline-sha': MAIN_1 });
    expect(run.summary).toContain('| 📈 improved | accuracy | 0.9 | 0.93 | +0.03 | +3.33% |');
    expect(checkRunsOn(head)).toEqual([expect.objectContaining({ conclusion: 'success' })]);
  });

  it('the next push to main compares with the one before it, then saves its own', async () => {
    const workspace = await world.workspace('current-improved.json');
    const run = await runCompare(world, { event: pushToMain(MAIN_2, MAIN_1), workspace });

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'baseline-sha': MAIN_1 });
    expect(checkRunsOn(MAIN_2)).toEqual([expect.objectContaining({ conclusion: 'success' })]);
    expect(world.services.cache.list().map((entry) => entry.key)).toContain(`${KEY_PREFIX}${MAIN_2}`);
    // The new baseline remembers the one it was compared with, then itself: the start of a trend.
    const snapshot = JSON.parse(
      await readFile(`${workspace}/.mlgate/baseline/classifier/baseline.json`, 'utf8'),
    ) as { history: { commits: { commit: string }[]; values: Record<string, unknown[]> } };
    expect(snapshot.history.commits.map((entry) => entry.commit)).toEqual([MAIN_1, MAIN_2]);
    expect(snapshot.history.values['accuracy']).toEqual([0.9, 0.93]);
  });

  it('a pull request on that push sees the trend of main in a Trend column', async () => {
    const run = await runCompare(world, {
      event: pullRequest(10, commit('pr-10-head'), MAIN_2),
      workspace: await world.workspace('current-improved.json'),
    });
    expect(run.outputs['baseline-sha']).toBe(MAIN_2);
    expect(run.summary).toContain('| Δ% | Trend |');
    expect(run.summary).toMatch(/\| accuracy \| 0\.93 \| 0\.93 \| 0 \| 0% \| ▁██ \|/);
  });

  it('a pull request based on an older commit of main is measured against that commit', async () => {
    const run = await runCompare(world, {
      event: pullRequest(4, commit('pr-4-head'), MAIN_1),
      workspace: await world.workspace('current-improved.json'),
    });
    expect(run.outputs['baseline-sha']).toBe(MAIN_1);

    const newer = await runCompare(world, {
      event: pullRequest(5, commit('pr-5-head'), commit('main-not-cached')),
      workspace: await world.workspace('current-improved.json'),
    });
    expect(newer.outputs['baseline-sha']).toBe(MAIN_2);
  });

  it('never saves a baseline from a pull request', async () => {
    const before = world.services.cache.list().length;
    await runCompare(world, {
      event: pullRequest(6, commit('pr-6-head'), MAIN_2),
      workspace: await world.workspace('current-regressed.json'),
    });
    expect(world.services.cache.list()).toHaveLength(before);
  });

  it('require-baseline turns a missing baseline into a failure', async () => {
    const head = commit('pr-7-head');
    const run = await runCompare(world, {
      event: pullRequest(7, head, MAIN_2),
      workspace: await world.workspace('current-improved.json'),
      inputs: { 'baseline-name': 'never-saved', 'require-baseline': 'true' },
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', 'baseline-source': 'none' });
    expect(run.summary).toContain('a baseline is required but there is none');
    expect(checkRunsOn(head)).toEqual([expect.objectContaining({ conclusion: 'failure' })]);
  });

  it('with a read-only token: no check run, one warning, and the verdict still sets the exit code', async () => {
    const head = commit('pr-8-head');
    const run = await runCompare(world, {
      event: pullRequest(8, head, MAIN_1),
      workspace: await world.workspace('current-regressed.json'),
      token: READ_TOKEN,
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs['verdict']).toBe('fail');
    expect(checkRunsOn(head)).toEqual([]);
    expect(annotationsOf(run, 'warning')).toContainEqual(
      expect.objectContaining({
        message: expect.stringContaining("no check run 'mlgate / metrics': the token cannot write checks"),
      }),
    );
    expect(run.summary).toContain('## ❌ mlgate / metrics: failed');
  });

  it('fail-on: never reports a failure without failing the step, and the check run is neutral', async () => {
    const head = commit('pr-9-head');
    const run = await runCompare(world, {
      event: pullRequest(9, head, MAIN_1),
      workspace: await world.workspace('current-regressed.json'),
      inputs: { 'fail-on': 'never', 'check-name': 'quality' },
    });

    expect(run.exitCode).toBe(0);
    expect(run.outputs['verdict']).toBe('fail');
    expect(checkRunsOn(head)).toEqual([
      expect.objectContaining({ name: 'mlgate / quality', conclusion: 'neutral' }),
    ]);
  });

  it('made no request the local GitHub had to reject', () => {
    world.github.assertNoViolations();
  });
});
