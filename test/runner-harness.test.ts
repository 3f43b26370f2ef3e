import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_ANNOTATIONS_PER_LEVEL, runAction, webhookEvent, type ActionRun } from '@mlgate/runner-harness';
import { buildFixtureAction, type BuiltAction } from './fixture-action.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'actions');
const SECRET = 'hunter2-but-longer';
const TOKEN = 'ghs_0123456789abcdefghij';

let roundtrip: BuiltAction;
let staged: BuiltAction;

beforeAll(async () => {
  [roundtrip, staged] = await Promise.all([
    buildFixtureAction(path.join(fixtures, 'roundtrip')),
    buildFixtureAction(path.join(fixtures, 'staged')),
  ]);
});

afterAll(async () => {
  await Promise.all([roundtrip.dispose(), staged.dispose()]);
});

const withMode = (mode: string): Promise<ActionRun> =>
  runAction(roundtrip.dir, { inputs: { 'fail-on': 'regression', mode } });

describe('a bundled action run as the runner runs it', () => {
  let run: ActionRun;

  beforeAll(async () => {
    run = await runAction(roundtrip.dir, {
      inputs: { 'fail-on': 'regression', 'spaced input': 'with space', secret: SECRET, 'not-declared': 'x' },
      github: { token: TOKEN },
    });
  });

  it('succeeds and runs post after main', () => {
    expect(run.outcome).toBe('success');
    expect(run.exitCode).toBe(0);
    expect(run.post?.outcome).toBe('success');
  });

  it('round-trips outputs exactly: multi-line, `=` inside, JSON', () => {
    expect(run.outputs).toEqual({
      greeting: 'hello from action.yml',
      'fail-on': 'regression',
      spaced: 'with space',
      'token-length': String(TOKEN.length),
      multiline: 'line one\nline two\n\nline four\n',
      equals: 'a=b==c',
      json: '{"accuracy":0.93,"tags":["x","y"]}',
    });
  });

  it('applies input defaults from action.yml, including ${{ github.token }}', () => {
    expect(run.inputs['greeting']).toBe('hello from action.yml');
    expect(run.inputs['token']).toBe(TOKEN);
  });

  it('warns about an undeclared input with the runner message, and does not enforce `required`', async () => {
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        source: 'runner',
        message:
          "Unexpected input(s) 'not-declared', valid inputs are ['greeting', 'fail-on', 'spaced input', 'secret', 'token', 'mode']",
      }),
    );
    const missingRequired = await runAction(roundtrip.dir, { inputs: { mode: 'deprecated-commands' } });
    expect(missingRequired.outcome).toBe('success');
  });

  it('runs in GITHUB_WORKSPACE', () => {
    expect(path.basename(run.state['cwd'] ?? '')).toBe('workspace');
  });

  it('writes the step summary as the runner attaches it, masked', () => {
    expect(run.summary).toBe(
      '<h2>Fixture summary</h2>\n' +
        '<table><tr><th>metric</th><th>value</th></tr><tr><td>accuracy</td><td>0.93</td></tr></table>\n' +
        'secret: ***\n',
    );
  });

  it('turns escaped commands into annotations with file, line and column', () => {
    const actionAnnotations = run.annotations.filter((a) => a.source === 'action');
    expect(actionAnnotations).toEqual([
      {
        level: 'error',
        message: '100% off: a, b\nsecond: line',
        source: 'action',
        file: 'data/train.csv',
        line: 3,
        col: 7,
        endColumn: 9,
        title: 'Bad: row, col',
        shown: true,
      },
      {
        level: 'warning',
        message: 'drift',
        source: 'action',
        // An absolute path inside the workspace becomes relative and gains the repository.
        file: 'metrics/eval.json',
        repo: 'Codertocat/Hello-World',
        line: 10,
        endLine: 12,
        shown: true,
      },
      { level: 'notice', message: 'plain notice', source: 'action', shown: true },
    ]);
  });

  it('masks the secret in the log, the summary and later stages, but keeps the raw output', () => {
    expect(run.masks).toEqual([SECRET]);
    expect(run.log).toContain('the secret is ***');
    expect(run.log.join('\n')).not.toContain(SECRET);
    expect(run.rawStdout).toContain(`the secret is ${SECRET}`);
    expect(run.post?.log).toContain('post sees the secret ***');
  });

  it('consumes commands: groups stay as markers, debug stays out of the log without step debug', () => {
    expect(run.log).toEqual(
      expect.arrayContaining([
        '##[group]details',
        'inside the group',
        '##[endgroup]',
        '##[notice]plain notice',
      ]),
    );
    expect(run.log.some((line) => line.includes('debug line'))).toBe(false);
    expect(run.debug).toEqual(['a debug line']);
  });

  it('hands state to post as STATE_*, with the exported env and PATH', () => {
    expect(run.state['phase']).toBe('main = done');
    expect(run.env).toEqual({ MLGATE_FIXTURE: 'exported=1' });
    expect(run.path).toEqual(['/opt/fixture/bin']);
    expect(run.post?.outputs).toEqual({
      phase: 'main = done',
      'fixture-env': 'exported=1',
      'path-has-fixture': 'true',
    });
  });
});

