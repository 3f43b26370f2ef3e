/**
 * Drift of one column when at least one side is a saved profile (mlgate/profile@1): numbers are read from the
 * quantile sketches, categories from the category counts. What this costs in accuracy, against the raw path on
 * the same values (ε_b, ε_c: each sketch's rank error, about 1.65/k at 99% confidence, under 0.0083 at k = 200;
 * 0 while a sketch still holds every value):
 * - ks: the statistic is within ε_b + ε_c of the exact D; the p-value is ks_2samp's for that D and the true counts;
 * - wasserstein: the CDFs differ by at most ε_b + ε_c everywhere, so the distance moves by at most
 *   (ε_b + ε_c) · (max - min) / std_b (a worst case: in practice one to two orders of magnitude less);
 * - jensen-shannon, psi: each Sturges bin's share is within 2ε of the exact one (the distances follow, more
 *   loosely for PSI, whose logarithm magnifies errors in near-empty bins);
 * - chi-squared, z-test, l-infinity: exact when both sides' categories are exact (`categories.exact`); otherwise the
 *   values beyond the profile's bound are pooled into one "(other)" category.
 * The bounds tested on vega data are in profile-column-drift.test.ts and docs/drift.md.
 */
import type { CategorySummary, ColumnProfile, NumericSummary } from '../profile/column-profile.js';
import { UserError } from '../user-error.js';
import { categoryShares, filledShares, type BinnedShares } from './binning/binned-shares.js';
import { histogramChart } from './drift-chart-data.js';
import { isDrift, resolveMethod, type ColumnDriftSettings } from './drift-method-choice.js';
import type { ColumnDrift, DriftMethod } from './drift-report.js';
import {
  BINNED_MIN_REFERENCE_DISTINCT,
  categoricalResult,
  categoricalStatistic,
  shareDistance,
} from './raw-column-drift.js';
import {
  SketchDistribution,
  sketchBinShares,
  sketchKsStatistic,
  sketchWasserstein,
} from './sketch-distribution.js';
import { sturgesEdges } from './binning/sturges-histogram.js';
import { ksWithSizes } from './statistics/two-sample-ks.js';
import { NORMED_WASSERSTEIN_MIN_STD } from './statistics/wasserstein.js';

/** The bucket for the values a non-exact category summary did not list. */
export const OTHER_CATEGORY = '(other)';

export function profileColumnDrift(
  baseline: ColumnProfile,
  current: ColumnProfile,
  settings: ColumnDriftSettings,
): ColumnDrift {
  if (baseline.kind !== current.kind) {
    throw new UserError(
      `column '${baseline.name}' is ${baseline.kind} in the baseline and ${current.kind} in the current data`,
    );
  }
  return baseline.kind === 'numeric'
    ? numericDrift(baseline, current, settings)
    : categoricalDrift(baseline, current, settings);
}

function numericDrift(
  baseline: ColumnProfile,
  current: ColumnProfile,
  settings: ColumnDriftSettings,
): ColumnDrift {
  const b = numericSummary(baseline, 'baseline');
  const c = numericSummary(current, 'current');
  const chosen = resolveMethod(
    {
      kind: 'numeric',
      referenceCount: b.count,
      distinct: distinctOfBoth(baseline.categories, current.categories),
    },
    settings,
    baseline.name,
  );
  const fb = SketchDistribution.fromState(b.sketch, `baseline '${baseline.name}'`);
  const fc = SketchDistribution.fromState(c.sketch, `current '${baseline.name}'`);
  const edges = sturgesEdges(
    Math.min(b.min ?? fb.min, c.min ?? fc.min),
    Math.max(b.max ?? fb.max, c.max ?? fc.max),
    b.count + c.count,
  );
  const baselineShares = sketchBinShares(fb, edges);
  const currentShares = sketchBinShares(fc, edges);
  const { statistic, pValue } = numericStatistic(chosen.method, baseline, current, {
    fb,
    fc,
    b,
    c,
    baselineShares,
    currentShares,
  });
  return {
    name: baseline.name,
    type: baseline.type,
    kind: 'numeric',
    method: chosen.method,
    statistic,
    ...(pValue === undefined ? {} : { pValue }),
    threshold: chosen.threshold,
    drifted: isDrift(chosen.method, statistic, pValue, chosen.threshold),
    methodReason: chosen.reason,
    baselineCount: b.count,
    currentCount: c.count,
    histogram: histogramChart(edges, baselineShares, currentShares),
  };
}

