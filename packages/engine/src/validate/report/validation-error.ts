import type { ErrorCode } from './error-codes.js';

/** One reported problem, as it appears in the report and in annotations. */
export interface ValidationError {
  readonly code: ErrorCode;
  readonly file: string;
  /** Physical line for CSV/JSONL (1-based, the header is line 1), record number for columnar files; null for file-level problems. */
  readonly row: number | null;
  readonly field: string | null;
  readonly message: string;
  /** The offending value as text, truncated to 80 characters; null when there is no single value. */
  readonly value: string | null;
}
