import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { clientLimits, type GitHubClient } from '../../github-client.js';
import { downloadAssetToFile } from './streamed-transfer.js';
import { transferRetryWaitMs } from './transfer-retry.js';

/** Tries per asset, as for uploads: a 5xx, a rate limit or a lost connection is tried again from the start. */
const DOWNLOAD_ATTEMPTS = 4;

/** One asset of a release, as a download needs it. */
export interface DownloadableAsset {
  readonly id: number;
  readonly name: string;
}

/**
 * Streams a release asset to `dir/<name>`, hashing it on the way, and returns its sha256. The file is
 * written beside and renamed into place when complete, so an interrupted download never leaves a file that
 * looks whole. Memory stays flat whatever the asset's size: the body is streamed (streamed-transfer.ts).
 */
export async function downloadReleaseAsset(
  client: GitHubClient,
  repository: { readonly owner: string; readonly repo: string },
  asset: DownloadableAsset,
  dir: string,
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, asset.name);
  const partial = `${target}.${process.pid}.partial`;
  const { retryBaseMs, ledger } = clientLimits(client);
  for (let attempt = 1; ; attempt++) {
    const started = Date.now();
    try {
      const sha256 = await downloadAssetToFile(client, repository, asset.id, partial);
      await rename(partial, target);
      return sha256;
    } catch (error) {
      await rm(partial, { force: true });
      ledger.spend(Date.now() - started);
      const wait =
        attempt < DOWNLOAD_ATTEMPTS ? transferRetryWaitMs(client, error, attempt, retryBaseMs) : undefined;
      if (wait === undefined) throw error;
      await sleep(wait);
    }
  }
}
