/**
 * One metric's value. Every state a metrics file can hold is its own case, so a comparison can never treat
 * NaN, infinity, a missing value or a label as an ordinary number by accident. The `number` case is always
 * finite (build it with numberValue): NaN and the infinities are the measurements that are not numbers.
 */
export type MetricValue =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'nan' }
  | { readonly type: 'infinity'; readonly sign: 1 | -1 }
  | { readonly type: 'null' }
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'boolean'; readonly value: boolean };

export type MetricValueType = MetricValue['type'];

/** The cases a comparison treats as measurements (ordered, with a direction). */
export type NumericMetricValue = Extract<MetricValue, { type: 'number' | 'nan' | 'infinity' }>;

export const NULL_VALUE: MetricValue = { type: 'null' };
export const NAN_VALUE: MetricValue = { type: 'nan' };

/** Maps a JavaScript number onto its case: NaN and the infinities are never hidden inside `number`. */
export function numberValue(value: number): NumericMetricValue {
  if (Number.isNaN(value)) return { type: 'nan' };
  if (value === Infinity) return { type: 'infinity', sign: 1 };
  if (value === -Infinity) return { type: 'infinity', sign: -1 };
  return { type: 'number', value };
}

/** NaN or an infinity: a value a comparison refuses like NaN (see compare/metric-judgement.ts). */
export function isNonFinite(value: MetricValue): value is Extract<MetricValue, { type: 'nan' | 'infinity' }> {
  return value.type === 'nan' || value.type === 'infinity';
}

export function isNumeric(value: MetricValue): value is NumericMetricValue {
  return value.type === 'number' || value.type === 'nan' || value.type === 'infinity';
}

/** The JavaScript number for a numeric case (NaN and ±Infinity included), for ordering. */
export function numericOf(value: NumericMetricValue): number {
  switch (value.type) {
    case 'number':
      return value.value;
    case 'nan':
      return Number.NaN;
    case 'infinity':
      return value.sign * Infinity;
  }
}

export function sameValue(a: MetricValue, b: MetricValue): boolean {
  switch (a.type) {
    case 'number':
    case 'text':
    case 'boolean':
      return b.type === a.type && b.value === a.value;
    case 'infinity':
      return b.type === 'infinity' && b.sign === a.sign;
    case 'nan':
    case 'null':
      return b.type === a.type;
  }
}

/** Plain text for a value, full precision (`String(number)` round-trips every double). */
export function metricValueText(value: MetricValue): string {
  switch (value.type) {
    case 'number':
      return String(value.value);
    case 'nan':
      return 'NaN';
    case 'infinity':
      return value.sign > 0 ? 'Infinity' : '-Infinity';
    case 'null':
      return 'null';
    case 'text':
      return value.value;
    case 'boolean':
      return String(value.value);
  }
}
