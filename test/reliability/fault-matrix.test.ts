import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '@mlgate/cli';
import {
  HEAD_SHA,
  OWNER as COMMENT_OWNER,
  REPO as COMMENT_REPO,
  REPOSITORY as COMMENT_REPOSITORY,
  WRITE_TOKEN as COMMENT_TOKEN,
  comparisonReport,
  commentsOn,
  pullRequestEvent,
  removeWorkspace,
  runComment,
  seedPullRequest,
  workspaceWith,
} from '../comment/comment-test-setup.js';
import { formatStamp, parseStamp } from '@mlgate/engine';
import {
  createGitHubClient,
  describeGitHubFailure,
  findModelVersion,
  openBaselineStore,
  parseRequirements,
  postStickyComment,
  publishCheckRun,
  publishModel,
  resolveModelFiles,
  restoreModel,
  type GitHubClient,
} from '@mlgate/github';
import { fakeSha, startLocalGitHub, type FaultRule, type LocalGitHub } from '@mlgate/local-github';
import {
  checkRunsOf as gateRunsOf,
  pullRequestOfCommit,
  reviewsOf,
} from '../../packages/github/src/release/publish-evidence.js';

// Every GitHub API call mlgate makes, against every fault a network and GitHub can throw at it, through the
// packages/github functions that make the call (in-process: fast), against the local GitHub's fault
// injection. Retries run on tiny bases; the bounds they must keep are the real ones, scaled the same way.
const [OWNER, TOKEN] = ['acme', 'ghs_faultMatrixWriteToken000000000001'];
const REQUEST_TIMEOUT_MS = 750;
const RETRY_BUDGET_MS = 2500;
/** Longest a row may take: its budget, one more timeout and the time the calls themselves take. */
const ROW_BOUND_MS = RETRY_BUDGET_MS + REQUEST_TIMEOUT_MS + 1500;
const CHECK_NAME = 'mlgate / quality';

let github: LocalGitHub;
let scratch: string;
let repoCount = 0;
let runId = 1000;

function client(requestTimeoutMs = REQUEST_TIMEOUT_MS): Promise<GitHubClient> {
  return createGitHubClient({
    token: TOKEN,
    baseUrl: github.apiUrl,
    warn: () => {},
    retryBaseMs: 20,
    rateLimitSecondMs: 20,
    writeSpacingMs: 0,
    requestTimeoutMs,
    retryBudgetMs: RETRY_BUDGET_MS,
  });
}

/** One thing mlgate does, in a fresh repository: what it seeds, does, and what must hold whatever happened. */
interface Scenario {
  seed(repo: string): Promise<void>;
  run(client: GitHubClient, repo: string): Promise<unknown>;
  /** What must hold after a run that failed, and after one that did not: no duplicates, nothing half-made. */
  holds(repo: string): void;
  /** What a successful run leaves. */
  done(repo: string): void;
  /** What a re-run after a failed run leaves, when that differs from `done`. */
  afterRerun?(repo: string): void;
}

const stampOf = (repo: string) => ({
  id: 'mlgate',
  runId: ++runId,
  runAttempt: 1,
  sha: fakeSha(`${repo}-head`),
});
const ourComments = (repo: string) =>
  github.state.repo(OWNER, repo).issueComments.filter((comment) => parseStamp(comment.body)?.id === 'mlgate');

function pullRequestRepo(repo: string): void {
  github.state.addRepo(OWNER, repo, { defaultBranch: 'main', headSha: fakeSha(`${repo}-main`) });
  github.state.addPullRequest(OWNER, repo, {
    number: 1,
    head: { ref: 'feature', sha: fakeSha(`${repo}-head`) },
  });
}

const stickyComment = (mode: 'upsert' | 'delete', existing: boolean): Scenario => ({
  async seed(repo) {
    pullRequestRepo(repo);
    if (existing) {
      const stamp = { id: 'mlgate', runId: 1, runAttempt: 1, sha: fakeSha(`${repo}-head`) };
      github.state.addIssueComment(OWNER, repo, 1, {
        body: `${formatStamp(stamp)}\nold`,
      });
      // The seeded stamp must read back as ours, or the scenario tests nothing.
      expect(ourComments(repo)).toHaveLength(1);
    }
  },
  run: (client, repo) =>
    postStickyComment(client, {
      owner: OWNER,
      repo,
      issueNumber: 1,
      body: `report of run ${runId + 1}`,
      stamp: stampOf(repo),
      mode,
    }),
  holds: (repo) => expect(ourComments(repo).length).toBeLessThanOrEqual(1),
  done: (repo) => expect(ourComments(repo)).toHaveLength(mode === 'delete' ? 0 : 1),
});

