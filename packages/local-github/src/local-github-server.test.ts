import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type * as ActionsGitHubModule from '@actions/github';
import type { ArtifactRegistry, StoredArtifact } from './artifact-registry.js';
import { GitHubHttpError, errorBody } from './github-error-responses.js';
import { startLocalGitHub, type LocalGitHub } from './local-github-server.js';
import { STATUSES_ANY_OPERATION_MAY_ANSWER } from './response-status-check.js';
import { json, type RouteTable } from './routes/route-context.js';

type ActionsGitHub = typeof ActionsGitHubModule;
type Octokit = ReturnType<ActionsGitHub['getOctokit']>;

const OWNER = 'octo-org';
const REPO = 'model-zoo';
const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const WRITE_TOKEN = 'ghs_write_token';
const FORK_TOKEN = 'ghs_fork_read_only_token';
const PR_WITH_MANY_COMMENTS = 7;

let github: LocalGitHub;
/** What the local GitHub printed; each test must leave it empty. */
const logged: string[] = [];
let actions: ActionsGitHub;
let octokit: Octokit;
const savedApiUrl = process.env['GITHUB_API_URL'];

/** Routes typed as plain strings, so a test can send what octokit's types would refuse. */
const CREATE_COMMENT: string = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CREATE_CHECK_RUN: string = 'POST /repos/{owner}/{repo}/check-runs';

/** Status and body of a rejected octokit call. */
async function failure(
  call: Promise<unknown>,
): Promise<{ status: number; data: Record<string, unknown>; headers: Record<string, string> }> {
  try {
    await call;
  } catch (error) {
    const { status, response } = error as {
      status: number;
      response?: { data: unknown; headers: Record<string, string> };
    };
    return {
      status,
      data: (response?.data ?? {}) as Record<string, unknown>,
      headers: response?.headers ?? {},
    };
  }
  throw new Error('expected the request to fail');
}

beforeAll(async () => {
  github = await startLocalGitHub({ logViolations: false, log: (line) => logged.push(line) });
  // @actions/github reads GITHUB_API_URL once, when it is first imported.
  process.env['GITHUB_API_URL'] = github.apiUrl;
  actions = await import('@actions/github');
  github.tokens.add(WRITE_TOKEN, { access: 'write' });
  github.tokens.add(FORK_TOKEN, { access: 'read' });
  github.state.addRepo(OWNER, REPO, { defaultBranch: 'main' });
  github.state.addPullRequest(OWNER, REPO, {
    number: 1,
    head: { ref: 'feature', sha: HEAD_SHA },
    user: 'alice',
  });
  github.state.addPullRequest(OWNER, REPO, {
    number: PR_WITH_MANY_COMMENTS,
    head: { ref: 'busy', sha: HEAD_SHA },
  });
  for (let index = 1; index <= 250; index++) {
    github.state.addIssueComment(OWNER, REPO, PR_WITH_MANY_COMMENTS, {
      body: `comment ${index}`,
      user: 'alice',
    });
  }
  octokit = actions.getOctokit(WRITE_TOKEN);
});

afterAll(async () => {
  await github.close();
  if (savedApiUrl === undefined) delete process.env['GITHUB_API_URL'];
  else process.env['GITHUB_API_URL'] = savedApiUrl;
});

afterEach(() => {
  github.faults.clear();
  github.assertNoViolations();
  expect(logged.splice(0)).toEqual([]);
});

