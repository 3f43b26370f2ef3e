import { statSync } from 'node:fs';
import path from 'node:path';
import { expandFilePatterns } from '../../file-patterns.js';
import { UserError } from '../../user-error.js';
import { keySpecs } from '../checks/file-accumulator.js';
import { displayPath } from '../dataset-validation.js';
import type { DatasetRequest } from '../dataset-validation.js';
import { COLUMNAR_OPENERS } from '../readers/columnar-readers.js';
import { detectFormat } from '../readers/data-format.js';
import { loadSchema } from '../schema/schema-file.js';
import type { LoadedSchema } from '../schema/schema-file.js';
import type { DataFile, ValidateOptions } from '../validate-data.js';
import { schemaProfiler, validateFiles } from '../validate-data.js';
import { profileState } from '../../profile/profile-state.js';
import { validateFilePiece } from '../pieces/file-piece.js';
import type { PartialKeysBuffer } from './partial-keys.js';
import { shardItems } from './shard-plan.js';
import type { PlannedFile, Shard } from './shard-plan.js';
import type { DatasetPartial, PartialPiece } from './validation-partial.js';

/**
 * One shard's part of a dataset: the dataset's files resolved as the whole run resolves them, this shard's
 * items (shard-plan.ts: whole files, or its piece of each file that splits when there are fewer files than
 * shards) validated, the rest only listed. Pieces' key hashes go into `keys` (the partial's keys file).
 */
export async function validateDatasetShard(
  request: DatasetRequest & { readonly name: string },
  shard: Shard,
  keys: PartialKeysBuffer,
  /** Profile the shard's data in the same pass, for the merge's profile (sketches: they merge). */
  profile = false,
): Promise<DatasetPartial> {
  const { cwd, schema: schemaFile, data, dataFrom, format = 'auto', name, ...rest } = request;
  const options: ValidateOptions = { ...rest, format };
  const schema = await loadSchema(path.resolve(cwd, schemaFile), displayPath(cwd, schemaFile));
  const files: DataFile[] = (await expandFilePatterns(data, cwd, dataFrom)).map((file) => ({
    path: path.resolve(cwd, file),
    displayPath: displayPath(cwd, file),
  }));
  if (files.length === 0) throw new UserError('no data files given');
  const planned = await Promise.all(
    files.map((file) => plannedFile(file, options, files.length < shard.count)),
  );
  const items = shardItems(planned, shard);
  const profiler = profile ? schemaProfiler(schema, 'sketch') : undefined;
  const wholePositions = items.filter((item) => item.piece === undefined).map((item) => item.position);
  const results = await validateFiles(
    wholePositions.map((position) => files[position]!),
    schema,
    options,
    profiler,
  );
  const pieces: PartialPiece[] = [];
  for (const item of items) {
    if (item.piece === undefined) continue;
    const result = await validateFilePiece(files[item.position]!, schema, options, item.piece, profiler);
    pieces.push({
      position: item.position,
      piece: item.piece,
      format: result.format,
      present: result.present,
      state: result.piece,
      keys: result.keys.map((hashes) => keys.append(hashes)),
      ...('range' in result ? { range: result.range } : {}),
      ...(result.whole !== undefined ? { whole: result.whole } : {}),
    });
  }
  return {
    name,
    schema: { path: schema.path, language: schema.language, sha256: schema.sha256 },
    limits: { maxErrors: options.maxErrors, examplesPerColumn: options.examplesPerColumn },
    files: files.map((file) => file.displayPath),
    results: results.map((result, i) => ({ position: wholePositions[i]!, ...result })),
    pieces,
    finish: finishPlan(schema),
    ...(profiler !== undefined ? { profile: profileState(profiler) } : {}),
  };
}

/** What the merge needs of the plan to finish a split file (file-accumulator.ts's AccumulatorPlan, keys). */
function finishPlan(schema: LoadedSchema): DatasetPartial['finish'] {
  const { plan } = schema;
  const { minRows, maxRows, maxNullFraction } = plan.dataset;
  return {
    plan: {
      columns: plan.columns.map((column) => ({ name: column.name, kind: column.kind })),
      dataset: {
        ...(minRows !== undefined ? { minRows } : {}),
        ...(maxRows !== undefined ? { maxRows } : {}),
        maxNullFraction,
      },
    },
    keys: keySpecs(plan).map((key) => ({ columns: [...key.columns], code: key.code, label: key.label })),
  };
}

/**
 * A file's size and, when the plan may split it, how: Parquet and Arrow files by their units, CSV, TSV and
 * JSON Lines by byte ranges.
 */
async function plannedFile(file: DataFile, options: ValidateOptions, mayVary: boolean): Promise<PlannedFile> {
  const size = sizeOf(file.path, file.displayPath);
  if (!mayVary) return { size };
  const format = await detectFormat(file.path, file.displayPath, options.format);
  if (format === 'csv' || format === 'tsv' || format === 'jsonl') return { size, byteRanges: true };
  if (format !== 'parquet' && format !== 'arrow') return { size };
  const opener = (options.columnar ?? COLUMNAR_OPENERS)[format];
  if (opener === undefined) return { size };
  const source = await opener(file.path, file.displayPath);
  try {
    return source.units === undefined ? { size } : { size, units: source.units };
  } finally {
    await source.close?.();
  }
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
