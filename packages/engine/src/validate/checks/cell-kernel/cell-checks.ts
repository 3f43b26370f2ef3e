import {
  isoDateDays,
  isoDatetimeMillis,
  isoTimeSeconds,
  temporalPatternValue,
} from '../../schema/temporal-values.js';
import type { Acc } from './batch-accumulator.js';
import { violation } from './batch-accumulator.js';
import { cellText } from './byte-text.js';
import { matchPattern } from './dfa-match.js';
import { hashBytesInto, hashNumberInto } from './key-hash.js';
import type { Prepared } from './kernel-plan.js';
import { KIND } from './kernel-plan.js';
import { parseCustomNumber, parseDecimal, scannedDigits, scannedOk, SPECIAL_NUMBERS } from './number-scan.js';

/**
 * One cell against its column, whatever the format it came from: a CSV cell, a JSON string under Table
 * Schema, a columnar string. Counts nulls, records violations, and leaves the value's key hash in the row.
 */
const KIND_STRING = KIND.string;
const KIND_NUMBER = KIND.number;
const KIND_INTEGER = KIND.integer;
const KIND_BOOLEAN = KIND.boolean;
const KIND_DATE = KIND.date;
const KIND_DATETIME = KIND.datetime;
const KIND_TIME = KIND.time;
const KIND_YEAR = KIND.year;
const KIND_YEARMONTH = KIND.yearmonth;
const KIND_DURATION = KIND.duration;
const KIND_OBJECT = KIND.object;
const KIND_ARRAY = KIND.array;
const KIND_GEOPOINT = KIND.geopoint;
const KIND_ANY = KIND.any;

const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+(?:\.\d+)?D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(?:\.\d+)?S)?)?$/;
const GEOPOINT = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/;

export function equalsBytes(buf: Uint8Array, s: number, e: number, candidate: Uint8Array): boolean {
  if (candidate.length !== e - s) return false;
  for (let i = 0; i < candidate.length; i++) if (buf[s + i] !== candidate[i]) return false;
  return true;
}

function isMissing(p: Prepared, c: number, buf: Uint8Array, s: number, e: number): boolean {
  if (p.onlyEmptyMissing[c] === 1) return e === s;
  const list = p.missing[c]!;
  for (let i = 0; i < list.length; i++) if (equalsBytes(buf, s, e, list[i]!)) return true;
  return false;
}

/** Numeric constraints shared by every kind whose values compile to numbers. */
function checkBounds(
  acc: Acc,
  c: number,
  v: number,
  line: number,
  buf: Uint8Array,
  s: number,
  e: number,
): void {
  const p = acc.p;
  const min = p.min[c]!;
  const max = p.max[c]!;
  if (v < min) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'minimum');
  else if (v > max) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'maximum');
  else if (v <= p.exMin[c]!) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'exclusiveMinimum');
  else if (v >= p.exMax[c]!) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'exclusiveMaximum');
  const allowed = p.enumNumbers[c];
  if (allowed !== null && allowed !== undefined && !allowed.has(v))
    violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'enum');
}

/** `format: any` accepts whatever Date.parse understands. */
function anyTemporal(kind: number, t: string): number {
  if (kind === KIND_TIME) return isoTimeSeconds(t);
  const ms = Date.parse(t);
  return kind === KIND_DATE ? Math.floor(ms / 86400000) : ms;
}

/** In rows mode the raw text goes to ajv, which reports the type error itself. */
function typeError(
  acc: Acc,
  c: number,
  line: number,
  buf: Uint8Array,
  s: number,
  e: number,
  ascii: boolean,
): unknown {
  acc.rowNull[c] = 1;
  if (acc.p.plan.rowsMode) return cellText(buf, s, e, ascii);
  violation(acc, c, acc.p.TYPE, line, buf, s, e, 'type');
  return undefined;
}

/**
 * A numeric cell already parsed (number-scan.ts): `valid` says whether its bytes held a number, `value` is
 * it. Shared by the fused and general paths.
 */
