import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { UserError, readPartialFile } from '@mlgate/engine';
import type { PartialInput, Shard } from '@mlgate/engine';
import { ACTIONS_SERVICE_BUDGET_MS, withinBudget } from '../actions-service-call.js';
import { artifactClient, artifactScratchDir, artifactServiceFailure } from './artifact-client.js';
import type { ArtifactCallOptions } from './artifact-client.js';

// A sharded run's shards and its merge job meet through the run's own artifacts: each shard uploads one
// `mlgate-partial-<k>-of-<n>`, the merge job downloads every one of them. Within one workflow run the
// runtime token lists and downloads them, so the merge needs no token for this.

const PARTIAL_ARTIFACT = /^mlgate-partial-\d+-of-\d+$/;

/** `mlgate-partial-<k>-of-<n>`: one name per shard, so the matrix's jobs never collide. */
export function partialArtifactName(shard: Shard): string {
  return `mlgate-partial-${shard.index}-of-${shard.count}`;
}

/** Uploads one shard's partial (and its keys file, beside it) as its artifact. */
export async function uploadPartialArtifact(
  files: readonly string[],
  shard: Shard,
  options: ArtifactCallOptions = {},
): Promise<{ name: string; id: number }> {
  const name = partialArtifactName(shard);
  let id: number | undefined;
  try {
    const client = await artifactClient();
    ({ id } = await withinBudget(
      client.uploadArtifact(name, [...files], path.dirname(files[0]!), { retentionDays: 1 }),
      options.budgetMs ?? ACTIONS_SERVICE_BUDGET_MS,
      'the upload',
    ));
  } catch (error) {
    throw artifactServiceFailure(`could not upload artifact '${name}'`, error);
  }
  if (id === undefined)
    throw new UserError(`artifact '${name}' was uploaded but the Actions artifact service returned no id`);
  return { name, id };
}

/**
 * Every `mlgate-partial-*` artifact of this run (the latest attempt's of each name), downloaded and read as
 * partials. Whether they make one whole run is the merge's to check; none at all is an error here.
 */
export async function downloadPartialArtifacts(
  env: NodeJS.ProcessEnv = process.env,
  options: ArtifactCallOptions = {},
): Promise<PartialInput[]> {
  const budgetMs = options.budgetMs ?? ACTIONS_SERVICE_BUDGET_MS;
  const client = await artifactClient();
  let artifacts: { id: number; name: string }[];
  try {
    ({ artifacts } = await withinBudget(client.listArtifacts({ latest: true }), budgetMs, 'the listing'));
  } catch (error) {
    throw artifactServiceFailure('could not list the run’s artifacts', error);
  }
  const partials = artifacts
    .filter((artifact) => PARTIAL_ARTIFACT.test(artifact.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  if (partials.length === 0)
    throw new UserError(
      'no mlgate-partial-* artifact on this run: run validate-data or the root action with `shard: k/n` in every matrix job first (needs:)',
    );
  const root = await artifactScratchDir(env, 'mlgate-partials-');
  const inputs: PartialInput[] = [];
  for (const artifact of partials) {
    const dir = path.join(root, artifact.name);
    try {
      await withinBudget(client.downloadArtifact(artifact.id, { path: dir }), budgetMs, 'the download');
    } catch (error) {
      throw artifactServiceFailure(`could not download artifact '${artifact.name}'`, error);
    }
    const files = (await readdir(dir, { withFileTypes: true })).filter(
      (entry) => entry.isFile() && entry.name.endsWith('.json'),
    );
    if (files.length !== 1)
      throw new UserError(`artifact '${artifact.name}' holds ${files.length} JSON files, not one partial`);
    inputs.push(
      await readPartialFile(path.join(dir, files[0]!.name), {
        shownAs: `${artifact.name}/${files[0]!.name}`,
      }),
    );
  }
  return inputs;
}
