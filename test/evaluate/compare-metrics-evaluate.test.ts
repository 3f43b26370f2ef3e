import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ActionRun, WebhookEvent } from '@mlgate/runner-harness';
import {
  OWNER,
  REPO,
  commit,
  pullRequest,
  pushToMain,
  runCompare,
  startWorld,
  type World,
} from '../compare-metrics/compare-metrics-world.js';
import { PENGUIN_EXAMPLES, evaluationOf, flipped, penguinPredictionLines } from './penguin-predictions.js';

// Predictions through the bundled compare-metrics action, as the root action takes them (see
// root-action-evaluate.test.ts): a push to main keeps the penguins' predictions beside the metrics baseline;
// a pull request whose model gets two more of the 167 examples wrong passes as "not significant" under a
// tolerance of 0, one that gets 40 more wrong fails. The metrics file stays the same throughout, so every
// verdict here is the predictions'.
const MAIN = commit('penguins-main');
const PREDICTIONS_KEY = `mlgate-predictions-penguins-${MAIN}`;

function config(name: string, predictions: boolean): string {
  return [
    'metrics:',
    '  files: metrics.json',
    '  default: { direction: none }',
    '  rules:',
    '    accuracy: { direction: higher, tolerance: 0, significance: { alpha: 0.05 } }',
    'baseline:',
    `  name: ${name}`,
    ...(predictions ? ['evaluate:', '  predictions: predictions.csv'] : []),
    '',
  ].join('\n');
}

let world: World;
let lines: string[];

beforeAll(async () => {
  [world, lines] = await Promise.all([startWorld(), penguinPredictionLines()]);
}, 120_000);

afterAll(async () => {
  await world?.close();
});

/** A workspace with the unchanged metrics.json, mlgate.yml and the given files. */
function workspace(mlgateYml: string, files: Readonly<Record<string, string>>): Promise<string> {
  return world.workspace('baseline.json', { 'mlgate.yml': mlgateYml, ...files });
}

/** The bundled action for the event, its reports written in the workspace (the runner's temp is gone after). */
function compare(
  event: WebhookEvent,
  dir: string,
  inputs: Readonly<Record<string, string>> = {},
): Promise<ActionRun> {
  return runCompare(world, { event, workspace: dir, inputs: { 'report-dir': `${dir}/reports`, ...inputs } });
}

function checkRunOn(sha: string) {
  const runs = world.github.state.repo(OWNER, REPO).checkRuns.filter((run) => run.headSha === sha);
  expect(runs).toHaveLength(1);
  return runs[0]!;
}

async function accuracyOf(run: ActionRun) {
  return (await evaluationOf(run)).metrics.find((metric) => metric.name === 'accuracy')!;
}

