/**
 * The one vocabulary of verdicts: every report kind, the gate, the check run, the step outputs and the CLI
 * speak it, so a workflow can test `verdict == 'fail'` whichever door produced it.
 *
 * - `pass`: every check held; `warn`: a rule with severity `warn` broke; `fail`: invalid data or a broken rule;
 * - `neutral`: there was nothing to judge against, and `neutralReason` says why.
 */
export const VERDICTS = ['pass', 'warn', 'fail', 'neutral'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why a verdict is `neutral`: no baseline to compare with, or no report at all. */
export const NEUTRAL_REASONS = ['no-baseline', 'nothing-to-check'] as const;
export type NeutralReason = (typeof NEUTRAL_REASONS)[number];

/**
 * The verdict a report carries, with a one-line reason for people. `neutralReason` exists exactly when the
 * verdict is `neutral`, so a reader never has to guess why.
 */
export type ReportVerdict =
  | { readonly verdict: Exclude<Verdict, 'neutral'>; readonly verdictReason: string }
  | { readonly verdict: 'neutral'; readonly neutralReason: NeutralReason; readonly verdictReason: string };

/** Worst first: the gate's verdict over several reports is the worst of theirs. */
const SEVERITY: Readonly<Record<Verdict, number>> = { fail: 3, warn: 2, neutral: 1, pass: 0 };

export function worseVerdict(a: Verdict, b: Verdict): Verdict {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

/** `fail-on`, in every action and CLI command: which verdicts fail the step (exit 1, a failing check). */
export const FAIL_ON = ['fail', 'warn', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** `fail-on` values an older mlgate took, and what they are called now: refused with the new name. */
export const RENAMED_FAIL_ON: Readonly<Record<string, FailOn>> = { error: 'fail' };

export function failsUnder(verdict: Verdict, failOn: FailOn): boolean {
  switch (failOn) {
    case 'fail':
      return verdict === 'fail';
    case 'warn':
      return verdict === 'fail' || verdict === 'warn';
    case 'never':
      return false;
  }
}

/**
 * The verdict fields of every report kind's JSON Schema: spread `properties` into the report's properties
 * and add `rule` to its `allOf`, so `neutralReason` is there exactly when the verdict is `neutral`.
 */
export const REPORT_VERDICT_SCHEMA = {
  properties: {
    verdict: { enum: [...VERDICTS] },
    neutralReason: { enum: [...NEUTRAL_REASONS] },
    verdictReason: { type: 'string' },
  },
  rule: {
    if: { properties: { verdict: { const: 'neutral' } }, required: ['verdict'] },
    then: { properties: { neutralReason: { enum: [...NEUTRAL_REASONS] } }, required: ['neutralReason'] },
    else: { properties: { neutralReason: false } },
  },
} as const;
