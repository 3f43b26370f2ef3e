import { isUtf8 } from 'node:buffer';
import { escapeEnd } from './json-string-bytes.js';
import { scanJsonNumber, scannedJsonNumber } from './json-number-scan.js';

/**
 * One JSON Lines record read from its bytes as a flat object of scalars, each value's kind and bytes left per
 * schema column: no object, no string, no number allocated. It answers only for records it reads exactly as
 * JSON.parse would; anything else (a nested value, an escape in a key, a repeated schema key, invalid JSON or
 * UTF-8, a BOM, a blank line) returns false and the caller parses the line the ordinary way.
 */
export const VALUE_ABSENT = 0;
export const VALUE_NULL = 1;
export const VALUE_FALSE = 2;
export const VALUE_TRUE = 3;
export const VALUE_NUMBER = 4;
/** A string whose contents are its bytes (no escape). */
export const VALUE_STRING = 5;
/** A string with escapes: its contents are json-string-bytes.ts's unescaping of its bytes. */
export const VALUE_ESCAPED_STRING = 6;

const encoder = new TextEncoder();

function isSpace(b: number | undefined): boolean {
  return b === 32 || b === 9 || b === 13;
}

export class FlatRecordScanner {
  /** Per schema column: VALUE_*, and the value's bytes (a string's between its quotes). */
  readonly types: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Per schema column: the number (VALUE_NUMBER), and whether a string's bytes are all ASCII. */
  readonly numbers: Float64Array;
  readonly ascii: Uint8Array;
  private readonly names: readonly Uint8Array[];
  /** The column the k-th key of the last record named: records mostly repeat their key order. */
  private readonly guesses: Int32Array;

  constructor(
    names: readonly string[],
    /** Whether a key outside the schema is ignored; when it is an error, the record takes the parse path. */
    private readonly extraKeysAllowed: boolean,
  ) {
    const n = names.length;
    this.names = names.map((name) => encoder.encode(name));
    this.types = new Uint8Array(n);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.numbers = new Float64Array(n);
    this.ascii = new Uint8Array(n);
    this.guesses = new Int32Array(n + 8).fill(-1);
  }

  private nameIs(c: number, buf: Uint8Array, s: number, e: number): boolean {
    const name = this.names[c]!;
    if (name.length !== e - s) return false;
    for (let i = 0; i < name.length; i++) if (name[i] !== buf[s + i]) return false;
    return true;
  }

  private columnOf(buf: Uint8Array, s: number, e: number, ordinal: number): number {
    const guess = ordinal < this.guesses.length ? this.guesses[ordinal]! : -1;
    if (guess >= 0 && this.nameIs(guess, buf, s, e)) return guess;
    for (let c = 0; c < this.names.length; c++) {
      if (this.nameIs(c, buf, s, e)) {
        if (ordinal < this.guesses.length) this.guesses[ordinal] = c;
        return c;
      }
    }
    return -1;
  }

  /** Reads the line `buf` (the whole view, without its line break); false: parse it instead. */
  scan(buf: Uint8Array): boolean {
    const types = this.types;
    types.fill(VALUE_ABSENT);
    const end = buf.length;
    let highBits = 0;
    let i = 0;
    while (isSpace(buf[i])) i++;
    if (buf[i] !== 123) return false;
    i++;
    while (isSpace(buf[i])) i++;
    if (buf[i] === 125) i++;
    else {
      for (let ordinal = 0; ; ordinal++) {
        if (buf[i] !== 34) return false;
        const keyStart = ++i;
        let b = buf[i];
        while (b !== 34) {
          // Escapes in keys, control characters and the line's end: the parse path decides.
          if (b === undefined || b === 92 || b < 32) return false;
          highBits |= b;
          b = buf[++i];
        }
        const c = this.columnOf(buf, keyStart, i, ordinal);
        i++;
        while (isSpace(buf[i])) i++;
        if (buf[i] !== 58) return false;
        i++;
        while (isSpace(buf[i])) i++;
        if (c >= 0 ? types[c] !== VALUE_ABSENT : !this.extraKeysAllowed) return false;
        b = buf[i];
        let kind: number;
        const valueStart = i;
        if (b === 34) {
          const s = ++i;
          let bits = 0;
          let escaped = false;
          b = buf[i];
          while (b !== 34) {
            if (b === undefined || b < 32) return false;
            if (b === 92) {
              i = escapeEnd(buf, i);
              if (i < 0) return false;
              escaped = true;
            } else {
              bits |= b;
              i++;
            }
            b = buf[i];
          }
          highBits |= bits;
          if (c >= 0) {
            this.starts[c] = s;
            this.ends[c] = i;
            this.ascii[c] = bits < 128 ? 1 : 0;
          }
          i++;
          kind = escaped ? VALUE_ESCAPED_STRING : VALUE_STRING;
        } else if (b === 45 || (b !== undefined && b >= 48 && b <= 57)) {
          i = scanJsonNumber(buf, i);
          if (i < 0) return false;
          if (c >= 0) this.numbers[c] = scannedJsonNumber();
          kind = VALUE_NUMBER;
        } else if (b === 116 && buf[i + 1] === 114 && buf[i + 2] === 117 && buf[i + 3] === 101) {
          i += 4;
          kind = VALUE_TRUE;
        } else if (
          b === 102 &&
          buf[i + 1] === 97 &&
          buf[i + 2] === 108 &&
          buf[i + 3] === 115 &&
          buf[i + 4] === 101
        ) {
          i += 5;
          kind = VALUE_FALSE;
        } else if (b === 110 && buf[i + 1] === 117 && buf[i + 2] === 108 && buf[i + 3] === 108) {
          i += 4;
          kind = VALUE_NULL;
        } else return false;
        if (c >= 0) {
          types[c] = kind;
          if (kind !== VALUE_STRING && kind !== VALUE_ESCAPED_STRING) {
            this.starts[c] = valueStart;
            this.ends[c] = i;
          }
        }
        while (isSpace(buf[i])) i++;
        b = buf[i];
        if (b === 44) {
          i++;
          while (isSpace(buf[i])) i++;
          continue;
        }
        if (b !== 125) return false;
        i++;
        break;
      }
    }
    while (isSpace(buf[i])) i++;
    if (i !== end) return false;
    return highBits < 128 || isUtf8(buf);
  }
}