const checkRunsOf = (repo: string) =>
  github.state.repo(OWNER, repo).checkRuns.filter((run) => run.name === CHECK_NAME);

const checkRun: Scenario = {
  seed: async (repo) => pullRequestRepo(repo),
  run: (client, repo) =>
    publishCheckRun(client, {
      owner: OWNER,
      repo,
      name: CHECK_NAME,
      headSha: fakeSha(`${repo}-head`),
      content: {
        conclusion: 'failure',
        title: '60 errors',
        summary: 'data validation failed',
        // More than one request takes: the rest go in updates.
        annotations: Array.from({ length: 60 }, (_, index) => ({
          path: 'data/train.csv',
          startLine: index + 1,
          level: 'failure' as const,
          title: 'type',
          message: `row ${index + 1}: not a number`,
        })),
      },
    }),
  holds: (repo) => expect(checkRunsOf(repo).length).toBeLessThanOrEqual(1),
  done: (repo) => expect(checkRunsOf(repo)).toHaveLength(1),
  // Not held: a check run cannot be deleted, and updating the one a lost answer left would append its
  // annotations twice. A re-run adds a second run of the name; GitHub shows (and branch protection reads)
  // the latest, which carries the verdict.
  afterRerun: (repo) => {
    const runs = checkRunsOf(repo);
    expect(runs.length).toBeLessThanOrEqual(2);
    expect(runs.at(-1)).toMatchObject({ conclusion: 'failure', status: 'completed' });
  },
};

/** A repository with pull request #7 merged as `main`, approved and gated, and the model in a workspace. */
async function modelRepo(repo: string): Promise<void> {
  const commit = fakeSha(`${repo}-merge`);
  const head = fakeSha(`${repo}-head`);
  github.state.addRepo(OWNER, repo, { defaultBranch: 'main', headSha: commit });
  github.state.addPullRequest(OWNER, repo, {
    number: 7,
    head: { ref: 'retrain', sha: head },
    merged: true,
    mergeCommitSha: commit,
  });
  github.state.addReviews(OWNER, repo, 7, [{ user: 'alice', state: 'APPROVED', commitId: head }]);
  github.state.addCheckRun(OWNER, repo, { headSha: commit, name: CHECK_NAME, conclusion: 'success' });
  const model = path.join(scratch, repo, 'model');
  await mkdir(model, { recursive: true });
  await writeFile(path.join(model, 'churn.onnx'), Buffer.alloc(20_000, 7));
  await writeFile(path.join(model, 'features.json'), '{"features": ["tenure", "plan"]}\n');
}

