import { metricValueText } from '../metrics/metric-value.js';
import type { MetricValue } from '../metrics/metric-value.js';

/**
 * Numbers for people: six significant digits, no trailing zeros. Reports keep full precision; only what is
 * shown is rounded, so every renderer rounds the same way.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(6)));
}

/** `+0.031`, `-2`: a change always carries its sign. */
export function formatSignedNumber(value: number): string {
  const text = formatNumber(value);
  return value > 0 ? `+${text}` : text;
}

/** A fraction as a signed percentage with three significant digits: 0.0345 → `+3.45%`. */
export function formatSignedPercent(fraction: number): string {
  const percent = fraction * 100;
  const text = String(Number(percent.toPrecision(3)));
  return percent > 0 ? `+${text}%` : `${text}%`;
}

export function formatMetricValue(value: MetricValue | null): string {
  if (value === null) return '—';
  return value.type === 'number' ? formatNumber(value.value) : metricValueText(value);
}