export function numericCell(
  acc: Acc,
  c: number,
  kind: number,
  buf: Uint8Array,
  s: number,
  e: number,
  ascii: boolean,
  line: number,
  value: number,
  valid: boolean,
): unknown {
  const p = acc.p;
  let v = value;
  let ok = valid;
  let digits = scannedDigits();
  if (!ok && kind === KIND_NUMBER) {
    const special = SPECIAL_NUMBERS.get(cellText(buf, s, e, ascii));
    if (special !== undefined) {
      v = special;
      ok = true;
      digits = 0;
    }
  }
  if (ok && kind !== KIND_NUMBER && !Number.isInteger(v)) ok = false;
  if (ok && kind === KIND_YEAR && e - s !== 4) ok = false;
  if (!ok) return typeError(acc, c, line, buf, s, e, ascii);
  acc.rowNull[c] = 0;
  if (acc.profile !== null) acc.profile.number(c, v);
  if (p.keyed[c] === 1) {
    if (kind === KIND_NUMBER || digits <= 15) hashNumberInto(acc.rowHi, acc.rowLo, c, v);
    else hashBytesInto(acc.rowHi, acc.rowLo, c, buf, s, e);
  }
  if (p.plan.rowsMode) return v;
  if (v < p.min[c]! || v > p.max[c]! || v <= p.exMin[c]! || v >= p.exMax[c]! || p.enumNumbers[c] !== null)
    checkBounds(acc, c, v, line, buf, s, e);
  return undefined;
}

/** A JSON null or absent property, or a columnar null: counted, and refused when required. */
export function nullValue(acc: Acc, column: number, line: number): void {
  const p = acc.p;
  acc.nulls[column]! += 1;
  acc.rowNull[column] = 1;
  if (p.required[column] === 1 && !p.plan.rowsMode)
    violation(acc, column, p.CONSTRAINT, line, acc.scratch, 0, 0, 'required');
}

/**
 * Checks one non-null text cell against its column. Returns the cast value in rows mode (the raw text when
 * the cast fails, so ajv reports the type error itself), otherwise undefined.
 */