describe('failures as the runner reports them', () => {
  it('core.setFailed exits 1, fails the step, and post still runs (post-if defaults to always())', async () => {
    const run = await withMode('set-failed');
    expect(run.exitCode).toBe(1);
    expect(run.outcome).toBe('failure');
    expect(run.outputs).toEqual({ 'before-failure': 'yes' });
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'the gate failed' }),
    );
    expect(run.post?.outcome).toBe('success');
  });

  it('a malformed GITHUB_OUTPUT fails the step with the runner message; pairs before it still apply', async () => {
    const run = await withMode('malformed-output');
    expect(run.exitCode).toBe(0);
    expect(run.outcome).toBe('failure');
    expect(run.outputs).toEqual({ first: 'ok' });
    expect(run.annotations.map((a) => a.message)).toEqual([
      "Unable to process file command 'output' successfully.",
      "Invalid value. Matching delimiter not found 'EOF'",
    ]);
  });

  it('GITHUB_ENV refuses NODE_OPTIONS with an error but keeps the rest and the step', async () => {
    const run = await withMode('node-options');
    expect(run.outcome).toBe('success');
    expect(run.env).toEqual({ KEPT: 'yes' });
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.",
      }),
    );
  });

  it('a step summary over 1 MiB is refused with an error, without failing the step', async () => {
    const run = await withMode('oversized-summary');
    expect(run.outcome).toBe('success');
    expect(run.summary).toBeUndefined();
    expect(run.annotations[0]?.message).toMatch(
      /^\$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got 1024k\./,
    );
  });

  it('shows at most 10 error annotations per step, keeping the rest in the log', async () => {
    const run = await withMode('many-annotations');
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(12);
    expect(errors.filter((a) => a.shown)).toHaveLength(MAX_ANNOTATIONS_PER_LEVEL);
    expect(run.log).toContain('##[error]error 12');
  });

  it('the deprecated set-output and save-state commands still work and earn a warning each', async () => {
    const run = await withMode('deprecated-commands');
    expect(run.outputs).toEqual({ legacy: 'old style' });
    expect(run.state).toEqual({ 'legacy-state': 'kept' });
    expect(
      run.annotations.filter((a) => a.message.startsWith('The `set-output` command is deprecated')),
    ).toHaveLength(1);
    expect(
      run.annotations.filter((a) => a.message.startsWith('The `save-state` command is deprecated')),
    ).toHaveLength(1);
  });

  it('stop-commands passes commands through as text until the token comes back', async () => {
    const run = await withMode('stop-commands');
    expect(run.annotations.map((a) => a.message)).toEqual(['an annotation again']);
    expect(run.log).toContain('::error::not an annotation while stopped');
    // The token is longer than 6 characters, so the runner masks it.
    expect(run.log).toContain('::stop-commands::***');
  });
});

