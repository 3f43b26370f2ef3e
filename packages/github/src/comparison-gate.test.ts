import { describe, expect, it } from '@jest/globals';
import { checkConclusion, gateExitCode } from './comparison-gate.js';

describe('fail-on decides the exit code, and the check run agrees with it', () => {
  it.each([
    ['fail', 'fail', 1, 'failure'],
    ['fail', 'warn', 0, 'neutral'],
    ['fail', 'pass', 0, 'success'],
    ['fail', 'no-baseline', 0, 'neutral'],
    ['warn', 'warn', 1, 'failure'],
    ['warn', 'fail', 1, 'failure'],
    ['warn', 'no-baseline', 0, 'neutral'],
    ['never', 'fail', 0, 'neutral'],
    ['never', 'pass', 0, 'success'],
  ] as const)('fail-on %s, verdict %s: exit %d, check %s', (failOn, verdict, exit, conclusion) => {
    expect(gateExitCode(verdict, failOn)).toBe(exit);
    expect(checkConclusion(verdict, failOn)).toBe(conclusion);
  });
});
