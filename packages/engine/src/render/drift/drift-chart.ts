import type { ColumnDrift } from '../../drift/drift-report.js';
import { formatNumber } from '../metric-number-format.js';
import { mermaidLabel } from './mermaid-label.js';

/** Bars on one chart: more are merged (numeric) or summed into `other values` (categories). */
export const MAX_CHART_BARS = 12;

interface ChartData {
  readonly labels: readonly string[];
  readonly baseline: readonly number[];
  readonly current: readonly number[];
}

/** A share as a percentage with one decimal; anything not finite (a hostile report) as 0. */
const percent = (share: number | undefined): number =>
  share !== undefined && Number.isFinite(share) ? Math.round(share * 1000) / 10 : 0;

/** Numeric bins, merged evenly down to MAX_CHART_BARS, each labelled by its left edge. */
function numericData(histogram: NonNullable<ColumnDrift['histogram']>): ChartData | undefined {
  const bins = Math.min(histogram.baseline.length, histogram.current.length, histogram.edges.length - 1);
  if (bins < 1) return undefined;
  const width = Math.ceil(bins / MAX_CHART_BARS);
  const labels: string[] = [];
  const baseline: number[] = [];
  const current: number[] = [];
  for (let start = 0; start < bins; start += width) {
    const end = Math.min(bins, start + width);
    const sum = (values: readonly number[]) =>
      values.slice(start, end).reduce((total, value) => total + (Number.isFinite(value) ? value : 0), 0);
    const edge = histogram.edges[start]!;
    labels.push(mermaidLabel(Number.isFinite(edge) ? formatNumber(Number(edge.toPrecision(3))) : '?'));
    baseline.push(percent(sum(histogram.baseline)));
    current.push(percent(sum(histogram.current)));
  }
  return { labels, baseline, current };
}

/** The heaviest categories (by the larger of the two shares), the rest summed into `other values`. */
function categoricalData(categories: NonNullable<ColumnDrift['categories']>): ChartData | undefined {
  const n = Math.min(categories.values.length, categories.baseline.length, categories.current.length);
  if (n < 1) return undefined;
  const share = (values: readonly number[], index: number) => {
    const value = values[index]!;
    return Number.isFinite(value) ? value : 0;
  };
  const order = Array.from({ length: n }, (_, index) => index).sort(
    (a, b) =>
      Math.max(share(categories.baseline, b), share(categories.current, b)) -
      Math.max(share(categories.baseline, a), share(categories.current, a)),
  );
  const shown = order.length > MAX_CHART_BARS ? order.slice(0, MAX_CHART_BARS - 1) : order;
  const rest = order.slice(shown.length);
  const labels = shown.map((index) => mermaidLabel(categories.values[index]!, 16));
  // Two values that reduce to one label would read as one bar twice: number the repeats.
  const seen = new Map<string, number>();
  const unique = labels.map((label) => {
    const times = (seen.get(label) ?? 0) + 1;
    seen.set(label, times);
    return times === 1 ? label : `${label} (${times})`;
  });
  const sumRest = (values: readonly number[]) =>
    rest.reduce((total, index) => total + share(values, index), 0);
  return {
    labels: rest.length > 0 ? [...unique, 'other values'] : unique,
    baseline: [
      ...shown.map((index) => percent(share(categories.baseline, index))),
      ...(rest.length > 0 ? [percent(sumRest(categories.baseline))] : []),
    ],
    current: [
      ...shown.map((index) => percent(share(categories.current, index))),
      ...(rest.length > 0 ? [percent(sumRest(categories.current))] : []),
    ],
  };
}

/**
 * A Mermaid xychart of one column's baseline (bars) against its current data (a line), as shares of rows,
 * rendered by GitHub itself: no image host sees the data. Undefined when the report has no histogram.
 * Every label goes through mermaidLabel; numbers are numbers.
 */
export function driftChart(column: ColumnDrift): string | undefined {
  const data =
    column.kind === 'categorical' && column.categories !== undefined
      ? categoricalData(column.categories)
      : column.histogram !== undefined
        ? numericData(column.histogram)
        : undefined;
  if (data === undefined) return undefined;
  const top = Math.max(1, ...data.baseline, ...data.current);
  const axis = Math.ceil(top / 5) * 5;
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidLabel(column.name)} - baseline (bars) vs current (line)"`,
    `    x-axis [${data.labels.map((label) => `"${label}"`).join(', ')}]`,
    `    y-axis "% of rows" 0 --> ${axis}`,
    `    bar [${data.baseline.join(', ')}]`,
    `    line [${data.current.join(', ')}]`,
    '```',
    '',
  ].join('\n');
}
