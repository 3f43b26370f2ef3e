import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MAX_MANIFEST_BYTES, MODEL_MANIFEST_FILE, parseModelManifest, readUserText } from '@mlgate/engine';
import type { ModelManifest } from '@mlgate/engine';
import type { GitHubClient } from '../github-client.js';
import { downloadReleaseAsset } from './transfer/release-download.js';

interface ReleaseWithAssets {
  readonly tag_name: string;
  readonly assets: readonly { readonly id: number; readonly name: string }[];
}

/**
 * The manifest a release carries, read and checked like any untrusted file (size, JSON, schema, the fields
 * that must agree); undefined when the release has none (made before mlgate, or by hand).
 */
export async function readReleaseManifest(
  client: GitHubClient,
  repository: { readonly owner: string; readonly repo: string },
  release: ReleaseWithAssets,
): Promise<ModelManifest | undefined> {
  const asset = release.assets.find((candidate) => candidate.name === MODEL_MANIFEST_FILE);
  if (asset === undefined) return undefined;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mlgate-manifest-'));
  try {
    await downloadReleaseAsset(client, repository, asset, dir);
    const source = `${release.tag_name}/${MODEL_MANIFEST_FILE}`;
    const text = await readUserText(path.join(dir, asset.name), {
      what: 'release manifest',
      shownAs: source,
      maxBytes: MAX_MANIFEST_BYTES,
    });
    return parseModelManifest(text, source);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
