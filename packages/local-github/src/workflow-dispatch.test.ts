import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fakeSha } from './github-state.js';
import { startLocalGitHub, type LocalGitHub } from './local-github-server.js';

// `workflow_dispatch` as GitHub answers it: the workflow by file name or id, the ref a branch or tag, the
// inputs those the file declares; every accepted dispatch is recorded for the test to read.
const [OWNER, REPO] = ['acme', 'churn-model'];
const WRITE_TOKEN = 'ghs_dispatchWriteToken000000000001';
const READ_TOKEN = 'ghs_dispatchReadToken0000000000001';
const RETRAIN_INPUTS = {
  reason: { required: true },
  'drifted-columns': { default: '' },
  'regressed-metrics': { default: '' },
  sha: {},
} as const;

let github: LocalGitHub;
const logged: string[] = [];
let retrainId: number;

async function dispatch(
  workflow: string | number,
  body: unknown,
  token = WRITE_TOKEN,
): Promise<{ status: number; body: Record<string, unknown> | undefined }> {
  const response = await fetch(
    `${github.apiUrl}/repos/${OWNER}/${REPO}/actions/workflows/${workflow}/dispatches`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
  );
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

beforeAll(async () => {
  github = await startLocalGitHub({ logViolations: false, log: (line) => logged.push(line) });
  github.tokens.add(WRITE_TOKEN, { access: 'write' });
  github.tokens.add(READ_TOKEN, { access: 'read' });
  github.state.addRepo(OWNER, REPO, { headSha: fakeSha('dispatch-main') });
  github.state.addRef(OWNER, REPO, 'refs/tags/v1.0.0', fakeSha('dispatch-tag'));
  retrainId = github.state.addWorkflow(OWNER, REPO, { file: 'retrain.yml', inputs: RETRAIN_INPUTS }).id;
  github.state.addWorkflow(OWNER, REPO, { file: 'anything.yml' });
  github.state.addWorkflow(OWNER, REPO, { file: 'ci.yml', dispatchable: false });
  github.state.addWorkflow(OWNER, REPO, { file: 'paused.yml', disabled: true });
  github.state.addWorkflow(OWNER, REPO, {
    file: 'deploy.yml',
    inputs: { target: { type: 'choice', options: ['staging', 'production'], required: true } },
  });
});

afterAll(async () => {
  await github?.close();
});

const repo = () => github.state.repo(OWNER, REPO);

describe('workflow_dispatch on the local GitHub', () => {
  it('starts a workflow named by its file, answers 204 and records the dispatch with its inputs', async () => {
    const inputs = { reason: 'drift: age', 'drifted-columns': 'age', sha: fakeSha('x') };
    const answer = await dispatch('retrain.yml', { ref: 'main', inputs });

    expect(answer).toEqual({ status: 204, body: undefined });
    const [recorded] = repo().workflowDispatches.slice(-1);
    expect(recorded).toMatchObject({
      workflowId: retrainId,
      path: '.github/workflows/retrain.yml',
      ref: 'main',
      sha: fakeSha('dispatch-main'),
      inputs,
    });
    expect(repo().workflowRuns.get(recorded!.runId)).toMatchObject({
      event: 'workflow_dispatch',
      status: 'queued',
      workflowId: retrainId,
    });
    expect(github.violations).toEqual([]);
  });

  it('takes the numeric id and a tag, and answers 200 with the run when return_run_details asks', async () => {
    const answer = await dispatch(retrainId, {
      ref: 'v1.0.0',
      inputs: { reason: 'regression: accuracy' },
      return_run_details: true,
    });

    expect(answer.status).toBe(200);
    const runId = answer.body?.['workflow_run_id'];
    expect(answer.body).toEqual({
      workflow_run_id: runId,
      run_url: `${github.apiUrl}/repos/${OWNER}/${REPO}/actions/runs/${runId}`,
      html_url: expect.stringMatching(new RegExp(`/${OWNER}/${REPO}/actions/runs/${runId}$`)),
    });
    expect(repo().workflowDispatches.at(-1)).toMatchObject({ ref: 'v1.0.0', sha: fakeSha('dispatch-tag') });
    expect(github.responseViolations).toEqual([]);
  });

  it('takes any inputs for a workflow whose inputs it was not told', async () => {
    expect((await dispatch('anything.yml', { ref: 'main', inputs: { whatever: 'x' } })).status).toBe(204);
  });

  it('answers 404 for a workflow file the repository does not have', async () => {
    const before = repo().workflowDispatches.length;
    const answer = await dispatch('retrain.yaml', { ref: 'main', inputs: { reason: 'x' } });

    expect(answer.status).toBe(404);
    expect(answer.body?.['message']).toBe('Not Found');
    expect(repo().workflowDispatches).toHaveLength(before);
  });

  it.each([
    [
      'an input the file does not declare',
      'retrain.yml',
      { reason: 'x', extra: '1', more: '2' },
      'main',
      'Unexpected inputs provided: ["extra","more"]',
    ],
    [
      'a required input left out',
      'retrain.yml',
      { sha: 'abc' },
      'main',
      "Required input 'reason' not provided",
    ],
    [
      'a choice outside its options',
      'deploy.yml',
      { target: 'prod' },
      'main',
      "Provided value 'prod' for input 'target' not in the list of allowed values",
    ],
    ['a ref that names no branch or tag', 'retrain.yml', { reason: 'x' }, 'nope', 'No ref found for: nope'],
    [
      'a workflow without the trigger',
      'ci.yml',
      {},
      'main',
      "Workflow does not have 'workflow_dispatch' trigger",
    ],
    [
      'a disabled workflow',
      'paused.yml',
      {},
      'main',
      "Cannot trigger a 'workflow_dispatch' on a disabled workflow",
    ],
  ])('refuses %s with 422 and GitHub’s message', async (_what, workflow, inputs, ref, message) => {
    const before = repo().workflowDispatches.length;
    const answer = await dispatch(workflow, { ref, inputs });

    expect(answer.status).toBe(422);
    expect(answer.body?.['message']).toBe(message);
    expect(repo().workflowDispatches).toHaveLength(before);
  });

  it('refuses a body the description forbids: no ref, or more than 25 inputs, as broken requests', async () => {
    const violations = github.violations.length;
    const many = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`input-${i}`, 'x']));

    const noRef = await dispatch('anything.yml', { inputs: {} });
    const tooMany = await dispatch('anything.yml', { ref: 'main', inputs: many });

    expect([noRef.status, tooMany.status]).toEqual([422, 422]);
    expect(noRef.body?.['errors']).toEqual([
      expect.objectContaining({ resource: 'Workflow', field: 'ref', code: 'missing_field' }),
    ]);
    expect(tooMany.body?.['errors']).toEqual([
      expect.objectContaining({ resource: 'Workflow', field: 'inputs', code: 'invalid' }),
    ]);
    expect(github.violations.slice(violations).map((violation) => violation.status)).toEqual([422, 422]);
  });

  it('answers 403 to a read-only token, as a fork’s pull request has', async () => {
    const answer = await dispatch('retrain.yml', { ref: 'main', inputs: { reason: 'x' } }, READ_TOKEN);

    expect(answer.status).toBe(403);
    expect(answer.body?.['message']).toBe('Resource not accessible by integration');
  });
});
