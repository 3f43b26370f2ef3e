import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fakeSha, startLocalGitHub, type LocalGitHub } from '@mlgate/local-github';
import { runAction, webhookEvent, type ActionRun, type GitHubRunOptions } from '@mlgate/runner-harness';
import { repoActions } from '../../scripts/repo-actions.js';
import { repoCli } from '../../scripts/repo-cli.js';

// mlgate on GitHub Enterprise Server: the local GitHub in GHES's URL layout (REST under /api/v3, uploads
// under /api/uploads, GraphQL at /api/graphql, the web at the root) and the bundled actions with the
// environment a GHES runner gives them. A request to github.com's layout (the API at the root, uploads at
// /uploads) is a 404 there, so any URL mlgate built for github.com fails these tests. There is no Actions
// cache here: GHES speaks only the legacy cache protocol to @actions/cache, so the baseline is `release`.
const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'demo-project');
const [OWNER, REPO, TOKEN] = ['acme', 'churn-model', 'ghs_enterpriseServerWriteToken000001'];
const mainSha = fakeSha('ghes-main');
const mergedHead = fakeSha('ghes-merged-head');
const pullHead = fakeSha('ghes-pull-head');
const run = promisify(execFile);

let github: LocalGitHub;
let scratch: string;
let runId = 1500;

async function workspace(stage: 'main' | 'pull-request'): Promise<string> {
  const into = await mkdtemp(path.join(scratch, `${stage}-`));
  await cp(path.join(project, 'mlgate.yml'), path.join(into, 'mlgate.yml'));
  await cp(path.join(project, 'schemas'), path.join(into, 'schemas'), { recursive: true });
  await cp(path.join(project, stage), into, { recursive: true });
  return into;
}

/** What a GHES runner sets: all three URLs on the instance's own host. */
function onEnterpriseServer(): GitHubRunOptions {
  return {
    token: TOKEN,
    runId: String(++runId),
    apiUrl: github.apiUrl,
    serverUrl: github.url,
    graphqlUrl: github.graphqlUrl,
  };
}

const pushToMain = () =>
  webhookEvent('push', {
    repository: `${OWNER}/${REPO}`,
    overrides: { ref: 'refs/heads/main', after: mainSha, repository: { default_branch: 'main' } },
  });

const errors = (action: ActionRun): string[] =>
  action.annotations.filter((a) => a.level === 'error').map((a) => a.message);

let main: string;
let push: ActionRun;
/** dist/cli/mlgate.js as `npm run build` writes it, bundled while the actions run. */
let cliBundle: Promise<string>;
let publish: ActionRun;

beforeAll(async () => {
  github = await startLocalGitHub({ layout: 'enterprise-server' });
  github.tokens.add(TOKEN, { access: 'write' });
  github.state.addRepo(OWNER, REPO, { defaultBranch: 'main', headSha: mainSha });
  // Main's commit is the merge of #6, approved on its final head: what publish-model releases.
  github.state.addPullRequest(OWNER, REPO, {
    number: 6,
    head: { ref: 'retrain', sha: mergedHead },
    merged: true,
    mergeCommitSha: mainSha,
  });
  github.state.addReviews(OWNER, REPO, 6, [{ user: 'alice', state: 'APPROVED', commitId: mergedHead }]);
  github.state.addPullRequest(OWNER, REPO, {
    number: 7,
    head: { ref: 'bad-export', sha: pullHead },
    base: { ref: 'main', sha: mainSha },
  });
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-ghes-'));
  cliBundle = repoCli();
  const actions = await repoActions();
  main = await workspace('main');
  await mkdir(path.join(main, 'model'), { recursive: true });
  await writeFile(path.join(main, 'model', 'churn.onnx'), Buffer.alloc(200_000, 3));
  await writeFile(path.join(main, 'model', 'features.json'), '{"features": ["tenure", "plan"]}\n');
  push = await runAction(actions.dir('.'), {
    event: pushToMain(),
    workspace: main,
    inputs: { baseline: 'release', 'report-dir': 'reports' },
    github: onEnterpriseServer(),
  });
  publish = await runAction(actions.dir('publish-model'), {
    event: pushToMain(),
    workspace: main,
    inputs: { model: 'model/', name: 'churn', reports: 'reports/*.json' },
    github: onEnterpriseServer(),
    timeoutMs: 60_000,
  });
}, 60_000);

