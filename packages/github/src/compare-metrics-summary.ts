import { describeBaseline, escapeMarkdown, renderComparisonTable } from '@mlgate/engine';
import type { ComparisonReport, ComparisonVerdict } from '@mlgate/engine';

const VERDICT_HEADLINE: Readonly<Record<ComparisonVerdict, string>> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
  'no-baseline': '➖ no baseline',
};

/**
 * The comparison as a job summary or check run body: a heading with the verdict, why, what it was measured
 * against, the DVC-like table, and the policy warnings. `title` is trusted (the check name the workflow chose).
 */
export function renderComparisonSummary(report: ComparisonReport, title: string): string {
  const { summary } = report;
  const counts = (['fail', 'warn', 'improved', 'pass', 'new', 'missing'] as const)
    .filter((verdict) => summary[verdict] > 0)
    .map((verdict) => `${summary[verdict]} ${verdict}`)
    .join(' · ');
  const lines = [
    `### ${title}: ${VERDICT_HEADLINE[report.verdict]}`,
    '',
    `${escapeMarkdown(report.verdictReason)}${counts === '' ? '' : ` (${counts})`}`,
    '',
    // A code span shows the provenance as it is (refs and paths are full of Markdown) and links nothing.
    `Baseline: \`${describeBaseline(report.baseline).replaceAll('`', "'").replace(/\s+/g, ' ')}\``,
    '',
  ];
  if (summary.total > 0) lines.push(renderComparisonTable(report).trimEnd(), '');
  for (const warning of report.warnings) {
    const where = warning.location ? `${warning.location.file}:${warning.location.line ?? 1}: ` : '';
    lines.push(`> [!WARNING]`, `> ${escapeMarkdown(`${where}${warning.message}`)}`, '');
  }
  return `${lines.join('\n')}\n`;
}
