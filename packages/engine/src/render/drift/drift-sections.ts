import type { ColumnDrift, DriftReport } from '../../drift/drift-report.js';
import { KEEP, tableSection } from '../report-sections.js';
import type { ReportSection } from '../report-sections.js';
import { SectionPriority } from '../section-priority.js';
import { escapeUntrusted, escapeUntrustedCell } from '../untrusted-text.js';
import { VERDICT_ICON } from '../verdict-display.js';
import { driftChart } from './drift-chart.js';
import { METHOD_NAME, formatPValue, formatStatistic, judgement, percentOf } from './drift-cells.js';
import { countWords as plural, groupDigits } from '../../count-words.js';

/** Charts for at most this many drifted columns, the worst first: more would bury the table. */
export const MAX_DRIFT_CHARTS = 3;

/** The baseline as the headline names it: its commit's short SHA, else where it came from. */
export function baselineName(baseline: DriftReport['baseline']): string {
  if (baseline.sha !== undefined)
    return /^[0-9a-f]{7,64}$/i.test(baseline.sha)
      ? baseline.sha.slice(0, 7)
      : escapeUntrusted(baseline.sha, 12);
  return escapeUntrusted(baseline.source, 80);
}

function columnRow(column: ColumnDrift): string {
  const pValue = column.pValue === undefined ? ' ' : formatPValue(column.pValue);
  return `| ${column.drifted ? '✓' : '✗'} | ${escapeUntrustedCell(column.name)} | ${METHOD_NAME[column.method]} | ${formatStatistic(column.statistic)} | ${pValue} | ${judgement(column)} |\n`;
}

const HEAD =
  '| Drifted | Column | Method | Statistic | p-value | Against threshold |\n| :-: | --- | --- | ---: | ---: | --- |\n';
const more = (what: string) => (omitted: number) =>
  `| … | ${omitted} more ${what}, in the full report | | | | |\n`;

/**
 * The sections of one drift report: the headline (how many columns drifted against which baseline), the
 * drifted columns (kept), charts of the worst of them, the columns that did not drift (folded) and the
 * columns that could not be compared. On a tight surface the charts go first, then the folded table.
 */
export function driftSections(report: DriftReport, context: { readonly label: string }): ReportSection[] {
  // The report orders the drifted columns worst first; splitting keeps that order.
  const drifted = report.columns.filter((column) => column.drifted);
  const stable = report.columns.filter((column) => !column.drifted);
  const total = report.columns.length;
  const basis = report.basis === 'profile' ? 'from a saved profile' : 'on the raw data';
  const dataset = report.datasetDrifted
    ? ` · **the dataset drifted** (${percentOf(report.datasetShare * 1000, 1000)} of its columns or more)`
    : '';
  const sections: ReportSection[] = [
    {
      title: `${context.label} heading`,
      priority: KEEP,
      text:
        `### ${VERDICT_ICON[report.verdict]} ${context.label}: ${escapeUntrusted(report.verdictReason, 200)}\n\n` +
        `${groupDigits(drifted.length)} of ${plural(total, 'column')} drifted (${percentOf(drifted.length, total)}) ` +
        `against the baseline of ${baselineName(report.baseline)}${dataset}\n\n` +
        `${escapeUntrusted(report.dataset, 80)}: ${plural(report.current.rows, 'row')} against ${plural(report.baseline.rows, 'baseline row')}, ${basis}; drift counts as **${report.severity}**\n\n`,
    },
  ];
  if (drifted.length > 0) {
    sections.push(
      tableSection('drifted columns', KEEP, {
        head: `**${plural(drifted.length, 'drifted column')}**\n\n${HEAD}`,
        rows: drifted.map(columnRow),
        tail: '\n',
        more: more('drifted columns'),
      }),
    );
  } else if (total > 0) {
    sections.push({ title: 'drifted columns', priority: KEEP, text: 'No column drifted.\n\n' });
  }
  for (const column of drifted.slice(0, MAX_DRIFT_CHARTS)) {
    const chart = driftChart(column);
    if (chart === undefined) continue;
    sections.push({
      title: `drift chart of ${escapeUntrusted(column.name, 24)}`,
      priority: SectionPriority.chart,
      text: `${chart}\n`,
    });
  }
  if (stable.length > 0) {
    sections.push(
      tableSection('columns without drift', SectionPriority.folded, {
        head: `<details><summary>${plural(stable.length, 'column')} without drift</summary>\n\n${HEAD}`,
        rows: stable.map(columnRow),
        tail: '\n</details>\n\n',
        more: more('columns without drift'),
      }),
    );
  }
  if (report.skipped.length > 0) {
    sections.push(
      tableSection('skipped columns', SectionPriority.skipped, {
        head: `**${plural(report.skipped.length, 'column')} not compared**\n\n`,
        rows: report.skipped.map(
          (column) => `- ${escapeUntrusted(column.name)}: ${escapeUntrusted(column.reason, 200)}\n`,
        ),
        tail: '\n',
        more: (omitted) => `- … ${omitted} more, in the full report\n`,
      }),
    );
  }
  return sections;
}
