import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../user-error.js';
import { compileSchema } from '../validate/schema/schema-file.js';
import type { LoadedSchema } from '../validate/schema/schema-file.js';
import { validateAndProfileData, validateFiles } from '../validate/validate-data.js';
import type { FileResult, ValidateOptions } from '../validate/validate-data.js';
import { profileKindOf } from './batch-profile.js';
import type { ColumnProfile, ProfileDocument } from './column-profile.js';
import { DatasetProfiler, PROFILE_SKETCH_K } from './column-profiler.js';
import { datasetProfile } from './profile-document.js';
import { mergeProfileStates, profilerFromState, profileState } from './profile-state.js';
import type { DatasetProfileState } from './profile-state.js';
import { parseProfileState } from './profile-state-file.js';
import { QuantileSketch } from './quantile-sketch.js';

const VEGA = path.resolve('node_modules/vega-datasets/data');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'mlgate-profile-state-'));
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
const PENGUINS = schemaOf([
  { name: 'Species', type: 'string' },
  { name: 'Island', type: 'string' },
  { name: 'Beak Length (mm)', type: 'number' },
  { name: 'Beak Depth (mm)', type: 'number' },
  { name: 'Flipper Length (mm)', type: 'integer' },
  { name: 'Body Mass (g)', type: 'integer' },
  { name: 'Sex', type: 'string' },
]);
const FLIGHTS = schemaOf([
  { name: 'delay', type: 'integer' },
  { name: 'distance', type: 'integer' },
  { name: 'time', type: 'number' },
  { name: 'date', type: 'string' },
]);

interface Part {
  readonly path: string;
  readonly displayPath: string;
}

/** The rows of a CSV split into `parts` consecutive files, each with the header. */
function csvParts(source: string, parts: number, name: string): Part[] {
  const [head, ...rows] = readFileSync(source, 'utf8').trimEnd().split('\n');
  return split(rows, parts).map((slice, i) => {
    const file = path.join(tmp, `${name}-${parts}-${i}.csv`);
    writeFileSync(file, `${head}\n${slice.join('\n')}\n`);
    return { path: file, displayPath: path.basename(file) };
  });
}

/** The records of a JSON array split into `parts` consecutive JSON array files. */
function jsonParts(source: string, parts: number, name: string): Part[] {
  const records = JSON.parse(readFileSync(source, 'utf8')) as unknown[];
  return split(records, parts).map((slice, i) => {
    const file = path.join(tmp, `${name}-${parts}-${i}.json`);
    writeFileSync(file, JSON.stringify(slice));
    return { path: file, displayPath: path.basename(file) };
  });
}

function split<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** A profiler as the validation pass makes one (validate-data.ts). */
function profilerFor(schema: LoadedSchema): DatasetProfiler {
  return new DatasetProfiler(
    schema.plan.columns.map((c) => ({ name: c.name, type: c.kind, kind: profileKindOf(c.kind) })),
    'sketch',
  );
}

/**
 * Feeds the files' batches to `profiler` through the checks, as a run (or a shard) does. Small CSV chunks by
 * default: each part is several batches, so the single profiler folds in as many as the merge does.
 */
async function feed(
  files: readonly Part[],
  schema: LoadedSchema,
  profiler: DatasetProfiler,
  chunkBytes = 16 * 1024,
) {
  const options: ValidateOptions = {
    format: 'auto',
    maxErrors: 10,
    examplesPerColumn: 5,
    workers: 1,
    csv: { chunkBytes },
  };
  return validateFiles(files, schema, options, profiler);
}

/** The finished document, with the nulls and files of the validation results (as validate-data.ts). */
function finish(profiler: DatasetProfiler, schema: LoadedSchema, results: readonly FileResult[]) {
  const nulls = schema.plan.columns.map((_, c) =>
    results.reduce((sum, r) => sum + (r.file.columns[c]?.nulls ?? 0), 0),
  );
  return datasetProfile(profiler, {
    dataset: 'test',
    subject: {},
    createdAt: new Date(0).toISOString(),
    files: results.map((r) => ({ path: r.file.path, sha256: r.file.sha256, rows: r.file.rows })),
    nulls,
  }).document;
}

/** One profiler fed every part in order, and each part's own profiler through JSON and back, merged. */
async function singleAndMerged(parts: readonly Part[], schema: LoadedSchema, chunkBytes?: number) {
  const single = profilerFor(schema);
  const results = await feed(parts, schema, single, chunkBytes);
  const texts: string[] = [];
  for (const part of parts) {
    const own = profilerFor(schema);
    await feed([part], schema, own, chunkBytes);
    texts.push(JSON.stringify(profileState(own)));
  }
  const states = texts.map((text, s) => parseProfileState(JSON.parse(text), `shard-${s + 1}.json`));
  return {
    single: finish(single, schema, results),
    merged: finish(mergeProfileStates(states), schema, results),
    states,
    results,
  };
}

