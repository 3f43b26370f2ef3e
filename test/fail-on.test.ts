import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fakeSha, startLocalGitHub, type LocalGitHub } from '@mlgate/local-github';
import { runAction, webhookEvent } from '@mlgate/runner-harness';
import { repoActions } from '../scripts/repo-actions.js';

// One vocabulary: every gating action takes the same fail-on values, gives the same verdict names, and
// refuses the value validate-data once took with the name it has now.
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const [OWNER, REPO, TOKEN] = ['acme', 'fail-on', 'ghs_failOnWriteToken000000000000001'];
let github: LocalGitHub;
let scratch: string;
let count = 0;

/** Invalid data, and metrics that fail against a file baseline: every gating action has a `fail` to judge. */
async function failingWorkspace(): Promise<string> {
  const dir = path.join(scratch, `ws-${++count}`);
  await mkdir(dir, { recursive: true });
  await copyFile(path.join(fixtures, 'data', 'people.invalid.csv'), path.join(dir, 'people.csv'));
  await copyFile(path.join(fixtures, 'data', 'people.schema.json'), path.join(dir, 'people.schema.json'));
  await copyFile(path.join(fixtures, 'metrics', 'current-regressed.json'), path.join(dir, 'metrics.json'));
  await copyFile(path.join(fixtures, 'metrics', 'baseline.json'), path.join(dir, 'baseline.json'));
  await copyFile(path.join(fixtures, 'compare-metrics', 'mlgate.yml'), path.join(dir, 'mlgate.yml'));
  return dir;
}

const INPUTS: Readonly<Record<string, Record<string, string>>> = {
  '.': {
    schema: 'people.schema.json',
    data: 'people.csv',
    metrics: 'metrics.json',
    baseline: 'file:baseline.json',
    comment: 'false',
  },
  'validate-data': { schema: 'people.schema.json', data: 'people.csv' },
  'compare-metrics': { metrics: 'metrics.json', baseline: 'file:baseline.json' },
};

async function gate(action: string, failOn: string) {
  const sha = fakeSha(`fail-on-${++count}`);
  const run = await runAction((await repoActions()).dir(action), {
    inputs: { ...INPUTS[action], 'fail-on': failOn },
    workspace: await failingWorkspace(),
    event: webhookEvent('pull_request', {
      action: 'opened',
      repository: `${OWNER}/${REPO}`,
      overrides: { number: 3, pull_request: { number: 3, head: { sha } } },
    }),
    github: { token: TOKEN, apiUrl: github.apiUrl },
  });
  const checks = github.state.findRepo(OWNER, REPO)!.checkRuns.filter((check) => check.headSha === sha);
  return { run, conclusions: checks.map((check) => check.conclusion) };
}

beforeAll(async () => {
  github = await startLocalGitHub();
  github.state.addRepo(OWNER, REPO, { defaultBranch: 'main' });
  github.tokens.add(TOKEN, { access: 'write' });
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-fail-on-'));
});

afterAll(async () => {
  github?.assertNoViolations();
  await github?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe.each(['.', 'validate-data', 'compare-metrics'])('fail-on in the %s action', (action) => {
  it('fail (the default) and warn fail the step and the check on a failing verdict', async () => {
    for (const failOn of ['fail', 'warn']) {
      const { run, conclusions } = await gate(action, failOn);
      expect([failOn, run.exitCode, run.outputs['verdict'], conclusions]).toEqual([
        failOn,
        1,
        'fail',
        ['failure'],
      ]);
    }
  });

  it('never reports the same verdict without failing the step; the check is neutral', async () => {
    const { run, conclusions } = await gate(action, 'never');
    expect([run.exitCode, run.outputs['verdict'], conclusions]).toEqual([0, 'fail', ['neutral']]);
  });

  it("refuses 'error' with the name it has now, and anything else with the values it takes", async () => {
    const renamed = await gate(action, 'error');
    expect(renamed.run.exitCode).toBe(2);
    expect(renamed.run.annotations.map((annotation) => annotation.message)).toContain(
      "input 'fail-on' is 'error', which is now called 'fail'",
    );
    const unknown = await gate(action, 'sometimes');
    expect(unknown.run.annotations.map((annotation) => annotation.message)).toContain(
      "input 'fail-on' is 'sometimes'; expected one of: fail, warn, never",
    );
  });
});
