import { describe, expect, it } from '@jest/globals';
import { conditionHolds, evaluateTemplate } from './workflow-expressions.js';

const contexts = {
  steps: { gate: { outputs: { verdict: 'fail', reports: 'reports/a.json\nreports/b.json' } } },
  github: { event: { workflow_run: { conclusion: 'success', event: 'push' } }, repository: 'acme/churn' },
  matrix: { shard: 2 },
};
const passing = { failed: false };
const failing = { failed: true };

describe('the mini-runner’s expressions', () => {
  it('fills every ${{ }} of a template, numbers and multi-line values as strings', () => {
    expect(evaluateTemplate('${{ matrix.shard }}/4', contexts, passing)).toBe('2/4');
    expect(evaluateTemplate('${{ steps.gate.outputs.reports }}', contexts, passing)).toBe(
      'reports/a.json\nreports/b.json',
    );
    expect(evaluateTemplate("${{ steps.nope.outputs.x || 'cache' }}", contexts, passing)).toBe('cache');
    expect(evaluateTemplate("a ${{ '}}' }} b", contexts, passing)).toBe('a }} b');
  });

  it('reads a condition without status functions as success() && it', () => {
    expect(conditionHolds("steps.gate.outputs.verdict == 'fail'", contexts, passing)).toBe(true);
    expect(conditionHolds("steps.gate.outputs.verdict == 'fail'", contexts, failing)).toBe(false);
    expect(conditionHolds(undefined, contexts, failing)).toBe(false);
    expect(conditionHolds('${{ !cancelled() }}', contexts, failing)).toBe(true);
    expect(conditionHolds("always() && steps.gate.outputs.reports != ''", contexts, failing)).toBe(true);
    expect(conditionHolds('failure()', contexts, passing)).toBe(false);
    const released =
      "github.event.workflow_run.conclusion == 'success' && github.event.workflow_run.event == 'push'";
    expect(conditionHolds(released, contexts, passing)).toBe(true);
    const failedRun = {
      ...contexts,
      github: { event: { workflow_run: { conclusion: 'failure', event: 'push' } } },
    };
    expect(conditionHolds(released, failedRun, passing)).toBe(false);
  });
});