describe('pre, main and post', () => {
  it('pre runs first and its state reaches main; post-if: failure() skips post on success', async () => {
    const run = await runAction(staged.dir);
    expect(run.pre?.outcome).toBe('success');
    expect(run.outputs).toEqual({ seen: 'pre ran' });
    expect(run.post?.outcome).toBe('skipped');
  });

  it('post-if: failure() runs post when main failed', async () => {
    const run = await runAction(staged.dir, { inputs: { fail: 'true' } });
    expect(run.outcome).toBe('failure');
    expect(run.post?.outputs).toEqual({ cleanup: 'ran after a failure' });
  });

  it('a local action (uses: ./…) gets no pre, with the runner warning', async () => {
    const run = await runAction(staged.dir, { reference: 'local' });
    expect(run.pre).toBeUndefined();
    expect(run.outputs).toEqual({ seen: '<no state>' });
    expect(run.annotations[0]?.message).toMatch(/^`pre` execution is not supported for local action from /);
  });
});

describe('the runner environment', () => {
  it('derives GITHUB_REF and GITHUB_SHA for a pull request from its payload and keeps the test env out', async () => {
    const workspace = await mkdtemp(path.join(tmpdir(), 'mlgate-ws-'));
    const probe = path.join(workspace, 'probe');
    try {
      await writeFile(path.join(workspace, 'prefilled.txt'), 'from the test');
      const dump = await buildProbe(probe);
      process.env['MLGATE_TEST_ONLY'] = 'leak';
      const event = webhookEvent('pull_request', {
        action: 'synchronize',
        repository: 'acme/models',
        overrides: {
          pull_request: { number: 17, merge_commit_sha: 'f'.repeat(40), head: { ref: 'feature/x' } },
        },
      });
      const run = await runAction(dump, {
        event,
        workspace,
        env: { JOB_LEVEL: 'yes' },
        github: { graphqlUrl: 'http://127.0.0.1:1/graphql' },
      });
      delete process.env['MLGATE_TEST_ONLY'];
      const env = JSON.parse(run.outputs['env'] ?? '{}') as Record<string, string>;
      expect(env).toMatchObject({
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REF: 'refs/pull/17/merge',
        GITHUB_REF_NAME: '17/merge',
        GITHUB_SHA: 'f'.repeat(40),
        GITHUB_HEAD_REF: 'feature/x',
        GITHUB_BASE_REF: 'master',
        GITHUB_REPOSITORY: 'acme/models',
        GITHUB_REPOSITORY_OWNER: 'acme',
        GITHUB_WORKSPACE: workspace,
        GITHUB_GRAPHQL_URL: 'http://127.0.0.1:1/graphql',
        GITHUB_API_URL: 'https://api.github.com',
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        JOB_LEVEL: 'yes',
        'INPUT_FAIL-ON': '',
      });
      expect(env['MLGATE_TEST_ONLY']).toBeUndefined();
      expect(env['GITHUB_TOKEN']).toBeUndefined();
      expect(run.outputs['prefilled']).toBe('from the test');
      expect(run.outputs['event-number']).toBe('17');
    } finally {
      delete process.env['MLGATE_TEST_ONLY'];
      await rm(workspace, { recursive: true, force: true });
    }
  });
});

/** A throwaway action (plain JS, no bundling needed) that reports its environment and event. */
async function buildProbe(dir: string): Promise<string> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'action.yml'),
    'name: probe\ndescription: dumps its environment\ninputs:\n  fail-on:\n    description: x\nruns:\n  using: node24\n  main: main.mjs\n',
  );
  await writeFile(
    path.join(dir, 'main.mjs'),
    [
      "import { appendFileSync, readFileSync } from 'node:fs';",
      'const out = (name, value) => appendFileSync(process.env.GITHUB_OUTPUT, `${name}<<EOF\\n${value}\\nEOF\\n`);',
      "out('env', JSON.stringify(process.env));",
      "out('prefilled', readFileSync('prefilled.txt', 'utf8'));",
      "out('event-number', JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')).pull_request.number);",
    ].join('\n'),
  );
  return dir;
}
