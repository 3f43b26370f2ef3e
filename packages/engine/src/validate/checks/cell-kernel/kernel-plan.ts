import type { ColumnCheck, FieldKind } from '../../schema/check-plan.js';
import { patternMatcher } from '../../schema/check-plan.js';
import type { LinearPattern } from '../../schema/linear-pattern.js';
import type { PatternDfa } from '../../schema/pattern-dfa.js';
import type { ProfileMode } from '../../../profile/batch-profile.js';
import { CR, NL, QUOTE } from './csv-bytes.js';

/**
 * What the kernel is told (the plan's columns mapped onto one file's header) and the per-column tables it
 * compiles that into once per file and thread. The plan is plain data: it is posted to every worker.
 */
export interface KernelPlan {
  readonly delimiter: number;
  readonly columns: readonly ColumnCheck[];
  /** Header position → plan column index, or -1 for a data column the plan does not check. */
  readonly colMap: readonly number[];
  /** Key groups hashed per row (single-column unique, uniqueTogether, primary key), as plan column indexes. */
  readonly keys: readonly (readonly number[])[];
  readonly codes: Readonly<Record<string, number>>;
  readonly codeCount: number;
  readonly maxExamplesPerColumn: number;
  /** Rows mode: cast only and hand each row to a callback (JSON Schema with whole-row rules). */
  readonly rowsMode: boolean;
  readonly maxRecordBytes: number;
  readonly blockBytes: number;
  /** Profile the values while checking them (CSV ranges only; the other readers profile their own values). */
  readonly profile?: ProfileMode;
}

/** Each column's kind as a small integer: the cell checks switch on it once per cell. */
export const KIND: Readonly<Record<FieldKind, number>> = {
  string: 0,
  number: 1,
  integer: 2,
  boolean: 3,
  date: 4,
  datetime: 5,
  time: 6,
  year: 7,
  yearmonth: 8,
  duration: 9,
  object: 10,
  array: 11,
  geopoint: 12,
  any: 13,
};

/** Opaque to callers outside the kernel: a Prepared. */
export type PreparedPlan = { readonly __prepared: true };

export interface Prepared {
  plan: KernelPlan;
  n: number;
  kinds: Int32Array;
  required: Uint8Array;
  onlyEmptyMissing: Uint8Array;
  missing: Uint8Array[][];
  min: Float64Array;
  max: Float64Array;
  exMin: Float64Array;
  exMax: Float64Array;
  minLen: Float64Array;
  maxLen: Float64Array;
  /** Where the DFA does not answer: RE2 for a schema's pattern (linear time), RegExp for a built-in format. */
  pattern: (LinearPattern | null)[];
  format: (LinearPattern | null)[];
  /** The same tests on ASCII bytes (pattern-dfa.ts), or null: then `pattern`/`format` run on the decoded text. */
  patternDfa: (PatternDfa | null)[];
  formatDfa: (PatternDfa | null)[];
  /**
   * 1 for a string column whose only checks are `required`, empty-means-missing and a pattern the DFA
   * decides on ASCII: `checkTextColumn` then settles most values without `checkCell`.
   */
  plainText: Uint8Array;
  temporalFormat: (string | null)[];
  enumBytes: (Uint8Array[] | null)[];
  enumNumbers: (Set<number> | null)[];
  trueValues: Uint8Array[][];
  falseValues: Uint8Array[][];
  customNumber: Uint8Array;
  integral: Uint8Array;
  keyed: Uint8Array;
  /** 1: parse as a number while scanning; 2: as an integer; 0: scan, then check. */
  fused: Uint8Array;
  /** The bytes that end an unquoted CSV cell (delimiter, CR, LF) or make it take the slow path (quote). */
  special: Uint8Array;
  TYPE: number;
  CONSTRAINT: number;
  MISSING: number;
  EXTRA: number;
  BLANK: number;
  ENCODING: number;
  FORMAT: number;
}

const encoder = new TextEncoder();

function bytesOf(values: readonly string[]): Uint8Array[] {
  return values.map((v) => encoder.encode(v));
}

