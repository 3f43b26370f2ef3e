import { describe, expect, it } from '@jest/globals';
import { decodeHybrid, levelBitWidth } from './parquet-levels.js';

/** ULEB128, as run headers are written. */
function varint(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** A bit-packed run: groups of 8 values, LSB first (parquet-format Encodings.md). */
function bitPacked(values: readonly number[], bitWidth: number): number[] {
  const groups = Math.ceil(values.length / 8);
  const bytes = new Array<number>(groups * bitWidth).fill(0);
  values.forEach((value, i) => {
    for (let b = 0; b < bitWidth; b++) {
      if (Math.floor(value / 2 ** b) % 2 === 1) {
        const bit = i * bitWidth + b;
        bytes[bit >> 3]! |= 1 << (bit & 7);
      }
    }
  });
  return [...varint(groups * 2 + 1), ...bytes];
}

function rle(value: number, count: number, bitWidth: number): number[] {
  const bytes: number[] = [];
  for (let b = 0; b < (bitWidth + 7) >> 3; b++) bytes.push(Math.floor(value / 256 ** b) % 256);
  return [...varint(count * 2), ...bytes];
}

function decode(
  bytes: number[],
  bitWidth: number,
  count: number,
  out: Uint8Array | Int32Array = new Int32Array(count),
) {
  const end = decodeHybrid(Uint8Array.from(bytes), 0, bytes.length, bitWidth, count, out, 0);
  return { values: Array.from(out), end };
}

describe('decodeHybrid (RLE / bit-packed hybrid)', () => {
  it('expands an RLE run into the output', () => {
    expect(decode(rle(1, 5, 1), 1, 5, new Uint8Array(5))).toEqual({ values: [1, 1, 1, 1, 1], end: 2 });
  });

  it('reads RLE values wider than a byte, little-endian', () => {
    expect(decode(rle(300, 3, 9), 9, 3).values).toEqual([300, 300, 300]);
  });

  it('unpacks bit-packed groups LSB first and stops at count inside the last group', () => {
    const values = [0, 1, 2, 3, 4, 5, 6, 7, 7, 6, 5];
    expect(decode(bitPacked(values, 3), 3, values.length).values).toEqual(values);
  });

  it('handles runs one after another, and a header longer than one varint byte', () => {
    const bytes = [...rle(2, 200, 2), ...bitPacked([3, 0, 1, 2, 3, 0, 1, 2], 2)];
    const { values, end } = decode(bytes, 2, 208);
    expect(values.slice(0, 200)).toEqual(new Array(200).fill(2));
    expect(values.slice(200)).toEqual([3, 0, 1, 2, 3, 0, 1, 2]);
    expect(end).toBe(bytes.length);
  });

  it('decodes widths above 24 bits without losing the sign bit', () => {
    const values = [2 ** 31 - 1, 0, 123456789, 2 ** 30, 5, 6, 7, 8];
    expect(decode(bitPacked(values, 31), 31, 8).values).toEqual(values);
  });

  it('writes at the given output offset', () => {
    const out = new Int32Array(6).fill(-1);
    decodeHybrid(Uint8Array.from(rle(4, 3, 3)), 0, 2, 3, 3, out, 2);
    expect(Array.from(out)).toEqual([-1, -1, 4, 4, 4, -1]);
  });

  it('throws on a truncated page instead of reading zeros', () => {
    expect(() => decode(rle(1, 2, 1), 1, 5)).toThrow('a page ends inside its levels');
    expect(() => decode(bitPacked([1, 2, 3, 4, 5, 6, 7, 0], 3).slice(0, 2), 3, 8)).toThrow(
      'a page ends inside its levels',
    );
  });

  it('sizes the level bit width from the maximum level', () => {
    expect([0, 1, 2, 3, 4, 255, 256].map(levelBitWidth)).toEqual([0, 1, 2, 2, 3, 8, 9]);
  });
});