describe('requests are checked against GitHub’s OpenAPI description', () => {
  it('rejects an issue comment without body (422 missing_field) and accepts one with it', async () => {
    const params: Record<string, unknown> = { owner: OWNER, repo: REPO, issue_number: 1 };
    const rejected = await failure(octokit.request(CREATE_COMMENT, params));
    expect(rejected.status).toBe(422);
    expect(rejected.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', field: 'body', code: 'missing_field' }],
      documentation_url: expect.stringContaining('https://docs.github.com/'),
      status: '422',
    });
    expect(github.violations).toHaveLength(1);
    expect(() => github.assertNoViolations()).toThrow(/issues\/1\/comments/);
    github.clearViolations();

    const created = await octokit.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 1,
      body: 'hello',
    });
    expect(created.status).toBe(201);
    expect(created.data.user?.login).toBe('github-actions[bot]');
    expect(created.data.user?.type).toBe('Bot');
  });

  it('answers unparsable JSON with 400 Problems parsing JSON', async () => {
    const response = await fetch(`${github.apiUrl}/repos/${OWNER}/${REPO}/issues/1/comments`, {
      method: 'POST',
      headers: { authorization: `token ${WRITE_TOKEN}`, 'content-type': 'application/json' },
      body: '{"body": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: 'Problems parsing JSON' });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-github-request-id')).toMatch(/^[0-9A-F:]+$/);
    github.clearViolations();
  });

  it('rejects a check run with an invalid status, and one completed without conclusion; accepts valid ones', async () => {
    const invalid: Record<string, unknown> = {
      owner: OWNER,
      repo: REPO,
      name: 'mlgate',
      head_sha: HEAD_SHA,
      status: 'done',
    };
    const rejected = await failure(octokit.request(CREATE_CHECK_RUN, invalid));
    expect(rejected.status).toBe(422);
    expect(rejected.data['errors']).toEqual([
      expect.objectContaining({ resource: 'CheckRun', field: 'status', code: 'invalid' }),
    ]);

    const incomplete = await failure(
      octokit.rest.checks.create({
        owner: OWNER,
        repo: REPO,
        name: 'mlgate',
        head_sha: HEAD_SHA,
        status: 'completed',
      }),
    );
    expect(incomplete.data['errors']).toEqual([
      expect.objectContaining({ field: 'conclusion', code: 'missing_field' }),
    ]);

    const annotation = {
      path: 'metrics.json',
      start_line: 1,
      end_line: 1,
      annotation_level: 'warning' as const,
      message: 'm',
    };
    const tooMany = await failure(
      octokit.rest.checks.create({
        owner: OWNER,
        repo: REPO,
        name: 'mlgate',
        head_sha: HEAD_SHA,
        output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, () => annotation) },
      }),
    );
    expect(tooMany.status).toBe(422);
    expect(github.violations.map((violation) => violation.status)).toEqual([422, 422, 422]);
    github.clearViolations();

    const created = await octokit.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'mlgate',
      head_sha: HEAD_SHA,
      status: 'in_progress',
      output: { title: 't', summary: 's', annotations: Array.from({ length: 50 }, () => annotation) },
    });
    expect(created.data).toMatchObject({ status: 'in_progress', conclusion: null });
    const completed = await octokit.rest.checks.update({
      owner: OWNER,
      repo: REPO,
      check_run_id: created.data.id,
      conclusion: 'success',
      output: { title: 't', summary: 'done', annotations: [annotation] },
    });
    expect(completed.data).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(completed.data.output.annotations_count).toBe(51);
    const listed = await octokit.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: HEAD_SHA });
    expect(listed.data.check_runs.map((run) => run.id)).toContain(created.data.id);
  });

  it('requires name and Content-Length on asset uploads, accepts the valid form and serves the bytes back', async () => {
    const release = await octokit.rest.repos.createRelease({
      owner: OWNER,
      repo: REPO,
      tag_name: 'v1.0.0',
      draft: true,
    });
    const noName = await failure(
      octokit.request({
        method: 'POST',
        url: release.data.upload_url,
        headers: { 'content-type': 'text/plain' },
        data: 'x',
      }),
    );
    expect(noName.status).toBe(422);
    expect(noName.data['errors']).toEqual([
      expect.objectContaining({ field: 'name', code: 'missing_field' }),
    ]);

    const uploadUrl = new URL(release.data.upload_url.replace('{?name,label}', '?name=model.onnx'));
    const chunked = await new Promise<number>((resolve, reject) => {
      const upload = httpRequest(uploadUrl, {
        method: 'POST',
        headers: { authorization: `token ${WRITE_TOKEN}`, 'content-type': 'application/octet-stream' },
      });
      upload.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      upload.on('error', reject);
      Readable.from([Buffer.from('streamed '), Buffer.from('without length')]).pipe(upload);
    });
    expect(chunked).toBe(400);
    expect(github.violations.map((violation) => violation.status)).toEqual([422, 400]);
    github.clearViolations();

    const bytes = Buffer.from('onnx model bytes');
    const asset = await octokit.rest.repos.uploadReleaseAsset({
      owner: OWNER,
      repo: REPO,
      release_id: release.data.id,
      name: 'model.onnx',
      url: release.data.upload_url,
      data: bytes as unknown as string,
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) },
    });
    expect(asset.status).toBe(201);
    expect(asset.data).toMatchObject({ name: 'model.onnx', size: bytes.length, state: 'uploaded' });

    const duplicate = await failure(
      octokit.rest.repos.uploadReleaseAsset({
        owner: OWNER,
        repo: REPO,
        release_id: release.data.id,
        name: 'model.onnx',
        url: release.data.upload_url,
        data: 'again',
      }),
    );
    expect(duplicate.data).toMatchObject({
      errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
    });

    const download = await octokit.rest.repos.getReleaseAsset({
      owner: OWNER,
      repo: REPO,
      asset_id: asset.data.id,
      headers: { accept: 'application/octet-stream' },
    });
    expect(Buffer.from(download.data as unknown as ArrayBuffer).toString()).toBe('onnx model bytes');
  });

  it('renaming a published release or an asset onto a taken name answers 422 already_exists, which the description does not declare for either', async () => {
    const taken = await octokit.rest.repos.createRelease({ owner: OWNER, repo: REPO, tag_name: 'v2.0.0' });
    const other = await octokit.rest.repos.createRelease({ owner: OWNER, repo: REPO, tag_name: 'v2.0.1' });
    const retagged = await failure(
      octokit.rest.repos.updateRelease({
        owner: OWNER,
        repo: REPO,
        release_id: other.data.id,
        tag_name: taken.data.tag_name,
      }),
    );
    expect(retagged).toMatchObject({
      status: 422,
      data: {
        message: 'Validation Failed',
        errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      },
    });

    const upload = (name: string) =>
      octokit.rest.repos.uploadReleaseAsset({
        owner: OWNER,
        repo: REPO,
        release_id: taken.data.id,
        name,
        url: taken.data.upload_url,
        data: name,
        headers: { 'content-type': 'text/plain', 'content-length': String(name.length) },
      });
    await upload('model.onnx');
    const second = await upload('metrics.json');
    const renamed = await failure(
      octokit.rest.repos.updateReleaseAsset({
        owner: OWNER,
        repo: REPO,
        asset_id: second.data.id,
        name: 'model.onnx',
      }),
    );
    expect(renamed).toMatchObject({
      status: 422,
      data: { errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] },
    });
    // GitHub's generic refusal, on any operation with parameters: neither a broken request nor a broken response.
    expect(github.violations).toEqual([]);
    expect(github.responseViolations).toEqual([]);
  });

  it('catches a response an injected fault malformed: recorded as the fault’s, answered 500, printed only when asked', async () => {
    const created = await octokit.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 1,
      body: 'x',
    });
    github.faults.add({ operationId: 'issues/get-comment', fault: { kind: 'malform-response' } });
    const broken = await failure(
      octokit.rest.issues.getComment({ owner: OWNER, repo: REPO, comment_id: created.data.id }),
    );
    expect(broken.status).toBe(500);
    expect(github.responseViolations).toEqual([
      expect.objectContaining({
        operationId: 'issues/get-comment',
        problems: [expect.stringContaining("required property 'id'")],
        source: 'injected-fault',
      }),
    ]);
    // Provoked on purpose, like a rejected request: not a BUG of the local GitHub, so logViolations: false
    // keeps it out of the log (afterEach checks that nothing was printed).
    expect(() => github.assertNoViolations()).toThrow(/response GET .*injected fault/);
    github.clearViolations();
  });

  it('a status fault GitHub would never send on that operation is recorded as the fault’s and answered 500', async () => {
    github.faults.add({ operationId: 'repos/get', fault: { kind: 'status', status: 409 } });
    const broken = await failure(octokit.rest.repos.get({ owner: OWNER, repo: REPO }));
    expect(broken.status).toBe(500);
    expect(github.responseViolations).toEqual([
      expect.objectContaining({
        operationId: 'repos/get',
        status: 409,
        problems: ['status 409 is not declared for this operation (it declares 200, 301, 403, 404)'],
        source: 'injected-fault',
      }),
    ]);
    github.clearViolations();
  });
});

