import { describe, expect, it } from '@jest/globals';
import { joinById } from './id-join.js';
import { IdKeys, IdKeysBuilder } from './id-keys.js';

const texts = (ids: readonly string[]) => IdKeys.fromTexts(ids);

function numbers(values: readonly number[]): IdKeys {
  const builder = new IdKeysBuilder();
  for (const value of values) builder.addNumber(value);
  return builder.finish();
}

describe('joining baseline and current predictions by id', () => {
  it('pairs rows by id in the current order, whatever order the baseline has', () => {
    const join = joinById(texts(['a', 'b', 'c']), texts(['c', 'a', 'b']));
    expect(join.size).toBe(3);
    expect([...join.baselineRows]).toEqual([2, 0, 1]);
    expect([...join.currentRows]).toEqual([0, 1, 2]);
    expect(join.missing).toEqual({ count: 0, first: [] });
    expect(join.extra).toEqual({ count: 0, first: [] });
  });

  it('reports ids on one side only, with complete counts and the first five', () => {
    const baseline = ['keep', ...Array.from({ length: 8 }, (_, i) => `gone-${i}`)];
    const current = ['new-0', 'keep', 'new-1'];
    const join = joinById(texts(baseline), texts(current));
    expect(join.size).toBe(1);
    expect([...join.baselineRows]).toEqual([0]);
    expect([...join.currentRows]).toEqual([1]);
    expect(join.missing).toEqual({ count: 8, first: ['gone-0', 'gone-1', 'gone-2', 'gone-3', 'gone-4'] });
    expect(join.extra).toEqual({ count: 2, first: ['new-0', 'new-1'] });
  });

  it('joins nothing to nothing', () => {
    const join = joinById(texts([]), texts(['x']));
    expect(join.size).toBe(0);
    expect(join.extra).toEqual({ count: 1, first: ['x'] });
  });

  it('pairs number ids with number ids, and with the texts that spell them (a CSV baseline, a Parquet current)', () => {
    expect([...joinById(numbers([3, 1, 2]), numbers([1, 2, 3, 4])).baselineRows]).toEqual([1, 2, 0]);
    const mixed = joinById(texts(['1', '2', '10', 'x']), numbers([10, 2, 1, 7]));
    expect([...mixed.baselineRows]).toEqual([2, 1, 0]);
    expect(mixed.extra).toEqual({ count: 1, first: ['7'] });
    expect(mixed.missing).toEqual({ count: 1, first: ['x'] });
  });

  it('joins 300,000 ids on either index, the table or its Map fallback, alike', () => {
    const rows = 300_000;
    const baseline = new IdKeysBuilder();
    const onMap = new IdKeysBuilder(0);
    const current = new IdKeysBuilder();
    for (let i = 0; i < rows; i++) {
      baseline.addText(`row-${i}`);
      onMap.addText(`row-${i}`);
      current.addText(`row-${(i * 7_919 + 13) % (rows + 10)}`);
    }
    const onTable = joinById(baseline.finish(), current.finish());
    const fallback = joinById(onMap.finish(), current.finish());
    // Compared as bytes: jest's deep equality walks a typed array element by element, slowly.
    const same = (a: Int32Array, b: Int32Array) =>
      Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
        Buffer.from(b.buffer, b.byteOffset, b.byteLength),
      );
    expect(same(fallback.baselineRows, onTable.baselineRows)).toBe(true);
    expect(same(fallback.currentRows, onTable.currentRows)).toBe(true);
    expect([fallback.missing, fallback.extra]).toEqual([onTable.missing, onTable.extra]);
    expect(onTable.size + onTable.extra.count).toBe(rows);
  });
});
