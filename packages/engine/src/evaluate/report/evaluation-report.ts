import type { MetricVerdict } from '../../compare/comparison-report.js';
import type { ReportVerdict } from '../../gate/verdict.js';
import type { ReportSubject } from '../../report/report-subject.js';
import type { UnmatchedIds } from '../../significance/id-join.js';
import type { Average, EvaluationTask, PredictionMetric } from '../prediction-metrics.js';

/**
 * The `mlgate/evaluation@1` report: metrics computed from per-example predictions and, with baseline
 * predictions, each metric's paired change with its bootstrap interval. `mlgate evaluate --json` prints it.
 * Field names per metric are the contract (`name`, `baseline`, `current`, `delta`, `ci`, `pValue`,
 * `significant`, `verdict`): add to them, never rename.
 */
export const EVALUATION_REPORT_KIND = 'mlgate/evaluation@1';

/** How the baseline and current predictions were paired: by id, with what is on one side only. */
export interface EvaluationJoin {
  readonly matched: number;
  /** In the baseline, not in the current predictions. */
  readonly missing: UnmatchedIds;
  /** In the current predictions, not in the baseline. */
  readonly extra: UnmatchedIds;
}

/**
 * One metric. Values are JSON numbers or null where the metric is undefined (roc_auc on a slice of one
 * class: scikit-learn raises there); JSON has no NaN. Without baseline predictions only `current` is set.
 */
export interface EvaluatedMetric {
  /** `accuracy`, or `slice.<column>=<value>.<metric>`. */
  readonly name: string;
  readonly metric: PredictionMetric;
  readonly baseline?: number | null;
  readonly current: number | null;
  /** current − baseline. */
  readonly delta?: number | null;
  /** The paired bootstrap's 1 − alpha interval of `delta`; null ends where it is undefined. */
  readonly ci?: readonly [number | null, number | null];
  /** The interval's alpha: the rule's `significance.alpha`, else the default 0.05. */
  readonly alpha?: number;
  /** McNemar's exact test, for accuracy. */
  readonly pValue?: number;
  /** The interval excludes 0. */
  readonly significant?: boolean;
  readonly verdict: MetricVerdict;
  readonly reason: string;
  /** The policy key that decided (`accuracy`, `slice.*.accuracy`), absent for the default or built-in rule. */
  readonly rule?: string;
  /** The rule judged the change by its interval (`significance:`). */
  readonly bySignificance?: boolean;
}

export type EvaluationReport = ReportVerdict & {
  readonly kind: typeof EVALUATION_REPORT_KIND;
  readonly mlgateVersion: string;
  readonly subject: ReportSubject;
  readonly createdAt: string;
  readonly task: EvaluationTask;
  readonly average: Average;
  readonly files: { readonly current: string; readonly baseline?: string };
  readonly rows: { readonly current: number; readonly baseline?: number };
  /** Present exactly when there were baseline predictions. */
  readonly join?: EvaluationJoin;
  /** The bootstrap's settings, with baseline predictions: the same inputs and seed give the same intervals. */
  readonly bootstrap?: { readonly seed: number; readonly resamples: number };
  readonly metrics: readonly EvaluatedMetric[];
};
