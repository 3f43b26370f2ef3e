import { describe, expect, it } from '@jest/globals';
import { countWords, groupDigits } from './count-words.js';

describe('counts as reports print them', () => {
  it("groups digits exactly as toLocaleString('en-US') does", () => {
    const values = [
      0,
      -0,
      1,
      12,
      123,
      1234,
      -1234,
      12345,
      999999,
      1000000,
      -987654321,
      2 ** 53 - 1,
      2 ** 53,
      1e21,
    ];
    for (const n of [...values, 1.5, -2.25, Number.NaN, Number.POSITIVE_INFINITY])
      expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
    for (let n = 1; n < 1e15; n = n * 7 + 3) expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
  });

  it('says a count with its noun, singular for exactly one', () => {
    expect(countWords(1, 'file')).toBe('1 file');
    expect(countWords(0, 'file')).toBe('0 files');
    expect(countWords(12345, 'error')).toBe('12,345 errors');
    expect(countWords(2, 'entry', 'entries')).toBe('2 entries');
  });
});
