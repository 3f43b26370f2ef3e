/**
 * Drift of one column when both sides' values are at hand: every statistic is computed on the exact values, so
 * it equals scipy's (ks_2samp, chi2_contingency, wasserstein_distance / std, jensenshannon on Evidently's
 * binned shares) to rounding error (tested to 1e-6 against test/fixtures/drift/scipy-reference.json).
 */
import type { ProfileColumnKind } from '../profile/column-profile.js';
import { UserError } from '../user-error.js';
import { filledShares, categoryShares, type BinnedShares } from './binning/binned-shares.js';
import { chiSquaredTest } from './statistics/chi-squared.js';
import { sortedFiniteSample } from './statistics/drift-sample.js';
import { categoryChart, histogramChart } from './drift-chart-data.js';
import { isDrift, resolveMethod, type ColumnDriftSettings } from './drift-method-choice.js';
import type { ColumnDrift, DriftMethod } from './drift-report.js';
import { jensenShannonDistance } from './statistics/jensen-shannon.js';
import { lInfinityDistance } from './statistics/l-infinity.js';
import { populationStabilityIndexOfShares } from './statistics/psi.js';
import { histogramCounts, sturgesEdges } from './binning/sturges-histogram.js';
import { twoSampleKs } from './statistics/two-sample-ks.js';
import { normedWassersteinDistance } from './statistics/wasserstein.js';
import { proportionsZTest } from './statistics/z-test.js';

/** One side's exact values: finite numbers (NaN and nulls left out by the caller), or category counts. */
export type RawColumn =
  | { readonly kind: 'numeric'; readonly values: Float64Array }
  | { readonly kind: 'categorical'; readonly counts: ReadonlyMap<string, number> };

/** Evidently bins a numeric column for Jensen-Shannon and PSI only when its reference has more distinct values. */
export const BINNED_MIN_REFERENCE_DISTINCT = 20;

export interface ColumnIdentity {
  readonly name: string;
  /** The schema type (`number`, `string`, …). */
  readonly type: string;
}

export function rawColumnDrift(
  column: ColumnIdentity,
  baseline: RawColumn,
  current: RawColumn,
  settings: ColumnDriftSettings,
): ColumnDrift {
  if (baseline.kind !== current.kind) {
    throw new UserError(
      `column '${column.name}' is ${baseline.kind} in the baseline and ${current.kind} in the current data`,
    );
  }
  return baseline.kind === 'numeric' && current.kind === 'numeric'
    ? numericDrift(column, baseline.values, current.values, settings)
    : categoricalDrift(
        column,
        (baseline as { counts: ReadonlyMap<string, number> }).counts,
        (current as { counts: ReadonlyMap<string, number> }).counts,
        settings,
      );
}

function numericDrift(
  column: ColumnIdentity,
  baseline: Float64Array,
  current: Float64Array,
  settings: ColumnDriftSettings,
): ColumnDrift {
  const a = sortedFiniteSample(Array.from(baseline), 'baseline');
  const b = sortedFiniteSample(Array.from(current), 'current');
  const chosen = resolveMethod(
    { kind: 'numeric', referenceCount: a.length, distinct: distinctOfBoth(a, b) },
    settings,
    column.name,
  );
  const edges = sturgesEdges(
    Math.min(a[0]!, b[0]!),
    Math.max(a[a.length - 1]!, b[b.length - 1]!),
    a.length + b.length,
  );
  const baselineCounts = histogramCounts(a, edges);
  const currentCounts = histogramCounts(b, edges);
  const { statistic, pValue } = numericStatistic(chosen.method, a, b, baselineCounts, currentCounts);
  return {
    name: column.name,
    type: column.type,
    kind: 'numeric',
    method: chosen.method,
    statistic,
    ...(pValue === undefined ? {} : { pValue }),
    threshold: chosen.threshold,
    drifted: isDrift(chosen.method, statistic, pValue, chosen.threshold),
    methodReason: chosen.reason,
    baselineCount: a.length,
    currentCount: b.length,
    histogram: histogramChart(edges, baselineCounts, currentCounts),
  };
}

