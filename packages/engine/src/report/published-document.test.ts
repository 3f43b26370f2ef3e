import { describe, expect, it } from '@jest/globals';
import { parseBoundedJson } from './published-document.js';

describe('a published document read back', () => {
  it('names the line and column of a syntax error', () => {
    expect(() => parseBoundedJson('{"kind": "x",\n  "a": }', 'r.json', 'a report', 1000)).toThrow(
      /^r\.json: a report is not valid JSON at line 2, column 8: /,
    );
    expect(() => parseBoundedJson('{"kind": ', 'r.json', 'a report', 1000)).toThrow(
      /^r\.json: a report is not valid JSON at line 1, column 10: Unexpected end of JSON input$/,
    );
  });

  it('refuses a document nested deeper than the limit before parsing it', () => {
    const deep = `{"a": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(() => parseBoundedJson(deep, 'r.json', 'a report', 100_000)).toThrow(
      'r.json: a report is nested deeper than 100 levels (at line 1, column 106)',
    );
  });
});
