import { describeBaseline } from '../compare/baseline-provenance.js';
import type { ComparisonReport } from '../compare/comparison-report.js';
import { comparisonCells, rowsInReadingOrder } from './comparison-table.js';

/** A plain-text table for terminals, with the verdict and the baseline on top. */
export function renderComparisonText(report: ComparisonReport): string {
  const header = ['status', 'metric', 'baseline', 'current', 'Δ', 'Δ%', 'why'] as const;
  const rows = rowsInReadingOrder(report).map(
    (row) => [row.verdict, ...comparisonCells(row), row.reason] as const,
  );
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  // Names, statuses and reasons read left-aligned; numbers right-aligned so their digits line up.
  const format = (cells: readonly string[]): string =>
    cells
      .map((cell, column) =>
        column < 2 || column === header.length - 1
          ? cell.padEnd(widths[column]!)
          : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  const { summary } = report;
  const lines = [
    `verdict: ${report.verdict} (${report.verdictReason})`,
    `baseline: ${describeBaseline(report.baseline)}`,
    `metrics: ${summary.total} (${summary.fail} fail, ${summary.warn} warn, ${summary.improved} improved, ${summary.pass} pass, ${summary.new} new, ${summary.missing} missing)`,
    '',
    format(header),
    ...rows.map(format),
    ...report.warnings.map(
      (warning) =>
        `warning: ${warning.location ? `${warning.location.file}:${warning.location.line ?? 1}: ` : ''}${warning.message}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
