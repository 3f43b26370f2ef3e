import { createHash } from 'node:crypto';
import path from 'node:path';
import {
  UserError,
  canonicalJson,
  compileSchema,
  detectFormat,
  displayPath,
  expandFilePatterns,
  inferTableSchema,
  loadSchema,
  openDataInputs,
  validateAndProfileData,
  DEFAULT_EXAMPLES_PER_COLUMN,
  DEFAULT_INFER_SAMPLE_ROWS,
  groupDigits,
} from '@mlgate/engine';
import type { DataFile, FormatChoice, LoadedSchema, ProfileMode, ProfiledValidation } from '@mlgate/engine';
import type { CliIo } from './cli-io.js';

export interface ProfileInputRequest {
  /** Paths or globs. */
  readonly files: readonly string[];
  /** `mlgate profile`, `--baseline`, `--current`: names the source in errors. */
  readonly from: string;
  readonly schema: LoadedSchema;
  readonly format: FormatChoice;
  readonly mode: ProfileMode;
  readonly dataset?: string;
}

/** Paths or globs as data files, relative to the working directory; none is an error naming `from`. */
export async function dataFiles(io: CliIo, files: readonly string[], from: string): Promise<DataFile[]> {
  if (files.length === 0) throw new UserError(`${from} needs at least one data file`);
  const found = await expandFilePatterns(files, io.cwd, from);
  return found.map((file) => ({ path: path.resolve(io.cwd, file), displayPath: displayPath(io.cwd, file) }));
}

/** `--schema`, or a Table Schema inferred from `first` (no column required) when there is none. */
export async function schemaFor(
  io: CliIo,
  schema: string | undefined,
  first: DataFile,
  format: FormatChoice,
): Promise<LoadedSchema> {
  if (schema !== undefined) return loadSchema(path.resolve(io.cwd, schema), displayPath(io.cwd, schema));
  return inferredSchema(first, format);
}

/**
 * Data files read once: validated against the schema and profiled in the same pass. Values that break the
 * schema are not in the profile; warnAboutInvalidRows says how many there were.
 */
export async function profileDataFiles(io: CliIo, request: ProfileInputRequest): Promise<ProfiledValidation> {
  const files = await dataFiles(io, request.files, request.from);
  return validateAndProfileData(
    files,
    request.schema,
    { format: request.format, maxErrors: 0, examplesPerColumn: DEFAULT_EXAMPLES_PER_COLUMN },
    { mode: request.mode, dataset: request.dataset ?? files[0]!.displayPath },
  );
}

async function inferredSchema(file: DataFile, format: FormatChoice): Promise<LoadedSchema> {
  const opened = await openDataInputs([file], format);
  try {
    const input = opened.inputs[0]!;
    const detected = await detectFormat(input.path, file.displayPath, format);
    const inferred = await inferTableSchema(
      input.path,
      detected,
      DEFAULT_INFER_SAMPLE_ROWS,
      file.displayPath,
    );
    // Profiling wants every value it can read: nothing required, so a null is counted, not an error.
    const document = { ...inferred, fields: inferred.fields.map(({ name, type }) => ({ name, type })) };
    const shownAs = `(schema inferred from ${file.displayPath})`;
    return {
      path: shownAs,
      sha256: createHash('sha256').update(canonicalJson(document)).digest('hex'),
      ...compileSchema(document, shownAs),
    };
  } finally {
    await opened.dispose();
  }
}

/** One line on stderr when some rows broke the schema: their bad values are missing from the profile. */
export function warnAboutInvalidRows(io: CliIo, validation: ProfiledValidation, side = ''): void {
  const label = side === '' ? '' : `${side}: `;
  const { report } = validation;
  if (report.errorCount === 0) return;
  io.stderr(
    `mlgate: warning: ${label}${groupDigits(report.errorCount)} values broke the schema (${report.schema.path}) and are not profiled; run mlgate validate for details\n`,
  );
}
