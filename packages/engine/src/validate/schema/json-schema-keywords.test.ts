import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../user-error.js';
import { loadSchema } from './schema-file.js';

// ajv's strict mode refuses unknown keywords and keywords it would ignore ("then" without "if", …); these
// pin that, with the line and column added, and what mlgate refuses on top: the x-mlgate block below the
// root, content annotations, and keywords for another type than the schema declares.
const dir = mkdtempSync(join(tmpdir(), 'mlgate-json-keywords-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

async function refusal(text: string, extension = 'json'): Promise<string> {
  const path = join(dir, `schema-${++counter}.${extension}`);
  writeFileSync(path, text);
  try {
    await loadSchema(path, `schema.${extension}`);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    const { line, column } = (error as UserError).location!;
    return `${line}:${column}: ${(error as Error).message}`;
  }
  throw new Error('the schema loaded');
}

describe('JSON Schema keywords that would be ignored are refused at their line and column', () => {
  it('an unknown keyword (ajv strict mode)', async () => {
    expect(
      await refusal(`{
  "type": "object",
  "properties": {
    "id": { "type": "integer", "minimun": 1 }
  }
}`),
    ).toBe('4:32: invalid JSON Schema: unknown keyword: "minimun"');
  });

  it('a keyword ajv would skip ("then" without "if")', async () => {
    expect(
      await refusal(
        `type: object
properties:
  score: { type: number }
then:
  properties: { score: { minimum: 90 } }
`,
        'yaml',
      ),
    ).toBe('4:1: invalid JSON Schema: "then" without "if" is ignored');
  });

  it('an unknown format', async () => {
    expect(
      await refusal(
        `type: object
properties:
  id:
    type: string
    format: ulid
`,
        'yaml',
      ),
    ).toBe('5:5: invalid JSON Schema: unknown format "ulid" ignored in schema at path "#/properties/id"');
  });

  it('a keyword for another type than the one the schema declares', async () => {
    expect(
      await refusal(
        `type: object
properties:
  id:
    type: integer
    maxLength: 8
`,
        'yaml',
      ),
    ).toBe(
      '5:5: invalid JSON Schema: properties.id.maxLength never applies: it constrains string values, and the type here is integer',
    );
    expect(
      await refusal(
        `type: object
properties:
  contact: { type: number, format: email }
`,
        'yaml',
      ),
    ).toBe(
      '3:28: invalid JSON Schema: properties.contact.format never applies: it constrains string values, and the type here is number',
    );
  });

  it('the x-mlgate block anywhere but the root', async () => {
    expect(
      await refusal(
        `type: object
properties:
  price:
    type: number
    x-mlgate: { maxNullFraction: 0.1 }
`,
        'yaml',
      ),
    ).toBe('5:5: invalid schema: properties.price.x-mlgate is read only at the top level of the schema');
  });

  it('content annotations, which no validator checks', async () => {
    expect(
      await refusal(
        `type: object
properties:
  image: { type: string, contentEncoding: base64 }
`,
        'yaml',
      ),
    ).toMatch(
      /^3:26: JSON Schema 'contentEncoding' \(properties\.image\.contentEncoding\) is not supported by mlgate: JSON Schema makes it an annotation/,
    );
  });

  it('an x-mlgate fieldsMatch that lets through columns additionalProperties: false forbids', async () => {
    expect(
      await refusal(
        `type: object
additionalProperties: false
properties:
  id: { type: integer }
x-mlgate:
  fieldsMatch: subset
`,
        'yaml',
      ),
    ).toBe(
      '6:3: invalid schema: x-mlgate.fieldsMatch subset allows columns that additionalProperties: false forbids; keep one of them',
    );
  });

  it('a value the meta-schema refuses, at its keyword', async () => {
    expect(
      await refusal(`{
  "type": "object",
  "properties": { "age": { "type": "integer", "minimum": "zero" } }
}`),
    ).toBe('3:47: invalid JSON Schema: properties.age.minimum must be number');
  });
});

describe('patterns RE2 cannot run in linear time are refused at their line and column', () => {
  it('a lookahead in a pattern', async () => {
    expect(
      await refusal(`{
  "type": "object",
  "properties": { "code": { "type": "string", "pattern": "^(?=x)x$" } }
}`),
    ).toBe(
      '3:47: JSON Schema pattern "^(?=x)x$" (properties.code.pattern) is not supported by mlgate: it uses a lookahead ((?= or (?!); patterns run in linear time (RE2), which cannot run this',
    );
  });

  it('a backreference in a patternProperties key, below a combinator', async () => {
    const message = await refusal(`{
  "anyOf": [{ "patternProperties": { "(a)\\\\1": { "type": "string" } } }]
}`);
    expect(message).toMatch(
      /^2:\d+: JSON Schema pattern "\(a\)\\\\1" \(anyOf\[0\]\.patternProperties\.\(a\)\\1\)/,
    );
    expect(message).toContain('uses a backreference (\\1)');
  });
});

describe('JSON Schema patterns', () => {
  it('are each checked against their own property (ajv keys compiled patterns by their text)', async () => {
    const path = join(dir, 'two-patterns.json');
    writeFileSync(
      path,
      JSON.stringify({
        type: 'object',
        $id: 'https://example.com/row',
        properties: { a: { type: 'string', pattern: '^(a+)+$' }, b: { type: 'string', pattern: '^b$' } },
      }),
    );
    const rowValidator = (await loadSchema(path, 'two-patterns.json')).rowValidator!;
    expect(rowValidator({ a: 'aaaa!', b: 'b' }).map((v) => v.field)).toEqual(['a']);
    expect(rowValidator({ a: 'aaaa', b: 'bb' }).map((v) => v.field)).toEqual(['b']);
  });
});

describe('JSON Schema keywords that are kept', () => {
  it('annotations, nullable, and type keywords that apply to one of a union of types', async () => {
    const path = join(dir, 'kept.yaml');
    writeFileSync(
      path,
      `type: object
title: People
properties:
  name:
    type: [string, "null"]
    description: Full name
    examples: [Ada]
    maxLength: 80
    format: email
    deprecated: false
  age: { type: integer, nullable: true, minimum: 0, $comment: years }
  notes: { minLength: 1 }
`,
    );
    await expect(loadSchema(path, 'kept.yaml')).resolves.toMatchObject({ language: 'json-schema' });
  });
});
