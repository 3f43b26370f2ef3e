import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { fakeSha } from '@mlgate/local-github';
import { webhookEvent } from '@mlgate/runner-harness';
import { readWorkflow } from './runner/workflow-file.js';
import {
  FORK_TOKEN,
  OWNER,
  REPO,
  demoProject,
  failures,
  root,
  training,
  useWorkflowWorld,
} from './workflow-world.js';

// The lifecycle's workflows as the runner would run them, in order, on one repository: main.yml keeps the
// baseline, pull-request.yml gates a worse model, a fork's run leaves its report for fork-comment.yml, and a
// merged, approved, passing commit is released by release.yml and its model files attested.
const world = useWorkflowWorld();
const REPOSITORY = `${OWNER}/${REPO}`;
// The profiles release.yml publishes come from the gate's drift pass.
const DRIFT = `drift:
  severity: warn
  columns:
    customer_id: { ignore: true }
    signup_date: { ignore: true }
`;
const [main1, main2] = [fakeSha('workflows-main-1'), fakeSha('workflows-main-2')];
const TRAIN = 'Train and evaluate (writes out/metrics.json, out/predictions.csv and model/)';

const push = (sha: string) =>
  webhookEvent('push', {
    repository: REPOSITORY,
    overrides: { ref: 'refs/heads/main', after: sha, repository: { default_branch: 'main' } },
  });

function pullRequest(number: number, head: string, fork = false) {
  return webhookEvent('pull_request', {
    action: 'synchronize',
    repository: REPOSITORY,
    fork,
    overrides: {
      number,
      pull_request: {
        number,
        head: { sha: head, ref: `feature-${number}` },
        base: { sha: main1, ref: 'main' },
      },
      repository: { default_branch: 'main' },
    },
  });
}

function workflowRun(
  id: number,
  options: { event: string; headSha: string; conclusion: string; fork?: boolean },
) {
  return webhookEvent('workflow_run', {
    action: 'completed',
    repository: REPOSITORY,
    overrides: {
      workflow_run: {
        id,
        event: options.event,
        conclusion: options.conclusion,
        head_sha: options.headSha,
        head_branch: 'main',
        run_attempt: 1,
        pull_requests: [],
        head_repository: { full_name: options.fork ? `fork-contributor/${REPO}` : REPOSITORY },
      },
      repository: { default_branch: 'main' },
    },
  });
}

