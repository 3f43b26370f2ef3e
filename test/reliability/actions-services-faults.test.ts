import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { UserError, type LoadedMetric } from '@mlgate/engine';
import {
  startLocalGitHub,
  type LocalGitHub,
  startActionsServices,
  type ActionsServices,
  type Fault,
  type RuntimeTokenRequest,
} from '@mlgate/local-github';
import { cacheBaselineStore } from '../../packages/github/src/baseline/cache-baseline-store.js';
import type { EventContext } from '../../packages/github/src/event-subject.js';
import {
  downloadReportArtifact,
  uploadReportArtifact,
} from '../../packages/github/src/publish/report-artifact.js';
import { inJobContext } from '../actions-services/in-job-context.js';

// The Actions cache and artifact services, as @actions/cache and @actions/artifact talk to them, against the
// Twirp fault injection of the local services, through mlgate's own calls (the baseline store and the report
// artifact). A row: `<call>: <fault> → <expected>`. The clients retry a 5xx every 3 s or more, five times,
// and wait forever on a held request; mlgate's budget (shortened here) bounds both.
const BUDGET_MS = 1_500;
/** Longest a failing row may take: the budget, and the calls themselves. */
const ROW_BOUND_MS = BUDGET_MS + 1_500;
const MAIN = 'refs/heads/main';
const REPORT = {
  kind: 'mlgate/comparison@1',
  verdict: 'pass',
} as unknown as Parameters<typeof uploadReportArtifact>[0][number]['report'];

const ACCURACY = { value: { type: 'number', value: 0.9 } } as unknown as LoadedMetric;

let services: ActionsServices;
let github: LocalGitHub;
const API_TOKEN = 'ghs_servicesFaultsReadToken0000000000001';
let root: string;
let workspace: string;
let cwd: string;
let rowCount = 0;

beforeAll(async () => {
  services = await startActionsServices();
  github = await startLocalGitHub({ artifacts: services.artifacts });
  github.tokens.add(API_TOKEN, { access: 'read' });
  github.state.addRepo('acme', 'model');
  // @actions/github reads its API URL once, when the artifact client first loads it.
  process.env['GITHUB_API_URL'] = github.apiUrl;
  root = await mkdtemp(path.join(tmpdir(), 'mlgate-services-faults-'));
  workspace = path.join(root, 'workspace');
  await mkdir(path.join(root, 'runner-temp'), { recursive: true });
  await mkdir(workspace, { recursive: true });
  // The cache paths are relative to the working directory, which the runner sets to the workspace.
  cwd = process.cwd();
  process.chdir(workspace);
}, 60_000);

afterEach(() => {
  services.faults.clear();
  github.faults.clear();
});

