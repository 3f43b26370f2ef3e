import type { DriftReport } from '../../drift/drift-report.js';
import type { Finding, ReportFindings } from '../finding.js';
import { METHOD_NAME, formatPValue, formatStatistic, judgement } from './drift-cells.js';

/**
 * One finding per drifted column, as severe as the report says drift is (`drift: severity:`), on the first
 * current data file: a column has no line, and the file is what the pull request changed.
 */
export function driftFindings(report: DriftReport): ReportFindings {
  const level: Finding['level'] = report.severity === 'fail' ? 'error' : 'warning';
  const file = report.current.files[0];
  const findings = report.columns
    .filter((column) => column.drifted)
    .map((column) => ({
      level,
      title: `mlgate: drift in ${column.name}`,
      message:
        `${column.name} drifted from the baseline: ${METHOD_NAME[column.method]} ` +
        `${formatStatistic(column.statistic)}${column.pValue !== undefined ? `, p-value ${formatPValue(column.pValue)}` : ''}` +
        ` (${judgement(column)}; ${column.methodReason})`,
      ...(file !== undefined ? { file } : {}),
    }));
  return { findings, total: findings.length };
}
