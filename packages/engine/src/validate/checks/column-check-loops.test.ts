import { describe, expect, it } from '@jest/globals';
import { ColumnarChecker } from './columnar-checker.js';
import { keySpecs } from './file-accumulator.js';
import { compileTableSchema } from '../schema/table-schema-compiler.js';

/** Int64 values around ±2^53, where the loop switches from 32-bit halves to BigInt. */
const EDGE = 2n ** 53n;
const values = BigInt64Array.of(
  5n,
  -5n,
  EDGE - 1n,
  -(EDGE - 1n),
  EDGE,
  -EDGE - 1n,
  2n ** 62n,
  -(2n ** 63n),
  101n,
  -101n,
  5n,
);

function check(constraints: Record<string, unknown>, data: BigInt64Array | BigUint64Array) {
  const plan = compileTableSchema(
    { fields: [{ name: 'n', type: 'integer', constraints }] },
    'int64.schema.json',
  );
  const keys = keySpecs(plan);
  const checker = new ColumnarChecker(plan, keys, 100, []);
  const type = data instanceof BigInt64Array ? 'int64' : 'uint64';
  return checker.check({
    rowCount: data.length,
    columns: [{ name: 'n', data: { type, values: data } as never }],
  });
}

describe('the int64 column loop', () => {
  it('flags exactly the values outside the window, on both sides of ±2^53, with their exact text', () => {
    const result = check({ minimum: -100, maximum: 100 }, values);
    expect(result.examples.map((e) => [e.line, e.value])).toEqual([
      [2, String(EDGE - 1n)],
      [3, String(-(EDGE - 1n))],
      [4, String(EDGE)],
      [5, String(-EDGE - 1n)],
      [6, String(2n ** 62n)],
      [7, String(-(2n ** 63n))],
      [8, '101'],
      [9, '-101'],
    ]);
  });

  it('reads unsigned 64-bit values above 2^63 as themselves, not as negatives', () => {
    const result = check({ maximum: 10 }, BigUint64Array.of(3n, 2n ** 64n - 1n, EDGE - 1n));
    expect(result.examples.map((e) => [e.line, e.value])).toEqual([
      [1, String(2n ** 64n - 1n)],
      [2, String(EDGE - 1n)],
    ]);
  });

  it('hashes equal values equally for unique, whichever path read them', () => {
    const result = check({ unique: true }, values);
    const [key] = result.keys;
    const pair = (i: number) => `${key!.hashes[i * 2]}:${key!.hashes[i * 2 + 1]}`;
    expect(pair(0)).toBe(pair(10));
    expect(new Set(Array.from({ length: 10 }, (_, i) => pair(i))).size).toBe(10);
  });
});
