import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formatStamp, parseStamp } from '@mlgate/engine';
import {
  createGitHubClient,
  parseRequirements,
  postStickyComment,
  publishModel,
  resolveModelFiles,
  type GitHubClient,
} from '@mlgate/github';
import { fakeSha, startLocalGitHub, type LocalGitHub } from '@mlgate/local-github';

// mlgate at the sizes real repositories reach: long pull request threads, releases with many files, big
// datasets full of errors, many runs at once. The slow ones run only with MLGATE_SLOW_TESTS=1 (.ci/run).
const slow = process.env['MLGATE_SLOW_TESTS'] ? describe : describe.skip;
const root = fileURLToPath(new URL('../..', import.meta.url));
const [OWNER, TOKEN] = ['acme', 'ghs_loadTestWriteToken00000000000000001'];
const CHECK_NAME = 'mlgate / quality';

let github: LocalGitHub;
let scratch: string;
let repoCount = 0;

function client(): Promise<GitHubClient> {
  return createGitHubClient({ token: TOKEN, baseUrl: github.apiUrl, warn: () => {}, writeSpacingMs: 0 });
}

beforeAll(async () => {
  github = await startLocalGitHub({ logViolations: false });
  github.tokens.add(TOKEN, { access: 'write' });
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-load-'));
}, 60_000);

afterAll(async () => {
  await github?.close();
  await rm(scratch, { recursive: true, force: true });
});

const head = (repo: string) => fakeSha(`${repo}-head`);
const stamp = (repo: string, runId: number) => ({ id: 'mlgate', runId, runAttempt: 1, sha: head(repo) });
const ourComments = (repo: string) =>
  github.state.repo(OWNER, repo).issueComments.filter((comment) => parseStamp(comment.body)?.id === 'mlgate');

function pullRequestRepo(): string {
  const repo = `load-${++repoCount}`;
  github.state.addRepo(OWNER, repo, { defaultBranch: 'main', headSha: fakeSha(`${repo}-main`) });
  github.state.addPullRequest(OWNER, repo, { number: 1, head: { ref: 'feature', sha: head(repo) } });
  return repo;
}

describe('a pull request with 1,000 comments', () => {
  it('finds the sticky comment on page 6 of 10 and updates it: no second comment', async () => {
    const repo = pullRequestRepo();
    for (let index = 0; index < 1000; index++) {
      const body = index === 555 ? `${formatStamp(stamp(repo, 1))}\nthe report of run 1` : `comment ${index}`;
      github.state.addIssueComment(OWNER, repo, 1, { body, user: index === 555 ? undefined : 'alice' });
    }
    const [ours] = ourComments(repo);
    const before = github.requests.length;
    const result = await postStickyComment(await client(), {
      owner: OWNER,
      repo,
      issueNumber: 1,
      body: 'the report of run 2',
      stamp: stamp(repo, 2),
      mode: 'upsert',
    });
    expect(result).toMatchObject({ outcome: 'updated', comment: { id: ours!.id } });
    expect(ourComments(repo)).toHaveLength(1);
    expect(ourComments(repo)[0]!.body).toContain('the report of run 2');
    expect(github.state.repo(OWNER, repo).issueComments).toHaveLength(1000);
    const made = github.requests.slice(before);
    expect(made.filter((request) => request.operationId === 'issues/list-comments')).toHaveLength(10);
    expect(made.filter((request) => request.operationId === 'issues/create-comment')).toHaveLength(0);
  });
});

slow('50 runs at once against one pull request', () => {
  it('leave one sticky comment, the newest run’s', async () => {
    const repo = pullRequestRepo();
    const runs = Array.from({ length: 50 }, (_, index) => index + 1);
    const results = await Promise.all(
      runs.map(async (runId) =>
        postStickyComment(await client(), {
          owner: OWNER,
          repo,
          issueNumber: 1,
          body: `the report of run ${runId}`,
          stamp: stamp(repo, runId),
          mode: 'upsert',
        }),
      ),
    );
    expect(results.every((result) => result.outcome !== 'deleted')).toBe(true);
    const left = ourComments(repo);
    expect(left).toHaveLength(1);
    expect(parseStamp(left[0]!.body)?.runId).toBe(50);
  }, 60_000);
});

/** A repository with an approved, gated merge and `files` model files in its workspace. */
async function modelRepo(files: number): Promise<{ repo: string; workspace: string }> {
  const repo = `load-${++repoCount}`;
  const commit = fakeSha(`${repo}-merge`);
  github.state.addRepo(OWNER, repo, { defaultBranch: 'main', headSha: commit });
  github.state.addPullRequest(OWNER, repo, {
    number: 7,
    head: { ref: 'retrain', sha: head(repo) },
    merged: true,
    mergeCommitSha: commit,
  });
  github.state.addReviews(OWNER, repo, 7, [{ user: 'alice', state: 'APPROVED', commitId: head(repo) }]);
  github.state.addCheckRun(OWNER, repo, { headSha: commit, name: CHECK_NAME, conclusion: 'success' });
  const workspace = path.join(scratch, repo);
  await mkdir(path.join(workspace, 'model'), { recursive: true });
  for (let index = 0; index < files; index++) {
    await writeFile(
      path.join(workspace, 'model', `shard-${String(index).padStart(3, '0')}.bin`),
      `shard ${index}\n`,
    );
  }
  return { repo, workspace };
}

