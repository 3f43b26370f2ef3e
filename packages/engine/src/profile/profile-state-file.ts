import { UserError } from '../user-error.js';
import { CATEGORY_BOUND, NUMERIC_DISTINCT_BOUND } from './batch-profile.js';
import type { ProfileColumnKind } from './column-profile.js';
import { PROFILE_SKETCH_K } from './column-profiler.js';
import type {
  CategoryProfileState,
  ColumnProfileState,
  DatasetProfileState,
  NumericProfileState,
} from './profile-state.js';
import { PROFILE_STATE_KIND } from './profile-state.js';
import type { QuantileSketchState } from './quantile-sketch.js';

/** More columns than any schema mlgate reads (the profile's own schema allows as many). */
const MAX_COLUMNS = 100_000;
/** A sketch's levels: 2^53 values need 53, and a count past that is not a safe integer anyway. */
const MAX_LEVELS = 54;
/**
 * A sketch of k items at rest holds at most its levels' capacities: under 3k for the upper levels and 9 for
 * each of the rest (quantile-sketch.ts); anything above is not a sketch the profiler wrote.
 */
const MAX_SKETCH_ITEMS = 3 * PROFILE_SKETCH_K + 9 * MAX_LEVELS;
/** The profiler folds its category table at 2 × CATEGORY_BOUND values, so it never holds that many. */
const MAX_CATEGORIES = 2 * CATEGORY_BOUND - 1;

/**
 * Checks a profile state that another job wrote (a shard's partial): untrusted, so every field is checked
 * for its type and its invariants before the merge reads it, arrays are checked for length before they are
 * walked, and any problem is one line naming where it is (`at` is the state's place in its document, e.g.
 * `/datasets/0/profile`). The state is returned as given once it passes: it holds only plain data.
 */
export function parseProfileState(value: unknown, file: string, at = ''): DatasetProfileState {
  const fail = (where: string, problem: string): never => {
    throw new UserError(`profile state ${at}${where} ${problem}`, { file });
  };
  const state = object(value, '', ['kind', 'mode', 'columns'], fail);
  if (state['kind'] !== PROFILE_STATE_KIND)
    fail('/kind', `is ${JSON.stringify(state['kind'] ?? null)}, not ${PROFILE_STATE_KIND}`);
  if (state['mode'] !== 'sketch') fail('/mode', 'must be "sketch" (only sketch profiles merge)');
  const columns = array(state['columns'], '/columns', MAX_COLUMNS, fail);
  columns.forEach((column, c) => checkColumn(column, `/columns/${c}`, fail));
  return value as DatasetProfileState;
}

type Fail = (where: string, problem: string) => never;

const KINDS: readonly (ProfileColumnKind | null)[] = ['numeric', 'categorical', null];

function checkColumn(value: unknown, at: string, fail: Fail): void {
  const column = object(value, at, ['name', 'type', 'kind', 'numeric', 'categories'], fail);
  text(column['name'], `${at}/name`, fail);
  text(column['type'], `${at}/type`, fail);
  const kind = column['kind'] as ColumnProfileState['kind'];
  if (!KINDS.includes(kind)) fail(`${at}/kind`, 'must be "numeric", "categorical" or null');
  // Each kind has exactly its own part: a numeric column no categories, a categorical one no moments.
  for (const [part, owner] of [
    ['numeric', 'numeric'],
    ['categories', 'categorical'],
  ] as const) {
    const present = column[part] !== undefined;
    if (present !== (kind === owner))
      fail(`${at}/${part}`, present ? `is not part of a ${kind ?? 'null'} column` : 'is missing');
  }
  if (kind === 'numeric') checkNumeric(column['numeric'], `${at}/numeric`, fail);
  if (kind === 'categorical') checkCategories(column['categories'], `${at}/categories`, fail);
}

function checkNumeric(value: unknown, at: string, fail: Fail): void {
  const keys: (keyof NumericProfileState)[] = [
    'count',
    'mean',
    'm2',
    'min',
    'max',
    'nan',
    'positiveInfinity',
    'negativeInfinity',
    'sketch',
    'distinct',
  ];
  const numeric = object(value, at, keys, fail);
  for (const key of ['count', 'nan', 'positiveInfinity', 'negativeInfinity'] as const)
    count(numeric[key], `${at}/${key}`, fail);
  const n = numeric['count'] as number;
  finite(numeric['mean'], `${at}/mean`, fail);
  if (finite(numeric['m2'], `${at}/m2`, fail) < 0) fail(`${at}/m2`, 'is negative');
  if (n === 0) {
    if (numeric['min'] !== null || numeric['max'] !== null)
      fail(`${at}/min`, 'and max must be null without finite values');
    if (numeric['mean'] !== 0 || numeric['m2'] !== 0)
      fail(`${at}/mean`, 'and m2 must be 0 without finite values');
  } else {
    const min = finite(numeric['min'], `${at}/min`, fail);
    if (finite(numeric['max'], `${at}/max`, fail) < min) fail(`${at}/max`, 'is below min');
  }
  checkSketch(numeric['sketch'], `${at}/sketch`, fail);
  checkDistinct(numeric['distinct'], n, `${at}/distinct`, fail);
}

