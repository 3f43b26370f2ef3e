import { describe, expect, it } from '@jest/globals';
import { useMatrixRun } from '../sharding/matrix-run.js';
import { expectNoStackTrace } from './validate-data-step.js';

// workflows-examples/sharded.yml as the runner would run it: four matrix jobs each validate their shard with
// validate-data (whole files, and a piece of the one Parquet file of the events dataset) and upload the
// partial (with its keys file) to the run's artifacts, then the merge job's merge-reports downloads
// them and reports. Its report, gate, check run and annotations are the ones a single validate-data step over
// every file gives.

const SHARDS = 4;

const { step, reportsOf, checkRuns, github, services } = useMatrixRun();

describe('a validation split across a matrix of four validate-data jobs and merged by merge-reports', () => {
  it('gives the report, gate, check run and annotations of one validate-data step over every file', async () => {
    const runId = 1400;
    // The matrix's jobs run side by side.
    const shards = await Promise.all(
      Array.from({ length: SHARDS }, (_, i) =>
        step('validate-data', runId, i + 1, { shard: `${i + 1}/${SHARDS}`, 'report-dir': 'out' }),
      ),
    );
    for (const [i, shard] of shards.entries()) {
      const k = i + 1;
      expect({ k, exitCode: shard.exitCode, log: shard.exitCode === 0 ? '' : shard.log.join('\n') }).toEqual({
        k,
        exitCode: 0,
        log: '',
      });
      expect(shard.outputs['partial']).toMatch(new RegExp(`out[\\\\/]partial-${k}-of-${SHARDS}\\.json$`));
      // A shard neither gates nor reports: that is the merge's, over every shard.
      expect(shard.outputs['verdict']).toBeUndefined();
      expect(shard.annotations.filter((a) => a.level === 'error')).toEqual([]);
    }
    expect(checkRuns()).toEqual([]);
    expect(
      services()
        .artifacts.list({ workflowRunId: runId })
        .map((artifact) => artifact.name)
        .sort(),
    ).toEqual([
      'mlgate-partial-1-of-4',
      'mlgate-partial-2-of-4',
      'mlgate-partial-3-of-4',
      'mlgate-partial-4-of-4',
    ]);

    const merge = await step('merge-reports', runId, SHARDS + 1, { 'report-dir': 'reports' });
    expectNoStackTrace(merge);
    const mergedChecks = checkRuns();
    // The whole run, unsharded, on the same commit in the same workflow run.
    const whole = await step('validate-data', runId, SHARDS + 2, { 'report-dir': 'reports' });
    const wholeChecks = checkRuns().slice(mergedChecks.length);

    expect(whole.exitCode).toBe(1);
    expect(merge.exitCode).toBe(whole.exitCode);
    // Each made its own check run; everything else the step tells the workflow is the same.
    const apartFromCheckRun = ({ 'check-run-url': url, ...rest }: Readonly<Record<string, string>>) => {
      expect(url).toMatch(/\/runs\/\d+$/);
      return rest;
    };
    expect(apartFromCheckRun(merge.outputs)).toEqual(apartFromCheckRun(whole.outputs));
    expect(merge.outputs['reports']?.split('\n')).toEqual([
      'reports/validation-people.json',
      'reports/validation-measurements.json',
      'reports/validation-events.json',
    ]);
    const merged = await reportsOf(merge, runId, SHARDS + 1);
    expect(merged.map((report) => (report as { files: unknown[] }).files.length)).toEqual([5, 3, 1]);
    // The events file was split four ways: its repeats across pieces are there, as in the whole run.
    expect((merged[2] as { errorsByCode: Record<string, number> }).errorsByCode).toMatchObject({
      'unique-error': 4,
      'row-count-error': 1,
      'null-fraction-error': 1,
    });
    expect(merged).toEqual(await reportsOf(whole, runId, SHARDS + 2));
    expect(merge.annotations).toEqual(whole.annotations);
    expect(merge.summary).toEqual(whole.summary);

    const checkOf = (run: (typeof mergedChecks)[number]) => ({
      name: run.name,
      status: run.status,
      conclusion: run.conclusion,
      output: run.output,
      annotations: run.annotations,
    });
    expect(mergedChecks.map(checkOf)).toEqual(wholeChecks.map(checkOf));
    expect(mergedChecks.map((run) => [run.name, run.conclusion])).toEqual([['mlgate / data', 'failure']]);
    github().assertNoViolations();
  }, 180_000);

  it('refuses a shard that is not k/n with 1 ≤ k ≤ n: exit 2, one line, nothing uploaded', async () => {
    const run = await step('validate-data', 1500, 1, { shard: '5/4' });
    expect(run.exitCode).toBe(2);
    expectNoStackTrace(run);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/^input 'shard' must be k\/n with 1 ≤ k ≤ n ≤ \d+ .*got "5\/4"$/),
    ]);
    expect(services().artifacts.list({ workflowRunId: 1500 })).toEqual([]);
  }, 60_000);

  it('does not merge a run a shard is missing from, nor a run without partials: exit 2, no check run', async () => {
    const checksBefore = checkRuns().length;
    const none = await step('merge-reports', 1600, 1, {});
    expect(none.exitCode).toBe(2);
    expect(none.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(/^no mlgate-partial-\* artifact on this run/),
    ]);

    expect((await step('validate-data', 1700, 1, { shard: '1/2' })).exitCode).toBe(0);
    const partial = await step('merge-reports', 1700, 2, {});
    expect(partial.exitCode).toBe(2);
    expectNoStackTrace(partial);
    expect(partial.annotations.map((a) => a.message)).toEqual([
      "shard 2/2 missing: merge every shard's partial",
    ]);
    expect(checkRuns()).toHaveLength(checksBefore);
  }, 120_000);
});