function relativeError(a: number | null, b: number | null, scale: number): number {
  if (a === null || b === null) return a === b ? 0 : Infinity;
  return Math.abs(a - b) / Math.max(Math.abs(b), scale, Number.MIN_VALUE);
}

/** The worst rank error of a sketch's percentiles against the exact values (a tie spans its ranks). */
function worstRankError(sketch: QuantileSketch, sorted: Float64Array): number {
  const bound = (v: number, inclusive: boolean): number => {
    let [low, high] = [0, sorted.length];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (inclusive ? sorted[mid]! <= v : sorted[mid]! < v) low = mid + 1;
      else high = mid;
    }
    return low / sorted.length;
  };
  let worst = 0;
  for (let p = 1; p < 100; p++) {
    const q = p / 100;
    const v = sketch.quantile(q)!;
    worst = Math.max(worst, bound(v, false) - q, q - bound(v, true));
  }
  return worst;
}

/**
 * Every field that does not depend on how the sketch was built is the single run's: counts, nulls, extremes,
 * special values, categories (none of these columns folds its table); mean and std to rounding. The
 * histogram is read from the sketch: same edges and total, each bin within the sketch's error.
 */
function expectSameExactFields(merged: ProfileDocument, single: ProfileDocument, sameBatches = true): void {
  expect(merged.rows).toBe(single.rows);
  expect(merged.columns.map((c) => c.name)).toEqual(single.columns.map((c) => c.name));
  merged.columns.forEach((m: ColumnProfile, c) => {
    const s = single.columns[c]!;
    const { numeric: mn, ...mRest } = m;
    const { numeric: sn, ...sRest } = s;
    expect(mRest).toEqual(sRest);
    if (sn === undefined) return expect(mn).toBeUndefined();
    const scale = Math.max(Math.abs(sn.min ?? 0), Math.abs(sn.max ?? 0));
    expect(relativeError(mn!.mean, sn.mean, scale * 1e-3)).toBeLessThan(1e-12);
    expect(relativeError(mn!.std, sn.std, scale * 1e-3)).toBeLessThan(1e-12);
    const pick = (n: typeof sn) => [n.count, n.min, n.max, n.nan, n.positiveInfinity, n.negativeInfinity];
    expect(pick(mn!)).toEqual(pick(sn));
    // The sketch counts the batches' sampled weight, which depends on where batches end.
    if (sameBatches) expect(mn!.sketch.count).toBe(sn.sketch.count);
    expect(mn!.histogram.edges).toEqual(sn.histogram.edges);
    expect(mn!.histogram.counts.reduce((a, b) => a + b, 0)).toBe(sn.count);
    mn!.histogram.counts.forEach((count, i) => {
      expect(Math.abs(count - sn.histogram.counts[i]!)).toBeLessThanOrEqual(
        Math.ceil(4 * (1.65 / PROFILE_SKETCH_K) * sn.count),
      );
    });
  });
}

