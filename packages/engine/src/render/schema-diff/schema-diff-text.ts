import { reportVerdictOf } from '../../gate/report-verdict.js';
import { schemaDiffVerdict } from '../../schema-diff/schema-change.js';
import type { SchemaDiffReport } from '../../schema-diff/schema-diff.js';
import { terminalText } from '../untrusted-text.js';
import { changesInReadingOrder } from './schema-diff-sections.js';

/**
 * For terminals: the diff's verdict and the gate's, then one line per change, breaking first:
 * `  data       constraint-tightened  body_mass_g: maximum 6300 → 6000`.
 */
export function schemaDiffText(report: SchemaDiffReport): string {
  const changes = changesInReadingOrder(report);
  const gate = reportVerdictOf(report);
  const width = changes.reduce((widest, change) => Math.max(widest, change.kind.length), 0);
  const lines = changes.map((change) =>
    terminalText(
      `  ${change.impact.padEnd(9)}  ${change.kind.padEnd(width)}  ${change.field === null ? '' : `${change.field}: `}${change.detail}`,
    ),
  );
  return `${[
    `${schemaDiffVerdict(report.changes)}: ${terminalText(report.old.path)} → ${terminalText(report.new.path)}`,
    `verdict: ${gate.verdict} (${terminalText(gate.verdictReason)})`,
    ...lines,
  ].join('\n')}\n`;
}
