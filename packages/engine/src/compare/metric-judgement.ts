import { isNumeric, metricValueText, numericOf, sameValue } from '../metrics/metric-value.js';
import type { MetricValue } from '../metrics/metric-value.js';
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
  if (current.type === 'nan' && !rule.allowNan) {
    return broke(baselineValue?.type === 'nan' ? 'NaN (the baseline was NaN too)' : 'became NaN');
  }
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
    return { verdict: rule.severity, reason: `${metricValueText(current)} is below the minimum ${rule.min}` };
  }
  if (rule.max !== undefined && value > rule.max) {
    return { verdict: rule.severity, reason: `${metricValueText(current)} is above the maximum ${rule.max}` };
  }
  return undefined;
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
  if (current.type === 'nan') {
    return baseline.type === 'nan'
      ? { verdict: 'pass', reason: 'unchanged (NaN, allowed by the rule)' }
      : { verdict: 'changed', reason: 'became NaN, allowed by the rule' };
  }
  if (baseline.type === 'nan') {
    if (rule.direction === 'equal') return broke('changed from NaN');
    return { verdict: rule.direction === 'none' ? 'changed' : 'improved', reason: 'was NaN' };
  }
  const before = numericOf(baseline);
  const after = numericOf(current);
  if (before === after) return { verdict: 'pass', reason: 'unchanged' };
  if (rule.direction === 'none') {
    const described =
      Number.isFinite(before) && Number.isFinite(after)
        ? describeChange(after - before, before)
        : `${metricValueText(baseline)} → ${metricValueText(current)}`;
    return { verdict: 'changed', reason: `${described} (informational)` };
  }
  if (!Number.isFinite(before) || !Number.isFinite(after)) {
    return judgeStep(rule, after > before, `${metricValueText(baseline)} → ${metricValueText(current)}`);
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

function judgeStep(rule: PolicyRule, rose: boolean, described: string): Judgement {
  if (rule.direction === 'equal') return { verdict: rule.severity, reason: `changed ${described}` };
  const better = rule.direction === 'higher' ? rose : !rose;
  return better ? { verdict: 'improved', reason: described } : { verdict: rule.severity, reason: described };
}

function describeChange(change: number, before: number): string {
  const verb = change > 0 ? 'rose' : 'dropped';
  const relative = before === 0 ? '' : ` (${formatSignedPercent(change / Math.abs(before))})`;
  return `${verb} ${formatNumber(Math.abs(change))}${relative}`;
}
