import type { ReportVerdict } from '../gate/verdict.js';
import type { MetricValue } from '../metrics/metric-value.js';
import type { PolicySource, RuleOrigin } from '../policy/metric-policy.js';
import type { ReportSubject } from '../report/report-subject.js';
import type { SourceLocation } from '../user-error.js';
import type { HistoryPoint } from './baseline-history.js';
import type { BaselineProvenance } from './baseline-provenance.js';

export const COMPARISON_REPORT_KIND = 'mlgate/comparison@1';

/**
 * - `pass`: unchanged, or moved within the tolerance; `improved`: better than the baseline beyond tolerance;
 * - `changed`: a different value the rule does not judge (`direction: none`, or text under `higher`);
 * - `warn` / `fail`: a rule broke, with that rule's severity;
 * - `new`: no comparable baseline value (not in the baseline, or the baseline held null, NaN or text);
 * - `missing`: in the baseline but not in the current run (a `required` metric fails instead).
 */
export const METRIC_VERDICTS = ['pass', 'improved', 'changed', 'warn', 'fail', 'new', 'missing'] as const;
export type MetricVerdict = (typeof METRIC_VERDICTS)[number];

/** Verdicts whose rows a report may fold away (`report.fold`); failures and warnings always stay in sight. */
export const FOLDABLE_VERDICTS = ['pass', 'improved', 'changed', 'new', 'missing'] as const;
export type FoldableVerdict = (typeof FOLDABLE_VERDICTS)[number];

/**
 * Any `fail` fails, as does no baseline when one is required; else any `warn` (a bound needs no baseline);
 * else no baseline is `neutral` with reason `no-baseline`.
 */
export type ComparisonVerdict = ReportVerdict;

/** Present only when both sides are finite numbers. `relative` is a fraction of |baseline|; null when it is 0. */
export interface MetricDelta {
  readonly absolute: number;
  readonly relative: number | null;
}

export interface MetricComparison {
  readonly name: string;
  /** null: the metric is absent from that side. */
  readonly baseline: MetricValue | null;
  readonly current: MetricValue | null;
  readonly delta: MetricDelta | null;
  readonly verdict: MetricVerdict;
  /** Why, in a few words: "dropped 0.031 (−3.4%), more than the tolerance 2%". */
  readonly reason: string;
  readonly rule: RuleOrigin;
  /** Where the current value was read (for annotations); absent for a metric missing from the current run. */
  readonly source?: SourceLocation;
  /** The policy marks it as one to watch (`headline: true`): the comment charts its trend. */
  readonly headline?: true;
  /** Its values at the last baselines saved on the default branch, oldest first, the baseline itself last. */
  readonly history?: readonly HistoryPoint[];
}

export interface ReportWarning {
  readonly message: string;
  readonly location?: SourceLocation;
}

export type VerdictCounts = Readonly<Record<MetricVerdict, number>> & { readonly total: number };

export type ComparisonReport = ComparisonVerdict & {
  readonly kind: typeof COMPARISON_REPORT_KIND;
  readonly mlgateVersion: string;
  readonly subject: ReportSubject;
  readonly baseline: BaselineProvenance;
  readonly requireBaseline: boolean;
  readonly policy: PolicySource & { readonly sha256: string };
  readonly current: { readonly files: readonly string[] };
  readonly summary: VerdictCounts;
  readonly metrics: readonly MetricComparison[];
  /** Policy problems that do not stop the comparison: a rule whose key or glob matches no metric. */
  readonly warnings: readonly ReportWarning[];
};
