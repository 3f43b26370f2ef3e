import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  MAX_BASELINE_PREDICTIONS_BYTES,
  predictionsCacheKeyPrefix,
  predictionsCacheStore,
} from './predictions-cache-store.js';

const push = {
  eventName: 'push',
  sha: 'a'.repeat(40),
  ref: 'refs/heads/main',
  runId: 1,
  runAttempt: 1,
  repo: { owner: 'acme', repo: 'model' },
  payload: { repository: { default_branch: 'main' } },
};

let workspace: string;
beforeAll(async () => (workspace = await mkdtemp(path.join(tmpdir(), 'mlgate-predictions-store-'))));
afterAll(() => rm(workspace, { recursive: true, force: true }));

describe('the predictions cache store', () => {
  it('keeps the predictions beside the baseline under a documented size', () => {
    expect(MAX_BASELINE_PREDICTIONS_BYTES).toBe(100 * 1024 * 1024);
    expect(predictionsCacheKeyPrefix('default')).toBe('mlgate-predictions-default-');
  });

  it('does not keep a file above the limit, and says why', async () => {
    const file = path.join(workspace, 'predictions.csv');
    await writeFile(file, 'id,label,prediction\n1,a,a\n2,b,a\n');
    const store = predictionsCacheStore({ workspace, name: 'default', context: push, maxBytes: 16 });
    expect(await store.save(file)).toEqual({
      saved: false,
      reason: 'predictions.csv is 32 bytes, above the 16 bytes kept in the Actions cache',
    });
  });

  it('saves only on a push to the default branch', async () => {
    const store = predictionsCacheStore({
      workspace,
      name: 'default',
      context: { ...push, eventName: 'pull_request' },
    });
    expect(await store.save(path.join(workspace, 'predictions.csv'))).toMatchObject({ saved: false });
  });
});