afterAll(async () => {
  await github?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('mlgate on GitHub Enterprise Server (REST under /api/v3)', () => {
  it('says the cache baseline needs ACTIONS_CACHE_URL, the legacy cache GHES speaks, when the runner has none', async () => {
    const actions = await repoActions();
    const cached = await runAction(actions.dir('.'), {
      event: pushToMain(),
      workspace: await workspace('main'),
      github: onEnterpriseServer(),
    });
    expect(cached.exitCode).toBe(0);
    expect(cached.outputs).toMatchObject({
      verdict: 'neutral',
      reason: 'no-baseline',
      'baseline-source': 'none',
    });
    expect(cached.log.join('\n')).toContain(
      'the Actions cache service is not available here (ACTIONS_CACHE_URL is not set)',
    );
  });

  it('measures a push to main, with no release yet to compare against', () => {
    expect(errors(push)).toEqual([]);
    expect(push.exitCode).toBe(0);
    expect(push.outputs).toMatchObject({ verdict: 'neutral', reason: 'no-baseline' });
    const check = github.state.repo(OWNER, REPO).checkRuns.find((c) => c.headSha === mainSha);
    expect(check).toMatchObject({ name: 'mlgate / quality', conclusion: 'neutral' });
  });

  it('publishes the model: a release whose assets went up through /api/uploads', () => {
    expect(errors(publish)).toEqual([]);
    expect(publish.exitCode).toBe(0);
    expect(publish.outputs).toMatchObject({ released: 'true', tag: 'churn-v1.0.0' });
    expect(publish.outputs['release-url']).toBe(`${github.url}/${OWNER}/${REPO}/releases/tag/churn-v1.0.0`);
    const [release] = github.state.repo(OWNER, REPO).releases;
    expect(release?.draft).toBe(false);
    const uploads = github.requests.filter((r) => r.operationId === 'repos/upload-release-asset');
    expect(uploads.length).toBe(release?.assets.length);
    for (const upload of uploads) {
      expect(upload.path).toMatch(new RegExp(`^/api/uploads/repos/${OWNER}/${REPO}/releases/\\d+/assets$`));
      expect(upload.status).toBe(201);
    }
  });

  it('gates a pull request against that release: comment, failing check run, release baseline', async () => {
    const actions = await repoActions();
    const pr = await runAction(actions.dir('.'), {
      event: webhookEvent('pull_request', {
        action: 'opened',
        repository: `${OWNER}/${REPO}`,
        overrides: {
          number: 7,
          pull_request: {
            number: 7,
            head: { sha: pullHead, ref: 'bad-export' },
            base: { sha: mainSha, ref: 'main' },
          },
          repository: { default_branch: 'main' },
        },
      }),
      workspace: await workspace('pull-request'),
      inputs: { baseline: 'release' },
      github: onEnterpriseServer(),
    });
    expect(pr.exitCode).toBe(1);
    expect(pr.outputs).toMatchObject({
      verdict: 'fail',
      'baseline-source': 'release',
      'baseline-sha': mainSha,
    });
    const repo = github.state.repo(OWNER, REPO);
    const check = repo.checkRuns.find((c) => c.headSha === pullHead);
    expect(check).toMatchObject({ name: 'mlgate / quality', conclusion: 'failure' });
    expect(pr.outputs['check-run-url']).toMatch(new RegExp(`^${github.url}/${OWNER}/${REPO}/`));
    const comments = repo.issueComments.filter((c) => c.issueNumber === 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('churn-v1.0.0');
    // Links in the comment go to the instance's web UI, never to github.com.
    expect(comments[0]!.body).not.toContain('https://github.com');
  });

  it("keeps a fork's failing verdict (exit 1) with the report in the summary: GHES has no artifacts for the poster", async () => {
    const actions = await repoActions();
    github.tokens.add('ghs_enterpriseServerReadToken0000001', { access: 'read' });
    const fork = await runAction(actions.dir('.'), {
      event: webhookEvent('pull_request', {
        action: 'opened',
        repository: `${OWNER}/${REPO}`,
        fork: true,
        overrides: {
          number: 7,
          pull_request: {
            number: 7,
            head: { sha: pullHead, ref: 'bad-export' },
            base: { sha: mainSha, ref: 'main' },
          },
          repository: { default_branch: 'main' },
        },
      }),
      workspace: await workspace('pull-request'),
      inputs: { baseline: 'release' },
      github: { ...onEnterpriseServer(), token: 'ghs_enterpriseServerReadToken0000001' },
    });
    expect(fork.exitCode).toBe(1);
    expect(fork.outputs).toMatchObject({ verdict: 'fail', 'baseline-source': 'release' });
    expect(fork.summary).toContain('accuracy');
    expect(fork.annotations.map((a) => a.message)).toContainEqual(
      expect.stringContaining('GitHub Enterprise Server has no Actions artifacts (v4)'),
    );
    expect(fork.annotations.map((a) => a.message).join('\n')).not.toContain('GHESNotSupportedError');
  });

  it('restores and verifies the release with the bundled CLI, GITHUB_API_URL pointing at /api/v3', async () => {
    const cli = await cliBundle;
    const into = path.join(scratch, 'restored');
    const { stdout } = await run(
      process.execPath,
      [cli, 'model', 'download', 'churn@latest', '--repo', `${OWNER}/${REPO}`, '--dir', into],
      {
        cwd: scratch,
        env: {
          PATH: process.env['PATH'],
          GITHUB_TOKEN: TOKEN,
          GITHUB_API_URL: github.apiUrl,
        },
        timeout: 30_000,
      },
    );
    expect(stdout).toMatch(/verified/i);
    expect((await readdir(into)).sort()).toEqual(expect.arrayContaining(['churn.onnx', 'features.json']));
    expect(await readFile(path.join(into, 'churn.onnx'))).toEqual(Buffer.alloc(200_000, 3));
    github.assertNoViolations();
    // Nothing was asked of github.com's layout: every API request went under /api/.
    const outside = github.requests.filter((r) => r.operationId !== undefined && !r.path.startsWith('/api/'));
    expect(outside.filter((r) => r.operationId !== 'graphql')).toEqual([]);
  });

  it('asked only for operations the oldest GHES description @octokit/openapi has (3.17) lists', async () => {
    const description = JSON.parse(
      await readFile(
        createRequire(import.meta.url).resolve('@octokit/openapi/generated/ghes-3.17.json'),
        'utf8',
      ),
    ) as { paths: Record<string, Record<string, { operationId?: string }>> };
    const onEnterpriseServer = new Set(
      Object.values(description.paths).flatMap((operations) =>
        Object.values(operations).map((operation) => operation.operationId),
      ),
    );
    const used = new Set(
      github.requests.flatMap((r) => (r.operationId === undefined ? [] : [r.operationId])),
    );
    used.delete('graphql');
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((operationId) => !onEnterpriseServer.has(operationId))).toEqual([]);
  });
});
