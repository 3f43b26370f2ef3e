import type { TrendPoint } from './trend-points.js';

/** Eight heights, lowest first: Unicode block elements, which need no escaping in Markdown or HTML. */
const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/**
 * A text sparkline of the points, one character each, scaled from their lowest to their highest; a flat
 * trend is a flat middle line. Fewer than two points make no trend: the empty string.
 */
export function sparkline(points: readonly TrendPoint[]): string {
  if (points.length < 2) return '';
  // A loop, not Math.min(...values): the points are at most a few hundred, but spreads have bitten before.
  let low = Infinity;
  let high = -Infinity;
  for (const { value } of points) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  const span = high - low;
  return points
    .map(({ value }) => {
      if (!(span > 0) || !Number.isFinite(span)) return BARS[3];
      const level = Math.round(((value - low) / span) * (BARS.length - 1));
      return BARS[Math.min(BARS.length - 1, Math.max(0, level))];
    })
    .join('');
}
