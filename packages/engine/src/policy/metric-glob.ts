import { RE2JS } from 're2js';
import { UserError } from '../user-error.js';
import type { SourceLocation } from '../user-error.js';

/**
 * Metric-name globs over dotted names: `.` separates segments the way `/` separates path segments, so `*`
 * matches within one segment (`per_class.*.recall` matches `per_class.cat.recall`, not
 * `per_class.cat.top1.recall`; a `*` that is a whole segment matches a non-empty one) and `**` as a whole
 * segment crosses segments (`per_class.**` matches `per_class` and everything below it; `a.**.b` also matches
 * `a.b`). `?` is one character of a segment, `[abc]`, `[a-z]` and `[!abc]` one character of a set, `{a,b}`
 * either alternative (nested globs allowed), and `\` takes the next character literally. Every other
 * character, `/` included, is itself.
 *
 * Both the glob and the metric names come from files a pull request may change, so a glob is compiled to RE2
 * (re2js) and matches in time linear in the name: picomatch's backtracking RegExp took minutes on
 * `*a*a*a*a*a*a*a*a*b` against a long name. picomatch's extglobs (`@(…)`, `+(…)`, …) and `!` negation would
 * need a backtracking engine; they are refused by name.
 */
export interface MetricGlob {
  readonly pattern: string;
  /** Whether the metric name matches, in time linear in the name. */
  readonly test: (subject: string) => boolean;
  /** Higher is more specific: [segments without wildcards, characters outside wildcards]. */
  readonly specificity: readonly [number, number];
}

/** A glob is a key with an unescaped wildcard: `*`, `?`, a `[…]` set or a `{…,…}` alternation. */
export function isMetricGlob(pattern: string): boolean {
  const syntax = globSyntax(pattern);
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || syntax.closing.has(i)) return true;
  }
  return false;
}

const WILDCARD_CHARACTERS = /[*?[\]{}]/g;
const ANY = '(?s:.)';

/**
 * Where each `[` set and each `{…,…}` alternation closes, found in one pass (a `[` or `{` with no entry is
 * an ordinary character), so that neither recognising a glob nor translating it is quadratic in its length.
 */
function globSyntax(pattern: string): { readonly closing: ReadonlyMap<number, number> } {
  const closing = new Map<number, number>();
  const braces: { open: number; comma: boolean }[] = [];
  let set = -1; // the `[` of the set being read
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (set >= 0) {
      // A `]` first in a set (after an optional `!` or `^`) is a member.
      const first = i === set + 1 || (i === set + 2 && '!^'.includes(pattern[set + 1]!));
      if (c === ']' && !first) {
        closing.set(set, i);
        set = -1;
      }
    } else if (c === '[') set = i;
    else if (c === '{') braces.push({ open: i, comma: false });
    else if (c === ',' && braces.length > 0) braces.at(-1)!.comma = true;
    else if (c === '}' && braces.length > 0) {
      const brace = braces.pop()!;
      if (brace.comma) closing.set(brace.open, i);
    }
  }
  return { closing };
}

function literal(c: string): string {
  return `\\x{${c.codePointAt(0)!.toString(16)}}`;
}

class GlobTranslator {
  private readonly closing: ReadonlyMap<number, number>;

  constructor(
    private readonly pattern: string,
    private readonly location: SourceLocation | undefined,
  ) {
    this.closing = globSyntax(pattern).closing;
  }

  private refuse(what: string): never {
    throw new UserError(
      `metric glob ${JSON.stringify(this.pattern)} uses ${what}, which mlgate does not support: use *, **, ?, [abc] and {a,b}`,
      this.location,
    );
  }

