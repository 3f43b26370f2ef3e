import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createBaselineSnapshot, parseBaselineText, UserError } from '@mlgate/engine';
import type { EventContext } from '../event-subject.js';
import { isPushToDefaultBranch } from '../event-subject.js';
import { noBaseline } from './baseline-store.js';
import type { BaselineSaveResult, BaselineStore } from './baseline-store.js';

/** A baseline name goes into a cache key and a directory name: keep it to what is safe in both. */
const BASELINE_NAME = /^[A-Za-z0-9._-]{1,100}$/;
const SNAPSHOT_FILE = 'baseline.json';
const NO_COMMIT = /^0{40}$/;

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
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The commit whose baseline fits this run best: a pull request's base, or on a push the commit before it.
 * Restoring tries its exact key first, then the newest entry under the prefix.
 */
function anchorCommit(context: EventContext): string | undefined {
  const pull = context.payload['pull_request'] as { base?: { sha?: unknown } } | undefined;
  const sha =
    text(pull?.base?.sha) ?? (context.eventName === 'push' ? text(context.payload['before']) : undefined);
  return sha !== undefined && !NO_COMMIT.test(sha) ? sha : undefined;
}

/**
 * `cache` (the default): baselines saved by pushes to the default branch under `mlgate-baseline-<name>-<sha>`,
 * which GitHub lets every pull request read. A pull request's own caches are visible only to it, so nothing
 * is ever saved from one. The cache is an optimisation to GitHub, not a guarantee: a service failure is a
 * warning (the toolkit prints it) and the comparison goes on without a baseline.
 */
export function cacheBaselineStore(options: CacheBaselineOptions): BaselineStore {
  const { workspace, name, context } = options;
  if (!BASELINE_NAME.test(name)) {
    throw new UserError(
      `baseline name '${name}' may hold only letters, digits, '.', '_' and '-' (at most 100)`,
    );
  }
  const prefix = baselineCacheKeyPrefix(name);
  const relative = baselineCachePath(name);
  const directory = path.join(workspace, relative);
  const snapshotFile = path.join(directory, SNAPSHOT_FILE);
  // Loaded on use: the cache client brings the Azure SDK, which a run with another store should not pay for.
  const cacheClient = () => import('@actions/cache');

  return {
    source: 'cache',
    async restore() {
      const cache = await cacheClient();
      if (!cache.isFeatureAvailable()) {
        return noBaseline('the Actions cache service is not available here (ACTIONS_RESULTS_URL is not set)');
      }
      const anchor = anchorCommit(context);
      await rm(directory, { recursive: true, force: true });
      const matched = await cache.restoreCache(
        [relative],
        anchor !== undefined ? `${prefix}${anchor}` : prefix,
        [prefix],
      );
      if (matched === undefined) {
        return noBaseline(`no cache entry '${prefix}*' yet: a push to the default branch saves one`);
      }
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
      };
    },
    async save(request): Promise<BaselineSaveResult> {
      if (!isPushToDefaultBranch(context)) {
        return { saved: false, reason: 'baselines are saved only by pushes to the default branch' };
      }
      const cache = await cacheClient();
      if (!cache.isFeatureAvailable()) {
        return { saved: false, reason: 'the Actions cache service is not available here' };
      }
      const key = `${prefix}${context.sha}`;
      const snapshot = createBaselineSnapshot(
        request.metrics,
        { source: 'cache', key, commit: context.sha, date: new Date().toISOString() },
        request.data,
      );
      await mkdir(directory, { recursive: true });
      await writeFile(snapshotFile, `${JSON.stringify(snapshot, null, 2)}\n`);
      const id = await cache.saveCache([relative], key);
      if (id === -1) {
        // The toolkit has said why (another job holds the key, a denied write, a service error).
        return { saved: false, reason: `the cache did not take '${key}'` };
      }
      return { saved: true, key };
    },
  };
}
