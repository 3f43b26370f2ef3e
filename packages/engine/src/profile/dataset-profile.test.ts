import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileSchema } from '../validate/schema/schema-file.js';
import type { LoadedSchema } from '../validate/schema/schema-file.js';
import { validateAndProfileData } from '../validate/validate-data.js';
import type { ProfileMode } from './batch-profile.js';
import type { ColumnProfile, ProfileDocument } from './column-profile.js';
import { parseProfile } from './profile-file.js';
import { QuantileSketch } from './quantile-sketch.js';

const VEGA = path.resolve('node_modules/vega-datasets/data');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'mlgate-profile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function schemaOf(fields: { name: string; type: string }[]): LoadedSchema {
  return { path: 'schema.json', sha256: '0'.repeat(64), ...compileSchema({ fields }, 'schema.json') };
}

const WEATHER = schemaOf([
  { name: 'date', type: 'date' },
  { name: 'precipitation', type: 'number' },
  { name: 'temp_max', type: 'number' },
  { name: 'temp_min', type: 'number' },
  { name: 'wind', type: 'number' },
  { name: 'weather', type: 'string' },
]);
const FLIGHTS = schemaOf([
  { name: 'delay', type: 'integer' },
  { name: 'distance', type: 'integer' },
  { name: 'time', type: 'number' },
]);

async function profileOf(
  file: string,
  schema: LoadedSchema,
  mode: ProfileMode = 'sketch',
  extra: Record<string, unknown> = {},
) {
  return validateAndProfileData(
    [{ path: file, displayPath: path.basename(file) }],
    schema,
    { format: 'auto', maxErrors: 10, examplesPerColumn: 5, now: () => new Date(0), ...extra },
    { mode, dataset: 'test' },
  );
}

function column(profile: ProfileDocument, name: string): ColumnProfile {
  return profile.columns.find((c) => c.name === name)!;
}

