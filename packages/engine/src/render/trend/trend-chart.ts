import type { MetricComparison } from '../../compare/comparison-report.js';
import { mermaidLabel } from '../drift/mermaid-label.js';
import { trendPoints } from './trend-points.js';

/** The label of this pull request's point on the x axis. */
export const PULL_REQUEST_LABEL = 'PR';

/**
 * A number as Mermaid's xychart lexer reads it: digits with an optional fraction, never an exponent
 * (`[+-]?(\d+(\.\d+)?|\.\d+)`), rounded to six significant digits as the tables show them.
 */
export function mermaidNumber(value: number): string {
  const text = String(Number(value.toPrecision(6)));
  // Below 1e-6 or from 1e21 String() writes an exponent; ICU writes the same digits out in full.
  if (!/e/i.test(text)) return text;
  // Made on first use: a NumberFormat loads ICU's locale data (~9 ms), at the start of every action otherwise.
  plainDecimal ??= new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 6 });
  return plainDecimal.format(value);
}

let plainDecimal: Intl.NumberFormat | undefined;

/** The y range: the values with a tenth of their spread either side, so no point sits on the frame. */
function yRange(values: readonly number[]): readonly [string, string] {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  const spread = high - low;
  const pad = spread > 0 && Number.isFinite(spread) ? spread / 10 : Math.abs(low) / 20 || 1;
  const lower = mermaidNumber(low - pad);
  const upper = mermaidNumber(high + pad);
  // Rounding can meet in the middle for values that differ past the sixth digit: keep the range open.
  return lower === upper ? [mermaidNumber(low - 1), mermaidNumber(high + 1)] : [lower, upper];
}

/**
 * A Mermaid xychart of the metric at the last baselines on the default branch (x labels: short SHAs) with
 * this pull request's value last (`PR`), rendered by GitHub itself: no image host sees the numbers.
 * Undefined with fewer than two finite points. Every label goes through mermaidLabel; numbers are numbers.
 */
export function trendChart(row: MetricComparison): string | undefined {
  const points = trendPoints(row);
  if (points.length < 2) return undefined;
  const seen = new Map<string, number>();
  const labels = points.map((point) => {
    const label = point.commit === undefined ? PULL_REQUEST_LABEL : mermaidLabel(point.commit.slice(0, 7), 7);
    // A commit saved twice (a re-run) would read as one point twice: number the repeats.
    const times = (seen.get(label) ?? 0) + 1;
    seen.set(label, times);
    return times === 1 ? label : `${label} (${times})`;
  });
  const values = points.map((point) => point.value);
  const [low, high] = yRange(values);
  const main = points.length - (points.at(-1)?.commit === undefined ? 1 : 0);
  const lastPoint = points.at(-1)?.commit === undefined ? ', then this PR' : '';
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidLabel(row.name)} - last ${main} on main${lastPoint}"`,
    `    x-axis [${labels.map((label) => `"${label}"`).join(', ')}]`,
    `    y-axis "${mermaidLabel(row.name, 16)}" ${low} --> ${high}`,
    `    line [${values.map(mermaidNumber).join(', ')}]`,
    '```',
    '',
  ].join('\n');
}
