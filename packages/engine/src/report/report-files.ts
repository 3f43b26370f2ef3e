import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../atomic-file.js';
import { checkFilePattern } from '../file-patterns.js';
import { glob } from 'tinyglobby';
import { UserError } from '../user-error.js';
import { readUserText } from '../user-file.js';
import { MAX_REPORT_BYTES, parseReport } from './report-file.js';
import type { MlgateReport } from './report-file.js';

/** A report and where it is: what a step writes, what the next reads, what the outputs list. */
export interface ReportFile {
  /** As the user named it, relative to the working directory (or absolute). */
  readonly file: string;
  readonly report: MlgateReport;
}

/** One report file, size-checked before it is read (it may come from a fork) and validated against its schema. */
export async function readReportFile(file: string, cwd: string): Promise<ReportFile> {
  const text = await readUserText(file, { what: 'report file', cwd, maxBytes: MAX_REPORT_BYTES });
  return { file, report: parseReport(text, file) };
}

/** Report files matching the patterns (one glob a line, as `reports:` takes them), in a stable order. */
export async function readReportFiles(patterns: readonly string[], cwd: string): Promise<ReportFile[]> {
  if (patterns.length === 0) throw new UserError('no report files given');
  const files = new Set<string>();
  for (const pattern of patterns) {
    const matches = (
      await glob(checkFilePattern(pattern, 'reports'), { cwd, onlyFiles: true, expandDirectories: false })
    ).sort();
    if (matches.length === 0) throw new UserError(`reports: '${pattern}' matches no file`);
    for (const match of matches) files.add(match);
  }
  return Promise.all([...files].map((file) => readReportFile(file, cwd)));
}

/**
 * Writes a report as `dir/name` (pretty JSON) and returns where. Written beside and renamed into place, so
 * a reader never sees half a report, even when the step is cancelled mid-write.
 */
export async function writeReportFile(dir: string, name: string, report: MlgateReport): Promise<string> {
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, name);
  await writeFileAtomically(target, `${JSON.stringify(report, null, 2)}\n`);
  return target;
}

/** A file name for a report from a name people chose (a dataset, a check): `validation-<name>.json`. */
export function reportFileName(prefix: string, name: string): string {
  return `${prefix}-${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.json`;
}
