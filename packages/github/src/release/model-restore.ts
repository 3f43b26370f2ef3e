import { rm } from 'node:fs/promises';
import path from 'node:path';
import {
  SHA256SUMS_FILE,
  UserError,
  checkAssetName,
  compareVersions,
  formatVersion,
  parseSha256Sums,
  readUserText,
  sha256OfAssetDigest,
  verifySha256Sums,
  versionOfTag,
} from '@mlgate/engine';
import type { DigestVerification, ModelManifest, SemVer } from '@mlgate/engine';
import type { GitHubClient } from '../github-client.js';
import { downloadReleaseAsset } from './transfer/release-download.js';
import { readReleaseManifest } from './release-manifest.js';

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

interface ReleaseData {
  readonly tag_name: string;
  readonly draft: boolean;
  readonly prerelease: boolean;
  readonly html_url: string;
  readonly target_commitish: string;
  readonly published_at: string | null;
  readonly assets: readonly { readonly id: number; readonly name: string; readonly digest?: string | null }[];
}

/** One published release of a model. */
export interface ModelVersion {
  readonly version: SemVer;
  readonly release: ReleaseData;
}

/** Every published release of the model, newest version first. Drafts are not releases yet. */
export async function modelVersions(
  client: GitHubClient,
  repository: Repository,
  name: string,
): Promise<ModelVersion[]> {
  const releases = await client.paginate(client.rest.repos.listReleases, { ...repository, per_page: 100 });
  return releases
    .filter((release) => !release.draft)
    .flatMap((release) => {
      const version = versionOfTag(name, release.tag_name);
      return version === undefined ? [] : [{ version, release }];
    })
    .sort((a, b) => compareVersions(b.version, a.version));
}

/**
 * `<version>` or `latest`: the highest published version, a prerelease only when there is nothing else.
 * No such release is a UserError (exit 2): there is nothing to download, which is not a failed check.
 */
export async function findModelVersion(
  client: GitHubClient,
  repository: Repository,
  name: string,
  wanted: SemVer | 'latest',
): Promise<ModelVersion> {
  const versions = await modelVersions(client, repository, name);
  const found =
    wanted === 'latest'
      ? (versions.find((candidate) => !candidate.release.prerelease) ?? versions[0])
      : versions.find((candidate) => compareVersions(candidate.version, wanted) === 0);
  if (found === undefined) {
    const what =
      wanted === 'latest'
        ? `no published release of ${name}`
        : `no release ${name}-v${formatVersion(wanted)}`;
    throw new UserError(`${what} in ${repository.owner}/${repository.repo}`);
  }
  return found;
}

/** The manifest of a model version, when its release has one. */
export function manifestOf(
  client: GitHubClient,
  repository: Repository,
  version: ModelVersion,
): Promise<ModelManifest | undefined> {
  return readReleaseManifest(client, repository, version.release);
}

export interface RestoredModel {
  readonly verification: DigestVerification;
  /** Files that were downloaded but failed their check, and were removed. */
  readonly removed: readonly string[];
}

/**
 * Downloads a release's files into `dir` and checks them against its SHA256SUMS, which GitHub's own asset
 * digest vouches for first. A file that does not match is removed, so nothing that fails the check is left
 * looking like the model.
 */
export async function restoreModel(
  client: GitHubClient,
  repository: Repository,
  version: ModelVersion,
  dir: string,
): Promise<RestoredModel> {
  const { release } = version;
  const sumsAsset = release.assets.find((asset) => asset.name === SHA256SUMS_FILE);
  if (sumsAsset === undefined) {
    throw new UserError(`${release.tag_name} has no ${SHA256SUMS_FILE}: it was not published by mlgate`);
  }
  const sumsSha256 = await downloadReleaseAsset(client, repository, sumsAsset, dir);
  const vouched = sha256OfAssetDigest(sumsAsset.digest);
  if (vouched !== undefined && vouched !== sumsSha256) {
    await rm(path.join(dir, SHA256SUMS_FILE), { force: true });
    throw new UserError(`${release.tag_name}/${SHA256SUMS_FILE} is not the file GitHub holds a digest for`);
  }
  const expected = parseSha256Sums(
    await readUserText(path.join(dir, SHA256SUMS_FILE), {
      what: 'checksum file',
      shownAs: `${release.tag_name}/${SHA256SUMS_FILE}`,
    }),
    `${release.tag_name}/${SHA256SUMS_FILE}`,
  );
  const actual = [];
  for (const entry of expected) {
    const asset = release.assets.find((candidate) => candidate.name === entry.name);
    if (asset === undefined) continue;
    checkAssetName(asset.name);
    actual.push({ name: asset.name, sha256: await downloadReleaseAsset(client, repository, asset, dir) });
  }
  const verification = verifySha256Sums(expected, actual);
  const removed: string[] = [];
  for (const check of verification.checks) {
    if (check.status === 'mismatch') {
      await rm(path.join(dir, check.name), { force: true });
      removed.push(check.name);
    }
  }
  return { verification, removed };
}
