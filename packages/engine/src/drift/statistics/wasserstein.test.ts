import { describe, expect, it } from '@jest/globals';
import { numbers, numericCases, relativeError, scipyReference } from '../testing/scipy-reference.js';
import { DriftInputError } from './drift-sample.js';
import { normedWassersteinDistance, wassersteinDistance } from './wasserstein.js';

describe(`Wasserstein distance against scipy ${scipyReference.scipy} wasserstein_distance on real data`, () => {
  it.each(numericCases.map((c) => [c.name, c] as const))('%s', (_, reference) => {
    const a = numbers(reference.reference);
    const b = numbers(reference.current);
    expect(relativeError(wassersteinDistance(a, b), reference.wasserstein)).toBeLessThanOrEqual(1e-9);
    expect(relativeError(normedWassersteinDistance(a, b), reference.normedWasserstein)).toBeLessThanOrEqual(
      1e-9,
    );
  });
});

describe('Wasserstein edge cases', () => {
  it('is zero between identical samples, whatever their order', () => {
    expect(wassersteinDistance([3, 1, 2], [2, 3, 1])).toBe(0);
  });

  it('is the distance between the means for disjoint single values', () => {
    expect(wassersteinDistance([1], [4])).toBe(3);
    expect(wassersteinDistance([0, 1], [5, 6])).toBe(5);
  });

  it('divides by the floor 0.001 when the reference is constant', () => {
    expect(normedWassersteinDistance([2, 2, 2], [3, 3])).toBeCloseTo(1000, 9);
  });

  it('rejects empty samples, NaN and Infinity', () => {
    expect(() => wassersteinDistance([], [1])).toThrow(DriftInputError);
    expect(() => normedWassersteinDistance([1, -Infinity], [1])).toThrow(
      'the reference sample holds -Infinity',
    );
  });
});
