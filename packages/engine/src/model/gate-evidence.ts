import { gate } from '../gate/gate.js';
import type { ReportKind } from '../report/report-file.js';
import type { ReportFile } from '../report/report-files.js';

/** A check run's `status`, as the REST API gives it. */
export const CHECK_RUN_STATUSES = [
  'queued',
  'in_progress',
  'completed',
  'waiting',
  'requested',
  'pending',
] as const;
export type CheckRunStatus = (typeof CHECK_RUN_STATUSES)[number];

/** A completed check run's `conclusion`. */
export const CHECK_RUN_CONCLUSIONS = [
  'success',
  'failure',
  'neutral',
  'cancelled',
  'skipped',
  'timed_out',
  'action_required',
  'stale',
] as const;
export type CheckRunConclusion = (typeof CHECK_RUN_CONCLUSIONS)[number];

/** One check run of a commit, as `GET /repos/{owner}/{repo}/commits/{ref}/check-runs` lists it. */
export interface CheckRunRecord {
  /** Increases with every run GitHub creates, so a re-run has a higher id than the run it repeats. */
  readonly id: number;
  readonly name: string;
  readonly headSha: string;
  readonly status: CheckRunStatus;
  readonly conclusion: CheckRunConclusion | null;
  readonly url?: string;
}

/** What showed that the gate passed for the commit; written into the release manifest. */
export type GatePassed =
  | {
      readonly source: 'check-run';
      readonly sha: string;
      /** `mlgate / <check>`. */
      readonly checkName: string;
      readonly checkRunId: number;
      readonly url?: string;
      /** A check run that concluded `success` is the gate's `pass`. */
      readonly verdict: 'pass';
      readonly reason: string;
    }
  | {
      readonly source: 'reports';
      readonly sha: string;
      /** `pass`, or `neutral` for the first release of a model, which has no baseline to compare against. */
      readonly verdict: 'pass' | 'neutral';
      readonly verdictReason: string;
      readonly reports: readonly { readonly file: string; readonly kind: ReportKind }[];
      readonly reason: string;
    };

export type GateEvidence =
  ({ readonly passed: true } & GatePassed) | { readonly passed: false; readonly reason: string };

const short = (sha: string): string => sha.slice(0, 7);

/**
 * Whether the gate's check run passed on exactly this commit: the latest `checkName` run whose head is `sha`
 * (a re-run replaces the run before it) completed with `success`. `neutral` is not enough: the gate gives it
 * to a warning `fail-on` lets through and to a comparison with no baseline, and a check run does not say
 * which; give the run's reports instead to publish a first release.
 */
export function gateFromCheckRuns(
  runs: readonly CheckRunRecord[],
  target: { readonly sha: string; readonly checkName: string },
): GateEvidence {
  const { sha, checkName } = target;
  const named = runs.filter((run) => run.name === checkName);
  const onCommit = named.filter((run) => run.headSha === sha);
  const latest = onCommit.reduce<CheckRunRecord | undefined>(
    (best, run) => (best === undefined || run.id > best.id ? run : best),
    undefined,
  );
  const what = `'${checkName}' on ${short(sha)}`;
  if (latest === undefined) {
    const elsewhere = [...new Set(named.map((run) => short(run.headSha)))];
    const hint = elsewhere.length > 0 ? ` (it ran on ${elsewhere.join(', ')}, not on this commit)` : '';
    return { passed: false, reason: `no check run ${what}${hint}` };
  }
  if (latest.status !== 'completed') {
    return { passed: false, reason: `${what} is ${latest.status.replace('_', ' ')}, not completed` };
  }
  if (latest.conclusion !== 'success') {
    const why = latest.conclusion === 'neutral' ? ' (a warning let through, or no baseline)' : '';
    return {
      passed: false,
      reason: `${what} concluded ${latest.conclusion ?? 'nothing'}${why}, not success`,
    };
  }
  return {
    passed: true,
    source: 'check-run',
    sha,
    checkName,
    checkRunId: latest.id,
    ...(latest.url !== undefined ? { url: latest.url } : {}),
    verdict: 'pass',
    reason: `${what} concluded success`,
  };
}

export interface ReportTarget {
  readonly sha: string;
  /** `owner/name`: a report naming another repository is refused. */
  readonly repository?: string;
  /**
   * The model has no earlier release, so a comparison has nothing to compare against: a gate that is
   * neutral only for want of a baseline passes.
   */
  readonly firstRelease?: boolean;
}

/**
 * Whether the run's own reports show the gate passed for exactly this commit: every report names `sha` as
 * its subject (a report from another commit, or naming none, proves nothing about this one), and the gate
 * over all of them passes.
 */
export function gateFromReports(files: readonly ReportFile[], target: ReportTarget): GateEvidence {
  const { sha, repository } = target;
  if (files.length === 0) return { passed: false, reason: 'no reports given' };
  const problems: string[] = [];
  for (const { file, report } of files) {
    const subject = report.subject;
    if (subject.sha === undefined) problems.push(`${file} names no commit`);
    else if (subject.sha !== sha)
      problems.push(`${file} is about commit ${short(subject.sha)}, not ${short(sha)}`);
    if (repository !== undefined && subject.repository !== undefined && subject.repository !== repository) {
      problems.push(`${file} is about ${subject.repository}, not ${repository}`);
    }
  }
  if (problems.length > 0) return { passed: false, reason: problems.join('; ') };

  const result = gate(
    files.map(({ report }) => report),
    'fail',
  );
  const firstWithoutBaseline =
    target.firstRelease === true && result.verdict === 'neutral' && result.neutralReason === 'no-baseline';
  if (result.verdict !== 'pass' && !firstWithoutBaseline) {
    return { passed: false, reason: `the reports' verdict is ${result.verdict}: ${result.verdictReason}` };
  }
  return {
    passed: true,
    source: 'reports',
    sha,
    verdict: result.verdict === 'pass' ? 'pass' : 'neutral',
    verdictReason: result.verdictReason,
    reports: files.map(({ file, report }) => ({ file, kind: report.kind })),
    reason: firstWithoutBaseline
      ? `the reports for ${short(sha)} pass but for a baseline, which the first release has none of`
      : `the reports for ${short(sha)} pass: ${result.verdictReason}`,
  };
}
