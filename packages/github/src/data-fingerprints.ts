import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '@mlgate/engine';

/** The kind validate-data stamps its report with (engine: VALIDATION_REPORT_KIND). */
const VALIDATION_REPORT_KIND = 'mlgate/validation@1';

/** What a baseline keeps of a validate-data report: enough to tell later which data the metrics came from. */
export interface DataFingerprints {
  readonly kind: typeof VALIDATION_REPORT_KIND;
  readonly fingerprint: string;
  readonly schemaSha256?: string;
  readonly files: readonly { readonly path: string; readonly sha256: string; readonly rows?: number }[];
}

interface ValidationReportShape {
  kind?: unknown;
  fingerprint?: unknown;
  schema?: { sha256?: unknown };
  files?: { path?: unknown; sha256?: unknown; rows?: unknown }[];
}

/** Reads the fingerprints from a `mlgate/validation@1` report file (relative to `cwd`). */
export async function readDataFingerprints(file: string, cwd: string): Promise<DataFingerprints> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? 'no such data report' : `cannot read the data report (${code})`, {
      file,
    });
  }
  let report: ValidationReportShape;
  try {
    report = JSON.parse(text) as ValidationReportShape;
  } catch (error) {
    throw new UserError(`the data report is not JSON: ${(error as Error).message}`, { file });
  }
  if (report?.kind !== VALIDATION_REPORT_KIND || typeof report.fingerprint !== 'string') {
    throw new UserError(`the data report is not an ${VALIDATION_REPORT_KIND} report with a fingerprint`, {
      file,
    });
  }
  const files = Array.isArray(report.files) ? report.files : [];
  return {
    kind: VALIDATION_REPORT_KIND,
    fingerprint: report.fingerprint,
    ...(typeof report.schema?.sha256 === 'string' ? { schemaSha256: report.schema.sha256 } : {}),
    files: files
      .filter((entry) => typeof entry.path === 'string' && typeof entry.sha256 === 'string')
      .map((entry) => ({
        path: entry.path as string,
        sha256: entry.sha256 as string,
        ...(typeof entry.rows === 'number' ? { rows: entry.rows } : {}),
      })),
  };
}
