import type { MlgateReport } from '../report/report-file.js';
import { schemaDiffGateVerdict } from '../schema-diff/schema-diff-gate.js';
import { SCHEMA_DIFF_REPORT_KIND } from '../schema-diff/schema-diff.js';
import type { ReportVerdict } from './verdict.js';

/**
 * The verdict a report gives the gate. Every kind carries it as its `verdict` and `verdictReason`, except
 * the schema diff, whose `verdict` (identical | compatible | breaking) is its own published vocabulary:
 * its gate verdict is derived (schema-diff-gate.ts). Read a report's verdict only through here.
 */
export function reportVerdictOf(report: MlgateReport): ReportVerdict {
  return report.kind === SCHEMA_DIFF_REPORT_KIND ? schemaDiffGateVerdict(report) : report;
}
