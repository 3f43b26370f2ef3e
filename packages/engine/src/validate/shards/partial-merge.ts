import path from 'node:path';
import { Ajv } from 'ajv';
import { readUserBytes, readUserText } from '../../user-file.js';
import type { ValidateFunction } from 'ajv';
import { MLGATE_VERSION } from '../../report/report-subject.js';
import type { ReportSubject } from '../../report/report-subject.js';
import { UserError } from '../../user-error.js';
import type { ValidationReport } from '../report/validation-report.js';
import { assembleValidationReport, fileReportOf, finishProfile } from '../validate-data.js';
import type { DatasetProfile } from '../../profile/profile-document.js';
import { mergeProfileStates } from '../../profile/profile-state.js';
import type { DatasetProfileState } from '../../profile/profile-state.js';
import { parseProfileState } from '../../profile/profile-state-file.js';
import { CODE_COUNT } from '../report/error-codes.js';
import { keysDigest, readPieceKeys } from './partial-keys.js';
import { assemblePieces, piecesRead } from '../pieces/piece-assembly.js';
import type { FileResult } from '../validate-data.js';
import { VALIDATION_PARTIAL_KIND, VALIDATION_PARTIAL_SCHEMA } from './validation-partial.js';
import type { DatasetPartial, PartialPiece, ValidationPartial } from './validation-partial.js';

/** A partial as read, with the name messages give its file. */
export interface PartialInput {
  readonly source: string;
  readonly partial: ValidationPartial;
  /** The keys file's contents, checked against the partial's record of it. */
  readonly keys?: Buffer;
}

let validator: ValidateFunction | undefined;

/** A partial holds file reports and a few errors each: far below this unless it is not a partial. */
const MAX_PARTIAL_BYTES = 256 * 1024 * 1024;
/** 12 bytes per key value: 2 GiB is some 170M rows of one key in one shard. */
const MAX_KEYS_BYTES = 2 * 1024 * 1024 * 1024;

/**
 * Reads and checks a partial file and the keys file it names beside it (the CLI's `merge`, merge-reports'
 * downloaded artifacts): both size-capped, read as every user file is read. `shownAs` names the partial in
 * messages, and its keys file beside that name.
 */
export async function readPartialFile(
  file: string,
  options: { readonly cwd?: string; readonly shownAs?: string } = {},
): Promise<PartialInput> {
  const shownAs = options.shownAs ?? file;
  const where = { ...(options.cwd !== undefined ? { cwd: options.cwd } : {}) };
  const text = await readUserText(file, { what: 'partial', shownAs, maxBytes: MAX_PARTIAL_BYTES, ...where });
  return parsePartial(text, shownAs, (name) =>
    readUserBytes(path.join(path.dirname(file), name), {
      what: 'partial keys file',
      shownAs: path.posix.join(path.posix.dirname(shownAs), name),
      maxBytes: MAX_KEYS_BYTES,
      ...where,
    }),
  );
}

/**
 * Reads a partial: JSON, of the partial schema, written by this mlgate version (another version may have
 * checked differently, and a merge of the two would be no run's report). Anything else is a UserError naming
 * the file.
 */
export async function parsePartial(
  text: string,
  source: string,
  /** Reads the keys file a partial names (beside it). */
  readKeys: (name: string) => Promise<Buffer>,
): Promise<PartialInput> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`not JSON: ${(error as Error).message}`, { file: source });
  }
  validator ??= new Ajv({ allErrors: false, strict: true }).compile(VALIDATION_PARTIAL_SCHEMA);
  if (!validator(value)) {
    const first = validator.errors?.[0];
    throw new UserError(
      `not an ${VALIDATION_PARTIAL_KIND} partial (written by mlgate validate --shard): ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim(),
      { file: source },
    );
  }
  const partial = value as ValidationPartial;
  partial.datasets.forEach((dataset, d) => {
    if (dataset.profile !== undefined) parseProfileState(dataset.profile, source, `/datasets/${d}/profile`);
  });
  if (partial.mlgateVersion !== MLGATE_VERSION)
    throw new UserError(
      `written by mlgate ${partial.mlgateVersion}, not ${MLGATE_VERSION}: every shard and the merge must run one version`,
      { file: source },
    );
  const expected = partial.keysFile;
  if (expected !== undefined) {
    const keys = await readKeys(expected.name);
    if (keys.length !== expected.bytes || keysDigest(keys) !== expected.sha256)
      throw new UserError(`its keys file ${expected.name} is not the one it was written with`, {
        file: source,
      });
    return { source, partial, keys };
  }
  return { source, partial };
}

export interface MergedDataset {
  readonly name: string;
  readonly report: ValidationReport;
  /** The data's profile, when every shard kept its profile sketches (`--profile`). */
  readonly profile?: DatasetProfile;
}

/**
 * The reports of a run split into shards, exactly as the run unsplit would give them (timings aside): every
 * shard present once, all agreeing on the datasets, their schemas, limits and file lists, every file
 * validated by exactly one shard; then each dataset's files in list order through the report assembly the
 * whole run uses (validate-data.ts).
 */
export function mergePartials(
  inputs: readonly PartialInput[],
  settings: { readonly createdAt: string; readonly subject?: ReportSubject },
): MergedDataset[] {
  if (inputs.length === 0) throw new UserError('no partials to merge');
  const first = inputs[0]!;
  const count = first.partial.shard.count;
  const byIndex = new Map<number, PartialInput>();
  for (const input of inputs) {
    const { shard } = input.partial;
    if (shard.count !== count)
      throw new UserError(
        `shard ${shard.index}/${shard.count}, but ${first.source} is of ${count} shards: the partials come from different runs`,
        { file: input.source },
      );
    const earlier = byIndex.get(shard.index);
    if (earlier !== undefined)
      throw new UserError(`shard ${shard.index}/${count} again (also ${earlier.source})`, {
        file: input.source,
      });
    byIndex.set(shard.index, input);
  }
  const absent = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (absent.length > 0)
    throw new UserError(
      `shard${absent.length === 1 ? '' : 's'} ${absent.map((index) => `${index}/${count}`).join(', ')} missing: merge every shard's partial`,
    );
  const shards = Array.from({ length: count }, (_, i) => byIndex.get(i + 1)!);
  return first.partial.datasets.map((dataset) => {
    const report = mergeDataset(
      dataset,
      shards,
      settings.createdAt,
      settings.subject ?? first.partial.subject,
    );
    const profile = mergeProfile(dataset.name, shards, report);
    return { name: dataset.name, report, ...(profile !== undefined ? { profile } : {}) };
  });
}

