import { describe, expect, it } from '@jest/globals';
import { UserError } from '../user-error.js';
import { IdKeys, IdKeysBuilder } from './id-keys.js';

describe('ids kept compactly and unique', () => {
  it('returns the earlier row of a repeated id, and keeps only the first', () => {
    const builder = new IdKeysBuilder();
    expect(['a', 'b', 'a', 'c', 'b'].map((id) => builder.addText(id))).toEqual([-1, -1, 0, -1, 1]);
    expect(builder.finish().texts()).toEqual(['a', 'b', 'c']);
  });

  it('holds number ids as numbers, one id for 0 and −0, and spells them as numpy does', () => {
    const builder = new IdKeysBuilder();
    expect([7, 0, 2.5, -0, 7].map((id) => builder.addNumber(id))).toEqual([-1, -1, -1, 1, 0]);
    const keys = builder.finish();
    expect(keys.kind).toBe('numbers');
    expect(keys.texts()).toEqual(['7', '0', '2.5']);
  });

  it('keeps consecutive integer ids as their first value, and stores them once the run breaks', () => {
    const builder = new IdKeysBuilder();
    expect([5, 6, 7, 8].map((id) => builder.addNumber(id))).toEqual([-1, -1, -1, -1]);
    expect(builder.addNumber(6)).toBe(1);
    expect(builder.addNumber(20)).toBe(-1);
    expect(builder.addNumber(7)).toBe(2);
    expect(builder.addNumber(2.5)).toBe(-1);
    const keys = builder.finish();
    expect(keys.texts()).toEqual(['5', '6', '7', '8', '20', '2.5']);
    const run = new IdKeysBuilder();
    for (let id = 1; id <= 1000; id++) run.addNumber(id);
    const probe = new IdKeysBuilder();
    for (const id of [1000, 0, 1]) probe.addNumber(id);
    const probes = probe.finish();
    expect([0, 1, 2].map((row) => run.finish().find(probes, row))).toEqual([999, -1, 0]);
  });

  it('turns earlier number ids into texts when a text id arrives, so "7" and 7 stay one id', () => {
    const builder = new IdKeysBuilder();
    builder.addNumber(7);
    builder.addNumber(8);
    expect(builder.addText('x')).toBe(-1);
    expect(builder.addText('7')).toBe(0);
    expect(builder.addNumber(8)).toBe(1);
    const keys = builder.finish();
    expect(keys.kind).toBe('texts');
    expect(keys.texts()).toEqual(['7', '8', 'x']);
  });

  it('compares UTF-8 bytes, whichever way the id came in', () => {
    const builder = new IdKeysBuilder();
    builder.addText('café-日本-😀');
    const bytes = Buffer.from('xxcafé-日本-😀yy');
    expect(builder.addUtf8(bytes, 2, bytes.length - 2)).toBe(0);
    expect(builder.finish().text(0)).toBe('café-日本-😀');
  });

  it('finds every id, and no absent one, on the table and on the Map (probes cut short, as crafted collisions would), across table growth', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `row-${(i * 7_919) % 100_003}`);
    for (const maxProbe of [256, 3, 0]) {
      const builder = new IdKeysBuilder(maxProbe);
      expect(ids.every((id) => builder.addText(id) === -1)).toBe(true);
      expect(ids.every((id, row) => builder.addText(id) === row)).toBe(true);
      const keys = builder.finish();
      const probe = IdKeys.fromTexts([...ids.slice(0, 50), 'row-x', '']);
      for (let row = 0; row < 50; row++) expect(keys.find(probe, row)).toBe(row);
      expect(keys.find(probe, 50)).toBe(-1);
      expect(keys.find(probe, 51)).toBe(-1);
    }
  });

  it('refuses a duplicate given as texts, naming the source and both rows', () => {
    const make = () => IdKeys.fromTexts(['a', 'b', 'a'], 'cur.csv');
    expect(make).toThrow(UserError);
    expect(make).toThrow('cur.csv: id "a" appears more than once (rows 1 and 3)');
  });
});
