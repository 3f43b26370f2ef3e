/**
 * The histogram Evidently bins a numeric column on, reproduced exactly:
 * `edges = np.histogram_bin_edges(concat(reference, current), bins='sturges')` and `np.histogram(side, edges)`.
 * numpy's rules, kept bit for bit so the bins (and the Jensen-Shannon distance and PSI over them) equal
 * Python's on the same values:
 * - width = ptp / (log2(n) + 1); bins = ceil(ptp / width), or 1 when the width is 0 (a constant column);
 * - a constant column's range is widened to [v - 0.5, v + 0.5];
 * - edges come from `np.linspace`: edge i = i · ((last - first) / bins) + first, the last edge set to `last`;
 * - a value x falls in bin i when edges[i] <= x < edges[i + 1]; the last bin also holds its right edge.
 */
import { DriftInputError } from '../statistics/drift-sample.js';

/** Sturges' edges over [min, max] of the pooled values (`pooledCount` of them), as numpy computes them. */
export function sturgesEdges(min: number, max: number, pooledCount: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) {
    throw new DriftInputError(`the histogram range [${min}, ${max}] is not a finite interval`);
  }
  if (!Number.isInteger(pooledCount) || pooledCount < 1) {
    throw new DriftInputError(`a histogram needs at least one value, got ${pooledCount}`);
  }
  const range = max - min;
  const width = range / (Math.log2(pooledCount) + 1);
  const bins = width > 0 ? Math.ceil(range / width) : 1;
  const [first, last] = min === max ? [min - 0.5, max + 0.5] : [min, max];
  return linspace(first, last, bins + 1);
}

/** `np.linspace(first, last, count)` with its endpoint: the same multiply-then-add, so the same doubles. */
export function linspace(first: number, last: number, count: number): number[] {
  const divisions = count - 1;
  const step = (last - first) / divisions;
  const edges: number[] = [];
  for (let i = 0; i < count; i += 1) {
    // numpy divides each index by the divisions first when the step underflows to 0 (denormal ranges).
    edges.push((step === 0 ? (i / divisions) * (last - first) : i * step) + first);
  }
  if (count > 1) edges[count - 1] = last;
  return edges;
}

/** `np.histogram(values, edges)[0]`: values outside [edges[0], edges[last]] are not counted. */
export function histogramCounts(values: Float64Array, edges: readonly number[]): number[] {
  const sorted = Float64Array.from(values).sort();
  const counts: number[] = [];
  let previous = lowerBound(sorted, edges[0]!);
  for (let i = 1; i < edges.length; i += 1) {
    const next = i === edges.length - 1 ? upperBound(sorted, edges[i]!) : lowerBound(sorted, edges[i]!);
    counts.push(next - previous);
    previous = next;
  }
  return counts;
}

/** The number of values strictly below `x` (numpy's searchsorted 'left'). */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number of values at or below `x` (searchsorted 'right'). */
function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
