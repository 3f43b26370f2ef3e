import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import {
  MAX_PROFILE_BYTES,
  MODEL_MANIFEST_FILE,
  UserError,
  parseProfile,
  readUserText,
} from '@mlgate/engine';
import type { ProfileDocument } from '@mlgate/engine';
import { httpStatusOf } from '../github-failure.js';
import { readReleaseManifest } from '../release/release-manifest.js';
import { downloadReleaseAsset } from '../release/transfer/release-download.js';
import type { ProfileStore, RestoredProfiles } from './profile-cache-store.js';
import type { ReleaseBaselineOptions } from './release-baseline-store.js';

/**
 * The profiles of the production model's data: those the latest published release's manifest names
 * (publish-model's `profiles` input puts them there). Each asset is downloaded through the streamed path,
 * checked against the manifest's sha256 and parsed as untrusted; one that fails is left out with a warning,
 * as a damaged cache entry is. No release, or one without profiles, is "not found", not an error. A run
 * never saves here: a release keeps the profiles it was published with.
 */
export function releaseProfileStore(options: ReleaseBaselineOptions): ProfileStore {
  return {
    async restore() {
      const client = await options.client();
      const repository = await options.repository();
      let release;
      try {
        ({ data: release } = await client.rest.repos.getLatestRelease(repository));
      } catch (error) {
        if (httpStatusOf(error) === 404) {
          return { found: false, reason: `${repository.owner}/${repository.repo} has no published release` };
        }
        throw error;
      }
      const tag = release.tag_name;
      const manifest = await readReleaseManifest(client, repository, release);
      if (manifest === undefined) {
        return { found: false, reason: `release ${tag} has no ${MODEL_MANIFEST_FILE}` };
      }
      const entries = manifest.profiles ?? [];
      if (entries.length === 0) {
        return {
          found: false,
          reason: `release ${tag} carries no profiles (publish-model's 'profiles' input adds them)`,
        };
      }
      const profiles = new Map<string, ProfileDocument>();
      const dir = await mkdtemp(path.join(os.tmpdir(), 'mlgate-release-profiles-'));
      try {
        for (const entry of entries) {
          const shownAs = `${tag}/${entry.asset}`;
          const asset = release.assets.find((candidate) => candidate.name === entry.asset);
          if (asset === undefined) {
            core.warning(`The baseline profile ${shownAs} was not used: the release has no such asset`);
            continue;
          }
          const sha256 = await downloadReleaseAsset(client, repository, asset, dir);
          if (sha256 !== entry.sha256) {
            core.warning(
              `The baseline profile ${shownAs} was not used: it is not the file the manifest names`,
            );
            continue;
          }
          try {
            const text = await readUserText(path.join(dir, asset.name), {
              what: 'profile',
              shownAs,
              maxBytes: MAX_PROFILE_BYTES,
            });
            const profile = parseProfile(text, shownAs);
            if (profile.dataset !== entry.dataset) {
              throw new UserError(`${shownAs} is the profile of ${profile.dataset}, not ${entry.dataset}`);
            }
            profiles.set(profile.dataset, profile);
          } catch (error) {
            if (!(error instanceof UserError)) throw error;
            core.warning(`The baseline profile ${shownAs} was not used: ${error.message}`);
          }
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      return { found: true, source: 'release', key: tag, commit: manifest.commit, profiles };
    },
    save() {
      return Promise.resolve({
        saved: false,
        reason: 'the baseline profiles are the release’s, kept by publish-model, not saved by a run',
      });
    },
  };
}

/**
 * The release's profiles, else the cache's: a repository whose latest release predates profiles (or has
 * none yet) still gets the default branch's. Saving goes to the cache, so that fallback stays current.
 */
export function releaseElseCacheProfileStore(release: ProfileStore, cache: ProfileStore): ProfileStore {
  return {
    async restore(): Promise<RestoredProfiles> {
      const fromRelease = await release.restore();
      if (fromRelease.found) return fromRelease;
      core.info(`No baseline profiles in the release: ${fromRelease.reason}; trying the cache`);
      const fromCache = await cache.restore();
      if (fromCache.found) return fromCache;
      return { found: false, reason: `${fromRelease.reason}; ${fromCache.reason}` };
    },
    save: (profiles) => cache.save(profiles),
  };
}