interface NumericSides {
  readonly fb: SketchDistribution;
  readonly fc: SketchDistribution;
  readonly b: NumericSummary;
  readonly c: NumericSummary;
  readonly baselineShares: readonly number[];
  readonly currentShares: readonly number[];
}

function numericStatistic(
  method: DriftMethod,
  baseline: ColumnProfile,
  current: ColumnProfile,
  sides: NumericSides,
): { statistic: number; pValue?: number } {
  switch (method) {
    case 'ks': {
      const { statistic, pValue } = ksWithSizes(
        sketchKsStatistic(sides.fb, sides.fc),
        sides.b.count,
        sides.c.count,
      );
      return { statistic, pValue };
    }
    case 'wasserstein':
      return {
        statistic:
          sketchWasserstein(sides.fb, sides.fc) / Math.max(sides.b.std ?? 0, NORMED_WASSERSTEIN_MIN_STD),
      };
    case 'jensen-shannon':
    case 'psi':
      return { statistic: shareDistance(method, numericShares(baseline, current, sides)) };
    default:
      return categoricalStatistic(
        method,
        categoryCounts(baseline, 'baseline', method),
        categoryCounts(current, 'current', method),
      );
  }
}

/** Evidently bins on Sturges edges when the reference has more than 20 distinct values, else on the values. */
function numericShares(baseline: ColumnProfile, current: ColumnProfile, sides: NumericSides): BinnedShares {
  const few =
    baseline.categories?.exact === true && baseline.categories.distinct <= BINNED_MIN_REFERENCE_DISTINCT;
  if (few && current.categories !== undefined) {
    return categoryShares(categoryMap(baseline.categories!), categoryMap(current.categories));
  }
  return filledShares(sides.baselineShares, 1, sides.currentShares, 1);
}

function categoricalDrift(
  baseline: ColumnProfile,
  current: ColumnProfile,
  settings: ColumnDriftSettings,
): ColumnDrift {
  const chosen = resolveMethod(
    {
      kind: 'categorical',
      referenceCount: baseline.count,
      distinct:
        distinctOfBoth(baseline.categories, current.categories) ??
        Math.max(baseline.categories?.distinct ?? 0, current.categories?.distinct ?? 0),
    },
    settings,
    baseline.name,
  );
  const b = categoryCounts(baseline, 'baseline', chosen.method);
  const c = categoryCounts(current, 'current', chosen.method);
  const { statistic, pValue } = categoricalStatistic(chosen.method, b, c);
  return categoricalResult(baseline, 'categorical', chosen, statistic, pValue, b, c);
}

function numericSummary(column: ColumnProfile, side: string): NumericSummary {
  if (column.numeric === undefined || column.numeric.count === 0) {
    throw new UserError(`the ${side} profile of numeric column '${column.name}' has no numeric values`);
  }
  return column.numeric;
}

function categoryCounts(column: ColumnProfile, side: string, method: DriftMethod): Map<string, number> {
  if (column.categories === undefined) {
    throw new UserError(
      `drift method '${method}' needs category counts, and the ${side} profile of column '${column.name}' has none (too many distinct values): use ks, wasserstein, jensen-shannon or psi`,
    );
  }
  return categoryMap(column.categories);
}

function categoryMap(summary: CategorySummary): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { value, count } of summary.values) counts.set(value, (counts.get(value) ?? 0) + count);
  if (summary.other > 0) counts.set(OTHER_CATEGORY, (counts.get(OTHER_CATEGORY) ?? 0) + summary.other);
  return counts;
}

/** Distinct values over both sides, when both listed every value; otherwise unknown (many). */
function distinctOfBoth(a: CategorySummary | undefined, b: CategorySummary | undefined): number | undefined {
  if (a?.exact !== true || b?.exact !== true) return undefined;
  const values = new Set<string>();
  for (const { value, count } of [...a.values, ...b.values]) if (count > 0) values.add(value);
  return values.size;
}
