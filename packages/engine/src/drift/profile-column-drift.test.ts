import { describe, expect, it } from '@jest/globals';
import { UserError } from '../user-error.js';
import { DEFAULT_SKETCH_K } from '../profile/quantile-sketch.js';
import { OTHER_CATEGORY, profileColumnDrift } from './profile-column-drift.js';
import { rawColumnDrift } from './raw-column-drift.js';
import { categoricalProfile, numericProfile } from './testing/column-profile-of.js';
import { categoryCounts, numbers, scipyReference } from './testing/scipy-reference.js';

/** KLL's rank error per sketch at 99% confidence (quantile-sketch.ts), for the default k. */
const RANK_ERROR = 1.65 / DEFAULT_SKETCH_K;
/** What docs/drift.md states for Jensen-Shannon and PSI from profiles: measured on these data, not proven. */
const MEASURED = { 'jensen-shannon': 0.04, psi: 0.06 } as const;

const numericCases = scipyReference.driftCases.filter((c) => c.kind === 'numeric');
const categoricalCases = scipyReference.driftCases.filter((c) => c.kind === 'categorical');

function bothPaths(
  c: (typeof numericCases)[number],
  method: 'ks' | 'wasserstein' | 'jensen-shannon' | 'psi',
) {
  const a = numbers(c.reference);
  const b = numbers(c.current);
  const raw = rawColumnDrift(
    { name: 'x', type: 'number' },
    { kind: 'numeric', values: Float64Array.from(a) },
    { kind: 'numeric', values: Float64Array.from(b) },
    { method },
  );
  const profile = profileColumnDrift(numericProfile('x', a), numericProfile('x', b), { method });
  return { a, raw, profile };
}

describe('drift from profiles stays within the sketches’ error of the raw values on vega data', () => {
  it.each(numericCases.map((c) => [c.name, c] as const))('%s: ks statistic within ε_b + ε_c', (_, c) => {
    const { raw, profile } = bothPaths(c, 'ks');
    expect(Math.abs(profile.statistic - raw.statistic)).toBeLessThanOrEqual(2 * RANK_ERROR);
    expect(profile.pValue).toBeGreaterThan(0);
  });

  it.each(numericCases.map((c) => [c.name, c] as const))(
    '%s: normed wasserstein within (ε_b + ε_c)·range/std, and under 0.01 measured',
    (_, c) => {
      const { a, raw, profile } = bothPaths(c, 'wasserstein');
      const range = Math.max(...a, ...numbers(c.current)) - Math.min(...a, ...numbers(c.current));
      const mean = a.reduce((s, v) => s + v, 0) / a.length;
      const std = Math.sqrt(a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length);
      const difference = Math.abs(profile.statistic - raw.statistic);
      expect(difference).toBeLessThanOrEqual((2 * RANK_ERROR * range) / std);
      expect(difference).toBeLessThanOrEqual(0.01);
    },
  );

  it.each(
    numericCases.flatMap((c) =>
      (['jensen-shannon', 'psi'] as const).map((method) => [c.name, method, c] as const),
    ),
  )('%s: %s on Sturges bins read from the CDFs, within the measured bound', (_, method, c) => {
    const { raw, profile } = bothPaths(c, method);
    expect(Math.abs(profile.statistic - raw.statistic)).toBeLessThanOrEqual(MEASURED[method]);
    expect(profile.histogram!.edges).toEqual(raw.histogram!.edges);
  });

  it('is exact while each sketch still holds every value (penguins: 151 and 68 values)', () => {
    const c = numericCases.find((x) => x.name.startsWith('penguins body mass'))!;
    for (const method of ['ks', 'wasserstein', 'jensen-shannon', 'psi'] as const) {
      const { raw, profile } = bothPaths(c, method);
      expect(profile.statistic).toBeCloseTo(raw.statistic, 12);
      expect(profile.pValue).toEqual(raw.pValue);
      expect(profile.method).toBe(raw.method);
    }
  });

  it.each(categoricalCases.map((c) => [c.name, c] as const))(
    '%s: exact categories give the raw result',
    (_, c) => {
      const a = categoryCounts(c.reference);
      const b = categoryCounts(c.current);
      for (const method of ['auto', 'chi-squared', 'jensen-shannon', 'psi', 'l-infinity'] as const) {
        const raw = rawColumnDrift(
          { name: 'x', type: 'string' },
          { kind: 'categorical', counts: a },
          { kind: 'categorical', counts: b },
          { method },
        );
        const profile = profileColumnDrift(categoricalProfile('x', a), categoricalProfile('x', b), {
          method,
        });
        // The same counts, summed in another order: equal to rounding.
        const { statistic, pValue, ...rest } = profile;
        expect(rest).toEqual({ ...raw, statistic: undefined, pValue: undefined, ...rest });
        expect(Math.abs(statistic - raw.statistic)).toBeLessThanOrEqual(1e-12 * Math.max(1, raw.statistic));
        expect(Math.abs((pValue ?? 0) - (raw.pValue ?? 0))).toBeLessThanOrEqual(1e-12);
      }
    },
  );
});

describe('drift from profiles: bounded summaries and refusals', () => {
  it('pools the values a bounded category summary left out into one "(other)" category', () => {
    const c = categoricalCases.find((x) => x.name.startsWith('flights-20k origin'))!;
    const drift = profileColumnDrift(
      categoricalProfile('origin', categoryCounts(c.reference), 20),
      categoricalProfile('origin', categoryCounts(c.current), 20),
      { method: 'chi-squared' },
    );
    expect(drift.pValue).toBeGreaterThanOrEqual(0);
    expect(drift.categories!.values).toContain(OTHER_CATEGORY);
  });

  it('refuses a category method on a numeric profile that kept no categories, naming the column', () => {
    const wide = numericProfile('delay', numbers(numericCases[0]!.reference));
    expect(() => profileColumnDrift(wide, wide, { method: 'chi-squared' })).toThrow(UserError);
    expect(() => profileColumnDrift(wide, wide, { method: 'chi-squared' })).toThrow(/column 'delay'/);
  });

  it('refuses a malformed sketch in one line', () => {
    const column = numericProfile('x', [1, 2, 3]);
    const broken = {
      ...column,
      numeric: { ...column.numeric!, sketch: { ...column.numeric!.sketch, levels: [[1, NaN]] } },
    };
    expect(() => profileColumnDrift(column, broken, { method: 'ks' })).toThrow(UserError);
  });
});
