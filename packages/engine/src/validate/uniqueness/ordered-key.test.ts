import { describe, expect, it } from '@jest/globals';
import type { KeyHashes } from '../checks/cell-kernel/batch-result.js';
import type { ColumnData } from '../readers/data-reader.js';
import { KeyUniqueness } from './key-uniqueness.js';
import { OrderedKey } from './ordered-key.js';
import { UniqueHashSet } from './unique-hash-set.js';

function text(values: string[]): ColumnData {
  const bytes = values.map((v) => new TextEncoder().encode(v));
  const offsets = new Int32Array(values.length + 1);
  bytes.forEach((b, i) => (offsets[i + 1] = offsets[i]! + b.length));
  const data = new Uint8Array(offsets[values.length]!);
  bytes.forEach((b, i) => data.set(b, offsets[i]!));
  return { type: 'utf8', offsets, data };
}

const rowsOf = (data: ColumnData): number =>
  data.type === 'utf8' ? data.offsets.length - 1 : (data as { values: ArrayLike<unknown> }).values.length;

/** The fresh flags of each batch, as strings of 0/1 ('-' for a null). */
function classify(batches: ColumnData[], validity: (Uint8Array | undefined)[] = []): string[] {
  const key = new OrderedKey();
  return batches.map((data, b) => {
    const rows = rowsOf(data);
    const fresh = new Uint8Array(rows);
    expect(key.classify(data, rows, validity[b], fresh)).toBe(true);
    return [...fresh].map((f, i) => (validity[b]?.[i] === 0 ? '-' : String(f))).join('');
  });
}

describe('an ordered key', () => {
  it('flags text above every earlier value, byte by byte, across batches', () => {
    expect(classify([text(['ID-1', 'ID-3', 'ID-4']), text(['ID-3', 'ID-5', 'ID-50', 'ID-6'])])).toEqual([
      '111',
      '0111',
    ]);
    expect(classify([text(['', 'a', 'ab', 'b', 'b'])])).toEqual(['11110']);
  });

  it('lets a value below the last fresh one but above the one before replace it (a spike), across batches', () => {
    expect(classify([text(['ID-1', 'ID-2', 'XX-3']), text(['ID-4', 'ID-5', 'ID-2', 'ID-6'])])).toEqual([
      '111',
      '2101',
    ]);
  });

  it('orders numbers numerically; NaN and repeats are always probes', () => {
    const numbers = (values: number[]): ColumnData => ({
      type: 'float64',
      values: Float64Array.from(values),
    });
    expect(classify([numbers([-Infinity, -1, -1, 0.5, NaN]), numbers([2, 1, Infinity])])).toEqual([
      '11010',
      '121',
    ]);
    expect(classify([numbers([NaN, 1, 1])])).toEqual(['010']);
  });

  it('orders 64-bit integers by value, signed and unsigned, without BigInt', () => {
    const int64 = (values: bigint[]): ColumnData => ({ type: 'int64', values: BigInt64Array.from(values) });
    const uint64 = (values: bigint[]): ColumnData => ({
      type: 'uint64',
      values: BigUint64Array.from(values),
    });
    expect(classify([int64([-(2n ** 40n), -1n, 0n, 2n ** 33n, 2n ** 32n - 1n]), int64([2n ** 62n])])).toEqual(
      ['11112', '1'],
    );
    expect(classify([uint64([1n, 2n ** 63n, 2n ** 64n - 1n, 5n])])).toEqual(['1110']);
  });

  it('skips nulls and leaves dictionary columns to the set', () => {
    expect(classify([text(['a', 'z', 'b', 'c'])], [Uint8Array.from([1, 0, 1, 1])])).toEqual(['1-11']);
    const dictionary: ColumnData = {
      type: 'dictionary',
      indices: Int32Array.from([0, 1]),
      dictionary: { offsets: Int32Array.from([0, 1, 2]), data: Uint8Array.from([97, 98]) },
    };
    expect(new OrderedKey().classify(dictionary, 2, undefined, new Uint8Array(2))).toBe(false);
  });
});

