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
} from '@mlgate/engine';
import type { FormatChoice, ProfileMode, ProfiledValidation } from '@mlgate/engine';
import type { CliIo } from './cli-io.js';

export interface ProfileInputRequest {
  /** Paths or globs. */
  readonly files: readonly string[];
  /** `--files` or `--current`: names the flag in errors. */
  readonly from: string;
  readonly schema: string | undefined;
  readonly format: FormatChoice;
  readonly mode: ProfileMode;
  readonly dataset?: string;
}

/**
 * Data files read once: validated against `--schema` (or a Table Schema inferred from the first file, with
 * no column required, when there is none) and profiled in the same pass. Values that break the schema are
 * not in the profile; the caller says how many rows did.
 */
export async function profileDataFiles(io: CliIo, request: ProfileInputRequest): Promise<ProfiledValidation> {
  if (request.files.length === 0) throw new UserError(`${request.from} needs at least one data file`);
  const found = await expandFilePatterns(request.files, io.cwd, request.from);
  const files = found.map((file) => ({
    path: path.resolve(io.cwd, file),
    displayPath: displayPath(io.cwd, file),
  }));
  const schema =
    request.schema !== undefined
      ? await loadSchema(path.resolve(io.cwd, request.schema), displayPath(io.cwd, request.schema))
      : await inferredSchema(files[0]!, request.format);
  return validateAndProfileData(
    files,
    schema,
    { format: request.format, maxErrors: 0, examplesPerColumn: DEFAULT_EXAMPLES_PER_COLUMN },
    { mode: request.mode, dataset: request.dataset ?? files[0]!.displayPath },
  );
}

async function inferredSchema(file: { path: string; displayPath: string }, format: FormatChoice) {
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
export function warnAboutInvalidRows(io: CliIo, validation: ProfiledValidation): void {
  const { report } = validation;
  if (report.errorCount === 0) return;
  io.stderr(
    `mlgate: warning: ${report.errorCount.toLocaleString('en-US')} values broke the schema (${report.schema.path}) and are not profiled; run mlgate validate for details\n`,
  );
}