function numericStatistic(
  method: DriftMethod,
  a: Float64Array,
  b: Float64Array,
  baselineCounts: readonly number[],
  currentCounts: readonly number[],
): { statistic: number; pValue?: number } {
  switch (method) {
    case 'ks':
      return twoSampleKs(Array.from(a), Array.from(b));
    case 'wasserstein':
      return { statistic: normedWassersteinDistance(Array.from(a), Array.from(b)) };
    case 'jensen-shannon':
    case 'psi': {
      const shares = numericShares(a, b, baselineCounts, currentCounts);
      return { statistic: shareDistance(method, shares) };
    }
    default:
      return categoricalStatistic(method, valueCounts(a), valueCounts(b));
  }
}

/** Evidently's `get_binned_data`: Sturges bins when the reference has > 20 distinct values, else the values. */
function numericShares(
  a: Float64Array,
  b: Float64Array,
  baselineCounts: readonly number[],
  currentCounts: readonly number[],
): BinnedShares {
  if (distinctOfBoth(a, new Float64Array()) > BINNED_MIN_REFERENCE_DISTINCT) {
    return filledShares(baselineCounts, a.length, currentCounts, b.length);
  }
  return categoryShares(valueCounts(a), valueCounts(b));
}

function categoricalDrift(
  column: ColumnIdentity,
  baseline: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
  settings: ColumnDriftSettings,
): ColumnDrift {
  const chosen = resolveMethod(
    { kind: 'categorical', referenceCount: total(baseline), distinct: distinctCategories(baseline, current) },
    settings,
    column.name,
  );
  const { statistic, pValue } = categoricalStatistic(chosen.method, baseline, current);
  return categoricalResult(column, 'categorical', chosen, statistic, pValue, baseline, current);
}

export function categoricalResult(
  column: ColumnIdentity,
  kind: ProfileColumnKind,
  chosen: { method: DriftMethod; reason: string; threshold: number },
  statistic: number,
  pValue: number | undefined,
  baseline: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
): ColumnDrift {
  return {
    name: column.name,
    type: column.type,
    kind,
    method: chosen.method,
    statistic,
    ...(pValue === undefined ? {} : { pValue }),
    threshold: chosen.threshold,
    drifted: isDrift(chosen.method, statistic, pValue, chosen.threshold),
    methodReason: chosen.reason,
    baselineCount: total(baseline),
    currentCount: total(current),
    categories: categoryChart(baseline, current),
  };
}

/** The statistics that read category counts: chi-squared, z-test, l-infinity, and JS/PSI over categories. */
export function categoricalStatistic(
  method: DriftMethod,
  baseline: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
): { statistic: number; pValue?: number } {
  switch (method) {
    case 'chi-squared': {
      const { statistic, pValue } = chiSquaredTest(baseline, current);
      return { statistic, pValue };
    }
    case 'z-test':
      return proportionsZTest(baseline, current);
    case 'l-infinity':
      return { statistic: lInfinityDistance(baseline, current).distance };
    case 'jensen-shannon':
    case 'psi':
      return { statistic: shareDistance(method, categoryShares(baseline, current)) };
    default:
      throw new UserError(`drift method '${method}' needs numeric values`);
  }
}

export function shareDistance(method: 'jensen-shannon' | 'psi', shares: BinnedShares): number {
  return method === 'psi'
    ? populationStabilityIndexOfShares(shares.reference, shares.current)
    : jensenShannonDistance(shares.reference, shares.current);
}

/** A number's category is its shortest round-trip text, as the profile writes it. */
export function valueCounts(sorted: Float64Array): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of sorted) {
    const key = String(value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Distinct values over two sorted samples (Evidently's `nunique` of the concatenation). */
function distinctOfBoth(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let distinct = 0;
  while (i < a.length || j < b.length) {
    const value = Math.min(i < a.length ? a[i]! : Infinity, j < b.length ? b[j]! : Infinity);
    while (i < a.length && a[i] === value) i += 1;
    while (j < b.length && b[j] === value) j += 1;
    distinct += 1;
  }
  return distinct;
}

function distinctCategories(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let distinct = 0;
  for (const value of new Set([...a.keys(), ...b.keys()]))
    if ((a.get(value) ?? 0) + (b.get(value) ?? 0) > 0) distinct += 1;
  return distinct;
}

function total(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}
