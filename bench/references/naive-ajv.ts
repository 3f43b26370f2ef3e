// Reference: the naive validator: csv-parse rows as objects with cells coerced by declared type (or, for a
// .jsonl file, JSON.parse per line, nulls dropped as empty cells are), ajv per row, a Set for the unique id.
// Counts one violation per ajv error plus one per repeated id.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'csv-parse';
import { CATEGORIES, DATE_RANGE, FLOAT_RANGE, ID_PATTERN, INT_RANGE } from '../generate-data.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
  options?: object,
) => Ajv;
const properties: Record<string, object> = { id: { type: 'string', pattern: ID_PATTERN } };
const numeric: Record<string, 'number' | 'integer'> = {};
for (let i = 1; i <= 8; i++) {
  properties[`f${i}`] = { type: 'number', ...FLOAT_RANGE };
  numeric[`f${i}`] = 'number';
}
for (let i = 1; i <= 6; i++) {
  properties[`i${i}`] = { type: 'integer', ...INT_RANGE };
  numeric[`i${i}`] = 'integer';
}
CATEGORIES.forEach((values, i) => (properties[`c${i + 1}`] = { type: 'string', enum: values }));
properties.day = {
  type: 'string',
  format: 'date',
  formatMinimum: DATE_RANGE.minimum,
  formatMaximum: DATE_RANGE.maximum,
};
const schema = { type: 'object', required: ['id', 'i1', 'i2', 'i3', 'i4', 'i5', 'i6'], properties };
const validate = addFormats(new Ajv({ allErrors: true }), { keywords: true }).compile(schema);

async function* csvRows(file: string): AsyncGenerator<Record<string, unknown>> {
  for await (const record of createReadStream(file).pipe(parse({ columns: true }))) {
    const row: Record<string, unknown> = {};
    for (const [key, text] of Object.entries(record as Record<string, string>)) {
      if (text === '') continue;
      const n = numeric[key] ? Number(text) : NaN;
      row[key] = Number.isNaN(n) ? text : n;
    }
    yield row;
  }
}

async function* jsonlRows(file: string): AsyncGenerator<Record<string, unknown>> {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line === '') continue;
    const row: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(JSON.parse(line) as Record<string, unknown>))
      if (value !== null) row[key] = value;
    yield row;
  }
}

const file = process.argv[2]!;
const seen = new Set<string>();
let rows = 0;
let violations = 0;
for await (const row of file.endsWith('.jsonl') ? jsonlRows(file) : csvRows(file)) {
  rows++;
  if (!validate(row)) violations += validate.errors!.length;
  const id = row.id;
  if (typeof id === 'string') {
    if (seen.has(id)) violations++;
    else seen.add(id);
  }
}
process.stdout.write(JSON.stringify({ rows, violations }));