export function checkCell(
  acc: Acc,
  c: number,
  buf: Uint8Array,
  s: number,
  e: number,
  ascii: boolean,
  line: number,
): unknown {
  const p = acc.p;
  const rowsMode = p.plan.rowsMode;
  if (isMissing(p, c, buf, s, e)) {
    acc.nulls[c]! += 1;
    acc.rowNull[c] = 1;
    if (p.required[c] === 1 && !rowsMode) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'required');
    return undefined;
  }
  acc.rowNull[c] = 0;
  const kind = p.kinds[c]!;
  switch (kind) {
    case KIND_NUMBER:
    case KIND_INTEGER:
    case KIND_YEAR: {
      let v: number;
      if (p.customNumber[c] === 1) v = parseCustomNumber(p.plan.columns[c]!, cellText(buf, s, e, ascii));
      else v = parseDecimal(buf, s, e, kind !== KIND_NUMBER && p.integral[c] === 0);
      return numericCell(acc, c, kind, buf, s, e, ascii, line, v, scannedOk());
    }
    case KIND_STRING: {
      // 1 match, 0 no match, -1 not decided on the bytes (no DFA, or a non-ASCII value): test the text.
      const patternMatch = p.pattern[c] === null ? 1 : matchPattern(p.patternDfa[c]!, buf, s, e);
      const formatMatch = p.format[c] === null ? 1 : matchPattern(p.formatDfa[c]!, buf, s, e);
      let t: string | null = null;
      if (patternMatch < 0 || formatMatch < 0 || rowsMode) t = cellText(buf, s, e, ascii);
      if (p.keyed[c] === 1) hashBytesInto(acc.rowHi, acc.rowLo, c, buf, s, e);
      if (rowsMode) {
        if (acc.profile !== null) acc.profile.bytes(c, buf, s, e);
        return t;
      }
      const minLen = p.minLen[c]!;
      const maxLen = p.maxLen[c]!;
      if (minLen === minLen || maxLen === maxLen) {
        let length = e - s;
        if (!ascii) {
          length = 0;
          for (let i = s; i < e; i++) if ((buf[i]! & 0xc0) !== 0x80) length++;
        }
        if (length < minLen) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'minLength', length);
        else if (length > maxLen) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'maxLength', length);
      }
      if (patternMatch === 0 || (patternMatch < 0 && !p.pattern[c]!.test(t!)))
        violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'pattern');
      if (formatMatch === 0 || (formatMatch < 0 && !p.format[c]!.test(t!)))
        violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'format');
      const temporal = p.temporalFormat[c];
      if (temporal !== null && temporal !== undefined) {
        const tt = t ?? cellText(buf, s, e, ascii);
        const ok =
          temporal === 'date'
            ? isoDateDays(buf, s, e) === isoDateDays(buf, s, e)
            : temporal === 'time'
              ? !Number.isNaN(isoTimeSeconds(tt))
              : !Number.isNaN(isoDatetimeMillis(tt)) && /[Zz+-]\d*:?\d*$/.test(tt);
        if (!ok) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'format');
      }
      const allowed = p.enumBytes[c];
      let found = -1;
      if (allowed !== null && allowed !== undefined) {
        for (let i = 0; i < allowed.length; i++) {
          if (equalsBytes(buf, s, e, allowed[i]!)) {
            found = i;
            break;
          }
        }
        if (found < 0) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'enum');
      }
      // Profiled by what the checks already know: the enum position, else the key hash, else hashed here.
      const profile = acc.profile;
      if (profile !== null) {
        if (found >= 0) profile.enumValue(c, found);
        else if (p.keyed[c] === 1) profile.hashed(c, acc.rowHi[c]!, acc.rowLo[c]!, buf, s, e);
        else profile.bytes(c, buf, s, e);
      }
      return undefined;
    }
    case KIND_BOOLEAN: {
      let v = -1;
      const trues = p.trueValues[c]!;
      for (let i = 0; i < trues.length && v < 0; i++) if (equalsBytes(buf, s, e, trues[i]!)) v = 1;
      const falses = p.falseValues[c]!;
      for (let i = 0; i < falses.length && v < 0; i++) if (equalsBytes(buf, s, e, falses[i]!)) v = 0;
      if (v < 0) return typeError(acc, c, line, buf, s, e, ascii);
      if (p.keyed[c] === 1) hashNumberInto(acc.rowHi, acc.rowLo, c, v);
      if (acc.profile !== null) acc.profile.text(c, v === 1 ? 'true' : 'false');
      if (rowsMode) return v === 1;
      checkBounds(acc, c, v, line, buf, s, e);
      return undefined;
    }
    default: {
      if (kind === KIND_ANY) {
        if (p.keyed[c] === 1) hashBytesInto(acc.rowHi, acc.rowLo, c, buf, s, e);
        return rowsMode ? cellText(buf, s, e, ascii) : undefined;
      }
      const column = p.plan.columns[c]!;
      const t = kind === KIND_DATE && column.temporalPattern === undefined ? '' : cellText(buf, s, e, ascii);
      let v: number;
      if (column.temporalPattern !== undefined)
        v = temporalPatternValue(column.temporalPattern, column.kind, t);
      else if (kind === KIND_DATE) v = isoDateDays(buf, s, e);
      else if (kind === KIND_DATETIME) v = isoDatetimeMillis(t);
      else if (kind === KIND_TIME) v = isoTimeSeconds(t);
      else if (kind === KIND_YEARMONTH) {
        const m = /^(\d{4})-(\d{2})$/.exec(t);
        v = m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? Number(m[1]) * 12 + Number(m[2]) - 1 : NaN;
      } else if (kind === KIND_DURATION) v = DURATION.test(t) ? 0 : NaN;
      else if (kind === KIND_GEOPOINT) {
        const m = GEOPOINT.exec(t);
        v = m && Math.abs(Number(m[1])) <= 180 && Math.abs(Number(m[2])) <= 90 ? 0 : NaN;
      } else if (kind === KIND_OBJECT || kind === KIND_ARRAY) {
        v = NaN;
        try {
          const parsed: unknown = JSON.parse(t);
          if (
            kind === KIND_ARRAY
              ? Array.isArray(parsed)
              : typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
          )
            v = 0;
        } catch {
          v = NaN;
        }
      } else v = NaN;
      if (v !== v && column.anyTemporalFormat === true)
        v = anyTemporal(kind, t || cellText(buf, s, e, ascii));
      if (v !== v) return typeError(acc, c, line, buf, s, e, ascii);
      if (p.keyed[c] === 1) hashNumberInto(acc.rowHi, acc.rowLo, c, v);
      if (acc.profile !== null) acc.profile.number(c, v);
      if (rowsMode) return cellText(buf, s, e, ascii);
      checkBounds(acc, c, v, line, buf, s, e);
      return undefined;
    }
  }
}