describe('a profile split across shards and merged from their states', () => {
  const weather = path.join(VEGA, 'seattle-weather.csv');

  test.each([1, 2, 3, 4, 5])(
    'of seattle-weather.csv in %i parts has the single profiler’s exact fields',
    async (parts) => {
      const { single, merged } = await singleAndMerged(csvParts(weather, parts, 'weather'), WEATHER);
      expectSameExactFields(merged, single);
      // One shard: the state is the whole profiler, so the document is the same byte for byte.
      if (parts === 1) expect(JSON.stringify(merged)).toBe(JSON.stringify(single));
    },
  );

  test.each([1, 2, 3, 4, 5])(
    'of penguins.json (nulls, text and numbers) in %i parts has the single profiler’s exact fields',
    async (parts) => {
      const source = path.join(VEGA, 'penguins.json');
      const { single, merged } = await singleAndMerged(jsonParts(source, parts, 'penguins'), PENGUINS);
      expectSameExactFields(merged, single);
      const sex = merged.columns.find((c) => c.name === 'Sex')!;
      expect(sex.nulls).toBeGreaterThan(0);
      expect(sex.categories!.exact).toBe(true);
      if (parts === 1) expect(JSON.stringify(merged)).toBe(JSON.stringify(single));
    },
  );

  test('of 100,000 flights in 4 parts keeps every percentile within the sketch’s rank error', async () => {
    const records = JSON.parse(readFileSync(path.join(VEGA, 'flights-200k.json'), 'utf8')) as {
      delay: number;
      distance: number;
      time: number;
      date: string;
    }[];
    records.length = 100_000;
    const file = path.join(tmp, 'flights.csv');
    const rows = records.map((r) => `${r.delay},${r.distance},${r.time},${r.date}`);
    writeFileSync(file, `delay,distance,time,date\n${rows.join('\n')}\n`);
    const { single, merged } = await singleAndMerged(csvParts(file, 4, 'flights'), FLIGHTS, 64 * 1024);
    expectSameExactFields(merged, single);
    for (const name of ['delay', 'distance', 'time'] as const) {
      const sorted = Float64Array.from(records, (r) => r[name]).sort();
      const sketchOf = (doc: ProfileDocument) =>
        QuantileSketch.restore(doc.columns.find((c) => c.name === name)!.numeric!.sketch);
      // The documented bound is 1.65/k at 99% confidence (the sketch's own error, measured in
      // quantile-sketch.test.ts); the batches' sampling adds to it in both. The merge adds one sketch's error
      // at most to the single run's.
      const singleError = worstRankError(sketchOf(single), sorted);
      const mergedError = worstRankError(sketchOf(merged), sorted);
      expect(mergedError).toBeLessThan(singleError + 1.65 / PROFILE_SKETCH_K);
      expect(mergedError).toBeLessThan(2 * (1.65 / PROFILE_SKETCH_K));
    }
    // The date column's table folds (some 1,500 distinct datetimes per part): heavy values and totals hold.
    const date = (doc: ProfileDocument) => doc.columns.find((c) => c.name === 'date')!;
    expect(date(merged).count).toBe(100_000);
    const listed = date(merged).categories!;
    expect(listed.values.reduce((sum, v) => sum + v.count, listed.other)).toBe(100_000);
  });

  test('has the exact fields of the unsharded run, which cut the file into other batches', async () => {
    const { merged } = await singleAndMerged(csvParts(weather, 3, 'weather'), WEATHER);
    const whole = await validateAndProfileData(
      [{ path: weather, displayPath: 'seattle-weather.csv' }],
      WEATHER,
      { format: 'auto', maxErrors: 10, examplesPerColumn: 5 },
      { mode: 'sketch', dataset: 'test' },
    );
    expectSameExactFields(merged, whole.profile.document, false);
  });

  test('is the same byte for byte whenever the same states are merged in the same order', async () => {
    const { states, results } = await singleAndMerged(csvParts(weather, 3, 'weather'), WEATHER);
    const again = states.map((s) => parseProfileState(JSON.parse(JSON.stringify(s)), 'again.json'));
    expect(JSON.stringify(finish(mergeProfileStates(again), WEATHER, results))).toBe(
      JSON.stringify(finish(mergeProfileStates(states), WEATHER, results)),
    );
  });

  test('restores a profiler that goes on exactly as the one it was taken from', async () => {
    const parts = csvParts(weather, 2, 'weather');
    const single = profilerFor(WEATHER);
    const results = await feed(parts, WEATHER, single);
    const first = profilerFor(WEATHER);
    await feed([parts[0]!], WEATHER, first);
    const text = JSON.stringify(profileState(first));
    const restored = profilerFromState(parseProfileState(JSON.parse(text), 'shard.json'));
    await feed([parts[1]!], WEATHER, restored);
    expect(JSON.stringify(finish(restored, WEATHER, results))).toBe(
      JSON.stringify(finish(single, WEATHER, results)),
    );
  });

  test('stays bounded at 100,000 rows: no larger than at 10,000, a few KiB but for a many-valued text column', async () => {
    let seed = 12345;
    const random = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 2 ** 32;
    };
    const schema = schemaOf([
      { name: 'x', type: 'number' },
      { name: 'small', type: 'integer' },
      { name: 'label', type: 'string' },
      { name: 'id', type: 'string' },
    ]);
    const sizes: Record<string, number>[] = [];
    for (const rows of [10_000, 100_000]) {
      const lines = Array.from(
        { length: rows },
        (_, i) =>
          `${(random() * 1000).toFixed(3)},${Math.floor(random() * 5)},label-${Math.floor(random() ** 3 * 300)},id-${i}`,
      );
      const file = path.join(tmp, `wide-${rows}.csv`);
      writeFileSync(file, `x,small,label,id\n${lines.join('\n')}\n`);
      const profiler = profilerFor(schema);
      await feed([{ path: file, displayPath: 'wide.csv' }], schema, profiler, 256 * 1024);
      const state = profileState(profiler);
      sizes.push(Object.fromEntries(state.columns.map((c) => [c.name, JSON.stringify(c).length])));
    }
    const [small, large] = sizes as [Record<string, number>, Record<string, number>];
    for (const name of ['x', 'small', 'label']) expect(large[name]!).toBeLessThan(8 * 1024);
    // Unique ids: the profiler's own table, under 2 × 1,024 values however many rows.
    expect(large['id']!).toBeLessThan(2 * 1024 * '"id-99999",1,'.length);
    for (const name of ['x', 'small', 'label', 'id']) expect(large[name]!).toBeLessThan(small[name]! * 1.5);
  });
});

