import type { ComparisonReport } from '../compare/comparison-report.js';
import type { GateResult } from '../gate/gate.js';
import { driftedColumnsOf, retrainDecision } from '../gate/retrain-decision.js';
import type { RetrainTrigger } from '../config/mlgate-config.js';
import type { ReportFile } from '../report/report-files.js';
import type { EvaluationReport } from '../evaluate/report/evaluation-report.js';
import type { ValidationReport } from '../validate/report/validation-report.js';

/** What the outputs of a step are computed from: its reports and the gate's verdict over them. */
export interface OutputSource {
  readonly reports: readonly ReportFile[];
  readonly gate: GateResult;
  /** What may call for retraining (mlgate.yml `retrain.on`); default: drift and regression. */
  readonly retrainOn?: readonly RetrainTrigger[];
}

const validations = (source: OutputSource): ValidationReport[] =>
  source.reports.flatMap(({ report }) => (report.kind === 'mlgate/validation@1' ? [report] : []));
const comparisons = (source: OutputSource): ComparisonReport[] =>
  source.reports.flatMap(({ report }) => (report.kind === 'mlgate/comparison@1' ? [report] : []));
const evaluations = (source: OutputSource): EvaluationReport[] =>
  source.reports.flatMap(({ report }) => (report.kind === 'mlgate/evaluation@1' ? [report] : []));
/** A sum over some reports; empty when there is none, so "not checked" never reads as 0 or true. */
const sumOf = <R>(reports: readonly R[], value: (report: R) => number): string =>
  reports.length === 0 ? '' : String(reports.reduce((sum, report) => sum + value(report), 0));
const reportsOf = (source: OutputSource) => source.reports.map(({ report }) => report);
const lines = (values: readonly string[]): string => values.join('\n');

/**
 * Every step output that comes from the reports, computed one way for every action: an action declares
 * which of these it has (its `Outputs` constant, checked against its action.yml), the publisher sets them.
 */
export const REPORT_OUTPUTS = {
  verdict: (source: OutputSource) => source.gate.verdict,
  /** Why the verdict is `neutral` (`no-baseline`, `nothing-to-check`); empty otherwise. */
  reason: (source: OutputSource) => (source.gate.verdict === 'neutral' ? source.gate.neutralReason : ''),
  valid: (source: OutputSource) => {
    const reports = validations(source);
    return reports.length === 0 ? '' : String(reports.every((report) => report.valid));
  },
  'error-count': (source: OutputSource) => sumOf(validations(source), (report) => report.errorCount),
  rows: (source: OutputSource) => sumOf(validations(source), (report) => report.rows),
  fingerprint: (source: OutputSource) => lines(validations(source).map((report) => report.fingerprint)),
  /**
   * Metrics that broke a rule, in the metrics files and in the predictions alike: a pull request failed by
   * its predictions' accuracy must not read `0` here.
   */
  regressions: (source: OutputSource) =>
    sumOf<ComparisonReport | EvaluationReport>([...comparisons(source), ...evaluations(source)], (report) =>
      report.kind === 'mlgate/comparison@1'
        ? report.summary.fail + report.summary.warn
        : report.metrics.filter((metric) => metric.verdict === 'fail' || metric.verdict === 'warn').length,
    ),
  'baseline-source': (source: OutputSource) => lines(comparisons(source).map((r) => r.baseline.source)),
  'baseline-sha': (source: OutputSource) =>
    lines(comparisons(source).map((r) => (r.baseline.source === 'none' ? '' : (r.baseline.commit ?? '')))),
  reports: (source: OutputSource) => lines(source.reports.map((report) => report.file)),
  /** `true` when data drifted or a metric regressed beyond the policy: the model should be retrained. */
  retrain: (source: OutputSource) => String(retrainDecision(reportsOf(source), source.retrainOn).retrain),
  /** Drifted columns over every drift report, comma-separated; empty when none drifted. */
  'drifted-columns': (source: OutputSource) => driftedColumnsOf(reportsOf(source)).join(','),
} as const satisfies Readonly<Record<string, (source: OutputSource) => string>>;

export type ReportOutputName = keyof typeof REPORT_OUTPUTS;