describe('key uniqueness', () => {
  /** A batch of one key: values stand for hashes; fresh flags as a running maximum would set them. */
  const batch = (values: number[], fresh?: string): KeyHashes => ({
    hashes: Uint32Array.from(values.flatMap((v) => [v, v * 7 + 1])),
    lines: Uint32Array.from(values, (_, i) => i),
    count: values.length,
    ...(fresh === undefined ? {} : { fresh: Uint8Array.from(fresh, Number) }),
  });

  /** Every duplicate row, sorted: during the file and at the end. */
  function duplicates(batches: KeyHashes[]): number[] {
    const key = new KeyUniqueness();
    const rows: number[] = [];
    let base = 1;
    for (const b of batches) {
      key.add(b, base, (row) => rows.push(row));
      base += b.count;
    }
    key.finish((row) => rows.push(row));
    return rows.sort((a, b) => a - b);
  }

  /** What a plain set reports for the same values. */
  function expected(batches: KeyHashes[]): number[] {
    const set = new UniqueHashSet();
    const rows: number[] = [];
    let base = 1;
    for (const b of batches) {
      set.addBatch(b.hashes, b.lines, b.count, base, (row) => rows.push(row));
      base += b.count;
    }
    return rows;
  }

  it('finds repeats of fresh values and among out-of-order values at the end, exactly as a set does', () => {
    const input = [batch([1, 2, 3, 2], '1110'), batch([4, 5, 1, 6, 1], '11010'), batch([7, 0, 0, 8], '1001')];
    expect(duplicates(input)).toEqual([4, 7, 9, 12]);
    expect(duplicates(input)).toEqual(expected(input));
  });

  it('reports a spike that was fresh when a later fresh value repeats it, at the later row', () => {
    // 1 2 9(spike) 3 4 … 9: the spike is demoted by 3; the 9 at row 7 is fresh and repeats it.
    const input = [batch([1, 2, 9, 3], '1112'), batch([4, 5, 9, 9], '1110')];
    expect(duplicates(input)).toEqual([7, 8]);
    expect(duplicates(input)).toEqual(expected(input));
  });

  it('reports nothing for a key that only ever grows', () => {
    expect(duplicates([batch([1, 2, 3], '111'), batch([4, 5, 6], '111')])).toEqual([]);
  });

  it('hands everything to the set when a batch comes without flags, keeping the same verdicts', () => {
    const input = [batch([1, 2, 3, 2], '1110'), batch([4, 1, 9]), batch([9, 10], '01')];
    expect(duplicates(input)).toEqual([4, 6, 8]);
    expect(duplicates(input)).toEqual(expected(input));
  });

  it('gives the verdicts of a set past 65,536 out-of-order values, where it hands the key over to the set', () => {
    const values = Array.from({ length: 120_000 }, (_, i) => (i % 3 === 0 ? i : 1 + (i % 1000)));
    let max = -1;
    const flags = values.map((v) => (v > max ? ((max = v), '1') : '0')).join('');
    const input = [
      batch(values.slice(0, 60_000), flags.slice(0, 60_000)),
      batch(values.slice(60_000), flags.slice(60_000)),
    ];
    expect(duplicates(input)).toEqual(expected(input));
  });

  it('agrees with a plain set on random keys that are mostly in order, with spikes, repeats and NaN', () => {
    let state = 20261123;
    const rand = (n: number): number => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % n;
    };
    for (let trial = 0; trial < 400; trial++) {
      const rows = 1 + rand(3000);
      const values = new Float64Array(rows);
      let next = rand(10);
      // Spikes far above the run, or close enough for the run to reach their values later.
      const spike = [1000, 2, 10][trial % 3]!;
      // Some trials hand the key to the set part-way (a batch without flags).
      const unflagged = trial % 4 === 0 ? rand(6) : -1;
      for (let i = 0; i < rows; i++) {
        // Every other trial has few anomalies, so many batches are all fresh (the whole-batch path).
        const roll = rand(trial % 2 === 0 ? 100 : 5000);
        values[i] =
          roll < 3
            ? next + spike + rand(20)
            : roll < 8
              ? rand(next + 1)
              : roll < 9
                ? NaN
                : (next += 1 + rand(2));
      }
      const order = new OrderedKey();
      const batches: KeyHashes[] = [];
      for (let start = 0; start < rows; start += 500) {
        const part = values.subarray(start, Math.min(rows, start + 500));
        const flags = new Uint8Array(part.length);
        order.classify({ type: 'float64', values: part }, part.length, undefined, flags);
        const words = new Uint32Array(Float64Array.from(part).buffer);
        batches.push({
          hashes: words,
          lines: Uint32Array.from(part, (_, i) => i),
          count: part.length,
          ...(batches.length === unflagged ? {} : { fresh: flags }),
        });
      }
      expect({ trial, rows: duplicates(batches) }).toEqual({ trial, rows: expected(batches) });
    }
  });
});
