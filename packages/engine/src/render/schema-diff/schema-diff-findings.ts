import type { SchemaDiffReport } from '../../schema-diff/schema-diff.js';
import type { ReportFindings } from '../finding.js';

/**
 * Each breaking change as a warning on the new schema file (the gate's verdict for a breaking change is
 * `warn`: schema-diff-gate.ts says why). Changes without impact are not worth an annotation.
 */
export function schemaDiffFindings(report: SchemaDiffReport): ReportFindings {
  const findings = report.changes
    .filter((change) => change.impact !== 'none')
    .map((change) => ({
      level: 'warning' as const,
      title: `mlgate: schema ${change.kind}`,
      message: `${change.field === null ? '' : `${change.field}: `}${change.detail} (breaks ${change.impact})`,
      file: report.new.path,
    }));
  return { findings, total: findings.length };
}
