/**
 * The population stability index between two histograms over the same bins:
 *   PSI = Σ (r_i - c_i) · ln(r_i / c_i)
 * with r, c the bins' shares of each sample. An empty bin would make the logarithm infinite, so an empty share is
 * replaced by PSI_EMPTY_BIN_SHARE = 0.0001, the value Evidently uses (the shares are not renormalised afterwards,
 * as in Evidently). Common reading: < 0.1 stable, 0.1–0.25 some shift, > 0.25 significant shift.
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
  let index = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const r = reference[i]! / referenceTotal || PSI_EMPTY_BIN_SHARE;
    const c = current[i]! / currentTotal || PSI_EMPTY_BIN_SHARE;
    index += (r - c) * Math.log(r / c);
  }
  return index;
}
