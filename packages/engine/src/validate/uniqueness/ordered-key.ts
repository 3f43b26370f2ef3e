import type { ColumnData } from '../readers/data-reader.js';

/** Flags per row, aligned with the key's hashes (KeyHashes.fresh). */
export const PROBE = 0;
/** Above every value kept as fresh so far: it cannot repeat one of them. */
export const FRESH = 1;
/** Fresh, and the fresh value just before it stops being fresh (it was a spike, now a probe). */
export const FRESH_DEMOTING = 2;

/**
 * Splits a single-column key, row by row, into a strictly increasing run of "fresh" values and the rest
 * ("probes"), so that key-uniqueness.ts needs no set lookup for the run: its values are distinct by order.
 *
 * Why: ids, timestamps and sequence numbers are usually written in order, and inserting millions of hashes
 * into a table larger than the caches was the largest single cost of validating a columnar file. Against the
 * last fresh value it is one compare per row.
 *
 * One spike does not end the run: a value below the last fresh one but above the one before it demotes the
 * last one to a probe and takes its place (an "XX-1" among "ID-…" ids, or a row out of place). Repeats,
 * NaN and anything out of order become probes, which key-uniqueness.ts checks exactly at the end.
 *
 * Order is byte order for text (distinct bytes are distinct values, as the key hash sees them) and numeric
 * order for numbers. Dictionary, boolean and plain-value columns are not classified: their keys go to the set.
 */
export class OrderedKey {
  /** The last two fresh values, `last` above `before`; `before` absent means "below everything". */
  private last: Slice | undefined;
  private before: Slice | undefined;
  private lastNumber = NaN;
  private beforeNumber = -Infinity;
  private lastWords: [number, number] | undefined;
  private beforeWords: [number, number] | undefined;

  /**
   * Fills `flags[i]` (PROBE, FRESH, FRESH_DEMOTING) for each non-null row. Returns false, leaving `flags`
   * alone, for a column it does not classify.
   */
  classify(data: ColumnData, rows: number, validity: Uint8Array | undefined, flags: Uint8Array): boolean {
    switch (data.type) {
      case 'utf8':
        this.classifyText(data.offsets, data.data, rows, validity, flags);
        return true;
      case 'int64':
      case 'uint64':
        this.classifyWords(
          new Int32Array(data.values.buffer, data.values.byteOffset, rows * 2),
          data.type === 'int64',
          rows,
          validity,
          flags,
        );
        return true;
      case 'dictionary':
      case 'values':
      case 'bool':
        return false;
      default:
        this.classifyNumbers(data.values, rows, validity, flags);
        return true;
    }
  }

  private classifyNumbers(
    values: ArrayLike<number>,
    rows: number,
    validity: Uint8Array | undefined,
    flags: Uint8Array,
  ): void {
    let last = this.lastNumber;
    let before = this.beforeNumber;
    for (let i = 0; i < rows; i++) {
      if (validity !== undefined && validity[i] === 0) continue;
      const v = values[i]!;
      // NaN compares false everywhere: always a probe. `last` is NaN until the first fresh value.
      if (v > last || (last !== last && v === v)) {
        flags[i] = FRESH;
        if (last === last) before = last;
        last = v;
      } else if (v < last && v > before) {
        flags[i] = FRESH_DEMOTING;
        last = v;
      } else flags[i] = PROBE;
    }
    this.lastNumber = last;
    this.beforeNumber = before;
  }

  private classifyWords(
    words: Int32Array,
    signed: boolean,
    rows: number,
    validity: Uint8Array | undefined,
    flags: Uint8Array,
  ): void {
    // High word (signed for int64), then the low word unsigned; in locals, not arrays: once per row.
    let hasLast = this.lastWords !== undefined;
    let [lastHigh, lastLow] = this.lastWords ?? [0, 0];
    let hasBefore = this.beforeWords !== undefined;
    let [beforeHigh, beforeLow] = this.beforeWords ?? [0, 0];
    for (let i = 0; i < rows; i++) {
      if (validity !== undefined && validity[i] === 0) continue;
      const h = signed ? words[i * 2 + 1]! : words[i * 2 + 1]! >>> 0;
      const l = words[i * 2]! >>> 0;
      const versusLast = !hasLast ? 1 : h !== lastHigh ? h - lastHigh : l - lastLow;
      if (versusLast > 0) {
        flags[i] = FRESH;
        hasBefore = hasLast;
        beforeHigh = lastHigh;
        beforeLow = lastLow;
      } else if (versusLast < 0 && (!hasBefore || h > beforeHigh || (h === beforeHigh && l > beforeLow))) {
        flags[i] = FRESH_DEMOTING;
      } else {
        flags[i] = PROBE;
        continue;
      }
      hasLast = true;
      lastHigh = h;
      lastLow = l;
    }
    this.lastWords = hasLast ? [lastHigh, lastLow] : undefined;
    this.beforeWords = hasBefore ? [beforeHigh, beforeLow] : undefined;
  }

  private classifyText(
    offsets: Int32Array,
    data: Uint8Array,
    rows: number,
    validity: Uint8Array | undefined,
    flags: Uint8Array,
  ): void {
    // The two values as (bytes, start, end) in locals, not objects: this runs once per row.
    let lastBytes = this.last?.bytes;
    let lastStart = this.last?.start ?? 0;
    let lastEnd = this.last?.end ?? 0;
    let beforeBytes = this.before?.bytes;
    let beforeStart = this.before?.start ?? 0;
    let beforeEnd = this.before?.end ?? 0;
    for (let i = 0; i < rows; i++) {
      if (validity !== undefined && validity[i] === 0) continue;
      const s = offsets[i]!;
      const e = offsets[i + 1]!;
      const versusLast =
        lastBytes === undefined ? 1 : compareBytes(data, s, e, lastBytes, lastStart, lastEnd);
      if (versusLast > 0) {
        flags[i] = FRESH;
        beforeBytes = lastBytes;
        beforeStart = lastStart;
        beforeEnd = lastEnd;
      } else if (
        versusLast < 0 &&
        (beforeBytes === undefined || compareBytes(data, s, e, beforeBytes, beforeStart, beforeEnd) > 0)
      ) {
        flags[i] = FRESH_DEMOTING;
      } else {
        flags[i] = PROBE;
        continue;
      }
      lastBytes = data;
      lastStart = s;
      lastEnd = e;
    }
    // Copies: the batch's bytes may be reused for the next batch.
    this.last = lastBytes && own({ bytes: lastBytes, start: lastStart, end: lastEnd }, data);
    this.before = beforeBytes && own({ bytes: beforeBytes, start: beforeStart, end: beforeEnd }, data);
  }
}

interface Slice {
  readonly bytes: Uint8Array;
  readonly start: number;
  readonly end: number;
}

function own(slice: Slice, batch: Uint8Array): Slice {
  if (slice.bytes !== batch) return slice;
  return { bytes: batch.slice(slice.start, slice.end), start: 0, end: slice.end - slice.start };
}

/** Lexicographic byte order of a[as, ae) and b[bs, be): negative, zero or positive. */
function compareBytes(a: Uint8Array, as: number, ae: number, b: Uint8Array, bs: number, be: number): number {
  const n = Math.min(ae - as, be - bs);
  for (let i = 0; i < n; i++) {
    const d = a[as + i]! - b[bs + i]!;
    if (d !== 0) return d;
  }
  return ae - as - (be - bs);
}
