import { rm } from 'node:fs/promises';
import { ACTIONS_SERVICE_BUDGET_MS, watchedWithinBudget } from '../actions-service-call.js';
import type { EventContext } from '../event-subject.js';

/** The toolkit waits an hour on a blob segment by default; a stalled download should fail long before. */
const DOWNLOAD_TIMEOUT_MS = 30_000;
const NO_COMMIT = /^0{40}$/;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The commit whose entry fits this run best: a pull request's base, or on a push the commit before it.
 * Restoring tries its exact key first, then the newest entry under the prefix.
 */
export function anchorCommit(context: EventContext): string | undefined {
  const pull = context.payload['pull_request'] as { base?: { sha?: unknown } } | undefined;
  const sha =
    text(pull?.base?.sha) ?? (context.eventName === 'push' ? text(context.payload['before']) : undefined);
  return sha !== undefined && !NO_COMMIT.test(sha) ? sha : undefined;
}

export type CacheRestore =
  | { readonly kind: 'restored'; readonly key: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'failed'; readonly why: string };

/**
 * One default-branch entry under `prefix` into `relative` (the path exactly as the save gave it, see
 * cache-baseline-store.ts): the anchor commit's key first, else the newest, within the service budget. The
 * metrics baseline, the profiles and the predictions all restore this way; each says in its own words what
 * a missing or failed entry means for it.
 */
export async function restoreCacheEntry(
  relative: string,
  /** `relative` resolved in the workspace: emptied first, so nothing of an older entry is read. */
  directory: string,
  prefix: string,
  context: EventContext,
  budgetMs: number = ACTIONS_SERVICE_BUDGET_MS,
): Promise<CacheRestore> {
  // Loaded on use: the cache client brings the Azure SDK, which a run with another store should not pay for.
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) return { kind: 'unavailable' };
  const anchor = anchorCommit(context);
  await rm(directory, { recursive: true, force: true });
  try {
    const restored = await watchedWithinBudget(
      'Failed to restore: ',
      () =>
        cache.restoreCache([relative], anchor !== undefined ? `${prefix}${anchor}` : prefix, [prefix], {
          timeoutInMs: DOWNLOAD_TIMEOUT_MS,
          segmentTimeoutInMs: DOWNLOAD_TIMEOUT_MS,
        }),
      budgetMs,
      'the Actions cache service',
    );
    if (restored.failure !== undefined) return { kind: 'failed', why: restored.failure };
    return restored.value === undefined ? { kind: 'none' } : { kind: 'restored', key: restored.value };
  } catch (error) {
    return { kind: 'failed', why: (error as Error).message };
  }
}
