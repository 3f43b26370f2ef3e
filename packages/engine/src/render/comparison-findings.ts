import type { ComparisonReport } from '../compare/comparison-report.js';
import type { Finding, ReportFindings } from './finding.js';

/** Each broken rule on the metrics file and line it was read from, then the policy's warnings on mlgate.yml. */
export function comparisonFindings(report: ComparisonReport): ReportFindings {
  const findings: Finding[] = [];
  for (const row of report.metrics) {
    if (row.verdict !== 'fail' && row.verdict !== 'warn') continue;
    findings.push({
      level: row.verdict === 'fail' ? 'error' : 'warning',
      title: `${row.name}: ${row.verdict}`,
      message: row.reason,
      ...(row.source !== undefined ? { file: row.source.file } : {}),
      ...(row.source?.line !== undefined ? { line: row.source.line } : {}),
    });
  }
  for (const warning of report.warnings) {
    findings.push({
      level: 'warning',
      title: 'mlgate: policy',
      message: warning.message,
      ...(warning.location !== undefined ? { file: warning.location.file } : {}),
      ...(warning.location?.line !== undefined ? { line: warning.location.line } : {}),
    });
  }
  return { findings, total: findings.length };
}
