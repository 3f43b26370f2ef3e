import type { MetricMap } from '../metrics/metric-collector.js';
import type { MetricValue } from '../metrics/metric-value.js';
import type { MetricPolicy, PolicyRule } from '../policy/metric-policy.js';
import { MLGATE_VERSION } from '../report/report-subject.js';
import type { ReportSubject } from '../report/report-subject.js';
import { hasBaseline } from './baseline-provenance.js';
import type { BaselineProvenance } from './baseline-provenance.js';
import { COMPARISON_REPORT_KIND, METRIC_VERDICTS } from './comparison-report.js';
import type {
  ComparisonReport,
  ComparisonVerdict,
  MetricComparison,
  MetricVerdict,
  ReportWarning,
  VerdictCounts,
} from './comparison-report.js';
import { metricHistory } from './baseline-history.js';
import type { BaselineHistory } from './baseline-history.js';
import { deltaOf, judgeMetric } from './metric-judgement.js';

export interface BaselineMetrics {
  readonly provenance: BaselineProvenance;
  /** Empty when the provenance is `none`. */
  readonly metrics: MetricMap;
  /** The last baselines' values, this one last: only a baseline snapshot with a commit has one. */
  readonly history?: BaselineHistory;
}

export interface CompareOptions {
  readonly current: MetricMap;
  readonly currentFiles: readonly string[];
  readonly baseline: BaselineMetrics;
  readonly policy: MetricPolicy;
  readonly subject?: ReportSubject;
  /** No baseline fails instead of giving `neutral` (`no-baseline`). */
  readonly requireBaseline?: boolean;
}

/**
 * Compares the current metrics with the baseline under the policy. Rows: the current metrics in file order,
 * then the baseline's metrics the current run lacks, then required rules that matched no metric at all.
 */
export function compareMetrics(options: CompareOptions): ComparisonReport {
  const { current, policy } = options;
  const baseline = options.baseline.metrics;
  const requireBaseline = options.requireBaseline ?? false;
  const { history } = options.baseline;
  const rows: MetricComparison[] = [];
  const usedRules = new Set<PolicyRule>();

  const add = (name: string, before: MetricValue | null, after: MetricValue | null): void => {
    const rule = policy.ruleFor(name);
    usedRules.add(rule);
    const judgement = judgeMetric(rule, before, after);
    const source = current.get(name);
    const points = history !== undefined ? metricHistory(history, name) : [];
    rows.push({
      name,
      baseline: before,
      current: after,
      delta: deltaOf(before, after),
      verdict: judgement.verdict,
      reason: judgement.reason,
      rule: rule.origin,
      ...(rule.headline ? { headline: true as const } : {}),
      ...(source !== undefined ? { source: { file: source.file, line: source.line } } : {}),
      ...(points.length > 0 ? { history: points } : {}),
    });
  };
  for (const [name, metric] of current) add(name, baseline.get(name)?.value ?? null, metric.value);
  for (const [name, metric] of baseline) if (!current.has(name)) add(name, metric.value, null);

  const warnings: ReportWarning[] = [];
  for (const rule of policy.rules) {
    if (rule.origin.match === 'builtin' || rule.origin.match === 'default') continue;
    // A rule can match metrics yet decide none of them (a more specific rule won); only a rule that matches
    // nothing at all is worth a warning, since that is usually a typo or a renamed metric.
    const matchesSomething =
      usedRules.has(rule) ||
      (rule.origin.match === 'exact'
        ? current.has(rule.origin.pattern) || baseline.has(rule.origin.pattern)
        : rows.some((row) => policy.matches(rule, row.name)));
    const { pattern } = rule.origin;
    if (!matchesSomething && rule.required) {
      rows.push({
        name: pattern,
        baseline: null,
        current: null,
        delta: null,
        verdict: rule.severity,
        reason:
          rule.origin.match === 'glob'
            ? 'required, but no metric matches'
            : 'required, but not in the current run',
        rule: rule.origin,
      });
      continue;
    }
    // A rule with `significance` judges per-example predictions (the evaluation), which metrics files
    // never hold: that it matches none of theirs is expected, not a typo, when one config serves both.
    if (!matchesSomething && rule.significance === undefined) {
      warnings.push({
        message:
          rule.origin.match === 'glob'
            ? `the rule '${pattern}' matches no metric`
            : `the rule '${pattern}' names a metric that is in neither the current run nor the baseline`,
        ...(rule.origin.location ? { location: rule.origin.location } : {}),
      });
    }
  }

  const summary = countVerdicts(rows);
  return {
    kind: COMPARISON_REPORT_KIND,
    mlgateVersion: MLGATE_VERSION,
    subject: options.subject ?? {},
    ...overallVerdict(summary, options.baseline.provenance, requireBaseline),
    baseline: options.baseline.provenance,
    requireBaseline,
    policy: { ...policy.source, sha256: policy.sha256 },
    current: { files: [...options.currentFiles] },
    summary,
    metrics: rows,
    warnings,
  };
}

function countVerdicts(rows: readonly MetricComparison[]): VerdictCounts {
  const counts = Object.fromEntries(METRIC_VERDICTS.map((verdict) => [verdict, 0])) as Record<
    MetricVerdict,
    number
  >;
  for (const row of rows) counts[row.verdict]++;
  return { total: rows.length, ...counts };
}

function overallVerdict(
  summary: VerdictCounts,
  provenance: BaselineProvenance,
  requireBaseline: boolean,
): ComparisonVerdict {
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (summary.fail > 0) return { verdict: 'fail', verdictReason: `${plural(summary.fail, 'metric')} failed` };
  if (!hasBaseline(provenance) && requireBaseline)
    return {
      verdict: 'fail',
      verdictReason: `a baseline is required but there is none: ${provenance.reason}`,
    };
  // A bound of severity warn holds without a baseline: its warning is shown, not hidden behind neutral (as an
  // evaluation does).
  if (summary.warn > 0) return { verdict: 'warn', verdictReason: `${plural(summary.warn, 'metric')} warned` };
  if (!hasBaseline(provenance))
    return {
      verdict: 'neutral',
      neutralReason: 'no-baseline',
      verdictReason: `no baseline: ${provenance.reason}`,
    };
  return {
    verdict: 'pass',
    verdictReason: summary.improved > 0 ? `${plural(summary.improved, 'metric')} improved` : 'no regressions',
  };
}
