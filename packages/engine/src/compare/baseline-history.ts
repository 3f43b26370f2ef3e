import type { MetricMap } from '../metrics/metric-collector.js';
import type { MetricValue } from '../metrics/metric-value.js';
import { UserError } from '../user-error.js';

/** Baselines a snapshot remembers by default (`baseline.history` in mlgate.yml). */
export const DEFAULT_HISTORY_LENGTH = 20;
/** The most `baseline.history` may ask for. */
export const MAX_HISTORY_LENGTH = 200;
/**
 * The most values a history holds (baselines × metric names): 500 metrics over 200 baselines, a few MB of JSON.
 * Beyond it the oldest baselines are dropped until it fits; the newest is always kept, so a run with more than
 * this many metrics remembers only itself.
 */
export const MAX_HISTORY_CELLS = 100_000;

/** One metric at one baseline: a number (the non-finite ones as strings, as in a snapshot), null when absent. */
export type HistoryCell = number | 'NaN' | 'Infinity' | '-Infinity' | null;

export interface HistoryCommit {
  readonly commit: string;
  /** ISO 8601, when the baseline was saved. */
  readonly date: string;
}

/**
 * The values of the last baselines saved on the default branch, oldest first; the last is the snapshot that
 * carries it. Column-wise, so a metric's name is written once however long the history.
 */
export interface BaselineHistory {
  readonly commits: readonly HistoryCommit[];
  /** Per metric, one cell per commit. A Map: metric names are untrusted and may be `__proto__`. */
  readonly values: ReadonlyMap<string, readonly HistoryCell[]>;
}

/** A metric's value at one baseline, as the comparison report carries it. */
export interface HistoryPoint {
  readonly commit: string;
  readonly date: string;
  /** A number, NaN or ±Infinity: text, booleans and nulls have no trend. */
  readonly value: Extract<MetricValue, { type: 'number' | 'nan' | 'infinity' }>;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** A full SHA-1 or SHA-256 commit id, as COMMIT_SHA_SCHEMA has it. */
export const isCommitSha = (text: unknown): text is string => typeof text === 'string' && SHA.test(text);

export function historyCell(value: MetricValue): HistoryCell {
  switch (value.type) {
    case 'number':
      return value.value;
    case 'nan':
      return 'NaN';
    case 'infinity':
      return value.sign > 0 ? 'Infinity' : '-Infinity';
    default:
      return null;
  }
}

function cellValue(cell: HistoryCell): HistoryPoint['value'] | undefined {
  if (typeof cell === 'number') return { type: 'number', value: cell };
  if (cell === 'NaN') return { type: 'nan' };
  if (cell === 'Infinity') return { type: 'infinity', sign: 1 };
  if (cell === '-Infinity') return { type: 'infinity', sign: -1 };
  return undefined;
}

/** Keeps the newest `length` baselines, then drops the oldest until the cells fit MAX_HISTORY_CELLS. */
function bounded(commits: readonly HistoryCommit[], columns: Map<string, HistoryCell[]>, length: number) {
  let start = Math.max(0, commits.length - length);
  const namesFrom = (from: number): number => {
    let count = 0;
    for (const cells of columns.values()) if (cells.slice(from).some((cell) => cell !== null)) count++;
    return count;
  };
  while (start < commits.length - 1 && (commits.length - start) * namesFrom(start) > MAX_HISTORY_CELLS) {
    // An eighth of what is left at a time: a few steps even for a long history, and little more dropped than needed.
    start += Math.max(1, Math.floor((commits.length - start) / 8));
  }
  start = Math.min(start, commits.length - 1);
  const values = new Map<string, readonly HistoryCell[]>();
  for (const [name, cells] of columns) {
    const kept = cells.slice(start);
    if (kept.some((cell) => cell !== null)) values.set(name, kept);
  }
  return { commits: commits.slice(start), values };
}

/**
 * The history a new baseline carries: the previous baseline's history, then this baseline's own values, cut
 * to the newest `length` (1 to MAX_HISTORY_LENGTH) and to MAX_HISTORY_CELLS.
 */
export function extendHistory(
  previous: BaselineHistory | undefined,
  own: HistoryCommit & { readonly metrics: MetricMap },
  length: number,
): BaselineHistory {
  const keep = Math.min(MAX_HISTORY_LENGTH, Math.max(1, Math.floor(length)));
  const before = previous?.commits ?? [];
  const columns = new Map<string, HistoryCell[]>();
  for (const [name, cells] of previous?.values ?? []) columns.set(name, [...cells]);
  for (const [name, metric] of own.metrics) {
    const cell = historyCell(metric.value);
    if (cell === null) continue;
    if (!columns.has(name)) columns.set(name, new Array<HistoryCell>(before.length).fill(null));
    columns.get(name)!.push(cell);
  }
  for (const cells of columns.values()) if (cells.length === before.length) cells.push(null);
  return bounded([...before, { commit: own.commit, date: own.date }], columns, keep);
}

/** As a snapshot writes it: plain JSON. */
export function historyJson(history: BaselineHistory): unknown {
  return { commits: history.commits, values: Object.fromEntries(history.values) };
}

const isCell = (cell: unknown): cell is HistoryCell =>
  cell === null ||
  (typeof cell === 'number' && Number.isFinite(cell)) ||
  cell === 'NaN' ||
  cell === 'Infinity' ||
  cell === '-Infinity';

/**
 * A snapshot's `history`, checked: a file from a git ref or a release is as untrusted as any input. Longer than
 * MAX_HISTORY_LENGTH (a snapshot written by hand) keeps the newest.
 */
export function readHistory(raw: unknown, file: string): BaselineHistory {
  const bad = (why: string) => new UserError(`the baseline's history ${why}`, { file });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('is not an object');
  const { commits, values } = raw as { commits?: unknown; values?: unknown };
  if (!Array.isArray(commits)) throw bad('has no list of commits');
  const checked: HistoryCommit[] = commits.map((entry: unknown, index) => {
    const { commit, date } = (entry ?? {}) as { commit?: unknown; date?: unknown };
    if (!isCommitSha(commit)) throw bad(`has no commit SHA at ${index}`);
    if (typeof date !== 'string' || date.length > 64) throw bad(`has no date at ${index}`);
    return { commit, date };
  });
  if (typeof values !== 'object' || values === null || Array.isArray(values)) throw bad('has no values');
  const columns = new Map<string, HistoryCell[]>();
  for (const [name, cells] of Object.entries(values)) {
    if (!Array.isArray(cells) || cells.length !== checked.length || !cells.every(isCell)) {
      throw bad(`of '${name.slice(0, 80)}' is not one number, NaN, ±Infinity or null per commit`);
    }
    columns.set(name, cells);
  }
  if (checked.length === 0) return { commits: [], values: new Map() };
  return bounded(checked, columns, MAX_HISTORY_LENGTH);
}

/** One metric's points, oldest first; baselines where it was absent are left out. */
export function metricHistory(history: BaselineHistory, name: string): HistoryPoint[] {
  const cells = history.values.get(name);
  if (cells === undefined) return [];
  const points: HistoryPoint[] = [];
  cells.forEach((cell, index) => {
    const value = cellValue(cell);
    const at = history.commits[index];
    if (value !== undefined && at !== undefined) points.push({ commit: at.commit, date: at.date, value });
  });
  return points;
}
