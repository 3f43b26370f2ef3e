/**
 * The two-sample Kolmogorov-Smirnov test, two-sided, as `scipy.stats.ks_2samp(a, b)` computes it with its default
 * `method='auto'`: the statistic D = sup |F_a - F_b| over the pooled values (ties handled by evaluating both
 * empirical CDFs after every copy of a value), and the p-value exact (lattice-path counting) when neither sample
 * has more than 10,000 values, else from the distribution of the one-sample statistic D_N with
 * N = round(n_a · n_b / (n_a + n_b)). As in scipy, an exact computation that fails numerically (a probability
 * outside [0, 1]) falls back to the asymptotic one.
 */
import { sortedFiniteSample } from './drift-sample.js';
import { kolmogorovSurvival } from './kolmogorov-distribution.js';
import { probabilityOutsideBand, probabilityOutsideSquare } from './ks-exact-probability.js';

/** scipy's `MAX_AUTO_N`: above this many values in either sample, 'auto' uses the asymptotic distribution. */
export const KS_EXACT_MAX_SAMPLE = 10_000;

export interface TwoSampleKsResult {
  readonly statistic: number;
  readonly pValue: number;
  /** Which computation produced the p-value (scipy's 'exact' or 'asymp'). */
  readonly method: 'exact' | 'asymptotic';
}

/** Samples are finite numbers with missing values already removed by the caller; an empty sample is an error. */
export function twoSampleKs(reference: readonly number[], current: readonly number[]): TwoSampleKsResult {
  const a = sortedFiniteSample(reference, 'reference');
  const b = sortedFiniteSample(current, 'current');
  return ksWithSizes(ksStatistic(a, b), a.length, b.length);
}

/**
 * The p-value ks_2samp gives a statistic `d` between samples of `n1` and `n2` values (and `d` snapped to the
 * exact distribution's lattice when that is used). The profile path calls it with a statistic read from two
 * quantile sketches and the columns' true counts.
 */
export function ksWithSizes(statistic: number, n1: number, n2: number): TwoSampleKsResult {
  let d = statistic;
  if (Math.max(n1, n2) <= KS_EXACT_MAX_SAMPLE) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    // scipy snaps D to the lattice the exact distribution lives on.
    d = h / lcm;
    if (h === 0) return { statistic: d, pValue: 1, method: 'exact' };
    const p = n1 === n2 ? probabilityOutsideSquare(n1, h) : probabilityOutsideBand(n1, n2, g, h);
    if (p >= 0 && p <= 1) return { statistic: d, pValue: p, method: 'exact' };
  }
  const effective = roundHalfEven((n1 * n2) / (n1 + n2));
  return { statistic: d, pValue: kolmogorovSurvival(effective, d), method: 'asymptotic' };
}

/** max(max(F_a - F_b), max(F_b - F_a)) after each distinct pooled value: one merge pass over sorted samples. */
function ksStatistic(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let above = -Infinity;
  let below = Infinity;
  while (i < a.length || j < b.length) {
    const value = Math.min(i < a.length ? a[i]! : Infinity, j < b.length ? b[j]! : Infinity);
    while (i < a.length && a[i] === value) i += 1;
    while (j < b.length && b[j] === value) j += 1;
    const difference = i / a.length - j / b.length;
    if (difference > above) above = difference;
    if (difference < below) below = difference;
  }
  const minS = Math.min(Math.max(-below, 0), 1);
  return minS > above ? minS : above;
}

function gcd(x: number, y: number): number {
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** numpy's `round`: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
