import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { ActionRun } from '@mlgate/runner-harness';
import { expectRefusal, rawOutput, runStep, workspaceWith } from './hostile-step.js';

// A file outside every workspace, standing for /etc/passwd: its text must never reach the step's output.
const SECRET_TEXT = 'root:x:0:0:outside-the-workspace';
const outside = (async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-outside-'));
  await writeFile(path.join(dir, 'passwd'), `${SECRET_TEXT}\n`);
  await writeFile(
    path.join(dir, 'schema.json'),
    JSON.stringify({ fields: [{ name: 'id', type: 'integer' }] }),
  );
  return dir;
})();

const SCHEMA = JSON.stringify({ fields: [{ name: 'id', type: 'integer' }] });

function expectOutsideRefused(run: ActionRun, input: string, shown: string): void {
  const quoted = shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  expectRefusal(
    run,
    new RegExp(`^${input}: ${quoted}.* is outside the workspace.*allow-paths-outside-workspace`),
  );
  expect(rawOutput(run)).not.toContain(SECRET_TEXT);
}

describe('paths an action reads stay inside the workspace', () => {
  it('an absolute schema path, named with its input', async () => {
    const file = path.join(await outside, 'passwd');
    const run = await runStep('validate-data', {
      inputs: { schema: file, data: 'data.csv' },
      workspace: await workspaceWith({ 'data.csv': 'id\n1\n' }),
    });
    expectOutsideRefused(run, "input 'schema'", file);
  });

  it('a relative path climbing out of the workspace', async () => {
    const workspace = await workspaceWith({ 'schema.json': SCHEMA });
    const climb = path.relative(workspace, path.join(await outside, 'passwd'));
    const run = await runStep('validate-data', { inputs: { schema: 'schema.json', data: climb }, workspace });
    expectOutsideRefused(run, "input 'data'", climb);
  });

  it('a symlink inside the workspace that leads out of it, matched by a glob', async () => {
    const workspace = await workspaceWith({
      'schema.json': SCHEMA,
      'data/a.csv': 'id\n1\n',
      'data/b.csv': { symlink: path.join(await outside, 'passwd') },
    });
    const run = await runStep('validate-data', {
      inputs: { schema: 'schema.json', data: 'data/*.csv' },
      workspace,
    });
    expectOutsideRefused(run, "input 'data'", 'data/b.csv (it leads to');
  });

  it('a path from mlgate.yml, named by its key', async () => {
    const workspace = await workspaceWith({
      'mlgate.yml': `metrics:\n  files: ${path.join(await outside, 'passwd')}\n`,
    });
    const run = await runStep('compare-metrics', { inputs: { baseline: 'file:mlgate.yml' }, workspace });
    expectOutsideRefused(run, 'metrics.files', path.join(await outside, 'passwd'));
  });

  it('the config, the baseline file, reports and model files of the other actions', async () => {
    const passwd = path.join(await outside, 'passwd');
    const workspace = await workspaceWith({ 'metrics.json': '{"accuracy": 0.9}' });
    const cases = [
      ['.', { config: passwd }, "input 'config'"],
      ['compare-metrics', { metrics: 'metrics.json', baseline: `file:${passwd}` }, "input 'baseline'"],
      ['comment', { reports: passwd }, "input 'reports'"],
      ['publish-model', { name: 'churn', model: passwd }, "input 'model'"],
      ['publish-model', { name: 'churn', model: 'metrics.json', profiles: passwd }, "input 'profiles'"],
    ] as const;
    for (const [action, inputs, input] of cases) {
      expectOutsideRefused(await runStep(action, { inputs, workspace }), input, passwd);
    }
  });

  it('reports are written inside the workspace or RUNNER_TEMP only', async () => {
    const dir = path.join(await outside, 'reports');
    const run = await runStep('validate-data', {
      inputs: { schema: 'schema.json', data: 'data.csv', 'report-dir': dir },
      workspace: await workspaceWith({ 'schema.json': SCHEMA, 'data.csv': 'id\n1\n' }),
    });
    expectRefusal(
      run,
      /^input 'report-dir': \S+ is outside the workspace and RUNNER_TEMP; set 'allow-paths-outside-workspace: true'/,
    );
  });

  it("'allow-paths-outside-workspace: true' lets the step read there", async () => {
    const run = await runStep('validate-data', {
      inputs: {
        schema: path.join(await outside, 'schema.json'),
        data: 'data.csv',
        'allow-paths-outside-workspace': 'true',
        token: '',
      },
      workspace: await workspaceWith({ 'data.csv': 'id\n1\n' }),
    });
    expect(run.annotations.filter((annotation) => annotation.level === 'error')).toEqual([]);
    expect({ exitCode: run.exitCode, valid: run.outputs['valid'] }).toEqual({ exitCode: 0, valid: 'true' });
  });
});
