import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_REPORT_BYTES, UserError, parseReport } from '@mlgate/engine';
import type { MlgateReport } from '@mlgate/engine';
import { glob } from 'tinyglobby';

export interface ReportFile {
  /** As the user named it, relative to the working directory. */
  readonly file: string;
  readonly report: MlgateReport;
}

/** One report file, size-checked before it is read (it may come from a fork) and validated against its schema. */
export async function readReportFile(file: string, cwd: string): Promise<ReportFile> {
  const absolute = path.resolve(cwd, file);
  let size: number;
  try {
    size = (await stat(absolute)).size;
  } catch {
    throw new UserError(`${file}: no such report file`);
  }
  if (size > MAX_REPORT_BYTES) throw new UserError(`${file}: a report is at most ${MAX_REPORT_BYTES} bytes`);
  return { file, report: parseReport(await readFile(absolute, 'utf8'), file) };
}

/** Report files matching the patterns (one glob a line, as `reports:` takes them), in a stable order. */
export async function readReportFiles(patterns: readonly string[], cwd: string): Promise<ReportFile[]> {
  if (patterns.length === 0) throw new UserError('no report files given');
  const files = new Set<string>();
  for (const pattern of patterns) {
    const matches = (await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false })).sort();
    if (matches.length === 0) throw new UserError(`reports: '${pattern}' matches no file`);
    for (const match of matches) files.add(match);
  }
  return Promise.all([...files].map((file) => readReportFile(file, cwd)));
}
