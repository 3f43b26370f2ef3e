/**
 * The first Wasserstein (earth mover's) distance between two samples, as `scipy.stats.wasserstein_distance(u, v)`
 * computes it: the integral of |F_u - F_v| over the pooled values, summed between consecutive sorted values.
 * O((n + m) log(n + m)) for the sort, then one merge pass.
 */
import { sortedFiniteSample } from './drift-sample.js';

export function wassersteinDistance(reference: readonly number[], current: readonly number[]): number {
  const u = sortedFiniteSample(reference, 'reference');
  const v = sortedFiniteSample(current, 'current');
  let i = 0;
  let j = 0;
  let previous = Math.min(u[0]!, v[0]!);
  let distance = 0;
  while (i < u.length || j < v.length) {
    const value = Math.min(i < u.length ? u[i]! : Infinity, j < v.length ? v[j]! : Infinity);
    distance += Math.abs(i / u.length - j / v.length) * (value - previous);
    while (i < u.length && u[i] === value) i += 1;
    while (j < v.length && v[j] === value) j += 1;
    previous = value;
  }
  return distance;
}

/**
 * Evidently's "normed" Wasserstein distance: the distance divided by the reference sample's population standard
 * deviation (numpy's `np.std` default, ddof = 0), with the divisor floored at 0.001 as Evidently floors it so a
 * constant reference column does not divide by zero.
 */
export const NORMED_WASSERSTEIN_MIN_STD = 0.001;

export function normedWassersteinDistance(reference: readonly number[], current: readonly number[]): number {
  const distance = wassersteinDistance(reference, current);
  return distance / Math.max(populationStandardDeviation(reference), NORMED_WASSERSTEIN_MIN_STD);
}

/** Two passes (mean, then squared deviations), as numpy computes it; ddof = 0. */
export function populationStandardDeviation(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  return Math.sqrt(squares / values.length);
}
