import path from 'node:path';
import { expandFilePatterns } from '../file-patterns.js';
import type { FormatChoice } from './readers/data-format.js';
import { loadSchema } from './schema/schema-file.js';
import { validateAndProfileData } from './validate-data.js';
import type { ProfileOptions, ValidateOptions } from './validate-data.js';
import type { DatasetProfile } from '../profile/profile-document.js';
import type { ValidationReport } from './report/validation-report.js';

export interface DatasetRequest extends Omit<ValidateOptions, 'format'> {
  /** Paths are resolved against it, and shown relative to it (the repository root in Actions). */
  readonly cwd: string;
  readonly schema: string;
  /** Paths or globs; a glob that matches nothing is an error naming it. */
  readonly data: readonly string[];
  /** Where `data` came from, for that error: `input 'data'`, `datasets.0.path`. */
  readonly dataFrom: string;
  readonly format?: FormatChoice;
}

/** A path as people and annotations see it: relative to the working directory when inside it. */
export function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  if (relative === '') return '.';
  return (relative.startsWith('..') ? path.resolve(cwd, file) : relative).split(path.sep).join('/');
}

/** Loads the schema, resolves the data files, and validates them: the one path the CLI and the actions share. */
export async function validateDataset(request: DatasetRequest): Promise<ValidationReport> {
  return (await validateAndProfileDataset(request)).report;
}

/** validateDataset, profiling the data in the same pass when `profile` is given. */
export async function validateAndProfileDataset(
  request: DatasetRequest,
  profile?: ProfileOptions,
): Promise<{ report: ValidationReport; profile?: DatasetProfile }> {
  const { cwd, schema: schemaFile, data, dataFrom, format = 'auto', ...options } = request;
  const schema = await loadSchema(path.resolve(cwd, schemaFile), displayPath(cwd, schemaFile));
  const files = await expandFilePatterns(data, cwd, dataFrom);
  return validateAndProfileData(
    files.map((file) => ({ path: path.resolve(cwd, file), displayPath: displayPath(cwd, file) })),
    schema,
    { ...options, format },
    profile,
  );
}
