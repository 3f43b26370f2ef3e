/**
 * A byte-level DFA for a column's `pattern` (and regex formats), run on the cell's bytes by the CSV kernel's
 * `matchPattern`, so an ASCII value is checked without being decoded into a JS string: the string, not the
 * match, was most of a pattern check's cost.
 *
 * Exactly RegExp semantics, for the inputs it answers. It is built only for the common regular subset
 * (literals, escapes, classes, `.`, groups, alternation, greedy or lazy quantifiers, `^`/`$`) under exactly
 * the `u` flag; anything else (backreferences, lookarounds, `\b`, `\p{…}`, other flags, a DFA over the size
 * cap) builds none. It answers only for ASCII input: at a byte ≥ 0x80 the kernel tests the RegExp on the
 * decoded text instead. On ASCII input each byte is one UTF-16 unit and one code point, so restricting every
 * character set to its ASCII part changes no answer. A randomized test compares it with RegExp.
 *
 * `^` and `$` are assertions on the position (start and end of the whole value, no multiline), kept as
 * conditional ε-edges of the NFA: `^` passable only before the first byte, `$` only after the last one.
 */
export interface PatternDfa {
  /** `table[state * 128 + byte]` → next state; state 0 is dead (no NFA state left). */
  readonly table: Int32Array;
  /** 1 when the whole value matches if it ends in this state. */
  readonly accept: Uint8Array;
  readonly start: number;
}

const MAX_NFA_STATES = 4096;
const MAX_DFA_STATES = 2048;
/** NFA-state visits during construction: keeps a pathological pattern's cost at startup to milliseconds. */
const MAX_WORK = 4_000_000;
const ALPHABET = 128;

/**
 * A set of ASCII characters as four 32-bit words, and a fifth that is 1 when the set as written also holds
 * non-ASCII characters (so an NFA edge with an empty ASCII part can still be taken by a non-ASCII value).
 */
type CharSet = Uint32Array;
const WIDE = 4;

class Unsupported extends Error {}

/** A character or class read from the pattern; `code` only for a single character (a possible range end). */
interface Member {
  readonly set: CharSet;
  readonly code: number | undefined;
}

function single(code: number): Member {
  const set = charSet();
  addRange(set, code, code);
  return { set, code };
}

function charSet(): CharSet {
  return new Uint32Array(5);
}

function addRange(set: CharSet, from: number, to: number): void {
  for (let c = Math.max(0, from); c <= Math.min(to, ALPHABET - 1); c++) set[c >>> 5]! |= 1 << (c & 31);
  if (to >= ALPHABET) set[WIDE] = 1;
}

/** The complement, always marked wide (it holds every non-ASCII character the set did not). */
function negate(set: CharSet): CharSet {
  const out = charSet();
  for (let i = 0; i < 4; i++) out[i] = ~set[i]!;
  out[WIDE] = 1;
  return out;
}

function union(into: CharSet, from: CharSet): void {
  for (let i = 0; i <= WIDE; i++) into[i]! |= from[i]!;
}

function has(set: CharSet, c: number): boolean {
  return (set[c >>> 5]! & (1 << (c & 31))) !== 0;
}

function classEscape(letter: string): CharSet | undefined {
  const set = charSet();
  switch (letter.toLowerCase()) {
    case 'd':
      addRange(set, 48, 57);
      break;
    case 'w':
      addRange(set, 48, 57);
      addRange(set, 65, 90);
      addRange(set, 97, 122);
      addRange(set, 95, 95);
      break;
    case 's':
      addRange(set, 9, 13);
      addRange(set, 32, 32);
      set[WIDE] = 1; // Unicode spaces
      break;
    default:
      return undefined;
  }
  return letter === letter.toUpperCase() ? negate(set) : set;
}

/** The regex AST, only what the subset needs. */
type Node =
  | { readonly kind: 'set'; readonly set: CharSet }
  | { readonly kind: 'seq'; readonly items: readonly Node[] }
  | { readonly kind: 'alt'; readonly options: readonly Node[] }
  | { readonly kind: 'repeat'; readonly node: Node; readonly min: number; readonly max: number }
  | { readonly kind: 'bol' }
  | { readonly kind: 'eol' };

const SYNTAX = new Set('^$\\.*+?()[]{}|/-'.split(''));