async function publish(repo: string, workspace: string) {
  return publishModel(await client(), {
    source: { repo: { owner: OWNER, repo } },
    commit: fakeSha(`${repo}-merge`),
    name: 'churn',
    files: await resolveModelFiles(['model/'], workspace, "input 'model'"),
    version: '1.0.0',
    bump: 'patch',
    requirements: parseRequirements('gate-passed, pr-approved', 'test'),
    minApprovals: 1,
    allowStaleApprovals: false,
    checkName: CHECK_NAME,
    reports: [],
    profiles: [],
    prerelease: false,
    makeLatest: true,
    workDir: path.join(workspace, 'work'),
    log: () => {},
  });
}

slow('a release with 100 assets', () => {
  it('publishes all 100; a re-run verifies them and uploads nothing', async () => {
    // 97 model files, and the manifest, the model card and SHA256SUMS.
    const { repo, workspace } = await modelRepo(97);
    expect(await publish(repo, workspace)).toMatchObject({ status: 'published' });
    const [release, ...others] = github.state.repo(OWNER, repo).releases;
    expect(others).toEqual([]);
    expect(release).toMatchObject({ draft: false });
    expect(release!.assets).toHaveLength(100);

    const before = github.requests.length;
    expect(await publish(repo, workspace)).toMatchObject({ status: 'already-published' });
    const rerun = github.requests.slice(before);
    expect(rerun.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(github.state.repo(OWNER, repo).releases[0]!.assets).toHaveLength(100);
  }, 120_000);
});

/** Peak RSS (kB, as GNU time reports it) of a child `mlgate` run from the committed bundle. */
function mlgateWithPeakMemory(
  args: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string; peakKb: number }> {
  return new Promise((resolve) => {
    execFile(
      '/usr/bin/time',
      ['-f', 'peak-rss-kb=%M', process.execPath, path.join(root, 'dist/cli/mlgate.js'), ...args],
      { cwd: scratch, maxBuffer: 64 * 1024 * 1024, timeout: 170_000 },
      (error, stdout, stderr) => {
        const peak = /peak-rss-kb=(\d+)/.exec(stderr);
        resolve({
          code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1,
          stdout,
          // GNU time's own lines: the exit status and the figure.
          stderr: stderr.replace(/^(Command exited with non-zero status \d+|peak-rss-kb=\d+)\n?/gm, ''),
          peakKb: peak === null ? Number.NaN : Number(peak[1]),
        });
      },
    );
  });
}

async function writeRows(
  file: string,
  header: string,
  rows: number,
  row: (index: number) => string,
): Promise<void> {
  const out = createWriteStream(file);
  out.write(header);
  const BATCH = 10_000;
  for (let start = 0; start < rows; start += BATCH) {
    let chunk = '';
    for (let index = start; index < Math.min(rows, start + BATCH); index++) chunk += row(index);
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

slow('a 2M-row dataset with 1M errors', () => {
  it('counts every error exactly, lists only the capped examples, and a child `mlgate validate` stays under 512 MB', async () => {
    const data = path.join(scratch, 'big.csv');
    const schema = path.join(scratch, 'big.schema.json');
    await writeFile(
      schema,
      JSON.stringify({
        fields: [
          { name: 'id', type: 'integer' },
          { name: 'age', type: 'integer', constraints: { minimum: 0 } },
        ],
      }),
    );
    // Every odd row's age is not a number.
    await writeRows(data, 'id,age\n', 2_000_000, (index) => `${index},${index % 2 === 1 ? 'x' : '30'}\n`);
    const { code, stdout, stderr, peakKb } = await mlgateWithPeakMemory([
      'validate',
      '--schema',
      schema,
      '--json',
      '--max-errors',
      '50',
      data,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      rows: number;
      errorCount: number;
      errorsByCode: Record<string, number>;
      errors: unknown[];
      errorsTruncated: boolean;
    };
    expect(report).toMatchObject({
      rows: 2_000_000,
      errorCount: 1_000_000,
      errorsByCode: { 'type-error': 1_000_000 },
      errorsTruncated: true,
    });
    // --max-errors 50, and at most --examples-per-column (20) of one column: the tighter cap holds.
    expect(report.errors).toHaveLength(20);
    expect(peakKb).toBeLessThan(512 * 1024);
  }, 180_000);
});