/** The dataset's profile from every shard's sketches, in shard order; none when no shard profiled. */
function mergeProfile(
  name: string,
  shards: readonly PartialInput[],
  report: ValidationReport,
): DatasetProfile | undefined {
  const states = shards.map((input) => input.partial.datasets.find((d) => d.name === name)?.profile);
  if (states.every((state) => state === undefined)) return undefined;
  const without = states.findIndex((state) => state === undefined);
  if (without >= 0)
    throw new UserError(
      `dataset ${name}: shard ${without + 1} kept no profile, others did: run every shard with --profile or none`,
      { file: shards[without]!.source },
    );
  return finishProfile(mergeProfileStates(states as DatasetProfileState[]), report, name);
}

function mergeDataset(
  dataset: DatasetPartial,
  shards: readonly PartialInput[],
  createdAt: string,
  subject: ReportSubject,
): ValidationReport {
  const results = new Array<FileResult | undefined>(dataset.files.length);
  const pieces = new Map<number, { input: PartialInput; piece: PartialPiece }[]>();
  for (const input of shards) {
    const { source, partial } = input;
    const mine = partial.datasets.find((candidate) => candidate.name === dataset.name);
    if (mine === undefined || partial.datasets.length !== shards[0]!.partial.datasets.length)
      throw new UserError(`the shards validated different datasets (${dataset.name} is not in all)`, {
        file: source,
      });
    const disagree = (what: string) =>
      new UserError(`dataset ${dataset.name}: the shards disagree on ${what}; were they run on one commit?`, {
        file: source,
      });
    if (
      mine.schema.sha256 !== dataset.schema.sha256 ||
      mine.schema.path !== dataset.schema.path ||
      JSON.stringify(mine.finish) !== JSON.stringify(dataset.finish)
    )
      throw disagree('the schema');
    checkPieces(mine, source);
    if (
      mine.limits.maxErrors !== dataset.limits.maxErrors ||
      mine.limits.examplesPerColumn !== dataset.limits.examplesPerColumn
    )
      throw disagree('the error limits');
    if (mine.files.length !== dataset.files.length || mine.files.some((file, i) => file !== dataset.files[i]))
      throw disagree('the data files');
    for (const result of mine.results) {
      if (result.position >= dataset.files.length || result.file.path !== dataset.files[result.position])
        throw disagree(`file ${result.position + 1}`);
      if (results[result.position] !== undefined)
        throw new UserError(`dataset ${dataset.name}: ${result.file.path} was validated by two shards`, {
          file: source,
        });
      results[result.position] = { file: result.file, examples: result.examples };
    }
    for (const piece of mine.pieces) {
      if (piece.position >= dataset.files.length) throw disagree(`file ${piece.position + 1}`);
      const list = pieces.get(piece.position) ?? [];
      list.push({ input, piece });
      pieces.set(piece.position, list);
    }
  }
  for (const [position, list] of pieces) {
    if (results[position] !== undefined)
      throw new UserError(
        `dataset ${dataset.name}: ${dataset.files[position]} was validated whole and in pieces`,
      );
    results[position] = mergePieces(dataset, position, list);
  }
  const missing = results.findIndex((result) => result === undefined);
  if (missing >= 0)
    throw new UserError(
      `dataset ${dataset.name}: no shard validated ${dataset.files[missing]}; were the partials made with one shard count?`,
    );
  return assembleValidationReport(results as FileResult[], dataset.schema, {
    ...dataset.limits,
    subject,
    createdAt,
  });
}