describe('responses are checked for statuses and bodies GitHub would never send', () => {
  /** Routes that answer as no built-in one does, on operations whose declared statuses the comments name. */
  const oddRoutes: RouteTable = {
    // issues/update-comment declares 200 and 422.
    'issues/update-comment': {
      resource: 'IssueComment',
      handle: () => json(409, errorBody(409, 'Conflict')),
    },
    // issues/delete-comment declares only 204.
    'issues/delete-comment': { resource: 'IssueComment', handle: () => json(204, { deleted: true }) },
    // issues/get-comment declares 200, with a body, and 404.
    'issues/get-comment': { resource: 'IssueComment', handle: () => ({ kind: 'empty', status: 200 }) },
    // checks/get declares only 200; it answers with the status its check_run_id names.
    'checks/get': {
      resource: 'CheckRun',
      handle: (context) => {
        const status = Number(context.params['check_run_id']);
        if (status === 422) throw new GitHubHttpError(422, errorBody(422, 'Check run is not ready'));
        return json(status, errorBody(status, 'Something went wrong'));
      },
    },
  };
  const oddLog: string[] = [];
  let odd: LocalGitHub;
  let oddOctokit: Octokit;

  beforeAll(async () => {
    odd = await startLocalGitHub({
      logViolations: false,
      routes: oddRoutes,
      log: (line) => oddLog.push(line),
    });
    odd.tokens.add(WRITE_TOKEN, { access: 'write' });
    odd.state.addRepo(OWNER, REPO);
    oddOctokit = actions.getOctokit(WRITE_TOKEN, { baseUrl: odd.apiUrl });
  });

  afterEach(() => {
    odd.assertNoViolations();
    expect(oddLog.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await odd.close();
  });

  const getCheckRunAnswering = (status: number): Promise<unknown> =>
    oddOctokit.rest.checks.get({ owner: OWNER, repo: REPO, check_run_id: status });

  /** The route's answer is recorded with `problem`, printed as a bug, and replaced by a 500. */
  async function expectBrokenResponse(
    call: Promise<unknown>,
    status: number,
    problem: string,
  ): Promise<void> {
    expect((await failure(call)).status).toBe(500);
    expect(odd.responseViolations).toEqual([
      expect.objectContaining({ status, problems: [problem], source: 'local-github' }),
    ]);
    // The local GitHub built it wrong by itself: its bug, printed even with logViolations off.
    expect(oddLog.splice(0)).toEqual([
      expect.stringMatching(/^\[local-github\] BUG: response to .*breaks GitHub's OpenAPI description/),
    ]);
    expect(() => odd.assertNoViolations()).toThrow(/response /);
    odd.clearViolations();
  }

  it('a route answering 409 on an operation that declares only 200 and 422 is a violation', async () => {
    await expectBrokenResponse(
      oddOctokit.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: 1, body: 'x' }),
      409,
      'status 409 is not declared for this operation (it declares 200, 422)',
    );
  });

  it('a 204 with a body is a violation', async () => {
    await expectBrokenResponse(
      oddOctokit.rest.issues.deleteComment({ owner: OWNER, repo: REPO, comment_id: 1 }),
      204,
      'a 204 response must have no body',
    );
  });

  it('no body on a status the description gives one is a violation', async () => {
    await expectBrokenResponse(
      oddOctokit.rest.issues.getComment({ owner: OWNER, repo: REPO, comment_id: 1 }),
      200,
      'the description gives a 200 response a body, and this one has none',
    );
  });

  it('statuses GitHub answers on any operation pass though the operation does not declare them', async () => {
    const answered: number[] = [];
    for (const status of STATUSES_ANY_OPERATION_MAY_ANSWER.keys()) {
      answered.push((await failure(getCheckRunAnswering(status))).status);
    }
    expect(answered).toEqual([401, 403, 404, 429, 500, 502, 503, 504]);
  });

  it('an undeclared 422 passes only when it refuses the request’s parameters', async () => {
    // A 422 of the operation's own: GitHub documents no such answer for checks/get.
    await expectBrokenResponse(
      getCheckRunAnswering(422),
      422,
      'status 422 is not declared for this operation (it declares 200)',
    );
    // checks/create declares only 201, yet refuses an invalid status with 422, as GitHub does.
    const invalid: Record<string, unknown> = {
      owner: OWNER,
      repo: REPO,
      name: 'mlgate',
      head_sha: HEAD_SHA,
      status: 'done',
    };
    expect((await failure(oddOctokit.request(CREATE_CHECK_RUN, invalid))).status).toBe(422);
    expect(odd.violations).toHaveLength(1);
    expect(odd.responseViolations).toEqual([]);
    odd.clearViolations();
  });
});

