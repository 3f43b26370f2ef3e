import { binomialHalfCdf } from './binomial-half.js';
import type { IdJoin } from './id-join.js';

/**
 * The 2×2 table of paired correctness, as statsmodels' `mcnemar` reads it: rows baseline correct / wrong,
 * columns current correct / wrong. Only the discordant cells carry evidence of a change.
 */
export interface PairedCorrectness {
  readonly bothCorrect: number;
  readonly baselineOnly: number;
  readonly currentOnly: number;
  readonly bothWrong: number;
}

/** Counts the table over joined rows; `correct` arrays are per side's own rows (1 correct, 0 wrong). */
export function pairedCorrectness(
  baselineCorrect: Uint8Array,
  currentCorrect: Uint8Array,
  join: Pick<IdJoin, 'size' | 'baselineRows' | 'currentRows'>,
): PairedCorrectness {
  const cells = [0, 0, 0, 0];
  for (let j = 0; j < join.size; j++) {
    const b = baselineCorrect[join.baselineRows[j]!]! === 1 ? 0 : 2;
    const c = currentCorrect[join.currentRows[j]!]! === 1 ? 0 : 1;
    cells[b + c]!++;
  }
  return { bothCorrect: cells[0]!, baselineOnly: cells[1]!, currentOnly: cells[2]!, bothWrong: cells[3]! };
}

/**
 * McNemar's exact test: under "no change", each discordant pair is equally likely to favour either side, so
 * the smaller discordant count is Binomial(discordant, ½); the two-sided p-value is twice its lower tail,
 * capped at 1. Exactly statsmodels' `mcnemar(table, exact=True).pvalue` (no discordant pairs: 1).
 */
export function mcnemarExactPValue(table: PairedCorrectness): number {
  const { baselineOnly, currentOnly } = table;
  if (
    !Number.isInteger(baselineOnly) ||
    !Number.isInteger(currentOnly) ||
    baselineOnly < 0 ||
    currentOnly < 0
  )
    throw new RangeError(`McNemar's test needs counts, got ${baselineOnly} and ${currentOnly}`);
  return Math.min(1, 2 * binomialHalfCdf(Math.min(baselineOnly, currentOnly), baselineOnly + currentOnly));
}
