import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '@mlgate/cli';
import { parseModelManifest, parseSha256Sums } from '@mlgate/engine';
import { createGitHubClient } from '@mlgate/github';
import { fakeSha, startLocalGitHub, type LocalGitHub } from '@mlgate/local-github';
import { runAction, webhookEvent, type ActionRun, type WebhookEvent } from '@mlgate/runner-harness';
import { repoActions } from '../../scripts/repo-actions.js';

// publish-model as a workflow runs it on a push to main after a merge: the bundled action on Node 24
// against the local GitHub, which checks every request and response against GitHub's description.
const [OWNER, TOKEN] = ['acme', 'ghs_publishModelWriteToken00000000001'];
let github: LocalGitHub;
let scratch: string;
let repoCount = 0;
let runId = 700;

interface World {
  readonly repo: string;
  /** The merge commit on main: what is released. */
  readonly commit: string;
  /** The pull request's final head. */
  readonly head: string;
  readonly workspace: string;
}

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** A repository with pull request #7 merged as `commit`, a passing gate on it, and the model in a workspace. */
async function world(
  options: {
    reviews?: 'approved' | 'none' | 'stale' | 'changes-requested';
    gate?: 'success' | 'failure';
  } = {},
): Promise<World> {
  const repo = `models-${++repoCount}`;
  const commit = fakeSha(`${repo}-merge`);
  const head = fakeSha(`${repo}-head`);
  const older = fakeSha(`${repo}-older-head`);
  github.state.addRepo(OWNER, repo, { defaultBranch: 'main', headSha: commit });
  github.state.addPullRequest(OWNER, repo, {
    number: 7,
    head: { ref: 'retrain', sha: head },
    merged: true,
    mergeCommitSha: commit,
  });
  const reviews = options.reviews ?? 'approved';
  if (reviews === 'approved')
    github.state.addReviews(OWNER, repo, 7, [{ user: 'alice', state: 'APPROVED', commitId: head }]);
  if (reviews === 'stale')
    github.state.addReviews(OWNER, repo, 7, [{ user: 'alice', state: 'APPROVED', commitId: older }]);
  if (reviews === 'changes-requested') {
    github.state.addReviews(OWNER, repo, 7, [
      { user: 'alice', state: 'APPROVED', commitId: head },
      { user: 'bob', state: 'CHANGES_REQUESTED', commitId: head },
    ]);
  }
  github.state.addCheckRun(OWNER, repo, {
    headSha: commit,
    name: 'mlgate / quality',
    conclusion: options.gate ?? 'success',
  });
  const workspace = path.join(scratch, repo);
  await mkdir(path.join(workspace, 'model'), { recursive: true });
  await writeFile(path.join(workspace, 'model', 'churn.onnx'), Buffer.alloc(300_000, 7));
  await writeFile(path.join(workspace, 'model', 'features.json'), '{"features": ["tenure", "plan"]}\n');
  return { repo, commit, head, workspace };
}

function publish(
  target: World,
  inputs: Record<string, string> = {},
  options: { event?: WebhookEvent; runnerTemp?: string } = {},
): Promise<ActionRun> {
  const id = ++runId;
  return repoActions().then((actions) =>
    runAction(actions.dir('publish-model'), {
      inputs: { model: 'model/', name: 'churn', ...inputs },
      workspace: target.workspace,
      event:
        options.event ??
        webhookEvent('push', {
          repository: `${OWNER}/${target.repo}`,
          overrides: { ref: 'refs/heads/main', after: target.commit, repository: { default_branch: 'main' } },
        }),
      ...(options.runnerTemp !== undefined ? { runnerTemp: options.runnerTemp } : {}),
      github: { token: TOKEN, apiUrl: github.apiUrl, runId: String(id) },
      timeoutMs: 120_000,
    }),
  );
}

const releasesOf = (target: World) => github.state.repo(OWNER, target.repo).releases;
const errors = (run: ActionRun): string[] =>
  run.annotations
    .filter((annotation) => annotation.level === 'error')
    .map((annotation) => annotation.message);
const log = (run: ActionRun): string => [...run.log, run.stderr].join('\n');

