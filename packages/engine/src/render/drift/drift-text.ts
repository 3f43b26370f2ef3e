import type { DriftReport } from '../../drift/drift-report.js';
import { terminalText } from '../untrusted-text.js';
import { formatPValue, formatStatistic, judgement, percentOf } from './drift-cells.js';
import { countWords as plural, groupDigits } from '../../count-words.js';

/**
 * For `mlgate drift` without --json: the verdict, the baseline, then one aligned row per column (drifted
 * first, as the report orders them) with the method and why it was chosen, then the skipped columns.
 */
export function driftText(report: DriftReport): string {
  const header = ['drifted', 'column', 'method', 'statistic', 'p-value', 'threshold', 'why'] as const;
  const rows = report.columns.map((column) =>
    [
      column.drifted ? 'yes' : 'no',
      column.name,
      column.method,
      formatStatistic(column.statistic),
      column.pValue === undefined ? '' : formatPValue(column.pValue),
      judgement(column),
      column.methodReason,
    ].map(terminalText),
  );
  // A reduce, not Math.max(...rows): spreading many rows into one call overflows the stack.
  const widths = header.map((title, column) =>
    rows.reduce((width, row) => Math.max(width, row[column]!.length), title.length),
  );
  const numeric = new Set([3, 4]);
  const format = (cells: readonly string[]): string =>
    cells
      .map((cell, column) =>
        numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  const drifted = report.columns.filter((column) => column.drifted).length;
  const total = report.columns.length;
  const { baseline, current } = report;
  const lines = [
    `verdict: ${report.verdict} (${terminalText(report.verdictReason)})`,
    `baseline: ${terminalText(baseline.source)}${baseline.sha !== undefined ? ` at ${terminalText(baseline.sha.slice(0, 12))}` : ''}, ${plural(baseline.rows, 'row')} (${report.basis === 'profile' ? 'saved profile' : 'raw data'})`,
    `current: ${terminalText(report.dataset)}, ${plural(current.rows, 'row')} in ${plural(current.files.length, 'file')}`,
    `drift: ${groupDigits(drifted)} of ${plural(total, 'column')} (${percentOf(drifted, total)}); dataset ${report.datasetDrifted ? 'drifted' : 'did not drift'} (threshold ${percentOf(report.datasetShare * 1000, 1000)} of columns); counts as ${report.severity}`,
  ];
  if (total > 0) lines.push('', format(header), ...rows.map(format));
  for (const column of report.skipped)
    lines.push(`skipped: ${terminalText(column.name)}: ${terminalText(column.reason)}`);
  return `${lines.join('\n')}\n`;
}
