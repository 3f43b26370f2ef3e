import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { jsonSyntaxErrorOffset, parseJsonDocument } from './json-document.js';
import { UserError } from './user-error.js';

function refusal(text: string): UserError {
  try {
    parseJsonDocument(text, 's.json', 'the schema');
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('a JSON document a user gave', () => {
  it('parses', () => {
    expect(parseJsonDocument('{"fields": [1]}', 's.json', 'the schema')).toEqual({ fields: [1] });
  });

  it('places a syntax error at its line and column, in the location and the message', () => {
    const error = refusal('{"fields": [\n  {"name": "a",}\n]}');
    expect(error.location).toEqual({ file: 's.json', line: 2, column: 16 });
    expect(error.message).toMatch(/^the schema is not valid JSON at line 2, column 16: \S/);
  });

  it('places a document that ends early at its end', () => {
    expect(refusal('{"fields": [\n').location).toEqual({ file: 's.json', line: 2, column: 1 });
  });

  it('refuses nesting past the limit before parsing, where it is crossed', () => {
    const error = refusal(`{"a":\n${'['.repeat(5000)}${']'.repeat(5000)}}`);
    expect(error.message).toBe('the schema is nested deeper than 100 levels (at line 2, column 100)');
    expect(error.location).toEqual({ file: 's.json', line: 2, column: 100 });
  });
});

describe('the place of a JSON syntax error', () => {
  it('is where JSON.parse stops, for the errors whose message says where', () => {
    for (const text of ['{"a": }', '{"a": 1,}', '[1 2]', '{"a" 1}', '"\\x"', '[01]', '{} x', '{"a": tru}']) {
      const position = /at position (\d+)/.exec(
        ((): string => {
          try {
            JSON.parse(text);
          } catch (error) {
            return (error as Error).message;
          }
          return '';
        })(),
      );
      if (position !== null) expect([text, jsonSyntaxErrorOffset(text)]).toEqual([text, Number(position[1])]);
      else expect(jsonSyntaxErrorOffset(text)).toBeDefined();
    }
  });

  it('is found exactly when JSON.parse fails (property)', () => {
    const anyText = fc.oneof(
      fc.json(),
      fc.string(),
      fc
        .tuple(fc.json(), fc.nat(), fc.string({ maxLength: 3 }))
        .map(
          ([json, at, noise]) =>
            json.slice(0, at % (json.length + 1)) + noise + json.slice(at % (json.length + 1)),
        ),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const offset = jsonSyntaxErrorOffset(text);
        expect(offset === undefined).toBe(valid);
        if (offset !== undefined) expect(offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});
