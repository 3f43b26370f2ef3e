import { statSync } from 'node:fs';
import path from 'node:path';
import { expandFilePatterns } from '../../file-patterns.js';
import { UserError } from '../../user-error.js';
import { displayPath } from '../dataset-validation.js';
import type { DatasetRequest } from '../dataset-validation.js';
import { loadSchema } from '../schema/schema-file.js';
import { validateFiles } from '../validate-data.js';
import { shardFiles } from './shard-plan.js';
import type { Shard } from './shard-plan.js';
import type { DatasetPartial } from './validation-partial.js';

/**
 * One shard's part of a dataset: the dataset's files resolved as the whole run resolves them, this shard's
 * (shard-plan.ts) validated, the rest only listed. A shard may get none of a dataset's files.
 */
export async function validateDatasetShard(
  request: DatasetRequest & { readonly name: string },
  shard: Shard,
): Promise<DatasetPartial> {
  const { cwd, schema: schemaFile, data, dataFrom, format = 'auto', name, ...options } = request;
  const schema = await loadSchema(path.resolve(cwd, schemaFile), displayPath(cwd, schemaFile));
  const files = (await expandFilePatterns(data, cwd, dataFrom)).map((file) => ({
    path: path.resolve(cwd, file),
    displayPath: displayPath(cwd, file),
  }));
  if (files.length === 0) throw new UserError('no data files given');
  const sizes = files.map((file) => sizeOf(file.path, file.displayPath));
  const positions = shardFiles(sizes, shard);
  const results = await validateFiles(
    positions.map((position) => files[position]!),
    schema,
    { ...options, format },
  );
  return {
    name,
    schema: { path: schema.path, language: schema.language, sha256: schema.sha256 },
    limits: { maxErrors: options.maxErrors, examplesPerColumn: options.examplesPerColumn },
    files: files.map((file) => file.displayPath),
    results: results.map((result, i) => ({ position: positions[i]!, ...result })),
  };
}

/** A file's size for the plan; a pipe or device (no size, read once) cannot be split between shards. */
function sizeOf(file: string, shownAs: string): number {
  const stats = statSync(file);
  if (!stats.isFile())
    throw new UserError('a sharded run reads regular files only (every shard must see the same data)', {
      file: shownAs,
    });
  return stats.size;
}
