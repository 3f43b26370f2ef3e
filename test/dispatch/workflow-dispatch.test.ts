import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isUserError } from '@mlgate/engine';
import { createGitHubClient, dispatchWorkflow, workflowIdOf } from '@mlgate/github';
import { fakeSha, startLocalGitHub, type LocalGitHub } from '@mlgate/local-github';

// The GitHub layer's dispatch against the local GitHub, which holds each request to the API description:
// the inputs arrive as sent, and every refusal becomes one line saying what to change.
const [OWNER, REPO] = ['acme', 'churn-model'];
const WRITE_TOKEN = 'ghs_dispatchLayerWriteToken0000001';
const READ_TOKEN = 'ghs_dispatchLayerReadToken00000001';
const INPUTS = {
  reason: 'drift: age, income',
  'drifted-columns': 'age,income',
  'regressed-metrics': '',
  sha: fakeSha('judged'),
};

let github: LocalGitHub;
const logged: string[] = [];

const client = (token = WRITE_TOKEN) =>
  createGitHubClient({ token, baseUrl: github.apiUrl, warn: () => {}, writeSpacingMs: 0, retryBaseMs: 1 });

/** The one line a refused dispatch reports. */
async function refusal(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    if (!isUserError(error)) throw error;
    expect(error.message).not.toContain('\n');
    return error.message;
  }
  throw new Error('expected the dispatch to be refused');
}

beforeAll(async () => {
  github = await startLocalGitHub({ logViolations: false, log: (line) => logged.push(line) });
  github.tokens.add(WRITE_TOKEN, { access: 'write' });
  github.tokens.add(READ_TOKEN, { access: 'read' });
  github.state.addRepo(OWNER, REPO);
  github.state.addWorkflow(OWNER, REPO, {
    file: 'retrain.yml',
    inputs: { reason: { required: true }, 'drifted-columns': {}, 'regressed-metrics': {}, sha: {} },
  });
  github.state.addWorkflow(OWNER, REPO, { file: 'train-old.yml', inputs: { reason: {} } });
});

afterAll(async () => {
  await github?.close();
});

describe('dispatching the retraining workflow', () => {
  it('reaches GitHub with the inputs as sent, valid under the description', async () => {
    await dispatchWorkflow(await client(), {
      owner: OWNER,
      repo: REPO,
      workflow: 'retrain.yml',
      ref: 'main',
      inputs: INPUTS,
    });

    const dispatches = github.state.repo(OWNER, REPO).workflowDispatches;
    expect(dispatches).toEqual([
      expect.objectContaining({ path: '.github/workflows/retrain.yml', ref: 'main', inputs: INPUTS }),
    ]);
    expect(github.violations).toEqual([]);
    expect(github.responseViolations).toEqual([]);
  });

  it('says to grant actions: write when the token may not', async () => {
    const message = await refusal(
      dispatchWorkflow(await client(READ_TOKEN), {
        owner: OWNER,
        repo: REPO,
        workflow: 'retrain.yml',
        ref: 'main',
        inputs: INPUTS,
      }),
    );
    expect(message).toMatch(
      /^cannot start workflow 'retrain.yml' of acme\/churn-model at 'main': .*'actions: write'/,
    );
  });

  it('says where the file must be when GitHub has no such workflow', async () => {
    const message = await refusal(
      dispatchWorkflow(await client(), {
        owner: OWNER,
        repo: REPO,
        workflow: 'retrian.yml',
        ref: 'main',
        inputs: INPUTS,
      }),
    );
    expect(message).toContain(
      'no such workflow (the file must be in .github/workflows/ on the default branch)',
    );
  });

  it('passes on GitHub’s reason for a 422 and names the inputs the workflow must declare', async () => {
    const message = await refusal(
      dispatchWorkflow(await client(), {
        owner: OWNER,
        repo: REPO,
        workflow: 'train-old.yml',
        ref: 'main',
        inputs: INPUTS,
      }),
    );
    expect(message).toBe(
      "cannot start workflow 'train-old.yml' of acme/churn-model at 'main': Unexpected inputs provided: " +
        '["drifted-columns","regressed-metrics","sha"] (mlgate sends reason, drifted-columns, regressed-metrics, ' +
        'sha: declare them under on.workflow_dispatch.inputs)',
    );
    const unknownRef = await refusal(
      dispatchWorkflow(await client(), {
        owner: OWNER,
        repo: REPO,
        workflow: 'retrain.yml',
        ref: 'nope',
        inputs: INPUTS,
      }),
    );
    expect(unknownRef).toMatch(/: No ref found for: nope$/);
  });
});

describe('naming the workflow', () => {
  it('takes a file name, a path under .github/workflows or an id', () => {
    expect(workflowIdOf('retrain.yml', 'dispatch')).toBe('retrain.yml');
    expect(workflowIdOf('.github/workflows/retrain.yaml', 'dispatch')).toBe('retrain.yaml');
    expect(workflowIdOf('161335', 'dispatch')).toBe('161335');
  });

  it('refuses anything else in one line', () => {
    for (const bad of ['../secrets.yml', 'retrain', 'a b.yml', 'x.yml?ref=1', '0', '']) {
      expect(() => workflowIdOf(bad, "input 'dispatch'")).toThrow(
        /^input 'dispatch': '.*' is not a workflow file name/,
      );
    }
  });
});
