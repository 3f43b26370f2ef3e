import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import {
  MAX_PROFILE_BYTES,
  UserError,
  checkBaselineName,
  parseProfile,
  readUserText,
  reportFileName,
  writeFileAtomically,
} from '@mlgate/engine';
import type { ProfileDocument } from '@mlgate/engine';
import { ACTIONS_SERVICE_BUDGET_MS, watchedWithinBudget } from '../actions-service-call.js';
import { restoreCacheEntry } from './cache-entry.js';
import type { EventContext } from '../event-subject.js';
import { isPushToDefaultBranch } from '../event-subject.js';
import type { BaselineSaveResult } from './baseline-store.js';
import { cacheUnavailableReason } from './cache-service-availability.js';

/**
 * The datasets' profiles of a default-branch run, kept as a sibling of the metrics baseline: cache entries
 * `mlgate-profile-<name>-<sha>` holding one `profile-<dataset>.json` per dataset. A sibling rather than the
 * metrics entry itself, because a cache entry cannot change once saved and the two are made by different
 * stages (a run may validate data and compare no metrics). Restored like the metrics: the pull request's
 * base commit first, else the newest entry.
 */
export function profileCacheKeyPrefix(name: string): string {
  return `mlgate-profile-${name}-`;
}

/** Relative to the workspace, as the cache hashes paths into the entry's version (see cache-baseline-store.ts). */
export function profileCachePath(name: string): string {
  return `.mlgate/profile/${name}`;
}

export type RestoredProfiles =
  | {
      readonly found: true;
      /** Where the profiles were kept: the report names the source as `<source> <key>`. */
      readonly source: 'cache' | 'release';
      /** The cache entry's key, or the release's tag. */
      readonly key: string;
      /** The commit the profiles were made on (from the key, or the release's manifest). */
      readonly commit: string;
      readonly profiles: ReadonlyMap<string, ProfileDocument>;
    }
  | { readonly found: false; readonly reason: string };

export interface ProfileStore {
  restore(): Promise<RestoredProfiles>;
  save(profiles: readonly ProfileDocument[]): Promise<BaselineSaveResult>;
}

export interface ProfileStoreOptions {
  readonly workspace: string;
  readonly name: string;
  readonly context: EventContext;
  readonly budgetMs?: number;
}

export function profileCacheStore(options: ProfileStoreOptions): ProfileStore {
  const { workspace, name, context } = options;
  const budgetMs = options.budgetMs ?? ACTIONS_SERVICE_BUDGET_MS;
  checkBaselineName(name, 'baseline name');
  const prefix = profileCacheKeyPrefix(name);
  const relative = profileCachePath(name);
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
      const profiles = new Map<string, ProfileDocument>();
      const names = await readdir(directory).catch(() => [] as string[]);
      for (const file of names.filter((n) => /^profile-.*\.json$/.test(n)).sort()) {
        const shownAs = `${relative}/${file}`;
        try {
          const text = await readUserText(path.join(directory, file), {
            what: 'profile',
            shownAs,
            maxBytes: MAX_PROFILE_BYTES,
          });
          const profile = parseProfile(text, shownAs);
          profiles.set(profile.dataset, profile);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          // A damaged entry is not this pull request's fault: drift goes on without that baseline.
          core.warning(`The baseline profile ${shownAs} was not used: ${error.message}`);
        }
      }
      return { found: true, source: 'cache', key: matched, commit: matched.slice(prefix.length), profiles };
    },
    async save(profiles) {
      if (!isPushToDefaultBranch(context)) {
        return { saved: false, reason: 'profiles are saved only by pushes to the default branch' };
      }
      const cache = await cacheClient();
      if (!cache.isFeatureAvailable()) {
        return { saved: false, reason: cacheUnavailableReason() };
      }
      const key = `${prefix}${context.sha}`;
      await rm(directory, { recursive: true, force: true });
      await mkdir(directory, { recursive: true });
      for (const profile of profiles) {
        await writeFileAtomically(
          path.join(directory, reportFileName('profile', profile.dataset)),
          `${JSON.stringify(profile)}\n`,
        );
      }
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
        core.warning(`The profiles were not saved: ${reason}`);
        return { saved: false, reason };
      }
      return { saved: true, key };
    },
  };
}

function unreadable(why: string): RestoredProfiles {
  core.warning(`The Actions cache service failed, so the baseline profiles could not be read: ${why}`);
  return {
    found: false,
    reason: `the baseline profiles could not be read: the Actions cache service failed (${why})`,
  };
}
