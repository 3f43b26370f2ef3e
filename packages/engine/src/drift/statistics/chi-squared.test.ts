import { describe, expect, it } from '@jest/globals';
import {
  categoricalCases,
  categoryCounts,
  relativeError,
  scipyReference,
} from '../testing/scipy-reference.js';
import { chiSquaredSurvival } from './chi-squared-distribution.js';
import { chiSquaredTest } from './chi-squared.js';
import { DriftInputError } from './drift-sample.js';

describe(`chi-squared test against scipy ${scipyReference.scipy} chi2_contingency on real data`, () => {
  it.each(categoricalCases.map((c) => [c.name, c] as const))('%s', (_, reference) => {
    const a = categoryCounts(reference.reference);
    const b = categoryCounts(reference.current);
    expect(Object.fromEntries(a)).toEqual(reference.counts.reference);
    expect(Object.fromEntries(b)).toEqual(reference.counts.current);
    const result = chiSquaredTest(a, b);
    expect(result.degreesOfFreedom).toBe(reference.chiSquared.degreesOfFreedom);
    expect(relativeError(result.statistic, reference.chiSquared.statistic)).toBeLessThanOrEqual(1e-12);
    expect(relativeError(result.pValue, reference.chiSquared.pValue)).toBeLessThanOrEqual(1e-9);
  });
});

describe('the chi-squared survival function against scipy chi2.sf, from the bulk to the far tail', () => {
  it.each(scipyReference.chiSquaredSurvival.map((p) => [p.statistic, p.degreesOfFreedom, p.sf] as const))(
    'χ² = %d with %d degrees of freedom',
    (statistic, degreesOfFreedom, sf) => {
      expect(relativeError(chiSquaredSurvival(statistic, degreesOfFreedom), sf)).toBeLessThanOrEqual(1e-9);
    },
  );
});

describe('chi-squared edge cases', () => {
  it('finds nothing when the proportions are identical', () => {
    const result = chiSquaredTest(
      new Map([
        ['a', 10],
        ['b', 20],
      ]),
      new Map([
        ['a', 20],
        ['b', 40],
      ]),
    );
    expect(result).toEqual({ statistic: 0, pValue: 1, degreesOfFreedom: 1 });
  });

  it('gives statistic 0 and p-value 1 for a single category, as scipy does', () => {
    expect(chiSquaredTest(new Map([['a', 3]]), new Map([['a', 5]]))).toEqual({
      statistic: 0,
      pValue: 1,
      degreesOfFreedom: 0,
    });
  });

  it('leaves out categories counted zero on both sides', () => {
    const withZero = chiSquaredTest(
      new Map([
        ['a', 5],
        ['b', 7],
        ['c', 0],
      ]),
      new Map([
        ['a', 9],
        ['b', 1],
      ]),
    );
    expect(withZero.degreesOfFreedom).toBe(1);
  });

  it('rejects empty samples and impossible counts', () => {
    expect(() => chiSquaredTest(new Map(), new Map([['a', 1]]))).toThrow(DriftInputError);
    expect(() => chiSquaredTest(new Map([['a', -1]]), new Map([['a', 1]]))).toThrow(
      'count of category "a" is -1',
    );
    expect(() => chiSquaredTest(new Map([['a', 1]]), new Map([['a', Number.NaN]]))).toThrow('is NaN');
  });
});
