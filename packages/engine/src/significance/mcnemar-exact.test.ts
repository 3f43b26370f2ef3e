import { IdKeys } from './id-keys.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { binomialHalfCdf, binomialHalfMass } from './binomial-half.js';
import { joinById } from './id-join.js';
import { mcnemarExactPValue, pairedCorrectness } from './mcnemar-exact.js';
import type { PairedCorrectness } from './mcnemar-exact.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

interface Predictor {
  readonly column: string;
  readonly op: 'lt' | 'gte';
  readonly threshold: number;
}
type Table = [[number, number], [number, number]];
interface Reference {
  readonly statsmodels: string;
  readonly cases: readonly {
    name: string;
    file: string;
    label: string;
    positive: string;
    baseline: Predictor;
    current: Predictor;
    rows: number;
    table: Table;
    pValue: number;
  }[];
  readonly edgeCases: readonly { name: string; table: Table; pValue: number }[];
}
const reference = JSON.parse(
  readFileSync(`${root}test/fixtures/significance/mcnemar-reference.json`, 'utf8'),
) as Reference;

const asTable = ([[a, b], [c, d]]: Table): PairedCorrectness => ({
  bothCorrect: a,
  baselineOnly: b,
  currentOnly: c,
  bothWrong: d,
});

const closeTo = (actual: number, expected: number) =>
  expect(expected === 0 ? actual : Math.abs(actual - expected) / expected).toBeLessThanOrEqual(
    expected === 0 ? 1e-300 : 1e-12,
  );

describe(`McNemar's exact test against statsmodels ${reference.statsmodels} on real data`, () => {
  it.each(reference.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const rows = JSON.parse(
      readFileSync(`${root}node_modules/vega-datasets/data/${c.file}`, 'utf8'),
    ) as Record<string, unknown>[];
    const says = (row: Record<string, unknown>, p: Predictor): boolean | null => {
      const value = row[p.column];
      if (typeof value !== 'number') return null;
      return p.op === 'lt' ? value < p.threshold : value >= p.threshold;
    };
    const ids: string[] = [];
    const baselineCorrect: number[] = [];
    const currentCorrect: number[] = [];
    rows.forEach((row, i) => {
      const a = says(row, c.baseline);
      const b = says(row, c.current);
      if (a === null || b === null) return;
      const truth = row[c.label] === c.positive;
      ids.push(String(i));
      baselineCorrect.push(a === truth ? 1 : 0);
      currentCorrect.push(b === truth ? 1 : 0);
    });
    // The current file lists the rows in reverse: the join, not the order, pairs them.
    const join = joinById(IdKeys.fromTexts(ids), IdKeys.fromTexts([...ids].reverse()));
    const table = pairedCorrectness(
      Uint8Array.from(baselineCorrect),
      Uint8Array.from(currentCorrect.reverse()),
      join,
    );
    expect(join.size).toBe(c.rows);
    expect(table).toEqual(asTable(c.table));
    closeTo(mcnemarExactPValue(table), c.pValue);
  });
});

describe("McNemar's exact test at the edges, against statsmodels", () => {
  it.each(reference.edgeCases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    closeTo(mcnemarExactPValue(asTable(c.table)), c.pValue);
  });

  it('refuses counts that are not counts', () => {
    expect(() =>
      mcnemarExactPValue(
        asTable([
          [0, 1.5],
          [2, 0],
        ]),
      ),
    ).toThrow(RangeError);
    expect(() =>
      mcnemarExactPValue(
        asTable([
          [0, -1],
          [2, 0],
        ]),
      ),
    ).toThrow(RangeError);
  });
});

describe('the Binomial(n, ½) distribution', () => {
  it('sums to 1 and matches exact small-n values', () => {
    let total = 0;
    for (let k = 0; k <= 40; k++) total += binomialHalfMass(k, 40);
    expect(Math.abs(total - 1)).toBeLessThan(1e-14);
    expect(binomialHalfMass(3, 10)).toBeCloseTo(120 / 1024, 15);
    expect(binomialHalfCdf(2, 4)).toBeCloseTo(11 / 16, 15);
    expect(binomialHalfCdf(-1, 4)).toBe(0);
    expect(binomialHalfCdf(4, 4)).toBe(1);
  });
});
