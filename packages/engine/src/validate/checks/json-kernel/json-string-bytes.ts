/**
 * The UTF-8 bytes of JSON string contents that hold escapes, as JSON.parse then TextEncoder would give them: a
 * lone surrogate (`\ud800` without its pair) becomes U+FFFD, as TextEncoder writes it.
 */
const ESCAPED: Record<number, number> = { 34: 34, 92: 92, 47: 47, 98: 8, 102: 12, 110: 10, 114: 13, 116: 9 };

function hexAt(buf: Uint8Array, i: number): number {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const b = buf[i + k];
    const d =
      b === undefined
        ? -1
        : b >= 48 && b <= 57
          ? b - 48
          : b >= 97 && b <= 102
            ? b - 87
            : b >= 65 && b <= 70
              ? b - 55
              : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/** Where a valid escape starting at the backslash `i` ends, or -1 when it is not one JSON allows. */
export function escapeEnd(buf: Uint8Array, i: number): number {
  const b = buf[i + 1];
  if (b === 117) return hexAt(buf, i + 2) < 0 ? -1 : i + 6;
  return b !== undefined && ESCAPED[b] !== undefined ? i + 2 : -1;
}

/** Grows `out` as needed; returns the bytes and their length (contents [s, e) were validated by the scan). */
export function unescapeJsonString(
  buf: Uint8Array,
  s: number,
  e: number,
  out: Uint8Array,
): { bytes: Uint8Array; length: number } {
  // Each escape or byte yields at most three bytes per input byte.
  const bytes = out.length >= (e - s) * 3 ? out : new Uint8Array((e - s) * 3 + 16);
  let n = 0;
  let i = s;
  while (i < e) {
    const b = buf[i]!;
    if (b !== 92) {
      bytes[n++] = b;
      i++;
      continue;
    }
    const kind = buf[i + 1]!;
    if (kind !== 117) {
      bytes[n++] = ESCAPED[kind]!;
      i += 2;
      continue;
    }
    let code = hexAt(buf, i + 2);
    i += 6;
    if (code >= 0xd800 && code <= 0xdbff && buf[i] === 92 && buf[i + 1] === 117) {
      const low = hexAt(buf, i + 2);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i += 6;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes[n++] = code;
    else if (code < 0x800) {
      bytes[n++] = 0xc0 | (code >> 6);
      bytes[n++] = 0x80 | (code & 63);
    } else if (code < 0x10000) {
      bytes[n++] = 0xe0 | (code >> 12);
      bytes[n++] = 0x80 | ((code >> 6) & 63);
      bytes[n++] = 0x80 | (code & 63);
    } else {
      bytes[n++] = 0xf0 | (code >> 18);
      bytes[n++] = 0x80 | ((code >> 12) & 63);
      bytes[n++] = 0x80 | ((code >> 6) & 63);
      bytes[n++] = 0x80 | (code & 63);
    }
  }
  return { bytes, length: n };
}
