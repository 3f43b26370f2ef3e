import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { UnsupportedPattern, compileLinearPattern, linearRegExpEngine, re2Source } from './linear-pattern.js';

const linear = (pattern: string) => compileLinearPattern(re2Source(pattern));
const native = (pattern: string) => new RegExp(pattern, 'u');

/** Both engines give the same answer on each value. */
function expectSameAnswers(pattern: string, values: readonly string[]): void {
  const re2 = linear(pattern);
  const regexp = native(pattern);
  for (const value of values) {
    expect({ pattern, value, matches: re2.test(value) }).toEqual({
      pattern,
      value,
      matches: regexp.test(value),
    });
  }
}

function refusal(pattern: string): string {
  try {
    re2Source(pattern);
  } catch (error) {
    if (error instanceof UnsupportedPattern) return error.reason;
    throw error;
  }
  throw new Error(`${pattern} was not refused`);
}

describe('linear-time patterns', () => {
  it('answers a catastrophic-backtracking pattern at once', () => {
    const started = performance.now();
    expect(linear('^(a+)+$').test(`${'a'.repeat(10_000)}é!`)).toBe(false);
    expect(linear('^(a|aa)+$').test(`${'a'.repeat(10_000)}!`)).toBe(false);
    expect(linear('^(a+)+$').test('a'.repeat(10_000))).toBe(true);
    // Backtracking takes longer than the universe on these; the bound leaves room for a loaded CI runner.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('keeps ECMAScript meanings where RE2 differs', () => {
    // `.` excludes every line terminator; `\s` is Unicode white space (with \v); `$` is the very end.
    expectSameAnswers('^.$', ['a', '\n', '\r', '\u2028', '\u2029', '\u0085', '😀', '\ud800']);
    expectSameAnswers('^\\s$', ['\v', '\u00a0', '\u2003', '\ufeff', '\u3000', '\u0085', 'x']);
    expectSameAnswers('^\\S+$', ['abc', 'a\u00a0b', 'a\vb']);
    expectSameAnswers('^a$', ['a', 'a\n', '\na']);
    expectSameAnswers('\\bfoo\\b', ['a foo b', 'afoo', 'foo_', 'éfooé']);
    expectSameAnswers('^\\w+\\d\\W$', ['ab1!', 'é1!', 'ab1é']);
  });

  it('reads code points, as the u flag does', () => {
    expectSameAnswers('^[😀-😂]$', ['😀', '😁', '😃', '\ud83d']);
    expectSameAnswers('^\\u{1F600}\\uD83D\\uDE01$', ['😀😁', '😀']);
    expectSameAnswers('^[^a]$', ['😀', 'b', 'a', '\ud800']);
    expectSameAnswers('^\\ud800$', ['\ud800', '\udc00', 'a']);
    expectSameAnswers('^\\x41\\u0042\\cC\\0$', ['AB\u0003\u0000', 'AB']);
  });

  it('translates classes, escapes and Unicode properties', () => {
    expectSameAnswers('^[\\]\\-\\\\^a-c\\d\\s]+$', [']-\\^abc1 ', 'd', '\u00a0']);
    expectSameAnswers('^[^\\S]$', [' ', 'a']);
    expectSameAnswers('^[\\b]$', ['\b', 'b']);
    expectSameAnswers('^[]$', ['', 'a']);
    expectSameAnswers('^[^]$', ['a', '\n', '😀']);
    expectSameAnswers('^\\p{Lu}\\p{Letter}\\P{L}$', ['AbC', 'Ab1', 'ÉΩ!']);
    expectSameAnswers('^\\p{Script=Greek}+$', ['αβγ', 'abc']);
    expectSameAnswers('^[\\p{sc=Latin}\\d]+$', ['abc12', 'αβ']);
    expectSameAnswers('^\\p{ASCII}\\P{ASCII}$', ['aé', 'ab']);
    expectSameAnswers('^(?<year>\\d{4})-(?:\\d{2})$', ['2024-01', '24-01']);
    expectSameAnswers('^a{2,3}?b{2,}c?$', ['aabb', 'aaabbbbc', 'ab']);
    expectSameAnswers('[\\/\\.\\*\\?]', ['/', 'x']);
  });

  it('agrees with RegExp on random patterns and values', () => {
    const atom = fc.constantFrom(
      'a',
      'b',
      'é',
      '😀',
      '.',
      '\\d',
      '\\w',
      '\\s',
      '\\S',
      '[ab]',
      '[^a]',
      '[a-é]',
      '\\u00e9',
      '\\p{L}',
      '\\b',
      '^',
      '$',
    );
    const piece = fc
      .tuple(atom, fc.constantFrom('', '*', '+', '?', '{2}', '{1,3}', '*?'))
      .map(([a, q]) => (/^[\^$]|\\b$/.test(a) ? a : `${a}${q}`));
    const sequence = fc.array(piece, { maxLength: 5 }).map((items) => items.join(''));
    const pattern = fc
      .array(sequence, { minLength: 1, maxLength: 3 })
      .chain((options) =>
        fc.constantFrom(options.join('|'), `(${options.join('|')})+`, `^(?:${options.join('|')})$`),
      );
    const value = fc
      .array(fc.constantFrom('a', 'b', 'é', '😀', ' ', '\n', '1', '_', '\u00a0'), { maxLength: 8 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(pattern, fc.array(value, { minLength: 1, maxLength: 5 }), (p, values) => {
        const re2 = linear(p);
        const regexp = native(p);
        return values.every((v) => re2.test(v) === regexp.test(v));
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('refuses what RE2 cannot run in linear time, naming the construct', () => {
    expect(refusal('(a)\\1')).toBe('uses a backreference (\\1)');
    expect(refusal('(?<x>a)\\k<x>')).toBe('uses a backreference (\\k<name>)');
    expect(refusal('a(?=b)')).toBe('uses a lookahead ((?= or (?!)');
    expect(refusal('(?<=a)b')).toBe('uses a lookbehind ((?<= or (?<!)');
    expect(refusal('(?<!a)b')).toBe('uses a lookbehind ((?<= or (?<!)');
    expect(refusal('a{1001}')).toBe('repeats {1001}: more than 1000 repetitions are not supported');
    expect(refusal('\\p{Script_Extensions=Greek}')).toMatch(/Unicode property/);
    expect(refusal('((a{100}){100}){100}')).toMatch(/too large/);
  });

  it('leaves a pattern RegExp refuses as RegExp says', () => {
    expect(() => re2Source('(a')).toThrow(SyntaxError);
  });

  it('serves ajv as its regular expression engine, with the u flag only', () => {
    expect(linearRegExpEngine('^a+$', 'u').test('aaa')).toBe(true);
    expect(() => linearRegExpEngine('^a+$', '')).toThrow(/u flag/);
  });

  it('gives ajv a distinct key for each pattern (ajv shares patterns by their toString)', () => {
    expect(String(linearRegExpEngine('^a+$', 'u'))).toBe('/^a+$/u');
    expect(String(linearRegExpEngine('^b+$', 'u'))).not.toBe(String(linearRegExpEngine('^a+$', 'u')));
  });
});
