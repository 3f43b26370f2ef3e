/**
 * A column's distribution as its saved quantile sketch describes it: the sketch's items, each standing for
 * 2^level values, sorted into a step CDF. Built once per column (O(s log s) for s retained items, a few hundred),
 * then every CDF read is a binary search, so a 100-column drift between profiles stays in milliseconds.
 * Each CDF value is within the sketch's rank error of the true one (about 1.65/k at 99% confidence, KLL).
 */
import { QuantileSketch, type QuantileSketchState } from '../profile/quantile-sketch.js';
import { DriftInputError } from './statistics/drift-sample.js';

/** A sketch keeps at most this many levels (2^64 values): more is a corrupt or hostile profile. */
const MAX_LEVELS = 64;

export class SketchDistribution {
  private constructor(
    /** Distinct retained values, ascending. */
    readonly values: Float64Array,
    /** cumulative[i]: the share of values ≤ values[i]; the last is 1. */
    private readonly cumulative: Float64Array,
    readonly count: number,
    readonly min: number,
    readonly max: number,
  ) {}

  static fromState(state: QuantileSketchState, label: string): SketchDistribution {
    if (!Array.isArray(state.levels) || state.levels.length > MAX_LEVELS) {
      throw new DriftInputError(`the ${label} quantile sketch is malformed (levels)`);
    }
    // Restoring checks nothing beyond shape, but it is the one way in: a profile's sketch means what the
    // sketch class makes of it.
    const restored = QuantileSketch.restore(state).state();
    const items: [number, number][] = [];
    restored.levels.forEach((level, h) => {
      for (const value of level) {
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          throw new DriftInputError(
            `the ${label} quantile sketch holds ${String(value)}: expected finite numbers`,
          );
        }
        items.push([value, 2 ** h]);
      }
    });
    if (items.length === 0) throw new DriftInputError(`the ${label} quantile sketch is empty`);
    items.sort((a, b) => a[0] - b[0]);
    const values: number[] = [];
    const weights: number[] = [];
    for (const [value, weight] of items) {
      if (values.length > 0 && values[values.length - 1] === value) weights[weights.length - 1]! += weight;
      else {
        values.push(value);
        weights.push(weight);
      }
    }
    let total = 0;
    for (const weight of weights) total += weight;
    const cumulative = new Float64Array(weights.length);
    let running = 0;
    weights.forEach((weight, i) => {
      running += weight;
      cumulative[i] = running / total;
    });
    cumulative[cumulative.length - 1] = 1;
    const min = Number.isFinite(restored.min) ? Math.min(restored.min, values[0]!) : values[0]!;
    const max = Number.isFinite(restored.max)
      ? Math.max(restored.max, values[values.length - 1]!)
      : values[values.length - 1]!;
    return new SketchDistribution(Float64Array.from(values), cumulative, restored.count, min, max);
  }

  /** The share of values ≤ x. */
  cdf(x: number): number {
    const i = this.countAtOrBelow(x);
    return i === 0 ? 0 : this.cumulative[i - 1]!;
  }

  /** The share of values < x. */
  cdfBelow(x: number): number {
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.values[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : this.cumulative[lo - 1]!;
  }

  private countAtOrBelow(x: number): number {
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.values[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** sup |F_a - F_b|: both CDFs are steps that jump only at retained values, so those are the points to check. */
export function sketchKsStatistic(a: SketchDistribution, b: SketchDistribution): number {
  let d = 0;
  for (const values of [a.values, b.values]) {
    for (const x of values) d = Math.max(d, Math.abs(a.cdf(x) - b.cdf(x)));
  }
  return d;
}

/**
 * ∫ |F_a - F_b| dx, which equals ∫₀¹ |F_a⁻¹(q) - F_b⁻¹(q)| dq (the quantile form): computed over the merged
 * jump points, it is that integral exactly for the two step functions, with no grid error.
 */
export function sketchWasserstein(a: SketchDistribution, b: SketchDistribution): number {
  const points = Float64Array.from([...a.values, ...b.values]).sort();
  let distance = 0;
  for (let i = 1; i < points.length; i += 1) {
    const left = points[i - 1]!;
    distance += Math.abs(a.cdf(left) - b.cdf(left)) * (points[i]! - left);
  }
  return distance;
}

/** Each bin's share of the values, read from the CDF: [e_i, e_{i+1}), the last bin closed, as numpy bins. */
export function sketchBinShares(distribution: SketchDistribution, edges: readonly number[]): number[] {
  const shares: number[] = [];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const last = i + 2 === edges.length;
    const upper = last ? distribution.cdf(edges[i + 1]!) : distribution.cdfBelow(edges[i + 1]!);
    shares.push(Math.max(upper - distribution.cdfBelow(edges[i]!), 0));
  }
  return shares;
}