describe('predictions in the compare-metrics action', () => {
  it('keeps the predictions named by mlgate.yml on a push to main, beside the metrics baseline', async () => {
    const dir = await workspace(config('penguins', true), { 'predictions.csv': lines.join('\n') });
    const push = await compare(pushToMain(MAIN), dir);

    expect(push.exitCode).toBe(0);
    expect(push.outputs).toMatchObject({ verdict: 'neutral', reason: 'no-baseline' });
    expect(await evaluationOf(push)).toMatchObject({
      verdict: 'neutral',
      neutralReason: 'no-baseline',
      files: { current: 'predictions.csv' },
    });
    expect(push.log).toContain(`Saved the predictions as cache entry '${PREDICTIONS_KEY}'`);
    expect(world.services.cache.list().map((entry) => entry.key)).toEqual(
      expect.arrayContaining([`mlgate-baseline-penguins-${MAIN}`, PREDICTIONS_KEY]),
    );
  });

  it('passes a pull request with a small, noisy drop, showing the interval next to Δ', async () => {
    const head = commit('penguins-noisy');
    // The input wins over mlgate.yml: predictions.csv is main's, candidate.csv the pull request's model.
    const dir = await workspace(config('penguins', true), {
      'predictions.csv': lines.join('\n'),
      'candidate.csv': flipped(lines, 2),
    });
    const pr = await compare(pullRequest(31, head, MAIN), dir, { predictions: 'candidate.csv' });

    expect(pr.exitCode).toBe(0);
    expect(pr.outputs).toMatchObject({ verdict: 'pass', regressions: '0', 'baseline-sha': MAIN });
    expect(pr.log).toContain(`Cache hit for: ${PREDICTIONS_KEY}`);
    const accuracy = await accuracyOf(pr);
    expect(accuracy.delta).toBeCloseTo(-2 / PENGUIN_EXAMPLES, 9);
    expect(accuracy).toMatchObject({ significant: false, verdict: 'pass', bySignificance: true });
    expect(pr.summary).toContain('- ✅ **Model evaluation**: 6 metrics held \\(1 change not significant\\)');
    expect(pr.summary).toContain(`candidate.csv against cache ${PREDICTIONS_KEY}`);
    expect(pr.summary).toContain('| Metric | Baseline | Current | Δ [interval] | p-value | Verdict |');
    expect(pr.summary).toMatch(
      /\| accuracy \| 0\.706587 \| 0\.694611 \| −1\.2 pts \[−\d\.\d, 0\], not significant \|/,
    );
    const check = checkRunOn(head);
    expect(check).toMatchObject({ name: 'mlgate / metrics', conclusion: 'success' });
    expect(check.output.summary).toContain('−1.2 pts [');
  });

  it('fails a pull request whose model gets 40 more examples wrong (predictions from mlgate.yml)', async () => {
    const head = commit('penguins-real');
    const dir = await workspace(config('penguins', true), { 'predictions.csv': flipped(lines, 40) });
    const pr = await compare(pullRequest(32, head, MAIN), dir);

    expect(pr.exitCode).toBe(1);
    expect(pr.outputs).toMatchObject({ verdict: 'fail', 'baseline-sha': MAIN });
    expect(Number(pr.outputs['regressions'])).toBeGreaterThanOrEqual(1);
    const accuracy = await accuracyOf(pr);
    expect(accuracy.delta).toBeCloseTo(-40 / PENGUIN_EXAMPLES, 9);
    expect(accuracy).toMatchObject({ significant: true, verdict: 'fail' });
    expect(accuracy.pValue).toBeLessThan(0.001);
    expect(pr.summary).toContain('## ❌ mlgate / metrics: failed');
    expect(pr.summary).toMatch(/\| accuracy \| 0\.706587 \| 0\.467066 \| −24 pts \[[^\]]+\], significant \|/);
    expect(checkRunOn(head)).toMatchObject({ conclusion: 'failure' });
  });

  it('a pull request on a commit of main without its own predictions is judged against the newest kept', async () => {
    const dir = await workspace(config('penguins', true), { 'predictions.csv': flipped(lines, 2) });
    const pr = await compare(
      pullRequest(33, commit('penguins-on-uncached'), commit('penguins-main-uncached')),
      dir,
    );

    expect(pr.exitCode).toBe(0);
    expect(pr.log).toContain(`Cache hit for restore-key: ${PREDICTIONS_KEY}`);
    expect(await evaluationOf(pr)).toMatchObject({ files: { baseline: `cache ${PREDICTIONS_KEY}` } });
  });

  it('without kept predictions: the metrics are compared, the predictions evaluated alone, and the log says why', async () => {
    // A second model, whose pushes never kept predictions; its metrics baseline is a file.
    const dir = await workspace(config('tabular', true), {
      'predictions.csv': lines.join('\n'),
      'main-metrics.json': JSON.stringify({ accuracy: 0.9, loss: 0.25 }),
    });
    const pr = await compare(pullRequest(34, commit('tabular-pr'), MAIN), dir, {
      baseline: 'file:main-metrics.json',
    });

    expect(pr.exitCode).toBe(0);
    // The metrics passed, but with nothing to compare the predictions against the whole is neutral.
    expect(pr.outputs).toMatchObject({
      verdict: 'neutral',
      reason: 'no-baseline',
      regressions: '0',
      'baseline-source': 'file',
    });
    expect(pr.log).toContain(
      "No baseline predictions: no cache entry 'mlgate-predictions-tabular-*' yet: a push to the default branch saves one",
    );
    const evaluation = await evaluationOf(pr);
    expect(evaluation).toMatchObject({ verdict: 'neutral', neutralReason: 'no-baseline' });
    expect(evaluation.metrics.find((metric) => metric.name === 'accuracy')).not.toHaveProperty('ci');
    expect(pr.summary).toContain('- ✅ **Metrics**: no regressions');
    expect(pr.summary).toContain('- ℹ️ **Model evaluation**: no baseline predictions; 6 metrics computed');
    expect(pr.summary).not.toContain('significant');
  });

  it('made no request the local GitHub had to reject', () => {
    world.github.assertNoViolations();
  });
});
