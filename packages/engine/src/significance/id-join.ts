import { UserError } from '../user-error.js';
import { IdIndex, IdMap, MAX_PROBE } from './id-index.js';
import type { RowsById } from './id-index.js';

/** How many unmatched ids a report names; the count is always complete. */
export const UNMATCHED_IDS_SHOWN = 5;

/** Ids present on one side only: how many, and the first few in that side's row order. */
export interface UnmatchedIds {
  readonly count: number;
  readonly first: readonly string[];
}

/**
 * Baseline and current predictions matched by `id`. Joined row j pairs baseline row `baselineRows[j]` with
 * current row `currentRows[j]`, in the current file's row order, so a metric of either side reads its own
 * columns by joined row. Rows on one side only are counted, never silently dropped.
 */
export interface IdJoin {
  readonly size: number;
  readonly baselineRows: Int32Array;
  readonly currentRows: Int32Array;
  /** In the baseline, not in the current predictions. */
  readonly missing: UnmatchedIds;
  /** In the current predictions, not in the baseline. */
  readonly extra: UnmatchedIds;
}

/** What the two sides are called in error messages (file names, usually). */
export interface JoinSources {
  readonly baseline: string;
  readonly current: string;
}

const DEFAULT_SOURCES: JoinSources = { baseline: 'baseline predictions', current: 'current predictions' };

/**
 * Joins by id. A duplicated id on either side is a UserError (exit 2): with two rows for one example there is
 * no pairing to test, and picking one would hide a broken export. Rows are numbered from 1 in messages.
 */
export function joinById(
  baselineIds: readonly string[],
  currentIds: readonly string[],
  sources: JoinSources = DEFAULT_SOURCES,
): IdJoin {
  const baselineRowOf = rowsById(baselineIds, sources.baseline);
  // Current-side duplicates are found without indexing every current id: a matched id remembers its current
  // row, and only the extra ids (usually few) get a map of their own.
  const currentRowOf = new Int32Array(baselineIds.length).fill(-1);
  const extraRowOf = new Map<string, number>();
  const baselineRows = new Int32Array(Math.min(baselineIds.length, currentIds.length));
  const currentRows = new Int32Array(baselineRows.length);
  let size = 0;
  const extraFirst: string[] = [];
  for (let row = 0; row < currentIds.length; row++) {
    const id = currentIds[row]!;
    const baselineRow = baselineRowOf.rowOf(id);
    const earlier = baselineRow < 0 ? extraRowOf.get(id) : currentRowOf[baselineRow]!;
    if (earlier !== undefined && earlier >= 0) throw duplicateId(sources.current, id, earlier, row);
    if (baselineRow < 0) {
      if (extraRowOf.size < UNMATCHED_IDS_SHOWN) extraFirst.push(id);
      extraRowOf.set(id, row);
      continue;
    }
    currentRowOf[baselineRow] = row;
    baselineRows[size] = baselineRow;
    currentRows[size] = row;
    size++;
  }
  const extraCount = extraRowOf.size;
  let missingCount = 0;
  const missingFirst: string[] = [];
  for (let row = 0; row < baselineIds.length; row++) {
    if (currentRowOf[row]! >= 0) continue;
    if (missingCount++ < UNMATCHED_IDS_SHOWN) missingFirst.push(baselineIds[row]!);
  }
  return {
    size,
    baselineRows: baselineRows.subarray(0, size),
    currentRows: currentRows.subarray(0, size),
    missing: { count: missingCount, first: missingFirst },
    extra: { count: extraCount, first: extraFirst },
  };
}

/** Rows by id, duplicates refused; on the Map when the table overflows (`maxProbe` is for tests). */
export function rowsById(ids: readonly string[], source: string, maxProbe = MAX_PROBE): RowsById {
  const index = new IdIndex(ids, ids.length, maxProbe);
  for (let row = 0; row < ids.length; row++) {
    const earlier = index.add(ids[row]!, row);
    if (earlier === 'overflow') return rowsByIdInMap(ids, source);
    if (earlier >= 0) throw duplicateId(source, ids[row]!, earlier, row);
  }
  return index;
}

function rowsByIdInMap(ids: readonly string[], source: string): RowsById {
  const map = new IdMap();
  for (let row = 0; row < ids.length; row++) {
    const earlier = map.add(ids[row]!, row);
    if (earlier >= 0) throw duplicateId(source, ids[row]!, earlier, row);
  }
  return map;
}

function duplicateId(source: string, id: string, earlier: number, row: number): UserError {
  return new UserError(
    `${source}: id ${JSON.stringify(id).slice(0, 200)} appears more than once (rows ${earlier + 1} and ${row + 1}); ids must be unique to pair baseline and current predictions`,
  );
}
