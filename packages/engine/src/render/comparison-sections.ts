import type { BaselineProvenance } from '../compare/baseline-provenance.js';
import type {
  ComparisonReport,
  FoldableVerdict,
  MetricComparison,
  MetricVerdict,
} from '../compare/comparison-report.js';
import { VERDICT_LABEL, comparisonCells, rowsInReadingOrder } from './comparison-rows.js';
import { escapeUntrusted, escapeUntrustedCell } from './untrusted-text.js';
import { describeAge } from './relative-age.js';
import { KEEP, tableSection } from './report-sections.js';
import type { ReportSection } from './report-sections.js';
import { SectionPriority } from './section-priority.js';
import { VERDICT_ICON } from './verdict-display.js';
import { trendChart } from './trend/trend-chart.js';
import { trendPoints } from './trend/trend-points.js';
import { sparkline } from './trend/trend-sparkline.js';

export const DEFAULT_FOLD: readonly FoldableVerdict[] = ['pass'];

const REGRESSIONS: ReadonlySet<MetricVerdict> = new Set(['fail', 'warn']);

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

/** Regressions and headline metrics get a chart, at most this many: more would bury the tables. */
export const MAX_TREND_CHARTS = 3;

interface TableColumns {
  readonly withReason: boolean;
  /** Some metric of the report has a history: a Trend column (a sparkline, or empty for a metric without). */
  readonly withTrend: boolean;
}

function metricRow(row: MetricComparison, columns: TableColumns): string {
  const cells = comparisonCells(row).map((cell) => escapeUntrustedCell(cell));
  // The sparkline is made of fixed block characters only, so it needs no escaping.
  const trend = columns.withTrend ? ` ${sparkline(trendPoints(row))} |` : '';
  const reason = columns.withReason ? ` ${escapeUntrustedCell(row.reason, 160)} |` : '';
  return `| ${VERDICT_LABEL[row.verdict]} | ${cells.join(' | ')} |${trend}${reason}\n`;
}

const HEAD = '| Status | Metric | Baseline | Current | Δ | Δ% |';
const ALIGN = '| --- | --- | ---: | ---: | ---: | ---: |';

function metricsTable(
  title: string,
  priority: number,
  rows: readonly MetricComparison[],
  options: TableColumns & { caption: string; folded: boolean },
): ReportSection {
  const heads = [HEAD, ...(options.withTrend ? [' Trend |'] : []), ...(options.withReason ? [' Why |'] : [])];
  const aligns = [ALIGN, ...(options.withTrend ? [' --- |'] : []), ...(options.withReason ? [' --- |'] : [])];
  const head = `${heads.join('')}\n${aligns.join('')}\n`;
  const extra = (options.withTrend ? 1 : 0) + (options.withReason ? 1 : 0);
  const open = options.folded
    ? `<details><summary>${options.caption}</summary>\n\n${head}`
    : `${options.caption}\n\n${head}`;
  return tableSection(title, priority, {
    head: open,
    rows: rows.map((row) => metricRow(row, options)),
    tail: options.folded ? '\n</details>\n\n' : '\n',
    more: (omitted) => `| … | ${omitted} more ${title}, in the full report |${' |'.repeat(4 + extra)}\n`,
  });
}

/**
 * Charts of the metrics worth a picture: those that regressed (failures first), then those the policy calls
 * headline, each with at least two finite points. Droppable before anything else when the comment is tight.
 */
function trendCharts(rows: readonly MetricComparison[]): ReportSection[] {
  const sections: ReportSection[] = [];
  const wanted = [
    ...rows.filter((row) => REGRESSIONS.has(row.verdict)),
    ...rows.filter((row) => row.headline === true && !REGRESSIONS.has(row.verdict)),
  ];
  for (const row of wanted) {
    if (sections.length === MAX_TREND_CHARTS) break;
    const chart = trendChart(row);
    if (chart === undefined) continue;
    sections.push({
      title: `trend chart of ${escapeUntrusted(row.name, 24)}`,
      priority: SectionPriority.chart,
      text: `${chart}\n`,
    });
  }
  return sections;
}

const plural = (count: number, one: string, many: string = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;

const COUNT_WORDS: readonly (readonly [MetricVerdict, string])[] = [
  ['fail', 'failed'],
  ['warn', 'warned'],
  ['improved', 'improved'],
  ['changed', 'changed'],
  ['new', 'new'],
  ['missing', 'missing'],
  ['pass', 'passed'],
];

function countsOf(rows: readonly MetricComparison[]): string {
  return COUNT_WORDS.map(([verdict, word]) => {
    const count = rows.filter((row) => row.verdict === verdict).length;
    return count > 0 ? `${count} ${word}` : undefined;
  })
    .filter((part) => part !== undefined)
    .join(', ');
}

export interface ComparisonSectionContext {
  readonly now: Date | undefined;
  readonly label: string;
  /** Verdicts whose rows go in the collapsed section (`report.fold` in mlgate.yml). */
  readonly fold: readonly FoldableVerdict[];
}

/**
 * The sections of one comparison report: heading and baseline, regressions, other changes, the folded rows
 * (by default those that passed), policy warnings.
 */
export function comparisonSections(
  report: ComparisonReport,
  context: ComparisonSectionContext,
): ReportSection[] {
  const rows = rowsInReadingOrder(report);
  const folded: ReadonlySet<MetricVerdict> = new Set(context.fold);
  const regressions = rows.filter((row) => REGRESSIONS.has(row.verdict));
  const changes = rows.filter((row) => !REGRESSIONS.has(row.verdict) && !folded.has(row.verdict));
  const rest = rows.filter((row) => !REGRESSIONS.has(row.verdict) && folded.has(row.verdict));
  const { summary } = report;
  const counts = countsOf(rows);
  const policy = report.policy.kind === 'file' ? escapeUntrusted(report.policy.file) : 'built-in rule';
  const withTrend = rows.some((row) => row.history !== undefined && row.history.length > 0);

  const sections: ReportSection[] = [
    {
      title: `${context.label} heading`,
      priority: KEEP,
      text:
        `### ${VERDICT_ICON[report.verdict]} ${context.label}: ${escapeUntrusted(report.verdictReason, 200)}\n\n` +
        `${plural(summary.total, 'metric')}${counts.length > 0 ? ` (${counts})` : ''} · ` +
        `baseline: ${provenanceLine(report.baseline, context.now)} · policy: ${policy}\n\n`,
    },
  ];
  if (regressions.length > 0) {
    sections.push(
      metricsTable('regressions', KEEP, regressions, {
        caption: `**${plural(regressions.length, 'regression')}**`,
        withReason: true,
        withTrend,
        folded: false,
      }),
    );
  } else if (summary.total > 0) {
    sections.push({ title: 'regressions', priority: KEEP, text: 'No regressions.\n\n' });
  }
  if (changes.length > 0) {
    sections.push(
      metricsTable('changed metrics', SectionPriority.changes, changes, {
        caption: `**${plural(changes.length, regressions.length > 0 ? 'other change' : 'change')}**`,
        withReason: changes.some((row) => row.verdict === 'changed'),
        withTrend,
        folded: false,
      }),
    );
  }
  if (rest.length > 0) {
    const onlyPassed = rest.every((row) => row.verdict === 'pass');
    sections.push(
      metricsTable('folded metrics', SectionPriority.folded, rest, {
        caption: onlyPassed
          ? plural(rest.length, 'metric passed', 'metrics passed')
          : `${plural(rest.length, 'more metric')} (${countsOf(rest)})`,
        withReason: false,
        withTrend,
        folded: true,
      }),
    );
  }
  sections.push(...trendCharts(rows));
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
