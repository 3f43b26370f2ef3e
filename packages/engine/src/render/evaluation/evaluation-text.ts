import type { EvaluationReport } from '../../evaluate/report/evaluation-report.js';
import { terminalText } from '../untrusted-text.js';
import { changeCell, pValueCell, valueCell } from './evaluation-cells.js';
import { joinLine } from './evaluation-join.js';
import { groupDigits } from '../../count-words.js';

/** For `mlgate evaluate` without --json: the verdict, the files and the join, then one aligned row per metric. */
export function evaluationText(report: EvaluationReport): string {
  const withBaseline = report.files.baseline !== undefined;
  const header = withBaseline
    ? ['verdict', 'metric', 'baseline', 'current', 'change', 'p-value', 'why']
    : ['verdict', 'metric', 'current', 'why'];
  const rows = report.metrics.map((metric) =>
    (withBaseline
      ? [
          metric.verdict,
          metric.name,
          valueCell(metric.baseline),
          valueCell(metric.current),
          changeCell(metric),
          pValueCell(metric),
          metric.reason,
        ]
      : [metric.verdict, metric.name, valueCell(metric.current), metric.reason]
    ).map(terminalText),
  );
  const widths = header.map((title, column) =>
    rows.reduce((width, row) => Math.max(width, row[column]!.length), title.length),
  );
  const format = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  const lines = [
    `verdict: ${report.verdict} (${terminalText(report.verdictReason)})`,
    `current: ${terminalText(report.files.current)}, ${groupDigits(report.rows.current)} rows (${report.task}, average ${report.average})`,
  ];
  if (report.files.baseline !== undefined)
    lines.push(
      `baseline: ${terminalText(report.files.baseline)}, ${groupDigits(report.rows.baseline ?? 0)} rows`,
    );
  if (report.join !== undefined) lines.push(`join: ${terminalText(joinLine(report.join))}`);
  lines.push('', format(header), ...rows.map(format));
  return `${lines.join('\n')}\n`;
}
