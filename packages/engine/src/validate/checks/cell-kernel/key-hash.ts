/**
 * 64-bit hashes of key values, as high and low 32-bit halves, for the uniqueness checks
 * (uniqueness/key-uniqueness.ts). A value hashes the same from every reader: text by its UTF-8 bytes, numbers
 * (and booleans, dates, …) by their float64 bits, so `1`, `1.0` and a JSON 1 are one value.
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The hash of bytes [s, e) into `hi[slot]` and `lo[slot]`. */
export function hashBytesInto(
  hi: Int32Array,
  lo: Int32Array,
  slot: number,
  buf: Uint8Array,
  s: number,
  e: number,
): void {
  let h1 = 0x9747b28c ^ (e - s);
  let h2 = 0x85ebca6b ^ (e - s);
  for (let i = s; i < e; i++) {
    const b = buf[i]!;
    h1 = Math.imul(h1 ^ b, 0x01000193);
    h2 = Math.imul(h2 ^ b, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  hi[slot] = fmix(h1 ^ Math.imul(h2, 0x27d4eb2d));
  lo[slot] = fmix(h2 + Math.imul(h1, 0x165667b1));
}

export function hashNumberInto(hi: Int32Array, lo: Int32Array, slot: number, value: number): void {
  f64[0] = value === 0 ? 0 : value; // -0 and 0 are the same value
  hi[slot] = fmix(u32[1]! ^ 0x3c6ef372);
  lo[slot] = fmix(Math.imul(u32[0]!, 0x9e3779b1) ^ u32[1]!);
}