function checkSketch(value: unknown, at: string, fail: Fail): void {
  const keys: (keyof QuantileSketchState)[] = ['k', 'count', 'min', 'max', 'levels', 'seed'];
  const sketch = object(value, at, keys, fail);
  if (sketch['k'] !== PROFILE_SKETCH_K) fail(`${at}/k`, `must be ${PROFILE_SKETCH_K}, the profiles' k`);
  const n = count(sketch['count'], `${at}/count`, fail);
  const min = finite(sketch['min'], `${at}/min`, fail);
  const max = finite(sketch['max'], `${at}/max`, fail);
  const seed = sketch['seed'];
  if (!Number.isInteger(seed) || (seed as number) < 1 || (seed as number) > 0xffff_ffff)
    fail(`${at}/seed`, 'must be an integer 1..2^32-1 (the generator state)');
  const levels = array(sketch['levels'], `${at}/levels`, MAX_LEVELS, fail);
  let items = 0;
  let weight = 0;
  levels.forEach((level, h) => {
    const values = array(level, `${at}/levels/${h}`, MAX_SKETCH_ITEMS - items, fail);
    items += values.length;
    weight += values.length * 2 ** h;
    values.forEach((item, i) => {
      const v = finite(item, `${at}/levels/${h}/${i}`, fail);
      if (v < min || v > max) fail(`${at}/levels/${h}/${i}`, 'lies outside the sketch min and max');
    });
  });
  if (weight !== n) fail(`${at}/count`, `${n} is not the weight of the sketch's items (${weight})`);
  if (n === 0 && (min !== 0 || max !== 0)) fail(`${at}/min`, 'and max of an empty sketch must be 0');
  if (n > 0 && min > max) fail(`${at}/max`, 'is below min');
}

function checkDistinct(value: unknown, n: number, at: string, fail: Fail): void {
  if (value === null) return;
  const distinct = object(value, at, ['values', 'counts'], fail);
  const values = array(distinct['values'], `${at}/values`, NUMERIC_DISTINCT_BOUND, fail);
  const counts = array(distinct['counts'], `${at}/counts`, NUMERIC_DISTINCT_BOUND, fail);
  if (counts.length !== values.length) fail(`${at}/counts`, 'must be as many as the values');
  const seen = new Set<number>();
  let total = 0;
  values.forEach((value, i) => {
    const v = finite(value, `${at}/values/${i}`, fail);
    if (seen.has(v)) fail(`${at}/values/${i}`, 'repeats a value');
    seen.add(v);
    total += positive(counts[i], `${at}/counts/${i}`, fail);
  });
  // While the profiler counts distinct values it counts every finite one.
  if (total !== n) fail(`${at}/counts`, `add up to ${total}, not the column's ${n} finite values`);
}

function checkCategories(value: unknown, at: string, fail: Fail): void {
  const keys: (keyof CategoryProfileState)[] = ['values', 'counts', 'other', 'otherDistinct'];
  const categories = object(value, at, keys, fail);
  const values = array(categories['values'], `${at}/values`, MAX_CATEGORIES, fail);
  const counts = array(categories['counts'], `${at}/counts`, MAX_CATEGORIES, fail);
  if (counts.length !== values.length) fail(`${at}/counts`, 'must be as many as the values');
  const seen = new Set<string>();
  values.forEach((value, i) => {
    const v = text(value, `${at}/values/${i}`, fail);
    if (seen.has(v)) fail(`${at}/values/${i}`, 'repeats a value');
    seen.add(v);
    positive(counts[i], `${at}/counts/${i}`, fail);
  });
  const other = count(categories['other'], `${at}/other`, fail);
  if (count(categories['otherDistinct'], `${at}/otherDistinct`, fail) > other)
    fail(`${at}/otherDistinct`, 'exceeds the values folded into other');
}

/** A plain object with only the `allowed` keys. */
function object(value: unknown, at: string, allowed: readonly string[], fail: Fail): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(at, 'must be an object');
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (!allowed.includes(key)) fail(`${at}/${key}`, 'is not a field of a profile state');
  }
  return record;
}

function array(value: unknown, at: string, max: number, fail: Fail): readonly unknown[] {
  if (!Array.isArray(value)) fail(at, 'must be an array');
  const items = value as unknown[];
  if (items.length > max) fail(at, `has ${items.length} items, more than the ${max} a profile state holds`);
  return items;
}

function text(value: unknown, at: string, fail: Fail): string {
  if (typeof value !== 'string') fail(at, 'must be a string');
  return value as string;
}

/** A number JSON can hold (a literal like 1e400 parses to Infinity). */
function finite(value: unknown, at: string, fail: Fail): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(at, 'must be a finite number');
  return value as number;
}

function count(value: unknown, at: string, fail: Fail): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) fail(at, 'must be a whole count (0 to 2^53-1)');
  return value as number;
}

function positive(value: unknown, at: string, fail: Fail): number {
  if (count(value, at, fail) === 0) fail(at, 'must be positive');
  return value as number;
}
