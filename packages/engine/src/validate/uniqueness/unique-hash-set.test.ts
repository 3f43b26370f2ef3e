import { describe, expect, it } from '@jest/globals';
import { UniqueHashSet } from './unique-hash-set.js';

/** A deterministic stream of 64-bit hashes where some rows repeat an earlier row's value. */
function keyStream(rows: number, repeatEvery: number): { hi: number; lo: number }[] {
  let state = 0x12345678;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  const keys: { hi: number; lo: number }[] = [];
  for (let row = 0; row < rows; row++) {
    if (row > 0 && row % repeatEvery === 0) keys.push(keys[next() % row]!);
    else keys.push({ hi: next(), lo: next() });
  }
  return keys;
}

/** The rows a plain Set reports: every occurrence after a value's first. */
function expectedDuplicates(keys: readonly { hi: number; lo: number }[]): number[] {
  const seen = new Set<string>();
  const rows: number[] = [];
  keys.forEach((k, i) => {
    const id = `${k.hi}:${k.lo}`;
    if (seen.has(id)) rows.push(i + 1);
    else seen.add(id);
  });
  return rows;
}

function duplicatesFound(set: UniqueHashSet, keys: readonly { hi: number; lo: number }[]): number[] {
  const rows: number[] = [];
  keys.forEach((k, i) => {
    if (!set.add(k.hi, k.lo, i + 1)) rows.push(i + 1);
  });
  set.finish((row) => rows.push(row));
  return rows.sort((a, b) => a - b);
}

describe('UniqueHashSet', () => {
  it('reports each repeat once, in memory, when the table never fills', () => {
    const keys = keyStream(5_000, 7);
    const set = new UniqueHashSet();
    expect(duplicatesFound(set, keys)).toEqual(expectedDuplicates(keys));
    expect(set.spilledRuns).toBe(0);
  });

  it('spills sorted runs when the table is full and finds repeats across them in the final merge', () => {
    const keys = keyStream(60_000, 5);
    const set = new UniqueHashSet({ maxSlots: 1024 });
    const found = duplicatesFound(set, keys);
    expect(set.spilledRuns).toBeGreaterThan(50);
    expect(found).toEqual(expectedDuplicates(keys));
  });

  it('counts a value repeated in many runs once per occurrence after the first', () => {
    const keys = keyStream(20_000, 1_000_000);
    for (let row = 0; row < keys.length; row += 997) keys[row] = { hi: 7, lo: 9 };
    const set = new UniqueHashSet({ maxSlots: 1024 });
    expect(duplicatesFound(set, keys)).toEqual(expectedDuplicates(keys));
  });

  it('treats the zero hash as a value and keeps working after presize', () => {
    const set = new UniqueHashSet({ maxSlots: 4096 });
    set.presize(1_000_000);
    expect(set.add(0, 0, 1)).toBe(true);
    expect(set.add(0, 0, 2)).toBe(false);
    expect(set.add(0xffffffff, 0xffffffff, 3)).toBe(true);
    set.finish(() => {
      throw new Error('nothing spilled, nothing to merge');
    });
  });

  it('holds a presized whole table in memory without spilling, and falls back to spilling when it proves short', () => {
    const keys = keyStream(60_000, 5);
    const whole = new UniqueHashSet({ maxSlots: 1024 });
    whole.presize(keys.length, true);
    expect(duplicatesFound(whole, keys)).toEqual(expectedDuplicates(keys));
    expect(whole.spilledRuns).toBe(0);

    const short = new UniqueHashSet({ maxSlots: 1024 });
    short.presize(10_000, true);
    expect(duplicatesFound(short, keys)).toEqual(expectedDuplicates(keys));
    expect(short.spilledRuns).toBeGreaterThan(0);
  });

  it('frees its spill file on close without merging', () => {
    const set = new UniqueHashSet({ maxSlots: 1024 });
    for (let i = 1; i <= 5_000; i++) set.add(i, i, i);
    expect(set.spilledRuns).toBeGreaterThan(0);
    set.close();
    set.close();
  });

  it('finds in batches exactly what it finds one value at a time, spills and the zero hash included', () => {
    const keys = keyStream(30_000, 6);
    keys[100] = { hi: 0, lo: 0 };
    keys[2_000] = { hi: 0, lo: 0 };
    const batched = new UniqueHashSet({ maxSlots: 1024 });
    const rows: number[] = [];
    for (let start = 0; start < keys.length; start += 777) {
      const part = keys.slice(start, start + 777);
      const hashes = new Uint32Array(part.flatMap((k) => [k.hi, k.lo]));
      const lines = Uint32Array.from(part, (_, i) => i);
      batched.addBatch(hashes, lines, part.length, start + 1, (row) => rows.push(row));
    }
    expect(batched.spilledRuns).toBeGreaterThan(10);
    batched.finish((row) => rows.push(row));
    expect(rows.sort((a, b) => a - b)).toEqual(expectedDuplicates(keys));
  });
});
