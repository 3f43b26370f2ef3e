import type { CheckPlan, FieldKind } from '../../schema/check-plan.js';
import type { Acc } from '../cell-kernel/batch-accumulator.js';
import type { TextCheckTarget } from '../cell-kernel/cell-kernel.js';
import { checkCell, nullValue } from '../cell-kernel/cell-checks.js';
import { numberIsFine, numericWindow } from '../column-check-loops.js';
import type { NumericWindow } from '../column-check-loops.js';
import type { KeySpec } from '../file-accumulator.js';
import {
  FlatRecordScanner,
  VALUE_ABSENT,
  VALUE_ESCAPED_STRING,
  VALUE_FALSE,
  VALUE_NULL,
  VALUE_NUMBER,
  VALUE_STRING,
  VALUE_TRUE,
} from './flat-record-scan.js';
import { unescapeJsonString } from './json-string-bytes.js';

/**
 * A scanned record's values checked exactly as RecordChecker.check checks the parsed object under Table
 * Schema, on the same batch: null or absent → the null check; a string → the cell checks on its UTF-8 bytes;
 * a number in its numeric column's window → nothing; any other number → the cell checks on String(value);
 * true/false → the cell checks in a boolean or `any` column; any other pairing of JSON type and kind → the same
 * type error, worded the same. Keep the two in step: a test compares their reports on every fixture.
 */
const NUMERIC_KINDS = new Set<FieldKind>(['number', 'integer', 'year']);

/** Columns that JSON.parse's object would find on Object.prototype when absent: the parse path keeps them. */
function inheritedName(name: string): boolean {
  return name in {};
}

/**
 * The fused checks for a run, or undefined where only the parse path is exact: JSON Schema (ajv judges the
 * parsed record), a profile (it profiles the parsed values), a column named like an Object.prototype member.
 */
export function scannedRecordChecks(
  plan: CheckPlan,
  keys: readonly KeySpec[],
  profiling: boolean,
): ScannedRecordChecks | undefined {
  if (plan.language !== 'table-schema' || profiling) return undefined;
  if (plan.columns.some((c) => inheritedName(c.name))) return undefined;
  return new ScannedRecordChecks(plan, keys);
}

export class ScannedRecordChecks {
  private readonly scanner: FlatRecordScanner;
  private readonly kinds: readonly FieldKind[];
  private readonly windows: readonly (NumericWindow | undefined)[];
  /** Numbers go to the cell checks (their String()), and so do booleans here. */
  private readonly takesNumbers: Uint8Array;
  private readonly takesBooleans: Uint8Array;
  private scratch: Uint8Array = new Uint8Array(1024);

  constructor(plan: CheckPlan, keys: readonly KeySpec[]) {
    // RecordChecker reports each key outside the schema under these; such a record takes the parse path.
    const forbidExtra = ['exact', 'equal', 'superset'].includes(plan.fieldsMatch);
    this.scanner = new FlatRecordScanner(
      plan.columns.map((c) => c.name),
      !forbidExtra,
    );
    this.kinds = plan.columns.map((c) => c.kind);
    const keyed = new Set(keys.flatMap((k) => k.columns));
    this.windows = plan.columns.map((column, c) =>
      NUMERIC_KINDS.has(column.kind) && !keyed.has(c) ? numericWindow(column) : undefined,
    );
    this.takesNumbers = Uint8Array.from(plan.columns, (c) =>
      NUMERIC_KINDS.has(c.kind) || c.kind === 'any' ? 1 : 0,
    );
    this.takesBooleans = Uint8Array.from(plan.columns, (c) =>
      c.kind === 'boolean' || c.kind === 'any' ? 1 : 0,
    );
  }

  /** Reads a line (without its line break); false when it must be parsed and checked the ordinary way. */
  scan(line: Uint8Array): boolean {
    return this.scanner.scan(line);
  }

  /** Whether the record last scanned has the column (null or not). */
  has(column: number): boolean {
    return this.scanner.types[column] !== VALUE_ABSENT;
  }

  /** Checks the record last scanned (`buf` its line) into `target`. */
  check(target: TextCheckTarget, buf: Uint8Array, line: number): void {
    const acc = target as unknown as Acc;
    const { types, starts, ends, numbers, ascii } = this.scanner;
    for (let c = 0; c < types.length; c++) {
      const kind = types[c]!;
      if (kind === VALUE_ABSENT || kind === VALUE_NULL) {
        nullValue(acc, c, line);
      } else if (kind === VALUE_STRING) {
        checkCell(acc, c, buf, starts[c]!, ends[c]!, ascii[c] === 1, line);
      } else if (kind === VALUE_NUMBER) {
        const v = numbers[c]!;
        const window = this.windows[c];
        if (window !== undefined && numberIsFine(v, window)) continue;
        if (this.takesNumbers[c] === 1) this.checkText(acc, c, String(v), line);
        else this.typeError(acc, c, JSON.stringify(v), 'number', line);
      } else if (kind === VALUE_TRUE || kind === VALUE_FALSE) {
        // The line holds exactly the text `true` or `false` at the value.
        if (this.takesBooleans[c] === 1) checkCell(acc, c, buf, starts[c]!, ends[c]!, true, line);
        else this.typeError(acc, c, kind === VALUE_TRUE ? 'true' : 'false', 'boolean', line);
      } else if (kind === VALUE_ESCAPED_STRING) {
        const { bytes, length } = unescapeJsonString(buf, starts[c]!, ends[c]!, this.scratch);
        this.scratch = bytes;
        let high = 0;
        for (let i = 0; i < length; i++) high |= bytes[i]!;
        checkCell(acc, c, bytes, 0, length, high < 128, line);
      }
    }
  }

  /** A number's String() (ASCII) through the cell checks. */
  private checkText(acc: Acc, c: number, text: string, line: number): void {
    if (this.scratch.length < text.length) this.scratch = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) this.scratch[i] = text.charCodeAt(i);
    checkCell(acc, c, this.scratch, 0, text.length, true, line);
  }

  private typeError(acc: Acc, c: number, json: string, type: string, line: number): void {
    const shown = json.slice(0, 80);
    acc.addError(c, acc.p.TYPE, line, shown, `${shown} is a JSON ${type}, not a ${this.kinds[c]}`);
  }
}