describe('pagination', () => {
  it('octokit.paginate returns every comment of a 250-comment pull request', async () => {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: OWNER,
      repo: REPO,
      issue_number: PR_WITH_MANY_COMMENTS,
      per_page: 100,
    });
    expect(comments).toHaveLength(250);
    expect(comments.map((comment) => comment.body)).toEqual(
      Array.from({ length: 250 }, (_, i) => `comment ${i + 1}`),
    );
  });

  it('sends GitHub’s Link header with page and per_page preserved, 30 per page by default', async () => {
    const base = `${github.apiUrl}/repos/${OWNER}/${REPO}/issues/${PR_WITH_MANY_COMMENTS}/comments`;
    const middle = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: OWNER,
      repo: REPO,
      issue_number: PR_WITH_MANY_COMMENTS,
      per_page: 100,
      page: 2,
    });
    expect(middle.headers.link).toBe(
      `<${base}?per_page=100&page=1>; rel="prev", <${base}?per_page=100&page=3>; rel="next", ` +
        `<${base}?per_page=100&page=3>; rel="last", <${base}?per_page=100&page=1>; rel="first"`,
    );
    const first = await octokit.rest.issues.listComments({
      owner: OWNER,
      repo: REPO,
      issue_number: PR_WITH_MANY_COMMENTS,
    });
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toBe(`<${base}?page=2>; rel="next", <${base}?page=9>; rel="last"`);
    expect(first.headers['x-ratelimit-limit']).toBe('1000');
  });
});

