import { describe, expect, it } from '@jest/globals';
import { MAX_NESTING_DEPTH, jsonNestingOverflow, lineAndColumn, nestsDeeperThan } from './nesting-depth.js';

const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

describe('nesting depth', () => {
  it('counts each array or object as one level, and allows exactly the limit', () => {
    expect(nestsDeeperThan(JSON.parse(nested(MAX_NESTING_DEPTH)))).toBe(false);
    expect(nestsDeeperThan(JSON.parse(nested(MAX_NESTING_DEPTH + 1)))).toBe(true);
    expect(nestsDeeperThan({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [{ b: {} }] }, 3)).toBe(true);
    expect(nestsDeeperThan('text')).toBe(false);
  });

  it('measures a million levels without recursing', () => {
    expect(nestsDeeperThan(JSON.parse(nested(1_000_000)))).toBe(true);
    expect(jsonNestingOverflow(nested(1_000_000))).toBe(MAX_NESTING_DEPTH);
  });

  it('finds the bracket that crosses the limit in JSON text, ignoring brackets in strings', () => {
    expect(jsonNestingOverflow(`{"a": "${'['.repeat(500)}"}`)).toBe(-1);
    expect(jsonNestingOverflow('{"a": "\\"[[["}', 1)).toBe(-1);
    expect(jsonNestingOverflow('{"a": [1]}', 1)).toBe(6);
    expect(jsonNestingOverflow(nested(MAX_NESTING_DEPTH))).toBe(-1);
  });

  it('turns an offset into a one-based line and column', () => {
    expect(lineAndColumn('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\n', 6)).toEqual({ line: 3, column: 1 });
  });
});
