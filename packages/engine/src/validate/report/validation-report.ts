import type { ReportSubject } from '../../report/report-subject.js';
import type { CheckPlan } from '../schema/check-plan.js';
import type { DataFormat } from '../readers/data-format.js';
import type { ErrorCode } from './error-codes.js';
import type { ValidationError } from './validation-error.js';
import { countWords as count } from '../../count-words.js';

/** The `mlgate/validation@1` report: the contract between validate, the renderers and publish-model. */
export const VALIDATION_REPORT_KIND = 'mlgate/validation@1';

export interface ColumnReport {
  readonly name: string;
  readonly type: string;
  readonly present: boolean;
  readonly nulls: number;
  readonly errors: Partial<Record<ErrorCode, number>>;
}

export interface FileReport {
  readonly path: string;
  readonly format: DataFormat;
  readonly bytes: number;
  readonly sha256: string;
  readonly rows: number;
  readonly valid: boolean;
  readonly errorCount: number;
  readonly errorsByCode: Partial<Record<ErrorCode, number>>;
  readonly columns: readonly ColumnReport[];
  /** Errors about rows rather than one column: extra cells, blank rows, encoding, composite keys, row count. */
  readonly rowErrors: Partial<Record<ErrorCode, number>>;
  /** Present when reading stopped early; counts then cover the rows before this point. */
  readonly stoppedAt?: ValidationError;
}

export interface ValidationReport {
  readonly kind: typeof VALIDATION_REPORT_KIND;
  readonly mlgateVersion: string;
  readonly subject: ReportSubject;
  /** `fail` exactly when `valid` is false: data has no warnings and always has something to check. */
  readonly verdict: 'pass' | 'fail';
  /** One line for people: `2 files valid`, `12 errors in 1 of 2 files`. */
  readonly verdictReason: string;
  readonly createdAt: string;
  readonly valid: boolean;
  readonly rows: number;
  readonly errorCount: number;
  readonly errorsByCode: Partial<Record<ErrorCode, number>>;
  /** The first errors, at most `limits.maxErrors` in all and `limits.examplesPerColumn` per column and file. */
  readonly errors: readonly ValidationError[];
  /** True when `errors` holds fewer entries than `errorCount`. */
  readonly errorsTruncated: boolean;
  readonly limits: { readonly maxErrors: number; readonly examplesPerColumn: number };
  readonly schema: {
    readonly path: string;
    readonly language: CheckPlan['language'];
    readonly sha256: string;
  };
  readonly files: readonly FileReport[];
  /** sha256 over the schema hash and every file's sha256 (sorted), for lineage in model releases. */
  readonly fingerprint: string;
}

/** The verdict of a validation: any error fails it. */
export function validationVerdict(
  files: readonly FileReport[],
  errorCount: number,
): Pick<ValidationReport, 'verdict' | 'verdictReason'> {
  if (errorCount === 0) return { verdict: 'pass', verdictReason: `${count(files.length, 'file')} valid` };
  const invalid = files.filter((file) => !file.valid).length;
  return {
    verdict: 'fail',
    verdictReason: `${count(errorCount, 'error')} in ${invalid} of ${count(files.length, 'file')}`,
  };
}
