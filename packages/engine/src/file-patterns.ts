import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError } from './user-error.js';

/**
 * Expands file patterns (data, metrics) against `cwd`, in the order given (each glob's matches sorted). A
 * plain path is kept as it is, so a missing file is reported by the reader with its name; a glob matching
 * nothing is an error naming where it came from (`label`: `metrics.files`, `input 'data'`, `--current`).
 */
export async function expandFilePatterns(
  patterns: readonly string[],
  cwd: string,
  label: string,
): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      files.push(pattern);
      continue;
    }
    const matches = (await glob(pattern, { cwd, onlyFiles: true })).sort();
    if (matches.length === 0) throw new UserError(`${label}: '${pattern}' matches no file`);
    // A loop, not push(...matches): a glob over a large dataset can match more files than a call takes arguments.
    for (const match of matches) files.push(match);
  }
  return files;
}
