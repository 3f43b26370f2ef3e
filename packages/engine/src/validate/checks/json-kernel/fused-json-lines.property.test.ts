import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileSchema } from '../../schema/schema-file.js';
import { validateData } from '../../validate-data.js';

/**
 * Random JSON Lines through the fused checks and through the parse path: the two reports must be equal. The
 * lines mix every JSON scalar (numbers spelled as JSON allows, out-of-range ones, -0, long integers; strings
 * with escapes, surrogates and non-ASCII text), nulls, missing, extra and repeated keys, nested values, blank,
 * broken and non-UTF-8 lines, a BOM, CRLF and odd whitespace, under schemas of every kind with keys.
 */
const dir = mkdtempSync(join(tmpdir(), 'mlgate-jsonl-property-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

const COLUMNS = ['s', 'n', 'i', 'b', 'd', 'a', 'y', 'o', 'k', 'é'];

const numberText = fc.oneof(
  fc.constantFrom(
    '0',
    '-0',
    '1.0',
    '1e309',
    '-1e309',
    '1e-400',
    '12345678901234567890',
    '9007199254740993',
    '1E2',
    '1e+2',
    '0.1',
    '-12.5e-3',
    '150',
    '151',
    '2020',
    '3',
    '01',
    '+1',
    '.5',
    '1.',
    '-',
    '1e',
  ),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => JSON.stringify(v)),
);

const stringText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => JSON.stringify(s)),
  fc.string({ unit: 'binary', maxLength: 6 }).map((s) => JSON.stringify(s)),
  fc.constantFrom(
    '"a"',
    '"NA"',
    '""',
    '"12"',
    '"true"',
    '"2024-02-30"',
    '"2024-01-02"',
    '"\\u00e9t\\u00E9"',
    '"\\ud83d\\ude00"',
    '"\\ud800"',
    '"\\udc00x"',
    '"a\\/b\\"c\\\\d\\n\\t\\b\\f\\r"',
    '"\\x"',
    '"\\u12"',
    '"tab\tin"',
    '"{\\"x\\":1}"',
    '"[1,2]"',
    '"é"',
  ),
);

const valueText = fc.oneof(
  { weight: 4, arbitrary: numberText },
  { weight: 4, arbitrary: stringText },
  { weight: 2, arbitrary: fc.constantFrom('null', 'true', 'false', 'tru', 'nul', 'True') },
  { weight: 1, arbitrary: fc.constantFrom('{"x":1}', '[1,2]', '[]', '{}', '{"a":[{"b":null}]}') },
);

const keyText = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...COLUMNS).map((k) => JSON.stringify(k)) },
  { weight: 1, arbitrary: fc.constantFrom('"extra"', '"__proto__"', '"\\u0073"', '"toString"', '"1"') },
);

const space = fc.constantFrom('', '', '', ' ', '\t', ' \r ', '\f');

const recordLine = fc
  .tuple(fc.array(fc.tuple(keyText, valueText, space, space), { maxLength: 12 }), space, space)
  .map(
    ([pairs, before, after]) =>
      `${before}{${pairs.map(([k, v, a, b]) => `${a}${k}${b}:${v}`).join(',')}}${after}`,
  );

const lineText = fc.oneof(
  { weight: 12, arbitrary: recordLine },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '  ', '\r', '[1]', 'null', '{"s":"a"', '{"s":"a"}}', '{"s":1,}', 'x'),
  },
);

const lines = fc.tuple(
  fc.array(lineText, { maxLength: 40 }),
  fc.boolean(),
  fc.boolean(),
  fc.integer({ min: 0, max: 39 }),
);

function fileOf([texts, bom, crlf, broken]: [string[], boolean, boolean, number]): Buffer {
  const body = Buffer.from(texts.join(crlf ? '\r\n' : '\n'), 'utf8');
  const withBom = bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  // A byte that is not UTF-8 on one line (when there is one).
  const nl = [...withBom.entries()].filter(([, b]) => b === 10).map(([i]) => i)[broken];
  if (nl !== undefined && broken % 3 === 0) withBom[Math.max(0, nl - 1)] = 0xff;
  return withBom;
}

const fields = (match: string) => [
  {
    name: 's',
    type: 'string',
    constraints: { maxLength: 3, ...(match === 'exact' ? { unique: true } : {}) },
  },
  { name: 'n', type: 'number', constraints: { minimum: -100, maximum: 100 } },
  { name: 'i', type: 'integer', constraints: { required: true, unique: true } },
  { name: 'b', type: 'boolean' },
  { name: 'd', type: 'date', constraints: { minimum: '2000-01-01' } },
  { name: 'a', type: 'any' },
  { name: 'y', type: 'year' },
  { name: 'o', type: match === 'equal' ? 'array' : 'object' },
  { name: 'k', type: 'string', constraints: { enum: ['a', 'é', '12'] } },
  { name: 'é', type: 'number', constraints: { enum: [0, 1.5, 3] } },
];

const schemas = ['subset', 'partial', 'exact', 'equal', 'superset'].map((fieldsMatch, i) => ({
  path: `schema-${fieldsMatch}.json`,
  sha256: '0'.repeat(64),
  ...compileSchema(
    {
      fields: fields(fieldsMatch),
      fieldsMatch,
      missingValues: i % 2 === 0 ? [''] : ['', 'NA', '0'],
      ...(i === 1 ? { primaryKey: ['s', 'n'] } : {}),
    },
    `schema-${fieldsMatch}.json`,
  ),
}));

describe('fused JSON Lines checks on random lines', () => {
  it('give the parse path’s report', async () => {
    await fc.assert(
      fc.asyncProperty(lines, fc.integer({ min: 0, max: schemas.length - 1 }), async (generated, s) => {
        const path = join(dir, `data-${++counter}.jsonl`);
        writeFileSync(path, fileOf(generated));
        const schema = schemas[s]!;
        const report = (jsonLines: 'scan' | 'parse') =>
          validateData([{ path, displayPath: 'data.jsonl' }], schema, {
            format: 'jsonl',
            maxErrors: 10_000,
            examplesPerColumn: 10_000,
            workers: 1,
            jsonLines,
            now: () => new Date(0),
          });
        expect(await report('scan')).toEqual(await report('parse'));
      }),
      { numRuns: 150, seed: 14 },
    );
  });
});