const checkRun = (sha: string) => world.repo().checkRuns.find((run) => run.headSha === sha);
const comments = (number: number) => world.repo().issueComments.filter((c) => c.issueNumber === number);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('the lifecycle workflows', () => {
  it('main.yml: a push to main gates the commit, keeps the baseline and leaves the model for release.yml', async () => {
    const run = await world.run('main.yml', {
      event: push(main1),
      runId: 101,
      checkout: demoProject('main', DRIFT),
      run: { [TRAIN]: training('main') },
    });
    expect(failures(run)).toEqual([]);
    const gate = run.job('baseline').steps.find((step) => step.id === 'gate')!;
    expect(gate.outputs).toMatchObject({ verdict: 'neutral', reason: 'no-baseline', valid: 'true' });
    expect(checkRun(main1)).toMatchObject({ name: 'mlgate / quality' });
    expect(world.services().cache.list().length).toBeGreaterThan(0);
    expect(world.shelf.names(101)).toEqual(['model']);
  }, 60_000);

  it('pull-request.yml: a worse model on broken data fails the gate, with the comment, the check run and the reports kept', async () => {
    const head = fakeSha('workflows-pr-7');
    world.github().state.addPullRequest(OWNER, REPO, { number: 7, head: { ref: 'feature-7', sha: head } });
    const run = await world.run('pull-request.yml', {
      event: pullRequest(7, head),
      runId: 102,
      checkout: demoProject('pull-request', DRIFT),
      run: { [TRAIN]: training('pull-request') },
    });
    const job = run.job('gate');
    expect(job.result).toBe('failure');
    const gate = job.steps.find((step) => step.id === 'gate')!;
    expect(gate.outputs).toMatchObject({ verdict: 'fail', valid: 'false', 'baseline-source': 'cache' });
    expect(gate.outputs['regressions']).not.toBe('0');
    expect(job.steps.at(-1)).toMatchObject({ label: 'Keep the reports', outcome: 'success' });
    expect(world.shelf.names(102)).toEqual(['mlgate-reports']);
    expect(checkRun(head)).toMatchObject({ name: 'mlgate / quality', conclusion: 'failure' });
    expect(comments(7)).toHaveLength(1);
    expect(comments(7)[0]!.body).toContain('accuracy');
  }, 60_000);

  it("fork-comment.yml: posts the report a fork's read-only run left as an artifact", async () => {
    const head = fakeSha('workflows-pr-9');
    world.github().state.addPullRequest(OWNER, REPO, { number: 9, head: { ref: 'feature-9', sha: head } });
    const forkRun = await world.run('pull-request.yml', {
      event: pullRequest(9, head, true),
      runId: 103,
      token: FORK_TOKEN,
      checkout: demoProject('pull-request', DRIFT),
      run: { [TRAIN]: training('pull-request') },
    });
    expect(forkRun.job('gate').steps.find((step) => step.id === 'gate')!.outputs['verdict']).toBe('fail');
    expect(comments(9)).toEqual([]);
    expect(world.services().artifacts.list({ workflowRunId: 103 })).toHaveLength(1);

    const ownRepository = await world.run('fork-comment.yml', {
      event: workflowRun(103, { event: 'pull_request', headSha: head, conclusion: 'failure' }),
      runId: 104,
      checkout: async () => {},
    });
    expect(ownRepository.job('comment').result).toBe('skipped');

    const poster = await world.run('fork-comment.yml', {
      event: workflowRun(103, { event: 'pull_request', headSha: head, conclusion: 'failure', fork: true }),
      runId: 105,
      checkout: async () => {},
    });
    expect(failures(poster)).toEqual([]);
    expect(poster.job('comment').steps[0]!.outputs).toMatchObject({ outcome: 'created', verdict: 'fail' });
    expect(comments(9)).toHaveLength(1);
  }, 60_000);

  it('release.yml: after main.yml passed on an approved merge, publishes the model and attests its files', async () => {
    const head = fakeSha('workflows-pr-8');
    world.github().state.addPullRequest(OWNER, REPO, {
      number: 8,
      head: { ref: 'feature-8', sha: head },
      merged: true,
      mergeCommitSha: main2,
    });
    world.github().state.addReviews(OWNER, REPO, 8, [{ user: 'alice', state: 'APPROVED', commitId: head }]);
    const merged = await world.run('main.yml', {
      event: push(main2),
      runId: 106,
      checkout: demoProject('main', DRIFT),
      run: { [TRAIN]: training('main') },
    });
    expect(failures(merged)).toEqual([]);
    expect(merged.job('baseline').steps.find((step) => step.id === 'gate')!.outputs['verdict']).toBe('pass');

    const failed = await world.run('release.yml', {
      event: workflowRun(106, { event: 'push', headSha: main2, conclusion: 'failure' }),
      runId: 107,
      checkout: async () => {},
    });
    expect(failed.job('publish').result).toBe('skipped');

    const release = await world.run('release.yml', {
      event: workflowRun(106, { event: 'push', headSha: main2, conclusion: 'success' }),
      runId: 108,
      checkout: demoProject('main', DRIFT),
      run: { 'Say where it is': async ({ env }) => void expect(env['TAG']).toBe('penguins-v1.0.0') },
    });
    expect(failures(release)).toEqual([]);
    const publish = release.job('publish').steps.find((step) => step.id === 'publish')!;
    expect(publish.outputs).toMatchObject({ released: 'true', tag: 'penguins-v1.0.0' });
    const [published] = world.repo().releases;
    expect(published).toMatchObject({ tagName: 'penguins-v1.0.0', draft: false, targetCommitish: main2 });
    expect(published!.assets.map((asset) => asset.name).sort()).toEqual([
      'MODEL_CARD.md',
      'SHA256SUMS',
      'churn.json',
      'features.txt',
      'manifest.json',
      'profile-customers.json',
    ]);
    // The attestation names exactly the model files main.yml trained, by their digests.
    const model = path.join(release.job('publish').workspace, 'model');
    expect(world.attestations).toEqual([
      {
        subjects: [
          { name: 'churn.json', sha256: sha256(await readFile(path.join(model, 'churn.json'))) },
          { name: 'features.txt', sha256: sha256(await readFile(path.join(model, 'features.txt'))) },
        ],
      },
    ]);
    const workflow = await readWorkflow(path.join(root, 'workflows-examples', 'release.yml'));
    expect(workflow.jobs[0]).toMatchObject({
      environment: 'model-release',
      permissions: expect.objectContaining({ 'id-token': 'write', attestations: 'write' }),
    });
    world.github().assertNoViolations();
  }, 60_000);
});