  /** The RE2 text for pattern[from, to): a whole glob, or one alternative of a `{…}`. */
  translate(from: number, to: number): string {
    const p = this.pattern;
    let out = '';
    // Where a trailing run of `.**` segments starts (`to` when there is none): found once, so the loop stays linear.
    let trailingGlobstars = to;
    while (trailingGlobstars - 3 >= from && p.slice(trailingGlobstars - 3, trailingGlobstars) === '.**')
      trailingGlobstars -= 3;
    for (let i = from; i < to; i++) {
      const c = p[i]!;
      const segmentStart = i === from || p[i - 1] === '.';
      if (c === '\\') {
        i++;
        out += i < to ? literal(p[i]!) : literal('\\');
      } else if ('@!+*?'.includes(c) && p[i + 1] === '(') {
        this.refuse(`the extglob ${c}(…)`);
      } else if (c === '*' && p[i + 1] === '*' && segmentStart && (i + 2 === to || p[i + 2] === '.')) {
        // `**` as a whole segment: any number of segments, none included.
        out += i + 2 === to ? `${ANY}*` : `(?:${ANY}*\\x{2e})?`;
        i += 2; // past the `.` after it, which the group holds
      } else if (c === '.' && i === trailingGlobstars) {
        out += `(?:\\x{2e}${ANY}*)?`; // `a.**` (or `a.**.**`) matches `a` itself too
        i = to - 1;
      } else if (c === '*') {
        let end = i;
        while (p[end + 1] === '*') end++;
        const wholeSegment = segmentStart && (end + 1 === to || p[end + 1] === '.');
        out += wholeSegment ? '[^.]+' : '[^.]*';
        i = end;
      } else if (c === '?') out += '[^.]';
      else if (c === '[' && this.closing.has(i)) {
        const close = this.closing.get(i)!;
        out += this.set(i + 1, close);
        i = close;
      } else if (c === '{' && this.closing.has(i)) {
        const close = this.closing.get(i)!;
        out += `(?:${this.alternatives(i + 1, close).join('|')})`;
        i = close;
      } else out += literal(c);
    }
    return out;
  }

  private alternatives(from: number, to: number): string[] {
    const out: string[] = [];
    let depth = 0;
    let start = from;
    for (let i = from; i < to; i++) {
      const c = this.pattern[i];
      if (c === '\\') i++;
      else if (c === '[') i = this.closing.get(i) ?? i;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === ',' && depth === 0) {
        out.push(this.translate(start, i));
        start = i + 1;
      }
    }
    out.push(this.translate(start, to));
    return out;
  }

  /** A `[…]` set between `from` and `to` (the brackets excluded); never matches the separator `.`. */
  private set(from: number, to: number): string {
    const p = this.pattern;
    let i = from;
    const negated = p[i] === '!' || p[i] === '^';
    if (negated) i++;
    let members = '';
    for (; i < to; i++) {
      let c = p[i]!;
      if (c === '\\' && i + 1 < to) c = p[++i]!;
      if (p[i + 1] === '-' && i + 2 < to) {
        let end = p[i + 2]!;
        i += 2;
        if (end === '\\' && i + 1 < to) end = p[++i]!;
        if (end.codePointAt(0)! < c.codePointAt(0)!) this.refuse(`the backwards range ${c}-${end}`);
        members += `${literal(c)}-${literal(end)}`;
      } else members += literal(c);
    }
    return negated ? `[^${members}\\x{2e}]` : `(?:[${members}])`;
  }
}

export function compileMetricGlob(pattern: string, location?: SourceLocation): MetricGlob {
  if (pattern.startsWith('!')) {
    throw new UserError(
      `metric glob ${JSON.stringify(pattern)} starts with !, a negation mlgate does not support: name the metrics to match instead`,
      location,
    );
  }
  const re2 = RE2JS.compile(`^(?:${new GlobTranslator(pattern, location).translate(0, pattern.length)})$`);
  const segments = pattern.split('.');
  const literalSegments = segments.filter((segment) => !isMetricGlob(segment)).length;
  const literalCharacters = pattern.replace(WILDCARD_CHARACTERS, '').length;
  return {
    pattern,
    test: (subject) => re2.test(subject),
    specificity: [literalSegments, literalCharacters],
  };
}

/** Orders globs most specific first; equal specificity keeps declaration order (Array.prototype.sort is stable). */
export function bySpecificity(a: MetricGlob, b: MetricGlob): number {
  return b.specificity[0] - a.specificity[0] || b.specificity[1] - a.specificity[1];
}
