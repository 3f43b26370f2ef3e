import { describe, expect, it } from '@jest/globals';
import {
  errorAnnotations,
  expectNoStackTrace,
  tableSchema,
  validateStep,
  workspace,
} from './validate-data-step.js';

// Each bad input gets one clear line and the documented exit code: 1 when the data is wrong (the verdict),
// 2 when the step cannot judge it (an unreadable file, a broken schema, a wrong input or config).

const idName = tableSchema([
  { name: 'id', type: 'integer' },
  { name: 'name', type: 'string', constraints: { maxLength: 100 } },
]);

describe('bad data: a verdict on the file, with its line', () => {
  it.each([
    [
      'an unclosed quote',
      'id,name\n1,"Ada\n2,Grace\n',
      2,
      /^unclosed quote: the quoted field that starts on this line never ends$/,
    ],
    [
      'invalid UTF-8',
      Buffer.concat([Buffer.from('id,name\n1,ok\n2,'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]),
      3,
      /^invalid UTF-8 in this row$/,
    ],
    ['a short row', 'id,name\n1,a\n2\n', 3, /^name: row has 1 of 2 cells/],
    ['a long row', 'id,name\n1,a\n2,b,c\n', 3, /^row has 3 cells, the header has 2$/],
    ['a 10 MB single line', `id,name\n1,${'x'.repeat(10 * 1024 * 1024)}\n`, 2, /^name: .*maxLength/],
  ])('%s: one annotation on its line, exit 1', async (_label, content, line, message) => {
    const dir = await workspace([], { 'bad.csv': content, 'two.schema.json': idName });
    const run = await validateStep(dir, { schema: 'two.schema.json', data: 'bad.csv' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ valid: 'false', 'error-count': '1' });
    const shown = errorAnnotations(run);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ file: 'bad.csv', line });
    expect(shown[0]?.message).toMatch(message);
    // A huge value is cut in the message, not echoed into the log.
    expect(shown[0]!.message.length).toBeLessThan(400);
    expectNoStackTrace(run);
  });

  it('a 10 MB JSONL record without a final newline: one annotation on its line, exit 1', async () => {
    const record = JSON.stringify({ id: 2, name: 'y'.repeat(10 * 1024 * 1024) });
    const dir = await workspace([], {
      'bad.jsonl': `{"id": 1, "name": "ok"}\n${record}`,
      'two.schema.json': idName,
    });
    const run = await validateStep(dir, { schema: 'two.schema.json', data: 'bad.jsonl' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ rows: '2', 'error-count': '1' });
    const shown = errorAnnotations(run);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ file: 'bad.jsonl', line: 2 });
    expect(shown[0]!.message.length).toBeLessThan(400);
    expectNoStackTrace(run);
  });

  it('an empty file: one annotation on the file, exit 1', async () => {
    const dir = await workspace(['empty.csv', 'people.schema.json']);
    const run = await validateStep(dir, { schema: 'people.schema.json', data: 'empty.csv' });
    expect(run.exitCode).toBe(1);
    const shown = errorAnnotations(run);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ file: 'empty.csv', message: 'the file is empty: no header row' });
    expect(shown[0]?.line).toBeUndefined();
    expectNoStackTrace(run);
  });
});

