import { isNonFinite, isNumeric, metricValueText, numericOf, sameValue } from '../metrics/metric-value.js';
import type { MetricValue, NumericMetricValue } from '../metrics/metric-value.js';
import type { PolicyRule } from '../policy/metric-policy.js';
import { allowanceAround, toleranceText } from '../policy/tolerance.js';
import { formatNumber, formatSignedPercent } from '../render/metric-number-format.js';
import type { MetricDelta, MetricVerdict } from './comparison-report.js';

export interface Judgement {
  readonly verdict: MetricVerdict;
  readonly reason: string;
}

/** A value exactly at the tolerance passes; this absorbs the rounding in `0.9 - 0.88` vs `0.02`. */
const EPSILON = 1e-12;

export function deltaOf(baseline: MetricValue | null, current: MetricValue | null): MetricDelta | null {
  if (baseline?.type !== 'number' || current?.type !== 'number') return null;
  const absolute = current.value - baseline.value;
  return { absolute, relative: baseline.value === 0 ? null : absolute / Math.abs(baseline.value) };
}

/**
 * Judges one metric under its rule. `null` on a side means the metric is absent there; a `null` value (the
 * file says null) counts as absent too. Bounds hold with or without a baseline; the worse of the bound check
 * and the direction check wins.
 *
 * A value that is not a finite number (NaN, ±Infinity, or decimal text too large for a double such as 1e400)
 * is never a valid measurement: a current one breaks the rule whatever its direction (`none` included) or
 * bounds, unless the rule sets `allow-nan`, which accepts every non-finite value alike. A non-finite
 * baseline is no measurement to hold the current value to: under a direction the metric fails too, unless
 * `allow-nan` (then a finite current value "improved" on it), which is how a pull request that repairs a
 * broken metric on the main branch gets through.
 */
export function judgeMetric(
  rule: PolicyRule,
  baseline: MetricValue | null,
  current: MetricValue | null,
): Judgement {
  const broke = (reason: string): Judgement => ({ verdict: rule.severity, reason });
  const baselineValue = baseline?.type === 'null' ? null : baseline;
  if (current === null || current.type === 'null') {
    const what = current === null ? 'not in the current run' : 'null in the current run';
    if (rule.required) return broke(`required, but ${what}`);
    if (baselineValue !== null) return { verdict: 'missing', reason: what };
    return { verdict: 'missing', reason: 'null in the current run and absent from the baseline' };
  }
  if (isNonFinite(current) && !rule.allowNan) return broke(nonFiniteReason(baselineValue, current));
  const bounds = checkBounds(rule, current);
  if (bounds !== undefined) return bounds;
  return judgeChange(rule, baselineValue, current);
}

function checkBounds(rule: PolicyRule, current: MetricValue): Judgement | undefined {
  if (rule.min === undefined && rule.max === undefined) return undefined;
  if (!isNumeric(current)) {
    return { verdict: rule.severity, reason: `has bounds but is ${current.type}, not a number` };
  }
  if (current.type === 'nan') return undefined;
  const value = numericOf(current);
  if (rule.min !== undefined && value < rule.min) {
    return { verdict: rule.severity, reason: `${beside(value, rule.min)} is below the minimum ${rule.min}` };
  }
  if (rule.max !== undefined && value > rule.max) {
    return { verdict: rule.severity, reason: `${beside(value, rule.max)} is above the maximum ${rule.max}` };
  }
  return undefined;
}

/**
 * A value next to the bound it broke: six significant digits (a metric computed from predictions has
 * seventeen), unless rounding would make it read as the bound itself.
 */
function beside(value: number, bound: number): string {
  const shown = formatNumber(value);
  return Number(shown) === bound ? String(value) : shown;
}

function judgeChange(rule: PolicyRule, baseline: MetricValue | null, current: MetricValue): Judgement {
  const broke = (reason: string): Judgement => ({ verdict: rule.severity, reason });
  if (baseline === null) return { verdict: 'new', reason: 'no baseline value' };
  if (!isNumeric(current)) {
    if (rule.direction === 'equal' && !sameValue(baseline, current)) {
      return broke(`changed from ${metricValueText(baseline)} to ${metricValueText(current)}`);
    }
    if (isNumeric(baseline) && (rule.direction === 'higher' || rule.direction === 'lower')) {
      return broke(`was a number, now ${current.type}`);
    }
    return sameValue(baseline, current)
      ? { verdict: 'pass', reason: 'unchanged' }
      : { verdict: 'changed', reason: 'changed (informational)' };
  }
  if (!isNumeric(baseline))
    return { verdict: 'new', reason: `the baseline held ${baseline.type}, not a number` };
  if (isNonFinite(current)) {
    const shown = metricValueText(current);
    return sameValue(baseline, current)
      ? { verdict: 'pass', reason: `unchanged (${shown}, allowed by the rule)` }
      : { verdict: 'changed', reason: `became ${shown}, allowed by the rule` };
  }
  if (isNonFinite(baseline)) {
    const shown = metricValueText(baseline);
    if (!rule.allowNan && rule.direction !== 'none') {
      return broke(`the baseline was ${shown}, not a finite number, so the change cannot be judged`);
    }
    if (rule.direction === 'equal') return broke(`changed from ${shown}`);
    const reason = baseline.type === 'nan' ? 'was NaN' : `was ${shown}, not a finite number`;
    return { verdict: rule.direction === 'none' ? 'changed' : 'improved', reason };
  }
  // Both finite from here on (the `number` case always is).
  const before = numericOf(baseline);
  const after = numericOf(current);
  if (before === after) return { verdict: 'pass', reason: 'unchanged' };
  if (rule.direction === 'none') {
    return { verdict: 'changed', reason: `${describeChange(after - before, before)} (informational)` };
  }
  const change = after - before;
  const allowance = allowanceAround(rule.tolerance, before);
  const slack = allowance + EPSILON * Math.max(Math.abs(before), Math.abs(after), 1);
  const described = describeChange(change, before);
  const limit = `the tolerance ${toleranceText(rule.tolerance)}`;
  if (rule.direction === 'equal') {
    return Math.abs(change) <= slack
      ? { verdict: 'pass', reason: `${described}, within ${limit}` }
      : broke(`${described}, more than ${limit}`);
  }
  const better = rule.direction === 'higher' ? change > 0 : change < 0;
  if (Math.abs(change) <= slack) return { verdict: 'pass', reason: `${described}, within ${limit}` };
  return better ? { verdict: 'improved', reason: described } : broke(`${described}, more than ${limit}`);
}

/** Why a current NaN or infinity breaks its rule; NaN keeps its short, established wording. */
function nonFiniteReason(baseline: MetricValue | null, current: NumericMetricValue): string {
  const shown = metricValueText(current);
  if (baseline !== null && sameValue(baseline, current)) {
    return current.type === 'nan'
      ? 'NaN (the baseline was NaN too)'
      : `${shown}, not a finite number (the baseline was ${shown} too)`;
  }
  if (current.type === 'nan') return 'became NaN';
  return baseline === null ? `${shown}, not a finite number` : `became ${shown}, not a finite number`;
}

function describeChange(change: number, before: number): string {
  const verb = change > 0 ? 'rose' : 'dropped';
  const relative = before === 0 ? '' : ` (${formatSignedPercent(change / Math.abs(before))})`;
  return `${verb} ${formatNumber(Math.abs(change))}${relative}`;
}
