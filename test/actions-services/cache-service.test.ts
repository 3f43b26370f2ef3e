import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { restoreCache, saveCache } from '@actions/cache';
import { startActionsServices, type ActionsServices, type RuntimeTokenRequest } from '@mlgate/local-github';
import { inJobContext } from './in-job-context.js';

const MAIN = 'refs/heads/main';
const PR_7 = 'refs/pull/7/merge';
const PR_8 = 'refs/pull/8/merge';
const BASELINE_PREFIX = 'mlgate-baseline-model-';

const pushToMain: RuntimeTokenRequest = { runId: 101, jobId: 1, ref: MAIN };
const pullRequest7: RuntimeTokenRequest = { runId: 102, jobId: 1, ref: PR_7, readFrom: [MAIN] };
const pullRequest8: RuntimeTokenRequest = { runId: 103, jobId: 1, ref: PR_8, readFrom: [MAIN] };

let services: ActionsServices;
let root: string;
let workspace: string;

beforeAll(async () => {
  services = await startActionsServices();
  root = await mkdtemp(join(tmpdir(), 'mlgate-cache-'));
  workspace = join(root, 'workspace');
  await mkdir(join(root, 'runner-temp'), { recursive: true });
  await mkdir(workspace, { recursive: true });
});

afterAll(async () => {
  await services?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

function commitSha(label: string): string {
  return createHash('sha1').update(label).digest('hex');
}

/** Absolute: the client globs relative paths from the process's cwd, which here is not the workspace. */
const modelPaths = (): string[] => [join(workspace, 'baseline')];
const modelFile = (): string => join(workspace, 'baseline', 'metrics.json');

async function writeModel(content: string): Promise<void> {
  await mkdir(join(workspace, 'baseline'), { recursive: true });
  await writeFile(modelFile(), content);
}

function jobEnv(job: RuntimeTokenRequest): Record<string, string> {
  return { ...services.envFor(job), GITHUB_WORKSPACE: workspace, RUNNER_TEMP: join(root, 'runner-temp') };
}

function save(job: RuntimeTokenRequest, key: string) {
  return inJobContext(jobEnv(job), () => saveCache(modelPaths(), key));
}

async function restore(job: RuntimeTokenRequest, key: string, restoreKeys: string[] = []) {
  await rm(join(workspace, 'baseline'), { recursive: true, force: true });
  const result = await inJobContext(jobEnv(job), () => restoreCache(modelPaths(), key, restoreKeys));
  const content = result.value === undefined ? undefined : await readFile(modelFile(), 'utf8');
  return { matchedKey: result.value, content, log: result.log };
}

describe('cache service v2 with the real @actions/cache client', () => {
  it('restores a baseline saved on main from a pull request by key prefix', async () => {
    const key = `${BASELINE_PREFIX}${commitSha('main-1')}`;
    await writeModel('{"accuracy":0.91}');
    const saved = await save(pushToMain, key);
    expect(saved.value).toBeGreaterThan(0);

    const restored = await restore(pullRequest7, `${BASELINE_PREFIX}${commitSha('pr-7-head')}`, [
      BASELINE_PREFIX,
    ]);

    expect(restored.matchedKey).toBe(key);
    expect(restored.content).toBe('{"accuracy":0.91}');
    expect(restored.log).toContain(`Cache hit for restore-key: ${key}`);
  });

  it('keeps caches saved by a pull request away from main and from other pull requests', async () => {
    const key = `mlgate-pr-only-${commitSha('pr-7-head')}`;
    await writeModel('{"accuracy":0.5}');
    expect((await save(pullRequest7, key)).value).toBeGreaterThan(0);

    expect((await restore(pullRequest7, key)).content).toBe('{"accuracy":0.5}');
    expect((await restore(pushToMain, key)).matchedKey).toBeUndefined();
    expect((await restore(pullRequest8, key)).matchedKey).toBeUndefined();
  });

  it('never overwrites an entry: a second save of the same key is refused the way GitHub refuses it', async () => {
    const key = `${BASELINE_PREFIX}${commitSha('main-immutable')}`;
    await writeModel('first');
    expect((await save(pushToMain, key)).value).toBeGreaterThan(0);

    await writeModel('second');
    const second = await save(pushToMain, key);

    expect(second.value).toBe(-1);
    expect(second.log).toContain(
      `Unable to reserve cache with key ${key}, another job may be creating this cache.`,
    );
    expect((await restore(pushToMain, key)).content).toBe('first');
  });

  it('gives the newest entry when several match a restore key', async () => {
    const prefix = 'mlgate-newest-';
    await writeModel('older');
    await save(pushToMain, `${prefix}${commitSha('a')}`);
    await writeModel('newer');
    await save(pushToMain, `${prefix}${commitSha('b')}`);

    const restored = await restore(pushToMain, `${prefix}missing`, [prefix]);

    expect(restored.matchedKey).toBe(`${prefix}${commitSha('b')}`);
    expect(restored.content).toBe('newer');
  });

  it('answers a request without a runtime token with a Twirp unauthenticated error', async () => {
    const response = await fetch(
      `${services.resultsUrl}/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"key":"k","version":"v"}' },
    );

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 'unauthenticated', msg: 'missing bearer token' });
  });

  it('denies a save to a token without a writable scope, as a warning and not a failure', async () => {
    const readOnly: RuntimeTokenRequest = {
      runId: 104,
      jobId: 1,
      cacheScopes: [{ scope: MAIN, permission: 1 }],
    };
    await writeModel('denied');

    const result = await save(readOnly, `${BASELINE_PREFIX}${commitSha('read-only')}`);

    expect(result.value).toBe(-1);
    expect(result.log).toContain('cache write denied:');
  });
});
