import type { Direction } from '../policy/metric-policy.js';

/** The directions in which a change can be a regression. */
export type BetterDirection = Extract<Direction, 'higher' | 'lower'>;

/**
 * How sure we are that a metric got worse by more than the tolerance:
 * - `certain`: the whole interval lies beyond the tolerance on the bad side;
 * - `possible`: the interval reaches beyond it but does not lie wholly there (or is undefined);
 * - `none`: the whole interval is within the tolerance or on the good side.
 */
export type Regression = 'certain' | 'possible' | 'none';

/** One metric's paired change, judged: the lead maps `regression` onto the policy's verdict. */
export interface PairedChange {
  /** current − baseline. */
  readonly delta: number;
  /** The 1 − alpha bootstrap interval of `delta`. */
  readonly ci: readonly [number, number];
  /** From a test where one applies (McNemar's for accuracy). */
  readonly pValue?: number;
  /** The interval excludes 0. */
  readonly significant: boolean;
  readonly regression: Regression;
}

export interface ChangeRule {
  readonly direction: BetterDirection;
  /** How far the metric may move the bad way (absolute, ≥ 0). */
  readonly tolerance: number;
}

/**
 * Judges a difference by its interval. The interval's level (1 − alpha) was fixed when it was computed, so
 * alpha is not asked for again here. An undefined interval (NaN: the metric undefined in every resample)
 * is never significant and cannot rule a regression out.
 */
export function judgePairedChange(
  change: { readonly delta: number; readonly ci: readonly [number, number]; readonly pValue?: number },
  rule: ChangeRule,
): PairedChange {
  if (!(rule.tolerance >= 0)) throw new RangeError(`tolerance must be ≥ 0, got ${rule.tolerance}`);
  const [low, high] = change.ci;
  const defined = !Number.isNaN(low) && !Number.isNaN(high);
  // Gains are positive whichever way the metric should move.
  const gainLow = rule.direction === 'higher' ? low : -high;
  const gainHigh = rule.direction === 'higher' ? high : -low;
  const regression: Regression = !defined
    ? 'possible'
    : gainHigh < -rule.tolerance
      ? 'certain'
      : gainLow < -rule.tolerance
        ? 'possible'
        : 'none';
  return {
    delta: change.delta,
    ci: [low, high],
    ...(change.pValue === undefined ? {} : { pValue: change.pValue }),
    significant: defined && (low > 0 || high < 0),
    regression,
  };
}