afterAll(async () => {
  if (cwd !== undefined) process.chdir(cwd);
  delete process.env['GITHUB_API_URL'];
  await github?.close();
  await services?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

const sha = (label: string) => createHash('sha1').update(label).digest('hex');

function jobEnv(job: RuntimeTokenRequest): Record<string, string> {
  return {
    ...services.envFor(job),
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: path.join(root, 'runner-temp'),
  };
}

const push = (name: string): EventContext => ({
  eventName: 'push',
  sha: sha(`${name}-main`),
  ref: MAIN,
  runId: 1,
  runAttempt: 1,
  repo: { owner: 'acme', repo: 'model' },
  payload: { repository: { default_branch: 'main' }, before: sha(`${name}-before`) },
});

const pullRequest = (name: string): EventContext => ({
  eventName: 'pull_request',
  sha: sha(`${name}-head`),
  ref: 'refs/pull/7/merge',
  runId: 2,
  runAttempt: 1,
  repo: { owner: 'acme', repo: 'model' },
  payload: { pull_request: { number: 7, base: { sha: sha(`${name}-main`) } } },
});

/** Each row its own baseline name: a call the budget gave up on may still finish later, in the background. */
const rowName = () => `row-${++rowCount}`;

async function saveBaseline(name: string) {
  const store = cacheBaselineStore({ workspace, name, context: push(name), budgetMs: BUDGET_MS });
  return inJobContext(jobEnv({ runId: 1, jobId: 1, ref: MAIN }), () =>
    store.save!({ metrics: new Map([['accuracy', ACCURACY]]), historyLength: 20 }),
  );
}

async function restoreBaseline(name: string) {
  const store = cacheBaselineStore({ workspace, name, context: pullRequest(name), budgetMs: BUDGET_MS });
  const job = { runId: 2, jobId: 1, ref: 'refs/pull/7/merge', readFrom: [MAIN] };
  const started = Date.now();
  const result = await inJobContext(jobEnv(job), () => store.restore());
  return { ...result, ms: Date.now() - started };
}

/** The error as mlgate's entry would see it: inJobContext appends the job log to a thrown error's message. */
async function upload(name: string) {
  const started = Date.now();
  const job = { runId: 3000 + rowCount, jobId: 1, ref: 'refs/pull/7/merge', readFrom: [MAIN] };
  const result = await inJobContext(jobEnv(job), () =>
    uploadReportArtifact([{ file: 'comparison.json', report: REPORT }], name, process.env, {
      budgetMs: BUDGET_MS,
    }).then(
      () => undefined,
      (error: unknown) => error as Error,
    ),
  );
  return { error: result.value, log: result.log, ms: Date.now() - started };
}

/**
 * A failure row's fault stays armed for the whole row: a call an earlier row's budget gave up on may still
 * retry in the background and would otherwise take a one-shot fault meant for this row.
 */
const persistent = (fault: Fault) => ({ fault, times: 20 });
const once = (fault: Fault) => ({ fault, times: 1 });
const status = (code: number): Fault => ({ kind: 'status', status: code });
const rateLimited: Fault = { kind: 'rate-limit-429', resetAfterSeconds: 1 };
const hang: Fault = { kind: 'hang' };
const reset: Fault = { kind: 'reset' };

type Rule = { fault: Fault; times: number };

function arm(operationId: string, rule: Rule): void {
  services.faults.add({ operationId, ...rule });
}

/** Restore failed: a warning naming the service, a reason that says "could not be read", in bounded time. */
function expectUnreadable(result: Awaited<ReturnType<typeof restoreBaseline>>): void {
  expect(result.value.provenance).toEqual({
    source: 'none',
    reason: expect.stringMatching(/^the baseline could not be read: the Actions cache service failed/),
  });
  expect(result.log).toMatch(
    /::warning::The Actions cache service failed, so the baseline could not be read/,
  );
  expect(result.ms).toBeLessThan(ROW_BOUND_MS);
}

describe('cache restore lookup (CacheService/GetCacheEntryDownloadURL)', () => {
  const LOOKUP = 'CacheService/GetCacheEntryDownloadURL';
  const unreadable: Array<[string, Rule]> = [
    ['503 on every attempt', persistent(status(503))],
    ['500 on every attempt', persistent(status(500))],
    ['502 on every attempt', persistent(status(502))],
    ['429 with retry-after', persistent(rateLimited)],
    ['a request that never answers', persistent(hang)],
    ['a connection reset mid-answer', persistent(reset)],
  ];
  it.each(unreadable)(
    'cache restore lookup: %s → warning, neutral "could not be read", no crash or hang',
    async (_, rule) => {
      const name = rowName();
      expect((await saveBaseline(name)).value).toMatchObject({ saved: true });
      arm(LOOKUP, rule);
      expectUnreadable(await restoreBaseline(name));
      expect(services.faults.fired.length).toBeGreaterThan(0);
    },
  );

  it('cache restore lookup: one 500, then the service answers → the baseline is restored', async () => {
    const name = rowName();
    await saveBaseline(name);
    arm(LOOKUP, once(status(500)));
    const result = await inJobContext(
      jobEnv({ runId: 2, jobId: 1, ref: 'refs/pull/7/merge', readFrom: [MAIN] }),
      () => cacheBaselineStore({ workspace, name, context: pullRequest(name), budgetMs: 10_000 }).restore(),
    );
    expect(result.value.provenance).toMatchObject({ source: 'cache' });
    expect([...result.value.metrics.keys()]).toEqual(['accuracy']);
  }, 20_000);

  it('cache restore lookup: no fault, no entry → "no cache entry yet" (the reason a real miss keeps)', async () => {
    const result = await restoreBaseline(rowName());
    expect(result.value.provenance).toEqual({
      source: 'none',
      reason: expect.stringContaining('yet: a push to the default branch saves one'),
    });
    expect(result.log).not.toContain('::warning::');
  });
});

describe('cache blob download (actions-cache/download, through the signed URL)', () => {
  const BLOB = 'actions-cache/download';
  const rows: Array<[string, Rule]> = [
    ['500 on every attempt', persistent(status(500))],
    ['503 on every attempt', persistent(status(503))],
    ['a request that never answers', persistent(hang)],
    ['a connection reset mid-answer', persistent(reset)],
    ['a connection reset before any answer', persistent({ kind: 'reset-request' })],
  ];
  it.each(rows)(
    'cache blob download: %s → warning, neutral "could not be read", no crash or hang',
    async (_, rule) => {
      const name = rowName();
      expect((await saveBaseline(name)).value).toMatchObject({ saved: true });
      arm(BLOB, rule);
      expectUnreadable(await restoreBaseline(name));
      expect(services.faults.fired.length).toBeGreaterThan(0);
    },
  );
});

describe('artifact blob upload (actions-results/upload, through the signed URL)', () => {
  it.each([
    ['503 on every attempt', persistent(status(503))],
    ['a request that never answers', persistent(hang)],
  ] as Array<[string, Rule]>)(
    'artifact blob upload: %s → exit 2 with one line, in bounded time',
    async (_, rule) => {
      arm('actions-results/upload', rule);
      const name = `mlgate-report-${rowName()}`;
      const result = await upload(name);
      expect(result.error).toBeInstanceOf(UserError);
      expect(result.error?.message).toMatch(
        new RegExp(`^could not upload artifact '${name}': the Actions artifact service failed: [^\\n]+$`),
      );
      expect(result.ms).toBeLessThan(ROW_BOUND_MS);
      expect(services.faults.fired.length).toBeGreaterThan(0);
    },
  );
});

describe('cache reserve and commit on save (CacheService/CreateCacheEntry, FinalizeCacheEntryUpload)', () => {
  const rows: Array<[string, string, Rule]> = [
    ['cache reserve on save', 'CacheService/CreateCacheEntry', persistent(status(503))],
    ['cache reserve on save', 'CacheService/CreateCacheEntry', persistent(rateLimited)],
    ['cache reserve on save', 'CacheService/CreateCacheEntry', persistent(hang)],
    ['cache commit on save', 'CacheService/FinalizeCacheEntryUpload', persistent(status(500))],
    ['cache commit on save', 'CacheService/FinalizeCacheEntryUpload', persistent(hang)],
    ['cache commit on save', 'CacheService/FinalizeCacheEntryUpload', persistent(reset)],
  ];
  it.each(rows)('%s: %s %j → not saved, a warning, the step goes on', async (_, operationId, rule) => {
    arm(operationId, rule);
    const started = Date.now();
    const result = await saveBaseline(rowName());
    expect(result.value).toEqual({ saved: false, reason: expect.any(String) });
    expect(result.log).toMatch(/::(warning|error)::/);
    expect(Date.now() - started).toBeLessThan(ROW_BOUND_MS);
    expect(services.faults.fired.length).toBeGreaterThan(0);
  });
});

describe('artifact create and finalize on upload (ArtifactService/CreateArtifact, FinalizeArtifact)', () => {
  const rows: Array<[string, string, Rule]> = [
    ['artifact create', 'ArtifactService/CreateArtifact', persistent(status(503))],
    ['artifact create', 'ArtifactService/CreateArtifact', persistent(rateLimited)],
    ['artifact create', 'ArtifactService/CreateArtifact', persistent(hang)],
    ['artifact create', 'ArtifactService/CreateArtifact', persistent(reset)],
    ['artifact finalize', 'ArtifactService/FinalizeArtifact', persistent(status(502))],
    ['artifact finalize', 'ArtifactService/FinalizeArtifact', persistent(hang)],
  ];
  it.each(rows)('%s: %s %j → exit 2 with one line, in bounded time', async (_, operationId, rule) => {
    arm(operationId, rule);
    const name = `mlgate-report-${rowName()}`;
    const result = await upload(name);
    expect(result.error).toBeInstanceOf(UserError);
    expect(result.error?.message).toMatch(
      new RegExp(`^could not upload artifact '${name}': the Actions artifact service failed: [^\\n]+$`),
    );
    expect(result.ms).toBeLessThan(ROW_BOUND_MS);
  });

  it('artifact create: one 500, then the service answers → uploaded', async () => {
    arm('ArtifactService/CreateArtifact', once(status(500)));
    const started = Date.now();
    const job = { runId: 4000, jobId: 1, ref: 'refs/pull/7/merge', readFrom: [MAIN] };
    const result = await inJobContext(jobEnv(job), () =>
      uploadReportArtifact(
        [{ file: 'comparison.json', report: REPORT }],
        'mlgate-report-retried',
        process.env,
        {
          budgetMs: 10_000,
        },
      ),
    );
    expect(result.value.id).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);
});

describe('artifact list and download on the workflow_run side (REST list, blob download)', () => {
  const RUN = 5000;
  beforeAll(async () => {
    const job = { runId: RUN, jobId: 1, ref: 'refs/pull/7/merge', readFrom: [MAIN] };
    await inJobContext(jobEnv(job), () =>
      uploadReportArtifact(
        [{ file: 'comparison.json', report: REPORT }],
        'mlgate-report-posted',
        process.env,
      ),
    );
  });

  async function download() {
    const started = Date.now();
    const env = { ...jobEnv({ runId: RUN + 1, jobId: 1, ref: MAIN }), GITHUB_API_URL: github.apiUrl };
    const source = {
      name: 'mlgate-report-posted',
      workflowRunId: RUN,
      owner: 'acme',
      repo: 'model',
      token: API_TOKEN,
    };
    const result = await inJobContext(env, () =>
      downloadReportArtifact(source, process.env, { budgetMs: BUDGET_MS }).then(
        () => undefined,
        (error: unknown) => error as Error,
      ),
    );
    return { error: result.value, ms: Date.now() - started };
  }

  const rows: Array<[string, () => void, RegExp]> = [
    [
      'artifact list: 503 on every attempt',
      () =>
        github.faults.add({
          operationId: 'actions/list-workflow-run-artifacts',
          fault: status(503),
          times: 50,
        }),
      /^could not look up artifact 'mlgate-report-posted': the Actions artifact service failed: [^\n]+$/,
    ],
    [
      'artifact list: a request that never answers',
      // Every listing hangs while the row runs: a retry the row before left sleeping in the background (the
      // artifact client cannot be aborted) may list first, and must not take the only hang.
      () => github.faults.add({ operationId: 'actions/list-workflow-run-artifacts', fault: hang, times: 50 }),
      /^could not look up artifact 'mlgate-report-posted': the Actions artifact service failed: [^\n]+$/,
    ],
    [
      'artifact blob download: 503 on every attempt',
      () => arm('actions-results/download', persistent(status(503))),
      /^could not download artifact 'mlgate-report-posted': the Actions artifact service failed: [^\n]+$/,
    ],
    [
      'artifact blob download: a request that never answers',
      () => arm('actions-results/download', persistent(hang)),
      /^could not download artifact 'mlgate-report-posted': the Actions artifact service failed: [^\n]+$/,
    ],
  ];
  it.each(rows)(
    '%s → exit 2 with one line naming the service, in bounded time',
    async (_, inject, message) => {
      inject();
      const result = await download();
      expect(result.error).toBeInstanceOf(UserError);
      expect(result.error?.message).toMatch(message);
      expect(result.ms).toBeLessThan(ROW_BOUND_MS);
      expect(services.faults.fired.length + github.faults.fired.length).toBeGreaterThan(0);
    },
  );
});
