import type { EvaluationReport } from '../../evaluate/report/evaluation-report.js';
import type { Finding, ReportFindings } from '../finding.js';
import { changeCell } from './evaluation-cells.js';

/** One finding per metric that failed or warned, on the current predictions file. */
export function evaluationFindings(report: EvaluationReport): ReportFindings {
  const findings: Finding[] = report.metrics
    .filter((metric) => metric.verdict === 'fail' || metric.verdict === 'warn')
    .map((metric) => {
      const change = changeCell(metric);
      return {
        level: metric.verdict === 'fail' ? 'error' : 'warning',
        title: `mlgate: ${metric.name} ${metric.verdict === 'fail' ? 'failed' : 'warned'}`,
        message: `${metric.name}: ${metric.reason}${change === '' ? '' : ` (${change})`}`,
        file: report.files.current,
      };
    });
  return { findings, total: findings.length };
}
