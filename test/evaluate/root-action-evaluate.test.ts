import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  fakeSha,
  startActionsServices,
  startLocalGitHub,
  type ActionsServices,
  type LocalGitHub,
} from '@mlgate/local-github';
import { runAction, webhookEvent, type ActionRun } from '@mlgate/runner-harness';
import { repoActions } from '../../scripts/repo-actions.js';
import { PENGUIN_EXAMPLES, evaluationOf, flipped, penguinPredictionLines } from './penguin-predictions.js';

// Predictions through the root action as the runner runs it, on the penguins' sex (167 test examples): a
// push to main evaluates them and keeps them, compressed, in the Actions cache; a pull request whose model
// gets two more examples wrong (a noisy 1.2-point drop) passes as "not significant" under a tolerance of 0,
// one that gets 40 more wrong fails.
const [OWNER, REPO, TOKEN] = ['acme', 'penguin-model', 'ghs_evaluateRootActionWriteToken00001'];
const mainSha = fakeSha('evaluate-main');
const CONFIG = [
  'metrics:',
  '  default: { direction: none }',
  '  rules:',
  '    accuracy: { direction: higher, tolerance: 0, significance: { alpha: 0.05 } }',
  "    'slice.*.accuracy': { direction: higher, tolerance: 0.05, severity: warn }",
  'evaluate:',
  '  predictions: predictions.csv',
  '  slices: [island]',
  '',
].join('\n');

let github: LocalGitHub;
let services: ActionsServices;
let actionDir: string;
let scratch: string;
let lines: string[];
let runId = 1300;

async function workspace(predictions: string): Promise<string> {
  const dir = await mkdtemp(path.join(scratch, 'ws-'));
  await writeFile(path.join(dir, 'mlgate.yml'), CONFIG);
  await writeFile(path.join(dir, 'predictions.csv'), predictions);
  return dir;
}

function pullRequest(number: number, sha: string) {
  return webhookEvent('pull_request', {
    action: 'opened',
    repository: `${OWNER}/${REPO}`,
    overrides: {
      number,
      pull_request: { number, head: { sha, ref: `model-${number}` }, base: { sha: mainSha, ref: 'main' } },
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
    inputs: {
      'report-dir': path.join(dir, 'reports'),
      // The input wins over mlgate.yml's evaluate.predictions; pushes use the config's.
      ...(pull !== undefined ? { predictions: 'predictions.csv' } : {}),
    },
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
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-evaluate-'));
  lines = await penguinPredictionLines();
  github.state.addRepo(OWNER, REPO, { defaultBranch: 'main', headSha: mainSha });
  github.tokens.add(TOKEN, { access: 'write' });
  for (const [number, sha] of [
    [21, fakeSha('evaluate-noisy')],
    [22, fakeSha('evaluate-real')],
  ] as const) {
    github.state.addPullRequest(OWNER, REPO, {
      number,
      head: { ref: `model-${number}`, sha },
      base: { ref: 'main', sha: mainSha },
    });
  }
}, 120_000);

afterAll(async () => {
  await Promise.all([github?.close(), services?.close()]);
  await rm(scratch, { recursive: true, force: true });
});

describe('predictions in the root action', () => {
  it('evaluates the predictions on a push to main and keeps them, compressed, beside the baseline', async () => {
    const push = await run(
      webhookEvent('push', {
        repository: `${OWNER}/${REPO}`,
        overrides: { ref: 'refs/heads/main', after: mainSha, repository: { default_branch: 'main' } },
      }),
      await workspace(lines.join('\n')),
    );
    expect(push.exitCode).toBe(0);
    expect(push.outputs).toMatchObject({ verdict: 'neutral', reason: 'no-baseline' });
    expect(await evaluationOf(push)).toMatchObject({ verdict: 'neutral', neutralReason: 'no-baseline' });
    expect(services.cache.list().map((entry) => entry.key)).toContain(
      `mlgate-predictions-default-${mainSha}`,
    );
  });

  it('passes a pull request with a small, noisy drop in accuracy as not significant', async () => {
    const pr = await run(pullRequest(21, fakeSha('evaluate-noisy')), await workspace(flipped(lines, 2)));
    expect(pr.exitCode).toBe(0);
    expect(pr.outputs['verdict']).toBe('pass');
    const accuracy = (await evaluationOf(pr)).metrics.find((m) => m.name === 'accuracy')!;
    expect(accuracy.delta).toBeCloseTo(-2 / PENGUIN_EXAMPLES, 9);
    expect(accuracy).toMatchObject({ significant: false, verdict: 'pass' });
    expect(commentOn(21)).toContain('not significant');
    expect(commentOn(21)).toContain('slice.island=Biscoe.accuracy');
  });

  it('fails a pull request whose model gets 40 more examples wrong', async () => {
    const pr = await run(pullRequest(22, fakeSha('evaluate-real')), await workspace(flipped(lines, 40)));
    expect(pr.exitCode).toBe(1);
    expect(pr.outputs['verdict']).toBe('fail');
    const accuracy = (await evaluationOf(pr)).metrics.find((m) => m.name === 'accuracy')!;
    expect(accuracy).toMatchObject({ significant: true, verdict: 'fail' });
    expect(accuracy.pValue).toBeLessThan(0.001);
    expect(commentOn(22)).toMatch(/accuracy/);
    // Every island gets its own accuracy, judged by the slice rule: a drop of over 5 points warns.
    const slices = (await evaluationOf(pr)).metrics.filter((m) =>
      /^slice\.island=[^.]+\.accuracy$/.test(m.name),
    );
    expect(slices.map((m) => m.name).sort()).toEqual([
      'slice.island=Biscoe.accuracy',
      'slice.island=Dream.accuracy',
      'slice.island=Torgersen.accuracy',
    ]);
    for (const slice of slices) expect(slice.verdict).toBe(slice.delta! < -0.05 ? 'warn' : 'pass');
    expect(slices.some((slice) => slice.verdict === 'warn')).toBe(true);
    expect(github.violations).toEqual([]);
    expect(github.responseViolations).toEqual([]);
  });
});

function commentOn(number: number): string {
  const comments = github.state.findRepo(OWNER, REPO)!.issueComments.filter((c) => c.issueNumber === number);
  expect(comments).toHaveLength(1);
  return comments[0]!.body;
}
