import type { MlgateReport } from '../report-file.js';

/** How a report, or all of them together, reads at a glance. */
export type Outcome = 'fail' | 'warn' | 'neutral' | 'pass';

const RANK: Readonly<Record<Outcome, number>> = { fail: 0, warn: 1, neutral: 2, pass: 3 };

export const OUTCOME_ICON: Readonly<Record<Outcome, string>> = {
  fail: '❌',
  warn: '⚠️',
  neutral: 'ℹ️',
  pass: '✅',
};

export const OUTCOME_WORD: Readonly<Record<Outcome, string>> = {
  fail: 'failed',
  warn: 'passed with warnings',
  neutral: 'nothing to compare against',
  pass: 'passed',
};

export function outcomeOf(report: MlgateReport): Outcome {
  if (report.kind === 'mlgate/validation@1') return report.valid ? 'pass' : 'fail';
  switch (report.verdict) {
    case 'fail':
      return 'fail';
    case 'warn':
      return 'warn';
    case 'no-baseline':
      return 'neutral';
    case 'pass':
      return 'pass';
  }
}

/** The worst outcome wins; no reports at all is neutral. */
export function overallOutcome(reports: readonly MlgateReport[]): Outcome {
  return reports
    .map(outcomeOf)
    .reduce<Outcome>(
      (worst, outcome) => (RANK[outcome] < RANK[worst] ? outcome : worst),
      reports.length === 0 ? 'neutral' : 'pass',
    );
}
