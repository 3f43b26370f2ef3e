import { describe, expect, it } from '@jest/globals';
import { numbers, numericCases, relativeError, scipyReference } from '../testing/scipy-reference.js';
import { DriftInputError } from './drift-sample.js';
import { kolmogorovSurvival } from './kolmogorov-distribution.js';
import { smirnovSurvival } from './smirnov-distribution.js';
import { twoSampleKs } from './two-sample-ks.js';

describe(`two-sample Kolmogorov-Smirnov against scipy ${scipyReference.scipy} ks_2samp on real data`, () => {
  it.each(numericCases.map((c) => [`${c.name}: ${c.ksPath}`, c] as const))('%s', (_, reference) => {
    const a = numbers(reference.reference);
    const b = numbers(reference.current);
    expect([a.length, b.length]).toEqual(reference.sizes);
    const result = twoSampleKs(a, b);
    expect(result.method).toBe(reference.ksPath.startsWith('exact') ? 'exact' : 'asymptotic');
    expect(relativeError(result.statistic, reference.ks.statistic)).toBeLessThanOrEqual(1e-12);
    expect(relativeError(result.pValue, reference.ks.pValue)).toBeLessThanOrEqual(1e-9);
  });
});

describe('the distribution of the one-sample statistic, against scipy kstwo.sf in each of its regions', () => {
  it.each(scipyReference.kstwoSurvival.map((p) => [p.n, p.x, p.sf] as const))(
    'n = %d, x = %d',
    (n, x, sf) => {
      expect(relativeError(kolmogorovSurvival(n, x), sf)).toBeLessThanOrEqual(1e-9);
    },
  );
  it.each(scipyReference.smirnovSurvival.map((p) => [p.n, p.x, p.sf] as const))(
    'smirnov n = %d, x = %d',
    (n, x, sf) => {
      expect(relativeError(smirnovSurvival(n, x), sf)).toBeLessThanOrEqual(1e-9);
    },
  );
});

describe('two-sample Kolmogorov-Smirnov edge cases', () => {
  it('finds no difference between identical samples', () => {
    expect(twoSampleKs([3, 1, 2, 2], [2, 1, 3, 2])).toEqual({ statistic: 0, pValue: 1, method: 'exact' });
  });

  it('gives D = 1 for disjoint samples, with the exact probability of complete separation', () => {
    // P(D = 1) = 2 / C(n1 + n2, n1): both orderings that separate the samples.
    const result = twoSampleKs([1, 2, 3], [10, 11, 12, 13]);
    expect(result.statistic).toBe(1);
    expect(relativeError(result.pValue, 2 / 35)).toBeLessThan(1e-14);
  });

  it('compares two single values', () => {
    expect(twoSampleKs([1], [2])).toEqual({ statistic: 1, pValue: 1, method: 'exact' });
    expect(twoSampleKs([1], [1])).toEqual({ statistic: 0, pValue: 1, method: 'exact' });
  });

  it('rejects an empty sample, NaN and Infinity with a one-line user error', () => {
    expect(() => twoSampleKs([], [1])).toThrow(DriftInputError);
    expect(() => twoSampleKs([1], [])).toThrow('the current sample is empty');
    expect(() => twoSampleKs([1, Number.NaN], [1])).toThrow('the reference sample holds NaN');
    expect(() => twoSampleKs([1], [Infinity])).toThrow('the current sample holds Infinity');
  });
});
