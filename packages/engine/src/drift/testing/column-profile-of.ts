/**
 * Column profiles built from exact values the way mlgate/profile@1 describes them (a KLL sketch of the finite
 * values, moments, exact category counts while there are few distinct values), so the profile path can be
 * held against the raw path on the same data. Test support only.
 */
import type { ColumnProfile } from '../../profile/column-profile.js';
import { QuantileSketch } from '../../profile/quantile-sketch.js';

/** Numeric columns keep exact category counts up to this many distinct values (enough for the auto rule). */
const NUMERIC_CATEGORY_BOUND = 20;

export function numericProfile(name: string, values: readonly number[], k?: number): ColumnProfile {
  const sketch = new QuantileSketch(k);
  let sum = 0;
  for (const value of values) {
    sketch.add(value);
    sum += value;
  }
  const mean = sum / values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  const counts = new Map<string, number>();
  for (const value of values) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return {
    name,
    type: 'number',
    kind: 'numeric',
    count: values.length,
    nulls: 0,
    numeric: {
      count: values.length,
      min,
      max,
      mean,
      std: Math.sqrt(squares / values.length),
      nan: 0,
      positiveInfinity: 0,
      negativeInfinity: 0,
      sketch: sketch.state(),
      histogram: { edges: [min, max], counts: [values.length], exact: true },
    },
    ...(counts.size <= NUMERIC_CATEGORY_BOUND ? { categories: summary(counts, NUMERIC_CATEGORY_BOUND) } : {}),
  };
}

export function categoricalProfile(
  name: string,
  counts: ReadonlyMap<string, number>,
  bound = 1000,
): ColumnProfile {
  let count = 0;
  for (const value of counts.values()) count += value;
  return { name, type: 'string', kind: 'categorical', count, nulls: 0, categories: summary(counts, bound) };
}

function summary(
  counts: ReadonlyMap<string, number>,
  bound: number,
): NonNullable<ColumnProfile['categories']> {
  const sorted = [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const kept = sorted.slice(0, bound);
  const other = sorted.slice(bound).reduce((total, { count }) => total + count, 0);
  return { exact: other === 0, distinct: counts.size, values: kept, other, bound };
}
