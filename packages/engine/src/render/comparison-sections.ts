import type { BaselineProvenance } from '../compare/baseline-provenance.js';
import type { ComparisonReport, MetricComparison, MetricVerdict } from '../compare/comparison-report.js';
import { VERDICT_LABEL, comparisonCells, rowsInReadingOrder } from './comparison-table.js';
import { escapeUntrusted, escapeUntrustedCell } from './markdown-escape.js';
import { describeAge } from './relative-age.js';
import { KEEP, tableSection } from './report-sections.js';
import type { ReportSection } from './report-sections.js';
import { OUTCOME_ICON, outcomeOf } from './report-verdict.js';
import { SectionPriority } from './section-priority.js';

const REGRESSIONS: ReadonlySet<MetricVerdict> = new Set(['fail', 'warn']);
const CHANGES: ReadonlySet<MetricVerdict> = new Set(['missing', 'new', 'improved']);

function shortCommit(commit: string | undefined): string | undefined {
  if (commit === undefined) return undefined;
  return /^[0-9a-f]{7,64}$/i.test(commit) ? commit.slice(0, 7) : escapeUntrusted(commit, 12);
}

function provenanceLine(provenance: BaselineProvenance, now: Date | undefined): string {
  const when = (commit: string | undefined, date: string | undefined): string => {
    const age = describeAge(date, now);
    const parts = [
      commit !== undefined ? `commit ${shortCommit(commit)}` : undefined,
      date !== undefined ? escapeUntrusted(date.slice(0, 10), 10) : undefined,
      age,
    ].filter((part) => part !== undefined);
    return parts.length > 0 ? ` (${parts.join(', ')})` : '';
  };
  switch (provenance.source) {
    case 'cache':
      return `cache entry ${escapeUntrusted(provenance.key)}${when(provenance.commit, provenance.date)}`;
    case 'git':
      return `${escapeUntrusted(provenance.path)} at ${escapeUntrusted(provenance.ref)}${when(provenance.commit, provenance.date)}`;
    case 'release':
      return `release ${escapeUntrusted(provenance.tag)}, asset ${escapeUntrusted(provenance.asset)}${when(provenance.commit, provenance.date)}`;
    case 'file':
      return `file ${escapeUntrusted(provenance.path)}${when(provenance.commit, provenance.date)}`;
    case 'none':
      return `none: ${escapeUntrusted(provenance.reason, 200)}`;
  }
}

function metricRow(row: MetricComparison, withReason: boolean): string {
  const cells = comparisonCells(row).map((cell) => escapeUntrustedCell(cell));
  const reason = withReason ? ` ${escapeUntrustedCell(row.reason, 160)} |` : '';
  return `| ${VERDICT_LABEL[row.verdict]} | ${cells.join(' | ')} |${reason}\n`;
}

const HEAD = '| Status | Metric | Baseline | Current | Δ | Δ% |';
const ALIGN = '| --- | --- | ---: | ---: | ---: | ---: |';

function metricsTable(
  title: string,
  priority: number,
  rows: readonly MetricComparison[],
  options: { caption: string; withReason: boolean; folded: boolean },
): ReportSection {
  const head = options.withReason ? `${HEAD} Why |\n${ALIGN} --- |\n` : `${HEAD}\n${ALIGN}\n`;
  const open = options.folded
    ? `<details><summary>${options.caption}</summary>\n\n${head}`
    : `${options.caption}\n\n${head}`;
  return tableSection(title, priority, {
    head: open,
    rows: rows.map((row) => metricRow(row, options.withReason)),
    tail: options.folded ? '\n</details>\n\n' : '\n',
    more: (omitted) =>
      `| … | ${omitted} more ${title}, in the full report |${' |'.repeat(options.withReason ? 5 : 4)}\n`,
  });
}

const plural = (count: number, one: string, many: string = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;

/** The sections of one comparison report: heading and baseline, regressions, changes, the unchanged, warnings. */
export function comparisonSections(
  report: ComparisonReport,
  context: { readonly now: Date | undefined; readonly label: string },
): ReportSection[] {
  const rows = rowsInReadingOrder(report);
  const regressions = rows.filter((row) => REGRESSIONS.has(row.verdict));
  const changes = rows.filter((row) => CHANGES.has(row.verdict));
  const unchanged = rows.filter((row) => row.verdict === 'pass');
  const { summary } = report;
  const counts = [
    summary.fail > 0 ? `${summary.fail} failed` : undefined,
    summary.warn > 0 ? `${summary.warn} warned` : undefined,
    summary.improved > 0 ? `${summary.improved} improved` : undefined,
    summary.new > 0 ? `${summary.new} new` : undefined,
    summary.missing > 0 ? `${summary.missing} missing` : undefined,
    summary.pass > 0 ? `${summary.pass} unchanged` : undefined,
  ].filter((part) => part !== undefined);
  const policy = report.policy.kind === 'file' ? escapeUntrusted(report.policy.file) : 'built-in rule';

  const sections: ReportSection[] = [
    {
      title: `${context.label} heading`,
      priority: KEEP,
      text:
        `### ${OUTCOME_ICON[outcomeOf(report)]} ${context.label}: ${escapeUntrusted(report.verdictReason, 200)}\n\n` +
        `${plural(summary.total, 'metric')}${counts.length > 0 ? ` (${counts.join(', ')})` : ''} · ` +
        `baseline: ${provenanceLine(report.baseline, context.now)} · policy: ${policy}\n\n`,
    },
  ];
  if (regressions.length > 0) {
    sections.push(
      metricsTable('regressions', KEEP, regressions, {
        caption: `**${plural(regressions.length, 'regression')}**`,
        withReason: true,
        folded: false,
      }),
    );
  } else if (summary.total > 0) {
    sections.push({ title: 'regressions', priority: KEEP, text: 'No regressions.\n\n' });
  }
  if (changes.length > 0) {
    sections.push(
      metricsTable('changed metrics', SectionPriority.changes, changes, {
        caption: `**${plural(changes.length, 'other change')}**`,
        withReason: false,
        folded: false,
      }),
    );
  }
  if (unchanged.length > 0) {
    sections.push(
      metricsTable('unchanged metrics', SectionPriority.unchanged, unchanged, {
        caption: `${plural(unchanged.length, 'unchanged metric')}`,
        withReason: false,
        folded: true,
      }),
    );
  }
  if (report.warnings.length > 0) {
    const lines = report.warnings.map((warning) => {
      const where = warning.location
        ? `${escapeUntrusted(warning.location.file)}${warning.location.line !== undefined ? `:${warning.location.line}` : ''}: `
        : '';
      return `- ⚠️ ${where}${escapeUntrusted(warning.message, 300)}\n`;
    });
    sections.push(
      tableSection('policy warnings', SectionPriority.warnings, {
        head: '',
        rows: lines,
        tail: '\n',
        more: (omitted) => `- … ${omitted} more warnings in the full report\n`,
      }),
    );
  }
  return sections;
}
