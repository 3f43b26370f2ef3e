import type { ValidationReport } from '../validate/report/validation-report.js';
import { terminalText } from './untrusted-text.js';
import { countWords as plural, groupDigits } from '../count-words.js';

/** For terminals: one `file:row:field: code message` line per listed error, then the totals. */
export function validationText(report: ValidationReport): string {
  const lines = report.errors.map((e) => {
    const where = [e.file, e.row ?? undefined, e.field ?? undefined]
      .filter((part) => part !== undefined)
      .join(':');
    return terminalText(`${where}: ${e.code} ${e.message}`);
  });
  if (report.errorsTruncated)
    lines.push(
      `… ${plural(report.errorCount - report.errors.length, 'more error')} not listed (see --max-errors, --json)`,
    );
  const codes = Object.entries(report.errorsByCode)
    .map(([code, n]) => `${code} ${groupDigits(n)}`)
    .join(', ');
  const summary = `${plural(report.files.length, 'file')}, ${plural(report.rows, 'row')}`;
  lines.push(
    report.valid
      ? `valid: ${summary}, no errors`
      : `invalid: ${summary}, ${plural(report.errorCount, 'error')} (${terminalText(codes)})`,
  );
  return `${lines.join('\n')}\n`;
}