describe('an untrusted profile state', () => {
  let valid: DatasetProfileState;
  const state = async (): Promise<DatasetProfileState> => {
    if (valid === undefined) {
      const profiler = profilerFor(WEATHER);
      await feed([{ path: path.join(VEGA, 'seattle-weather.csv'), displayPath: 'w.csv' }], WEATHER, profiler);
      valid = profileState(profiler);
    }
    return JSON.parse(JSON.stringify(valid)) as DatasetProfileState;
  };
  type Mutable = { columns: Record<string, Record<string, unknown>>[] } & Record<string, unknown>;
  const sketch = (s: Mutable, c: number) =>
    s.columns[c]!['numeric']!['sketch'] as { levels: unknown[][]; count: number; k: number };
  const categories = (s: Mutable, c: number) => s.columns[c]!['categories'] as { values: string[] };

  const refusals: [string, (s: Mutable) => unknown, RegExp][] = [
    ['not an object', () => [1, 2], /^profile state \/p must be an object$/],
    ['another kind', (s) => ({ ...s, kind: 'mlgate/profile@1' }), /\/kind is "mlgate\/profile@1"/],
    ['an exact-mode state', (s) => ({ ...s, mode: 'exact' }), /\/mode must be "sketch"/],
    ['an unknown field', (s) => ({ ...s, extra: 1 }), /\/extra is not a field/],
    [
      'a count that is text',
      (s) => ((s.columns[1]!['numeric']!['count'] = '1461'), s),
      /\/columns\/1\/numeric\/count must be a whole count/,
    ],
    [
      'a mean parsed from 1e400',
      (s) => ((s.columns[1]!['numeric']!['mean'] = JSON.parse('1e400')), s),
      /\/columns\/1\/numeric\/mean must be a finite number/,
    ],
    [
      'a NaN sketch item',
      (s) => ((sketch(s, 2).levels[0]![0] = NaN), s),
      /\/columns\/2\/numeric\/sketch\/levels\/0\/0 must be a finite number/,
    ],
    [
      'a sketch of a million items',
      (s) => ((sketch(s, 2).levels[0] = new Array(1_000_000).fill(1)), s),
      /sketch\/levels\/0 has 1000000 items, more than the \d+ a profile state holds/,
    ],
    [
      'a sketch whose count is not its weight',
      (s) => ((sketch(s, 2).count += 1), s),
      /sketch\/count \d+ is not the weight of the sketch's items/,
    ],
    [
      'a negative m2',
      (s) => ((s.columns[3]!['numeric']!['m2'] = -1), s),
      /\/columns\/3\/numeric\/m2 is negative/,
    ],
    [
      'a category listed twice',
      (s) => ((categories(s, 5).values[1] = categories(s, 5).values[0]!), s),
      /\/columns\/5\/categories\/values\/1 repeats a value/,
    ],
    [
      'categories on a numeric column',
      (s) => ((s.columns[1]!['categories'] = { values: [], counts: [], other: 0, otherDistinct: 0 }), s),
      /\/columns\/1\/categories is not part of a numeric column/,
    ],
    ['a sketch of another k', (s) => ((sketch(s, 1).k = 200), s), /sketch\/k must be 128/],
  ];

  test.each(refusals)('is refused in one line: %s', async (_, tamper, message) => {
    const tampered = tamper((await state()) as unknown as Mutable);
    const started = performance.now();
    let error: unknown;
    try {
      parseProfileState(tampered, 'shard-2.json', '/p');
    } catch (e) {
      error = e;
    }
    expect(performance.now() - started).toBeLessThan(500);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(message);
    expect((error as UserError).message).not.toContain('\n');
    expect((error as UserError).location).toEqual({ file: 'shard-2.json' });
  });

  test('of other columns than the first shard’s is refused when merged, naming the shard', async () => {
    const good = await state();
    const other = { ...good, columns: good.columns.map((c, i) => (i === 5 ? { ...c, name: 'sky' } : c)) };
    expect(() => mergeProfileStates([good, good, other])).toThrow(
      /^shard 3's profile does not fit shard 1's: column 6 is "sky" \(string\), not "weather" \(string\)$/,
    );
  });

  test('whose counts add up past 2^53 is refused when merged', async () => {
    const good = (await state()) as unknown as Mutable;
    good.columns[5]!['categories']!['other'] = Number.MAX_SAFE_INTEGER - 10;
    const parsed = parseProfileState(good, 'big.json');
    expect(() => mergeProfileStates([parsed, parsed])).toThrow(
      /"weather": the shards' counts add up past 2\^53/,
    );
  });
});
