import type { Histogram } from './column-profile.js';
import type { QuantileSketch } from './quantile-sketch.js';

/** Bins of a profile's fixed histogram: equal widths between the column's exact minimum and maximum. */
export const HISTOGRAM_BINS = 20;

/**
 * The fixed histogram of a numeric column, read from its sketch: bin i holds the values in
 * (edges[i], edges[i+1]] (the first bin also its left edge), counted as `count` times the sketch's share of
 * them, rounded so the bins sum to `count` exactly (largest remainders). Each bin is then off by at most
 * twice the sketch's rank error times `count`; it is exact when the sketch still holds every value.
 */
export function sketchHistogram(sketch: QuantileSketch, min: number, max: number, count: number): Histogram {
  if (count === 0) return { edges: [], counts: [], exact: true };
  const exact = sketch.isExact();
  if (min === max) return { edges: [min, max], counts: [count], exact: true };
  const edges: number[] = [];
  for (let i = 0; i <= HISTOGRAM_BINS; i++)
    edges.push(i === HISTOGRAM_BINS ? max : min + ((max - min) * i) / HISTOGRAM_BINS);
  const shares: number[] = [];
  let below = 0;
  for (let i = 1; i <= HISTOGRAM_BINS; i++) {
    const upTo = i === HISTOGRAM_BINS ? 1 : sketch.rank(edges[i]!);
    shares.push(Math.max(0, upTo - below) * count);
    below = Math.max(below, upTo);
  }
  const counts = shares.map(Math.floor);
  let missing = count - counts.reduce((sum, c) => sum + c, 0);
  const order = shares
    .map((share, i) => ({ i, rest: share - Math.floor(share) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let j = 0; missing > 0 && j < order.length; j++, missing--) counts[order[j]!.i]! += 1;
  return { edges, counts, exact };
}
