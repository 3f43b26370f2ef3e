/**
 * A slice column read beside the predictions: each row's value as an index into `values` (-1 where the row
 * has none: it belongs to no slice of that column, as pandas' groupby drops missing keys).
 */
export interface SliceColumn {
  readonly name: string;
  /** The distinct values, sorted by code point. */
  readonly values: readonly string[];
  readonly codes: Int32Array;
}

/** The rows of each value of a slice column, in row order: one counting pass, one filling pass. */
export function rowsByValue(slice: SliceColumn): Int32Array[] {
  const counts = new Int32Array(slice.values.length);
  for (const code of slice.codes) if (code >= 0) counts[code]!++;
  const groups = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(slice.values.length);
  slice.codes.forEach((code, row) => {
    if (code >= 0) groups[code]![filled[code]!++] = row;
  });
  return groups;
}

/** The metric name a policy glob matches: `slice.<column>=<value>.<metric>`. */
export function sliceMetricName(column: string, value: string, metric: string): string {
  return `slice.${column}=${value}.${metric}`;
}
