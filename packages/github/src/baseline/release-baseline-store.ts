import { MODEL_MANIFEST_FILE, parseBaselineText, releaseMetrics } from '@mlgate/engine';
import type { GitHubClient } from '../github-client.js';
import { httpStatusOf } from '../github-failure.js';
import { commitOfTag } from '../tag-commit.js';
import { readReleaseManifest } from '../release/release-manifest.js';
import { noBaseline } from './baseline-store.js';
import type { BaselineStore } from './baseline-store.js';

/**
 * The asset a release made without publish-model may carry its metrics in: an `mlgate/baseline@1` snapshot
 * or any metrics JSON. A release publish-model made has them in its manifest.json, read first.
 */
export const RELEASE_METRICS_ASSET = 'metrics.json';

export interface ReleaseBaselineOptions {
  /** Made when the baseline is restored, not before: a run whose baseline is elsewhere never needs it. */
  readonly client: () => Promise<GitHubClient>;
  readonly repository: () => Promise<{ readonly owner: string; readonly repo: string }>;
}

/**
 * `release`: the metrics of the latest published release, i.e. what is in production. GitHub's "latest"
 * skips drafts and prereleases. No release yet, or one without metrics, is "no baseline", not an error.
 */
export function releaseBaselineStore(options: ReleaseBaselineOptions): BaselineStore {
  return {
    source: 'release',
    async restore() {
      const client = await options.client();
      const { owner, repo } = await options.repository();
      let release;
      try {
        ({ data: release } = await client.rest.repos.getLatestRelease({ owner, repo }));
      } catch (error) {
        if (httpStatusOf(error) === 404) return noBaseline(`${owner}/${repo} has no published release`);
        throw error;
      }
      const provenance = async (asset: string, snapshotCommit?: string) => ({
        source: 'release' as const,
        tag: release.tag_name,
        asset,
        commit:
          (await commitOfTag(client, { owner, repo }, release.tag_name)) ??
          snapshotCommit ??
          release.target_commitish,
        date: release.published_at ?? release.created_at,
        url: release.html_url,
      });
      // A release publish-model made: its manifest records the metrics the gate passed it with.
      const manifest = await readReleaseManifest(client, { owner, repo }, release);
      if (manifest !== undefined && manifest.metrics.length > 0) {
        const source = `${release.tag_name}/${MODEL_MANIFEST_FILE}`;
        const metrics = new Map(
          [...releaseMetrics(manifest)].map(([name, value]) => [
            name,
            { name, value, file: source, line: 1 },
          ]),
        );
        return { provenance: await provenance(MODEL_MANIFEST_FILE, manifest.commit), metrics };
      }
      const asset = release.assets.find((candidate) => candidate.name === RELEASE_METRICS_ASSET);
      if (asset === undefined) {
        return noBaseline(
          `release ${release.tag_name} has no metrics: neither a ${MODEL_MANIFEST_FILE} with metrics nor a ${RELEASE_METRICS_ASSET} asset`,
        );
      }
      // The octet-stream media type gets the bytes (GitHub redirects to its storage) instead of the metadata.
      const { data } = await client.rest.repos.getReleaseAsset({
        owner,
        repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' },
      });
      const text = Buffer.from(data as unknown as ArrayBuffer).toString('utf8');
      const parsed = parseBaselineText(text, `${release.tag_name}/${asset.name}`);
      const snapshotCommit = parsed.provenance.source !== 'none' ? parsed.provenance.commit : undefined;
      return { provenance: await provenance(asset.name, snapshotCommit), metrics: parsed.metrics };
    },
  };
}
