import { describe, expect, it } from '@jest/globals';
import { poissonOne } from './poisson-one.js';
import { SeededRandom } from './seeded-random.js';

describe('Poisson(1) draws', () => {
  it('have the frequencies e⁻¹/k!, mean 1 and variance 1', () => {
    const random = new SeededRandom(3);
    const n = 1_000_000;
    const counts = new Array<number>(14).fill(0);
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const k = poissonOne(random);
      counts[k]!++;
      sum += k;
      squares += k * k;
    }
    let factorial = 1;
    for (let k = 0; k <= 5; k++) {
      if (k > 0) factorial *= k;
      const expected = (n * Math.exp(-1)) / factorial;
      // Within 5 binomial standard deviations; the seed is fixed.
      expect(Math.abs(counts[k]! - expected)).toBeLessThan(5 * Math.sqrt(expected));
    }
    const mean = sum / n;
    expect(Math.abs(mean - 1)).toBeLessThan(0.005);
    expect(Math.abs(squares / n - mean * mean - 1)).toBeLessThan(0.01);
  });

  it('come from a seeded stream: the same seed, the same draws', () => {
    const draw = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 50 }, () => poissonOne(random));
    };
    expect(draw(9)).toEqual(draw(9));
    expect(draw(9)).not.toEqual(draw(10));
    expect(new SeededRandom(0).nextUint32()).toBe(new SeededRandom(0).nextUint32());
  });
});
