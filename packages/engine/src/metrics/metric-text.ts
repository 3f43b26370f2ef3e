import { numberValue } from './metric-value.js';
import type { MetricValue } from './metric-value.js';

/** Where the text came from: a CSV cell carries no type, a JSON or YAML string was quoted on purpose. */
export type TextOrigin = 'cell' | 'string';

export type TextReading =
  { readonly ok: true; readonly value: MetricValue } | { readonly ok: false; readonly problem: string };

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
// A number with letters or a percent sign glued on ("0.9x", "95%", "12ms"): almost always a broken writer or a
// unit that would silently turn a measurement into a label, so it is refused rather than kept as text.
const NUMBER_WITH_SUFFIX = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[A-Za-z%]+$/;
const NAN = /^[+-]?nan$/i;
const POSITIVE_INFINITY = /^\+?(?:inf|infinity)$/i;
const NEGATIVE_INFINITY = /^-(?:inf|infinity)$/i;

/**
 * Reads a textual metric value. Spellings of NaN and infinity that ML tooling writes ("NaN", "nan", "inf",
 * "-Infinity") become their explicit states; decimal text becomes a number; a CSV cell may also be empty or
 * `null` (no value) or `true`/`false`. Anything else is kept as text, except a number with a suffix.
 */
export function readMetricText(raw: string, origin: TextOrigin): TextReading {
  const text = raw.trim();
  // numberValue: decimal text too large for a double ("1e400") is infinity, never a `number` case.
  if (DECIMAL.test(text)) return { ok: true, value: numberValue(Number(text)) };
  if (NAN.test(text)) return { ok: true, value: { type: 'nan' } };
  if (POSITIVE_INFINITY.test(text)) return { ok: true, value: { type: 'infinity', sign: 1 } };
  if (NEGATIVE_INFINITY.test(text)) return { ok: true, value: { type: 'infinity', sign: -1 } };
  if (NUMBER_WITH_SUFFIX.test(text)) {
    return { ok: false, problem: `value ${JSON.stringify(raw)} is not a number (a number with a suffix)` };
  }
  if (origin === 'cell') {
    const lower = text.toLowerCase();
    if (text === '' || lower === 'null') return { ok: true, value: { type: 'null' } };
    if (lower === 'true' || lower === 'false')
      return { ok: true, value: { type: 'boolean', value: lower === 'true' } };
  }
  return { ok: true, value: { type: 'text', value: raw } };
}
