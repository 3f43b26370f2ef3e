import type { FieldKind } from './check-plan.js';
import { isoDateToDays, isoDatetimeToMillis, isoTimeToSeconds } from './temporal-values.js';

/**
 * The narrowest kind every sampled value of a column fits, for `mlgate schema infer`: integer ⊂ number;
 * boolean; date, datetime, time; string; then, for JSON values only, object, array and any. Text (CSV cells,
 * and columnar values the checks read as text) is judged as the checks would cast it. A JSON value is judged by
 * its JSON type first, because the record checks refuse a JSON number in a string field and a JSON object in
 * anything but an object field (checks/record-checker.ts).
 */
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const BOOLEANS = new Set(['true', 'false', 'True', 'False', 'TRUE', 'FALSE']);
const ORDER: readonly FieldKind[] = [
  'integer',
  'number',
  'boolean',
  'date',
  'datetime',
  'time',
  'string',
  'object',
  'array',
  'any',
];
/** The kinds a JSON value of each non-string type can be checked as. */
const NUMBER_KINDS: ReadonlySet<FieldKind> = new Set(['integer', 'number', 'any']);
const BOOLEAN_KINDS: ReadonlySet<FieldKind> = new Set(['boolean', 'any']);
const OBJECT_KINDS: ReadonlySet<FieldKind> = new Set(['object', 'any']);
const ARRAY_KINDS: ReadonlySet<FieldKind> = new Set(['array', 'any']);

function parsesTo(text: string, test: (value: unknown) => boolean): boolean {
  try {
    return test(JSON.parse(text));
  } catch {
    return false;
  }
}

function fits(kind: FieldKind, text: string): boolean {
  switch (kind) {
    case 'integer':
      return INTEGER.test(text);
    case 'number':
      return NUMBER.test(text);
    case 'boolean':
      return BOOLEANS.has(text);
    case 'date':
      return isoDateToDays(text) !== undefined;
    case 'datetime':
      return isoDatetimeToMillis(text) !== undefined;
    case 'time':
      return isoTimeToSeconds(text) !== undefined;
    case 'object':
      return parsesTo(text, (v) => typeof v === 'object' && v !== null && !Array.isArray(v));
    case 'array':
      return parsesTo(text, Array.isArray);
    default:
      return true;
  }
}

export class KindGuess {
  private readonly candidates = new Set(ORDER);
  /** A sampled value was null, empty or absent. */
  sawNull = false;
  /** Sampled values that were not null. */
  seen = 0;

  /** A value as text; null or the empty string (the default missing value) is a null. */
  addText(text: string | null): void {
    if (text === null || text === '') {
      this.sawNull = true;
      return;
    }
    this.seen++;
    for (const kind of this.candidates) if (!fits(kind, text)) this.candidates.delete(kind);
  }

  /** A value of a JSON record; undefined is a property the record lacks. */
  addJson(value: unknown): void {
    if (typeof value === 'string' || value === null || value === undefined) {
      this.addText(value ?? null);
      return;
    }
    const allowed =
      typeof value === 'number'
        ? NUMBER_KINDS
        : typeof value === 'boolean'
          ? BOOLEAN_KINDS
          : Array.isArray(value)
            ? ARRAY_KINDS
            : OBJECT_KINDS;
    for (const kind of this.candidates) if (!allowed.has(kind)) this.candidates.delete(kind);
    this.addText(typeof value === 'object' ? JSON.stringify(value) : String(value));
  }

  /** The narrowest kind left; string when no value was seen. */
  kind(): FieldKind {
    if (this.seen === 0) return 'string';
    return ORDER.find((k) => this.candidates.has(k)) ?? 'any';
  }
}
