/**
 * Which statistic judges a column, and against which threshold. `auto` is Evidently's `get_default_stattest`:
 *
 * | reference rows | column                                  | method          |
 * |----------------|-----------------------------------------|-----------------|
 * | ≤ 1,000        | numeric, > 5 distinct values            | ks              |
 * | ≤ 1,000        | numeric, 3–5 distinct; categorical > 2  | chi-squared     |
 * | ≤ 1,000        | at most 2 distinct values               | z-test          |
 * | > 1,000        | numeric, > 5 distinct values            | wasserstein     |
 * | > 1,000        | anything else                           | jensen-shannon  |
 *
 * Distinct values are counted over both sides together. Tests drift when p < threshold (default 0.05),
 * distances when the statistic ≥ threshold (default 0.1).
 */
import type { ProfileColumnKind } from '../profile/column-profile.js';
import { UserError } from '../user-error.js';
import { TEST_METHODS, type DriftMethod } from './drift-report.js';
import { groupDigits } from '../count-words.js';

export const AUTO_SMALL_REFERENCE_ROWS = 1000;
export const AUTO_NUMERIC_MIN_DISTINCT = 5;
export const DEFAULT_TEST_THRESHOLD = 0.05;
export const DEFAULT_DISTANCE_THRESHOLD = 0.1;

/** `auto`, or one method by name: what mlgate.yml and `--method` accept. */
export type DriftMethodSetting = 'auto' | DriftMethod;

export interface ColumnShape {
  readonly kind: ProfileColumnKind;
  readonly referenceCount: number;
  /** Distinct values over both sides; `undefined` when only known to be many (a numeric profile without categories). */
  readonly distinct: number | undefined;
}

export interface MethodChoice {
  readonly method: DriftMethod;
  readonly reason: string;
}

export function autoMethod(shape: ColumnShape): MethodChoice {
  const many = shape.distinct === undefined || shape.distinct > AUTO_NUMERIC_MIN_DISTINCT;
  const rows = `${groupDigits(shape.referenceCount)} reference rows`;
  const distinct =
    shape.distinct === undefined ? 'many distinct values' : `${groupDigits(shape.distinct)} distinct values`;
  const why = (size: string): string => `auto: ${shape.kind}, ${rows} ${size}, ${distinct}`;
  if (shape.referenceCount <= AUTO_SMALL_REFERENCE_ROWS) {
    const size = '≤ 1,000';
    if (shape.kind === 'numeric' && many) return { method: 'ks', reason: why(size) };
    if ((shape.distinct ?? Infinity) > 2) return { method: 'chi-squared', reason: why(size) };
    return { method: 'z-test', reason: why(size) };
  }
  if (shape.kind === 'numeric' && many) return { method: 'wasserstein', reason: why('> 1,000') };
  return { method: 'jensen-shannon', reason: why('> 1,000') };
}

export function defaultThreshold(method: DriftMethod): number {
  return TEST_METHODS.has(method) ? DEFAULT_TEST_THRESHOLD : DEFAULT_DISTANCE_THRESHOLD;
}

/** Tests drift below their threshold, distances at or above it. */
export function isDrift(
  method: DriftMethod,
  statistic: number,
  pValue: number | undefined,
  threshold: number,
): boolean {
  return TEST_METHODS.has(method) ? (pValue ?? 1) < threshold : statistic >= threshold;
}

/** KS and Wasserstein compare numbers; asked of a categorical column, they are the user's mistake. */
export function checkApplicable(method: DriftMethod, kind: ProfileColumnKind, column: string): void {
  if ((method === 'ks' || method === 'wasserstein') && kind !== 'numeric') {
    throw new UserError(
      `drift method '${method}' needs a numeric column, and column '${column}' is categorical: use chi-squared, jensen-shannon, psi or l-infinity`,
    );
  }
}

/** A threshold from mlgate.yml or a flag: p-values and distances are finite and non-negative. */
export function checkThreshold(threshold: number, column: string): void {
  if (!Number.isFinite(threshold) || threshold < 0) {
    throw new UserError(
      `the drift threshold for column '${column}' is ${threshold}: expected a finite number ≥ 0`,
    );
  }
}

/** How a column is to be judged: from mlgate.yml's per-column entry, else its `drift.method`, else auto. */
export interface ColumnDriftSettings {
  readonly method: DriftMethodSetting;
  readonly threshold?: number;
  /** Where an explicit method came from, shown in `methodReason` (`mlgate.yml`, `--method`). */
  readonly source?: string;
}

export interface ResolvedMethod extends MethodChoice {
  readonly threshold: number;
}

export function resolveMethod(
  shape: ColumnShape,
  settings: ColumnDriftSettings,
  column: string,
): ResolvedMethod {
  const choice =
    settings.method === 'auto'
      ? autoMethod(shape)
      : { method: settings.method, reason: settings.source ?? 'configured' };
  checkApplicable(choice.method, shape.kind, column);
  const threshold = settings.threshold ?? defaultThreshold(choice.method);
  checkThreshold(threshold, column);
  return { ...choice, threshold };
}
