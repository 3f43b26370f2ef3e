import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { GitHubClient } from '../github-client.js';

/** One asset of a release, as a download needs it. */
export interface DownloadableAsset {
  readonly id: number;
  readonly name: string;
}

/**
 * Streams a release asset to `dir/<name>`, hashing it on the way, and returns its sha256. The file is
 * written beside and renamed into place when complete, so an interrupted download never leaves a file that
 * looks whole. Memory stays flat whatever the asset's size: the body is never buffered.
 */
export async function downloadReleaseAsset(
  client: GitHubClient,
  repository: { readonly owner: string; readonly repo: string },
  asset: DownloadableAsset,
  dir: string,
): Promise<string> {
  const response = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
    ...repository,
    asset_id: asset.id,
    headers: { accept: 'application/octet-stream' },
    request: { parseSuccessResponseBody: false },
  });
  const body = response.data as unknown as WebReadableStream<Uint8Array>;
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, asset.name);
  const partial = `${target}.${process.pid}.partial`;
  const hash = createHash('sha256');
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body), hashing, createWriteStream(partial));
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return hash.digest('hex');
}
