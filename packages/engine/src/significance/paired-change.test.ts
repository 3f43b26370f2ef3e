import { describe, expect, it } from '@jest/globals';
import { judgePairedChange } from './paired-change.js';

const higher = { direction: 'higher', tolerance: 0.01 } as const;
const lower = { direction: 'lower', tolerance: 0.01 } as const;
const change = (delta: number, low: number, high: number) => ({ delta, ci: [low, high] as const });

describe('judging a paired change by its interval', () => {
  it.each([
    ['a drop whose whole interval is beyond the tolerance', change(-0.03, -0.05, -0.02), true, 'certain'],
    ['a drop whose interval straddles the tolerance', change(-0.02, -0.04, -0.005), true, 'possible'],
    [
      'a noisy change: the interval holds 0 and reaches past the tolerance',
      change(-0.003, -0.011, 0.005),
      false,
      'possible',
    ],
    ['a noisy change within the tolerance', change(-0.001, -0.008, 0.006), false, 'none'],
    ['a real gain', change(0.02, 0.01, 0.03), true, 'none'],
    ['a small real drop within the tolerance', change(-0.005, -0.008, -0.002), true, 'none'],
  ] as const)('higher is better: %s', (_, given, significant, regression) => {
    expect(judgePairedChange(given, higher)).toEqual({ ...given, significant, regression });
  });

  it('turns the interval around when lower is better', () => {
    expect(judgePairedChange(change(0.03, 0.02, 0.05), lower).regression).toBe('certain');
    expect(judgePairedChange(change(0.02, 0.005, 0.04), lower).regression).toBe('possible');
    expect(judgePairedChange(change(-0.03, -0.05, -0.02), lower)).toMatchObject({
      significant: true,
      regression: 'none',
    });
  });

  it('with no tolerance, any drop whose interval excludes 0 is certain', () => {
    const judged = judgePairedChange(change(-0.01, -0.02, -0.0001), { direction: 'higher', tolerance: 0 });
    expect(judged).toMatchObject({ significant: true, regression: 'certain' });
  });

  it('an interval that ends exactly at the tolerance does not lie wholly beyond it', () => {
    expect(judgePairedChange(change(-0.02, -0.03, -0.01), higher).regression).toBe('possible');
  });

  it('carries the p-value of a test when there is one', () => {
    expect(judgePairedChange({ ...change(-0.03, -0.05, -0.02), pValue: 0.001 }, higher).pValue).toBe(0.001);
    expect(judgePairedChange(change(-0.03, -0.05, -0.02), higher)).not.toHaveProperty('pValue');
  });

  it('never calls an undefined interval significant, nor rules a regression out', () => {
    expect(judgePairedChange(change(Number.NaN, Number.NaN, Number.NaN), higher)).toMatchObject({
      significant: false,
      regression: 'possible',
    });
  });

  it('refuses a negative or NaN tolerance', () => {
    expect(() => judgePairedChange(change(0, -1, 1), { direction: 'higher', tolerance: -1 })).toThrow(
      RangeError,
    );
    expect(() => judgePairedChange(change(0, -1, 1), { direction: 'higher', tolerance: Number.NaN })).toThrow(
      RangeError,
    );
  });
});
