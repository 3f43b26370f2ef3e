import { describe, expect, it } from '@jest/globals';
import type { ReportFile } from '../report/report-files.js';
import { gateFromCheckRuns, gateFromReports } from './gate-evidence.js';
import type { CheckRunRecord } from './gate-evidence.js';
import { COMMIT, OTHER_COMMIT, comparisonReport, validationReport } from './testing/release-reports.js';

const CHECK = 'mlgate / quality';

function run(id: number, overrides: Partial<CheckRunRecord> = {}): CheckRunRecord {
  return { id, name: CHECK, headSha: COMMIT, status: 'completed', conclusion: 'success', ...overrides };
}

const passes = (runs: CheckRunRecord[]) => gateFromCheckRuns(runs, { sha: COMMIT, checkName: CHECK });

describe('the gate passed, shown by its check run', () => {
  it('passes when the check run on this exact commit concluded success', () => {
    expect(passes([run(7, { url: 'https://github.com/acme/models/runs/7' })])).toEqual({
      passed: true,
      source: 'check-run',
      sha: COMMIT,
      checkName: CHECK,
      checkRunId: 7,
      url: 'https://github.com/acme/models/runs/7',
      verdict: 'pass',
      reason: "'mlgate / quality' on 0123456 concluded success",
    });
  });

  it('takes the latest run of that name: a re-run replaces the run it repeats', () => {
    expect(passes([run(9, { conclusion: 'failure' }), run(12)])).toMatchObject({
      passed: true,
      checkRunId: 12,
    });
    expect(passes([run(12, { conclusion: 'failure' }), run(9)])).toEqual({
      passed: false,
      reason: "'mlgate / quality' on 0123456 concluded failure, not success",
    });
  });

  it('does not count a run on another commit or of another check, and says where it did run', () => {
    expect(passes([run(3, { headSha: OTHER_COMMIT }), run(4, { name: 'mlgate / other' })])).toEqual({
      passed: false,
      reason: "no check run 'mlgate / quality' on 0123456 (it ran on fedcba9, not on this commit)",
    });
    expect(passes([])).toEqual({ passed: false, reason: "no check run 'mlgate / quality' on 0123456" });
  });

  it('is not passed while the run is still going, nor when it concluded neutral', () => {
    expect(passes([run(5, { status: 'in_progress', conclusion: null })])).toEqual({
      passed: false,
      reason: "'mlgate / quality' on 0123456 is in progress, not completed",
    });
    expect(passes([run(5, { conclusion: 'neutral' })])).toEqual({
      passed: false,
      reason:
        "'mlgate / quality' on 0123456 concluded neutral (a warning let through, or no baseline), not success",
    });
  });
});

describe('the gate passed, shown by the run’s reports', () => {
  const good = comparisonReport('{"accuracy": 0.91, "loss": 0.2}', '{"accuracy": 0.9, "loss": 0.25}');
  const files = (...reports: ReportFile['report'][]): ReportFile[] =>
    reports.map((report, index) => ({ file: `reports/${index + 1}.json`, report }));

  it('passes when every report is about this commit and the gate over them passes', () => {
    expect(good.verdict).toBe('pass');
    expect(
      gateFromReports(files(validationReport(), good), { sha: COMMIT, repository: 'acme/models' }),
    ).toEqual({
      passed: true,
      source: 'reports',
      sha: COMMIT,
      verdict: 'pass',
      verdictReason: '1 file valid; 1 metric improved',
      reports: [
        { file: 'reports/1.json', kind: 'mlgate/validation@1' },
        { file: 'reports/2.json', kind: 'mlgate/comparison@1' },
      ],
      reason: 'the reports for 0123456 pass: 1 file valid; 1 metric improved',
    });
  });

  it('refuses reports about another commit, another repository, or no commit, naming each', () => {
    const elsewhere = comparisonReport('{"accuracy": 0.91}', '{"accuracy": 0.9}', {
      repository: 'evil/fork',
      sha: OTHER_COMMIT,
    });
    const unnamed = validationReport({});
    expect(gateFromReports(files(elsewhere, unnamed), { sha: COMMIT, repository: 'acme/models' })).toEqual({
      passed: false,
      reason:
        'reports/1.json is about commit fedcba9, not 0123456; reports/1.json is about evil/fork, not acme/models; ' +
        'reports/2.json names no commit',
    });
  });

  it('refuses when the gate over the reports does not pass', () => {
    const regressed = comparisonReport('{"accuracy": 0.8}', '{"accuracy": 0.9}');
    expect(gateFromReports(files(validationReport(), regressed), { sha: COMMIT })).toMatchObject({
      passed: false,
      reason: expect.stringMatching(/^the reports' verdict is fail: /),
    });
    expect(gateFromReports([], { sha: COMMIT })).toEqual({ passed: false, reason: 'no reports given' });
  });

  it('lets a first release pass without a baseline, and only a first release', () => {
    const noBaseline = comparisonReport('{"accuracy": 0.91}', undefined);
    expect(noBaseline).toMatchObject({ verdict: 'neutral', neutralReason: 'no-baseline' });
    expect(gateFromReports(files(noBaseline), { sha: COMMIT, firstRelease: true })).toMatchObject({
      passed: true,
      verdict: 'neutral',
      reason: 'the reports for 0123456 pass but for a baseline, which the first release has none of',
    });
    expect(gateFromReports(files(noBaseline), { sha: COMMIT })).toMatchObject({
      passed: false,
      reason: expect.stringMatching(/^the reports' verdict is neutral: no baseline/),
    });
  });
});