/** Requests that would have created or changed something on GitHub. */
function writesTo(target: World): number {
  return github.requests.filter(
    (request) => request.method !== 'GET' && request.path.includes(`/${target.repo}/`),
  ).length;
}

async function mlgate(
  argv: readonly string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.apiUrl },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  github = await startLocalGitHub();
  github.tokens.add(TOKEN, { access: 'write' });
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-publish-'));
}, 120_000);

afterAll(async () => {
  await github?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('publish-model', () => {
  it('publishes an approved model whose gate passed: every asset, SHA256SUMS and digests right, then download restores it', async () => {
    const target = await world();
    const run = await publish(target);
    expect(errors(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ released: 'true', version: '1.0.0', tag: 'churn-v1.0.0' });

    const [release, ...others] = releasesOf(target);
    expect(others).toEqual([]);
    expect(release).toMatchObject({ tagName: 'churn-v1.0.0', draft: false, targetCommitish: target.commit });
    expect(github.state.repo(OWNER, target.repo).refs.get('refs/tags/churn-v1.0.0')).toBe(target.commit);
    const names = release!.assets.map((asset) => asset.name).sort();
    expect(names).toEqual(['MODEL_CARD.md', 'SHA256SUMS', 'churn.onnx', 'features.json', 'manifest.json']);

    // Every asset GitHub holds is the file SHA256SUMS names, and the model files are the workspace's.
    const restoredDir = path.join(scratch, `${target.repo}-restored`);
    const restored = await mlgate(
      ['model', 'download', 'churn@latest', '--repo', `${OWNER}/${target.repo}`, '--dir', restoredDir],
      target.workspace,
    );
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('churn.onnx: OK');
    const sums = parseSha256Sums(await readFile(path.join(restoredDir, 'SHA256SUMS'), 'utf8'));
    expect(sums.map((entry) => entry.name)).toEqual([
      'MODEL_CARD.md',
      'churn.onnx',
      'features.json',
      'manifest.json',
    ]);
    expect(sums.find((entry) => entry.name === 'churn.onnx')?.sha256).toBe(
      sha256(await readFile(path.join(target.workspace, 'model', 'churn.onnx'))),
    );
    execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: restoredDir });
    const manifest = parseModelManifest(
      await readFile(path.join(restoredDir, 'manifest.json'), 'utf8'),
      'manifest.json',
    );
    expect(manifest).toMatchObject({
      name: 'churn',
      version: '1.0.0',
      commit: target.commit,
      pullRequest: { number: 7, approvers: ['alice'] },
      gate: { source: 'check-run', checkName: 'mlgate / quality' },
    });
    expect(release!.body).toContain('churn');
    github.assertNoViolations();
  });

  it('hands attest-build-provenance the released model files as a sha256sum file, by the digests uploaded', async () => {
    const target = await world();
    const runnerTemp = path.join(scratch, `${target.repo}-runner-temp`);
    const run = await publish(target, {}, { runnerTemp });
    expect(run.exitCode).toBe(0);
    const checksums = run.outputs['checksums']!;
    expect(path.dirname(checksums)).toBe(path.join(runnerTemp, 'mlgate'));
    const text = await readFile(checksums, 'utf8');
    // attest-build-provenance's subject-checksums: `<hex digest> <flag><name>` a line, the flag ' ' or '*'.
    expect(text).toMatch(/^(?:[0-9a-f]{64} [ *][^\n]+\n)+$/);
    expect(parseSha256Sums(text)).toEqual([
      {
        name: 'churn.onnx',
        sha256: sha256(await readFile(path.join(target.workspace, 'model', 'churn.onnx'))),
      },
      {
        name: 'features.json',
        sha256: sha256(await readFile(path.join(target.workspace, 'model', 'features.json'))),
      },
    ]);
    // The same digests as the release's own SHA256SUMS, which covers the manifest and card besides.
    execFileSync('sha256sum', ['-c', '--strict', checksums], { cwd: path.join(target.workspace, 'model') });
  });

  it('releases the commit a workflow_run names (the gated one), not the default branch it runs on', async () => {
    // The harness gives a workflow_run run the default branch's (synthetic) newest commit as GITHUB_SHA.
    const target = await world();
    const event = webhookEvent('workflow_run', {
      action: 'completed',
      repository: `${OWNER}/${target.repo}`,
      overrides: {
        workflow_run: { event: 'push', conclusion: 'success', head_branch: 'main', head_sha: target.commit },
        repository: { default_branch: 'main' },
      },
    });
    const run = await publish(target, {}, { event });
    expect(errors(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(releasesOf(target)).toMatchObject([{ tagName: 'churn-v1.0.0', targetCommitish: target.commit }]);
  });

  it.each([
    ['no approval', 'none', /pr-approved: #7: 0 approvals? of 1 required/],
    ['only an approval of an older head', 'stale', /older head/],
    ['a change request outstanding', 'changes-requested', /bob requested changes/],
  ] as const)('refuses with %s, and creates nothing', async (_label, reviews, why) => {
    const target = await world({ reviews });
    const run = await publish(target);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['released']).toBe('false');
    expect(errors(run).join('\n')).toMatch(why);
    expect(releasesOf(target)).toEqual([]);
    expect(writesTo(target)).toBe(0);
  });

  it('refuses when the gate failed on the commit, and creates nothing', async () => {
    const target = await world({ gate: 'failure' });
    const run = await publish(target);
    expect(run.exitCode).toBe(1);
    expect(errors(run).join('\n')).toMatch(
      /gate-passed: 'mlgate \/ quality' on [0-9a-f]{7} concluded failure/,
    );
    expect(releasesOf(target)).toEqual([]);
  });

  it('completes on a re-run after uploads failed part-way, without a duplicate asset', async () => {
    const target = await world();
    // The second upload fails on every try of the first run.
    github.faults.add({
      operationId: 'repos/upload-release-asset',
      skip: 1,
      times: 4,
      fault: { kind: 'status', status: 502 },
    });
    const failed = await publish(target);
    expect(failed.exitCode).toBe(2);
    expect(errors(failed).join('\n')).toMatch(/^GitHub answered 502 to POST /m);
    expect(releasesOf(target)).toMatchObject([{ draft: true }]);

    const rerun = await publish(target);
    expect(errors(rerun)).toEqual([]);
    expect(rerun.exitCode).toBe(0);
    const [release, ...others] = releasesOf(target);
    expect(others).toEqual([]);
    expect(release?.draft).toBe(false);
    const names = release!.assets.map((asset) => asset.name);
    expect(names.sort()).toEqual([...new Set(names)].sort());
    expect(names).toHaveLength(5);
  });

  it('leaves one release when two runs publish at once', async () => {
    const target = await world();
    github.faults.add({ operationId: 'repos/create-release', fault: { kind: 'rendezvous', parties: 2 } });
    const runs = await Promise.all([publish(target), publish(target)]);
    expect(runs.map((run) => [run.exitCode, errors(run)])).toEqual([
      [0, []],
      [0, []],
    ]);
    const releases = releasesOf(target);
    expect(releases.map((release) => [release.tagName, release.draft])).toEqual([['churn-v1.0.0', false]]);
    expect(releases[0]!.assets).toHaveLength(5);
    github.assertNoViolations();
  });

  it('with immutable releases, a re-run after publishing checks the files, changes nothing and says so', async () => {
    const target = await world();
    github.state.enableImmutableReleases(OWNER, target.repo);
    expect((await publish(target)).exitCode).toBe(0);
    expect(releasesOf(target)[0]).toMatchObject({ draft: false });
    const writes = writesTo(target);
    const again = await publish(target);
    expect(errors(again)).toEqual([]);
    expect(again.exitCode).toBe(0);
    expect(log(again)).toContain(
      'the release churn-v1.0.0 is already published with these files; nothing changed',
    );
    expect(writesTo(target)).toBe(writes);
    expect(releasesOf(target)).toHaveLength(1);
  });

  it('refuses a 2.5 GiB model file before any request that creates something', async () => {
    const target = await world();
    const big = path.join(target.workspace, 'model', 'weights.bin');
    await writeFile(big, '');
    execFileSync('truncate', ['-s', '2560M', big]);
    const run = await publish(target);
    expect(run.exitCode).toBe(2);
    expect(errors(run).join('\n')).toMatch(/weights\.bin.*2\.50 GiB.*split it/);
    expect(writesTo(target)).toBe(0);
    expect(releasesOf(target)).toEqual([]);
  });

  it('mlgate model download detects a tampered asset, names it, removes it, and exits 1', async () => {
    const target = await world();
    expect((await publish(target)).exitCode).toBe(0);
    const release = releasesOf(target)[0]!;
    const model = release.assets.find((asset) => asset.name === 'churn.onnx')!;
    // Someone with write access replaces the model on the (mutable) release with other bytes, same name.
    const client = await createGitHubClient({ token: TOKEN, baseUrl: github.apiUrl, warn: () => {} });
    const repository = { owner: OWNER, repo: target.repo };
    await client.rest.repos.deleteReleaseAsset({ ...repository, asset_id: model.id });
    const { data: published } = await client.rest.repos.getRelease({ ...repository, release_id: release.id });
    const other = Buffer.alloc(300_000, 8);
    await client.rest.repos.uploadReleaseAsset({
      ...repository,
      release_id: release.id,
      url: published.upload_url,
      name: 'churn.onnx',
      data: other as unknown as string,
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(other.length) },
    });
    const dir = path.join(scratch, `${target.repo}-tampered`);
    const result = await mlgate(
      ['model', 'download', 'churn@1.0.0', '--repo', `${OWNER}/${target.repo}`, '--dir', dir],
      target.workspace,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^churn\.onnx: FAILED/m);
    expect(result.stderr).toMatch(/churn\.onnx failed the check \(removed: churn\.onnx\)/);
    expect((await readdir(dir)).sort()).toEqual([
      'MODEL_CARD.md',
      'SHA256SUMS',
      'features.json',
      'manifest.json',
    ]);

    const missing = await mlgate(
      ['model', 'download', 'churn@9.9.9', '--repo', `${OWNER}/${target.repo}`],
      target.workspace,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `mlgate model download: no release churn-v9.9.9 in ${OWNER}/${target.repo}\n`,
    );
  });

  it('mlgate model list shows each version with its commit and gate verdict', async () => {
    const target = await world();
    expect((await publish(target)).exitCode).toBe(0);
    const listed = await mlgate(
      ['model', 'list', 'churn', '--repo', `${OWNER}/${target.repo}`, '--json'],
      target.workspace,
    );
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({
        name: 'churn',
        version: '1.0.0',
        tag: 'churn-v1.0.0',
        commit: target.commit,
        gate: 'pass',
      }),
    ]);
  });

  it('mlgate model publish releases from a laptop through the same checks, and a second run changes nothing', async () => {
    const target = await world();
    const argv = [
      'model',
      'publish',
      'model/',
      '--name',
      'churn',
      '--repo',
      `${OWNER}/${target.repo}`,
      '--commit',
      target.commit,
    ];
    const first = await mlgate(argv, target.workspace);
    expect(first.code).toBe(0);
    // The result on stdout, one line a script can read; the progress on stderr.
    expect(first.stdout).toMatch(/^published churn-v1\.0\.0: http\S+\n$/);
    expect(first.stderr).toMatch(/^uploaded churn\.onnx \(\d+ bytes, sha256 [0-9a-f]{12}…\)$/m);
    const second = await mlgate(argv, target.workspace);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^already published churn-v1\.0\.0: http\S+\n$/);
    expect(releasesOf(target)).toHaveLength(1);

    const refused = await world({ reviews: 'none' });
    const denied = await mlgate(
      [
        'model',
        'publish',
        'model/',
        '--name',
        'churn',
        '--repo',
        `${OWNER}/${refused.repo}`,
        '--commit',
        refused.commit,
      ],
      refused.workspace,
    );
    expect(denied.code).toBe(1);
    expect(denied.stderr).toMatch(/^mlgate model publish: not published: pr-approved: #7: /m);
    expect(releasesOf(refused)).toEqual([]);
  });
});
