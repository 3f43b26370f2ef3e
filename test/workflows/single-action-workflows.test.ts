import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { fakeSha } from '@mlgate/local-github';
import { webhookEvent } from '@mlgate/runner-harness';
import {
  OWNER,
  REPO,
  demoProject,
  failures,
  fixtures,
  training,
  useWorkflowWorld,
} from './workflow-world.js';

// The examples that use one action alone, and the sharded ones: validate-data.yml and sharded.yml on the same
// Parquet data (four shard jobs meeting the merge job only through the run's artifacts), compare-metrics.yml
// keeping and reading its baseline, and sharded-gate.yml's root action in a matrix.
const world = useWorkflowWorld();
const REPOSITORY = `${OWNER}/${REPO}`;
const [mainSha, head] = [fakeSha('single-main'), fakeSha('single-pr-12')];
const TRAIN = 'Train and evaluate (writes out/metrics.json)';

const pullRequest = () =>
  webhookEvent('pull_request', {
    action: 'synchronize',
    repository: REPOSITORY,
    overrides: {
      number: 12,
      pull_request: {
        number: 12,
        head: { sha: head, ref: 'more-data' },
        base: { sha: mainSha, ref: 'main' },
      },
      repository: { default_branch: 'main' },
    },
  });

/**
 * A repository with two Parquet files (with planted errors) and their schema, where validate-data.yml looks
 * (`data/train/`, `data/valid/`) or, for sharded.yml, both under `data/train/`: the same files either way.
 */
function parquetProject(layout: 'train-and-valid' | 'train-only') {
  return async (workspace: string): Promise<void> => {
    const columnar = path.join(fixtures, 'data', 'columnar');
    const second = layout === 'train-and-valid' ? ['valid', 'part-1.parquet'] : ['train', 'part-2.parquet'];
    await mkdir(path.join(workspace, 'schemas'), { recursive: true });
    await cp(
      path.join(columnar, 'measurements.schema.json'),
      path.join(workspace, 'schemas', 'train.schema.json'),
    );
    await cp(
      path.join(columnar, 'measurements.parquet'),
      path.join(workspace, 'data', 'train', 'part-1.parquet'),
    );
    await cp(path.join(columnar, 'measurements.v2.parquet'), path.join(workspace, 'data', ...second));
  };
}

const stepOf = (run: Awaited<ReturnType<typeof world.run>>, job: string, id: string) =>
  run.job(job).steps.find((step) => step.id === id || step.label === id)!;

describe('the single-action and sharded workflows', () => {
  it('validate-data.yml and sharded.yml judge the same Parquet data, the shards through their artifacts', async () => {
    world.github().state.addPullRequest(OWNER, REPO, { number: 12, head: { ref: 'more-data', sha: head } });
    const whole = await world.run('validate-data.yml', {
      event: pullRequest(),
      runId: 301,
      checkout: parquetProject('train-and-valid'),
    });
    // Invalid data fails the step; the report is kept all the same (`!cancelled()`).
    expect(whole.job('validate').result).toBe('failure');
    const validated = stepOf(whole, 'validate', 'validate');
    expect(validated.outputs).toMatchObject({ verdict: 'fail', valid: 'false' });
    expect(Number(validated.outputs['error-count'])).toBeGreaterThan(0);
    expect(world.shelf.names(301)).toEqual(['mlgate-reports']);

    const sharded = await world.run('sharded.yml', {
      event: pullRequest(),
      runId: 302,
      checkout: parquetProject('train-only'),
    });
    // The shard jobs do not fail on invalid data; the merge job gates the whole.
    expect(sharded.jobs.map((job) => [job.name, job.result])).toEqual([
      ['shard (1)', 'success'],
      ['shard (2)', 'success'],
      ['shard (3)', 'success'],
      ['shard (4)', 'success'],
      ['merge', 'failure'],
    ]);
    const partials = world
      .services()
      .artifacts.list({ workflowRunId: 302 })
      .map((a) => a.name);
    expect(partials).toEqual(expect.arrayContaining(['mlgate-partial-1-of-4', 'mlgate-partial-4-of-4']));
    // As the one validate-data step over every file judged it.
    expect(stepOf(sharded, 'merge', 'merge').outputs).toMatchObject({
      verdict: 'fail',
      valid: 'false',
      'error-count': validated.outputs['error-count'],
    });
    expect(world.shelf.names(302)).toEqual(['mlgate-reports']);
    expect(
      world
        .repo()
        .checkRuns.filter((run) => run.headSha === head)
        .map((run) => run.name),
    ).toContain('mlgate / data');
  }, 60_000);

  it('compare-metrics.yml keeps the baseline on main and fails the worse model of a pull request', async () => {
    const onMain = await world.run('compare-metrics.yml', {
      event: webhookEvent('push', {
        repository: REPOSITORY,
        overrides: { ref: 'refs/heads/main', after: mainSha, repository: { default_branch: 'main' } },
      }),
      runId: 303,
      checkout: demoProject('main'),
      run: { [TRAIN]: training('main') },
    });
    expect(failures(onMain)).toEqual([]);
    expect(stepOf(onMain, 'compare', 'compare').outputs['verdict']).toBe('neutral');

    const onPullRequest = await world.run('compare-metrics.yml', {
      event: pullRequest(),
      runId: 304,
      checkout: demoProject('pull-request'),
      run: { [TRAIN]: training('pull-request') },
    });
    const compared = stepOf(onPullRequest, 'compare', 'compare');
    expect(compared).toMatchObject({ outcome: 'failure' });
    expect(compared.outputs).toMatchObject({ verdict: 'fail', 'baseline-source': 'cache' });
    // `always()`: the report is kept even though the comparison failed the job.
    expect(world.shelf.names(304)).toEqual(['mlgate-reports']);
    expect(
      world.repo().checkRuns.find((run) => run.name === 'mlgate / metrics' && run.headSha === head),
    ).toMatchObject({
      conclusion: 'failure',
    });
  }, 60_000);

  it('sharded-gate.yml runs the root action in each shard, then merges, reports and compares once', async () => {
    const run = await world.run('sharded-gate.yml', {
      event: pullRequest(),
      runId: 305,
      checkout: demoProject('pull-request'),
      run: { [TRAIN]: training('pull-request') },
    });
    expect(run.jobs.map((job) => [job.name, job.result])).toEqual([
      ['shard (1)', 'success'],
      ['shard (2)', 'success'],
      ['shard (3)', 'success'],
      ['shard (4)', 'success'],
      ['merge', 'failure'],
    ]);
    const merge = run.job('merge').steps;
    // The data is invalid: the merge fails the job, and the comparison still runs (`!cancelled()`).
    expect(merge.map((step) => [step.label, step.outcome])).toEqual([
      ['actions/checkout@v7', 'success'],
      ['Merge the shards, report and gate the data', 'failure'],
      ['actions/setup-python@v7', 'success'],
      [TRAIN, 'success'],
      ["Compare the metrics with the baseline (mlgate.yml's metrics policy)", 'failure'],
    ]);
    expect(merge[1]!.outputs).toMatchObject({ verdict: 'fail', valid: 'false' });
    expect(merge[4]!.outputs).toMatchObject({ verdict: 'fail', 'baseline-source': 'cache' });
    world.github().assertNoViolations();
  }, 60_000);
});
