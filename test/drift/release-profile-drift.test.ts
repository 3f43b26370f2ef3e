import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '@mlgate/cli';
import { parseModelManifest, parseReport, parseSha256Sums } from '@mlgate/engine';
import type { DriftReport } from '@mlgate/engine';
import {
  fakeSha,
  startActionsServices,
  startLocalGitHub,
  type ActionsServices,
  type LocalGitHub,
} from '@mlgate/local-github';
import { runAction, webhookEvent, type ActionRun } from '@mlgate/runner-harness';
import { repoActions, type RepoActions } from '../../scripts/repo-actions.js';

// Drift against the production model's data: publish-model carries the profile the root action wrote on
// main as a release asset; a later run with `baseline: release` judges fresh data against that profile
// rather than the default branch's, and falls back to the cache when the latest release has none.
const project = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'drift-project');
const [OWNER, REPO, TOKEN] = ['acme', 'weather-prod', 'ghs_releaseProfileDriftToken000000001'];
const [firstSha, trainedSha, summerSha] = [
  fakeSha('prod-first'),
  fakeSha('prod-trained'),
  fakeSha('prod-summer'),
];

let github: LocalGitHub;
let services: ActionsServices;
let actions: RepoActions;
let scratch: string;
let runId = 1200;

async function workspace(data: 'main' | 'drifted'): Promise<string> {
  const dir = await mkdtemp(path.join(scratch, `${data}-`));
  await cp(path.join(project, 'mlgate.yml'), path.join(dir, 'mlgate.yml'));
  await cp(path.join(project, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
  await cp(path.join(project, data), dir, { recursive: true });
  await mkdir(path.join(dir, 'model'));
  await writeFile(path.join(dir, 'model', 'weather.onnx'), Buffer.alloc(2_000, 3));
  return dir;
}

const push = (sha: string) =>
  webhookEvent('push', {
    repository: `${OWNER}/${REPO}`,
    overrides: { ref: 'refs/heads/main', after: sha, repository: { default_branch: 'main' } },
  });

function gate(event: ReturnType<typeof webhookEvent>, sha: string, dir: string): Promise<ActionRun> {
  const id = ++runId;
  const pull = event.payload['pull_request'] as { number: number } | undefined;
  return runAction(actions.dir('.'), {
    event,
    workspace: dir,
    inputs: { 'report-dir': path.join(dir, 'reports'), baseline: 'release' },
    env: services.envFor(
      pull !== undefined
        ? { runId: id, jobId: 1, ref: `refs/pull/${pull.number}/merge`, readFrom: ['refs/heads/main'] }
        : { runId: id, jobId: 1, ref: 'refs/heads/main' },
    ),
    github: {
      token: TOKEN,
      apiUrl: github.apiUrl,
      runId: String(id),
      sha,
      ...(pull === undefined ? { ref: 'refs/heads/main' } : {}),
    },
  });
}

function publish(sha: string, dir: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const id = ++runId;
  return runAction(actions.dir('publish-model'), {
    inputs: { model: 'model/', name: 'weather', require: 'none', ...inputs },
    workspace: dir,
    event: push(sha),
    github: { token: TOKEN, apiUrl: github.apiUrl, runId: String(id), sha, ref: 'refs/heads/main' },
    timeoutMs: 60_000,
  });
}

async function driftReport(run: ActionRun): Promise<DriftReport> {
  const file = run.outputs['reports']!.split('\n').find((f) => f.endsWith('drift-weather.json'))!;
  return parseReport(await readFile(file, 'utf8'), file) as DriftReport;
}

const log = (run: ActionRun): string => [...run.log, run.stderr].join('\n');

beforeAll(async () => {
  [github, services, actions] = await Promise.all([
    startLocalGitHub(),
    startActionsServices(),
    repoActions(),
  ]);
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-prod-profile-'));
  github.state.addRepo(OWNER, REPO, { defaultBranch: 'main', headSha: trainedSha });
  github.tokens.add(TOKEN, { access: 'write' });
  github.state.addWorkflow(OWNER, REPO, {
    file: 'retrain.yml',
    inputs: { reason: { required: true }, 'drifted-columns': {}, 'regressed-metrics': {}, sha: {} },
  });
  github.state.addPullRequest(OWNER, REPO, {
    number: 21,
    head: { ref: 'fresh-data', sha: summerSha },
    base: { ref: 'main', sha: trainedSha },
  });
}, 120_000);

afterAll(async () => {
  await Promise.all([github?.close(), services?.close()]);
  await rm(scratch, { recursive: true, force: true });
});

describe("drift against the production model's profile", () => {
  let trained: string;

  it('falls back to the cache, saying why, when the latest release carries no profiles', async () => {
    const first = await publish(firstSha, await workspace('main'));
    expect(first.exitCode).toBe(0);
    expect(first.outputs['tag']).toBe('weather-v1.0.0');

    trained = await workspace('main');
    const run = await gate(push(trainedSha), trainedSha, trained);
    expect(run.exitCode).toBe(0);
    expect(log(run)).toContain(
      "release weather-v1.0.0 carries no profiles (publish-model's 'profiles' input",
    );
    const report = await driftReport(run);
    expect(report.baseline.source).toBe('none');
    // The push still keeps its profile in the cache: the fallback of the next run.
    expect(services.cache.list().map((entry) => entry.key)).toContain(`mlgate-profile-default-${trainedSha}`);
  });

  it('publishes the profile with the model, named in the manifest and covered by SHA256SUMS', async () => {
    const run = await publish(trainedSha, trained, { profiles: 'reports/profiles/*.json' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['tag']).toBe('weather-v1.0.1');
    // `mlgate model download` checks the profile like every other file of the release.
    const into = path.join(scratch, 'download');
    const out: string[] = [];
    const code = await runCli(
      ['model', 'download', 'weather@1.0.1', '--repo', `${OWNER}/${REPO}`, '--dir', into],
      {
        cwd: scratch,
        env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.apiUrl },
        stdout: (text) => out.push(text),
        stderr: (text) => out.push(text),
      },
    );
    expect(code).toBe(0);
    const manifest = parseModelManifest(
      await readFile(path.join(into, 'manifest.json'), 'utf8'),
      'manifest.json',
    );
    const profile = await readFile(path.join(trained, 'reports', 'profiles', 'profile-weather.json'));
    expect(manifest.profiles).toEqual([
      {
        dataset: 'weather',
        asset: 'profile-weather.json',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        rows: 731,
      },
    ]);

    const sums = parseSha256Sums(await readFile(path.join(into, 'SHA256SUMS'), 'utf8'), 'SHA256SUMS');
    expect(sums.map((entry) => entry.name)).toContain('profile-weather.json');
    expect(await readFile(path.join(into, 'profile-weather.json'))).toEqual(profile);
  });

  it("judges a pull request's drifted data against the release's profile, naming the tag", async () => {
    const run = await gate(
      webhookEvent('pull_request', {
        action: 'opened',
        repository: `${OWNER}/${REPO}`,
        overrides: {
          number: 21,
          pull_request: {
            number: 21,
            head: { sha: summerSha, ref: 'fresh-data' },
            base: { sha: trainedSha, ref: 'main' },
          },
          repository: { default_branch: 'main' },
        },
      }),
      summerSha,
      await workspace('drifted'),
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs['drifted-columns']).toContain('temp_max');
    const report = await driftReport(run);
    expect(report.baseline).toEqual({ rows: 731, source: 'release weather-v1.0.1', sha: trainedSha });
    expect(github.violations).toEqual([]);
    expect(github.responseViolations).toEqual([]);
  });
});