describe('authentication', () => {
  it('a read-only token (a fork’s pull request) reads but cannot write', async () => {
    const fork = actions.getOctokit(FORK_TOKEN);
    const repo = await fork.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(repo.data.permissions?.push).toBe(false);
    const denied = await failure(
      fork.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 1, body: 'hi' }),
    );
    expect(denied.status).toBe(403);
    expect(denied.data['message']).toBe('Resource not accessible by integration');
  });

  it('no token → 401 Requires authentication; an unknown token → 401 Bad credentials', async () => {
    const { GitHub } = await import('@actions/github/lib/utils');
    const anonymous = new GitHub();
    const missing = await failure(anonymous.rest.repos.get({ owner: OWNER, repo: REPO }));
    expect(missing).toMatchObject({ status: 401, data: { message: 'Requires authentication' } });
    const unknown = await failure(
      actions.getOctokit('ghs_nobody').rest.repos.get({ owner: OWNER, repo: REPO }),
    );
    expect(unknown).toMatchObject({ status: 401, data: { message: 'Bad credentials' } });
  });

  it('answers unknown routes and unsupported methods with 404 Not Found', async () => {
    const unknownRoute = await failure(
      octokit.request('GET /repos/{owner}/{repo}/no-such-thing', { owner: OWNER, repo: REPO }),
    );
    expect(unknownRoute).toMatchObject({ status: 404, data: { message: 'Not Found' } });
    const wrongMethod = await failure(
      octokit.request('PUT /repos/{owner}/{repo}/releases/latest', { owner: OWNER, repo: REPO }),
    );
    expect(wrongMethod.status).toBe(404);
  });
});

