/**
 * The Jensen-Shannon distance between two histograms over the same bins, as
 * `scipy.spatial.distance.jensenshannon(p, q)` computes it with its default base (natural logarithm, so the
 * distance lies in [0, √ln 2]); Evidently calls it the same way, without a base. Both histograms are normalised
 * to sum to 1 first, so raw bin counts and proportions give the same distance.
 */
import { checkedHistogram, DriftInputError } from './drift-sample.js';

export function jensenShannonDistance(reference: readonly number[], current: readonly number[]): number {
  if (reference.length !== current.length) {
    throw new DriftInputError(
      `the histograms have ${reference.length} and ${current.length} bins: they must share their bins`,
    );
  }
  const referenceTotal = checkedHistogram(reference, 'reference');
  const currentTotal = checkedHistogram(current, 'current');
  let divergence = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const p = reference[i]! / referenceTotal;
    const q = current[i]! / currentTotal;
    const m = (p + q) / 2;
    // x·ln(x/m), with 0·ln 0 = 0 (scipy's rel_entr).
    if (p > 0) divergence += p * Math.log(p / m);
    if (q > 0) divergence += q * Math.log(q / m);
  }
  return Math.sqrt(Math.max(divergence, 0) / 2);
}
