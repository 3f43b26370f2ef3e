import { BatchProfiler } from '../../../profile/batch-profile.js';
import type { BatchResult, ErrorExample } from './batch-result.js';
import { fmix } from './key-hash.js';
import type { Prepared } from './kernel-plan.js';
import { describe, preview } from './violation-messages.js';

/**
 * What one batch of rows has found so far: error counts per column and code, the first examples, null
 * counts, and the key hashes of every row. One per batch (a CSV byte range, a run of JSON records, a
 * columnar batch); `finishBatch` turns it into the BatchResult that crosses threads.
 */
export interface Accumulator {
  addError(column: number, code: number, line: number, value: string | null, message: string): void;
}

export type RowCallback = (values: readonly unknown[], line: number, batch: Accumulator) => void;

export interface Acc extends Accumulator {
  p: Prepared;
  counts: Float64Array;
  nulls: Float64Array;
  examples: ErrorExample[];
  perColumn: Int32Array;
  keyHashes: Uint32Array[];
  keyLines: Uint32Array[];
  keyCount: Int32Array;
  /** The current row's hash halves and null flags per plan column, combined into key hashes at its end. */
  rowHi: Int32Array;
  rowLo: Int32Array;
  rowNull: Uint8Array;
  /** Rows mode: the current row's cast values. */
  values: unknown[];
  line: number;
  rows: number;
  fatal: BatchResult['fatal'];
  /** An unescaped quoted cell (csv-records.ts). */
  scratch: Uint8Array;
  scratchLength: number;
  scratchAscii: boolean;
  /** The batch's profile recorder, when the plan profiles (CSV ranges). */
  profile: BatchProfiler | null;
}

/** `profileSeed`: profile this batch (when the plan asks), sampling with this seed (the batch's offset). */
export function newAcc(p: Prepared, profileSeed?: number): Acc {
  const acc: Acc = {
    p,
    counts: new Float64Array((p.n + 1) * p.plan.codeCount),
    nulls: new Float64Array(p.n),
    examples: [],
    perColumn: new Int32Array(p.n + 1),
    keyHashes: p.plan.keys.map(() => new Uint32Array(1024)),
    keyLines: p.plan.keys.map(() => new Uint32Array(512)),
    keyCount: new Int32Array(p.plan.keys.length),
    rowHi: new Int32Array(p.n),
    rowLo: new Int32Array(p.n),
    // Columns absent from the file stay null for key hashing; present ones are set by every row.
    rowNull: new Uint8Array(p.n).fill(1),
    values: new Array<unknown>(p.n),
    line: 0,
    rows: 0,
    fatal: null,
    scratch: Buffer.allocUnsafe(1024),
    scratchLength: 0,
    scratchAscii: true,
    profile:
      p.plan.profile !== undefined && profileSeed !== undefined
        ? new BatchProfiler(
            p.plan.columns.map((c) => c.kind),
            p.plan.profile,
            profileSeed,
            p.enumBytes,
          )
        : null,
    addError(column, code, line, value, message) {
      const slot = column < 0 ? p.n : column;
      acc.counts[slot * p.plan.codeCount + code]! += 1;
      if (acc.perColumn[slot]! < p.plan.maxExamplesPerColumn) {
        acc.perColumn[slot]! += 1;
        acc.examples.push({ column, code, line, value, message });
      }
    },
  };
  return acc;
}

export function finishBatch(acc: Acc, start: number, end: number): BatchResult {
  return {
    rows: acc.rows,
    lines: acc.line,
    counts: acc.counts,
    nulls: acc.nulls,
    examples: acc.examples,
    keys: acc.keyHashes.map((hashes, k) => ({
      hashes: hashes.slice(0, acc.keyCount[k]! * 2),
      lines: acc.keyLines[k]!.slice(0, acc.keyCount[k]!),
      count: acc.keyCount[k]!,
    })),
    start,
    end,
    fatal: acc.fatal,
    ...(acc.profile !== null ? { profile: acc.profile.finish() } : {}),
  };
}

/** Counts always; builds the example (and its message) only while the column still wants examples. */
export function violation(
  acc: Acc,
  c: number,
  code: number,
  line: number,
  buf: Uint8Array,
  s: number,
  e: number,
  why: string,
  bound?: number,
): void {
  const p = acc.p;
  const slot = c < 0 ? p.n : c;
  acc.counts[slot * p.plan.codeCount + code]! += 1;
  if (acc.perColumn[slot]! >= p.plan.maxExamplesPerColumn) return;
  acc.perColumn[slot]! += 1;
  const value = e > s || c >= 0 ? preview(buf, s, e) : null;
  acc.examples.push({ column: c, code, line, value, message: describe(p, c, why, value, bound) });
}

function pushKey(acc: Acc, k: number, hi: number, lo: number, line: number): void {
  const n = acc.keyCount[k]!;
  let hashes = acc.keyHashes[k]!;
  let lines = acc.keyLines[k]!;
  if (n * 2 === hashes.length) {
    const grownHashes = new Uint32Array(hashes.length * 2);
    grownHashes.set(hashes);
    acc.keyHashes[k] = hashes = grownHashes;
    const grownLines = new Uint32Array(lines.length * 2);
    grownLines.set(lines);
    acc.keyLines[k] = lines = grownLines;
  }
  hashes[n * 2] = hi;
  hashes[n * 2 + 1] = lo;
  lines[n] = line;
  acc.keyCount[k] = n + 1;
}

/**
 * Ends a row of `cells` cells (from any reader): missing and extra cells, then one hash per key whose
 * columns are all non-null, then the rows-mode callback.
 */
export function endRow(acc: Acc, cells: number, line: number, onRow: RowCallback | undefined): void {
  const p = acc.p;
  const header = p.plan.colMap.length;
  if (cells < header) {
    let first = -1;
    for (let i = cells; i < header; i++) {
      const c = p.plan.colMap[i]!;
      if (c >= 0) {
        acc.rowNull[c] = 1;
        acc.values[c] = undefined;
        if (first < 0) first = c;
      }
    }
    const message = `row has ${cells} of ${header} cells`;
    acc.addError(
      first,
      p.MISSING,
      line,
      null,
      first >= 0 ? `${message}; "${p.plan.columns[first]!.name}" and later are missing` : message,
    );
  } else if (cells > header) {
    acc.addError(-1, p.EXTRA, line, null, `row has ${cells} cells, the header has ${header}`);
  }
  const keys = p.plan.keys;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (key.length === 1) {
      const c = key[0]!;
      if (acc.rowNull[c] === 0) pushKey(acc, k, acc.rowHi[c]!, acc.rowLo[c]!, line);
      continue;
    }
    let hi = 0x2545f491;
    let lo = 0x61c88647;
    let anyNull = false;
    for (let j = 0; j < key.length; j++) {
      const c = key[j]!;
      if (acc.rowNull[c] === 1) anyNull = true;
      hi = fmix(Math.imul(hi ^ acc.rowHi[c]!, 0x9e3779b1) + j);
      lo = fmix(Math.imul(lo ^ acc.rowLo[c]!, 0x85ebca77) ^ hi);
    }
    if (!anyNull) pushKey(acc, k, hi, lo, line);
  }
  if (onRow !== undefined) onRow(acc.values, line, acc);
}
