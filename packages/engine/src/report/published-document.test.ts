import { describe, expect, it } from '@jest/globals';
import { parseBoundedJson } from './published-document.js';

describe('a published document read back', () => {
  it('names the line and column of a syntax error', () => {
    expect(() => parseBoundedJson('{"kind": "x",\n  "a": }', 'r.json', 'a report', 1000)).toThrow(
      /^r\.json:2:8: not JSON \(/,
    );
    expect(() => parseBoundedJson('{"kind": ', 'r.json', 'a report', 1000)).toThrow(
      /^r\.json:1:10: not JSON \(Unexpected end of JSON input\)$/,
    );
  });

  it('refuses a document nested deeper than the limit before parsing it', () => {
    const deep = `{"a": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(() => parseBoundedJson(deep, 'r.json', 'a report', 100_000)).toThrow(
      'r.json:1:106: a report is nested deeper than 100 levels',
    );
  });
});
