import type { ColumnCheck } from '../../schema/check-plan.js';
import { asciiText } from './byte-text.js';

/**
 * Decimal numbers read straight from bytes. The CSV parser fuses `scanNumber` into its cell scan for numeric
 * columns, so their bytes are read once. The outcome of the last read stays in this module's variables, read
 * through scannedOk/scannedValue/scannedDigits.
 *
 * Storing the value in place instead (a shared object's double field, or a Float64Array) saves a heap number
 * per cell, and that raised peak RSS on the 2M-row CSV benchmark from ~118 to 150-180 MiB: with that little
 * garbage, scavenges run a quarter as often, and the per-batch buffers only they free pile up meanwhile.
 */
const MINUS = 45;
const PLUS = 43;
const DOT = 46;
const POW10: number[] = [];
for (let i = 0; i <= 22; i++) POW10.push(Number(`1e${i}`));
const LOOSE_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The spellings of non-finite numbers a `number` cell accepts. A Map, not an object literal: a cell is looked
 * up by its text, and on a plain object "toString" or "__proto__" would find Object.prototype's members and
 * pass as numbers.
 */
export const SPECIAL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['NaN', NaN],
  ['INF', Infinity],
  ['-INF', -Infinity],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
]);

let ok = false;
let value = 0;
let digits = 0;

/** Whether the bytes last read held a valid number. */
export function scannedOk(): boolean {
  return ok;
}

export function scannedValue(): number {
  return value;
}

/** The mantissa digits of the last valid number: beyond 15 it may not be exact. */
export function scannedDigits(): number {
  return digits;
}

/**
 * Reads a decimal number starting at `pos` and returns where it stops (at the first byte that cannot
 * continue it). Out-of-range reads yield undefined, which fails every digit test.
 */
export function scanNumber(buf: Uint8Array, pos: number, integerOnly: boolean): number {
  let b = buf[pos]!;
  let negative = false;
  if (b === MINUS) {
    negative = true;
    b = buf[++pos]!;
  } else if (b === PLUS) b = buf[++pos]!;
  const digitsStart = pos;
  let mantissa = 0;
  let count = 0;
  let exp10 = 0;
  let d = b - 48;
  while (d >= 0 && d <= 9) {
    mantissa = mantissa * 10 + d;
    count++;
    d = buf[++pos]! - 48;
  }
  if (!integerOnly && d === DOT - 48) {
    d = buf[++pos]! - 48;
    while (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      count++;
      exp10--;
      d = buf[++pos]! - 48;
    }
  }
  if (count === 0) {
    ok = false;
    return pos;
  }
  if (!integerOnly && (d === 101 - 48 || d === 69 - 48)) {
    d = buf[++pos]! - 48;
    let expNegative = false;
    if (d === MINUS - 48) {
      expNegative = true;
      d = buf[++pos]! - 48;
    } else if (d === PLUS - 48) d = buf[++pos]! - 48;
    let exponent = 0;
    let expDigits = 0;
    while (d >= 0 && d <= 9) {
      exponent = exponent * 10 + d;
      expDigits++;
      d = buf[++pos]! - 48;
    }
    if (expDigits === 0) {
      ok = false;
      return pos;
    }
    exp10 += expNegative ? -exponent : exponent;
  }
  ok = true;
  digits = count;
  let magnitude: number;
  // Clinger's fast path: an exact mantissa and an exactly representable power of ten give a correctly
  // rounded result in one operation; anything else goes through the engine's own parser.
  if (count <= 15 && exp10 >= -22 && exp10 <= 22)
    magnitude = exp10 < 0 ? mantissa / POW10[-exp10]! : mantissa * POW10[exp10]!;
  else magnitude = Number(asciiText(buf, digitsStart, pos));
  value = negative ? -magnitude : magnitude;
  return pos;
}

/** The number in exactly bytes [s, e): scannedOk() is false when anything is left over. */
export function parseDecimal(buf: Uint8Array, s: number, e: number, integerOnly: boolean): number {
  // scanNumber stops at the first byte that cannot continue a number. In a CSV file that is the delimiter;
  // values packed back to back (columnar text) or in a reused buffer may be followed by one that can: then
  // it scans a view that ends at `e`.
  const next = buf[e];
  const end =
    next !== undefined && ((next >= 48 && next <= 57) || next === DOT || next === 101 || next === 69)
      ? s + scanNumber(buf.subarray(s, e), 0, integerOnly)
      : scanNumber(buf, s, integerOnly);
  if (end !== e) ok = false;
  return value;
}

/** A number under Table Schema's `decimalChar`, `groupChar` and `bareNumber`. */
export function parseCustomNumber(column: ColumnCheck, text: string): number {
  let t = text;
  if (column.groupChar !== '') t = t.split(column.groupChar).join('');
  if (column.decimalChar !== '.') t = t.split(column.decimalChar).join('.');
  if (!column.bareNumber) t = t.replace(/^[^0-9+\-.]+/, '').replace(/[^0-9.]+$/, '');
  if (!LOOSE_NUMBER.test(t)) {
    ok = false;
    return NaN;
  }
  ok = true;
  return Number(t);
}
