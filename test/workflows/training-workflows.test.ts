import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { fakeSha } from '@mlgate/local-github';
import { webhookEvent, type WebhookEvent } from '@mlgate/runner-harness';
import { readWorkflow } from './runner/workflow-file.js';
import {
  OWNER,
  REPO,
  demoProject,
  failures,
  fixtures,
  root,
  training,
  useWorkflowWorld,
} from './workflow-world.js';

// Continuous training as the examples run it: main.yml has kept the baseline, the weekly
// continuous-training.yml finds the newest data drifted and the model regressed and starts retrain.yml,
// which GitHub then runs with the inputs mlgate sent; the retrained model is judged against production.
const world = useWorkflowWorld();
const REPOSITORY = `${OWNER}/${REPO}`;
const mainSha = fakeSha('training-main');
const DRIFT = `drift:
  severity: warn
  columns:
    customer_id: { ignore: true }
    signup_date: { ignore: true }
`;

/** GitHub sends no webhook for a schedule; the run's payload is the repository and the cron line. */
function scheduled(): WebhookEvent {
  const { repository } = webhookEvent('push', { repository: REPOSITORY }).payload;
  return {
    name: 'schedule',
    payload: { schedule: '17 6 * * 1', repository: { ...(repository as object), default_branch: 'main' } },
  };
}

/** The newest data (the pull-request stage of the demo: drifted) and production's metrics on it. */
async function newestDataEvaluated({ workspace }: { workspace: string }): Promise<void> {
  const stage = path.join(fixtures, 'demo-project', 'pull-request');
  await cp(path.join(stage, 'data'), path.join(workspace, 'data'), { recursive: true, force: true });
  await mkdir(path.join(workspace, 'out'), { recursive: true });
  await cp(path.join(stage, 'out', 'metrics.json'), path.join(workspace, 'out', 'metrics.json'));
}

describe('the continuous-training workflows', () => {
  it('continuous-training.yml: the newest data regressed the production model, so retrain.yml is started with the reason', async () => {
    const retrain = await readWorkflow(path.join(root, 'workflows-examples', 'retrain.yml'));
    const declared = (retrain.on['workflow_dispatch'] as { inputs: Record<string, { required?: boolean }> })
      .inputs;
    // The local GitHub refuses a dispatch with inputs the file does not declare, as GitHub does.
    world.github().state.addWorkflow(OWNER, REPO, { file: 'retrain.yml', inputs: declared });
    const baseline = await world.run('main.yml', {
      event: webhookEvent('push', {
        repository: REPOSITORY,
        overrides: { ref: 'refs/heads/main', after: mainSha, repository: { default_branch: 'main' } },
      }),
      runId: 201,
      checkout: demoProject('main', DRIFT),
      run: {
        'Train and evaluate (writes out/metrics.json, out/predictions.csv and model/)': training('main'),
      },
    });
    expect(failures(baseline)).toEqual([]);

    const said: string[] = [];
    const weekly = await world.run('continuous-training.yml', {
      event: scheduled(),
      runId: 202,
      sha: mainSha,
      ref: 'refs/heads/main',
      checkout: demoProject('main', DRIFT),
      run: {
        'Fetch the newest data and evaluate the production model on it': newestDataEvaluated,
        // No release yet: production is the default branch's baseline.
        "Choose the production baseline (the latest release, else the default branch's)": async () => ({
          baseline: 'cache',
        }),
        'Say what happened': async ({ env }) => void said.push(`${env['RETRAIN']}: ${env['DRIFTED']}`),
      },
    });
    expect(failures(weekly)).toEqual([]);
    const step = weekly.job('check-production').steps.find((s) => s.id === 'mlgate')!;
    expect(step.outputs).toMatchObject({ verdict: 'fail', retrain: 'true', 'baseline-source': 'cache' });
    expect(said).toEqual([`true: ${step.outputs['drifted-columns']}`]);
    expect(world.repo().checkRuns.find((run) => run.name === 'mlgate / production')).toBeDefined();
    const [dispatch, ...more] = world.repo().workflowDispatches;
    expect(more).toEqual([]);
    expect(dispatch).toMatchObject({ path: '.github/workflows/retrain.yml', ref: 'main' });
    expect(dispatch!.inputs['reason']).toMatch(/regression: .*accuracy/);
    expect(dispatch!.inputs['sha']).toBe(mainSha);

    // GitHub runs retrain.yml with those inputs.
    const reasons: string[] = [];
    const retrained = await world.run('retrain.yml', {
      event: webhookEvent('workflow_dispatch', {
        repository: REPOSITORY,
        overrides: {
          ref: 'refs/heads/main',
          inputs: dispatch!.inputs,
          repository: { default_branch: 'main' },
        },
      }),
      runId: 203,
      sha: mainSha,
      ref: 'refs/heads/main',
      checkout: demoProject('main', DRIFT),
      run: {
        'Retrain on the newest data': async (step) => {
          reasons.push(step.env['REASON'] ?? '');
          expect(step.env['REGRESSED_METRICS']).toBe(dispatch!.inputs['regressed-metrics']);
          await training('main')(step);
        },
      },
    });
    expect(failures(retrained)).toEqual([]);
    expect(reasons).toEqual([dispatch!.inputs['reason']]);
    const judged = retrained.job('retrain').steps.find((s) => s.id === 'judge')!;
    // No release yet to judge against: said, not failed.
    expect(judged.outputs).toMatchObject({ verdict: 'neutral', 'baseline-source': 'none' });
    expect(world.repo().checkRuns.find((run) => run.name === 'mlgate / retrain')).toBeDefined();
    expect(world.shelf.names(203)).toEqual(['model']);
  }, 90_000);
});
