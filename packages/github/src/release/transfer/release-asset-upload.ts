import { setTimeout as sleep } from 'node:timers/promises';
import { sha256OfAssetDigest } from '@mlgate/engine';
import { clientLimits, type GitHubClient } from '../../github-client.js';
import { httpStatusOf } from '../../github-failure.js';
import { uploadFileToRelease } from './streamed-transfer.js';
import { transferRetryWaitMs } from './transfer-retry.js';

/** A release as the upload needs it. */
export interface DraftRelease {
  readonly owner: string;
  readonly repo: string;
  readonly id: number;
  /** The release's `upload_url` template: uploads go where GitHub (or GitHub Enterprise Server) says. */
  readonly uploadUrl: string;
}

/** A local file to attach, with the hash it must arrive with. */
export interface AssetSource {
  readonly name: string;
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly contentType?: string;
}

/** An asset as GitHub lists it; `digest` is `sha256:<hex>` (absent on assets from before GitHub had it). */
export interface ReleaseAsset {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  readonly digest?: string | null;
  readonly state?: string;
}

export interface UploadPolicy {
  /** Tries per asset; a 5xx or a dropped connection is tried again, with a fresh stream of the file. */
  readonly attempts: number;
  /** The first wait between tries; each next one doubles it. */
  readonly backoffMs: number;
}

/** Four tries, the first retry after the client's own first backoff (1 s unless a test shrinks it). */
export function defaultUploadPolicy(client: GitHubClient): UploadPolicy {
  return { attempts: 4, backoffMs: clientLimits(client).retryBaseMs };
}

/** The hex of an asset's `sha256:` digest, when GitHub gave one. */
export function assetSha256(asset: ReleaseAsset): string | undefined {
  return sha256OfAssetDigest(asset.digest);
}

function isAlreadyExists(error: unknown): boolean {
  const errors = (error as { response?: { data?: { errors?: { code?: string }[] } } }).response?.data?.errors;
  return httpStatusOf(error) === 422 && errors?.some((entry) => entry.code === 'already_exists') === true;
}

export async function listReleaseAssets(
  client: GitHubClient,
  release: DraftRelease,
): Promise<ReleaseAsset[]> {
  return client.paginate(client.rest.repos.listReleaseAssets, {
    owner: release.owner,
    repo: release.repo,
    release_id: release.id,
    per_page: 100,
  });
}

export async function deleteReleaseAsset(
  client: GitHubClient,
  release: DraftRelease,
  id: number,
): Promise<void> {
  await client.rest.repos.deleteReleaseAsset({ owner: release.owner, repo: release.repo, asset_id: id });
}

/**
 * Uploads one file to a draft release, streamed from disk with its Content-Length and the socket's
 * backpressure (streamed-transfer.ts), so memory stays flat whatever its size. Converges instead of failing when the asset is already there: a 422 `already_exists`
 * means an earlier try landed though its answer was lost, or a concurrent run uploaded it; the asset is then
 * kept when its digest is this file's, and replaced otherwise. An asset that arrives with another digest is
 * deleted and sent again.
 */
export async function uploadReleaseAsset(
  client: GitHubClient,
  release: DraftRelease,
  file: AssetSource,
  policy: UploadPolicy = defaultUploadPolicy(client),
): Promise<ReleaseAsset> {
  let lastError: unknown;
  let wait = 0;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (wait > 0) await sleep(wait);
    wait = 0;
    const started = Date.now();
    try {
      // A stream cannot be replayed: every try opens the file again.
      const data = await uploadFileToRelease<ReleaseAsset>(client, release.uploadUrl, file);
      const digest = assetSha256(data);
      if (digest === undefined || digest === file.sha256) return data;
      lastError = new Error(`${file.name} arrived with sha256 ${digest}, not ${file.sha256}`);
      await deleteReleaseAsset(client, release, data.id);
    } catch (error) {
      lastError = error;
      clientLimits(client).ledger.spend(Date.now() - started);
      if (isAlreadyExists(error)) {
        const present = (await listReleaseAssets(client, release)).find((asset) => asset.name === file.name);
        if (present !== undefined && assetSha256(present) === file.sha256) return present;
        if (present !== undefined) await deleteReleaseAsset(client, release, present.id);
        continue;
      }
      if (attempt === policy.attempts) break;
      const next = transferRetryWaitMs(client, error, attempt, policy.backoffMs);
      if (next === undefined) throw error;
      wait = next;
    }
  }
  throw lastError;
}
