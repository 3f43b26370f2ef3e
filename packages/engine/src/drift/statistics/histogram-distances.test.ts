import { describe, expect, it } from '@jest/globals';
import { numericCases, relativeError, scipyReference } from '../testing/scipy-reference.js';
import { DriftInputError } from './drift-sample.js';
import { jensenShannonDistance } from './jensen-shannon.js';
import { populationStabilityIndex } from './psi.js';

// The histograms are numpy's (30 equal-width bins over the pooled range, as Evidently bins), recorded in the
// fixture: these statistics take histograms, and building them is the profile's job.
describe(`Jensen-Shannon distance and PSI against scipy ${scipyReference.scipy} on real-data histograms`, () => {
  it.each(numericCases.map((c) => [c.name, c] as const))('%s', (_, reference) => {
    const { reference: a, current: b } = reference.histogram;
    expect(relativeError(jensenShannonDistance(a, b), reference.jensenShannon)).toBeLessThanOrEqual(1e-9);
    expect(relativeError(populationStabilityIndex(a, b), reference.psi)).toBeLessThanOrEqual(1e-9);
  });
});

describe('histogram distance edge cases', () => {
  it('are zero for proportional histograms', () => {
    expect(jensenShannonDistance([1, 2, 3], [2, 4, 6])).toBe(0);
    expect(populationStabilityIndex([1, 2, 3], [2, 4, 6])).toBe(0);
  });

  it('reach √ln 2 (Jensen-Shannon) for disjoint histograms, and PSI uses the empty-bin share', () => {
    expect(jensenShannonDistance([5, 0], [0, 7])).toBeCloseTo(Math.sqrt(Math.LN2), 15);
    expect(populationStabilityIndex([1, 0], [0, 1])).toBeCloseTo(2 * (1 - 0.0001) * Math.log(1 / 0.0001), 12);
  });

  it('fills an empty bin with a millionth of the smallest share when a real share is already below 0.0001', () => {
    // Reference shares 1e-5, 1 - 1e-5, 0 → the empty bin becomes 1e-11; current shares 0.0001 (filler), 0.5, 0.5.
    const r = [1e-5, 1 - 1e-5, 1e-11];
    const c = [0.0001, 0.5, 0.5];
    const expected = r.reduce((sum, share, i) => sum + (share - c[i]!) * Math.log(share / c[i]!), 0);
    expect(populationStabilityIndex([1, 99_999, 0], [0, 50_000, 50_000])).toBeCloseTo(expected, 12);
  });

  it('reject histograms over different bins, empty histograms and bad counts', () => {
    expect(() => jensenShannonDistance([1, 2], [1])).toThrow('they must share their bins');
    expect(() => populationStabilityIndex([0, 0], [1, 1])).toThrow(DriftInputError);
    expect(() => jensenShannonDistance([1, Number.NaN], [1, 1])).toThrow('the reference histogram holds NaN');
    expect(() => populationStabilityIndex([1, 1], [1, Infinity])).toThrow(
      'the current histogram holds Infinity',
    );
  });
});
