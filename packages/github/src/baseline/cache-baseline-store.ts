import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { checkBaselineName, createBaselineSnapshot, parseBaselineText } from '@mlgate/engine';
import { ACTIONS_SERVICE_BUDGET_MS, watchedWithinBudget } from '../actions-service-call.js';
import { restoreCacheEntry } from './cache-entry.js';
import type { EventContext } from '../event-subject.js';
import { isPushToDefaultBranch } from '../event-subject.js';
import { noBaseline } from './baseline-store.js';
import type { BaselineSaveResult, BaselineStore } from './baseline-store.js';
import { cacheUnavailableReason } from './cache-service-availability.js';

/** A baseline name goes into a cache key and a directory name: keep it to what is safe in both. */
const SNAPSHOT_FILE = 'baseline.json';

export function baselineCacheKeyPrefix(name: string): string {
  return `mlgate-baseline-${name}-`;
}

/**
 * The cached directory, relative to the workspace. @actions/cache hashes the paths exactly as given into the
 * entry's version, and only an entry with the same version is restored: save and restore must pass this same
 * string (which also keeps baselines of different names apart even when one name prefixes another). It is
 * relative so the version does not depend on where a runner keeps its workspace; the toolkit resolves it
 * against the working directory, which the runner sets to GITHUB_WORKSPACE.
 */
export function baselineCachePath(name: string): string {
  return `.mlgate/baseline/${name}`;
}

export interface CacheBaselineOptions {
  readonly workspace: string;
  readonly name: string;
  readonly context: EventContext;
  /** How long a restore or a save may take in all (default ACTIONS_SERVICE_BUDGET_MS). */
  readonly budgetMs?: number;
}

/**
 * `cache` (the default): baselines saved by pushes to the default branch under `mlgate-baseline-<name>-<sha>`,
 * which GitHub lets every pull request read. A pull request's own caches are visible only to it, so nothing
 * is ever saved from one. The cache is an optimisation to GitHub, not a guarantee: a service failure is a
 * warning and the comparison goes on without a baseline, with a reason that says the baseline could not be
 * read (not that there is none yet), so `require-baseline` fails on it and a neutral verdict says why.
 */
export function cacheBaselineStore(options: CacheBaselineOptions): BaselineStore {
  const { workspace, name, context } = options;
  const budgetMs = options.budgetMs ?? ACTIONS_SERVICE_BUDGET_MS;
  checkBaselineName(name, 'baseline name');
  const prefix = baselineCacheKeyPrefix(name);
  const relative = baselineCachePath(name);
  const directory = path.join(workspace, relative);
  const snapshotFile = path.join(directory, SNAPSHOT_FILE);
  // Loaded on use: the cache client brings the Azure SDK, which a run with another store should not pay for.
  const cacheClient = () => import('@actions/cache');

  return {
    source: 'cache',
    async restore() {
      const entry = await restoreCacheEntry(relative, directory, prefix, context, budgetMs);
      if (entry.kind === 'unavailable') {
        return noBaseline(cacheUnavailableReason());
      }
      if (entry.kind === 'failed') return unreadable(entry.why);
      if (entry.kind === 'none') {
        return noBaseline(`no cache entry '${prefix}*' yet: a push to the default branch saves one`);
      }
      const matched = entry.key;
      let snapshot: string;
      try {
        snapshot = await readFile(snapshotFile, 'utf8');
      } catch {
        return noBaseline(`cache entry '${matched}' holds no ${SNAPSHOT_FILE}`);
      }
      const restored = parseBaselineText(snapshot, `${relative}/${SNAPSHOT_FILE}`);
      const saved = restored.provenance;
      return {
        provenance: {
          source: 'cache',
          key: matched,
          commit:
            saved.source !== 'none' && saved.commit !== undefined
              ? saved.commit
              : matched.slice(prefix.length),
          date: saved.source !== 'none' && saved.date !== undefined ? saved.date : '',
        },
        metrics: restored.metrics,
        ...(restored.history !== undefined ? { history: restored.history } : {}),
      };
    },
    async save(request): Promise<BaselineSaveResult> {
      if (!isPushToDefaultBranch(context)) {
        return { saved: false, reason: 'baselines are saved only by pushes to the default branch' };
      }
      const cache = await cacheClient();
      if (!cache.isFeatureAvailable()) {
        return { saved: false, reason: cacheUnavailableReason() };
      }
      const key = `${prefix}${context.sha}`;
      const snapshot = createBaselineSnapshot(
        request.metrics,
        { source: 'cache', key, commit: context.sha, date: new Date().toISOString() },
        request.data,
        { previous: request.history, length: request.historyLength },
      );
      await mkdir(directory, { recursive: true });
      await writeFile(snapshotFile, `${JSON.stringify(snapshot, null, 2)}\n`);
      let id: number;
      try {
        const saved = await watchedWithinBudget(
          'Failed to save: ',
          () => cache.saveCache([relative], key),
          budgetMs,
          'the Actions cache service',
        );
        // The toolkit printed the failure as a warning already; the reason names the service.
        if (saved.failure !== undefined) {
          return { saved: false, reason: `the Actions cache service failed: ${saved.failure}` };
        }
        id = saved.value;
      } catch (error) {
        const reason = `the Actions cache service failed: ${(error as Error).message}`;
        core.warning(`The baseline was not saved: ${reason}`);
        return { saved: false, reason };
      }
      if (id === -1) {
        // The toolkit has said why, as a warning (another job holds the key, a denied write, a service error).
        return { saved: false, reason: `the cache did not take '${key}'` };
      }
      return { saved: true, key };
    },
  };
}

/** The service failed: say so (a warning), and give the comparison a reason that is not "none yet". */
function unreadable(why: string) {
  core.warning(`The Actions cache service failed, so the baseline could not be read: ${why}`);
  return noBaseline(`the baseline could not be read: the Actions cache service failed (${why})`);
}
