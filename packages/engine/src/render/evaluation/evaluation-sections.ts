import type { EvaluatedMetric, EvaluationReport } from '../../evaluate/report/evaluation-report.js';
import { KEEP, tableSection } from '../report-sections.js';
import type { ReportSection } from '../report-sections.js';
import { SectionPriority } from '../section-priority.js';
import { escapeUntrusted, escapeUntrustedCell } from '../untrusted-text.js';
import { VERDICT_ICON } from '../verdict-display.js';
import { changeCell, pValueCell, valueCell } from './evaluation-cells.js';
import { joinLine } from './evaluation-join.js';
import { groupDigits } from '../../count-words.js';

const VERDICT_MARK: Readonly<Record<EvaluatedMetric['verdict'], string>> = {
  fail: '❌ fail',
  warn: '⚠️ warn',
  pass: '✅ pass',
  improved: '📈 improved',
  changed: 'changed',
  new: 'new',
  missing: 'missing',
};

const more = (columns: number) => (omitted: number) =>
  `| … | ${omitted} more metrics, in the full report |${' |'.repeat(columns - 2)}\n`;

/**
 * The sections of one evaluation report: the headline and the join (kept), the metrics that failed or
 * warned (kept), then the others (folded). Every metric and slice name, file name and reason is escaped.
 */
export function evaluationSections(
  report: EvaluationReport,
  context: { readonly label: string },
): ReportSection[] {
  const withBaseline = report.files.baseline !== undefined;
  const head = withBaseline
    ? '| Metric | Baseline | Current | Δ [interval] | p-value | Verdict |\n| --- | ---: | ---: | --- | ---: | --- |\n'
    : '| Metric | Current | Verdict |\n| --- | ---: | --- |\n';
  const columns = withBaseline ? 6 : 3;
  const row = (metric: EvaluatedMetric): string => {
    const verdict = `${VERDICT_MARK[metric.verdict]}: ${escapeUntrustedCell(metric.reason, 200)}`;
    return withBaseline
      ? `| ${escapeUntrustedCell(metric.name)} | ${valueCell(metric.baseline)} | ${valueCell(metric.current)} | ${changeCell(metric)} | ${pValueCell(metric) || ' '} | ${verdict} |\n`
      : `| ${escapeUntrustedCell(metric.name)} | ${valueCell(metric.current)} | ${verdict} |\n`;
  };
  const broken = report.metrics.filter((metric) => metric.verdict === 'fail' || metric.verdict === 'warn');
  const others = report.metrics.filter((metric) => metric.verdict !== 'fail' && metric.verdict !== 'warn');
  const files = withBaseline
    ? `${escapeUntrusted(report.files.current, 120)} against ${escapeUntrusted(report.files.baseline!, 120)}`
    : escapeUntrusted(report.files.current, 120);
  const join = report.join === undefined ? '' : `${escapeUntrusted(joinLine(report.join), 600)}\n\n`;
  const sections: ReportSection[] = [
    {
      title: `${context.label} heading`,
      priority: KEEP,
      text:
        `### ${VERDICT_ICON[report.verdict]} ${context.label}: ${escapeUntrusted(report.verdictReason, 200)}\n\n` +
        `${files}: ${report.task}, average ${report.average}` +
        `${report.bootstrap !== undefined ? `, ${groupDigits(report.bootstrap.resamples)} paired bootstrap resamples (seed ${report.bootstrap.seed})` : ''}\n\n` +
        join,
    },
  ];
  if (broken.length > 0)
    sections.push(
      tableSection('failed metrics', KEEP, { head, rows: broken.map(row), tail: '\n', more: more(columns) }),
    );
  if (others.length > 0)
    sections.push(
      tableSection('other metrics', SectionPriority.folded, {
        head: `<details${broken.length === 0 ? ' open' : ''}><summary>${groupDigits(others.length)} metrics</summary>\n\n${head}`,
        rows: others.map(row),
        tail: '\n</details>\n\n',
        more: more(columns),
      }),
    );
  return sections;
}