/** A recursive-descent parser of the subset; throws Unsupported at anything outside it. */
class PatternParser {
  private at = 0;

  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at !== this.source.length) throw new Unsupported();
    return node;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      items.push(this.quantified(this.atom()));
    }
    return { kind: 'seq', items };
  }

  private quantified(node: Node): Node {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!braces) throw new Unsupported();
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      this.at += braces[0].length - 1;
    } else return node;
    this.at++;
    if (this.peek() === '?') this.at++; // lazy: the same language, and test() only asks whether it matches
    if (node.kind === 'bol' || node.kind === 'eol') throw new Unsupported();
    if (min > 1000 || (max !== Infinity && max > 1000)) throw new Unsupported();
    return this.quantified({ kind: 'repeat', node, min, max });
  }

  private atom(): Node {
    const c = this.source[this.at++]!;
    switch (c) {
      case '^':
        return { kind: 'bol' };
      case '$':
        return { kind: 'eol' };
      case '.': {
        const set = charSet();
        addRange(set, 0, 127);
        set[0]! &= ~((1 << 10) | (1 << 13)); // not \n, \r
        set[WIDE] = 1;
        return { kind: 'set', set };
      }
      case '(': {
        if (this.peek() === '?') {
          const named = /^\?<([A-Za-z_$][\w$]*)>/.exec(this.source.slice(this.at));
          if (this.source.startsWith('?:', this.at)) this.at += 2;
          else if (named) this.at += named[0].length;
          else throw new Unsupported(); // lookarounds, modifiers
        }
        const node = this.alternation();
        if (this.source[this.at++] !== ')') throw new Unsupported();
        return node;
      }
      case '[':
        return { kind: 'set', set: this.bracket() };
      case '\\':
        return { kind: 'set', set: this.escape(false).set };
      case ')':
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
      case '|':
        throw new Unsupported();
      default:
        return { kind: 'set', set: this.literal().set };
    }
  }

  /** The code point just read (both halves of a surrogate pair: the u flag reads code points). */
  private literal(): Member {
    const code = this.source.codePointAt(this.at - 1)!;
    if (code > 0xffff) this.at++;
    return single(code); // a non-ASCII literal matches no ASCII byte: an empty set
  }

  /** After a backslash. In a class, `\b` is a backspace. */
  private escape(inClass: boolean): Member {
    const c = this.source[this.at++];
    if (c === undefined) throw new Unsupported();
    const shorthand = classEscape(c);
    if (shorthand) return { set: shorthand, code: undefined };
    const simple: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };
    if (c in simple) return single(simple[c]!);
    if (c === '0' && !/\d/.test(this.peek() ?? '')) return single(0);
    if (c === 'b' && inClass) return single(8);
    if (c === 'x') {
      const hex = /^[0-9a-fA-F]{2}/.exec(this.source.slice(this.at));
      if (!hex) throw new Unsupported();
      this.at += 2;
      return single(parseInt(hex[0], 16));
    }
    if (c === 'u') {
      // A surrogate pair written as two \uHHHH escapes is one code point under u: not in the subset.
      const hex = /^(?:([0-9a-fA-F]{4})(?!\\u)|\{([0-9a-fA-F]{1,6})\})/.exec(this.source.slice(this.at));
      if (!hex) throw new Unsupported();
      this.at += hex[0].length;
      return single(parseInt(hex[1] ?? hex[2]!, 16));
    }
    if (c === 'c') {
      const letter = this.source[this.at++];
      if (letter === undefined || !/[A-Za-z]/.test(letter)) throw new Unsupported();
      return single(letter.charCodeAt(0) % 32);
    }
    if (SYNTAX.has(c)) return single(c.charCodeAt(0));
    throw new Unsupported(); // \b \B \1 \k \p \P and anything else
  }

  private bracket(): CharSet {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const set = charSet();
    let first = true;
    for (;;) {
      const c = this.source[this.at++];
      if (c === undefined) throw new Unsupported();
      if (c === ']' && !first) break;
      if (c === ']' || c === '[') throw new Unsupported(); // `[]` and v-flag nesting: not in the subset
      first = false;
      const from = this.classAtom(c);
      if (this.peek() === '-' && this.source[this.at + 1] !== ']' && this.source[this.at + 1] !== undefined) {
        this.at++;
        const to = this.classAtom(this.source[this.at++]!);
        if (from.code === undefined || to.code === undefined) throw new Unsupported();
        addRange(set, from.code, to.code);
      } else union(set, from.set);
    }
    return negated ? negate(set) : set;
  }

  /** One class member: a single character (with its code, for ranges) or a shorthand class. */
  private classAtom(c: string): Member {
    return c === '\\' ? this.escape(true) : this.literal();
  }
}

