import { describe, expect, it } from '@jest/globals';
import { UserError } from '../user-error.js';
import { IdIndex, IdMap } from './id-index.js';
import { joinById, rowsById } from './id-join.js';

describe('joining baseline and current predictions by id', () => {
  it('pairs rows by id in the current order, whatever order the baseline has', () => {
    const join = joinById(['a', 'b', 'c'], ['c', 'a', 'b']);
    expect(join.size).toBe(3);
    expect([...join.baselineRows]).toEqual([2, 0, 1]);
    expect([...join.currentRows]).toEqual([0, 1, 2]);
    expect(join.missing).toEqual({ count: 0, first: [] });
    expect(join.extra).toEqual({ count: 0, first: [] });
  });

  it('reports ids on one side only, with complete counts and the first five', () => {
    const baseline = ['keep', ...Array.from({ length: 8 }, (_, i) => `gone-${i}`)];
    const current = ['new-0', 'keep', 'new-1'];
    const join = joinById(baseline, current);
    expect(join.size).toBe(1);
    expect([...join.baselineRows]).toEqual([0]);
    expect([...join.currentRows]).toEqual([1]);
    expect(join.missing).toEqual({ count: 8, first: ['gone-0', 'gone-1', 'gone-2', 'gone-3', 'gone-4'] });
    expect(join.extra).toEqual({ count: 2, first: ['new-0', 'new-1'] });
  });

  it('joins nothing to nothing', () => {
    const join = joinById([], ['x']);
    expect(join.size).toBe(0);
    expect(join.extra).toEqual({ count: 1, first: ['x'] });
  });

  it.each([
    ['baseline', ['a', 'b', 'a'], ['a'], 'base.csv: id "a" appears more than once (rows 1 and 3)'],
    [
      'current, matched',
      ['a', 'b'],
      ['b', 'a', 'b'],
      'cur.csv: id "b" appears more than once (rows 1 and 3)',
    ],
    ['current, extra', ['a'], ['z', 'a', 'z'], 'cur.csv: id "z" appears more than once (rows 1 and 3)'],
  ])(
    'refuses a duplicated id (%s) as a user error naming the file and rows',
    (_, baseline, current, message) => {
      const join = () => joinById(baseline, current, { baseline: 'base.csv', current: 'cur.csv' });
      expect(join).toThrow(UserError);
      expect(join).toThrow(message);
    },
  );
});

describe('rows by id', () => {
  const ids = Array.from({ length: 3_000 }, (_, i) => `row-${(i * 7_919) % 10_007}`);

  it('finds every id, and none that is absent, in the table and in its Map fallback alike', () => {
    for (const maxProbe of [64, 0]) {
      const index = rowsById(ids, 'ids.csv', maxProbe);
      expect(index instanceof IdMap).toBe(maxProbe === 0);
      ids.forEach((id, row) => expect(index.rowOf(id)).toBe(row));
      expect(index.rowOf('row-x')).toBe(-1);
      expect(index.rowOf('')).toBe(-1);
    }
  });

  it('reports a duplicate on the Map fallback as on the table', () => {
    expect(() => rowsById(['a', 'b', 'a'], 'ids.csv', 0)).toThrow(
      'ids.csv: id "a" appears more than once (rows 1 and 3)',
    );
  });

  it('overflows, rather than probing on, when a probe gets too long', () => {
    const index = new IdIndex(ids, ids.length, 1);
    const results = ids.map((id, row) => index.add(id, row));
    expect(results).toContain('overflow');
  });
});
