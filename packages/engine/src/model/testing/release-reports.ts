import { readFileSync } from 'node:fs';
import type { BaselineProvenance } from '../../compare/baseline-provenance.js';
import type { ComparisonReport } from '../../compare/comparison-report.js';
import { compareMetrics } from '../../compare/metrics-comparison.js';
import { parseMetricsText } from '../../metrics/metrics-loader.js';
import { MetricPolicy } from '../../policy/metric-policy.js';
import { parseReport } from '../../report/report-file.js';
import type { ReportSubject } from '../../report/report-subject.js';
import type { ValidationReport } from '../../validate/report/validation-report.js';

/**
 * Reports of a run that is about to publish a model, made as the pipeline makes them: the comparison by
 * compareMetrics under a policy, the validation from the committed fixture report. Test support only.
 */
export const COMMIT = '0123456789abcdef0123456789abcdef01234567';
export const OTHER_COMMIT = 'fedcba9876543210fedcba9876543210fedcba98';
export const REPOSITORY = 'acme/models';
export const SUBJECT: ReportSubject = { repository: REPOSITORY, sha: COMMIT, pullRequest: 12, runId: 4242 };

export const CACHE_BASELINE: BaselineProvenance = {
  source: 'cache',
  key: `mlgate-baseline-churn-${OTHER_COMMIT}`,
  commit: OTHER_COMMIT,
  date: '2026-05-01T12:00:00Z',
};

export function comparisonReport(
  current: string,
  baseline: string | undefined,
  subject: ReportSubject = SUBJECT,
): ComparisonReport {
  const policy = new MetricPolicy({
    source: { kind: 'file', file: 'mlgate.yml' },
    rules: [
      { pattern: 'accuracy', settings: { direction: 'higher', tolerance: '2%' } },
      { pattern: 'loss', settings: { direction: 'lower' } },
    ],
  });
  return compareMetrics({
    current: parseMetricsText(current, 'metrics.json'),
    currentFiles: ['metrics.json'],
    baseline:
      baseline === undefined
        ? { provenance: { source: 'none', reason: 'no cache entry yet' }, metrics: new Map() }
        : { provenance: CACHE_BASELINE, metrics: parseMetricsText(baseline, 'baseline.json') },
    policy,
    subject,
  });
}

const fixture = readFileSync(
  new URL('../../../../../test/fixtures/reports/validation-invalid.json', import.meta.url),
  'utf8',
);

/** The fixture validation report, as a valid run would have it. */
export function validationReport(subject: ReportSubject = SUBJECT): ValidationReport {
  const report = parseReport(fixture, 'validation-invalid.json') as ValidationReport;
  return {
    ...report,
    subject,
    verdict: 'pass',
    verdictReason: '1 file valid',
    valid: true,
    errorCount: 0,
    errorsByCode: {},
    errors: [],
    files: report.files.map((file) => ({ ...file, valid: true, errorCount: 0, errorsByCode: {} })),
  };
}