/** The states from which `target` is reachable, given each state's incoming edges. */
function backwards(incoming: readonly (readonly number[])[], target: number): Uint8Array {
  const found = new Uint8Array(incoming.length);
  const stack = [target];
  found[target] = 1;
  while (stack.length > 0) {
    for (const s of incoming[stack.pop()!]!) {
      if (found[s] === 0) {
        found[s] = 1;
        stack.push(s);
      }
    }
  }
  return found;
}

/** Thompson NFA: per state, ε-edges (plain, `^`-guarded, `$`-guarded) and at most one character edge. */
class Nfa {
  readonly eps: number[][] = [];
  readonly bol: number[][] = [];
  readonly eol: number[][] = [];
  readonly edgeSet: (CharSet | null)[] = [];
  readonly edgeTo: number[] = [];

  state(): number {
    if (this.eps.length >= MAX_NFA_STATES) throw new Unsupported();
    this.eps.push([]);
    this.bol.push([]);
    this.eol.push([]);
    this.edgeSet.push(null);
    this.edgeTo.push(-1);
    return this.eps.length - 1;
  }

  /** Builds `node` between two new states; returns [entry, exit]. */
  build(node: Node): [number, number] {
    const entry = this.state();
    const exit = this.state();
    switch (node.kind) {
      case 'set':
        this.edgeSet[entry] = node.set;
        this.edgeTo[entry] = exit;
        break;
      case 'bol':
        this.bol[entry]!.push(exit);
        break;
      case 'eol':
        this.eol[entry]!.push(exit);
        break;
      case 'seq': {
        let at = entry;
        for (const item of node.items) {
          const [i, o] = this.build(item);
          this.eps[at]!.push(i);
          at = o;
        }
        this.eps[at]!.push(exit);
        break;
      }
      case 'alt':
        for (const option of node.options) {
          const [i, o] = this.build(option);
          this.eps[entry]!.push(i);
          this.eps[o]!.push(exit);
        }
        break;
      case 'repeat': {
        let at = entry;
        for (let k = 0; k < node.min; k++) {
          const [i, o] = this.build(node.node);
          this.eps[at]!.push(i);
          at = o;
        }
        if (node.max === Infinity) {
          const [i, o] = this.build(node.node);
          this.eps[at]!.push(i, exit);
          this.eps[o]!.push(i, exit);
        } else {
          for (let k = node.min; k < node.max; k++) {
            const [i, o] = this.build(node.node);
            this.eps[at]!.push(i, exit);
            at = o;
          }
          this.eps[at]!.push(exit);
        }
        break;
      }
    }
    return [entry, exit];
  }

  /**
   * The states from which the end of the pattern can still be reached once past the first byte: over ε, `$`
   * and character edges (any edge, even one whose ASCII part is empty: a non-ASCII value may take it), never
   * `^`. A state outside this set can be dropped from every DFA state after the start.
   */
  live(exit: number): Uint8Array {
    const n = this.eps.length;
    const incoming: number[][] = Array.from({ length: n }, () => []);
    for (let s = 0; s < n; s++) {
      for (const t of this.eps[s]!) incoming[t]!.push(s);
      for (const t of this.eol[s]!) incoming[t]!.push(s);
      if (this.edgeSet[s]) incoming[this.edgeTo[s]!]!.push(s);
    }
    return backwards(incoming, exit);
  }

  /** The states that reach `target` over ε and `$` edges alone (so they accept at the end of the value). */
  reaching(target: number): Uint8Array {
    const n = this.eps.length;
    const incoming: number[][] = Array.from({ length: n }, () => []);
    for (let s = 0; s < n; s++) for (const t of [...this.eps[s]!, ...this.eol[s]!]) incoming[t]!.push(s);
    return backwards(incoming, target);
  }

  /** The ε-closure of `states`, through `^` edges only at the start and `$` edges only at the end. */
  closure(states: Iterable<number>, atStart: boolean, atEnd: boolean): Set<number> {
    const out = new Set<number>();
    const stack = [...states];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (out.has(s)) continue;
      out.add(s);
      stack.push(...this.eps[s]!);
      if (atStart) stack.push(...this.bol[s]!);
      if (atEnd) stack.push(...this.eol[s]!);
    }
    return out;
  }
}

