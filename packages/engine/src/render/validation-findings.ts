import type { ValidationReport } from '../validate/report/validation-report.js';
import type { ReportFindings } from './finding.js';

/** Formats whose `row` is a physical line of the file; for the others it is a record number. */
const LINE_FORMATS: ReadonlySet<string> = new Set(['csv', 'tsv', 'jsonl', 'json']);

/** Each listed error on its data file: on the line for text formats, the record number in the message otherwise. */
export function validationFindings(report: ValidationReport): ReportFindings {
  const formats = new Map(report.files.map((file) => [file.path, file.format]));
  const findings = report.errors.map((error) => {
    const onLine = error.row !== null && LINE_FORMATS.has(formats.get(error.file) ?? '');
    const where = error.row !== null && !onLine ? `record ${error.row}: ` : '';
    const field = error.field !== null ? `${error.field}: ` : '';
    return {
      level: 'error' as const,
      title: `mlgate: ${error.code}`,
      message: `${where}${field}${error.message}`,
      file: error.file,
      ...(onLine && error.row !== null ? { line: error.row } : {}),
    };
  });
  return { findings, total: Math.max(report.errorCount, findings.length) };
}
