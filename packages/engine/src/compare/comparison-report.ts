import type { MetricValue } from '../metrics/metric-value.js';
import type { PolicySource, RuleOrigin } from '../policy/metric-policy.js';
import type { ReportSubject } from '../report-subject.js';
import type { SourceLocation } from '../user-error.js';
import type { BaselineProvenance } from './baseline-provenance.js';

export const COMPARISON_REPORT_KIND = 'mlgate/comparison@1';

/**
 * - `pass`: within tolerance (or informational); `improved`: better than the baseline beyond tolerance;
 * - `warn` / `fail`: a rule broke, with that rule's severity;
 * - `new`: no comparable baseline value (not in the baseline, or the baseline held null, NaN or text);
 * - `missing`: in the baseline but not in the current run (a `required` metric fails instead).
 */
export type MetricVerdict = 'pass' | 'improved' | 'warn' | 'fail' | 'new' | 'missing';
export const METRIC_VERDICTS: readonly MetricVerdict[] = [
  'pass',
  'improved',
  'warn',
  'fail',
  'new',
  'missing',
];

/** Any `fail` fails; else no baseline gives `no-baseline` (or `fail` when one is required); else any `warn`. */
export type ComparisonVerdict = 'pass' | 'warn' | 'fail' | 'no-baseline';

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
}

export interface ReportWarning {
  readonly message: string;
  readonly location?: SourceLocation;
}

export type VerdictCounts = Readonly<Record<MetricVerdict, number>> & { readonly total: number };

export interface ComparisonReport {
  readonly kind: typeof COMPARISON_REPORT_KIND;
  readonly mlgateVersion: string;
  readonly subject: ReportSubject;
  readonly verdict: ComparisonVerdict;
  /** One line for people: why the overall verdict is what it is. */
  readonly verdictReason: string;
  readonly baseline: BaselineProvenance;
  readonly requireBaseline: boolean;
  readonly policy: PolicySource & { readonly sha256: string };
  readonly current: { readonly files: readonly string[] };
  readonly summary: VerdictCounts;
  readonly metrics: readonly MetricComparison[];
  /** Policy problems that do not stop the comparison: a rule whose key or glob matches no metric. */
  readonly warnings: readonly ReportWarning[];
}