describe('fault injection', () => {
  it('a 500 then success: the retry plugin recovers', async () => {
    const retrying = actions.getOctokit(WRITE_TOKEN, { retry: { retryAfterBaseValue: 1 } }, retry);
    github.faults.add({
      method: 'GET',
      path: '/repos/{owner}/{repo}',
      fault: { kind: 'status', status: 502 },
      times: 1,
    });
    const before = github.requests.length;
    const repo = await retrying.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(repo.status).toBe(200);
    expect(github.requests.slice(before).map((entry) => entry.status)).toEqual([502, 200]);
    expect(github.faults.fired).toEqual([
      expect.objectContaining({ kind: 'status', operationId: 'repos/get' }),
    ]);
  });

  it('a 403 secondary rate limit carries retry-after and GitHub’s message; the throttling plugin waits and retries', async () => {
    const waits: number[] = [];
    const throttled = actions.getOctokit(
      WRITE_TOKEN,
      {
        throttle: {
          retryAfterBaseValue: 1,
          onSecondaryRateLimit: (
            retryAfter: number,
            _options: unknown,
            _octokit: unknown,
            retryCount: number,
          ) => {
            waits.push(retryAfter);
            return retryCount < 1;
          },
          onRateLimit: () => false,
        },
      },
      throttling,
    );
    github.faults.add({
      operationId: 'repos/get',
      fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 7 },
    });
    const repo = await throttled.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(repo.status).toBe(200);
    expect(waits).toEqual([7]);

    github.faults.add({ operationId: 'repos/get', fault: { kind: 'secondary-rate-limit' } });
    const raw = await failure(octokit.rest.repos.get({ owner: OWNER, repo: REPO }));
    expect(raw.status).toBe(403);
    expect(raw.headers['retry-after']).toBe('60');
    expect(String(raw.data['message'])).toMatch(/^You have exceeded a secondary rate limit/);
  });

  it('429, delay and a reset socket', async () => {
    github.faults.add({ operationId: 'repos/get', fault: { kind: 'rate-limit-429' } });
    const limited = await failure(octokit.rest.repos.get({ owner: OWNER, repo: REPO }));
    expect(limited.status).toBe(429);
    expect(limited.headers['x-ratelimit-remaining']).toBe('0');

    github.faults.add({ operationId: 'repos/get', fault: { kind: 'delay', ms: 50 } });
    const started = Date.now();
    await octokit.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);

    github.faults.add({ operationId: 'repos/get', fault: { kind: 'reset' } });
    const reset = await fetch(`${github.apiUrl}/repos/${OWNER}/${REPO}`, {
      headers: { authorization: `token ${WRITE_TOKEN}` },
    });
    expect(reset.status).toBe(200);
    await expect(reset.text()).rejects.toThrow();

    // octokit swallows a body that breaks off and hands back an empty string with the 200: callers must check.
    github.faults.add({ operationId: 'repos/get', fault: { kind: 'reset' } });
    const truncated = await octokit.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(truncated.data as unknown).toBe('');
    expect(github.faults.fired.map((fired) => fired.kind)).toEqual([
      'rate-limit-429',
      'delay',
      'reset',
      'reset',
    ]);
  });
});

