import type { IdKeys } from './id-keys.js';

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

/**
 * Joins by id. Ids are unique on each side by construction (IdKeys), so every current row has at most one
 * partner; each is looked up in the table the baseline's reader built. Number ids meet text ids as text.
 */
export function joinById(baselineKeys: IdKeys, currentKeys: IdKeys): IdJoin {
  const sameKind = baselineKeys.kind === currentKeys.kind;
  const baseline = sameKind ? baselineKeys : baselineKeys.asTexts();
  const current = sameKind ? currentKeys : currentKeys.asTexts();
  const matched = new Uint8Array(baseline.length);
  const baselineRows = new Int32Array(Math.min(baseline.length, current.length));
  const currentRows = new Int32Array(baselineRows.length);
  let size = 0;
  let extraCount = 0;
  const extraFirst: string[] = [];
  for (let row = 0; row < current.length; row++) {
    const baselineRow = baseline.find(current, row);
    if (baselineRow < 0) {
      if (extraCount++ < UNMATCHED_IDS_SHOWN) extraFirst.push(current.text(row));
      continue;
    }
    matched[baselineRow] = 1;
    baselineRows[size] = baselineRow;
    currentRows[size] = row;
    size++;
  }
  let missingCount = 0;
  const missingFirst: string[] = [];
  for (let row = 0; row < baseline.length; row++) {
    if (matched[row] === 1) continue;
    if (missingCount++ < UNMATCHED_IDS_SHOWN) missingFirst.push(baseline.text(row));
  }
  return {
    size,
    baselineRows: baselineRows.subarray(0, size),
    currentRows: currentRows.subarray(0, size),
    missing: { count: missingCount, first: missingFirst },
    extra: { count: extraCount, first: extraFirst },
  };
}
