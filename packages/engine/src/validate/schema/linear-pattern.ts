import { RE2JS } from 're2js';

/**
 * Schema patterns run in time linear in the value, whatever the pattern: a `pattern` is written by whoever
 * writes the schema, and a backtracking engine (RegExp) takes exponential time on `^(a+)+$` against
 * `aaaa…a!`. Where pattern-dfa.ts answers (ASCII values, its subset) it runs; everywhere else the pattern
 * runs on re2js, a pure-JS port of RE2.
 *
 * Patterns are ECMAScript regular expressions with the `u` flag (JSON Schema and Table Schema both say so).
 * RE2 has its own syntax and a few different meanings, so a pattern is translated, not passed through:
 * - `.` is any code point but \n, \r, U+2028 and U+2029 (RE2's `.` excludes only \n);
 * - `\s` / `\S` are ECMAScript's white space and line terminators (RE2's `\s` is ASCII only, without \v);
 * - `\d`, `\w`, `\b`, `\B` are ASCII in both; `^` and `$` are the ends of the whole value (no `m` flag);
 * - literals, `\xHH`, `\uHHHH`, `\u{…}`, surrogate pairs and `\cX` become `\x{…}` code points; a lone
 *   surrogate stays a code point, which re2js matches against a lone surrogate in the value, as RegExp does;
 * - every group becomes non-capturing (only whether the value matches is asked);
 * - `\p{…}`: `General_Category=`, `gc=`, `Script=` and `sc=` prefixes are dropped and long category names
 *   shortened; a property re2js does not know (Script_Extensions, most binary properties, script aliases)
 *   is refused; re2js's Unicode tables may be a newer version than the running Node's.
 * What RE2 cannot run in linear time is refused, never run another way: backreferences, lookahead and
 * lookbehind, pattern modifiers, and counted repetitions over 1000 (RE2's limit).
 */

/** A pattern that cannot run in linear time; `reason` says which construct, for the user's error message. */
export class UnsupportedPattern extends Error {
  constructor(
    readonly pattern: string,
    readonly reason: string,
  ) {
    super(`pattern ${JSON.stringify(pattern)} ${reason}`);
  }
}

export interface LinearPattern {
  /** Whether the pattern matches somewhere in `text`, as RegExp.prototype.test does. */
  test(text: string): boolean;
  toString(): string;
}

const MAX_CODE_POINT = 0x10ffff;
const MAX_REPEAT = 1000;

/** Code point ranges, inclusive. */
type Ranges = readonly (readonly [number, number])[];

const DIGIT: Ranges = [[0x30, 0x39]];
const WORD: Ranges = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
/** ECMAScript WhiteSpace and LineTerminator (what `\s` means there). */
const SPACE: Ranges = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const LINE_TERMINATORS: Ranges = [
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
];

function complement(ranges: Ranges): Ranges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  let next = 0;
  for (const [from, to] of sorted) {
    if (from > next) out.push([next, from - 1]);
    next = Math.max(next, to + 1);
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

function codePoint(code: number): string {
  return `\\x{${code.toString(16)}}`;
}

function rangeText([from, to]: readonly [number, number]): string {
  return from === to ? codePoint(from) : `${codePoint(from)}-${codePoint(to)}`;
}

/** A class of ranges as RE2 text; an empty class matches nothing. */
function classText(ranges: Ranges): string {
  return ranges.length === 0 ? `[^${rangeText([0, MAX_CODE_POINT])}]` : `[${ranges.map(rangeText).join('')}]`;
}

const SHORTHAND: Readonly<Record<string, Ranges>> = { d: DIGIT, w: WORD, s: SPACE };

/** ECMAScript's long General_Category names, as RE2 knows them (short). */
const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  Letter: 'L',
  Cased_Letter: 'LC',
  Uppercase_Letter: 'Lu',
  Lowercase_Letter: 'Ll',
  Titlecase_Letter: 'Lt',
  Modifier_Letter: 'Lm',
  Other_Letter: 'Lo',
  Mark: 'M',
  Combining_Mark: 'M',
  Nonspacing_Mark: 'Mn',
  Spacing_Mark: 'Mc',
  Enclosing_Mark: 'Me',
  Number: 'N',
  Decimal_Number: 'Nd',
  digit: 'Nd',
  Letter_Number: 'Nl',
  Other_Number: 'No',
  Punctuation: 'P',
  punct: 'P',
  Connector_Punctuation: 'Pc',
  Dash_Punctuation: 'Pd',
  Open_Punctuation: 'Ps',
  Close_Punctuation: 'Pe',
  Initial_Punctuation: 'Pi',
  Final_Punctuation: 'Pf',
  Other_Punctuation: 'Po',
  Symbol: 'S',
  Math_Symbol: 'Sm',
  Currency_Symbol: 'Sc',
  Modifier_Symbol: 'Sk',
  Other_Symbol: 'So',
  Separator: 'Z',
  Space_Separator: 'Zs',
  Line_Separator: 'Zl',
  Paragraph_Separator: 'Zp',
  Other: 'C',
  Control: 'Cc',
  cntrl: 'Cc',
  Format: 'Cf',
  Surrogate: 'Cs',
  Private_Use: 'Co',
  Unassigned: 'Cn',
};