// The log shows an annotation's message, not its file: a message about a whole file starts with its name.
describe('unreadable input: one error naming it, exit 2', () => {
  it.each([
    ['a truncated Parquet file', 'columnar/truncated.parquet', /truncated Parquet file/],
    ['Parquet with the wrong magic bytes', 'columnar/wrong-magic.parquet', /wrong magic bytes/],
    ['a CSV file named .parquet', 'not-really.parquet', /wrong magic bytes/],
    [
      'a truncated Arrow file',
      'columnar/truncated.arrow',
      /^columnar\/truncated\.arrow: truncated Arrow IPC file/,
    ],
    ['Arrow with the wrong magic bytes', 'columnar/wrong-magic.arrow', /Arrow IPC file: wrong magic bytes/],
    [
      'a truncated Arrow stream',
      'columnar/truncated.arrows',
      /^columnar\/truncated\.arrows: cannot read record batch 1 of the Arrow IPC stream/,
    ],
  ])('%s', async (_label, file, message) => {
    const dir = await workspace([file, 'columnar/measurements.schema.json']);
    const run = await validateStep(dir, { schema: 'columnar/measurements.schema.json', data: file });
    expect(run.exitCode).toBe(2);
    const shown = errorAnnotations(run);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.file).toBe(file);
    expect(shown[0]?.message).toMatch(message);
    expect(run.outputs).toEqual({});
    expectNoStackTrace(run);
  });

  it.each([
    ['an invalid Table Schema', 'invalid-table.schema.json', /maximun is not a constraint keyword/],
    ['an invalid JSON Schema', 'invalid-json.schema.json', /unknown keyword: "minimun"/],
  ])('%s names the schema file and the keyword', async (_label, schema, message) => {
    const dir = await workspace([schema, 'people.valid.csv']);
    const run = await validateStep(dir, { schema, data: 'people.valid.csv' });
    expect(run.exitCode).toBe(2);
    const shown = errorAnnotations(run);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.file).toBe(schema);
    expect(shown[0]?.message).toMatch(message);
    expectNoStackTrace(run);
  });

  it.each([
    ['a missing data file', { schema: 'people.schema.json', data: 'nope.csv' }, 'nope.csv', /not found/],
    [
      'a missing schema file',
      { schema: 'nope.schema.json', data: 'people.valid.csv' },
      'nope.schema.json',
      /^nope\.schema\.json: no such schema file$/,
    ],
    [
      'a glob matching nothing, among globs that match',
      { schema: 'people.schema.json', data: '*.csv\ndata/*.parquet' },
      undefined,
      /^input 'data': 'data\/\*\.parquet' matches no file$/,
    ],
    ['data without a schema', { data: 'people.valid.csv' }, undefined, /^input 'data' needs input 'schema'$/],
    [
      'a schema without data',
      { schema: 'people.schema.json' },
      undefined,
      /^input 'schema' needs input 'data'$/,
    ],
    [
      'an unknown format',
      { schema: 'people.schema.json', data: 'people.valid.csv', format: 'xlsx' },
      undefined,
      /^input 'format' is 'xlsx'; expected one of: auto, csv, tsv, jsonl, json, parquet, arrow$/,
    ],
    [
      'a negative max-errors',
      { schema: 'people.schema.json', data: 'people.valid.csv', 'max-errors': '-1' },
      undefined,
      /^input 'max-errors' must be at least 0$/,
    ],
    [
      'an unknown fail-on',
      { schema: 'people.schema.json', data: 'people.valid.csv', 'fail-on': 'warning' },
      undefined,
      /^input 'fail-on' is 'warning'; expected one of: fail, warn, never$/,
    ],
    [
      'the fail-on value validate-data once took, which now has its name',
      { schema: 'people.schema.json', data: 'people.valid.csv', 'fail-on': 'error' },
      undefined,
      /^input 'fail-on' is 'error', which is now called 'fail'$/,
    ],
    ['nothing to validate', {}, undefined, /^nothing to validate/],
    [
      'a config file that is not there',
      { config: 'ci/mlgate.yml' },
      'ci/mlgate.yml',
      /^ci\/mlgate\.yml: no such config file$/,
    ],
  ])('%s', async (_label, inputs: Record<string, string>, file, message) => {
    const dir = await workspace(['people.schema.json', 'people.valid.csv']);
    const run = await validateStep(dir, inputs);
    expect(run.exitCode).toBe(2);
    const shown = errorAnnotations(run);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.message).toMatch(message);
    expect(shown[0]?.file).toBe(file);
    expectNoStackTrace(run);
  });

  it('an unknown key in mlgate.yml is named with its line', async () => {
    const dir = await workspace(['people.schema.json', 'people.valid.csv'], {
      'mlgate.yml':
        'datasets:\n  - path: people.valid.csv\n    schema: people.schema.json\n    fromat: csv\n',
    });
    const run = await validateStep(dir, {});
    expect(run.exitCode).toBe(2);
    const shown = errorAnnotations(run);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ file: 'mlgate.yml', line: 4 });
    expect(shown[0]?.message).toMatch(/fromat/);
    expectNoStackTrace(run);
  });
});
