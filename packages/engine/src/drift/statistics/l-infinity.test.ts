import { describe, expect, it } from '@jest/globals';
import { categoricalCases, categoryCounts, relativeError } from '../testing/scipy-reference.js';
import { DriftInputError } from './drift-sample.js';
import { lInfinityDistance } from './l-infinity.js';

describe('L-infinity distance between category frequencies (TFDV) on real data', () => {
  it.each(categoricalCases.map((c) => [c.name, c] as const))('%s', (_, reference) => {
    const result = lInfinityDistance(categoryCounts(reference.reference), categoryCounts(reference.current));
    expect(relativeError(result.distance, reference.lInfinity)).toBeLessThanOrEqual(1e-12);
  });
});

describe('L-infinity edge cases', () => {
  it('is zero for the same proportions', () => {
    expect(
      lInfinityDistance(
        new Map([
          ['a', 1],
          ['b', 1],
        ]),
        new Map([
          ['a', 3],
          ['b', 3],
        ]),
      ),
    ).toEqual({ distance: 0, category: 'a' });
  });

  it('is 1 for disjoint categories and names the category that differs most', () => {
    expect(lInfinityDistance(new Map([['a', 2]]), new Map([['b', 5]]))).toEqual({
      distance: 1,
      category: 'a',
    });
    expect(
      lInfinityDistance(
        new Map([
          ['a', 1],
          ['b', 3],
        ]),
        new Map([
          ['a', 1],
          ['b', 1],
        ]),
      ).category,
    ).toBe('a');
  });

  it('rejects empty samples', () => {
    expect(() => lInfinityDistance(new Map(), new Map([['a', 1]]))).toThrow(DriftInputError);
  });
});