describe('fault injection: skip and rendezvous', () => {
  it('`skip: 1` lets the first matching request through and strikes the second', async () => {
    github.faults.add({ operationId: 'repos/get', skip: 1, fault: { kind: 'status', status: 503 } });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      statuses.push(
        await octokit.rest.repos
          .get({ owner: OWNER, repo: REPO })
          .then((response) => response.status)
          .catch((error: { status: number }) => error.status),
      );
    }
    expect(statuses).toEqual([200, 503, 200]);
  });

  it('a rendezvous nobody else comes to lets its request go on after its timeout, and says so', async () => {
    github.faults.add({ operationId: 'repos/get', fault: { kind: 'rendezvous', parties: 2, timeoutMs: 50 } });
    expect((await octokit.rest.repos.get({ owner: OWNER, repo: REPO })).status).toBe(200);
    expect(logged.splice(0)).toEqual([
      '[local-github] rendezvous on repos/get: fewer than 2 requests came in time; this one goes on alone',
    ]);
  });

  it('a reset-request fault on a JSON request cuts the connection without an answer', async () => {
    github.faults.add({ operationId: 'repos/get', fault: { kind: 'reset-request' } });
    await expect(
      fetch(`${github.apiUrl}/repos/${OWNER}/${REPO}`, {
        headers: { authorization: `token ${WRITE_TOKEN}` },
      }),
    ).rejects.toThrow();
    expect(github.requests.at(-1)).toMatchObject({ operationId: 'repos/get', status: 0 });
  });

  it('a hang holds the request unanswered and unhandled until the client gives up', async () => {
    github.faults.add({ operationId: 'issues/create-comment', fault: { kind: 'hang' } });
    const before = github.state.allIssueComments().length;
    const started = Date.now();
    await expect(
      fetch(`${github.apiUrl}/repos/${OWNER}/${REPO}/issues/1/comments`, {
        method: 'POST',
        headers: { authorization: `token ${WRITE_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ body: 'held' }),
        signal: AbortSignal.timeout(200),
      }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(github.requests.at(-1)).toMatchObject({ operationId: 'issues/create-comment', status: 0 });
    expect(github.state.allIssueComments()).toHaveLength(before);
  });
});

describe('workflow runs and artifacts from the artifact registry', () => {
  it('lists a run’s artifacts and redirects the zip download to the registry’s URL', async () => {
    const stored: StoredArtifact = {
      id: 42,
      name: 'mlgate-report',
      workflowRunId: 9001,
      workflowJobRunId: 1,
      sizeInBytes: 123,
      digest: 'sha256:' + 'ab'.repeat(32),
      downloadUrl: 'http://127.0.0.1:1/blobs/mlgate-report.zip?sig=x',
      createdAt: new Date(),
      expiresAt: new Date(Date.now() + 86_400_000),
    };
    const registry: ArtifactRegistry = {
      list: (filter = {}) =>
        [stored].filter(
          (artifact) => filter.workflowRunId === undefined || artifact.workflowRunId === filter.workflowRunId,
        ),
      get: (id) => (id === stored.id ? stored : undefined),
      delete: () => false,
    };
    const withArtifacts = await startLocalGitHub({ artifacts: registry });
    try {
      withArtifacts.tokens.add(WRITE_TOKEN, { access: 'write' });
      withArtifacts.state.addRepo(OWNER, REPO);
      withArtifacts.state.addWorkflowRun(OWNER, REPO, { id: 9001, headSha: HEAD_SHA, event: 'pull_request' });
      const get = (path: string): Promise<Response> =>
        fetch(`${withArtifacts.apiUrl}/repos/${OWNER}/${REPO}${path}`, {
          headers: { authorization: `Bearer ${WRITE_TOKEN}` },
          redirect: 'manual',
        });
      expect(await (await get('/actions/runs/9001')).json()).toMatchObject({ id: 9001, head_sha: HEAD_SHA });
      expect(await (await get('/actions/runs/9001/artifacts')).json()).toMatchObject({
        total_count: 1,
        artifacts: [
          {
            id: 42,
            name: 'mlgate-report',
            size_in_bytes: 123,
            workflow_run: { id: 9001, head_sha: HEAD_SHA },
          },
        ],
      });
      const download = await get('/actions/artifacts/42/zip');
      expect(download.status).toBe(302);
      expect(download.headers.get('location')).toBe(stored.downloadUrl);
      expect((await get('/actions/artifacts/43')).status).toBe(404);
      withArtifacts.assertNoViolations();
    } finally {
      await withArtifacts.close();
    }
  });
});
