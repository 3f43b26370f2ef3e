import { appendFile, cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fakeSha, startLocalGitHub, type LocalGitHub } from '@mlgate/local-github';
import { runAction, webhookEvent, type ActionRun } from '@mlgate/runner-harness';
import { repoActions } from '../../scripts/repo-actions.js';

// The continuous-training trigger through the root action as the runner runs it: the newest metrics are
// compared with the production baseline, and a regression beyond the policy starts retrain.yml on the local
// GitHub, which holds the dispatch to the API description.
const project = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'demo-project');
const [OWNER, REPO] = ['acme', 'churn-model'];
const TOKEN = 'ghs_retrainDispatchWriteToken00001';
const FORK_TOKEN = 'ghs_retrainDispatchForkToken000001';
const mainSha = fakeSha('retrain-main');
const RETRAIN_INPUTS = {
  reason: { required: true },
  'drifted-columns': {},
  'regressed-metrics': {},
  sha: {},
};

let github: LocalGitHub;
let actionDir: string;
let scratch: string;

/** The demo project with `metrics` as this run's metrics and main's metrics as the production baseline. */
async function workspace(metrics: 'main' | 'pull-request', retrainConfig = ''): Promise<string> {
  const dir = await mkdtemp(path.join(scratch, `${metrics}-`));
  await cp(path.join(project, 'mlgate.yml'), path.join(dir, 'mlgate.yml'));
  if (retrainConfig !== '') await appendFile(path.join(dir, 'mlgate.yml'), retrainConfig);
  await cp(path.join(project, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
  await cp(path.join(project, 'main', 'data'), path.join(dir, 'data'), { recursive: true });
  await mkdir(path.join(dir, 'out'));
  await cp(path.join(project, metrics, 'out', 'metrics.json'), path.join(dir, 'out', 'metrics.json'));
  await mkdir(path.join(dir, 'production'));
  await cp(path.join(project, 'main', 'out', 'metrics.json'), path.join(dir, 'production', 'metrics.json'));
  return dir;
}

const manualRun = () =>
  webhookEvent('workflow_dispatch', {
    repository: `${OWNER}/${REPO}`,
    overrides: { ref: 'refs/heads/main', repository: { default_branch: 'main' } },
  });

async function run(
  metrics: 'main' | 'pull-request',
  inputs: Record<string, string>,
  options: { event?: ReturnType<typeof webhookEvent>; token?: string; retrainConfig?: string } = {},
): Promise<ActionRun> {
  return runAction(actionDir, {
    event: options.event ?? manualRun(),
    workspace: await workspace(metrics, options.retrainConfig),
    inputs: { baseline: 'file:production/metrics.json', comment: 'false', ...inputs },
    github: { token: options.token ?? TOKEN, apiUrl: github.apiUrl, sha: mainSha, ref: 'refs/heads/main' },
  });
}

const dispatches = () => github.state.repo(OWNER, REPO).workflowDispatches;

beforeAll(async () => {
  github = await startLocalGitHub({ logViolations: false });
  actionDir = (await repoActions()).dir('.');
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-retrain-'));
  github.state.addRepo(OWNER, REPO, { headSha: mainSha });
  github.tokens.add(TOKEN, { access: 'write' });
  github.tokens.add(FORK_TOKEN, { access: 'read' });
  github.state.addWorkflow(OWNER, REPO, { file: 'retrain.yml', inputs: RETRAIN_INPUTS });
  github.state.addWorkflow(OWNER, REPO, { file: 'train-v1.yml', inputs: { reason: {} } });
});

afterAll(async () => {
  await github?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('the continuous-training trigger', () => {
  it('starts retrain.yml on the default branch when the model regressed, with the reason as inputs', async () => {
    const step = await run('pull-request', { dispatch: 'retrain.yml' });

    expect(step.exitCode).toBe(1);
    expect(step.outputs).toMatchObject({ verdict: 'fail', retrain: 'true', 'drifted-columns': '' });
    expect(dispatches()).toEqual([
      expect.objectContaining({
        path: '.github/workflows/retrain.yml',
        ref: 'main',
        inputs: {
          reason: 'regression: accuracy, log_loss, per_segment.pro.recall',
          'drifted-columns': '',
          'regressed-metrics': 'accuracy,log_loss,per_segment.pro.recall',
          sha: mainSha,
        },
      }),
    ]);
    expect(step.log.join('\n')).toContain("mlgate: started 'retrain.yml' on main to retrain (regression:");
    expect(github.violations).toEqual([]);
    expect(github.responseViolations).toEqual([]);
  });

  it('starts nothing when the metrics held, and says so', async () => {
    const before = dispatches().length;
    const step = await run('main', { dispatch: 'retrain.yml', 'dispatch-ref': 'main' });

    expect(step.exitCode).toBe(0);
    expect(step.outputs).toMatchObject({ retrain: 'false', 'drifted-columns': '' });
    expect(dispatches()).toHaveLength(before);
    expect(step.log.join('\n')).toContain("no drift and no regression: 'retrain.yml' not started");
  });

  it('takes the workflow from mlgate.yml when the input is empty, and counts only what retrain.on names', async () => {
    const before = dispatches().length;
    const fromConfig = await run(
      'pull-request',
      {},
      { retrainConfig: 'retrain:\n  workflow: retrain.yml\n' },
    );
    expect(fromConfig.outputs['retrain']).toBe('true');
    expect(dispatches()).toHaveLength(before + 1);

    const driftOnly = await run(
      'pull-request',
      {},
      { retrainConfig: 'retrain:\n  workflow: retrain.yml\n  on: [drift]\n' },
    );
    expect(driftOnly.exitCode).toBe(1);
    expect(driftOnly.outputs['retrain']).toBe('false');
    expect(dispatches()).toHaveLength(before + 1);
  });

  it('warns and starts nothing on a pull request from a fork, the verdict standing', async () => {
    const before = dispatches().length;
    const event = webhookEvent('pull_request', {
      action: 'synchronize',
      repository: `${OWNER}/${REPO}`,
      fork: true,
      overrides: { number: 9, pull_request: { number: 9, head: { sha: fakeSha('fork-head') } } },
    });
    const step = await run('pull-request', { dispatch: 'retrain.yml' }, { event, token: FORK_TOKEN });

    expect(step.exitCode).toBe(1);
    expect(step.outputs['retrain']).toBe('true');
    expect(dispatches()).toHaveLength(before);
    expect(step.annotations.map((a) => a.message)).toContainEqual(
      expect.stringMatching(
        /retraining called for .* not started: a pull request from a fork gets a read-only token/,
      ),
    );
  });

  it('fails the step in one line when the workflow does not declare the inputs', async () => {
    const step = await run('pull-request', { dispatch: 'train-v1.yml' });

    expect(step.exitCode).toBe(2);
    expect(step.outputs['retrain']).toBe('true');
    const errors = step.annotations.filter(
      (a) => a.level === 'error' && a.message.startsWith('cannot start'),
    );
    expect(errors.map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^cannot start workflow 'train-v1.yml' of acme\/churn-model at 'main': Unexpected inputs provided: .*declare them under on\.workflow_dispatch\.inputs\)$/,
      ),
    ]);
  });
});
