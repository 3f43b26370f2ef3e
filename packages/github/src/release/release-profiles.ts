import { createHash } from 'node:crypto';
import path from 'node:path';
import {
  MAX_PROFILE_BYTES,
  UserError,
  checkFilePattern,
  parseProfile,
  profileAssetName,
  readUserText,
} from '@mlgate/engine';
import type { ManifestProfile, ProfileDocument } from '@mlgate/engine';
import { glob } from 'tinyglobby';

/** A dataset's profile to publish with a model: read and checked once, uploaded as these exact bytes. */
export interface ReleaseProfile extends ManifestProfile {
  /** As the user gave it (relative to the workspace), for messages. */
  readonly shownAs: string;
  readonly profile: ProfileDocument;
  /** The file's text as read: what is uploaded, so the asset is what was checked even if the file changes. */
  readonly text: string;
  readonly bytes: number;
}

/**
 * The profiles (`mlgate/profile@1`, e.g. the root action's `<report-dir>/profiles/*.json`) named by paths
 * and globs, each read bounded and parsed as untrusted. A pattern that matches nothing is an error, as for
 * reports: a release step that expected profiles and found none says so rather than publishing without.
 */
export async function readReleaseProfiles(
  patterns: readonly string[],
  workspace: string,
  from: string,
): Promise<ReleaseProfile[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    const matches = (
      await glob(checkFilePattern(pattern, from), {
        cwd: workspace,
        onlyFiles: true,
        expandDirectories: false,
      })
    ).sort();
    if (matches.length === 0) throw new UserError(`${from}: '${pattern}' matches no file`);
    for (const match of matches) files.add(match);
  }
  const profiles: ReleaseProfile[] = [];
  for (const file of files) {
    const shownAs = file.split(path.sep).join('/');
    const text = await readUserText(path.resolve(workspace, file), {
      what: 'profile',
      shownAs,
      maxBytes: MAX_PROFILE_BYTES,
    });
    const profile = parseProfile(text, shownAs);
    profiles.push({
      shownAs,
      profile,
      text,
      bytes: Buffer.byteLength(text),
      dataset: profile.dataset,
      asset: profileAssetName(profile.dataset),
      sha256: createHash('sha256').update(text).digest('hex'),
      rows: profile.rows,
    });
  }
  return profiles;
}
