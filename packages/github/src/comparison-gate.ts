import { ExitCode } from '@mlgate/engine';
import type { ComparisonVerdict } from '@mlgate/engine';
import type { CheckConclusion } from './check-run.js';

/** `fail-on`: which verdicts fail the step. `no-baseline` never does (require-baseline turns it into `fail`). */
export const FAIL_ON = ['fail', 'warn', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export function gateFails(verdict: ComparisonVerdict, failOn: FailOn): boolean {
  switch (failOn) {
    case 'fail':
      return verdict === 'fail';
    case 'warn':
      return verdict === 'fail' || verdict === 'warn';
    case 'never':
      return false;
  }
}

export function gateExitCode(verdict: ComparisonVerdict, failOn: FailOn): ExitCode {
  return gateFails(verdict, failOn) ? ExitCode.verdictFailed : ExitCode.passed;
}

/**
 * The check run agrees with the step: `failure` exactly when the step fails; a clean pass is `success`; the
 * rest (no baseline, a warning or failure that `fail-on` lets through) is `neutral`, which branch protection
 * accepts but the checks list shows apart.
 */
export function checkConclusion(verdict: ComparisonVerdict, failOn: FailOn): CheckConclusion {
  if (gateFails(verdict, failOn)) return 'failure';
  return verdict === 'pass' ? 'success' : 'neutral';
}
