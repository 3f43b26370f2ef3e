import { describe, expect, it } from '@jest/globals';
import { SeededRandom } from '../../significance/seeded-random.js';
import { sortFloats } from './float-sort.js';

/** Sorted by sortFloats and by Float64Array's own sort, compared bit for bit (−0 and +0 apart). */
function expectSortedAsNative(values: Float64Array): void {
  const expected = values.slice().sort();
  const actual = values.slice();
  sortFloats(actual);
  const same = Buffer.from(actual.buffer).equals(Buffer.from(expected.buffer));
  expect(same ? 'same order' : [...actual.slice(0, 20)]).toBe('same order');
}

describe('sorting doubles by their bits', () => {
  const random = new SeededRandom(11);
  const uniform = () => random.nextUint32() / 4294967296;

  it('orders what Float64Array.prototype.sort orders, the same way, at every size', () => {
    for (const n of [0, 1, 7, 4095, 4096, 50_000]) {
      const values = Float64Array.from({ length: n }, (_, i) => {
        const kind = i % 9;
        if (kind === 0) return -uniform() * 1e6;
        if (kind === 1) return uniform() * 1e-310; // subnormal
        if (kind === 2) return [0, -0, Infinity, -Infinity, Number.MAX_VALUE, -Number.MIN_VALUE][i % 6]!;
        if (kind === 3) return Math.round(uniform() * 10) / 10; // many ties
        return uniform();
      });
      expectSortedAsNative(values);
    }
  });

  it('sorts probabilities sharing their top bits, and a column of one value', () => {
    expectSortedAsNative(Float64Array.from({ length: 20_000 }, () => 0.5 + uniform() * 1e-9));
    expectSortedAsNative(new Float64Array(10_000).fill(0.25));
  });

  it('sorts a view into a larger buffer without touching the rest, with a lent scratch', () => {
    const buffer = Float64Array.from({ length: 12_000 }, () => uniform());
    const view = buffer.subarray(1_000, 11_000);
    const outside = [...buffer.subarray(0, 1_000), ...buffer.subarray(11_000)];
    const expected = view.slice().sort();
    sortFloats(view, new Uint32Array(30_000));
    expect([...view]).toEqual([...expected]);
    expect([...buffer.subarray(0, 1_000), ...buffer.subarray(11_000)]).toEqual(outside);
  });
});
