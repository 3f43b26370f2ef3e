import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../user-error.js';
import { loadSchema } from './schema-file.js';
import { validateData } from '../validate-data.js';
import type { ValidationReport } from '../report/validation-report.js';

// Every Table Schema keyword that constrains data is either checked or refused: never accepted and ignored.
const dir = mkdtempSync(join(tmpdir(), 'mlgate-table-keywords-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

function schemaFile(text: string, extension = 'json'): string {
  const path = join(dir, `schema-${++counter}.${extension}`);
  writeFileSync(path, text);
  return path;
}

/** `line:column: message` of the error loading the schema, as the CLI prints it after the file name. */
async function refusal(text: string, extension = 'json'): Promise<string> {
  try {
    await loadSchema(schemaFile(text, extension), `schema.${extension}`);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    const { file, line, column } = (error as UserError).location!;
    expect(file).toBe(`schema.${extension}`);
    return `${line}:${column}: ${(error as Error).message}`;
  }
  throw new Error('the schema loaded');
}

async function check(schemaText: string, data: string): Promise<ValidationReport> {
  const schema = await loadSchema(schemaFile(schemaText), 'schema.json');
  const path = join(dir, `data-${++counter}.csv`);
  writeFileSync(path, data);
  return validateData([{ path, displayPath: 'data.csv' }], schema, {
    format: 'auto',
    maxErrors: 100,
    examplesPerColumn: 10,
    workers: 1,
  });
}
const codes = (report: ValidationReport) => report.errors.map((e) => `${e.row}:${e.field}:${e.code}`);

describe('Table Schema keywords mlgate does not check are refused at their line and column', () => {
  it('foreignKeys', async () => {
    const text = `{
  "fields": [
    { "name": "id", "type": "integer" },
    { "name": "parent", "type": "integer" }
  ],
  "foreignKeys": [{ "fields": ["parent"], "reference": { "fields": ["id"] } }]
}`;
    expect(await refusal(text)).toMatch(
      /^6:3: Table Schema 'foreignKeys' is not supported by mlgate: references to other fields or tables are not checked/,
    );
  });

  it('foreignKeys in a YAML schema', async () => {
    const text = `fields:
  - name: state
foreignKeys:
  - fields: [state]
    reference: { resource: states, fields: [code] }
`;
    expect(await refusal(text, 'yaml')).toMatch(
      /^3:1: Table Schema 'foreignKeys' is not supported by mlgate/,
    );
  });

  it('an empty foreignKeys asks for nothing and is accepted', async () => {
    await expect(
      loadSchema(schemaFile('{"fields": [{"name": "a"}], "foreignKeys": []}'), 's'),
    ).resolves.toBeDefined();
  });

  it('the list type and its delimiter and itemType', async () => {
    expect(
      await refusal(`{
  "fields": [
    { "name": "tags", "type": "list" }
  ]
}`),
    ).toMatch(
      /^3:23: Table Schema type 'list' \(fields\[0\]\.type\) is not supported by mlgate: list values are not split/,
    );
    expect(
      await refusal(`{
  "fields": [
    { "name": "tags", "type": "string", "itemType": "integer" }
  ]
}`),
    ).toMatch(/^3:41: Table Schema 'itemType' \(fields\[0\]\.itemType\) is not supported by mlgate/);
    expect(
      await refusal(
        `fields:
  - name: tags
    delimiter: ";"
`,
        'yaml',
      ),
    ).toMatch(/^3:5: Table Schema 'delimiter' \(fields\[0\]\.delimiter\) is not supported by mlgate/);
  });

  it('the geojson type', async () => {
    expect(
      await refusal(`{
  "fields": [{ "name": "area", "type": "geojson" }]
}`),
    ).toMatch(
      /^2:32: Table Schema type 'geojson' \(fields\[0\]\.type\) is not supported by mlgate: .*object/,
    );
  });

  it('the jsonSchema constraint', async () => {
    const text = `{
  "fields": [
    {
      "name": "payload",
      "type": "object",
      "constraints": {
        "required": true,
        "jsonSchema": { "required": ["id"] }
      }
    }
  ]
}`;
    expect(await refusal(text)).toMatch(
      /^8:9: Table Schema 'jsonSchema' \(fields\[0\]\.constraints\.jsonSchema\) is not supported by mlgate/,
    );
  });

  it('minLength and maxLength on arrays and objects (lengths are checked on strings)', async () => {
    expect(
      await refusal(
        `fields:
  - name: items
    type: array
    constraints: { minLength: 1 }
`,
        'yaml',
      ),
    ).toMatch(
      /^4:20: Table Schema 'minLength' on array fields \(fields\[0\]\.constraints\.minLength\) is not supported by mlgate: lengths are checked on strings only$/,
    );
    expect(
      await refusal(
        `fields:
  - name: attributes
    type: object
    constraints:
      maxLength: 10
`,
        'yaml',
      ),
    ).toMatch(/^5:7: Table Schema 'maxLength' on object fields/);
  });

  it('bounds on durations (checked for their form, not compared)', async () => {
    expect(
      await refusal(
        `fields:
  - { name: wait, type: duration, constraints: { maximum: P1D } }
`,
        'yaml',
      ),
    ).toMatch(
      /^2:50: Table Schema 'maximum' on duration fields .* durations are checked for their form, not compared$/,
    );
  });

  it('enum on kinds it is not checked on', async () => {
    for (const type of ['duration', 'geopoint', 'object', 'array', 'any']) {
      expect(
        await refusal(
          `fields:
  - name: x
    type: ${type}
    constraints:
      enum: ["a"]
`,
          'yaml',
        ),
      ).toMatch(new RegExp(`^5:7: Table Schema 'enum' on ${type} fields .* is not supported by mlgate`));
    }
  });

  it('the array and object formats of geopoints (only "lon, lat" is checked)', async () => {
    expect(
      await refusal(
        `fields:
  - name: where
    type: geopoint
    format: array
`,
        'yaml',
      ),
    ).toMatch(
      /^4:5: Table Schema format 'array' of geopoint fields \(fields\[0\]\.format\) is not supported by mlgate: geopoints are checked in the default "lon, lat" form only$/,
    );
  });
});

describe('Table Schema keywords that cannot apply are schema errors at their line and column', () => {
  it('pattern on a field that is not a string', async () => {
    expect(
      await refusal(
        `fields:
  - name: n
    type: integer
    constraints:
      pattern: "[0-9]+"
`,
        'yaml',
      ),
    ).toBe('5:7: invalid Table Schema: fields[0].constraints.pattern does not apply to type integer');
  });

  it('minLength on a number', async () => {
    expect(
      await refusal(
        `fields:
  - { name: n, type: number, constraints: { minLength: 1 } }
`,
        'yaml',
      ),
    ).toBe('2:45: invalid Table Schema: fields[0].constraints.minLength does not apply to type number');
  });

  it('a format other than default on a type that has no formats', async () => {
    expect(
      await refusal(
        `fields:
  - { name: price, type: number, format: currency }
`,
        'yaml',
      ),
    ).toBe(
      '2:34: invalid Table Schema: fields[0].format must be default: type number has no other format (got "currency")',
    );
  });

  it('categories on a type other than string or integer', async () => {
    expect(
      await refusal(
        `fields:
  - { name: p, type: number, categories: [0.5, 1] }
`,
        'yaml',
      ),
    ).toBe(
      '2:30: invalid Table Schema: fields[0].categories applies to string and integer fields, not number',
    );
  });

  it('an enum beside categories that is not a subset of them', async () => {
    expect(
      await refusal(
        `fields:
  - name: fruit
    categories: [apple, pear]
    constraints: { enum: [apple, plum] }
`,
        'yaml',
      ),
    ).toBe(
      "4:20: invalid Table Schema: fields[0].constraints.enum must be a subset of the field's categories",
    );
  });

  it('fieldsMatch given twice, once at the top and once in x-mlgate', async () => {
    expect(
      await refusal(
        `fields: [{ name: a }]
fieldsMatch: subset
x-mlgate:
  fieldsMatch: equal
`,
        'yaml',
      ),
    ).toBe(
      '4:3: invalid Table Schema: x-mlgate.fieldsMatch repeats the top-level fieldsMatch; keep one of them',
    );
  });

  it('a misspelt keyword, at its line and column', async () => {
    expect(
      await refusal(`{
  "fields": [
    { "name": "id", "type": "integer", "constraints": { "maximun": 10 } }
  ]
}`),
    ).toBe('3:57: invalid Table Schema: fields[0].constraints.maximun is not a constraint keyword');
  });
});

describe('Table Schema v2 keywords mlgate now checks', () => {
  it('categories restrict a string field like enum, as values or { value, label } objects', async () => {
    const schema = JSON.stringify({
      fields: [{ name: 'fruit', type: 'string', categories: ['apple', { value: 'pear', label: 'Pear' }] }],
    });
    expect(codes(await check(schema, 'fruit\napple\npear\nplum\n'))).toEqual(['4:fruit:constraint-error']);
  });

  it('categories restrict an integer field, and an enum beside them narrows them', async () => {
    const schema = JSON.stringify({
      fields: [
        {
          name: 'level',
          type: 'integer',
          categories: [{ value: 1, label: 'low' }, { value: 2 }, { value: 3, label: 'high' }],
          categoriesOrdered: true,
          constraints: { enum: [1, 2] },
        },
      ],
    });
    expect(codes(await check(schema, 'level\n1\n2\n3\n4\n'))).toEqual([
      '4:level:constraint-error',
      '5:level:constraint-error',
    ]);
  });

  it('enum on a boolean field, in JSON booleans or the field’s own true and false values', async () => {
    const onlyTrue = JSON.stringify({
      fields: [{ name: 'ok', type: 'boolean', constraints: { enum: [true] } }],
    });
    expect(codes(await check(onlyTrue, 'ok\ntrue\n1\nfalse\n'))).toEqual(['4:ok:constraint-error']);
    const yes = JSON.stringify({
      fields: [
        {
          name: 'ok',
          type: 'boolean',
          trueValues: ['yes'],
          falseValues: ['no'],
          constraints: { enum: ['yes'] },
        },
      ],
    });
    expect(codes(await check(yes, 'ok\nyes\nno\n'))).toEqual(['3:ok:constraint-error']);
  });

  it('missingValues as { value, label } objects', async () => {
    const schema = JSON.stringify({
      fields: [{ name: 'n', type: 'integer', constraints: { required: true } }],
      missingValues: [{ value: '' }, { value: '-99', label: 'refused' }],
    });
    const report = await check(schema, 'n\n1\n-99\n');
    expect(codes(report)).toEqual(['3:n:constraint-error']);
    expect(report.files[0]!.columns[0]!.nulls).toBe(1);
  });

  it('descriptive keywords are accepted as they are', async () => {
    const schema = JSON.stringify({
      $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
      name: 'people',
      title: 'People',
      description: 'Who is who',
      fields: [
        {
          name: 'country',
          type: 'string',
          title: 'Country',
          description: 'Where they live',
          example: 'NZ',
          rdfType: 'http://schema.org/Country',
        },
      ],
    });
    expect((await check(schema, 'country\nNZ\n')).valid).toBe(true);
  });
});
