import type { GateResult } from '../gate/gate.js';
import type { MlgateReport } from '../report/report-file.js';
import { reportLabels } from './report-document.js';
import { viewOf } from './report-views.js';
import { terminalText } from './untrusted-text.js';

/**
 * Reports for a terminal: one report as its kind shows it; several each under its name, then the gate's
 * verdict over all of them, the line a script or a person reads last.
 */
export function renderReportText(reports: readonly MlgateReport[], verdict: GateResult): string {
  if (reports.length === 1) return viewOf(reports[0]!).text(reports[0]!);
  const labels = reportLabels(reports, terminalText);
  const parts = reports.map((report, index) => `== ${labels[index]} ==\n${viewOf(report).text(report)}`);
  parts.push(`verdict: ${verdict.verdict} (${terminalText(verdict.verdictReason)})\n`);
  return parts.join('\n');
}
