import { describeBaseline } from '../compare/baseline-provenance.js';
import type { ComparisonReport } from '../compare/comparison-report.js';
import { METRIC_VERDICTS } from '../compare/comparison-report.js';
import { comparisonCells, rowsInReadingOrder } from './comparison-rows.js';
import { terminalText } from './untrusted-text.js';

/** A plain-text table for terminals, with the verdict and the baseline on top. */
export function comparisonText(report: ComparisonReport): string {
  const header = ['status', 'metric', 'baseline', 'current', 'Δ', 'Δ%', 'why'] as const;
  const rows = rowsInReadingOrder(report).map((row) =>
    [row.verdict, ...comparisonCells(row), row.reason].map(terminalText),
  );
  // A reduce, not Math.max(...rows): spreading 200,000 rows into one call overflows the stack.
  const widths = header.map((title, column) =>
    rows.reduce((width, row) => Math.max(width, row[column]!.length), title.length),
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
  const counts = METRIC_VERDICTS.map((verdict) => `${summary[verdict]} ${verdict}`).join(', ');
  const lines = [
    `verdict: ${report.verdict} (${terminalText(report.verdictReason)})`,
    `baseline: ${terminalText(describeBaseline(report.baseline))}`,
    `metrics: ${summary.total} (${counts})`,
    '',
    format(header),
    ...rows.map(format),
    ...report.warnings.map((warning) => {
      const where = warning.location ? `${warning.location.file}:${warning.location.line ?? 1}: ` : '';
      return `warning: ${terminalText(`${where}${warning.message}`)}`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}
