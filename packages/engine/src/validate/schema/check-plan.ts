import { compileLinearPattern, re2Source } from './linear-pattern.js';
import type { LinearPattern } from './linear-pattern.js';
import type { PatternDfa } from './pattern-dfa.js';
import { compilePatternDfa } from './pattern-dfa.js';
/**
 * The one internal check plan both schema languages compile into. It is plain data (structured-clone safe)
 * because it travels to worker threads; regular expressions travel as source + flags.
 *
 * Bounds of temporal kinds are compiled to numbers at compile time (date: days since 1970-01-01, datetime:
 * epoch milliseconds, time: seconds since midnight, year: the year, yearmonth: year * 12 + month - 1), so a
 * checker compares numbers, never strings.
 */
export type FieldKind =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'time'
  | 'year'
  | 'yearmonth'
  | 'duration'
  | 'object'
  | 'array'
  | 'geopoint'
  | 'any';

export interface PatternSource {
  readonly source: string;
  readonly flags: string;
  /** For formats: the format's name, quoted in messages. */
  readonly name?: string;
  /** The same test on ASCII bytes, when the pattern is in pattern-dfa.ts's subset. */
  readonly dfa?: PatternDfa | null;
  /** The pattern in RE2 syntax (linear-pattern.ts): what runs where the DFA does not answer. */
  readonly re2?: string;
  /** A format's fixed RegExp (ours or ajv-formats', never the schema's): RegExp runs it. */
  readonly builtin?: true;
}

/**
 * A schema's pattern (ECMAScript, `u` flag) with its byte-level DFA and its RE2 form, both built once, here,
 * and shipped to CSV workers with the plan. Throws UnsupportedPattern when RE2 cannot run it.
 */
export function patternSource(source: string, name?: string): PatternSource {
  return {
    source,
    flags: 'u',
    ...(name === undefined ? {} : { name }),
    dfa: compilePatternDfa(source, 'u'),
    re2: re2Source(source),
  };
}

/** A format's fixed regular expression: the DFA where it answers, RegExp elsewhere. */
export function builtinPatternSource(source: string, flags: string, name: string): PatternSource {
  return { source, flags, name, dfa: compilePatternDfa(source, flags), builtin: true };
}

/** What tests a value where the DFA does not answer: RE2 for a schema's pattern, RegExp for a format. */
export function patternMatcher(pattern: PatternSource): LinearPattern {
  if (pattern.re2 !== undefined) return compileLinearPattern(pattern.re2);
  if (pattern.builtin) return new RegExp(pattern.source, pattern.flags);
  throw new Error(`pattern ${pattern.source} has neither an RE2 form nor a built-in RegExp`);
}

export interface ColumnCheck {
  readonly name: string;
  readonly kind: FieldKind;
  /** `integer` from JSON Schema accepts `1.0` (a JSON number with a zero fraction); Table Schema's does not. */
  readonly integralNumbersAreIntegers: boolean;
  /** Text cells that mean "no value". Table Schema's `missingValues`; `[""]` by default. */
  readonly missingValues: readonly string[];
  readonly required: boolean;
  readonly unique: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: PatternSource;
  /** Allowed values: strings for string kinds (compared byte for byte), numbers for the others (compiled). */
  readonly enum?: readonly string[] | readonly number[];
  /** A string format checked by regular expression (email, uuid, uri, …) or one of the temporal formats. */
  readonly format?: PatternSource | 'date' | 'date-time' | 'time';
  /** A strftime-like pattern for date/datetime/time (Table Schema `format`), compiled to a regex with groups. */
  readonly temporalPattern?: TemporalPattern;
  /** Table Schema `format: any` for temporal kinds: whatever Date.parse understands. */
  readonly anyTemporalFormat?: boolean;
  readonly trueValues: readonly string[];
  readonly falseValues: readonly string[];
  /** Table Schema number options. */
  readonly decimalChar: string;
  readonly groupChar: string;
  readonly bareNumber: boolean;
  /** Where the constraint came from, quoted in messages: `constraints.maximum` or `properties.f3.maximum`. */
  readonly origin: string;
}

export interface TemporalPattern {
  readonly source: string;
  /** Group index (1-based) for each component; 0 when absent. */
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly fraction: number;
  readonly twoDigitYear: boolean;
}

/** How the data's column set must relate to the schema's fields (Table Schema `fieldsMatch`, v2 semantics). */
export type FieldsMatch = 'exact' | 'equal' | 'subset' | 'superset' | 'partial';

export interface DatasetChecks {
  readonly minRows?: number;
  readonly maxRows?: number;
  /** Maximum fraction (0..1) of null cells, per column name. */
  readonly maxNullFraction: Readonly<Record<string, number>>;
  /** Column groups whose combined value must be unique (single-column `unique` lives on ColumnCheck). */
  readonly uniqueTogether: readonly (readonly string[])[];
}

export interface CheckPlan {
  readonly language: 'table-schema' | 'json-schema';
  readonly columns: readonly ColumnCheck[];
  readonly fieldsMatch: FieldsMatch;
  readonly primaryKey: readonly string[];
  readonly dataset: DatasetChecks;
  /**
   * `columns`: every rule is in the column checks, so text can be checked cell by cell in workers.
   * `rows`: the JSON Schema needs whole rows (combinators, conditionals, references…): cells are only cast by
   * kind and each row object goes through ajv on the main thread.
   */
  readonly mode: 'columns' | 'rows';
}

export const DEFAULT_TRUE_VALUES: readonly string[] = ['true', 'True', 'TRUE', '1'];
export const DEFAULT_FALSE_VALUES: readonly string[] = ['false', 'False', 'FALSE', '0'];

export function defaultColumn(name: string, kind: FieldKind, origin: string): ColumnCheck {
  return {
    name,
    kind,
    integralNumbersAreIntegers: false,
    missingValues: [''],
    required: false,
    unique: false,
    trueValues: DEFAULT_TRUE_VALUES,
    falseValues: DEFAULT_FALSE_VALUES,
    decimalChar: '.',
    groupChar: '',
    bareNumber: true,
    origin,
  };
}
