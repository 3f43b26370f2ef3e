import { describe, expect, it } from '@jest/globals';
import { kernelOnThisThread } from '../checks/cell-kernel/cell-kernel.js';
import { compilePatternDfa } from './pattern-dfa.js';
import type { PatternDfa } from './pattern-dfa.js';

const runPatternDfa = (dfa: PatternDfa, value: Uint8Array, start: number, end: number): number =>
  kernelOnThisThread().matchPattern(dfa, value, start, end);

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function answer(source: string, value: string): boolean | 'fallback' {
  const dfa = compilePatternDfa(source, 'u');
  if (!dfa) throw new Error(`no DFA for ${source}`);
  const encoded = bytes(value);
  const result = runPatternDfa(dfa, encoded, 0, encoded.length);
  return result === -1 ? 'fallback' : result === 1;
}

/** A tiny seeded generator, so a failure names a pattern that can be replayed. */
function generator(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1;
  return (n) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
}

const ATOMS = [
  'a',
  'b',
  'c',
  '0',
  '9',
  '-',
  '\\.',
  '.',
  '\\d',
  '\\D',
  '\\w',
  '\\W',
  '\\s',
  '\\S',
  '[a-c]',
  '[^ab]',
  '[0-9x-z]',
  '[\\d_]',
  '[\\s\\-]',
  '\\x41',
  '\\u0062',
  '[^\\w]',
  ' ',
  '\\t',
  'é',
  '[a-é]',
  '😀',
];
const QUANTIFIERS = ['', '', '', '*', '+', '?', '{2}', '{1,3}', '{0,}', '*?', '+?', '{2,}?'];

function randomPattern(rand: (n: number) => number, depth = 0): string {
  const parts: string[] = [];
  const length = 1 + rand(4);
  for (let i = 0; i < length; i++) {
    const roll = rand(10);
    let atom: string;
    if (roll === 0 && depth < 2) atom = `(${randomPattern(rand, depth + 1)})`;
    else if (roll === 1 && depth < 2)
      atom = `(?:${randomPattern(rand, depth + 1)}|${randomPattern(rand, depth + 1)})`;
    else atom = ATOMS[rand(ATOMS.length)]!;
    parts.push(atom + QUANTIFIERS[rand(QUANTIFIERS.length)]!);
  }
  let pattern = parts.join('');
  if (rand(3) === 0) pattern = `^${pattern}`;
  if (rand(3) === 0) pattern = `${pattern}$`;
  if (rand(6) === 0) pattern = `${pattern}|${randomPattern(rand, depth + 1)}`;
  return pattern;
}

const ALPHABET = 'abcxyz09A_-. \t\n\r';
function randomValue(rand: (n: number) => number): string {
  let value = '';
  const length = rand(9);
  for (let i = 0; i < length; i++) value += ALPHABET[rand(ALPHABET.length)];
  return value;
}

describe('pattern DFA', () => {
  it('agrees with RegExp on thousands of random patterns and ASCII values', () => {
    const rand = generator(20261123);
    let compared = 0;
    let built = 0;
    for (let p = 0; p < 500; p++) {
      const source = randomPattern(rand);
      const anchored = `^(?:${source})$`;
      for (const candidate of [source, anchored]) {
        const regexp = new RegExp(candidate, 'u');
        const dfa = compilePatternDfa(candidate, 'u');
        // Only a DFA over the state cap is refused here: every construct generated is in the subset.
        if (dfa === null) continue;
        built++;
        for (let v = 0; v < 40; v++) {
          const value = randomValue(rand);
          const encoded = bytes(value);
          expect({ candidate, value, dfa: runPatternDfa(dfa!, encoded, 0, encoded.length) === 1 }).toEqual({
            candidate,
            value,
            dfa: regexp.test(value),
          });
          compared++;
        }
      }
    }
    expect(built).toBeGreaterThan(500 * 2 * 0.95);
    expect(compared).toBe(built * 40);
  });

  it('anchors ^ and $ to the whole value, not to lines', () => {
    expect(answer('^ID-[0-9]{9}$', 'ID-000000001')).toBe(true);
    expect(answer('^(?:^ID-[0-9]{9}$)$', 'ID-00000001')).toBe(false);
    expect(answer('^a$', 'a\nb')).toBe(false);
    expect(answer('b$', 'a\nb')).toBe(true);
    expect(answer('a^b', 'ab')).toBe(false);
    expect(answer('^$', '')).toBe(true);
    expect(answer('x|^$', '')).toBe(true);
  });

  it('searches when the pattern is not anchored, as JSON Schema patterns do', () => {
    expect(answer('\\d{3}', 'abc1234')).toBe(true);
    expect(answer('\\d{3}', 'abc12')).toBe(false);
  });

  it('hands a value with non-ASCII bytes back to RegExp, unless nothing could match any more', () => {
    expect(answer('^caf.$', 'café')).toBe('fallback');
    expect(answer('^x', 'é')).toBe('fallback');
    expect(answer('^x', 'aé')).toBe(false);
  });

  it('builds nothing for what it does not cover', () => {
    for (const source of [
      '(a)\\1',
      '(?=a)a',
      '(?<!a)b',
      '\\bword\\b',
      '\\p{L}+',
      '(?i:a)',
      '\\uD83D\\uDE00',
      '[]',
      'a{2000}',
    ]) {
      expect({ source, dfa: compilePatternDfa(source, 'u') }).toEqual({ source, dfa: null });
    }
    expect(compilePatternDfa('a', '')).toBeNull();
    expect(compilePatternDfa('a', 'iu')).toBeNull();
  });

  it('treats a code point beyond U+FFFF as one character, so a quantifier applies to all of it', () => {
    expect(answer('^a😀?b$', 'ab')).toBe(true);
    expect(answer('^a[😀x]b$', 'axb')).toBe(true);
  });
});
