import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { readJsonMetrics } from './json-metrics-reader.js';
import type { MetricMap } from './metric-collector.js';
import { readYamlMetrics } from './yaml-metrics-reader.js';

// The flattening rule, as documented in json-metrics-reader.ts and metric-collector.ts, written as plainly as
// possible: nested keys join with '.', array items by index, a key is kept exactly as written (dots, quotes,
// spaces, any character), empty objects and arrays yield nothing, and a name reached twice is refused.
type Leaf = number | string | boolean;
type Tree = Leaf | Tree[] | { [key: string]: Tree };

function referenceFlatten(value: Tree, name = '', out: [string, Leaf][] = []): [string, Leaf][] {
  const join = (key: string): string => (name === '' ? key : `${name}.${key}`);
  if (Array.isArray(value)) value.forEach((item, index) => referenceFlatten(item, join(String(index)), out));
  else if (typeof value === 'object')
    for (const [key, item] of Object.entries(value)) referenceFlatten(item, join(key), out);
  else out.push([name, value]);
  return out;
}

/** The readers' values back in plain form, by name, in no particular order. */
function plain(metrics: MetricMap): Record<string, Leaf> {
  const result: Record<string, Leaf> = {};
  for (const [name, { value }] of metrics) {
    if (value.type !== 'number' && value.type !== 'text' && value.type !== 'boolean')
      throw new Error(value.type);
    result[name] = value.value;
  }
  return result;
}

// Text that no reader takes for a number, NaN or infinity: those spellings are pinned in metrics-loader.test.ts.
const text = fc.stringMatching(/^[a-z ]{0,8}$/).filter((s) => !/^\s*(?:nan|inf|infinity)\s*$/i.test(s));
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n));
const key = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('a', 'b', 'a.b', 'x.0', '0', '', '"', '\\', 'é ü'),
);
const { root } = fc.letrec<{ node: Tree; root: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(finite, text, fc.boolean()),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  ),
  root: fc.oneof(fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
}));

function expectSameFlattening(tree: Tree, read: () => MetricMap): void {
  const expected = referenceFlatten(tree);
  const names = expected.map(([name]) => name);
  if (new Set(names).size !== names.length) {
    expect(read).toThrow(/appears twice in this file/);
    return;
  }
  expect(plain(read())).toEqual(Object.fromEntries(expected));
}

describe('flattening nested metrics', () => {
  it('matches the reference for JSON, whatever the keys', () => {
    fc.assert(
      fc.property(root, (tree) =>
        expectSameFlattening(tree, () => readJsonMetrics(JSON.stringify(tree), 'm.json')),
      ),
      { numRuns: 500 },
    );
  });

  it('matches the reference for YAML, whatever the keys', () => {
    fc.assert(
      fc.property(root, (tree) =>
        expectSameFlattening(tree, () => readYamlMetrics(stringify(tree), 'm.yaml')),
      ),
      { numRuns: 300 },
    );
  });

  it('keeps dotted keys as written, so a dotted key and the same path nested collide', () => {
    expect(plain(readJsonMetrics('{"a.b": {"c": 1}, "x": [true]}', 'm.json'))).toEqual({
      'a.b.c': 1,
      'x.0': true,
    });
    expect(() => readJsonMetrics('{"a.b": 1, "a": {"b": 2}}', 'm.json')).toThrow(
      "metric 'a.b' appears twice",
    );
  });
});