export function prepare(plan: KernelPlan): PreparedPlan {
  const n = plan.columns.length;
  const nan = (): Float64Array => new Float64Array(n).fill(NaN);
  const p: Prepared = {
    plan,
    n,
    kinds: Int32Array.from(plan.columns, (c) => KIND[c.kind]),
    required: new Uint8Array(n),
    onlyEmptyMissing: new Uint8Array(n),
    missing: [],
    min: nan(),
    max: nan(),
    exMin: nan(),
    exMax: nan(),
    minLen: nan(),
    maxLen: nan(),
    pattern: [],
    format: [],
    patternDfa: [],
    formatDfa: [],
    plainText: new Uint8Array(n),
    temporalFormat: [],
    enumBytes: [],
    enumNumbers: [],
    trueValues: [],
    falseValues: [],
    customNumber: new Uint8Array(n),
    integral: new Uint8Array(n),
    keyed: new Uint8Array(n),
    fused: new Uint8Array(n),
    special: new Uint8Array(256),
    TYPE: plan.codes['type-error']!,
    CONSTRAINT: plan.codes['constraint-error']!,
    MISSING: plan.codes['missing-cell']!,
    EXTRA: plan.codes['extra-cell']!,
    BLANK: plan.codes['blank-row']!,
    ENCODING: plan.codes['encoding-error']!,
    FORMAT: plan.codes['format-error']!,
  };
  p.special[plan.delimiter] = 1;
  p.special[NL] = 1;
  p.special[CR] = 1;
  p.special[QUOTE] = 1;
  plan.columns.forEach((c, i) => {
    p.required[i] = c.required ? 1 : 0;
    p.onlyEmptyMissing[i] = c.missingValues.length === 1 && c.missingValues[0] === '' ? 1 : 0;
    p.missing.push(bytesOf(c.missingValues));
    if (c.minimum !== undefined) p.min[i] = c.minimum;
    if (c.maximum !== undefined) p.max[i] = c.maximum;
    if (c.exclusiveMinimum !== undefined) p.exMin[i] = c.exclusiveMinimum;
    if (c.exclusiveMaximum !== undefined) p.exMax[i] = c.exclusiveMaximum;
    if (c.minLength !== undefined) p.minLen[i] = c.minLength;
    if (c.maxLength !== undefined) p.maxLen[i] = c.maxLength;
    p.pattern.push(c.pattern ? patternMatcher(c.pattern) : null);
    p.patternDfa.push(c.pattern?.dfa ?? null);
    const f = c.format;
    p.format.push(f && typeof f === 'object' ? patternMatcher(f) : null);
    p.formatDfa.push(f && typeof f === 'object' ? (f.dfa ?? null) : null);
    p.temporalFormat.push(typeof f === 'string' ? f : null);
    const isString = c.kind === 'string';
    p.enumBytes.push(c.enum && isString ? bytesOf(c.enum as string[]) : null);
    p.plainText[i] =
      isString &&
      c.format === undefined &&
      c.minLength === undefined &&
      c.maxLength === undefined &&
      c.enum === undefined &&
      p.onlyEmptyMissing[i] === 1 &&
      (c.pattern === undefined || (c.pattern.dfa ?? null) !== null)
        ? 1
        : 0;
    p.enumNumbers.push(c.enum && !isString ? new Set(c.enum as number[]) : null);
    p.trueValues.push(bytesOf(c.trueValues));
    p.falseValues.push(bytesOf(c.falseValues));
    p.customNumber[i] = c.decimalChar !== '.' || c.groupChar !== '' || !c.bareNumber ? 1 : 0;
    p.integral[i] = c.integralNumbersAreIntegers ? 1 : 0;
    const numeric = c.kind === 'number' || c.kind === 'integer' || c.kind === 'year';
    if (numeric && p.onlyEmptyMissing[i] === 1 && p.customNumber[i] === 0) {
      p.fused[i] = c.kind === 'number' || c.integralNumbersAreIntegers ? 1 : 2;
    }
  });
  for (const key of plan.keys) for (const c of key) p.keyed[c] = 1;
  return p as unknown as PreparedPlan;
}