async function publish(client: GitHubClient, repo: string) {
  const workspace = path.join(scratch, repo);
  return publishModel(client, {
    source: { repo: { owner: OWNER, repo } },
    commit: fakeSha(`${repo}-merge`),
    name: 'churn',
    files: await resolveModelFiles(['model/'], workspace, "input 'model'"),
    version: 'auto',
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

const releasesOf = (repo: string) => github.state.repo(OWNER, repo).releases;
/** The manifest, the card, SHA256SUMS and the two model files. */
const RELEASE_ASSETS = 5;

const modelPublication: Scenario = {
  seed: modelRepo,
  run: async (client, repo) => {
    const outcome = await publish(client, repo);
    expect(outcome.status).not.toBe('refused');
    return outcome;
  },
  holds: (repo) => {
    const releases = releasesOf(repo);
    expect(releases.length).toBeLessThanOrEqual(1);
    for (const release of releases.filter((candidate) => !candidate.draft)) {
      expect(release.assets.filter((asset) => asset.state === 'uploaded')).toHaveLength(RELEASE_ASSETS);
    }
  },
  done: (repo) => {
    expect(releasesOf(repo).map((release) => [release.draft, release.assets.length])).toEqual([
      [false, RELEASE_ASSETS],
    ]);
  },
};

/** A published model, for the rows that only read one: published once, read by all of them. */
let published: Promise<string> | undefined;
function publishedModelRepo(): Promise<string> {
  published ??= (async () => {
    const repo = `published-${++repoCount}`;
    await modelRepo(repo);
    await publish(await client(30_000), repo);
    return repo;
  })();
  return published;
}

const modelDownload: Scenario = {
  seed: async () => void (await publishedModelRepo()),
  run: async (client) => {
    const repo = await publishedModelRepo();
    const repository = { owner: OWNER, repo };
    const version = await findModelVersion(client, repository, 'churn', 'latest');
    const dir = await mkdtemp(path.join(scratch, `${repo}-download-`));
    const restored = await restoreModel(client, repository, version, dir);
    expect(restored.removed).toEqual([]);
    return restored;
  },
  holds: () => {},
  done: () => {},
};

const releaseBaseline: Scenario = {
  seed: async () => void (await publishedModelRepo()),
  run: async (client) => {
    const repo = await publishedModelRepo();
    const store = openBaselineStore(
      { kind: 'release' },
      {
        workspace: path.join(scratch, repo),
        name: 'default',
        currentFiles: [],
        namespace: 'none',
        client: async () => client,
        repository: async () => ({ owner: OWNER, repo }),
      },
    );
    return store.restore();
  },
  holds: () => {},
  done: () => {},
};

const pullRequestOfEvent: Scenario = {
  seed: async (repo) => pullRequestRepo(repo),
  run: async (client, repo) => {
    const found = await pullRequestOfCommit(
      client,
      { repo: { owner: OWNER, repo }, payload: { pull_request: { number: 1 } } },
      fakeSha(`${repo}-head`),
    );
    expect(found?.number).toBe(1);
    return found;
  },
  holds: () => {},
  done: () => {},
};

/** What publish-model reads before it creates anything: the pull request, its reviews, the gate. */
const publishEvidence: Scenario = {
  seed: modelRepo,
  run: async (client, repo) => {
    const source = { repo: { owner: OWNER, repo } };
    const commit = fakeSha(`${repo}-merge`);
    const pull = await pullRequestOfCommit(client, source, commit);
    expect(pull?.number).toBe(7);
    expect(await reviewsOf(client, source, 7)).toHaveLength(1);
    expect(await gateRunsOf(client, source, commit, CHECK_NAME)).toHaveLength(1);
  },
  holds: () => {},
  done: () => {},
};

interface Call {
  readonly operationId: string;
  /** What mlgate does when it makes the call. */
  readonly during: string;
  readonly scenario: Scenario;
  /**
   * A write GitHub may have done though its answer was lost (a POST that creates): not repeated blindly,
   * the step fails instead and a re-run converges. Uploads converge on their own (422 already_exists, then
   * the digest decides).
   */
  readonly createsOnce?: boolean;
}

const CALLS: readonly Call[] = [
  { operationId: 'issues/list-comments', during: 'sticky comment', scenario: stickyComment('upsert', false) },
  {
    operationId: 'issues/create-comment',
    during: 'sticky comment, first post',
    scenario: stickyComment('upsert', false),
    createsOnce: true,
  },
  {
    operationId: 'issues/update-comment',
    during: 'sticky comment, update',
    scenario: stickyComment('upsert', true),
  },
  {
    operationId: 'issues/delete-comment',
    during: 'sticky comment, delete',
    scenario: stickyComment('delete', true),
  },
  { operationId: 'pulls/get', during: 'pull request of the event', scenario: pullRequestOfEvent },
  { operationId: 'checks/create', during: 'check run', scenario: checkRun, createsOnce: true },
  { operationId: 'checks/update', during: 'check run, annotations 51-60', scenario: checkRun },
  { operationId: 'repos/list-releases', during: 'publish-model, versions', scenario: modelPublication },
  {
    operationId: 'repos/list-pull-requests-associated-with-commit',
    during: 'publish-model, evidence',
    scenario: publishEvidence,
  },
  { operationId: 'pulls/list-reviews', during: 'publish-model, approvals', scenario: publishEvidence },
  { operationId: 'checks/list-for-ref', during: 'publish-model, gate', scenario: publishEvidence },
  {
    operationId: 'repos/create-release',
    during: 'publish-model, draft',
    scenario: modelPublication,
    createsOnce: true,
  },
  { operationId: 'repos/upload-release-asset', during: 'publish-model, assets', scenario: modelPublication },
  { operationId: 'repos/list-release-assets', during: 'publish-model, verify', scenario: modelPublication },
  { operationId: 'repos/update-release', during: 'publish-model, publish', scenario: modelPublication },
  { operationId: 'repos/get-release-asset', during: 'model download', scenario: modelDownload },
  { operationId: 'repos/get-latest-release', during: 'release baseline', scenario: releaseBaseline },
];

type Expected = { readonly outcome: 'recovers' } | { readonly outcome: 'fails'; readonly says: RegExp };

interface FaultCase {
  readonly name: string;
  readonly rule: (operationId: string) => FaultRule;
  readonly expected: (call: Call) => Expected;
}

const recovers: Expected = { outcome: 'recovers' };
/** A lost answer to a write that may have landed: fail with a clear line, never try it a second time. */
const lostAnswer =
  (says: RegExp) =>
  (call: Call): Expected =>
    call.createsOnce === true ? { outcome: 'fails', says } : recovers;

const FAULTS: readonly FaultCase[] = [
  {
    name: '500 once',
    rule: (operationId) => ({ operationId, fault: { kind: 'status', status: 500 } }),
    expected: () => recovers,
  },
  {
    name: '502 twice',
    rule: (operationId) => ({ operationId, times: 2, fault: { kind: 'status', status: 502 } }),
    expected: () => recovers,
  },
  {
    name: '503 on every try',
    rule: (operationId) => ({ operationId, times: 1000, fault: { kind: 'status', status: 503 } }),
    expected: () => ({ outcome: 'fails', says: /^GitHub answered 503 to (GET|POST|PATCH|DELETE) http/ }),
  },
  {
    name: '403 secondary rate limit with retry-after',
    rule: (operationId) => ({ operationId, fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 2 } }),
    expected: () => recovers,
  },
  {
    name: '429 with retry-after',
    rule: (operationId) => ({ operationId, fault: { kind: 'rate-limit-429', resetAfterSeconds: 1 } }),
    expected: () => recovers,
  },
  {
    name: 'timeout (held, never answered)',
    rule: (operationId) => ({ operationId, fault: { kind: 'hang' } }),
    expected: lostAnswer(
      /^GitHub at http:\/\/127\.0\.0\.1:\d+ did not answer POST .*: no answer within 0\.75 s$/,
    ),
  },
  {
    name: 'connection reset mid-answer',
    rule: (operationId) => ({ operationId, fault: { kind: 'reset' } }),
    expected: lostAnswer(/^cannot reach GitHub at http:\/\/127\.0\.0\.1:\d+: ECONNRESET \(POST /),
  },
  {
    name: 'connection cut before an answer',
    rule: (operationId) => ({ operationId, fault: { kind: 'reset-request' } }),
    expected: lostAnswer(/^cannot reach GitHub at http:\/\/127\.0\.0\.1:\d+: ECONNRESET \(POST /),
  },
];

beforeAll(async () => {
  github = await startLocalGitHub({ logViolations: false });
  github.tokens.add(TOKEN, { access: 'write' });
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-fault-matrix-'));
  // Once each without faults: the first request of a kind compiles its schemas, which no row should time.
  for (const scenario of new Set(CALLS.map((call) => call.scenario))) {
    const repo = `warm-up-${++repoCount}`;
    await scenario.seed(repo);
    await scenario.run(await client(30_000), repo);
  }
}, 60_000);

afterAll(async () => {
  await github?.close();
  await rm(scratch, { recursive: true, force: true });
});

for (const call of CALLS) {
  describe(`${call.operationId} (${call.during})`, () => {
    for (const fault of FAULTS) {
      const expected = fault.expected(call);
      const title =
        expected.outcome === 'recovers'
          ? 'retried within the budget, succeeds, no duplicate'
          : 'fails within the budget with one clear line (exit 2); a re-run converges, no duplicate';
      it(`${call.operationId}: ${fault.name} → ${title}`, async () => {
        const repo = `faults-${++repoCount}`;
        await call.scenario.seed(repo);
        github.faults.clear();
        github.faults.add(fault.rule(call.operationId));
        const started = Date.now();
        const result = await call.scenario.run(await client(), repo).then(
          () => undefined,
          (error: unknown) => error,
        );
        const elapsed = Date.now() - started;
        const fired = github.faults.fired.length;
        github.faults.clear();

        expect(fired).toBeGreaterThan(0);
        expect(elapsed).toBeLessThan(ROW_BOUND_MS);
        call.scenario.holds(repo);
        if (expected.outcome === 'recovers') {
          expect(result).toBeUndefined();
          call.scenario.done(repo);
          return;
        }
        expect(result).toBeDefined();
        expect(describeGitHubFailure(result)).toMatch(expected.says);
        // The re-run a person starts after reading that line.
        await call.scenario.run(await client(), repo);
        (call.scenario.afterRerun ?? call.scenario.done)(repo);
      });
    }
  });
}

describe('an unreachable API', () => {
  it('GITHUB_API_URL on a closed port: one retry, then "cannot reach GitHub … ECONNREFUSED" within seconds', async () => {
    const closed = await startLocalGitHub({ logViolations: false });
    const url = closed.apiUrl;
    await closed.close();
    const unreachable = await createGitHubClient({ token: TOKEN, baseUrl: url, warn: () => {} });
    const started = Date.now();
    const error = await unreachable.rest.repos
      .get({ owner: OWNER, repo: 'any' })
      .catch((caught: unknown) => caught);
    // The real backoff (1 s before the one retry), not a test-sized one.
    expect(Date.now() - started).toBeLessThan(3000);
    expect(describeGitHubFailure(error)).toBe(
      `cannot reach GitHub at ${url}: ECONNREFUSED (GET ${url}/repos/${OWNER}/any)`,
    );
  });

  it('mlgate model download against it: exit 2 and one line naming the URL, no stack, in seconds', async () => {
    const closed = await startLocalGitHub({ logViolations: false });
    const url = closed.apiUrl;
    await closed.close();
    let stderr = '';
    const started = Date.now();
    const code = await runCli(
      ['model', 'download', 'churn@latest', '--repo', `${OWNER}/any`, '--dir', scratch],
      {
        cwd: scratch,
        env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: url },
        stdout: () => {},
        stderr: (text) => (stderr += text),
      },
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `mlgate model download: cannot reach GitHub at ${url}: ECONNREFUSED (GET ${url}/repos/${OWNER}/any/releases)\n`,
    );
  });
});

// A few rows end to end: the bundled comment action as the runner runs it, its bounds set by the
// environment variables a workflow would set.
describe('the bundled comment action (end to end)', () => {
  let workspace: string;
  beforeAll(async () => {
    github.tokens.add(COMMENT_TOKEN, { access: 'write' });
    github.state.addRepo(COMMENT_OWNER, COMMENT_REPO);
    const subject = { repository: COMMENT_REPOSITORY, sha: HEAD_SHA, pullRequest: 1, runId: 100 };
    workspace = await workspaceWith({ 'comparison.json': await comparisonReport(subject) });
  });
  afterAll(async () => {
    if (workspace) await removeWorkspace(workspace);
  });
  const errorsOf = (run: { annotations: readonly { level: string; message: string }[] }) =>
    run.annotations
      .filter((annotation) => annotation.level === 'error')
      .map((annotation) => annotation.message);

  it('issues/create-comment: timeout (held, never answered) → exit 2 within the timeout, one error line, no comment; a re-run posts one', async () => {
    seedPullRequest(github, 1);
    github.faults.add({ operationId: 'issues/create-comment', fault: { kind: 'hang' } });
    const env = { MLGATE_GITHUB_TIMEOUT_SECONDS: '1', MLGATE_GITHUB_RETRY_BUDGET_SECONDS: '5' };
    const inputs = { reports: 'reports/*.json' };
    const started = Date.now();
    const held = await runComment(github, { inputs, event: pullRequestEvent(1), workspace, runId: 100, env });
    expect(Date.now() - started).toBeLessThan(15_000);
    github.faults.clear();
    expect(held.exitCode).toBe(2);
    expect(errorsOf(held)).toEqual([
      expect.stringMatching(
        /^GitHub at http:\/\/127\.0\.0\.1:\d+ did not answer POST .*\/issues\/1\/comments: no answer within 1 s$/,
      ),
    ]);
    expect(commentsOn(github, 1)).toHaveLength(0);

    const rerun = await runComment(github, {
      inputs,
      event: pullRequestEvent(1),
      workspace,
      runId: 101,
      env,
    });
    expect(rerun.exitCode).toBe(0);
    expect(commentsOn(github, 1)).toHaveLength(1);
  }, 60_000);

  it('an unreachable API → exit 2 in seconds: "cannot reach GitHub at <url>: ECONNREFUSED"', async () => {
    const closed = await startLocalGitHub({ logViolations: false });
    await closed.close();
    const started = Date.now();
    const run = await runComment(closed, {
      inputs: { reports: 'reports/*.json' },
      event: pullRequestEvent(2),
      workspace,
      runId: 102,
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.exitCode).toBe(2);
    expect(errorsOf(run)).toEqual([
      expect.stringMatching(new RegExp(`^cannot reach GitHub at ${closed.apiUrl}: ECONNREFUSED \\(GET `)),
    ]);
  }, 60_000);
});
