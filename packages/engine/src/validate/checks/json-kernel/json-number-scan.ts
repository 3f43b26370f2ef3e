import { asciiText } from '../cell-kernel/byte-text.js';

/**
 * A JSON number read straight from bytes, under JSON's grammar exactly (`-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`,
 * so `+1`, `.5`, `01` and `1.` are not numbers), valued as JSON.parse values it. The value of the last number
 * read stays in a module variable (scannedJsonNumber), as number-scan.ts keeps its own: no heap number per value.
 */
const POW10: number[] = [];
for (let i = 0; i <= 22; i++) POW10.push(Number(`1e${i}`));

let value = 0;

export function scannedJsonNumber(): number {
  return value;
}

function isDigit(b: number | undefined): boolean {
  return b !== undefined && b >= 48 && b <= 57;
}

/** Reads the number starting at `pos` and returns where it ends, or -1 when the bytes there are not one. */
export function scanJsonNumber(buf: Uint8Array, pos: number): number {
  const start = pos;
  const negative = buf[pos] === 45;
  if (negative) pos++;
  let mantissa = 0;
  let count = 0;
  let exp10 = 0;
  let b = buf[pos];
  if (b === 48) {
    count = 1;
    b = buf[++pos];
  } else if (isDigit(b)) {
    while (isDigit(b)) {
      mantissa = mantissa * 10 + b! - 48;
      count++;
      b = buf[++pos];
    }
  } else return -1;
  if (b === 46) {
    b = buf[++pos];
    if (!isDigit(b)) return -1;
    while (isDigit(b)) {
      mantissa = mantissa * 10 + b! - 48;
      count++;
      exp10--;
      b = buf[++pos];
    }
  }
  if (b === 101 || b === 69) {
    b = buf[++pos];
    let expNegative = false;
    if (b === 45 || b === 43) {
      expNegative = b === 45;
      b = buf[++pos];
    }
    if (!isDigit(b)) return -1;
    let exponent = 0;
    while (isDigit(b)) {
      // Capped: beyond it the value is 0 or Infinity whatever the digits, and Number() below decides.
      if (exponent < 100_000) exponent = exponent * 10 + b! - 48;
      b = buf[++pos];
    }
    exp10 += expNegative ? -exponent : exponent;
  }
  // Clinger's fast path: an exact mantissa times an exact power of ten, rounded once, is the correctly rounded
  // value JSON.parse gives; anything else goes through the engine's own parser.
  if (count <= 15 && exp10 >= -22 && exp10 <= 22) {
    const magnitude = exp10 < 0 ? mantissa / POW10[-exp10]! : mantissa * POW10[exp10]!;
    value = negative ? -magnitude : magnitude;
  } else value = Number(asciiText(buf, start, pos));
  return pos;
}
