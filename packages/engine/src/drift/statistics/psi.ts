/**
 * The population stability index between two histograms over the same bins:
 *   PSI = Σ (r_i - c_i) · ln(r_i / c_i)
 * with r, c the bins' shares of each sample. An empty bin would make the logarithm infinite, so each side's empty
 * shares are replaced as current Evidently replaces them: by 0.0001 (PSI_EMPTY_BIN_SHARE), or, when that side
 * already has a non-empty share at or below 0.0001 (large samples), by its smallest non-empty share divided by
 * 10^6, so the filler never outweighs a real bin. Shares are not renormalised afterwards, as in Evidently.
 * Common reading: < 0.1 stable, 0.1–0.25 some shift, > 0.25 significant shift.
 */
import { checkedHistogram, DriftInputError } from './drift-sample.js';

export const PSI_EMPTY_BIN_SHARE = 0.0001;

export function populationStabilityIndex(reference: readonly number[], current: readonly number[]): number {
  if (reference.length !== current.length) {
    throw new DriftInputError(
      `the histograms have ${reference.length} and ${current.length} bins: they must share their bins`,
    );
  }
  const referenceTotal = checkedHistogram(reference, 'reference');
  const currentTotal = checkedHistogram(current, 'current');
  const r = shares(reference, referenceTotal);
  const c = shares(current, currentTotal);
  let index = 0;
  for (let i = 0; i < r.length; i += 1) index += (r[i]! - c[i]!) * Math.log(r[i]! / c[i]!);
  return index;
}

function shares(counts: readonly number[], total: number): number[] {
  const result = counts.map((count) => count / total);
  const smallest = Math.min(...result.filter((share) => share > 0));
  const filler = smallest <= PSI_EMPTY_BIN_SHARE ? smallest / 1e6 : PSI_EMPTY_BIN_SHARE;
  return result.map((share) => (share === 0 ? filler : share));
}

/**
 * PSI on shares already prepared (drift/binning/binned-shares.ts fills the empty ones), summed as Evidently sums them:
 * Σ (r_i - c_i) · ln(r_i / c_i). Every share must be positive.
 */
export function populationStabilityIndexOfShares(
  reference: readonly number[],
  current: readonly number[],
): number {
  if (reference.length !== current.length) {
    throw new DriftInputError(
      `the histograms have ${reference.length} and ${current.length} bins: they must share their bins`,
    );
  }
  let index = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const r = reference[i]!;
    const c = current[i]!;
    if (!(r > 0 && c > 0)) throw new DriftInputError(`PSI needs positive shares, got ${r} and ${c}`);
    index += (r - c) * Math.log(r / c);
  }
  return index;
}
