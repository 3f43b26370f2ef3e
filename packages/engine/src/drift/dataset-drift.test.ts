import { describe, expect, it } from '@jest/globals';
import type { ColumnProfile } from '../profile/column-profile.js';
import { UserError } from '../user-error.js';
import { datasetDrift, type ProfileSide } from './dataset-drift.js';
import type { RawColumn } from './raw-column-drift.js';
import { categoricalProfile, numericProfile } from './testing/column-profile-of.js';
import { categoryCounts, numbers, type SampleDescription } from './testing/scipy-reference.js';

const W = 'seattle-weather.csv';
const year = (column: string, y: number): SampleDescription => ({
  file: W,
  column,
  where: [{ column: 'date', op: 'prefix', value: String(y) }],
});

/** A year of Seattle weather as one side: three numeric columns and one categorical, with or without raw values. */
function side(y: number, withRaw: boolean, extra: ColumnProfile[] = []): ProfileSide {
  const columns: ColumnProfile[] = [];
  const raw = new Map<string, RawColumn>();
  for (const name of ['temp_max', 'precipitation', 'wind']) {
    const values = numbers(year(name, y));
    columns.push(numericProfile(name, values));
    raw.set(name, { kind: 'numeric', values: Float64Array.from(values) });
  }
  const weather = categoryCounts(year('weather', y));
  columns.push(categoricalProfile('weather', weather));
  raw.set('weather', { kind: 'categorical', counts: weather });
  return {
    profile: {
      rows: 365,
      columns: [...columns, ...extra],
      dataset: 'seattle',
      files: [{ path: `${y}.csv`, sha256: '', rows: 365 }],
    },
    ...(withRaw ? { raw } : {}),
  };
}

const options = { subject: {}, createdAt: '2026-12-05T00:00:00Z', baselineSource: 'cache' };

describe('the drift of a dataset', () => {
  it('compares Seattle 2012 with 2015 exactly from raw values: drifted columns first, worst first', () => {
    const report = datasetDrift(side(2012, true), side(2015, true), options);
    expect(report).toMatchObject({
      kind: 'mlgate/drift@1',
      basis: 'raw',
      severity: 'warn',
      verdict: 'warn',
      dataset: 'seattle',
      current: { rows: 365, files: ['2015.csv'] },
      datasetShare: 0.5,
    });
    expect(new Map(report.columns.map((c) => [c.name, c.method]))).toEqual(
      new Map([
        ['weather', 'chi-squared'],
        ['temp_max', 'ks'],
        ['wind', 'ks'],
        ['precipitation', 'ks'],
      ]),
    );
    // All four are tests at 0.05 here, so worst first is ascending p-value, drifted or not.
    const pValues = report.columns.map((c) => c.pValue!);
    expect(pValues).toEqual([...pValues].sort((x, y) => x - y));
    const drifted = report.columns.filter((c) => c.drifted).map((c) => c.name);
    expect(report.driftedColumns).toEqual(drifted);
    expect(report.columns.slice(0, drifted.length).every((c) => c.drifted)).toBe(true);
    expect(report.share).toBe(drifted.length / 4);
    expect(report.datasetDrifted).toBe(report.share >= 0.5);
    expect(report.verdictReason).toMatch(/^\d of 4 columns drifted: weather/);
  });

  it('falls back to the profiles, per column, when one side has no raw values', () => {
    const report = datasetDrift(side(2012, false), side(2015, true), options);
    expect(report.basis).toBe('profile');
    // A year of values is about the sketch's capacity: the profile path is within its rank error.
    const raw = datasetDrift(side(2012, true), side(2015, true), options);
    for (const column of report.columns) {
      const exact = raw.columns.find((c) => c.name === column.name)!;
      expect(Math.abs(column.statistic - exact.statistic)).toBeLessThanOrEqual(0.0165);
      expect(column.method).toBe(exact.method);
    }
  });

  it('fails under severity fail, and honours a column’s own method, threshold and ignore', () => {
    const report = datasetDrift(side(2012, true), side(2015, true), {
      ...options,
      policy: {
        severity: 'fail',
        columns: { wind: { method: 'psi', threshold: 10 }, weather: { ignore: true } },
      },
    });
    expect(report.verdict).toBe('fail');
    expect(report.columns.find((c) => c.name === 'wind')).toMatchObject({
      method: 'psi',
      threshold: 10,
      drifted: false,
      methodReason: 'drift.columns.wind.method',
    });
    expect(report.skipped).toEqual([{ name: 'weather', reason: 'ignored by drift.columns.weather.ignore' }]);
  });

  it('passes when nothing drifted, and lists the columns it could not compare', () => {
    const empty: ColumnProfile = { name: 'snow', type: 'number', kind: 'numeric', count: 0, nulls: 365 };
    const only = categoricalProfile('station', new Map([['SEA', 365]]));
    const report = datasetDrift(side(2013, false, [empty]), side(2013, false, [empty, only]), options);
    expect(report).toMatchObject({ verdict: 'pass', driftedColumns: [], share: 0, datasetDrifted: false });
    expect(report.skipped).toEqual([
      { name: 'snow', reason: 'no values in the baseline' },
      { name: 'station', reason: 'not in the baseline' },
    ]);
  });

  it('is neutral without a baseline', () => {
    expect(datasetDrift(undefined, side(2015, false), options)).toMatchObject({
      verdict: 'neutral',
      neutralReason: 'no-baseline',
      columns: [],
    });
  });

  it('refuses a method the column cannot take, and a dataset share outside (0, 1]', () => {
    const policy = { columns: { weather: { method: 'wasserstein' as const } } };
    expect(() => datasetDrift(side(2012, true), side(2015, true), { ...options, policy })).toThrow(
      /column 'weather' is categorical/,
    );
    expect(() =>
      datasetDrift(side(2012, true), side(2015, true), { ...options, policy: { datasetShare: 0 } }),
    ).toThrow(UserError);
  });

  it("compares 100 columns of profiles, each on its own (the speed is bench/drift-bench.ts's)", () => {
    const flights = (head: number): number[] =>
      numbers({ file: 'flights-20k.json', column: 'delay', where: [], head });
    const a = numericProfile('x', flights(10_000));
    const b = numericProfile('x', flights(20_000).slice(10_000));
    const many = (column: ColumnProfile): ProfileSide => ({
      profile: {
        rows: 10_000,
        columns: Array.from({ length: 100 }, (_, i) => ({ ...column, name: `c${i}` })),
      },
    });
    const report = datasetDrift(many(a), many(b), options);
    expect(report.columns).toHaveLength(100);
    const statistics = new Set(report.columns.map((column) => column.statistic));
    expect(statistics.size).toBe(1);
  });
});