/** A class member: ranges, or a Unicode property as RE2 text (`\p{L}`, `\P{Greek}`). */
type Item = Ranges | string;

/**
 * A recursive-descent reader of an ECMAScript pattern with the `u` flag that writes the same pattern in RE2
 * syntax. The pattern has already compiled as a RegExp, so only its meaning is in question here, not its
 * syntax; an unexpected character is still an internal error rather than a guess.
 */
class Translator {
  private at = 0;

  constructor(private readonly source: string) {}

  translate(): string {
    const out = this.alternation();
    if (this.at !== this.source.length) throw new Error(`unexpected ${this.source[this.at]} in a pattern`);
    return out;
  }

  private refuse(reason: string): never {
    throw new UnsupportedPattern(this.source, reason);
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.at + offset];
  }

  private startsWith(text: string): boolean {
    return this.source.startsWith(text, this.at);
  }

  private alternation(): string {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.join('|');
  }

  private sequence(): string {
    let out = '';
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      out += this.quantified(this.atom());
    }
    return out;
  }

  private quantified(atom: string): string {
    const c = this.peek();
    let quantifier: string;
    if (c === '*' || c === '+' || c === '?') {
      quantifier = c;
      this.at++;
    } else if (c === '{') {
      const braces = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at));
      if (!braces) throw new Error('a brace that is not a quantifier in a u-mode pattern');
      const [written, min, comma, max] = braces;
      if (Number(min) > MAX_REPEAT || (max !== undefined && max !== '' && Number(max) > MAX_REPEAT))
        this.refuse(`repeats ${written}: more than ${MAX_REPEAT} repetitions are not supported`);
      quantifier = `{${Number(min)}${comma ?? ''}${max ? Number(max) : ''}}`;
      this.at += written.length;
    } else return atom;
    if (this.peek() === '?') {
      quantifier += '?';
      this.at++;
    }
    return `${atom}${quantifier}`;
  }

  private atom(): string {
    const c = this.source[this.at++]!;
    switch (c) {
      case '^':
      case '$':
        return c;
      case '.':
        return classText(complement(LINE_TERMINATORS));
      case '(':
        return this.group();
      case '[':
        return this.bracket();
      case '\\':
        return this.atomEscape();
      default:
        return classText(this.literal(c));
    }
  }

  private group(): string {
    if (this.peek() === '?') {
      if (this.startsWith('?=') || this.startsWith('?!')) this.refuse('uses a lookahead ((?= or (?!)');
      if (this.startsWith('?<=') || this.startsWith('?<!')) this.refuse('uses a lookbehind ((?<= or (?<!)');
      const named = /^\?<[^>]+>/.exec(this.source.slice(this.at));
      if (this.startsWith('?:')) this.at += 2;
      else if (named) this.at += named[0].length;
      else this.refuse('uses a pattern modifier ((?i: and the like)');
    }
    const inner = this.alternation();
    if (this.source[this.at++] !== ')') throw new Error('an unclosed group in a pattern');
    return `(?:${inner})`;
  }

  /** The code point starting just before `at` (both halves of a surrogate pair: the u flag reads code points). */
  private literal(c: string): Ranges {
    const code = c.codePointAt(0)!;
    const pair = this.source.codePointAt(this.at - 1)!;
    if (pair > 0xffff) {
      this.at++;
      return [[pair, pair]];
    }
    return [[code, code]];
  }

  private atomEscape(): string {
    const c = this.peek();
    if (c === 'b' || c === 'B') {
      this.at++;
      return `\\${c}`;
    }
    if (c !== undefined && /[1-9]/.test(c)) this.refuse(`uses a backreference (\\${c})`);
    if (c === 'k') this.refuse('uses a backreference (\\k<name>)');
    const item = this.escape(false);
    return typeof item === 'string' ? `[${item}]` : classText(item);
  }

  /** After a backslash: a character, a shorthand class or a property. In a class, `\b` is a backspace. */
  private escape(inClass: boolean): Item {
    const c = this.source[this.at++];
    if (c === undefined) throw new Error('a pattern ending in a backslash');
    const shorthand = SHORTHAND[c.toLowerCase()];
    if (shorthand) return c === c.toLowerCase() ? shorthand : complement(shorthand);
    const simple: Readonly<Record<string, number>> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };
    const one = (code: number): Ranges => [[code, code]];
    if (c in simple) return one(simple[c]!);
    if (c === 'b' && inClass) return one(8);
    if (c === 'c') return one(this.source.charCodeAt(this.at++) % 32);
    if (c === 'x') {
      this.at += 2;
      return one(parseInt(this.source.slice(this.at - 2, this.at), 16));
    }
    if (c === 'u') return one(this.unicodeEscape());
    if (c === 'p' || c === 'P') return this.property(c === 'P');
    // An identity escape: u mode allows it only for syntax characters, `/` and (in a class) `-`.
    return one(c.codePointAt(0)!);
  }

  /** `\u{…}`, `\uHHHH`, or a surrogate pair written as two `\uHHHH` (one code point under the u flag). */
  private unicodeEscape(): number {
    if (this.peek() === '{') {
      const end = this.source.indexOf('}', this.at);
      const code = parseInt(this.source.slice(this.at + 1, end), 16);
      this.at = end + 1;
      return code;
    }
    const code = parseInt(this.source.slice(this.at, this.at + 4), 16);
    this.at += 4;
    const low = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(this.source.slice(this.at));
    if (code >= 0xd800 && code <= 0xdbff && low) {
      this.at += low[0].length;
      return 0x10000 + ((code - 0xd800) << 10) + (parseInt(low[1]!, 16) - 0xdc00);
    }
    return code;
  }

  private property(negated: boolean): Item {
    const end = this.source.indexOf('}', this.at);
    const written = this.source.slice(this.at + 1, end);
    this.at = end + 1;
    const [key, value] = written.includes('=') ? written.split('=') : [undefined, written];
    let name = value!;
    if (key === 'General_Category' || key === 'gc' || key === undefined) name = CATEGORY_NAMES[name] ?? name;
    else if (key !== 'Script' && key !== 'sc')
      this.refuse(`uses the Unicode property \\p{${written}}, which is not supported`);
    const ranges: Ranges | undefined =
      name === 'ASCII' ? [[0, 0x7f]] : name === 'Any' ? [[0, MAX_CODE_POINT]] : undefined;
    if (ranges) return negated ? complement(ranges) : ranges;
    const text = `\\${negated ? 'P' : 'p'}{${name}}`;
    try {
      RE2JS.compile(text);
    } catch {
      this.refuse(`uses the Unicode property \\p{${written}}, which is not supported`);
    }
    return text;
  }

  private bracket(): string {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const ranges: (readonly [number, number])[] = [];
    const properties: string[] = [];
    for (;;) {
      const c = this.source[this.at++];
      if (c === undefined) throw new Error('an unclosed class in a pattern');
      if (c === ']') break;
      const from = this.classAtom(c);
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.at++;
        const to = this.classAtom(this.source[this.at++]!);
        // u mode allows a range only between two single characters.
        ranges.push([(from as Ranges)[0]![0], (to as Ranges)[0]![0]]);
      } else if (typeof from === 'string') properties.push(from);
      else ranges.push(...from);
    }
    if (properties.length === 0) return classText(negated ? complement(ranges) : ranges);
    return `[${negated ? '^' : ''}${ranges.map(rangeText).join('')}${properties.join('')}]`;
  }

  private classAtom(c: string): Item {
    return c === '\\' ? this.escape(true) : this.literal(c);
  }
}