function csvColumn(file: string, name: string): string[] {
  const [head, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  const index = head!.split(',').indexOf(name);
  return rows.map((row) => row.split(',')[index]!);
}

function moments(values: readonly number[]) {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
  return { mean, std: Math.sqrt(variance), min: Math.min(...values), max: Math.max(...values) };
}

describe('a profile built in the validation pass', () => {
  const weatherCsv = path.join(VEGA, 'seattle-weather.csv');

  test('has exact counts, extremes and moments for every numeric column of a real CSV', async () => {
    const { report, profile } = await profileOf(weatherCsv, WEATHER);
    expect(report.valid).toBe(true);
    for (const name of ['precipitation', 'temp_max', 'temp_min', 'wind']) {
      const values = csvColumn(weatherCsv, name).map(Number);
      const expected = moments(values);
      const numeric = column(profile.document, name).numeric!;
      expect(numeric.count).toBe(values.length);
      expect(numeric.min).toBe(expected.min);
      expect(numeric.max).toBe(expected.max);
      expect(numeric.mean).toBeCloseTo(expected.mean, 10);
      expect(numeric.std).toBeCloseTo(expected.std, 10);
      expect(numeric.histogram.counts.reduce((s, c) => s + c, 0)).toBe(values.length);
    }
  });

  test('counts a text column exactly, heaviest first', async () => {
    const { profile } = await profileOf(weatherCsv, WEATHER);
    const expected = new Map<string, number>();
    for (const v of csvColumn(weatherCsv, 'weather')) expected.set(v, (expected.get(v) ?? 0) + 1);
    const categories = column(profile.document, 'weather').categories!;
    expect(categories.exact).toBe(true);
    expect(new Map(categories.values.map((v) => [v.value, v.count]))).toEqual(expected);
    expect(categories.values[0]).toEqual({ value: 'rain', count: 641 });
  });

  test('reads the same numbers from Arrow IPC and from JSON', async () => {
    const arrow = (await profileOf(path.join(VEGA, 'flights-200k.arrow'), FLIGHTS)).profile.document;
    const json = (await profileOf(path.join(VEGA, 'flights-200k.json'), FLIGHTS)).profile.document;
    for (const name of ['delay', 'distance', 'time']) {
      const a = column(arrow, name).numeric!;
      const j = column(json, name).numeric!;
      expect(a.count).toBe(200_000);
      expect(j.count).toBe(200_000);
      // The Arrow file stores `time` as float32: equal to the JSON's doubles to float32 precision.
      const digits = name === 'time' ? 5 : 9;
      expect(a.min).toBeCloseTo(j.min!, digits);
      expect(a.max).toBeCloseTo(j.max!, digits);
      expect(a.mean).toBeCloseTo(j.mean!, digits);
      expect(a.std).toBeCloseTo(j.std!, digits);
    }
  });

  test('keeps every quantile of 200,000 values within the documented rank error', async () => {
    const json = JSON.parse(readFileSync(path.join(VEGA, 'flights-200k.json'), 'utf8')) as {
      delay: number;
    }[];
    const sorted = Float64Array.from(json, (row) => row.delay).sort();
    const { profile } = await profileOf(path.join(VEGA, 'flights-200k.json'), FLIGHTS);
    const sketch = QuantileSketch.restore(column(profile.document, 'delay').numeric!.sketch);
    const rankOf = (v: number): number => {
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (sorted[mid]! <= v) low = mid + 1;
        else high = mid;
      }
      return low / sorted.length;
    };
    const below = (v: number): number => {
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (sorted[mid]! < v) low = mid + 1;
        else high = mid;
      }
      return low / sorted.length;
    };
    for (let q = 0.01; q < 1; q += 0.01) {
      const value = sketch.quantile(q)!;
      // A tie spans ranks [below, rankOf]; the estimate is good when q falls within the error of that span.
      const error = Math.max(0, below(value) - q, q - rankOf(value));
      expect(error).toBeLessThan(0.02);
    }
  });

  test('is the same, byte for byte, however many threads read the CSV, and agrees with one thread', async () => {
    const big = path.join(tmp, 'flights.csv');
    const json = JSON.parse(readFileSync(path.join(VEGA, 'flights-200k.json'), 'utf8')) as {
      delay: number;
      distance: number;
      time: number;
    }[];
    writeFileSync(
      big,
      `delay,distance,time\n${json.map((r) => `${r.delay},${r.distance},${r.time}`).join('\n')}\n`,
    );
    const small = { chunkBytes: 64 * 1024, parallelThresholdBytes: 0 };
    const two = await profileOf(big, FLIGHTS, 'sketch', { workers: 2, csv: small });
    const three = await profileOf(big, FLIGHTS, 'sketch', { workers: 3, csv: small });
    expect(JSON.stringify(three.profile.document)).toBe(JSON.stringify(two.profile.document));
    // One thread splits at record ends rather than at fixed offsets: other batches, same statistics.
    const one = await profileOf(big, FLIGHTS, 'sketch', { workers: 1, csv: small });
    for (const name of ['delay', 'distance', 'time']) {
      const a = column(one.profile.document, name).numeric!;
      const b = column(two.profile.document, name).numeric!;
      expect([a.count, a.min, a.max]).toEqual([b.count, b.min, b.max]);
      expect(a.mean).toBeCloseTo(b.mean!, 10);
      expect(a.std).toBeCloseTo(b.std!, 10);
    }
  });

  test('in exact mode also returns every value, for the raw drift path', async () => {
    const { profile } = await profileOf(weatherCsv, WEATHER, 'exact');
    const expected = Float64Array.from(csvColumn(weatherCsv, 'wind').map(Number)).sort();
    expect(profile.raw!.get('wind')).toEqual({ kind: 'numeric', values: expected });
    const weather = profile.raw!.get('weather');
    expect(weather?.kind === 'categorical' && weather.counts.get('snow')).toBe(26);
  });

  test('counts NaN and the infinities apart from the moments, and nulls apart from values', async () => {
    const file = path.join(tmp, 'special.csv');
    writeFileSync(file, 'x,label\n1,a\nNaN,b\nINF,a\n-INF,\n3,a\n,a\n');
    const schema = schemaOf([
      { name: 'x', type: 'number' },
      { name: 'label', type: 'string' },
    ]);
    const { profile } = await profileOf(file, schema);
    const x = column(profile.document, 'x');
    expect(x).toMatchObject({ count: 5, nulls: 1 });
    expect(x.numeric).toMatchObject({ count: 2, mean: 2, nan: 1, positiveInfinity: 1, negativeInfinity: 1 });
    expect(column(profile.document, 'label')).toMatchObject({ count: 5, nulls: 1 });
    // Few distinct numbers: listed exactly, for the drift method choice.
    expect(x.categories).toMatchObject({ exact: true, distinct: 2 });
  });

  test('reads dates written as JSON strings as the days the checks compare', async () => {
    const file = path.join(tmp, 'dates.jsonl');
    writeFileSync(file, '{"day":"2024-01-01"}\n{"day":"2024-01-03"}\n{"day":"not a date"}\n{"day":null}\n');
    const { profile } = await profileOf(file, schemaOf([{ name: 'day', type: 'date' }]));
    const day = column(profile.document, 'day');
    expect(day.nulls).toBe(1);
    expect(day.numeric).toMatchObject({ count: 2, nan: 0, max: 19_725, mean: 19_724 });
  });

  test('folds a high-cardinality text column to its heaviest values and an other bucket', async () => {
    const file = path.join(tmp, 'ids.csv');
    const rows = Array.from({ length: 5_000 }, (_, i) => (i % 2 === 0 ? 'common' : `id-${i}`));
    writeFileSync(file, `id\n${rows.join('\n')}\n`);
    const { profile } = await profileOf(file, schemaOf([{ name: 'id', type: 'string' }]));
    const categories = column(profile.document, 'id').categories!;
    expect(categories.exact).toBe(false);
    expect(categories.values[0]).toEqual({ value: 'common', count: 2_500 });
    expect(categories.values.length).toBeLessThanOrEqual(100);
    expect(categories.values.reduce((s, v) => s + v.count, 0) + categories.other).toBe(5_000);
  });

  test('stays a few KiB per column whatever the row count, and reads back through its schema', async () => {
    const { profile } = await profileOf(path.join(VEGA, 'flights-200k.arrow'), FLIGHTS);
    const text = JSON.stringify(profile.document);
    expect(text.length / profile.document.columns.length).toBeLessThan(8 * 1024);
    const back = parseProfile(text, 'profile.json');
    expect(back).toEqual(profile.document);
  });

  test('a saved profile whose sketch does not add up is refused with one line naming the column', async () => {
    const { profile } = await profileOf(weatherCsv, WEATHER);
    const tampered = JSON.parse(JSON.stringify(profile.document)) as {
      columns: { numeric?: { sketch: { count: number } } }[];
    };
    tampered.columns[1]!.numeric!.sketch.count += 1;
    expect(() => parseProfile(JSON.stringify(tampered), 'profile.json')).toThrow(
      /column "precipitation": the sketch's count/,
    );
    expect(() => parseProfile('{"kind":"mlgate/validation@1"}', 'p.json')).toThrow(/not an mlgate profile/);
  });
});
