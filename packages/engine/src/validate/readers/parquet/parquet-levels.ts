/**
 * Parquet's RLE / bit-packed hybrid encoding (definition levels, dictionary indices), decoded straight into a
 * typed array. hyparquet decodes it into a fresh JS array per page; on the bench file that was 0.3 s of
 * 2.7 s, mostly allocation and the garbage it leaves. Spec: parquet-format Encodings.md, "Run Length
 * Encoding / Bit-Packing Hybrid".
 */

/**
 * Decodes `count` values from `bytes[offset, end)` into `out[outStart…]`; returns the offset after the last
 * run read. Values past `end` (a truncated page) throw rather than read as zeros.
 */
export function decodeHybrid(
  bytes: Uint8Array,
  offset: number,
  end: number,
  bitWidth: number,
  count: number,
  out: Uint8Array | Int32Array,
  outStart: number,
): number {
  let pos = offset;
  let i = 0;
  const byteWidth = (bitWidth + 7) >> 3;
  while (i < count) {
    if (pos >= end) throw new Error('a page ends inside its levels or dictionary indices');
    let header = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = bytes[pos++]!;
      header += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80);
    const runs = Math.floor(header / 2);
    if (header % 2 === 0) {
      // RLE run: one value, little-endian in the fewest whole bytes.
      let value = 0;
      for (let b = 0; b < byteWidth; b++) value += bytes[pos + b]! * 2 ** (8 * b);
      pos += byteWidth;
      const take = Math.min(runs, count - i);
      out.fill(value, outStart + i, outStart + i + take);
      i += take;
      continue;
    }
    // Bit-packed: `runs` groups of 8 values, LSB first.
    const groupEnd = pos + runs * bitWidth;
    if (groupEnd > end) throw new Error('a page ends inside its levels or dictionary indices');
    const take = Math.min(runs * 8, count - i);
    if (bitWidth <= 24) {
      // Up to 24 + 7 bits in flight: fits an int32 without touching the sign bit.
      const mask = (1 << bitWidth) - 1;
      let buffer = 0;
      let bits = 0;
      let at = pos;
      for (let k = 0; k < take; k++) {
        while (bits < bitWidth) {
          buffer |= bytes[at++]! << bits;
          bits += 8;
        }
        out[outStart + i + k] = buffer & mask;
        buffer >>>= bitWidth;
        bits -= bitWidth;
      }
    } else {
      const modulus = 2 ** bitWidth;
      let buffer = 0;
      let bits = 0;
      let at = pos;
      for (let k = 0; k < take; k++) {
        while (bits < bitWidth) {
          buffer += bytes[at++]! * 2 ** bits;
          bits += 8;
        }
        const value = buffer % modulus;
        out[outStart + i + k] = value;
        buffer = (buffer - value) / modulus;
        bits -= bitWidth;
      }
    }
    i += take;
    pos = groupEnd;
  }
  return pos;
}

/** Bits needed for levels up to `max` (the level encoding's bit width). */
export function levelBitWidth(max: number): number {
  return max === 0 ? 0 : 32 - Math.clz32(max);
}
