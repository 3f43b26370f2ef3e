import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import * as core from '@actions/core';
import { checkBaselineName } from '@mlgate/engine';
import { ACTIONS_SERVICE_BUDGET_MS, watchedWithinBudget } from '../actions-service-call.js';
import { restoreCacheEntry } from './cache-entry.js';
import type { EventContext } from '../event-subject.js';
import { isPushToDefaultBranch } from '../event-subject.js';
import type { BaselineSaveResult } from './baseline-store.js';
import { cacheUnavailableReason } from './cache-service-availability.js';

/**
 * The largest predictions file kept as a baseline (before compression). The Actions cache holds 10 GB per
 * repository and evicts the oldest entries first: a file above this would push out the metrics baselines
 * it is meant to sit beside. A larger file is evaluated, but not kept, with a warning.
 */
export const MAX_BASELINE_PREDICTIONS_BYTES = 100 * 1024 * 1024;

/**
 * The default branch's predictions, kept as a sibling of the metrics baseline: cache entries
 * `mlgate-predictions-<name>-<sha>` holding the file gzip-compressed, under its own extension (so its
 * format is detected as the current file's is). A sibling for the reason the profiles are one (see
 * profile-cache-store.ts): a cache entry cannot change once saved. Restored like the metrics: the pull
 * request's base commit first, else the newest entry.
 */
export function predictionsCacheKeyPrefix(name: string): string {
  return `mlgate-predictions-${name}-`;
}

/** Relative to the workspace, as the cache hashes paths into the entry's version. */
export function predictionsCachePath(name: string): string {
  return `.mlgate/predictions/${name}`;
}

export type RestoredPredictions =
  | {
      readonly found: true;
      readonly key: string;
      /** The commit the predictions were made on (from the key). */
      readonly commit: string;
      /** The decompressed file, under the extension it was saved with. */
      readonly file: string;
    }
  | { readonly found: false; readonly reason: string };

export interface PredictionsStore {
  restore(): Promise<RestoredPredictions>;
  save(file: string): Promise<BaselineSaveResult>;
}

export interface PredictionsStoreOptions {
  readonly workspace: string;
  readonly name: string;
  readonly context: EventContext;
  readonly budgetMs?: number;
  /** Tests lower it; the documented limit otherwise. */
  readonly maxBytes?: number;
}

const COMPRESSED = /^predictions(\.[A-Za-z0-9]{1,10})\.gz$/;

const mib = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Counts the bytes going through, and stops the stream past `max`: a crafted entry cannot fill the disk. */
function bounded(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > max) done(new Error(`it decompresses to more than ${mib(max)}`));
      else done(null, chunk);
    },
  });
}

export function predictionsCacheStore(options: PredictionsStoreOptions): PredictionsStore {
  const { workspace, name, context } = options;
  const budgetMs = options.budgetMs ?? ACTIONS_SERVICE_BUDGET_MS;
  const maxBytes = options.maxBytes ?? MAX_BASELINE_PREDICTIONS_BYTES;
  checkBaselineName(name, 'baseline name');
  const prefix = predictionsCacheKeyPrefix(name);
  const relative = predictionsCachePath(name);
  const directory = path.join(workspace, relative);
  const cacheClient = () => import('@actions/cache');

  return {
    async restore() {
      const entry = await restoreCacheEntry(relative, directory, prefix, context, budgetMs);
      if (entry.kind === 'unavailable') {
        return { found: false, reason: cacheUnavailableReason() };
      }
      if (entry.kind === 'failed') return unreadable(entry.why);
      if (entry.kind === 'none') {
        return {
          found: false,
          reason: `no cache entry '${prefix}*' yet: a push to the default branch saves one`,
        };
      }
      const matched = entry.key;
      const names = await readdir(directory).catch(() => [] as string[]);
      const compressed = names.find((file) => COMPRESSED.test(file));
      if (compressed === undefined) {
        core.warning(`The cache entry '${matched}' holds no predictions file: evaluated without a baseline`);
        return { found: false, reason: `the cache entry '${matched}' holds no predictions file` };
      }
      const file = path.join(directory, `baseline${COMPRESSED.exec(compressed)![1]}`);
      try {
        await pipeline(
          createReadStream(path.join(directory, compressed)),
          createGunzip(),
          bounded(maxBytes),
          createWriteStream(file),
        );
      } catch (error) {
        // A damaged entry is not this pull request's fault: the evaluation goes on without a baseline.
        const why = `the cache entry '${matched}' could not be decompressed: ${(error as Error).message}`;
        core.warning(`The baseline predictions were not used: ${why}`);
        return { found: false, reason: why };
      }
      return { found: true, key: matched, commit: matched.slice(prefix.length), file };
    },
    async save(file) {
      if (!isPushToDefaultBranch(context)) {
        return { saved: false, reason: 'predictions are saved only by pushes to the default branch' };
      }
      const { size } = await stat(file);
      if (size > maxBytes) {
        const reason = `${path.basename(file)} is ${mib(size)}, above the ${mib(maxBytes)} kept in the Actions cache`;
        core.warning(
          `The predictions were not kept as the baseline: ${reason}. Pull requests are evaluated without baseline predictions; evaluate a sample of the examples instead.`,
        );
        return { saved: false, reason };
      }
      const cache = await cacheClient();
      if (!cache.isFeatureAvailable()) {
        return { saved: false, reason: cacheUnavailableReason() };
      }
      const key = `${prefix}${context.sha}`;
      const extension = /^\.[A-Za-z0-9]{1,10}$/.test(path.extname(file)) ? path.extname(file) : '.csv';
      await rm(directory, { recursive: true, force: true });
      await mkdir(directory, { recursive: true });
      await pipeline(
        createReadStream(file),
        createGzip(),
        createWriteStream(path.join(directory, `predictions${extension}.gz`)),
      );
      try {
        const saved = await watchedWithinBudget(
          'Failed to save: ',
          () => cache.saveCache([relative], key),
          budgetMs,
          'the Actions cache service',
        );
        if (saved.failure !== undefined) {
          return { saved: false, reason: `the Actions cache service failed: ${saved.failure}` };
        }
        if (saved.value === -1) return { saved: false, reason: `the cache did not take '${key}'` };
      } catch (error) {
        const reason = `the Actions cache service failed: ${(error as Error).message}`;
        core.warning(`The predictions were not saved: ${reason}`);
        return { saved: false, reason };
      }
      return { saved: true, key };
    },
  };
}

function unreadable(why: string): RestoredPredictions {
  core.warning(`The Actions cache service failed, so the baseline predictions could not be read: ${why}`);
  return {
    found: false,
    reason: `the baseline predictions could not be read: the Actions cache service failed (${why})`,
  };
}
