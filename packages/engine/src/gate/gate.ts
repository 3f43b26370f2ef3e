import type { MlgateReport } from '../report/report-file.js';
import { ExitCode } from '../user-error.js';
import { reportVerdictOf } from './report-verdict.js';
import { failsUnder, worseVerdict } from './verdict.js';
import type { FailOn, ReportVerdict, Verdict } from './verdict.js';

/** How a check run concludes: `failure` exactly when the step fails, `success` for a clean pass. */
export type CheckConclusion = 'success' | 'failure' | 'neutral';

/**
 * The one verdict over every report of a run, and what it means for the step: the exit code, the check
 * run's conclusion, the `verdict` output and the comment's headline all read it from here.
 */
export type GateResult = ReportVerdict & {
  readonly failOn: FailOn;
  /** The step fails (exit 1, a failing check): the verdict is one `fail-on` names. */
  readonly fails: boolean;
  readonly exitCode: ExitCode;
  readonly conclusion: CheckConclusion;
};

function conclusionOf(verdict: Verdict, fails: boolean): CheckConclusion {
  if (fails) return 'failure';
  // A warning or failure that `fail-on` lets through, or nothing to judge: branch protection accepts
  // `neutral`, and the checks list still shows it apart from a clean pass.
  return verdict === 'pass' ? 'success' : 'neutral';
}

/**
 * The worst verdict of the reports wins; its reason is the reasons of the reports that gave it. No report
 * at all is `neutral` (`nothing-to-check`), never a pass: a gate that checked nothing must not look green.
 */
export function gate(reports: readonly MlgateReport[], failOn: FailOn): GateResult {
  const verdicts = reports.map(reportVerdictOf);
  const verdict = verdicts.reduce<Verdict>((worst, report) => worseVerdict(worst, report.verdict), 'pass');
  const decided: ReportVerdict =
    reports.length === 0
      ? {
          verdict: 'neutral',
          neutralReason: 'nothing-to-check',
          verdictReason: 'nothing to check: no datasets and no metrics',
        }
      : verdictOf(verdicts, verdict);
  const fails = failsUnder(decided.verdict, failOn);
  return {
    ...decided,
    failOn,
    fails,
    exitCode: fails ? ExitCode.verdictFailed : ExitCode.passed,
    conclusion: conclusionOf(decided.verdict, fails),
  };
}

function verdictOf(reports: readonly ReportVerdict[], verdict: Verdict): ReportVerdict {
  const deciding = reports.filter((report) => report.verdict === verdict);
  const verdictReason = deciding.map((report) => report.verdictReason).join('; ');
  if (verdict !== 'neutral') return { verdict, verdictReason };
  const neutral = deciding.find((report) => report.verdict === 'neutral');
  return {
    verdict,
    neutralReason: neutral?.verdict === 'neutral' ? neutral.neutralReason : 'nothing-to-check',
    verdictReason,
  };
}
