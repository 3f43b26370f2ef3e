import { reportVerdictOf } from '../../gate/report-verdict.js';
import type { ChangeImpact, SchemaChange } from '../../schema-diff/schema-change.js';
import { schemaDiffVerdict } from '../../schema-diff/schema-change.js';
import type { SchemaDiffReport } from '../../schema-diff/schema-diff.js';
import { KEEP, tableSection } from '../report-sections.js';
import type { ReportSection } from '../report-sections.js';
import { SectionPriority } from '../section-priority.js';
import { escapeUntrusted, escapeUntrustedCell } from '../untrusted-text.js';
import { VERDICT_ICON } from '../verdict-display.js';
import { countWords as plural, groupDigits } from '../../count-words.js';

/** Data breaks first (they fail at the next validation), then consumers, then harmless changes. */
const IMPACT_ORDER: Readonly<Record<ChangeImpact, number>> = { data: 0, consumers: 1, none: 2 };

const IMPACT_CELL: Readonly<Record<ChangeImpact, string>> = {
  data: '⚠️ breaks data',
  consumers: '⚠️ breaks consumers',
  none: 'none',
};

/** The changes, breaking ones first; a stable sort keeps the schema's order within each impact. */
export function changesInReadingOrder(report: SchemaDiffReport): SchemaChange[] {
  return [...report.changes].sort((a, b) => IMPACT_ORDER[a.impact] - IMPACT_ORDER[b.impact]);
}

function changeRow(change: SchemaChange): string {
  const field = change.field === null ? '_(whole schema)_' : escapeUntrustedCell(change.field);
  return `| ${IMPACT_CELL[change.impact]} | ${change.kind} | ${field} | ${escapeUntrustedCell(change.detail, 200)} |\n`;
}

const HEAD = '| Impact | Change | Field | Detail |\n| --- | --- | --- | --- |\n';

/**
 * The sections of one schema diff: a headline (identical, compatible or breaking, and which two files),
 * then the breaking changes (kept) and the harmless ones.
 */
export function schemaDiffSections(
  report: SchemaDiffReport,
  context: { readonly label: string },
): ReportSection[] {
  const gate = reportVerdictOf(report);
  const changes = changesInReadingOrder(report);
  const breaking = changes.filter((change) => change.impact !== 'none');
  const harmless = changes.filter((change) => change.impact === 'none');
  const verdict = schemaDiffVerdict(report.changes);
  const files =
    report.old.path === report.new.path
      ? escapeUntrusted(report.new.path)
      : `${escapeUntrusted(report.old.path)} → ${escapeUntrusted(report.new.path)}`;
  const sections: ReportSection[] = [
    {
      title: `${context.label} heading`,
      priority: KEEP,
      text:
        `### ${VERDICT_ICON[gate.verdict]} ${context.label}: ${escapeUntrusted(gate.verdictReason, 200)}\n\n` +
        `**${verdict}**: ${files} (${report.new.language})` +
        (changes.length > 0
          ? ` · ${plural(changes.length, 'change')}, ${groupDigits(breaking.length)} breaking`
          : '') +
        '\n\n',
    },
  ];
  if (verdict === 'identical') {
    sections.push({
      title: 'schema changes',
      priority: KEEP,
      text: 'No change in what the schema checks.\n\n',
    });
  }
  if (breaking.length > 0) {
    sections.push(
      tableSection('breaking schema changes', KEEP, {
        head: HEAD,
        rows: breaking.map(changeRow),
        tail: '\n',
        more: (omitted) => `| … | | | ${omitted} more breaking changes, in the full report |\n`,
      }),
    );
  }
  if (harmless.length > 0) {
    sections.push(
      tableSection('compatible schema changes', SectionPriority.changes, {
        head: breaking.length > 0 ? `${plural(harmless.length, 'compatible change')}\n\n${HEAD}` : HEAD,
        rows: harmless.map(changeRow),
        tail: '\n',
        more: (omitted) => `| … | | | ${omitted} more compatible changes, in the full report |\n`,
      }),
    );
  }
  return sections;
}