/**
 * The RE2 source for an ECMAScript pattern (`u` flag), or an UnsupportedPattern saying which construct RE2
 * cannot run. A pattern RegExp itself refuses is a SyntaxError, for the caller to report.
 */
export function re2Source(pattern: string): string {
  new RegExp(pattern, 'u');
  const translated = new Translator(pattern).translate();
  try {
    RE2JS.compile(translated);
  } catch (error) {
    // RE2's own limits (program size): its message names the limit.
    throw new UnsupportedPattern(
      pattern,
      `is too large for the linear-time engine: ${(error as Error).message}`,
    );
  }
  return translated;
}

/** Compiles RE2 source made by re2Source (in a worker, from the plan). */
export function compileLinearPattern(re2: string): LinearPattern {
  const compiled = RE2JS.compile(re2);
  return { test: (text) => compiled.test(text) };
}

/**
 * ajv's `code.regExp`: every `pattern` and `patternProperties` key runs on RE2. ajv passes the `u` flag
 * (`unicodeRegExp`, on by default); a pattern RE2 cannot run throws UnsupportedPattern out of ajv.compile.
 */
export const linearRegExpEngine = Object.assign(
  (pattern: string, flags: string): LinearPattern => {
    if (flags !== 'u')
      throw new Error(`patterns are compiled with the u flag (got ${JSON.stringify(flags)})`);
    const compiled = compileLinearPattern(re2Source(pattern));
    // ajv shares compiled patterns by their toString(), as RegExp writes it: without one, every pattern
    // (the meta-schema's `$id` pattern among them) would be "[object Object]" and share the first one made.
    const key = `/${pattern}/${flags}`;
    return { test: compiled.test, toString: () => key };
  },
  // ajv writes this into standalone code it generates; mlgate never generates any.
  { code: 'linearRegExpEngine' },
);
