import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError } from './user-error.js';

/** Wildcards `*` one path segment may hold: see checkFilePattern. */
export const MAX_STARS_PER_SEGMENT = 2;

/**
 * Refuses a glob whose matching could take exponential time: tinyglobby's matcher (picomatch) backtracks,
 * and each `*` in one segment multiplies the work by the name's length (`*a*a*a*a*b` took 30 s against one
 * 200-character file name, 3 stars 0.5 s, 2 stars 26 ms). Patterns and file names both come from the pull
 * request, so a segment may hold at most two `*` (`**` is a segment of its own and is fine), and extglobs
 * (`+(…)`, `@(…)`, …), whose nested repeats backtrack the same way, are refused.
 */
export function checkFilePattern(pattern: string, label: string): string {
  if (/[@!+*?]\(/.test(pattern)) {
    throw new UserError(
      `${label}: '${pattern}' uses an extglob (like +(…) or @(…)), which mlgate does not take`,
    );
  }
  for (const segment of pattern.split('/')) {
    if (segment === '**') continue;
    const stars = segment.match(/\*+/g)?.length ?? 0;
    if (stars > MAX_STARS_PER_SEGMENT) {
      throw new UserError(
        `${label}: '${pattern}' has ${stars} wildcards in one path segment; at most ${MAX_STARS_PER_SEGMENT} are allowed, so matching stays fast`,
      );
    }
  }
  return pattern;
}

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
    const matches = (await glob(checkFilePattern(pattern, label), { cwd, onlyFiles: true })).sort();
    if (matches.length === 0) throw new UserError(`${label}: '${pattern}' matches no file`);
    // A loop, not push(...matches): a glob over a large dataset can match more files than a call takes arguments.
    for (const match of matches) files.push(match);
  }
  return files;
}
