import type { BatchProfile } from '../../../profile/batch-profile.js';

/**
 * What a batch of rows yields, from any reader (CSV byte ranges, JSON records, columnar batches), for
 * file-accumulator.ts to merge. Plain data and typed arrays: it crosses thread boundaries.
 */
export interface ErrorExample {
  /** Plan column index, or -1 for errors about the row (extra cells, blank rows, format, encoding). */
  readonly column: number;
  readonly code: number;
  /** Line relative to the batch's first line (0-based); the merger adds the batch's physical base line. */
  readonly line: number;
  readonly value: string | null;
  readonly message: string;
}

export interface KeyHashes {
  /** Interleaved high/low 32-bit halves of a 64-bit hash per non-null key value. */
  readonly hashes: Uint32Array;
  readonly lines: Uint32Array;
  readonly count: number;
  /**
   * Set by the columnar checker for single-column keys (ordered-key.ts): 1 where the value is above every
   * earlier value of the key, so it cannot be a repeat. Aligned with `lines`.
   */
  readonly fresh?: Uint8Array;
}

export interface BatchResult {
  readonly rows: number;
  /** Newlines consumed: the next batch's first line is this batch's first line plus `lines`. */
  readonly lines: number;
  /** `(columns + 1) × codeCount` counts; the extra last column holds row-level errors. */
  readonly counts: Float64Array;
  readonly nulls: Float64Array;
  readonly examples: readonly ErrorExample[];
  readonly keys: readonly KeyHashes[];
  /** Byte offsets actually covered ([start, end)), for the speculative split's consistency check. */
  readonly start: number;
  readonly end: number;
  /** A problem that stops the file (an unclosed quote, a record beyond the size cap). */
  readonly fatal: { readonly line: number; readonly code: number; readonly message: string } | null;
  /** What the batch adds to the dataset's profile, when profiling. */
  readonly profile?: BatchProfile;
  /** JSON Lines: 1 for each plan column some record of the batch has (a header says so for CSV). */
  readonly present?: Uint8Array;
}