/**
 * The DFA for `new RegExp(source, flags).test(value)` on ASCII values, or null when the pattern is outside the
 * subset. `test` searches: an unanchored pattern may match anywhere, so it runs as `[\s\S]*(?:P)[\s\S]*`.
 */
export function compilePatternDfa(source: string, flags: string): PatternDfa | null {
  if (flags !== 'u') return null; // Annex B's lenient syntax (no u flag) is not worth a second parser
  let node: Node;
  try {
    node = new PatternParser(source).parse();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  const any: Node = { kind: 'repeat', node: { kind: 'set', set: negate(charSet()) }, min: 0, max: Infinity };
  try {
    return determinize({ kind: 'seq', items: [any, node, any] });
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/** Subset construction over byte classes (bytes no edge tells apart), with a cap on total work. */
function determinize(root: Node): PatternDfa {
  const nfa = new Nfa();
  const [entry, exit] = nfa.build(root);
  const n = nfa.eps.length;
  const live = nfa.live(exit);
  // Past the first byte, a state accepts at the end when ε and `$` edges lead it to the exit.
  const endsHere = nfa.reaching(exit);
  const { classOf, representatives } = byteClasses(nfa.edgeSet);
  const closures: (Int32Array | undefined)[] = new Array(n);
  const closureOf = (s: number): Int32Array =>
    (closures[s] ??= Int32Array.from([...nfa.closure([s], false, false)].filter((t) => live[t] === 1)));
  const ids = new Map<string, number>();
  const sets: Int32Array[] = [new Int32Array(0)];
  const accept: number[] = [0];
  const rows: Int32Array[] = [new Int32Array(representatives.length)];
  const mark = new Int32Array(n).fill(-1);
  let work = 0;
  const intern = (states: Int32Array, acceptsNow: boolean): number => {
    const key = states.join(',');
    let id = ids.get(key);
    if (id === undefined) {
      if (sets.length >= MAX_DFA_STATES) throw new Unsupported();
      id = sets.length;
      ids.set(key, id);
      sets.push(states);
      accept.push(acceptsNow ? 1 : 0);
      rows.push(new Int32Array(representatives.length));
    }
    return id;
  };
  // The start state is the only one where `^` holds: built apart, never shared with a later equal set.
  const startSet = Int32Array.from(nfa.closure([entry], true, false)).sort();
  sets.push(startSet);
  accept.push(nfa.closure(startSet, true, true).has(exit) ? 1 : 0);
  rows.push(new Int32Array(representatives.length));
  for (let id = 1; id < sets.length; id++) {
    const from = sets[id]!;
    for (let k = 0; k < representatives.length; k++) {
      const byte = representatives[k]!;
      const next: number[] = [];
      const stamp = id * representatives.length + k;
      for (const s of from) {
        const set = nfa.edgeSet[s];
        if (!set || !has(set, byte)) continue;
        for (const t of closureOf(nfa.edgeTo[s]!)) {
          if (mark[t] === stamp) continue;
          mark[t] = stamp;
          next.push(t);
        }
      }
      work += from.length + next.length;
      if (work > MAX_WORK) throw new Unsupported();
      if (next.length === 0) continue; // 0: dead
      next.sort((x, y) => x - y);
      rows[id]![k] = intern(
        Int32Array.from(next),
        next.some((t) => endsHere[t] === 1),
      );
    }
  }
  const table = new Int32Array(rows.length * ALPHABET);
  rows.forEach((row, i) => {
    for (let byte = 0; byte < ALPHABET; byte++) table[i * ALPHABET + byte] = row[classOf[byte]!]!;
  });
  return { table, accept: Uint8Array.from(accept), start: 1 };
}

/** Groups the 128 bytes by the edges that take them: the DFA is built per group, not per byte. */
function byteClasses(edges: readonly (CharSet | null)[]): { classOf: Uint8Array; representatives: number[] } {
  const distinct = new Map<string, CharSet>();
  for (const set of edges) if (set) distinct.set(set.join(','), set);
  const sets = [...distinct.values()];
  const classOf = new Uint8Array(ALPHABET);
  const representatives: number[] = [];
  const bySignature = new Map<string, number>();
  for (let byte = 0; byte < ALPHABET; byte++) {
    const signature = sets.map((set) => (has(set, byte) ? '1' : '0')).join('');
    let id = bySignature.get(signature);
    if (id === undefined) {
      id = representatives.length;
      bySignature.set(signature, id);
      representatives.push(byte);
    }
    classOf[byte] = id;
  }
  return { classOf, representatives };
}