/**
 * A file split between shards, as one accumulator over the whole file would have finished it
 * (piece-assembly.ts), once the pieces are checked to fit together: one of each, one format, byte ranges
 * that follow each other.
 */
function mergePieces(
  dataset: DatasetPartial,
  position: number,
  list: readonly { readonly input: PartialInput; readonly piece: PartialPiece }[],
): FileResult {
  const file = dataset.files[position]!;
  const count = list[0]!.piece.piece.count;
  const ordered = new Array<(typeof list)[number] | undefined>(count);
  for (const entry of list) {
    const { index, count: of } = entry.piece.piece;
    if (of !== count || index >= count || ordered[index] !== undefined)
      throw new UserError(`dataset ${dataset.name}: the pieces of ${file} do not fit together`, {
        file: entry.input.source,
      });
    ordered[index] = entry;
  }
  const gap = ordered.findIndex((entry) => entry === undefined);
  if (gap >= 0)
    throw new UserError(`dataset ${dataset.name}: piece ${gap + 1} of ${count} of ${file} is missing`);
  const pieces = ordered as (typeof list)[number][];
  const first = pieces[0]!.piece;
  const byteRanges = first.format === 'csv' || first.format === 'tsv' || first.format === 'jsonl';
  const misfit = () => new UserError(`dataset ${dataset.name}: the pieces of ${file} do not fit together`);
  if (
    first.whole === undefined ||
    pieces.some(({ piece }) => piece.format !== first.format || (piece.range !== undefined) !== byteRanges)
  )
    throw misfit();
  const read = piecesRead(pieces.map((entry) => ({ ...entry, state: entry.piece.state })));
  const offsets = byteRanges ? rowOffsets(read, file, first.whole.bytes, misfit) : read.map(() => 0);
  // A header says which columns a file has; JSON Lines records each have their own.
  const present =
    first.format === 'jsonl'
      ? first.present.map((_, c) => read.some(({ piece }) => piece.present[c] === true))
      : first.present;
  const outcome = assemblePieces(
    { file, ...dataset.finish, examplesPerColumn: dataset.limits.examplesPerColumn },
    read.map(({ input, piece }, j) => ({
      state: piece.state,
      rowOffset: offsets[j]!,
      keyHashes: (k) => {
        const entry = piece.keys[k];
        if (entry === undefined || entry.count === 0) return undefined;
        if (input.keys === undefined)
          throw new UserError('it lists key hashes but has no keys file', { file: input.source });
        const hashes = readPieceKeys(input.keys, entry, input.source);
        return { hashes: hashes.hashes, lines: hashes.rows, count: hashes.count };
      },
    })),
    present,
  );
  return {
    file: fileReportOf(file, first.whole.bytes, first.format, first.whole.sha256, outcome),
    examples: outcome.examples,
  };
}

/**
 * Byte-range pieces: each must start where the one before ended (the records of one shard end where the
 * next shard's first record starts) and the last, unless reading stopped, at the file's end. Piece 0 numbers
 * its rows as the file does; a later piece from 1 at its first record, whose line in the file is 1 plus every
 * line break before it: those line breaks are the offset its rows need.
 */
function rowOffsets(
  read: readonly { readonly input: PartialInput; readonly piece: PartialPiece }[],
  file: string,
  bytes: number,
  misfit: () => UserError,
): number[] {
  const offsets: number[] = [];
  let lineBreaks = 0;
  read.forEach(({ input, piece }, j) => {
    const range = piece.range!;
    if (j > 0) {
      const before = read[j - 1]!.piece.range!;
      if (range.start !== before.end)
        throw new UserError(
          `${file}: the records of piece ${j} end at byte ${before.end} but piece ${j + 1}'s start at byte ${range.start}: the pieces were not cut from one file`,
          { file: input.source },
        );
    }
    offsets.push(lineBreaks);
    lineBreaks += range.lines;
  });
  const last = read[read.length - 1]!.piece;
  if (last.state.stoppedAt === null && last.range!.end !== bytes) throw misfit();
  return offsets;
}

/**
 * The pieces' findings fit the plan they came with: a key over columns the plan has, a count per column and
 * code, a null count and an example list per column. Anything else is not a partial mlgate wrote.
 */
function checkPieces(dataset: DatasetPartial, source: string): void {
  const columns = dataset.finish.plan.columns.length;
  const broken = (what: string) =>
    new UserError(`dataset ${dataset.name}: ${what} does not fit its schema's ${columns} columns`, {
      file: source,
    });
  for (const key of dataset.finish.keys)
    if (key.columns.length === 0 || key.columns.some((column) => column >= columns))
      throw broken(`the key (${key.label})`);
  for (const { state, present, position } of dataset.pieces) {
    const what = `the piece of file ${position + 1}`;
    if (
      present.length !== columns ||
      state.counts.length !== (columns + 1) * CODE_COUNT ||
      state.nulls.length !== columns ||
      state.examples.length !== columns + 1
    )
      throw broken(what);
  }
}
