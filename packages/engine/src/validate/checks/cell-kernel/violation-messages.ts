import type { ColumnCheck } from '../../schema/check-plan.js';
import type { Prepared } from './kernel-plan.js';

/** The wording of a cell's error example; built only while its column still wants examples. */
const VALUE_PREVIEW = 80;
// ignoreBOM: TextDecoder would otherwise drop a U+FEFF that starts the value, which is part of the cell.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The value as shown in a message: at most VALUE_PREVIEW characters. */
export function preview(buf: Uint8Array, s: number, e: number): string {
  const text = utf8.decode(buf.subarray(s, Math.min(e, s + VALUE_PREVIEW * 4)));
  return text.length > VALUE_PREVIEW ? `${text.slice(0, VALUE_PREVIEW)}…` : text;
}

/** `why` names the rule broken (`type`, `required`, `minimum`, …) or is the whole message for row errors. */
export function describe(p: Prepared, c: number, why: string, value: string | null, bound?: number): string {
  const column = c >= 0 ? p.plan.columns[c]! : null;
  const shown = value === null ? '' : JSON.stringify(value);
  switch (why) {
    case 'type':
      return `${shown} is not a valid ${column!.kind}`;
    case 'required':
      return `a value is required (${column!.origin}.required)`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${shown} violates ${column!.origin}.${why} (${formatBound(column!, why)})`;
    case 'minLength':
    case 'maxLength':
      return `${shown} has length ${bound} (${column!.origin}.${why} is ${why === 'minLength' ? column!.minLength : column!.maxLength})`;
    case 'pattern':
      return `${shown} does not match ${column!.origin}.pattern ${column!.pattern!.name ?? column!.pattern!.source}`;
    case 'enum':
      return `${shown} is not one of ${column!.origin}.enum`;
    case 'format':
      return `${shown} is not a valid ${typeof column!.format === 'string' ? column!.format : (column!.format?.name ?? 'formatted value')} (${column!.origin}.format)`;
    default:
      return why;
  }
}

function formatBound(
  column: ColumnCheck,
  key: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum',
): string {
  const v = column[key]!;
  if (column.kind === 'date') {
    return new Date(v * 86400000).toISOString().slice(0, 10);
  }
  if (column.kind === 'datetime') return new Date(v).toISOString();
  return String(v);
}
