import path from 'node:path';
import { writeFileAtomically } from '../../atomic-file.js';
import { MLGATE_VERSION } from '../../report/report-subject.js';
import type { ReportSubject } from '../../report/report-subject.js';
import type { DatasetRequest } from '../dataset-validation.js';
import { validateDatasetShard } from './dataset-shard.js';
import { PartialKeysBuffer, keysDigest } from './partial-keys.js';
import type { Shard } from './shard-plan.js';
import { VALIDATION_PARTIAL_KIND } from './validation-partial.js';
import type { DatasetPartial, ValidationPartial } from './validation-partial.js';
import { groupDigits } from '../../count-words.js';

/** One shard's run over every dataset: its partial, and the key hashes of its pieces for the keys file. */
export interface ShardRun {
  readonly partial: ValidationPartial;
  readonly keys: PartialKeysBuffer;
}

/** Validates a shard of each dataset, in order (the CLI's `--shard` and the actions' `shard` input). */
export async function validateShard(
  datasets: readonly (DatasetRequest & { readonly name: string })[],
  shard: Shard,
  subject: ReportSubject,
  /** Keep each dataset's profile sketches in the partial too (the merge then profiles the whole run). */
  options: { readonly profile?: boolean } = {},
): Promise<ShardRun> {
  const keys = new PartialKeysBuffer();
  const parts = [];
  for (const dataset of datasets)
    parts.push(await validateDatasetShard(dataset, shard, keys, options.profile === true));
  return {
    partial: {
      kind: VALIDATION_PARTIAL_KIND,
      mlgateVersion: MLGATE_VERSION,
      shard,
      subject,
      datasets: parts,
    },
    keys,
  };
}

/** Where a shard's partial and its keys file (when a piece has key hashes) were written. */
export interface WrittenPartial {
  readonly partial: ValidationPartial;
  readonly files: readonly string[];
}

/**
 * Writes the partial to `target` and its keys file beside it as `<target's name>.keys`, the keys file first
 * and each atomically: a partial never names a keys file that is not there, nor half of one.
 */
export async function writePartial(target: string, run: ShardRun): Promise<WrittenPartial> {
  const files = [target];
  let partial = run.partial;
  if (run.keys.size > 0) {
    const contents = run.keys.contents();
    const name = `${path.basename(target)}.keys`;
    const keysTarget = path.join(path.dirname(target), name);
    await writeFileAtomically(keysTarget, contents);
    partial = { ...partial, keysFile: { name, bytes: contents.length, sha256: keysDigest(contents) } };
    files.push(keysTarget);
  }
  await writeFileAtomically(target, `${JSON.stringify(partial)}\n`);
  return { partial, files };
}

/** One line for the log of what a shard took of a dataset: `2 of 5 files whole, a piece of 1 more, 12,345 rows`. */
export function shardSummary(dataset: DatasetPartial): string {
  const rows =
    dataset.results.reduce((sum, result) => sum + result.file.rows, 0) +
    dataset.pieces.reduce((sum, piece) => sum + piece.state.rows, 0);
  const pieces = dataset.pieces.length > 0 ? `, a piece of ${dataset.pieces.length} more` : '';
  return `${dataset.results.length} of ${dataset.files.length} files whole${pieces}, ${groupDigits(rows)} rows`;
}
