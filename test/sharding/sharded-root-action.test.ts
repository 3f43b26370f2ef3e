import { describe, expect, it } from '@jest/globals';
import { expectNoStackTrace } from '../validate-data/validate-data-step.js';
import { useMatrixRun } from './matrix-run.js';

// The root action in a matrix: each of two jobs runs the whole pull-request step with `shard: k/2`, which
// validates only its shard and leaves the partial as the run's artifact, exactly as validate-data's shard
// step does; the merge job's merge-reports then gives the validation reports one unsharded root action step
// gives. Commenting, the check run and the gate are the merge's: a shard job posts and gates nothing.

const SHARDS = 2;

const { step, reportsOf, checkRuns, comments, github, services } = useMatrixRun();

/** The validation reports among a step's reports (an unsharded root action step may write others). */
const validationReports = (run: { outputs: Readonly<Record<string, string>> }) =>
  (run.outputs['reports'] ?? '').split('\n').filter((file) => /validation-[^/\\]+\.json$/.test(file));

describe('the root action with shard: k/n in a matrix, merged by merge-reports', () => {
  it('uploads one partial per shard, posts and gates nothing, and merges into the unsharded reports', async () => {
    const runId = 2400;
    const shards = await Promise.all(
      Array.from({ length: SHARDS }, (_, i) =>
        step('.', runId, i + 1, { shard: `${i + 1}/${SHARDS}`, 'report-dir': 'out' }),
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
      expect(shard.outputs['verdict']).toBeUndefined();
      expect(shard.annotations.filter((a) => a.level === 'error')).toEqual([]);
      // One line says what the shard leaves out, and why.
      expect(shard.log.filter((line) => line.includes('validates data only'))).toEqual([
        `mlgate: shard ${k}/${SHARDS} validates data only: no comparison, evaluation, drift, comment, check run or gate in a shard job; merge-reports reports and gates the whole`,
      ]);
    }
    expect(checkRuns()).toEqual([]);
    expect(comments()).toEqual([]);
    expect(
      services()
        .artifacts.list({ workflowRunId: runId })
        .map((artifact) => artifact.name)
        .sort(),
    ).toEqual(['mlgate-partial-1-of-2', 'mlgate-partial-2-of-2']);

    const merge = await step('merge-reports', runId, SHARDS + 1, { 'report-dir': 'reports' });
    expectNoStackTrace(merge);
    // The whole pull-request step, unsharded, on the same commit in the same workflow run.
    const whole = await step('.', runId, SHARDS + 2, { 'report-dir': 'reports' });
    expectNoStackTrace(whole);

    expect(whole.exitCode).toBe(1);
    expect(merge.exitCode).toBe(whole.exitCode);
    expect(merge.outputs['reports']?.split('\n')).toEqual(validationReports(whole));
    expect(validationReports(whole)).toEqual([
      'reports/validation-people.json',
      'reports/validation-measurements.json',
      'reports/validation-events.json',
    ]);
    const merged = await reportsOf(merge, runId, SHARDS + 1);
    const wholeReports = await reportsOf(whole, runId, SHARDS + 2);
    expect(merged).toEqual(wholeReports.slice(0, merged.length));
    // The events file was split in two: a key repeated across its pieces is found as in the whole run.
    expect((merged[2] as { errorsByCode: Record<string, number> }).errorsByCode).toMatchObject({
      'unique-error': 4,
    });
    for (const output of ['valid', 'error-count'])
      expect({ output, value: merge.outputs[output] }).toEqual({ output, value: whole.outputs[output] });
    // Only the unsharded step commented; the merge made the check run `mlgate / data`.
    expect(comments()).toHaveLength(1);
    expect(checkRuns().map((run) => run.name)).toEqual(['mlgate / data', 'mlgate / quality']);
    github().assertNoViolations();
  }, 120_000);

  it('refuses a shard that is not k/n with 1 ≤ k ≤ n: exit 2, one line, nothing uploaded', async () => {
    const run = await step('.', 2500, 1, { shard: '3/2' });
    expect(run.exitCode).toBe(2);
    expectNoStackTrace(run);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/^input 'shard' must be k\/n with 1 ≤ k ≤ n ≤ \d+ .*got "3\/2"$/),
    ]);
    expect(services().artifacts.list({ workflowRunId: 2500 })).toEqual([]);
  }, 60_000);
});
