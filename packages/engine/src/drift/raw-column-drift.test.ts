import { describe, expect, it } from '@jest/globals';
import { UserError } from '../user-error.js';
import type { DriftMethod } from './drift-report.js';
import { rawColumnDrift, type RawColumn } from './raw-column-drift.js';
import { histogramCounts, sturgesEdges } from './binning/sturges-histogram.js';
import { categoryCounts, numbers, scipyReference, type DriftCase } from './testing/scipy-reference.js';

const TOLERANCE = 1e-6;

function sides(c: DriftCase): [RawColumn, RawColumn] {
  return c.kind === 'numeric'
    ? [
        { kind: 'numeric', values: Float64Array.from(numbers(c.reference)) },
        { kind: 'numeric', values: Float64Array.from(numbers(c.current)) },
      ]
    : [
        { kind: 'categorical', counts: categoryCounts(c.reference) },
        { kind: 'categorical', counts: categoryCounts(c.current) },
      ];
}

/** What scipy/Evidently computed for `method` in this case. */
function expected(c: DriftCase, method: DriftMethod): { statistic: number; pValue?: number } | undefined {
  switch (method) {
    case 'ks':
      return c.ks;
    case 'wasserstein':
      return c.normedWasserstein === undefined ? undefined : { statistic: c.normedWasserstein };
    case 'chi-squared':
      return c.chiSquared;
    case 'z-test':
      return c.zTest;
    case 'jensen-shannon':
      return { statistic: c.jensenShannon };
    case 'psi':
      return { statistic: c.psi };
    default:
      return undefined;
  }
}

const close = (actual: number, wanted: number): boolean =>
  Math.abs(actual - wanted) <= TOLERANCE * Math.max(1, Math.abs(wanted));

describe(`drift of a column from both sides' raw values, against scipy ${scipyReference.scipy} on vega data`, () => {
  it.each(scipyReference.driftCases.map((c) => [c.name, c] as const))(
    '%s: auto picks as Evidently',
    (_, c) => {
      const [baseline, current] = sides(c);
      const drift = rawColumnDrift({ name: 'x', type: 'number' }, baseline, current, { method: 'auto' });
      expect(drift.method).toBe(c.auto);
      expect([drift.baselineCount, drift.currentCount]).toEqual(c.sizes);
      expect(drift.methodReason).toContain(`${c.distinct.toLocaleString('en-US')} distinct values`);
      const wanted = expected(c, drift.method)!;
      expect(close(drift.statistic, wanted.statistic)).toBe(true);
      if (wanted.pValue !== undefined) expect(close(drift.pValue!, wanted.pValue)).toBe(true);
    },
  );

  const explicit = scipyReference.driftCases.flatMap((c) =>
    (['ks', 'wasserstein', 'chi-squared', 'z-test', 'jensen-shannon', 'psi'] as const)
      .filter((method) => expected(c, method) !== undefined)
      .map((method) => [c.name, method, c] as const),
  );
  it.each(explicit)('%s: %s equals scipy to 1e-6', (_, method, c) => {
    const [baseline, current] = sides(c);
    const drift = rawColumnDrift({ name: 'x', type: 'number' }, baseline, current, { method });
    const wanted = expected(c, method)!;
    expect(Math.abs(drift.statistic - wanted.statistic)).toBeLessThanOrEqual(
      TOLERANCE * Math.max(1, Math.abs(wanted.statistic)),
    );
    if (wanted.pValue !== undefined)
      expect(Math.abs(drift.pValue! - wanted.pValue)).toBeLessThanOrEqual(TOLERANCE);
  });

  it.each(scipyReference.driftCases.filter((c) => c.sturges).map((c) => [c.name, c] as const))(
    '%s: Sturges edges and counts are numpy’s, bit for bit',
    (_, c) => {
      const a = Float64Array.from(numbers(c.reference));
      const b = Float64Array.from(numbers(c.current));
      const pooled = [...a, ...b];
      const edges = sturgesEdges(Math.min(...pooled), Math.max(...pooled), pooled.length);
      expect(edges).toEqual(c.sturges!.edges);
      expect(histogramCounts(a, edges)).toEqual(c.sturges!.reference);
      expect(histogramCounts(b, edges)).toEqual(c.sturges!.current);
    },
  );
});

describe('drift of a column: settings and refusals', () => {
  const numeric: RawColumn = { kind: 'numeric', values: Float64Array.from([1, 2, 3, 4, 5, 6, 7]) };
  const shifted: RawColumn = { kind: 'numeric', values: Float64Array.from([11, 12, 13, 14, 15, 16, 17]) };
  const letters: RawColumn = {
    kind: 'categorical',
    counts: new Map([
      ['a', 3],
      ['b', 4],
    ]),
  };

  it('holds a test to p < threshold and a distance to statistic ≥ threshold', () => {
    const ks = rawColumnDrift({ name: 'x', type: 'number' }, numeric, shifted, { method: 'auto' });
    expect(ks).toMatchObject({ method: 'ks', threshold: 0.05, drifted: true });
    const same = rawColumnDrift({ name: 'x', type: 'number' }, numeric, numeric, {
      method: 'wasserstein',
      threshold: 0,
      source: 'mlgate.yml',
    });
    expect(same).toMatchObject({ statistic: 0, drifted: true, methodReason: 'mlgate.yml' });
  });

  it('refuses a numeric method on a categorical column, naming the column', () => {
    expect(() =>
      rawColumnDrift({ name: 'city', type: 'string' }, letters, letters, { method: 'ks' }),
    ).toThrow(
      new UserError(
        "drift method 'ks' needs a numeric column, and column 'city' is categorical: use chi-squared, jensen-shannon, psi or l-infinity",
      ),
    );
  });

  it('refuses sides of different kinds, and a negative threshold', () => {
    expect(() => rawColumnDrift({ name: 'x', type: 'number' }, numeric, letters, { method: 'auto' })).toThrow(
      UserError,
    );
    expect(() =>
      rawColumnDrift({ name: 'x', type: 'number' }, numeric, shifted, { method: 'psi', threshold: -1 }),
    ).toThrow(UserError);
  });

  it('bins a constant column as numpy does: one bin, widened by ±0.5', () => {
    expect(sturgesEdges(3, 3, 10)).toEqual([2.5, 3.5]);
    expect(histogramCounts(Float64Array.from([3, 3]), [2.5, 3.5])).toEqual([2]);
  });

  it('charts the heaviest ten categories as shares', () => {
    const many = new Map(Array.from({ length: 12 }, (_, i) => [`v${i}`, i + 1] as const));
    const drift = rawColumnDrift(
      { name: 'c', type: 'string' },
      { kind: 'categorical', counts: many },
      letters,
      {
        method: 'l-infinity',
      },
    );
    expect(drift.categories!.values).toHaveLength(10);
    expect(drift.categories!.values.slice(0, 2)).toEqual(['b', 'a']);
  });
});
