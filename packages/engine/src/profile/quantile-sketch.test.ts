import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { DEFAULT_SKETCH_K, QuantileSketch } from './quantile-sketch.js';

// Real public data: 200,000 flight delays (minutes, integers with heavy ties) and distances.
const flights = JSON.parse(
  readFileSync(
    new URL('../../../../node_modules/vega-datasets/data/flights-200k.json', import.meta.url),
    'utf8',
  ),
) as {
  delay: number;
  distance: number;
}[];
const delays = flights.map((f) => f.delay);
const distances = flights.map((f) => f.distance);

/** The documented bound: rank error about 1.65/k at 99% confidence. */
const BOUND = 1.65 / DEFAULT_SKETCH_K;
const QUANTILES = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

/**
 * The worst rank error of the sketch's answers against the exact sorted data. With ties, an answer v is
 * right for q when the fraction below v is at most q and the fraction at or below v is at least q.
 */
function worstRankError(sketch: QuantileSketch, values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const below = (v: number) => lowerBound(sorted, v) / sorted.length;
  const atOrBelow = (v: number) => lowerBound(sorted, v, true) / sorted.length;
  let worst = 0;
  for (const q of QUANTILES) {
    const v = sketch.quantile(q)!;
    worst = Math.max(worst, below(v) - q, q - atOrBelow(v), 0);
  }
  return worst;
}

function lowerBound(sorted: Float64Array, v: number, inclusive = false): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (inclusive ? sorted[mid]! <= v : sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sketchOf(values: readonly number[]): QuantileSketch {
  const sketch = new QuantileSketch();
  for (const v of values) sketch.add(v);
  return sketch;
}

describe('the quantile sketch', () => {
  it('answers every percentile of 200,000 flight delays within its documented rank error', () => {
    const sketch = sketchOf(delays);
    expect(sketch.n).toBe(delays.length);
    expect(worstRankError(sketch, delays)).toBeLessThanOrEqual(BOUND);
    expect(sketch.quantile(0)).toBe(delays.reduce((a, b) => Math.min(a, b)));
    expect(sketch.quantile(1)).toBe(delays.reduce((a, b) => Math.max(a, b)));
  });

  it('keeps the bound when eight shards are sketched apart and merged, as a sharded run does', () => {
    const merged = new QuantileSketch();
    const size = Math.ceil(distances.length / 8);
    for (let shard = 0; shard < 8; shard++) {
      merged.merge(sketchOf(distances.slice(shard * size, (shard + 1) * size)));
    }
    expect(merged.n).toBe(distances.length);
    expect(worstRankError(merged, distances)).toBeLessThanOrEqual(BOUND);
  });

  it('stays a few KiB whatever the count', () => {
    const sketch = sketchOf(distances);
    for (const v of distances) sketch.add(v + 0.5);
    expect(JSON.stringify(sketch.state()).length).toBeLessThan(8 * 1024);
  });

  it('is reproducible: the same values in the same order give the same sketch', () => {
    expect(sketchOf(delays).state()).toEqual(sketchOf(delays).state());
  });

  it('restored from its state, goes on exactly as the original would have', () => {
    const whole = sketchOf(delays);
    const half = sketchOf(delays.slice(0, 100_000));
    const restored = QuantileSketch.restore(JSON.parse(JSON.stringify(half.state())));
    for (const v of delays.slice(100_000)) restored.add(v);
    expect(restored.state()).toEqual(whole.state());
  });

  it('is exact while it holds every value', () => {
    const sketch = sketchOf([5, 1, 4, 2, 3]);
    expect([0.2, 0.4, 0.6, 0.8, 1].map((q) => sketch.quantile(q))).toEqual([1, 2, 3, 4, 5]);
    expect(sketch.rank(3)).toBe(0.6);
  });

  it('refuses what has no rank, and has no quantiles when empty', () => {
    const sketch = new QuantileSketch();
    expect(sketch.quantile(0.5)).toBeUndefined();
    expect(() => sketch.add(Number.NaN)).toThrow(/finite/);
    expect(() => sketch.add(Infinity)).toThrow(/finite/);
    expect(() => sketch.quantile(1.5)).toThrow(/between 0 and 1/);
    expect(() => new QuantileSketch(200).merge(new QuantileSketch(100))).toThrow(/k 200 and 100/);
  });
});
