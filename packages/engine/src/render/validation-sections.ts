import { ERROR_CODES } from '../validate/report/error-codes.js';
import type { ErrorCode } from '../validate/report/error-codes.js';
import type { FileReport, ValidationReport } from '../validate/report/validation-report.js';
import { escapeUntrusted, escapeUntrustedCell } from './untrusted-text.js';
import { KEEP, tableSection } from './report-sections.js';
import type { ReportSection } from './report-sections.js';
import { SectionPriority } from './section-priority.js';
import { VERDICT_ICON } from './verdict-display.js';
import { countWords as plural, groupDigits } from '../count-words.js';

/** Only the codes mlgate defines are shown, so a hand-made report cannot smuggle text in through a key. */
function knownCounts(counts: Partial<Record<ErrorCode, number>>): [ErrorCode, number][] {
  return ERROR_CODES.filter((code) => (counts[code] ?? 0) > 0).map((code) => [code, counts[code]!]);
}

function fileRow(file: FileReport): string {
  const status = file.valid ? '✅' : file.stoppedAt !== undefined ? '❌ stopped early' : '❌';
  return `| ${status} | ${escapeUntrustedCell(file.path)} | ${file.format} | ${groupDigits(file.rows)} | ${groupDigits(file.errorCount)} |\n`;
}

interface ColumnCount {
  readonly column: string | null;
  readonly code: ErrorCode;
  count: number;
}

function errorsByColumn(report: ValidationReport): ColumnCount[] {
  const counts = new Map<string, ColumnCount>();
  const add = (column: string | null, code: ErrorCode, count: number): void => {
    const key = JSON.stringify([column, code]);
    const entry = counts.get(key);
    if (entry === undefined) counts.set(key, { column, code, count });
    else entry.count += count;
  };
  for (const file of report.files) {
    for (const column of file.columns) {
      for (const [code, count] of knownCounts(column.errors)) add(column.name, code, count);
    }
    for (const [code, count] of knownCounts(file.rowErrors)) add(null, code, count);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

/** The sections of one validation report: heading, files, errors by column and code, examples, chart. */
export function validationSections(
  report: ValidationReport,
  context: { readonly label: string },
): ReportSection[] {
  const sections: ReportSection[] = [
    {
      title: `${context.label} heading`,
      priority: KEEP,
      text:
        `### ${VERDICT_ICON[report.verdict]} ${context.label}: ${escapeUntrusted(report.verdictReason, 200)}\n\n` +
        `${plural(report.rows, 'row')} checked · schema: ${escapeUntrusted(report.schema.path)} (${report.schema.language})\n\n`,
    },
  ];
  // Invalid files first: they are the data's regressions.
  const files = [...report.files].sort((a, b) => Number(a.valid) - Number(b.valid));
  if (files.length > 0) {
    sections.push(
      tableSection('files', KEEP, {
        head: '| Status | File | Format | Rows | Errors |\n| --- | --- | --- | ---: | ---: |\n',
        rows: files.map(fileRow),
        tail: '\n',
        more: (omitted) => `| … | ${omitted} more files, in the full report | | | |\n`,
      }),
    );
  }
  const byColumn = errorsByColumn(report);
  if (byColumn.length > 0) {
    sections.push(
      tableSection('errors by column', SectionPriority.errorsByColumn, {
        head: '**Errors by column and code**\n\n| Column | Code | Errors |\n| --- | --- | ---: |\n',
        rows: byColumn.map(
          ({ column, code, count }) =>
            `| ${column === null ? '_(whole row)_' : escapeUntrustedCell(column)} | ${code} | ${groupDigits(count)} |\n`,
        ),
        tail: '\n',
        more: (omitted) => `| … | ${omitted} more, in the full report | |\n`,
      }),
    );
  }
  if (report.errors.length > 0) {
    const caption = report.errorsTruncated
      ? `First ${plural(report.errors.length, 'error')} of ${groupDigits(report.errorCount)}`
      : plural(report.errors.length, 'error');
    sections.push(
      tableSection('error examples', SectionPriority.errorExamples, {
        head: `<details><summary>${caption}</summary>\n\n| File | Row | Column | Code | Problem | Value |\n| --- | ---: | --- | --- | --- | --- |\n`,
        rows: report.errors.map(
          (error) =>
            `| ${escapeUntrustedCell(error.file)} | ${error.row ?? ''} | ${error.field === null ? '' : escapeUntrustedCell(error.field)} | ${ERROR_CODES.includes(error.code) ? error.code : ''} | ${escapeUntrustedCell(error.message, 200)} | ${error.value === null ? '' : escapeUntrustedCell(error.value, 80)} |\n`,
        ),
        tail: '\n</details>\n\n',
        more: (omitted) => `| … | | | | ${omitted} more, in the full report | |\n`,
      }),
    );
  }
  const byCode = knownCounts(report.errorsByCode);
  if (byCode.length >= 2) {
    // Codes are mlgate's own identifiers (filtered above), never report text: safe inside Mermaid.
    const slices = byCode.map(([code, count]) => `    "${code}" : ${count}\n`).join('');
    sections.push({
      title: 'errors chart',
      priority: SectionPriority.chart,
      text: `\`\`\`mermaid\npie title Errors by code\n${slices}\`\`\`\n\n`,
    });
  }
  return sections;
}
