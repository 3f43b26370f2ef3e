import type { ComparisonReport, MetricVerdict } from '../compare/comparison-report.js';
import { RETRAIN_TRIGGERS } from '../config/mlgate-config.js';
import type { RetrainTrigger } from '../config/mlgate-config.js';
import type { DriftReport } from '../drift/drift-report.js';
import type { EvaluationReport } from '../evaluate/report/evaluation-report.js';
import type { MlgateReport } from '../report/report-file.js';

/** Every report a run may hold; drift and comparison reports are the ones that can call for retraining. */
export type RetrainEvidence = MlgateReport;

/**
 * Whether the model should be retrained, and why. Only a decision to retrain carries a reason, so "retrain
 * without a reason" cannot be built.
 */
export type RetrainDecision =
  | { readonly retrain: false }
  | {
      readonly retrain: true;
      /** `drift: age, income; regression: accuracy`. */
      readonly reason: string;
      /** Drifted columns over every drift report, each name once, in report order. */
      readonly driftedColumns: readonly string[];
      /** Metrics that broke a rule of the policy (`fail` or `warn`), each name once. */
      readonly regressedMetrics: readonly string[];
    };

/** A metric row that broke its rule: the policy judged it a failure or a warning. */
const REGRESSED: ReadonlySet<MetricVerdict> = new Set(['fail', 'warn']);

const unique = (names: readonly string[]): string[] => [...new Set(names)];

/** The drifted columns over every drift report, each name once, in report order. */
export function driftedColumnsOf(reports: readonly RetrainEvidence[]): string[] {
  return unique(
    reports
      .filter((report): report is DriftReport => report.kind === 'mlgate/drift@1')
      .flatMap((report) => report.driftedColumns),
  );
}

/**
 * Retrain when fresh data drifted (a drift report with drifted columns, whatever its severity in the gate:
 * the severity decides the step, not whether the model has gone stale) or the model degraded beyond the
 * policy (a comparison or evaluation report with a metric that failed or warned), as far as `on` (mlgate.yml
 * `retrain.on`, default both) lets each count.
 */
export function retrainDecision(
  reports: readonly RetrainEvidence[],
  on: readonly RetrainTrigger[] = RETRAIN_TRIGGERS,
): RetrainDecision {
  // Metrics files compared with the baseline's, and metrics from predictions judged against the baseline's
  // predictions (with their intervals: a change the policy calls noise is no regression).
  const judged = reports.filter(
    (report): report is ComparisonReport | EvaluationReport =>
      report.kind === 'mlgate/comparison@1' || report.kind === 'mlgate/evaluation@1',
  );
  const driftedColumns = on.includes('drift') ? driftedColumnsOf(reports) : [];
  const regressedMetrics = on.includes('regression')
    ? unique(
        judged.flatMap((report) =>
          report.metrics
            .filter((metric: { readonly verdict: MetricVerdict }) => REGRESSED.has(metric.verdict))
            .map((metric: { readonly name: string }) => metric.name),
        ),
      )
    : [];
  if (driftedColumns.length === 0 && regressedMetrics.length === 0) return { retrain: false };
  const reason = [
    ...(driftedColumns.length > 0 ? [`drift: ${driftedColumns.join(', ')}`] : []),
    ...(regressedMetrics.length > 0 ? [`regression: ${regressedMetrics.join(', ')}`] : []),
  ].join('; ');
  return { retrain: true, reason, driftedColumns, regressedMetrics };
}

/** The inputs mlgate sends the retraining workflow; its `on.workflow_dispatch.inputs` must declare them. */
export const RETRAIN_DISPATCH_INPUTS = ['reason', 'drifted-columns', 'regressed-metrics', 'sha'] as const;
export type RetrainDispatchInput = (typeof RETRAIN_DISPATCH_INPUTS)[number];

/**
 * Longest value of one input, in characters: four of them stay far inside the 65,535 a dispatch's inputs may
 * hold together (`GitHubLimits.workflowDispatchInputsChars`), and a reason is a line to read, not a dump.
 * Column names come from data files and may be many or long.
 */
export const MAX_DISPATCH_INPUT_CHARS = 1000;

/**
 * Names joined by `separator` within `maxChars`; those that do not fit are counted (`(+3 more)`), never cut
 * mid-name.
 */
export function boundedList(
  names: readonly string[],
  separator: string,
  maxChars = MAX_DISPATCH_INPUT_CHARS,
): string {
  const whole = names.join(separator);
  if (whole.length <= maxChars) return whole;
  let joined = '';
  for (const [index, name] of names.entries()) {
    const candidate = index === 0 ? name : `${joined}${separator}${name}`;
    const after = names.length - index - 1;
    // Each kept prefix leaves room for the count of the names after it, so stopping here always fits.
    if (candidate.length + (after > 0 ? ` (+${after} more)`.length : 0) > maxChars) {
      const more = `(+${names.length - index} more)`;
      return index === 0 ? more : `${joined} ${more}`;
    }
    joined = candidate;
  }
  return joined;
}

/** Text within `maxChars`, cut between characters (never inside a surrogate pair) with an ellipsis. */
function boundedText(text: string, maxChars = MAX_DISPATCH_INPUT_CHARS): string {
  if (text.length <= maxChars) return text;
  let cut = maxChars - 1;
  if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/**
 * The dispatch's inputs: strings only (a workflow reads every input as one), each bounded. `drifted-columns`
 * and `regressed-metrics` are comma-separated names, as the step outputs are; `sha` is the commit judged.
 */
export function retrainDispatchInputs(
  decision: Extract<RetrainDecision, { retrain: true }>,
  sha: string,
): Readonly<Record<RetrainDispatchInput, string>> {
  return {
    reason: boundedText(decision.reason),
    'drifted-columns': boundedList(decision.driftedColumns, ','),
    'regressed-metrics': boundedList(decision.regressedMetrics, ','),
    sha: boundedText(sha),
  };
}
