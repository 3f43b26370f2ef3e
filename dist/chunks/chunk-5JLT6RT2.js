import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  CODE_COUNT,
  CODE_INDEX,
  ERROR_CODES,
  NESTED_TOO_DEEP,
  RE2JS,
  nestsDeeperThan
} from "./chunk-J6O7JMOG.js";
import {
  lineStartAt,
  readAt
} from "./chunk-CZFNJMKF.js";

// packages/engine/src/validate/schema/linear-pattern.ts
var UnsupportedPattern = class extends Error {
  constructor(pattern, reason) {
    super(`pattern ${JSON.stringify(pattern)} ${reason}`);
    this.pattern = pattern;
    this.reason = reason;
  }
  pattern;
  reason;
};
var MAX_CODE_POINT = 1114111;
var MAX_REPEAT = 1e3;
var DIGIT = [[48, 57]];
var WORD = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122]
];
var SPACE = [
  [9, 13],
  [32, 32],
  [160, 160],
  [5760, 5760],
  [8192, 8202],
  [8232, 8233],
  [8239, 8239],
  [8287, 8287],
  [12288, 12288],
  [65279, 65279]
];
var LINE_TERMINATORS = [
  [10, 10],
  [13, 13],
  [8232, 8233]
];
function complement(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out = [];
  let next = 0;
  for (const [from, to] of sorted) {
    if (from > next) out.push([next, from - 1]);
    next = Math.max(next, to + 1);
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}
function codePoint(code) {
  return `\\x{${code.toString(16)}}`;
}
function rangeText([from, to]) {
  return from === to ? codePoint(from) : `${codePoint(from)}-${codePoint(to)}`;
}
function classText(ranges) {
  return ranges.length === 0 ? `[^${rangeText([0, MAX_CODE_POINT])}]` : `[${ranges.map(rangeText).join("")}]`;
}
var SHORTHAND = { d: DIGIT, w: WORD, s: SPACE };
var CATEGORY_NAMES = {
  Letter: "L",
  Cased_Letter: "LC",
  Uppercase_Letter: "Lu",
  Lowercase_Letter: "Ll",
  Titlecase_Letter: "Lt",
  Modifier_Letter: "Lm",
  Other_Letter: "Lo",
  Mark: "M",
  Combining_Mark: "M",
  Nonspacing_Mark: "Mn",
  Spacing_Mark: "Mc",
  Enclosing_Mark: "Me",
  Number: "N",
  Decimal_Number: "Nd",
  digit: "Nd",
  Letter_Number: "Nl",
  Other_Number: "No",
  Punctuation: "P",
  punct: "P",
  Connector_Punctuation: "Pc",
  Dash_Punctuation: "Pd",
  Open_Punctuation: "Ps",
  Close_Punctuation: "Pe",
  Initial_Punctuation: "Pi",
  Final_Punctuation: "Pf",
  Other_Punctuation: "Po",
  Symbol: "S",
  Math_Symbol: "Sm",
  Currency_Symbol: "Sc",
  Modifier_Symbol: "Sk",
  Other_Symbol: "So",
  Separator: "Z",
  Space_Separator: "Zs",
  Line_Separator: "Zl",
  Paragraph_Separator: "Zp",
  Other: "C",
  Control: "Cc",
  cntrl: "Cc",
  Format: "Cf",
  Surrogate: "Cs",
  Private_Use: "Co",
  Unassigned: "Cn"
};
var Translator = class {
  constructor(source) {
    this.source = source;
  }
  source;
  at = 0;
  translate() {
    const out = this.alternation();
    if (this.at !== this.source.length) throw new Error(`unexpected ${this.source[this.at]} in a pattern`);
    return out;
  }
  refuse(reason) {
    throw new UnsupportedPattern(this.source, reason);
  }
  peek(offset = 0) {
    return this.source[this.at + offset];
  }
  startsWith(text) {
    return this.source.startsWith(text, this.at);
  }
  alternation() {
    const options = [this.sequence()];
    while (this.peek() === "|") {
      this.at++;
      options.push(this.sequence());
    }
    return options.join("|");
  }
  sequence() {
    let out = "";
    for (let c = this.peek(); c !== void 0 && c !== "|" && c !== ")"; c = this.peek()) {
      out += this.quantified(this.atom());
    }
    return out;
  }
  quantified(atom) {
    const c = this.peek();
    let quantifier;
    if (c === "*" || c === "+" || c === "?") {
      quantifier = c;
      this.at++;
    } else if (c === "{") {
      const braces = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at));
      if (!braces) throw new Error("a brace that is not a quantifier in a u-mode pattern");
      const [written, min, comma, max] = braces;
      if (Number(min) > MAX_REPEAT || max !== void 0 && max !== "" && Number(max) > MAX_REPEAT)
        this.refuse(`repeats ${written}: more than ${MAX_REPEAT} repetitions are not supported`);
      quantifier = `{${Number(min)}${comma ?? ""}${max ? Number(max) : ""}}`;
      this.at += written.length;
    } else return atom;
    if (this.peek() === "?") {
      quantifier += "?";
      this.at++;
    }
    return `${atom}${quantifier}`;
  }
  atom() {
    const c = this.source[this.at++];
    switch (c) {
      case "^":
      case "$":
        return c;
      case ".":
        return classText(complement(LINE_TERMINATORS));
      case "(":
        return this.group();
      case "[":
        return this.bracket();
      case "\\":
        return this.atomEscape();
      default:
        return classText(this.literal(c));
    }
  }
  group() {
    if (this.peek() === "?") {
      if (this.startsWith("?=") || this.startsWith("?!")) this.refuse("uses a lookahead ((?= or (?!)");
      if (this.startsWith("?<=") || this.startsWith("?<!")) this.refuse("uses a lookbehind ((?<= or (?<!)");
      const named = /^\?<[^>]+>/.exec(this.source.slice(this.at));
      if (this.startsWith("?:")) this.at += 2;
      else if (named) this.at += named[0].length;
      else this.refuse("uses a pattern modifier ((?i: and the like)");
    }
    const inner = this.alternation();
    if (this.source[this.at++] !== ")") throw new Error("an unclosed group in a pattern");
    return `(?:${inner})`;
  }
  /** The code point starting just before `at` (both halves of a surrogate pair: the u flag reads code points). */
  literal(c) {
    const code = c.codePointAt(0);
    const pair = this.source.codePointAt(this.at - 1);
    if (pair > 65535) {
      this.at++;
      return [[pair, pair]];
    }
    return [[code, code]];
  }
  atomEscape() {
    const c = this.peek();
    if (c === "b" || c === "B") {
      this.at++;
      return `\\${c}`;
    }
    if (c !== void 0 && /[1-9]/.test(c)) this.refuse(`uses a backreference (\\${c})`);
    if (c === "k") this.refuse("uses a backreference (\\k<name>)");
    const item = this.escape(false);
    return typeof item === "string" ? `[${item}]` : classText(item);
  }
  /** After a backslash: a character, a shorthand class or a property. In a class, `\b` is a backspace. */
  escape(inClass) {
    const c = this.source[this.at++];
    if (c === void 0) throw new Error("a pattern ending in a backslash");
    const shorthand = SHORTHAND[c.toLowerCase()];
    if (shorthand) return c === c.toLowerCase() ? shorthand : complement(shorthand);
    const simple = { t: 9, n: 10, v: 11, f: 12, r: 13, "0": 0 };
    const one = (code) => [[code, code]];
    if (c in simple) return one(simple[c]);
    if (c === "b" && inClass) return one(8);
    if (c === "c") return one(this.source.charCodeAt(this.at++) % 32);
    if (c === "x") {
      this.at += 2;
      return one(parseInt(this.source.slice(this.at - 2, this.at), 16));
    }
    if (c === "u") return one(this.unicodeEscape());
    if (c === "p" || c === "P") return this.property(c === "P");
    return one(c.codePointAt(0));
  }
  /** `\u{…}`, `\uHHHH`, or a surrogate pair written as two `\uHHHH` (one code point under the u flag). */
  unicodeEscape() {
    if (this.peek() === "{") {
      const end = this.source.indexOf("}", this.at);
      const code2 = parseInt(this.source.slice(this.at + 1, end), 16);
      this.at = end + 1;
      return code2;
    }
    const code = parseInt(this.source.slice(this.at, this.at + 4), 16);
    this.at += 4;
    const low = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(this.source.slice(this.at));
    if (code >= 55296 && code <= 56319 && low) {
      this.at += low[0].length;
      return 65536 + (code - 55296 << 10) + (parseInt(low[1], 16) - 56320);
    }
    return code;
  }
  property(negated) {
    const end = this.source.indexOf("}", this.at);
    const written = this.source.slice(this.at + 1, end);
    this.at = end + 1;
    const [key, value3] = written.includes("=") ? written.split("=") : [void 0, written];
    let name = value3;
    if (key === "General_Category" || key === "gc" || key === void 0) name = CATEGORY_NAMES[name] ?? name;
    else if (key !== "Script" && key !== "sc")
      this.refuse(`uses the Unicode property \\p{${written}}, which is not supported`);
    const ranges = name === "ASCII" ? [[0, 127]] : name === "Any" ? [[0, MAX_CODE_POINT]] : void 0;
    if (ranges) return negated ? complement(ranges) : ranges;
    const text = `\\${negated ? "P" : "p"}{${name}}`;
    try {
      RE2JS.compile(text);
    } catch {
      this.refuse(`uses the Unicode property \\p{${written}}, which is not supported`);
    }
    return text;
  }
  bracket() {
    const negated = this.peek() === "^";
    if (negated) this.at++;
    const ranges = [];
    const properties = [];
    for (; ; ) {
      const c = this.source[this.at++];
      if (c === void 0) throw new Error("an unclosed class in a pattern");
      if (c === "]") break;
      const from = this.classAtom(c);
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== void 0) {
        this.at++;
        const to = this.classAtom(this.source[this.at++]);
        ranges.push([from[0][0], to[0][0]]);
      } else if (typeof from === "string") properties.push(from);
      else ranges.push(...from);
    }
    if (properties.length === 0) return classText(negated ? complement(ranges) : ranges);
    return `[${negated ? "^" : ""}${ranges.map(rangeText).join("")}${properties.join("")}]`;
  }
  classAtom(c) {
    return c === "\\" ? this.escape(true) : this.literal(c);
  }
};
function re2Source(pattern) {
  new RegExp(pattern, "u");
  const translated = new Translator(pattern).translate();
  try {
    RE2JS.compile(translated);
  } catch (error) {
    throw new UnsupportedPattern(
      pattern,
      `is too large for the linear-time engine: ${error.message}`
    );
  }
  return translated;
}
function compileLinearPattern(re2) {
  const compiled = RE2JS.compile(re2);
  return { test: (text) => compiled.test(text) };
}
var linearRegExpEngine = Object.assign(
  (pattern, flags) => {
    if (flags !== "u")
      throw new Error(`patterns are compiled with the u flag (got ${JSON.stringify(flags)})`);
    const compiled = compileLinearPattern(re2Source(pattern));
    const key = `/${pattern}/${flags}`;
    return { test: compiled.test, toString: () => key };
  },
  // ajv writes this into standalone code it generates; mlgate never generates any.
  { code: "linearRegExpEngine" }
);

// packages/engine/src/validate/schema/pattern-dfa.ts
var MAX_NFA_STATES = 4096;
var MAX_DFA_STATES = 2048;
var MAX_WORK = 4e6;
var ALPHABET = 128;
var WIDE = 4;
var Unsupported = class extends Error {
};
function single(code) {
  const set = charSet();
  addRange(set, code, code);
  return { set, code };
}
function charSet() {
  return new Uint32Array(5);
}
function addRange(set, from, to) {
  for (let c = Math.max(0, from); c <= Math.min(to, ALPHABET - 1); c++) set[c >>> 5] |= 1 << (c & 31);
  if (to >= ALPHABET) set[WIDE] = 1;
}
function negate(set) {
  const out = charSet();
  for (let i = 0; i < 4; i++) out[i] = ~set[i];
  out[WIDE] = 1;
  return out;
}
function union(into, from) {
  for (let i = 0; i <= WIDE; i++) into[i] |= from[i];
}
function has(set, c) {
  return (set[c >>> 5] & 1 << (c & 31)) !== 0;
}
function classEscape(letter) {
  const set = charSet();
  switch (letter.toLowerCase()) {
    case "d":
      addRange(set, 48, 57);
      break;
    case "w":
      addRange(set, 48, 57);
      addRange(set, 65, 90);
      addRange(set, 97, 122);
      addRange(set, 95, 95);
      break;
    case "s":
      addRange(set, 9, 13);
      addRange(set, 32, 32);
      set[WIDE] = 1;
      break;
    default:
      return void 0;
  }
  return letter === letter.toUpperCase() ? negate(set) : set;
}
var SYNTAX = new Set("^$\\.*+?()[]{}|/-".split(""));
var PatternParser = class {
  constructor(source) {
    this.source = source;
  }
  source;
  at = 0;
  parse() {
    const node = this.alternation();
    if (this.at !== this.source.length) throw new Unsupported();
    return node;
  }
  peek() {
    return this.source[this.at];
  }
  alternation() {
    const options = [this.sequence()];
    while (this.peek() === "|") {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0] : { kind: "alt", options };
  }
  sequence() {
    const items = [];
    for (let c = this.peek(); c !== void 0 && c !== "|" && c !== ")"; c = this.peek()) {
      items.push(this.quantified(this.atom()));
    }
    return { kind: "seq", items };
  }
  quantified(node) {
    let min;
    let max;
    const c = this.peek();
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!braces) throw new Unsupported();
      min = Number(braces[1]);
      max = braces[2] === void 0 ? min : braces[3] === "" ? Infinity : Number(braces[3]);
      this.at += braces[0].length - 1;
    } else return node;
    this.at++;
    if (this.peek() === "?") this.at++;
    if (node.kind === "bol" || node.kind === "eol") throw new Unsupported();
    if (min > 1e3 || max !== Infinity && max > 1e3) throw new Unsupported();
    return this.quantified({ kind: "repeat", node, min, max });
  }
  atom() {
    const c = this.source[this.at++];
    switch (c) {
      case "^":
        return { kind: "bol" };
      case "$":
        return { kind: "eol" };
      case ".": {
        const set = charSet();
        addRange(set, 0, 127);
        set[0] &= ~(1 << 10 | 1 << 13);
        set[WIDE] = 1;
        return { kind: "set", set };
      }
      case "(": {
        if (this.peek() === "?") {
          const named = /^\?<([A-Za-z_$][\w$]*)>/.exec(this.source.slice(this.at));
          if (this.source.startsWith("?:", this.at)) this.at += 2;
          else if (named) this.at += named[0].length;
          else throw new Unsupported();
        }
        const node = this.alternation();
        if (this.source[this.at++] !== ")") throw new Unsupported();
        return node;
      }
      case "[":
        return { kind: "set", set: this.bracket() };
      case "\\":
        return { kind: "set", set: this.escape(false).set };
      case ")":
      case "*":
      case "+":
      case "?":
      case "{":
      case "}":
      case "]":
      case "|":
        throw new Unsupported();
      default:
        return { kind: "set", set: this.literal().set };
    }
  }
  /** The code point just read (both halves of a surrogate pair: the u flag reads code points). */
  literal() {
    const code = this.source.codePointAt(this.at - 1);
    if (code > 65535) this.at++;
    return single(code);
  }
  /** After a backslash. In a class, `\b` is a backspace. */
  escape(inClass) {
    const c = this.source[this.at++];
    if (c === void 0) throw new Unsupported();
    const shorthand = classEscape(c);
    if (shorthand) return { set: shorthand, code: void 0 };
    const simple = { t: 9, n: 10, v: 11, f: 12, r: 13 };
    if (c in simple) return single(simple[c]);
    if (c === "0" && !/\d/.test(this.peek() ?? "")) return single(0);
    if (c === "b" && inClass) return single(8);
    if (c === "x") {
      const hex = /^[0-9a-fA-F]{2}/.exec(this.source.slice(this.at));
      if (!hex) throw new Unsupported();
      this.at += 2;
      return single(parseInt(hex[0], 16));
    }
    if (c === "u") {
      const hex = /^(?:([0-9a-fA-F]{4})(?!\\u)|\{([0-9a-fA-F]{1,6})\})/.exec(this.source.slice(this.at));
      if (!hex) throw new Unsupported();
      this.at += hex[0].length;
      return single(parseInt(hex[1] ?? hex[2], 16));
    }
    if (c === "c") {
      const letter = this.source[this.at++];
      if (letter === void 0 || !/[A-Za-z]/.test(letter)) throw new Unsupported();
      return single(letter.charCodeAt(0) % 32);
    }
    if (SYNTAX.has(c)) return single(c.charCodeAt(0));
    throw new Unsupported();
  }
  bracket() {
    const negated = this.peek() === "^";
    if (negated) this.at++;
    const set = charSet();
    let first = true;
    for (; ; ) {
      const c = this.source[this.at++];
      if (c === void 0) throw new Unsupported();
      if (c === "]" && !first) break;
      if (c === "]" || c === "[") throw new Unsupported();
      first = false;
      const from = this.classAtom(c);
      if (this.peek() === "-" && this.source[this.at + 1] !== "]" && this.source[this.at + 1] !== void 0) {
        this.at++;
        const to = this.classAtom(this.source[this.at++]);
        if (from.code === void 0 || to.code === void 0) throw new Unsupported();
        addRange(set, from.code, to.code);
      } else union(set, from.set);
    }
    return negated ? negate(set) : set;
  }
  /** One class member: a single character (with its code, for ranges) or a shorthand class. */
  classAtom(c) {
    return c === "\\" ? this.escape(true) : this.literal();
  }
};
function backwards(incoming, target) {
  const found = new Uint8Array(incoming.length);
  const stack = [target];
  found[target] = 1;
  while (stack.length > 0) {
    for (const s of incoming[stack.pop()]) {
      if (found[s] === 0) {
        found[s] = 1;
        stack.push(s);
      }
    }
  }
  return found;
}
var Nfa = class {
  eps = [];
  bol = [];
  eol = [];
  edgeSet = [];
  edgeTo = [];
  state() {
    if (this.eps.length >= MAX_NFA_STATES) throw new Unsupported();
    this.eps.push([]);
    this.bol.push([]);
    this.eol.push([]);
    this.edgeSet.push(null);
    this.edgeTo.push(-1);
    return this.eps.length - 1;
  }
  /** Builds `node` between two new states; returns [entry, exit]. */
  build(node) {
    const entry = this.state();
    const exit = this.state();
    switch (node.kind) {
      case "set":
        this.edgeSet[entry] = node.set;
        this.edgeTo[entry] = exit;
        break;
      case "bol":
        this.bol[entry].push(exit);
        break;
      case "eol":
        this.eol[entry].push(exit);
        break;
      case "seq": {
        let at = entry;
        for (const item of node.items) {
          const [i, o] = this.build(item);
          this.eps[at].push(i);
          at = o;
        }
        this.eps[at].push(exit);
        break;
      }
      case "alt":
        for (const option of node.options) {
          const [i, o] = this.build(option);
          this.eps[entry].push(i);
          this.eps[o].push(exit);
        }
        break;
      case "repeat": {
        let at = entry;
        for (let k = 0; k < node.min; k++) {
          const [i, o] = this.build(node.node);
          this.eps[at].push(i);
          at = o;
        }
        if (node.max === Infinity) {
          const [i, o] = this.build(node.node);
          this.eps[at].push(i, exit);
          this.eps[o].push(i, exit);
        } else {
          for (let k = node.min; k < node.max; k++) {
            const [i, o] = this.build(node.node);
            this.eps[at].push(i, exit);
            at = o;
          }
          this.eps[at].push(exit);
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
  live(exit) {
    const n = this.eps.length;
    const incoming = Array.from({ length: n }, () => []);
    for (let s = 0; s < n; s++) {
      for (const t of this.eps[s]) incoming[t].push(s);
      for (const t of this.eol[s]) incoming[t].push(s);
      if (this.edgeSet[s]) incoming[this.edgeTo[s]].push(s);
    }
    return backwards(incoming, exit);
  }
  /** The states that reach `target` over ε and `$` edges alone (so they accept at the end of the value). */
  reaching(target) {
    const n = this.eps.length;
    const incoming = Array.from({ length: n }, () => []);
    for (let s = 0; s < n; s++) for (const t of [...this.eps[s], ...this.eol[s]]) incoming[t].push(s);
    return backwards(incoming, target);
  }
  /** The ε-closure of `states`, through `^` edges only at the start and `$` edges only at the end. */
  closure(states, atStart, atEnd) {
    const out = /* @__PURE__ */ new Set();
    const stack = [...states];
    while (stack.length > 0) {
      const s = stack.pop();
      if (out.has(s)) continue;
      out.add(s);
      stack.push(...this.eps[s]);
      if (atStart) stack.push(...this.bol[s]);
      if (atEnd) stack.push(...this.eol[s]);
    }
    return out;
  }
};
function compilePatternDfa(source, flags) {
  if (flags !== "u") return null;
  let node;
  try {
    node = new PatternParser(source).parse();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  const any = { kind: "repeat", node: { kind: "set", set: negate(charSet()) }, min: 0, max: Infinity };
  try {
    return determinize({ kind: "seq", items: [any, node, any] });
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
function determinize(root) {
  const nfa = new Nfa();
  const [entry, exit] = nfa.build(root);
  const n = nfa.eps.length;
  const live = nfa.live(exit);
  const endsHere = nfa.reaching(exit);
  const { classOf, representatives } = byteClasses(nfa.edgeSet);
  const closures = new Array(n);
  const closureOf = (s) => closures[s] ??= Int32Array.from([...nfa.closure([s], false, false)].filter((t) => live[t] === 1));
  const ids = /* @__PURE__ */ new Map();
  const sets = [new Int32Array(0)];
  const accept = [0];
  const rows = [new Int32Array(representatives.length)];
  const mark = new Int32Array(n).fill(-1);
  let work = 0;
  const intern = (states, acceptsNow) => {
    const key = states.join(",");
    let id = ids.get(key);
    if (id === void 0) {
      if (sets.length >= MAX_DFA_STATES) throw new Unsupported();
      id = sets.length;
      ids.set(key, id);
      sets.push(states);
      accept.push(acceptsNow ? 1 : 0);
      rows.push(new Int32Array(representatives.length));
    }
    return id;
  };
  const startSet = Int32Array.from(nfa.closure([entry], true, false)).sort();
  sets.push(startSet);
  accept.push(nfa.closure(startSet, true, true).has(exit) ? 1 : 0);
  rows.push(new Int32Array(representatives.length));
  for (let id = 1; id < sets.length; id++) {
    const from = sets[id];
    for (let k = 0; k < representatives.length; k++) {
      const byte = representatives[k];
      const next = [];
      const stamp = id * representatives.length + k;
      for (const s of from) {
        const set = nfa.edgeSet[s];
        if (!set || !has(set, byte)) continue;
        for (const t of closureOf(nfa.edgeTo[s])) {
          if (mark[t] === stamp) continue;
          mark[t] = stamp;
          next.push(t);
        }
      }
      work += from.length + next.length;
      if (work > MAX_WORK) throw new Unsupported();
      if (next.length === 0) continue;
      next.sort((x, y) => x - y);
      rows[id][k] = intern(
        Int32Array.from(next),
        next.some((t) => endsHere[t] === 1)
      );
    }
  }
  const table = new Int32Array(rows.length * ALPHABET);
  rows.forEach((row, i) => {
    for (let byte = 0; byte < ALPHABET; byte++) table[i * ALPHABET + byte] = row[classOf[byte]];
  });
  return { table, accept: Uint8Array.from(accept), start: 1 };
}
function byteClasses(edges) {
  const distinct = /* @__PURE__ */ new Map();
  for (const set of edges) if (set) distinct.set(set.join(","), set);
  const sets = [...distinct.values()];
  const classOf = new Uint8Array(ALPHABET);
  const representatives = [];
  const bySignature = /* @__PURE__ */ new Map();
  for (let byte = 0; byte < ALPHABET; byte++) {
    const signature = sets.map((set) => has(set, byte) ? "1" : "0").join("");
    let id = bySignature.get(signature);
    if (id === void 0) {
      id = representatives.length;
      bySignature.set(signature, id);
      representatives.push(byte);
    }
    classOf[byte] = id;
  }
  return { classOf, representatives };
}

// packages/engine/src/validate/schema/check-plan.ts
function patternSource(source, name) {
  return {
    source,
    flags: "u",
    ...name === void 0 ? {} : { name },
    dfa: compilePatternDfa(source, "u"),
    re2: re2Source(source)
  };
}
function builtinPatternSource(source, flags, name) {
  return { source, flags, name, dfa: compilePatternDfa(source, flags), builtin: true };
}
function patternMatcher(pattern) {
  if (pattern.re2 !== void 0) return compileLinearPattern(pattern.re2);
  if (pattern.builtin) return new RegExp(pattern.source, pattern.flags);
  throw new Error(`pattern ${pattern.source} has neither an RE2 form nor a built-in RegExp`);
}
var DEFAULT_TRUE_VALUES = ["true", "True", "TRUE", "1"];
var DEFAULT_FALSE_VALUES = ["false", "False", "FALSE", "0"];
function defaultColumn(name, kind, origin) {
  return {
    name,
    kind,
    integralNumbersAreIntegers: false,
    missingValues: [""],
    required: false,
    unique: false,
    trueValues: DEFAULT_TRUE_VALUES,
    falseValues: DEFAULT_FALSE_VALUES,
    decimalChar: ".",
    groupChar: "",
    bareNumber: true,
    origin
  };
}

// packages/engine/src/validate/checks/cell-kernel/csv-bytes.ts
var QUOTE = 34;
var NL = 10;
var CR = 13;

// packages/engine/src/validate/checks/cell-kernel/kernel-plan.ts
var KIND = {
  string: 0,
  number: 1,
  integer: 2,
  boolean: 3,
  date: 4,
  datetime: 5,
  time: 6,
  year: 7,
  yearmonth: 8,
  duration: 9,
  object: 10,
  array: 11,
  geopoint: 12,
  any: 13
};
var encoder = new TextEncoder();
function bytesOf(values) {
  return values.map((v) => encoder.encode(v));
}
function prepare(plan) {
  const n = plan.columns.length;
  const nan = () => new Float64Array(n).fill(NaN);
  const p = {
    plan,
    n,
    kinds: Int32Array.from(plan.columns, (c) => KIND[c.kind]),
    required: new Uint8Array(n),
    onlyEmptyMissing: new Uint8Array(n),
    missing: [],
    min: nan(),
    max: nan(),
    exMin: nan(),
    exMax: nan(),
    minLen: nan(),
    maxLen: nan(),
    pattern: [],
    format: [],
    patternDfa: [],
    formatDfa: [],
    plainText: new Uint8Array(n),
    temporalFormat: [],
    enumBytes: [],
    enumNumbers: [],
    trueValues: [],
    falseValues: [],
    customNumber: new Uint8Array(n),
    integral: new Uint8Array(n),
    keyed: new Uint8Array(n),
    fused: new Uint8Array(n),
    special: new Uint8Array(256),
    TYPE: plan.codes["type-error"],
    CONSTRAINT: plan.codes["constraint-error"],
    MISSING: plan.codes["missing-cell"],
    EXTRA: plan.codes["extra-cell"],
    BLANK: plan.codes["blank-row"],
    ENCODING: plan.codes["encoding-error"],
    FORMAT: plan.codes["format-error"]
  };
  p.special[plan.delimiter] = 1;
  p.special[NL] = 1;
  p.special[CR] = 1;
  p.special[QUOTE] = 1;
  plan.columns.forEach((c, i) => {
    p.required[i] = c.required ? 1 : 0;
    p.onlyEmptyMissing[i] = c.missingValues.length === 1 && c.missingValues[0] === "" ? 1 : 0;
    p.missing.push(bytesOf(c.missingValues));
    if (c.minimum !== void 0) p.min[i] = c.minimum;
    if (c.maximum !== void 0) p.max[i] = c.maximum;
    if (c.exclusiveMinimum !== void 0) p.exMin[i] = c.exclusiveMinimum;
    if (c.exclusiveMaximum !== void 0) p.exMax[i] = c.exclusiveMaximum;
    if (c.minLength !== void 0) p.minLen[i] = c.minLength;
    if (c.maxLength !== void 0) p.maxLen[i] = c.maxLength;
    p.pattern.push(c.pattern ? patternMatcher(c.pattern) : null);
    p.patternDfa.push(c.pattern?.dfa ?? null);
    const f = c.format;
    p.format.push(f && typeof f === "object" ? patternMatcher(f) : null);
    p.formatDfa.push(f && typeof f === "object" ? f.dfa ?? null : null);
    p.temporalFormat.push(typeof f === "string" ? f : null);
    const isString = c.kind === "string";
    p.enumBytes.push(c.enum && isString ? bytesOf(c.enum) : null);
    p.plainText[i] = isString && c.format === void 0 && c.minLength === void 0 && c.maxLength === void 0 && c.enum === void 0 && p.onlyEmptyMissing[i] === 1 && (c.pattern === void 0 || (c.pattern.dfa ?? null) !== null) ? 1 : 0;
    p.enumNumbers.push(c.enum && !isString ? new Set(c.enum) : null);
    p.trueValues.push(bytesOf(c.trueValues));
    p.falseValues.push(bytesOf(c.falseValues));
    p.customNumber[i] = c.decimalChar !== "." || c.groupChar !== "" || !c.bareNumber ? 1 : 0;
    p.integral[i] = c.integralNumbersAreIntegers ? 1 : 0;
    const numeric = c.kind === "number" || c.kind === "integer" || c.kind === "year";
    if (numeric && p.onlyEmptyMissing[i] === 1 && p.customNumber[i] === 0) {
      p.fused[i] = c.kind === "number" || c.integralNumbersAreIntegers ? 1 : 2;
    }
  });
  for (const key of plan.keys) for (const c of key) p.keyed[c] = 1;
  return p;
}

// packages/engine/src/validate/checks/cell-kernel/csv-range.ts
import { isUtf8 as isUtf82 } from "node:buffer";
import { closeSync, openSync } from "node:fs";

// packages/engine/src/validate/checks/cell-kernel/key-hash.ts
var f64 = new Float64Array(1);
var u32 = new Uint32Array(f64.buffer);
function fmix(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return h ^ h >>> 16;
}
function hashBytesInto(hi, lo, slot, buf, s, e) {
  let h1 = 2538058380 ^ e - s;
  let h2 = 2246822507 ^ e - s;
  for (let i = s; i < e; i++) {
    const b = buf[i];
    h1 = Math.imul(h1 ^ b, 16777619);
    h2 = Math.imul(h2 ^ b, 1540483477);
    h2 ^= h2 >>> 15;
  }
  hi[slot] = fmix(h1 ^ Math.imul(h2, 668265261));
  lo[slot] = fmix(h2 + Math.imul(h1, 374761393));
}
function hashNumberInto(hi, lo, slot, value3) {
  f64[0] = value3 === 0 ? 0 : value3;
  hi[slot] = fmix(u32[1] ^ 1013904242);
  lo[slot] = fmix(Math.imul(u32[0], 2654435761) ^ u32[1]);
}

// packages/engine/src/validate/schema/temporal-values.ts
function daysFromCivil(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
var MINUS = 45;
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var ISO_TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?$/;
var ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;
function isoDateDays(buf, s, e) {
  if (e - s !== 10 || buf[s + 4] !== MINUS || buf[s + 7] !== MINUS) return NaN;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d3 = buf[s + i] - 48;
    if (d3 < 0 || d3 > 9) return NaN;
    y = y * 10 + d3;
  }
  const m1 = buf[s + 5] - 48;
  const m2 = buf[s + 6] - 48;
  const d1 = buf[s + 8] - 48;
  const d2 = buf[s + 9] - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return NaN;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return daysFromCivil(y, m, d);
}
function isoTimeSeconds(text) {
  const m = ISO_TIME.exec(text);
  if (!m) return NaN;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const sec = Number(m[3]);
  if (h > 23 || mi > 59 || sec > 60) return NaN;
  return h * 3600 + mi * 60 + sec + (m[4] ? Number(`0.${m[4]}`) : 0);
}
function isoDatetimeMillis(text) {
  const m = ISO_DATETIME.exec(text);
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const sec = Number(m[6]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 60) return NaN;
  const offset = m[9] ? (m[9] === "-" ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) * 60 : 0;
  return (daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec + (m[7] ? Number(`0.${m[7]}`) : 0) - offset) * 1e3;
}
function temporalPatternValue(pattern, kind, text) {
  const m = new RegExp(pattern.source).exec(text);
  if (!m) return NaN;
  const part = (index, fallback) => index > 0 ? Number(m[index]) : fallback;
  let y = part(pattern.year, 1970);
  if (pattern.twoDigitYear) y += y < 69 ? 2e3 : 1900;
  const mo = part(pattern.month, 1);
  const d = part(pattern.day, 1);
  const h = part(pattern.hour, 0);
  const mi = part(pattern.minute, 0);
  const sec = part(pattern.second, 0) + (pattern.fraction > 0 ? Number(`0.${m[pattern.fraction]}`) : 0);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec >= 61) return NaN;
  if (kind === "date") return daysFromCivil(y, mo, d);
  if (kind === "time") return h * 3600 + mi * 60 + sec;
  return (daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec) * 1e3;
}
var orUndefined = (value3) => value3 === value3 ? value3 : void 0;
function isoDateToDays(text) {
  const m = ISO_DATE.exec(text);
  if (!m) return void 0;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return void 0;
  return daysFromCivil(y, mo, d);
}
function isoTimeToSeconds(text) {
  return orUndefined(isoTimeSeconds(text));
}
function isoDatetimeToMillis(text) {
  return orUndefined(isoDatetimeMillis(text));
}
function repeatedTemporalDirective(format) {
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== "%") continue;
    const directive = format[++i];
    if (directive === void 0 || directive === "%") continue;
    const key = directive === "y" ? "Y" : directive;
    if (seen.has(key)) return directive;
    seen.add(key);
  }
  return void 0;
}
function compileTemporalPattern(format) {
  if (repeatedTemporalDirective(format) !== void 0) return void 0;
  const groups = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, fraction: 0 };
  let twoDigitYear = false;
  let index = 0;
  let source = "^";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== "%") {
      source += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      continue;
    }
    const directive = format[++i];
    const group = (key, pattern) => {
      groups[key] = ++index;
      source += `(${pattern})`;
    };
    switch (directive) {
      case "Y":
        group("year", "\\d{4}");
        break;
      case "y":
        group("year", "\\d{2}");
        twoDigitYear = true;
        break;
      case "m":
        group("month", "\\d{1,2}");
        break;
      case "d":
        group("day", "\\d{1,2}");
        break;
      case "H":
        group("hour", "\\d{1,2}");
        break;
      case "M":
        group("minute", "\\d{1,2}");
        break;
      case "S":
        group("second", "\\d{1,2}");
        break;
      case "f":
        group("fraction", "\\d{1,9}");
        break;
      case "z":
        source += "(?:Z|[+-]\\d{2}:?\\d{2})?";
        break;
      case "%":
        source += "%";
        break;
      default:
        return void 0;
    }
  }
  return { source: `${source}$`, ...groups, twoDigitYear };
}

// packages/engine/src/profile/category-table.ts
var utf8Slice = Buffer.prototype.utf8Slice;
var CategoryTable = class {
  constructor(bound) {
    this.bound = bound;
    const size = Math.min(1 << 12, nextPowerOfTwo(bound * 4));
    this.slots = new Int32Array(size).fill(-1);
    this.slotHi = new Int32Array(size);
    this.slotLo = new Int32Array(size);
    this.mask = size - 1;
  }
  bound;
  texts = [];
  counts = [];
  /** Per entry, its hash halves (hashed entries) or 0, 0. */
  entryHi = [];
  entryLo = [];
  byText = /* @__PURE__ */ new Map();
  slots;
  slotHi;
  slotLo;
  mask;
  other = 0;
  otherDistinct = 0;
  saturated = false;
  /** A value given as bytes with its hash (hi, lo). */
  addHashed(hi, lo, buf, s, e) {
    let slot = lo & this.mask;
    for (; ; ) {
      const entry2 = this.slots[slot];
      if (entry2 < 0) break;
      if (this.slotHi[slot] === hi && this.slotLo[slot] === lo) {
        this.counts[entry2] += 1;
        return;
      }
      slot = slot + 1 & this.mask;
    }
    if (this.saturated) {
      this.other += 1;
      return;
    }
    const entry = this.push(utf8Slice.call(buf, s, e), 1, hi, lo);
    this.place(slot, entry, hi, lo);
    this.afterInsert();
  }
  addText(value3, count) {
    const entry = this.byText.get(value3);
    if (entry !== void 0) {
      this.counts[entry] += count;
      return;
    }
    if (this.saturated) {
      this.other += count;
      return;
    }
    this.byText.set(value3, this.push(value3, count, 0, 0));
    this.afterInsert();
  }
  result() {
    const merged = /* @__PURE__ */ new Map();
    let other = this.other;
    let otherDistinct = this.otherDistinct;
    for (let i = 0; i < this.texts.length; i++) {
      if (this.saturated && this.counts[i] === 1) {
        other += 1;
        otherDistinct += 1;
        continue;
      }
      merged.set(this.texts[i], (merged.get(this.texts[i]) ?? 0) + this.counts[i]);
    }
    return {
      values: [...merged.keys()],
      counts: [...merged.values()],
      other,
      otherDistinct
    };
  }
  push(text, count, hi, lo) {
    this.texts.push(text);
    this.counts.push(count);
    this.entryHi.push(hi);
    this.entryLo.push(lo);
    return this.texts.length - 1;
  }
  place(slot, entry, hi, lo) {
    this.slots[slot] = entry;
    this.slotHi[slot] = hi;
    this.slotLo[slot] = lo;
  }
  afterInsert() {
    const size = this.texts.length;
    if (size >= this.bound * 2) {
      this.fold();
      this.saturated = true;
    } else if (size * 2 > this.slots.length) this.rehash(this.slots.length * 2);
  }
  /** Keeps the `bound` heaviest entries; the rest become `other`. */
  fold() {
    const order = this.counts.map((_, i) => i).sort((a, b) => this.counts[b] - this.counts[a]);
    const kept = order.slice(0, this.bound);
    for (const i of order.slice(this.bound)) {
      this.other += this.counts[i];
      this.otherDistinct += 1;
    }
    const hashed = new Set(this.byText.values());
    const texts = kept.map((i) => this.texts[i]);
    const counts = kept.map((i) => this.counts[i]);
    const his = kept.map((i) => this.entryHi[i]);
    const los = kept.map((i) => this.entryLo[i]);
    const fromText = kept.map((i) => hashed.has(i));
    this.texts = texts;
    this.counts = counts;
    this.entryHi = his;
    this.entryLo = los;
    this.byText.clear();
    fromText.forEach((isText, i) => {
      if (isText) this.byText.set(texts[i], i);
    });
    this.rehash(this.slots.length, fromText);
  }
  rehash(size, fromText) {
    this.slots = new Int32Array(size).fill(-1);
    this.slotHi = new Int32Array(size);
    this.slotLo = new Int32Array(size);
    this.mask = size - 1;
    const textEntries = fromText ?? this.texts.map((_, i) => this.byText.get(this.texts[i]) === i);
    for (let i = 0; i < this.texts.length; i++) {
      if (textEntries[i]) continue;
      let slot = this.entryLo[i] & this.mask;
      while (this.slots[slot] >= 0) slot = slot + 1 & this.mask;
      this.place(slot, i, this.entryHi[i], this.entryLo[i]);
    }
  }
};
function nextPowerOfTwo(n) {
  let size = 16;
  while (size < n) size *= 2;
  return size;
}

// packages/engine/src/profile/batch-profile.ts
var utf8Slice2 = Buffer.prototype.utf8Slice;
var SAMPLE_CAPACITY = 512;
var NUMERIC_DISTINCT_BOUND = 20;
var CATEGORY_BOUND = 1024;
var EXACT_CATEGORY_BOUND = 1e6;
var NUMERIC_KINDS = /* @__PURE__ */ new Set([
  "number",
  "integer",
  "year",
  "date",
  "datetime",
  "time",
  "yearmonth"
]);
var CATEGORICAL_KINDS = /* @__PURE__ */ new Set(["string", "boolean"]);
var TEXT_NUMBERS = {
  number: (text) => text.trim() === "" ? NaN : Number(text),
  integer: (text) => text.trim() === "" ? NaN : Number(text),
  year: (text) => /^\d{4}$/.test(text) ? Number(text) : NaN,
  date: (text) => isoDateToDays(text) ?? NaN,
  datetime: (text) => isoDatetimeToMillis(text) ?? NaN,
  time: (text) => isoTimeToSeconds(text) ?? NaN
};
function profileKindOf(kind) {
  if (NUMERIC_KINDS.has(kind)) return "numeric";
  return CATEGORICAL_KINDS.has(kind) ? "categorical" : null;
}
var STATS = 6;
var BLOCK = 4;
var BatchProfiler = class {
  /** `enums`: per column, the enum's values as bytes (the kernel's plan), so `enumValue` can count by index. */
  constructor(kinds, mode, seed, enums = []) {
    this.enums = enums;
    const n = this.n = kinds.length;
    this.exact = mode === "exact";
    const profileKinds = kinds.map(profileKindOf);
    this.numericColumn = Uint8Array.from(profileKinds, (k) => k === "numeric" ? 1 : 0);
    this.stats = new Float64Array(n * STATS);
    this.block = new Int32Array(n * BLOCK);
    for (let c = 0; c < n; c++) {
      this.stats[c * STATS + 4] = Infinity;
      this.stats[c * STATS + 5] = -Infinity;
    }
    this.nan = new Float64Array(n);
    this.positiveInfinity = new Float64Array(n);
    this.negativeInfinity = new Float64Array(n);
    this.samples = profileKinds.map((k) => new Float64Array(k === "numeric" ? 64 : 0));
    this.sampleLength = new Int32Array(n);
    this.level = new Int32Array(n);
    this.distinctValues = new Float64Array(n * NUMERIC_DISTINCT_BOUND);
    this.distinctCounts = new Float64Array(n * NUMERIC_DISTINCT_BOUND);
    const bound = this.exact ? EXACT_CATEGORY_BOUND : CATEGORY_BOUND;
    this.tables = profileKinds.map((k) => k === "categorical" ? new CategoryTable(bound) : null);
    this.enumCounts = profileKinds.map(
      (k, c) => k === "categorical" && enums[c] ? new Float64Array(enums[c].length) : null
    );
    this.random = seed >>> 0 || 625341585;
    this.textNumbers = kinds.map((kind) => TEXT_NUMBERS[kind] ?? null);
  }
  enums;
  n;
  numericColumn;
  /** Packed per column so the hot path loads one array, not six (see STATS). */
  stats;
  block;
  nan;
  positiveInfinity;
  negativeInfinity;
  samples;
  sampleLength;
  level;
  distinctValues;
  distinctCounts;
  tables;
  /** Counts by the position of the value in the column's enum, when the checks found it there. */
  enumCounts;
  hashHi = new Int32Array(1);
  hashLo = new Int32Array(1);
  random;
  exact;
  /** Per numeric column, how a value written as text reads as the number the checks compare. */
  textNumbers;
  /** One parsed value of a numeric column (dates as days or milliseconds, as the checks read them). */
  number(c, v) {
    if (this.numericColumn[c] !== 1) return;
    if (v - v !== 0) {
      this.special(c, v);
      return;
    }
    const stats = this.stats;
    const o = c * STATS;
    const seen = stats[o];
    if (seen === 0) stats[o + 1] = v;
    const d = v - stats[o + 1];
    stats[o] = seen + 1;
    stats[o + 2] += d;
    stats[o + 3] += d * d;
    if (v < stats[o + 4]) stats[o + 4] = v;
    if (v > stats[o + 5]) stats[o + 5] = v;
    const block = this.block;
    const b = c * BLOCK;
    const distinct = block[b + 3];
    if (distinct >= 0) this.countDistinct(c, v, distinct);
    if (this.exact) {
      this.keep(c, v);
      return;
    }
    const position = block[b];
    if (position === block[b + 1]) this.keep(c, v);
    if (position < block[b + 2]) block[b] = position + 1;
    else this.endBlock(c);
  }
  /** One non-null text cell of a categorical column, as bytes (the CSV kernel): hashed, decoded once. */
  bytes(c, buf, s, e) {
    if (this.tables[c] == null) return;
    hashBytesInto(this.hashHi, this.hashLo, 0, buf, s, e);
    this.hashed(c, this.hashHi[0], this.hashLo[0], buf, s, e);
  }
  /** As `bytes`, with the value's hash already at hand (a key column: the checks hashed it). */
  hashed(c, hi, lo, buf, s, e) {
    const table = this.tables[c];
    if (table == null) return;
    table.addHashed(hi, lo, buf, s, e);
  }
  /** A value the checks found at position `index` of the column's enum: counted without hashing. */
  enumValue(c, index) {
    const counts = this.enumCounts[c];
    if (counts == null) return;
    counts[index] += 1;
  }
  /** One non-null text (or boolean, as `true`/`false`) value of a categorical column. */
  text(c, value3, times = 1) {
    const table = this.tables[c];
    if (table == null) {
      const parse = this.textNumbers[c];
      if (parse == null) return;
      const v = parse(value3);
      if (v === v) for (let i = 0; i < times; i++) this.number(c, v);
      return;
    }
    table.addText(value3, times);
  }
  special(c, v) {
    if (v !== v) this.nan[c] += 1;
    else if (v > 0) this.positiveInfinity[c] += 1;
    else this.negativeInfinity[c] += 1;
  }
  /** A block of values ended: halve a full sample (blocks double), and pick where the next block's value is. */
  endBlock(c) {
    const b = c * BLOCK;
    this.block[b] = 0;
    if (this.sampleLength[c] === SAMPLE_CAPACITY) this.halve(c);
    const mask = this.block[b + 2];
    this.block[b + 1] = mask === 0 ? 0 : this.nextRandom() & mask;
  }
  countDistinct(c, v, distinct) {
    const base = c * NUMERIC_DISTINCT_BOUND;
    for (let i = 0; i < distinct; i++) {
      if (this.distinctValues[base + i] === v) {
        this.distinctCounts[base + i] += 1;
        return;
      }
    }
    if (distinct === NUMERIC_DISTINCT_BOUND) {
      this.block[c * BLOCK + 3] = -1;
      return;
    }
    this.distinctValues[base + distinct] = v;
    this.distinctCounts[base + distinct] = 1;
    this.block[c * BLOCK + 3] = distinct + 1;
  }
  keep(c, v) {
    let sample = this.samples[c];
    const length = this.sampleLength[c];
    if (length === sample.length) {
      const grown = new Float64Array(sample.length * 2);
      grown.set(sample);
      this.samples[c] = sample = grown;
    }
    sample[length] = v;
    this.sampleLength[c] = length + 1;
  }
  /** Two neighbours become one, chosen at random: the sample still stands for the batch, at twice the weight. */
  halve(c) {
    const sample = this.samples[c];
    const length = this.sampleLength[c];
    let bits = 0;
    let left = 0;
    for (let i = 0; i < length; i += 2) {
      if (left === 0) {
        bits = this.nextRandom();
        left = 32;
      }
      sample[i >> 1] = sample[i + (bits & 1)];
      bits >>>= 1;
      left--;
    }
    this.sampleLength[c] = length >> 1;
    this.level[c] += 1;
    this.block[c * BLOCK + 2] = (1 << this.level[c]) - 1;
  }
  nextRandom() {
    let x = this.random;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.random = x;
    return x;
  }
  finish() {
    const numeric = [];
    const categories = [];
    for (let c = 0; c < this.n; c++) {
      numeric.push(this.numericColumn[c] === 1 ? this.numericBatch(c) : null);
      categories.push(this.categoryBatch(c));
    }
    return { numeric, categories };
  }
  categoryBatch(c) {
    const table = this.tables[c];
    if (table == null) return null;
    const counts = this.enumCounts[c];
    if (counts != null) {
      const values = this.enums[c];
      for (let i = 0; i < counts.length; i++)
        if (counts[i] > 0) table.addText(utf8Slice2.call(values[i], 0, values[i].length), counts[i]);
    }
    return table.result();
  }
  numericBatch(c) {
    const o = c * STATS;
    const count = this.stats[o];
    const sum = this.stats[o + 2];
    const mean = count === 0 ? 0 : sum / count;
    const m2 = count === 0 ? 0 : Math.max(0, this.stats[o + 3] - sum * mean);
    const sample = this.samples[c].slice(0, this.sampleLength[c]).sort();
    const distinct = this.block[c * BLOCK + 3];
    const base = c * NUMERIC_DISTINCT_BOUND;
    return {
      count,
      mean: count === 0 ? 0 : mean + this.stats[o + 1],
      m2,
      min: this.stats[o + 4],
      max: this.stats[o + 5],
      nan: this.nan[c],
      positiveInfinity: this.positiveInfinity[c],
      negativeInfinity: this.negativeInfinity[c],
      sample,
      sampleLevel: this.level[c],
      distinct: distinct < 0 ? null : {
        values: this.distinctValues.slice(base, base + distinct),
        counts: this.distinctCounts.slice(base, base + distinct)
      }
    };
  }
};

// packages/engine/src/validate/checks/cell-kernel/violation-messages.ts
var VALUE_PREVIEW = 80;
var utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
function preview(buf, s, e) {
  const text = utf8.decode(buf.subarray(s, Math.min(e, s + VALUE_PREVIEW * 4)));
  return text.length > VALUE_PREVIEW ? `${text.slice(0, VALUE_PREVIEW)}…` : text;
}
function describe(p, c, why, value3, bound) {
  const column = c >= 0 ? p.plan.columns[c] : null;
  const shown = value3 === null ? "" : JSON.stringify(value3);
  switch (why) {
    case "type":
      return `${shown} is not a valid ${column.kind}`;
    case "required":
      return `a value is required (${column.origin}.required)`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `${shown} violates ${column.origin}.${why} (${formatBound(column, why)})`;
    case "minLength":
    case "maxLength":
      return `${shown} has length ${bound} (${column.origin}.${why} is ${why === "minLength" ? column.minLength : column.maxLength})`;
    case "pattern":
      return `${shown} does not match ${column.origin}.pattern ${column.pattern.name ?? column.pattern.source}`;
    case "enum":
      return `${shown} is not one of ${column.origin}.enum`;
    case "format":
      return `${shown} is not a valid ${typeof column.format === "string" ? column.format : column.format?.name ?? "formatted value"} (${column.origin}.format)`;
    default:
      return why;
  }
}
function formatBound(column, key) {
  const v = column[key];
  if (column.kind === "date") {
    return new Date(v * 864e5).toISOString().slice(0, 10);
  }
  if (column.kind === "datetime") return new Date(v).toISOString();
  return String(v);
}

// packages/engine/src/validate/checks/cell-kernel/batch-accumulator.ts
function newAcc(p, profileSeed) {
  const acc = {
    p,
    counts: new Float64Array((p.n + 1) * p.plan.codeCount),
    nulls: new Float64Array(p.n),
    examples: [],
    perColumn: new Int32Array(p.n + 1),
    keyHashes: p.plan.keys.map(() => new Uint32Array(1024)),
    keyLines: p.plan.keys.map(() => new Uint32Array(512)),
    keyCount: new Int32Array(p.plan.keys.length),
    rowHi: new Int32Array(p.n),
    rowLo: new Int32Array(p.n),
    // Columns absent from the file stay null for key hashing; present ones are set by every row.
    rowNull: new Uint8Array(p.n).fill(1),
    values: new Array(p.n),
    line: 0,
    rows: 0,
    fatal: null,
    scratch: Buffer.allocUnsafe(1024),
    scratchLength: 0,
    scratchAscii: true,
    profile: p.plan.profile !== void 0 && profileSeed !== void 0 ? new BatchProfiler(
      p.plan.columns.map((c) => c.kind),
      p.plan.profile,
      profileSeed,
      p.enumBytes
    ) : null,
    addError(column, code, line, value3, message) {
      const slot = column < 0 ? p.n : column;
      acc.counts[slot * p.plan.codeCount + code] += 1;
      if (acc.perColumn[slot] < p.plan.maxExamplesPerColumn) {
        acc.perColumn[slot] += 1;
        acc.examples.push({ column, code, line, value: value3, message });
      }
    }
  };
  return acc;
}
function finishBatch(acc, start, end) {
  return {
    rows: acc.rows,
    lines: acc.line,
    counts: acc.counts,
    nulls: acc.nulls,
    examples: acc.examples,
    keys: acc.keyHashes.map((hashes, k) => ({
      hashes: hashes.slice(0, acc.keyCount[k] * 2),
      lines: acc.keyLines[k].slice(0, acc.keyCount[k]),
      count: acc.keyCount[k]
    })),
    start,
    end,
    fatal: acc.fatal,
    ...acc.profile !== null ? { profile: acc.profile.finish() } : {}
  };
}
function violation(acc, c, code, line, buf, s, e, why, bound) {
  const p = acc.p;
  const slot = c < 0 ? p.n : c;
  acc.counts[slot * p.plan.codeCount + code] += 1;
  if (acc.perColumn[slot] >= p.plan.maxExamplesPerColumn) return;
  acc.perColumn[slot] += 1;
  const value3 = e > s || c >= 0 ? preview(buf, s, e) : null;
  acc.examples.push({ column: c, code, line, value: value3, message: describe(p, c, why, value3, bound) });
}
function pushKey(acc, k, hi, lo, line) {
  const n = acc.keyCount[k];
  let hashes = acc.keyHashes[k];
  let lines = acc.keyLines[k];
  if (n * 2 === hashes.length) {
    const grownHashes = new Uint32Array(hashes.length * 2);
    grownHashes.set(hashes);
    acc.keyHashes[k] = hashes = grownHashes;
    const grownLines = new Uint32Array(lines.length * 2);
    grownLines.set(lines);
    acc.keyLines[k] = lines = grownLines;
  }
  hashes[n * 2] = hi;
  hashes[n * 2 + 1] = lo;
  lines[n] = line;
  acc.keyCount[k] = n + 1;
}
function endRow(acc, cells, line, onRow) {
  const p = acc.p;
  const header = p.plan.colMap.length;
  if (cells < header) {
    let first = -1;
    for (let i = cells; i < header; i++) {
      const c = p.plan.colMap[i];
      if (c >= 0) {
        acc.rowNull[c] = 1;
        acc.values[c] = void 0;
        if (first < 0) first = c;
      }
    }
    const message = `row has ${cells} of ${header} cells`;
    acc.addError(
      first,
      p.MISSING,
      line,
      null,
      first >= 0 ? `${message}; "${p.plan.columns[first].name}" and later are missing` : message
    );
  } else if (cells > header) {
    acc.addError(-1, p.EXTRA, line, null, `row has ${cells} cells, the header has ${header}`);
  }
  const keys = p.plan.keys;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (key.length === 1) {
      const c = key[0];
      if (acc.rowNull[c] === 0) pushKey(acc, k, acc.rowHi[c], acc.rowLo[c], line);
      continue;
    }
    let hi = 625341585;
    let lo = 1640531527;
    let anyNull = false;
    for (let j = 0; j < key.length; j++) {
      const c = key[j];
      if (acc.rowNull[c] === 1) anyNull = true;
      hi = fmix(Math.imul(hi ^ acc.rowHi[c], 2654435761) + j);
      lo = fmix(Math.imul(lo ^ acc.rowLo[c], 2246822519) ^ hi);
    }
    if (!anyNull) pushKey(acc, k, hi, lo, line);
  }
  if (onRow !== void 0) onRow(acc.values, line, acc);
}

// packages/engine/src/validate/checks/cell-kernel/csv-records.ts
import { isUtf8 } from "node:buffer";

// packages/engine/src/validate/checks/cell-kernel/byte-text.ts
var nativeSlices = Buffer.prototype;
var latin1Slice = nativeSlices.latin1Slice;
var utf8Slice3 = nativeSlices.utf8Slice;
function asciiText(buf, s, e) {
  return latin1Slice.call(buf, s, e);
}
function cellText(buf, s, e, ascii) {
  return ascii ? latin1Slice.call(buf, s, e) : utf8Slice3.call(buf, s, e);
}

// packages/engine/src/validate/checks/cell-kernel/dfa-match.ts
function matchPattern(dfa, buf, s, e) {
  if (dfa === null) return -1;
  const table = dfa.table;
  let state = dfa.start;
  for (let i = s; i < e; i++) {
    const b = buf[i];
    if (b >= 128) return -1;
    state = table[state * 128 + b];
    if (state === 0) return 0;
  }
  return dfa.accept[state];
}

// packages/engine/src/validate/checks/cell-kernel/number-scan.ts
var MINUS2 = 45;
var PLUS = 43;
var DOT = 46;
var POW10 = [];
for (let i = 0; i <= 22; i++) POW10.push(Number(`1e${i}`));
var LOOSE_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var SPECIAL_NUMBERS = /* @__PURE__ */ new Map([
  ["NaN", NaN],
  ["INF", Infinity],
  ["-INF", -Infinity],
  ["Infinity", Infinity],
  ["-Infinity", -Infinity]
]);
var ok = false;
var value = 0;
var digits = 0;
function scannedOk() {
  return ok;
}
function scannedValue() {
  return value;
}
function scannedDigits() {
  return digits;
}
function scanNumber(buf, pos, integerOnly) {
  let b = buf[pos];
  let negative = false;
  if (b === MINUS2) {
    negative = true;
    b = buf[++pos];
  } else if (b === PLUS) b = buf[++pos];
  const digitsStart = pos;
  let mantissa = 0;
  let count = 0;
  let exp10 = 0;
  let d = b - 48;
  while (d >= 0 && d <= 9) {
    mantissa = mantissa * 10 + d;
    count++;
    d = buf[++pos] - 48;
  }
  if (!integerOnly && d === DOT - 48) {
    d = buf[++pos] - 48;
    while (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      count++;
      exp10--;
      d = buf[++pos] - 48;
    }
  }
  if (count === 0) {
    ok = false;
    return pos;
  }
  if (!integerOnly && (d === 101 - 48 || d === 69 - 48)) {
    d = buf[++pos] - 48;
    let expNegative = false;
    if (d === MINUS2 - 48) {
      expNegative = true;
      d = buf[++pos] - 48;
    } else if (d === PLUS - 48) d = buf[++pos] - 48;
    let exponent = 0;
    let expDigits = 0;
    while (d >= 0 && d <= 9) {
      exponent = exponent * 10 + d;
      expDigits++;
      d = buf[++pos] - 48;
    }
    if (expDigits === 0) {
      ok = false;
      return pos;
    }
    exp10 += expNegative ? -exponent : exponent;
  }
  ok = true;
  digits = count;
  let magnitude;
  if (count <= 15 && exp10 >= -22 && exp10 <= 22)
    magnitude = exp10 < 0 ? mantissa / POW10[-exp10] : mantissa * POW10[exp10];
  else magnitude = Number(asciiText(buf, digitsStart, pos));
  value = negative ? -magnitude : magnitude;
  return pos;
}
function parseDecimal(buf, s, e, integerOnly) {
  const next = buf[e];
  const end = next !== void 0 && (next >= 48 && next <= 57 || next === DOT || next === 101 || next === 69) ? s + scanNumber(buf.subarray(s, e), 0, integerOnly) : scanNumber(buf, s, integerOnly);
  if (end !== e) ok = false;
  return value;
}
function parseCustomNumber(column, text) {
  let t = text;
  if (column.groupChar !== "") t = t.split(column.groupChar).join("");
  if (column.decimalChar !== ".") t = t.split(column.decimalChar).join(".");
  if (!column.bareNumber) t = t.replace(/^[^0-9+\-.]+/, "").replace(/[^0-9.]+$/, "");
  if (!LOOSE_NUMBER.test(t)) {
    ok = false;
    return NaN;
  }
  ok = true;
  return Number(t);
}

// packages/engine/src/validate/checks/cell-kernel/cell-checks.ts
var KIND_STRING = KIND.string;
var KIND_NUMBER = KIND.number;
var KIND_INTEGER = KIND.integer;
var KIND_BOOLEAN = KIND.boolean;
var KIND_DATE = KIND.date;
var KIND_DATETIME = KIND.datetime;
var KIND_TIME = KIND.time;
var KIND_YEAR = KIND.year;
var KIND_YEARMONTH = KIND.yearmonth;
var KIND_DURATION = KIND.duration;
var KIND_OBJECT = KIND.object;
var KIND_ARRAY = KIND.array;
var KIND_GEOPOINT = KIND.geopoint;
var KIND_ANY = KIND.any;
var DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+(?:\.\d+)?D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(?:\.\d+)?S)?)?$/;
var GEOPOINT = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/;
function equalsBytes(buf, s, e, candidate) {
  if (candidate.length !== e - s) return false;
  for (let i = 0; i < candidate.length; i++) if (buf[s + i] !== candidate[i]) return false;
  return true;
}
function isMissing(p, c, buf, s, e) {
  if (p.onlyEmptyMissing[c] === 1) return e === s;
  const list = p.missing[c];
  for (let i = 0; i < list.length; i++) if (equalsBytes(buf, s, e, list[i])) return true;
  return false;
}
function checkBounds(acc, c, v, line, buf, s, e) {
  const p = acc.p;
  const min = p.min[c];
  const max = p.max[c];
  if (v < min) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "minimum");
  else if (v > max) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "maximum");
  else if (v <= p.exMin[c]) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "exclusiveMinimum");
  else if (v >= p.exMax[c]) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "exclusiveMaximum");
  const allowed = p.enumNumbers[c];
  if (allowed !== null && allowed !== void 0 && !allowed.has(v))
    violation(acc, c, p.CONSTRAINT, line, buf, s, e, "enum");
}
function anyTemporal(kind, t) {
  if (kind === KIND_TIME) return isoTimeSeconds(t);
  const ms = Date.parse(t);
  return kind === KIND_DATE ? Math.floor(ms / 864e5) : ms;
}
function typeError(acc, c, line, buf, s, e, ascii) {
  acc.rowNull[c] = 1;
  if (acc.p.plan.rowsMode) return cellText(buf, s, e, ascii);
  violation(acc, c, acc.p.TYPE, line, buf, s, e, "type");
  return void 0;
}
function numericCell(acc, c, kind, buf, s, e, ascii, line, value3, valid) {
  const p = acc.p;
  let v = value3;
  let ok2 = valid;
  let digits2 = scannedDigits();
  if (!ok2 && kind === KIND_NUMBER) {
    const special = SPECIAL_NUMBERS.get(cellText(buf, s, e, ascii));
    if (special !== void 0) {
      v = special;
      ok2 = true;
      digits2 = 0;
    }
  }
  if (ok2 && kind !== KIND_NUMBER && !Number.isInteger(v)) ok2 = false;
  if (ok2 && kind === KIND_YEAR && e - s !== 4) ok2 = false;
  if (!ok2) return typeError(acc, c, line, buf, s, e, ascii);
  acc.rowNull[c] = 0;
  if (acc.profile !== null) acc.profile.number(c, v);
  if (p.keyed[c] === 1) {
    if (kind === KIND_NUMBER || digits2 <= 15) hashNumberInto(acc.rowHi, acc.rowLo, c, v);
    else hashBytesInto(acc.rowHi, acc.rowLo, c, buf, s, e);
  }
  if (p.plan.rowsMode) return v;
  if (v < p.min[c] || v > p.max[c] || v <= p.exMin[c] || v >= p.exMax[c] || p.enumNumbers[c] !== null)
    checkBounds(acc, c, v, line, buf, s, e);
  return void 0;
}
function nullValue(acc, column, line) {
  const p = acc.p;
  acc.nulls[column] += 1;
  acc.rowNull[column] = 1;
  if (p.required[column] === 1 && !p.plan.rowsMode)
    violation(acc, column, p.CONSTRAINT, line, acc.scratch, 0, 0, "required");
}
function checkCell(acc, c, buf, s, e, ascii, line) {
  const p = acc.p;
  const rowsMode = p.plan.rowsMode;
  if (isMissing(p, c, buf, s, e)) {
    acc.nulls[c] += 1;
    acc.rowNull[c] = 1;
    if (p.required[c] === 1 && !rowsMode) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "required");
    return void 0;
  }
  acc.rowNull[c] = 0;
  const kind = p.kinds[c];
  switch (kind) {
    case KIND_NUMBER:
    case KIND_INTEGER:
    case KIND_YEAR: {
      let v;
      if (p.customNumber[c] === 1) v = parseCustomNumber(p.plan.columns[c], cellText(buf, s, e, ascii));
      else v = parseDecimal(buf, s, e, kind !== KIND_NUMBER && p.integral[c] === 0);
      return numericCell(acc, c, kind, buf, s, e, ascii, line, v, scannedOk());
    }
    case KIND_STRING: {
      const patternMatch = p.pattern[c] === null ? 1 : matchPattern(p.patternDfa[c], buf, s, e);
      const formatMatch = p.format[c] === null ? 1 : matchPattern(p.formatDfa[c], buf, s, e);
      let t = null;
      if (patternMatch < 0 || formatMatch < 0 || rowsMode) t = cellText(buf, s, e, ascii);
      if (p.keyed[c] === 1) hashBytesInto(acc.rowHi, acc.rowLo, c, buf, s, e);
      if (rowsMode) {
        if (acc.profile !== null) acc.profile.bytes(c, buf, s, e);
        return t;
      }
      const minLen = p.minLen[c];
      const maxLen = p.maxLen[c];
      if (minLen === minLen || maxLen === maxLen) {
        let length = e - s;
        if (!ascii) {
          length = 0;
          for (let i = s; i < e; i++) if ((buf[i] & 192) !== 128) length++;
        }
        if (length < minLen) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "minLength", length);
        else if (length > maxLen) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "maxLength", length);
      }
      if (patternMatch === 0 || patternMatch < 0 && !p.pattern[c].test(t))
        violation(acc, c, p.CONSTRAINT, line, buf, s, e, "pattern");
      if (formatMatch === 0 || formatMatch < 0 && !p.format[c].test(t))
        violation(acc, c, p.CONSTRAINT, line, buf, s, e, "format");
      const temporal = p.temporalFormat[c];
      if (temporal !== null && temporal !== void 0) {
        const tt = t ?? cellText(buf, s, e, ascii);
        const ok2 = temporal === "date" ? isoDateDays(buf, s, e) === isoDateDays(buf, s, e) : temporal === "time" ? !Number.isNaN(isoTimeSeconds(tt)) : !Number.isNaN(isoDatetimeMillis(tt)) && /[Zz+-]\d*:?\d*$/.test(tt);
        if (!ok2) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "format");
      }
      const allowed = p.enumBytes[c];
      let found = -1;
      if (allowed !== null && allowed !== void 0) {
        for (let i = 0; i < allowed.length; i++) {
          if (equalsBytes(buf, s, e, allowed[i])) {
            found = i;
            break;
          }
        }
        if (found < 0) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "enum");
      }
      const profile = acc.profile;
      if (profile !== null) {
        if (found >= 0) profile.enumValue(c, found);
        else if (p.keyed[c] === 1) profile.hashed(c, acc.rowHi[c], acc.rowLo[c], buf, s, e);
        else profile.bytes(c, buf, s, e);
      }
      return void 0;
    }
    case KIND_BOOLEAN: {
      let v = -1;
      const trues = p.trueValues[c];
      for (let i = 0; i < trues.length && v < 0; i++) if (equalsBytes(buf, s, e, trues[i])) v = 1;
      const falses = p.falseValues[c];
      for (let i = 0; i < falses.length && v < 0; i++) if (equalsBytes(buf, s, e, falses[i])) v = 0;
      if (v < 0) return typeError(acc, c, line, buf, s, e, ascii);
      if (p.keyed[c] === 1) hashNumberInto(acc.rowHi, acc.rowLo, c, v);
      if (acc.profile !== null) acc.profile.text(c, v === 1 ? "true" : "false");
      if (rowsMode) return v === 1;
      checkBounds(acc, c, v, line, buf, s, e);
      return void 0;
    }
    default: {
      if (kind === KIND_ANY) {
        if (p.keyed[c] === 1) hashBytesInto(acc.rowHi, acc.rowLo, c, buf, s, e);
        return rowsMode ? cellText(buf, s, e, ascii) : void 0;
      }
      const column = p.plan.columns[c];
      const t = kind === KIND_DATE && column.temporalPattern === void 0 ? "" : cellText(buf, s, e, ascii);
      let v;
      if (column.temporalPattern !== void 0)
        v = temporalPatternValue(column.temporalPattern, column.kind, t);
      else if (kind === KIND_DATE) v = isoDateDays(buf, s, e);
      else if (kind === KIND_DATETIME) v = isoDatetimeMillis(t);
      else if (kind === KIND_TIME) v = isoTimeSeconds(t);
      else if (kind === KIND_YEARMONTH) {
        const m = /^(\d{4})-(\d{2})$/.exec(t);
        v = m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? Number(m[1]) * 12 + Number(m[2]) - 1 : NaN;
      } else if (kind === KIND_DURATION) v = DURATION.test(t) ? 0 : NaN;
      else if (kind === KIND_GEOPOINT) {
        const m = GEOPOINT.exec(t);
        v = m && Math.abs(Number(m[1])) <= 180 && Math.abs(Number(m[2])) <= 90 ? 0 : NaN;
      } else if (kind === KIND_OBJECT || kind === KIND_ARRAY) {
        v = NaN;
        try {
          const parsed = JSON.parse(t);
          if (kind === KIND_ARRAY ? Array.isArray(parsed) : typeof parsed === "object" && parsed !== null && !Array.isArray(parsed))
            v = 0;
        } catch {
          v = NaN;
        }
      } else v = NaN;
      if (v !== v && column.anyTemporalFormat === true)
        v = anyTemporal(kind, t || cellText(buf, s, e, ascii));
      if (v !== v) return typeError(acc, c, line, buf, s, e, ascii);
      if (p.keyed[c] === 1) hashNumberInto(acc.rowHi, acc.rowLo, c, v);
      if (acc.profile !== null) acc.profile.number(c, v);
      if (rowsMode) return cellText(buf, s, e, ascii);
      checkBounds(acc, c, v, line, buf, s, e);
      return void 0;
    }
  }
}

// packages/engine/src/validate/checks/cell-kernel/csv-records.ts
var utf82 = new TextDecoder("utf-8", { ignoreBOM: true });
function pushScratch(acc, b) {
  if (acc.scratchLength === acc.scratch.length) {
    const grown = Buffer.allocUnsafe(acc.scratch.length * 2);
    grown.set(acc.scratch);
    acc.scratch = grown;
  }
  acc.scratch[acc.scratchLength++] = b;
}
function indexOfByte(buf, byte, from, limit) {
  const i = buf.indexOf(byte, from);
  return i < 0 || i >= limit ? -1 : i;
}
function slowCell(acc, buf, s, limit, row) {
  const p = acc.p;
  acc.scratchLength = 0;
  acc.scratchAscii = true;
  let i = s;
  let afterClose = false;
  let reported = false;
  for (; ; ) {
    const b = buf[i];
    if (b === QUOTE) {
      if (i !== s && !afterClose && !reported) {
        reported = true;
        violation(
          acc,
          -1,
          p.FORMAT,
          acc.line,
          buf,
          s,
          i,
          "a quote inside an unquoted field (quote the whole field and double the quote)"
        );
      }
      i++;
      for (; ; ) {
        const q = indexOfByte(buf, QUOTE, i, limit);
        if (q < 0) {
          acc.fatal = {
            line: row,
            code: p.FORMAT,
            message: "unclosed quote: the quoted field that starts on this line never ends"
          };
          return -1;
        }
        for (let j = i; j < q; j++) {
          const c = buf[j];
          if (c === NL) acc.line++;
          if (c > 127) acc.scratchAscii = false;
          pushScratch(acc, c);
        }
        if (buf[q + 1] === QUOTE) {
          pushScratch(acc, QUOTE);
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      afterClose = true;
      continue;
    }
    if (p.special[b] === 1 || i >= limit) return i;
    if (afterClose && !reported) {
      reported = true;
      violation(acc, -1, p.FORMAT, acc.line, buf, s, i, "text after a closing quote");
    }
    if (b > 127) acc.scratchAscii = false;
    pushScratch(acc, b);
    i++;
  }
}
function parseRecords(acc, buf, pos, safeEnd, stopAt, checkEncoding, onRow) {
  const p = acc.p;
  const special = p.special;
  const delimiter = p.plan.delimiter;
  const colMap = p.plan.colMap;
  const header = colMap.length;
  const n = p.n;
  const rowsMode = p.plan.rowsMode;
  const fused = p.fused;
  const kinds = p.kinds;
  while (pos < safeEnd && pos < stopAt) {
    const recordStart = pos;
    const line = acc.line;
    let b = buf[pos];
    if (b === NL || b === CR) {
      acc.addError(-1, p.BLANK, line, null, "blank row");
      if (b === CR) pos++;
      if (buf[pos] === NL) {
        pos++;
        acc.line++;
      }
      acc.rows++;
      continue;
    }
    if (rowsMode) for (let c = 0; c < n; c++) acc.values[c] = void 0;
    let cell = 0;
    for (; ; ) {
      const s = pos;
      const cellLine = acc.line;
      b = buf[pos];
      let ascii;
      let value3;
      const c = cell < header ? colMap[cell] : -1;
      if (c >= 0 && fused[c] !== 0 && special[b] === 0) {
        pos = scanNumber(buf, pos, fused[c] === 2);
        b = buf[pos];
        let valid = scannedOk();
        if (special[b] === 0) {
          valid = false;
          while (special[b] === 0) b = buf[++pos];
        }
        if (b !== QUOTE) {
          value3 = numericCell(acc, c, kinds[c], buf, s, pos, true, cellLine, scannedValue(), valid);
          if (rowsMode) acc.values[c] = value3;
        } else pos = -2;
      } else if (b !== QUOTE) {
        let bits = 0;
        while (special[b] === 0) {
          bits |= b;
          b = buf[++pos];
        }
        if (b !== QUOTE) {
          ascii = bits < 128;
          if (cell < header) {
            const c2 = colMap[cell];
            if (c2 >= 0) value3 = checkCell(acc, c2, buf, s, pos, ascii, cellLine);
            if (rowsMode && c2 >= 0) acc.values[c2] = value3;
          }
        } else pos = -2;
      } else pos = -2;
      if (pos === -2) {
        pos = slowCell(acc, buf, s, safeEnd, cellLine);
        if (pos < 0) return recordStart;
        if (cell < header) {
          const c2 = colMap[cell];
          if (c2 >= 0)
            value3 = checkCell(acc, c2, acc.scratch, 0, acc.scratchLength, acc.scratchAscii, cellLine);
          if (rowsMode && c2 >= 0) acc.values[c2] = value3;
        }
      }
      cell++;
      b = buf[pos];
      if (b === delimiter) {
        pos++;
        continue;
      }
      if (b === CR) {
        pos++;
        if (buf[pos] === NL) {
          pos++;
          acc.line++;
        }
      } else {
        pos++;
        acc.line++;
      }
      break;
    }
    if (checkEncoding && !isUtf8(buf.subarray(recordStart, pos))) {
      acc.addError(-1, p.ENCODING, line, null, "invalid UTF-8 in this row");
    }
    acc.rows++;
    endRow(acc, cell, line, onRow);
  }
  return pos;
}
function countQuotes(buf, from, to) {
  let count = 0;
  let i = buf.indexOf(QUOTE, from);
  while (i >= 0 && i < to) {
    count++;
    i = buf.indexOf(QUOTE, i + 1);
  }
  return count;
}
function findSafeEnd(buf, pos, dataEnd) {
  let nl = buf.lastIndexOf(NL, dataEnd - 1);
  if (nl < pos) return -1;
  let quotes = countQuotes(buf, pos, nl);
  while (quotes % 2 === 1) {
    const lastQuote = buf.lastIndexOf(QUOTE, nl - 1);
    const previous = lastQuote <= pos ? -1 : buf.lastIndexOf(NL, lastQuote - 1);
    if (previous < pos) return -1;
    quotes -= countQuotes(buf, previous, nl);
    nl = previous;
  }
  return nl + 1;
}
function readRecord(buffer, start, limit, delimiter) {
  const p = prepare({
    delimiter,
    columns: [],
    colMap: [],
    keys: [],
    codes: {
      "type-error": 0,
      "constraint-error": 0,
      "missing-cell": 0,
      "extra-cell": 0,
      "blank-row": 0,
      "encoding-error": 0,
      "format-error": 0
    },
    codeCount: 1,
    maxExamplesPerColumn: 0,
    rowsMode: false,
    maxRecordBytes: 0,
    blockBytes: 0
  });
  const acc = newAcc(p);
  const cells = [];
  let pos = start;
  for (; ; ) {
    pos = slowCell(acc, buffer, pos, limit, 0);
    if (pos < 0 || pos >= limit) return null;
    cells.push(utf82.decode(acc.scratch.subarray(0, acc.scratchLength)));
    const b = buffer[pos];
    if (b === delimiter) {
      pos++;
      continue;
    }
    if (b === CR) pos++;
    if (buffer[pos] === NL) {
      pos++;
      acc.line++;
    }
    return { cells, end: pos, lines: acc.line };
  }
}

// packages/engine/src/validate/checks/cell-kernel/csv-range.ts
function oddQuotes(bytes) {
  let odd = false;
  for (let i = bytes.indexOf(QUOTE); i >= 0 && i < bytes.length; i++) if (bytes[i] === QUOTE) odd = !odd;
  return odd;
}
function recordStartAt(path, dataStart, offset, fileSize) {
  if (offset <= dataStart) return dataStart;
  const fd = openSync(path, "r");
  try {
    const block = Buffer.allocUnsafe(1024 * 1024);
    let odd = false;
    let at = dataStart;
    while (at < offset - 1) {
      const n = readAt(fd, block, 0, Math.min(block.length, offset - 1 - at), at);
      if (n === 0) return fileSize;
      if (oddQuotes(block.subarray(0, n))) odd = !odd;
      at += n;
    }
    for (; ; ) {
      const n = readAt(fd, block, 0, block.length, at);
      if (n === 0) return fileSize;
      for (let i = 0; i < n; i++) {
        const b = block[i];
        if (b === QUOTE) odd = !odd;
        else if (b === NL && !odd) return at + i + 1;
      }
      at += n;
    }
  } finally {
    closeSync(fd);
  }
}
function runRange(prepared, task, onRow) {
  const p = prepared;
  const fd = openSync(task.path, "r");
  try {
    const start = task.speculative && task.start > 0 ? lineStartAt(fd, task.start, task.fileSize) : task.start;
    const acc = newAcc(p, task.start);
    let buf = Buffer.allocUnsafe(p.plan.blockBytes + 1);
    let base = start;
    let length = 0;
    let pos = 0;
    let eof = base >= task.fileSize;
    while (base + pos < task.end && !(eof && pos >= length)) {
      if (!eof && length < buf.length - 1) {
        const n = readAt(fd, buf, length, buf.length - 1 - length, base + length);
        if (n < buf.length - 1 - length || base + length + n >= task.fileSize) eof = true;
        length += n;
      }
      let safeEnd;
      if (eof) {
        safeEnd = length;
        if (length > pos && buf[length - 1] !== NL) {
          buf[length] = NL;
          safeEnd = length + 1;
        }
      } else {
        safeEnd = findSafeEnd(buf, pos, length);
        if (safeEnd < 0) {
          if (pos > 0) {
            buf.copyWithin(0, pos, length);
            base += pos;
            length -= pos;
            pos = 0;
          } else {
            if (buf.length - 1 >= p.plan.maxRecordBytes) {
              acc.fatal = {
                line: acc.line,
                code: p.FORMAT,
                message: `a record longer than ${p.plan.maxRecordBytes / 1048576} MiB starts on this line (an unclosed quote?)`
              };
              break;
            }
            const grown = Buffer.allocUnsafe(Math.min((buf.length - 1) * 2, p.plan.maxRecordBytes) + 1);
            grown.set(buf.subarray(0, length));
            buf = grown;
          }
          continue;
        }
      }
      const checkEncoding = !isUtf82(buf.subarray(pos, Math.min(safeEnd, length)));
      pos = parseRecords(acc, buf, pos, safeEnd, task.end - base, checkEncoding, onRow);
      if (acc.fatal !== null) break;
      if (base + pos >= task.end || eof && pos >= length) break;
      if (pos > 0) {
        buf.copyWithin(0, pos, length);
        base += pos;
        length -= pos;
        pos = 0;
      }
    }
    return finishBatch(acc, start, Math.min(base + pos, task.fileSize));
  } finally {
    closeSync(fd);
  }
}

// packages/engine/src/validate/uniqueness/spill-file.ts
import { closeSync as closeSync2, mkdtempSync, openSync as openSync2, readSync, rmSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var SpillFile = class {
  /** Bytes written so far: the next append goes here. */
  end = 0;
  fd;
  path;
  closed = false;
  constructor(prefix) {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    const file = join(dir, "spill");
    this.fd = openSync2(file, "w+");
    this.path = dir;
    try {
      unlinkSync(file);
      rmSync(dir, { recursive: true, force: true });
      this.path = null;
    } catch {
    }
  }
  /** Writes all of `bytes` at `position`. */
  write(bytes, position) {
    for (let done = 0; done < bytes.length; )
      done += writeSync(this.fd, bytes, done, bytes.length - done, position + done);
  }
  append(bytes) {
    this.write(bytes, this.end);
    this.end += bytes.length;
  }
  /** Fills `into` from `position`; throws if the file ends first. */
  read(into, position) {
    for (let done = 0; done < into.length; ) {
      const got = readSync(this.fd, into, done, into.length - done, position + done);
      if (got === 0) throw new Error("a spill file ended early");
      done += got;
    }
  }
  /** Safe to call twice. */
  close() {
    if (this.closed) return;
    this.closed = true;
    closeSync2(this.fd);
    if (this.path) rmSync(this.path, { recursive: true, force: true });
  }
};

// packages/engine/src/validate/uniqueness/hash-log.ts
var BUFFER_ENTRIES = 8192;
var HashLog = class {
  spill;
  buffer = new Uint32Array(BUFFER_ENTRIES * 2);
  buffered = 0;
  spilled = 0;
  get count() {
    return this.spilled + this.buffered;
  }
  append(hi, lo) {
    if (this.buffered === BUFFER_ENTRIES) this.flush();
    this.buffer[this.buffered * 2] = hi;
    this.buffer[this.buffered * 2 + 1] = lo;
    this.buffered++;
  }
  /** Appends `count` entries given as interleaved halves, in order. */
  appendAll(words, count) {
    for (let done = 0; done < count; ) {
      if (this.buffered === BUFFER_ENTRIES) this.flush();
      const n = Math.min(count - done, BUFFER_ENTRIES - this.buffered);
      this.buffer.set(words.subarray(done * 2, (done + n) * 2), this.buffered * 2);
      this.buffered += n;
      done += n;
    }
  }
  /** Takes back the last entry (there must be one appended since the last pop). */
  pop() {
    if (this.buffered === 0) throw new Error("nothing to take back from the hash log");
    this.buffered--;
    return { hi: this.buffer[this.buffered * 2], lo: this.buffer[this.buffered * 2 + 1] };
  }
  /** Every entry in order, with its index. */
  forEach(visit) {
    if (this.spill !== void 0 && this.spilled > 0) {
      const block = new Uint32Array(BUFFER_ENTRIES * 2);
      const bytes = new Uint8Array(block.buffer);
      for (let start = 0; start < this.spilled; start += BUFFER_ENTRIES) {
        const count = Math.min(BUFFER_ENTRIES, this.spilled - start);
        this.spill.read(bytes.subarray(0, count * 8), start * 8);
        for (let i = 0; i < count; i++) visit(block[i * 2], block[i * 2 + 1], start + i);
      }
    }
    for (let i = 0; i < this.buffered; i++)
      visit(this.buffer[i * 2], this.buffer[i * 2 + 1], this.spilled + i);
  }
  /** Frees the temp file. Safe to call twice. */
  close() {
    this.spill?.close();
    this.spill = void 0;
  }
  /** Writes all but the last entry, which stays for `pop`. */
  flush() {
    const keep = this.buffered - 1;
    this.spill ??= new SpillFile("mlgate-keys-");
    this.spill.write(new Uint8Array(this.buffer.buffer, 0, keep * 8), this.spilled * 8);
    this.spilled += keep;
    this.buffer.copyWithin(0, keep * 2, this.buffered * 2);
    this.buffered = 1;
  }
};

// packages/engine/src/validate/uniqueness/ordered-key.ts
var PROBE = 0;
var FRESH = 1;
var FRESH_DEMOTING = 2;
var OrderedKey = class {
  /** The last two fresh values, `last` above `before`; `before` absent means "below everything". */
  last;
  before;
  lastNumber = NaN;
  beforeNumber = -Infinity;
  lastWords;
  beforeWords;
  /**
   * Fills `flags[i]` (PROBE, FRESH, FRESH_DEMOTING) for each non-null row. Returns false, leaving `flags`
   * alone, for a column it does not classify.
   */
  classify(data, rows, validity, flags) {
    switch (data.type) {
      case "utf8":
        this.classifyText(data.offsets, data.data, rows, validity, flags);
        return true;
      case "int64":
      case "uint64":
        this.classifyWords(
          new Int32Array(data.values.buffer, data.values.byteOffset, rows * 2),
          data.type === "int64",
          rows,
          validity,
          flags
        );
        return true;
      case "dictionary":
      case "values":
      case "bool":
        return false;
      default:
        this.classifyNumbers(data.values, rows, validity, flags);
        return true;
    }
  }
  classifyNumbers(values, rows, validity, flags) {
    let last = this.lastNumber;
    let before = this.beforeNumber;
    for (let i = 0; i < rows; i++) {
      if (validity !== void 0 && validity[i] === 0) continue;
      const v = values[i];
      if (v > last || last !== last && v === v) {
        flags[i] = FRESH;
        if (last === last) before = last;
        last = v;
      } else if (v < last && v > before) {
        flags[i] = FRESH_DEMOTING;
        last = v;
      } else flags[i] = PROBE;
    }
    this.lastNumber = last;
    this.beforeNumber = before;
  }
  classifyWords(words, signed, rows, validity, flags) {
    let hasLast = this.lastWords !== void 0;
    let [lastHigh, lastLow] = this.lastWords ?? [0, 0];
    let hasBefore = this.beforeWords !== void 0;
    let [beforeHigh, beforeLow] = this.beforeWords ?? [0, 0];
    for (let i = 0; i < rows; i++) {
      if (validity !== void 0 && validity[i] === 0) continue;
      const h = signed ? words[i * 2 + 1] : words[i * 2 + 1] >>> 0;
      const l = words[i * 2] >>> 0;
      const versusLast = !hasLast ? 1 : h !== lastHigh ? h - lastHigh : l - lastLow;
      if (versusLast > 0) {
        flags[i] = FRESH;
        hasBefore = hasLast;
        beforeHigh = lastHigh;
        beforeLow = lastLow;
      } else if (versusLast < 0 && (!hasBefore || h > beforeHigh || h === beforeHigh && l > beforeLow)) {
        flags[i] = FRESH_DEMOTING;
      } else {
        flags[i] = PROBE;
        continue;
      }
      hasLast = true;
      lastHigh = h;
      lastLow = l;
    }
    this.lastWords = hasLast ? [lastHigh, lastLow] : void 0;
    this.beforeWords = hasBefore ? [beforeHigh, beforeLow] : void 0;
  }
  classifyText(offsets, data, rows, validity, flags) {
    let lastBytes = this.last?.bytes;
    let lastStart = this.last?.start ?? 0;
    let lastEnd = this.last?.end ?? 0;
    let beforeBytes = this.before?.bytes;
    let beforeStart = this.before?.start ?? 0;
    let beforeEnd = this.before?.end ?? 0;
    for (let i = 0; i < rows; i++) {
      if (validity !== void 0 && validity[i] === 0) continue;
      const s = offsets[i];
      const e = offsets[i + 1];
      const versusLast = lastBytes === void 0 ? 1 : compareBytes(data, s, e, lastBytes, lastStart, lastEnd);
      if (versusLast > 0) {
        flags[i] = FRESH;
        beforeBytes = lastBytes;
        beforeStart = lastStart;
        beforeEnd = lastEnd;
      } else if (versusLast < 0 && (beforeBytes === void 0 || compareBytes(data, s, e, beforeBytes, beforeStart, beforeEnd) > 0)) {
        flags[i] = FRESH_DEMOTING;
      } else {
        flags[i] = PROBE;
        continue;
      }
      lastBytes = data;
      lastStart = s;
      lastEnd = e;
    }
    this.last = lastBytes && own({ bytes: lastBytes, start: lastStart, end: lastEnd }, data);
    this.before = beforeBytes && own({ bytes: beforeBytes, start: beforeStart, end: beforeEnd }, data);
  }
};
function own(slice, batch) {
  if (slice.bytes !== batch) return slice;
  return { bytes: batch.slice(slice.start, slice.end), start: 0, end: slice.end - slice.start };
}
function compareBytes(a, as, ae, b, bs, be) {
  const n = Math.min(ae - as, be - bs);
  for (let i = 0; i < n; i++) {
    const d = a[as + i] - b[bs + i];
    if (d !== 0) return d;
  }
  return ae - as - (be - bs);
}

// packages/engine/src/validate/uniqueness/unique-hash-set.ts
var DEFAULT_MAX_SLOTS = 1 << 19;
var IN_MEMORY_BUDGET_BYTES = 24 * 1024 * 1024;
var SCALE_32 = 1 / 4294967296;
function homeSlot(h, l, slots) {
  return Math.floor(((l ^ Math.imul(h, 2654435761)) >>> 0) * slots * SCALE_32);
}
function storedLow(h, l) {
  return h === 0 && l === 0 ? 1 : l;
}
var MAX_LOAD = 0.7;
var MIN_SLOTS = 1024;
var RECORD_BYTES = 16;
var HASH_BYTES = 8;
var BLOCK_RECORDS = 4096;
var GROUP = 32;
var sharedScratch;
function scratchFor(records) {
  if (sharedScratch && sharedScratch.hi.length >= records) return sharedScratch;
  sharedScratch = {
    hi: new Uint32Array(records),
    lo: new Uint32Array(records),
    row: new Float64Array(records),
    hi2: new Uint32Array(records),
    lo2: new Uint32Array(records),
    row2: new Float64Array(records),
    counts: new Uint32Array(1 << 16),
    block: new ArrayBuffer(BLOCK_RECORDS * RECORD_BYTES)
  };
  return sharedScratch;
}
function slotsFor(entries, maxSlots) {
  let slots = MIN_SLOTS;
  while (slots < maxSlots && slots * MAX_LOAD < entries) slots *= 2;
  return Math.min(slots, maxSlots);
}
function wholeTableSlots(entries) {
  const slots = Math.max(MIN_SLOTS, Math.ceil(entries / MAX_LOAD) + 1);
  return slots * HASH_BYTES <= IN_MEMORY_BUDGET_BYTES ? slots : 0;
}
var UniqueHashSet = class {
  /**
   * One record per slot, two views of one buffer: words [s·i, s·i+1] the hash halves (s = `stride`), double
   * [2i+1] the row. Interleaved so a probe touches one cache line, not one in a hash array and one in a row
   * array: on a table bigger than the caches that miss is most of the cost of `add`. A whole table (see
   * `presize`) keeps no rows (8-byte records, `rows` undefined): it can only ever be the first run, whose rows
   * the merge never reports (they are first occurrences), so half the memory and fewer cache and TLB misses.
   */
  hashes;
  rows;
  stride = 4;
  slots;
  size = 0;
  maxSlots;
  spillingMaxSlots;
  runs = [];
  touched = 0;
  spill;
  constructor(options = {}) {
    this.maxSlots = Math.max(MIN_SLOTS, options.maxSlots ?? DEFAULT_MAX_SLOTS);
    this.spillingMaxSlots = this.maxSlots;
    const slots = slotsFor(options.expectedEntries ?? 0, this.maxSlots);
    [this.hashes, this.rows] = newTable(slots, true);
    this.slots = slots;
  }
  /**
   * Sizes the table for `entries` values up front, so it is not rebuilt while it fills, capped at `maxSlots`;
   * with `whole`, for all of them when they fit the in-memory budget (no spill). CSV leaves `whole` off: its
   * other buffers already take most of its RSS budget.
   */
  presize(entries, whole = false) {
    const slotsForAll = whole && this.runs.length === 0 ? wholeTableSlots(entries) : 0;
    if (slotsForAll > 0) {
      this.maxSlots = Math.max(slotsForAll, this.slots);
      this.rehash(this.maxSlots, false);
      return;
    }
    const slots = slotsFor(entries, this.maxSlots);
    if (slots > this.slots) this.rehash(slots, this.rows !== void 0);
  }
  /** Runs written to disk so far (for tests and the memory bound). */
  get spilledRuns() {
    return this.runs.length;
  }
  /** Adds the hash seen at `row`; returns false when this run already holds it (a duplicate, reported now). */
  add(hi, lo, row) {
    const h = hi >>> 0;
    const l = storedLow(h, lo >>> 0);
    if (this.size >= this.slots * MAX_LOAD) {
      if (this.slots < this.maxSlots)
        this.rehash(Math.min(this.slots * 4, this.maxSlots), this.rows !== void 0);
      else this.spillRun();
    }
    return this.insertFrom(homeSlot(h, l, this.slots), h, l, row);
  }
  /**
   * `add` for `count` hashes (high, low interleaved) seen at rows `base + lines[i]` (`base + i` without
   * lines), calling `onDuplicate` with the row of each one this run already holds.
   *
   * Why in groups: on a table larger than the caches nearly every probe misses, and one at a time those
   * misses are serial. Each group first computes its slots and reads one word of each (independent loads
   * the CPU overlaps), then inserts into lines already on their way: about 1.6x faster at 2M values.
   */
  addBatch(hashes, lines, count, base, onDuplicate) {
    const group = new Int32Array(GROUP);
    let touched = 0;
    for (let start = 0; start < count; start += GROUP) {
      const n = Math.min(GROUP, count - start);
      const roomy = this.size + n <= this.slots * MAX_LOAD;
      if (roomy) {
        for (let k = 0; k < n; k++) {
          const h = hashes[(start + k) * 2] >>> 0;
          const i = homeSlot(h, storedLow(h, hashes[(start + k) * 2 + 1] >>> 0), this.slots);
          group[k] = i;
          touched ^= this.hashes[i * this.stride];
        }
      }
      for (let k = 0; k < n; k++) {
        const at = start + k;
        const row = base + (lines === null ? at : lines[at]);
        const h = hashes[at * 2] >>> 0;
        const l = storedLow(h, hashes[at * 2 + 1] >>> 0);
        const added = roomy ? this.insertFrom(group[k], h, l, row) : this.add(h, l, row);
        if (!added) onDuplicate(row);
      }
    }
    this.touched = touched;
  }
  /**
   * The row stored with a hash this set holds in memory, or undefined when it does not hold it. For sets that
   * never spilled and keep rows (not a whole table): key-uniqueness.ts asks it of its small set of probes.
   */
  firstRow(hi, lo) {
    const h = hi >>> 0;
    const l = storedLow(h, lo >>> 0);
    const { hashes, rows, stride, slots } = this;
    for (let i = homeSlot(h, l, slots); ; i = i + 1 === slots ? 0 : i + 1) {
      const sh = hashes[i * stride];
      const sl = hashes[i * stride + 1];
      if (sh === 0 && sl === 0) return void 0;
      if (sh === h && sl === l) return rows === void 0 ? void 0 : rows[i * 2 + 1];
    }
  }
  /** Linear probing from slot `i`: stores the hash in the first empty slot, or finds it (false). */
  insertFrom(i, h, l, row) {
    const { hashes, rows, stride, slots } = this;
    for (; ; i = i + 1 === slots ? 0 : i + 1) {
      const sh = hashes[i * stride];
      const sl = hashes[i * stride + 1];
      if (sh === 0 && sl === 0) {
        hashes[i * stride] = h;
        hashes[i * stride + 1] = l;
        if (rows !== void 0) rows[i * 2 + 1] = row;
        this.size++;
        return true;
      }
      if (sh === h && sl === l) return false;
    }
  }
  /**
   * Reports (in hash order, not row order) the row of every occurrence whose value an earlier run held, then
   * frees the disk. Does nothing when nothing spilled: `add` already reported every duplicate.
   */
  finish(onDuplicate) {
    if (!this.spill) return;
    try {
      this.spillRun();
      this.mergeRuns(onDuplicate);
    } finally {
      this.close();
    }
  }
  /** Frees the spill file without merging (validation stopped by an error). Safe to call twice. */
  close() {
    this.spill?.close();
    this.spill = void 0;
  }
  rehash(slots, withRows) {
    const oldHashes = this.hashes;
    const oldRows = this.rows;
    const oldStride = this.stride;
    const oldSlots = this.slots;
    [this.hashes, this.rows] = newTable(slots, withRows);
    this.stride = withRows ? 4 : 2;
    this.slots = slots;
    this.size = 0;
    for (let i = 0; i < oldSlots; i++) {
      const h = oldHashes[i * oldStride];
      const l = oldHashes[i * oldStride + 1];
      if (h !== 0 || l !== 0) this.add(h, l, oldRows === void 0 ? 0 : oldRows[i * 2 + 1]);
    }
  }
  /** Sorts the table's entries by hash (LSD radix, 4 × 16 bits), appends them as one run, empties the table. */
  spillRun() {
    const n = this.size;
    if (n === 0) return;
    this.spill ??= new SpillFile("mlgate-unique-");
    const s = scratchFor(Math.ceil(this.maxSlots * MAX_LOAD) + 1);
    let k = 0;
    for (let i = 0; i < this.slots; i++) {
      const h = this.hashes[i * this.stride];
      const l = this.hashes[i * this.stride + 1];
      if (h === 0 && l === 0) continue;
      s.hi[k] = h;
      s.lo[k] = l;
      s.row[k++] = this.rows === void 0 ? 0 : this.rows[i * 2 + 1];
    }
    let [hi, lo, row, hi2, lo2, row2] = [s.hi, s.lo, s.row, s.hi2, s.lo2, s.row2];
    for (let pass = 0; pass < 4; pass++) {
      const keys = pass < 2 ? lo : hi;
      const shift = pass % 2 === 0 ? 0 : 16;
      const counts = s.counts.fill(0);
      for (let i = 0; i < n; i++) counts[keys[i] >>> shift & 65535]++;
      for (let d = 0, sum = 0; d < counts.length; d++) {
        const c = counts[d];
        counts[d] = sum;
        sum += c;
      }
      for (let i = 0; i < n; i++) {
        const to = counts[keys[i] >>> shift & 65535]++;
        hi2[to] = hi[i];
        lo2[to] = lo[i];
        row2[to] = row[i];
      }
      [hi, lo, row, hi2, lo2, row2] = [hi2, lo2, row2, hi, lo, row];
    }
    const words = new Uint32Array(s.block);
    const doubles = new Float64Array(s.block);
    const bytes = new Uint8Array(s.block);
    const position = this.spill.end;
    for (let start = 0; start < n; start += BLOCK_RECORDS) {
      const count = Math.min(BLOCK_RECORDS, n - start);
      for (let r = 0; r < count; r++) {
        words[r * 4] = hi[start + r];
        words[r * 4 + 1] = lo[start + r];
        doubles[r * 2 + 1] = row[start + r];
      }
      this.spill.append(bytes.subarray(0, count * RECORD_BYTES));
    }
    this.runs.push({ position, length: n });
    this.size = 0;
    if (this.rows === void 0) {
      this.maxSlots = this.spillingMaxSlots;
      this.slots = this.maxSlots;
      this.stride = 4;
      [this.hashes, this.rows] = newTable(this.slots, true);
    } else this.hashes.fill(0);
  }
  /** k-way merge of the sorted runs; ties go to the earlier run, whose row is the first occurrence. */
  mergeRuns(onDuplicate) {
    const spill = this.spill;
    const readers = this.runs.map((run, i) => new RunReader(spill, run, i));
    const heap = new RunHeap(readers);
    let lastHi = -1;
    let lastLo = -1;
    for (; ; ) {
      const top = heap.peek();
      if (top === void 0) break;
      if (top.hi === lastHi && top.lo === lastLo) onDuplicate(top.row);
      lastHi = top.hi;
      lastLo = top.lo;
      if (top.next()) heap.siftDownTop();
      else heap.pop();
    }
  }
};
function newTable(slots, withRows) {
  const buffer = new ArrayBuffer(slots * (withRows ? RECORD_BYTES : HASH_BYTES));
  return [new Uint32Array(buffer), withRows ? new Float64Array(buffer) : void 0];
}
var RunReader = class {
  constructor(spill, run, order) {
    this.spill = spill;
    this.run = run;
    this.order = order;
  }
  spill;
  run;
  order;
  hi = 0;
  lo = 0;
  row = 0;
  block = new ArrayBuffer(BLOCK_RECORDS * RECORD_BYTES);
  words = new Uint32Array(this.block);
  doubles = new Float64Array(this.block);
  bytes = new Uint8Array(this.block);
  loaded = 0;
  at = 0;
  read = 0;
  /** Moves to the next record; false past the end of the run. */
  next() {
    if (this.at === this.loaded) {
      if (this.read === this.run.length) return false;
      const count = Math.min(BLOCK_RECORDS, this.run.length - this.read);
      const want = count * RECORD_BYTES;
      const from = this.run.position + this.read * RECORD_BYTES;
      this.spill.read(this.bytes.subarray(0, want), from);
      this.read += count;
      this.loaded = count;
      this.at = 0;
    }
    this.hi = this.words[this.at * 4];
    this.lo = this.words[this.at * 4 + 1];
    this.row = this.doubles[this.at * 2 + 1];
    this.at++;
    return true;
  }
};
var RunHeap = class {
  items = [];
  constructor(readers) {
    for (const reader of readers) if (reader.next()) this.push(reader);
  }
  peek() {
    return this.items[0];
  }
  pop() {
    const last = this.items.pop();
    if (this.items.length === 0) return;
    this.items[0] = last;
    this.siftDownTop();
  }
  siftDownTop() {
    const items = this.items;
    let i = 0;
    for (; ; ) {
      const left = i * 2 + 1;
      if (left >= items.length) return;
      const right = left + 1;
      const child = right < items.length && this.less(items[right], items[left]) ? right : left;
      if (!this.less(items[child], items[i])) return;
      [items[i], items[child]] = [items[child], items[i]];
      i = child;
    }
  }
  push(reader) {
    const items = this.items;
    items.push(reader);
    let i = items.length - 1;
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (!this.less(items[i], items[parent])) return;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }
  less(a, b) {
    if (a.hi !== b.hi) return a.hi < b.hi;
    if (a.lo !== b.lo) return a.lo < b.lo;
    return a.order < b.order;
  }
};

// packages/engine/src/validate/uniqueness/key-uniqueness.ts
var MAX_PROBES = 1 << 16;
var FILTER_MASK = (1 << 20) - 1;
var FilteredSet = class {
  set;
  bits = new Int32Array((FILTER_MASK + 1) / 32);
  constructor(expectedEntries = 0) {
    this.set = new UniqueHashSet({ expectedEntries });
  }
  /** False when the set already holds the hash. */
  add(hi, lo, row) {
    const bit = lo & FILTER_MASK;
    this.bits[bit >>> 5] |= 1 << (bit & 31);
    return this.set.add(hi, lo, row);
  }
  /** The row the hash was added with, or undefined when the set does not hold it. */
  firstRow(hi, lo) {
    const bit = lo & FILTER_MASK;
    return (this.bits[bit >>> 5] & 1 << (bit & 31)) === 0 ? void 0 : this.set.firstRow(hi, lo);
  }
  close() {
    this.set.close();
  }
};
var KeyUniqueness = class {
  set = new UniqueHashSet();
  expected;
  inSet = false;
  fresh = new HashLog();
  lastFreshRow = 0;
  /** Fresh entries (by index) that repeat a spike: reported already, never again. */
  reported = /* @__PURE__ */ new Set();
  probeHashes = [];
  probeRows = [];
  spikes;
  spikeRows = /* @__PURE__ */ new Set();
  /** About `rows` rows are coming: the set is sized for them if it is ever needed. */
  expect(rows, whole) {
    this.expected = { rows, whole };
  }
  /** The key's hashes in one batch, rows numbered from `base`; `onDuplicate` gets each repeating row. */
  add(batch, base, onDuplicate) {
    if (batch.count === 0) return;
    if (!this.inSet && batch.fresh !== void 0 && this.keep(batch, base, onDuplicate)) return;
    this.moveToSet(onDuplicate);
    this.set.addBatch(batch.hashes, batch.lines, batch.count, base, onDuplicate);
  }
  /** Repeats found at the end: among the kept values, or in spilled runs merged. Frees everything. */
  finish(onDuplicate) {
    try {
      if (!this.inSet) this.checkKept(onDuplicate);
      this.set.finish(onDuplicate);
    } finally {
      this.close();
    }
  }
  /** Safe to call twice. */
  close() {
    this.set.close();
    this.spikes?.close();
    this.fresh.close();
  }
  /** Keeps a batch's fresh values and probes; false (nothing kept) when the probes would pass the limit. */
  keep(batch, base, onDuplicate) {
    const { hashes, lines, count } = batch;
    const flags = batch.fresh;
    let probes2 = 0;
    for (let i = 0; i < count; i++) {
      if (flags[i] === PROBE || flags[i] === FRESH_DEMOTING) probes2++;
    }
    if (this.probeRows.length + probes2 > MAX_PROBES) return false;
    const log = this.fresh;
    if (probes2 === 0) {
      if (this.spikes !== void 0) {
        for (let i = 0; i < count; i++) {
          if (this.spikes.firstRow(hashes[i * 2], hashes[i * 2 + 1]) === void 0) continue;
          this.reported.add(log.count + i);
          onDuplicate(base + lines[i]);
        }
      }
      log.appendAll(hashes, count);
      this.lastFreshRow = base + lines[count - 1];
      return true;
    }
    for (let i = 0; i < count; i++) {
      const flag = flags[i];
      const row = base + lines[i];
      const hi = hashes[i * 2];
      const lo = hashes[i * 2 + 1];
      if (flag === PROBE) {
        this.probeHashes.push(hi, lo);
        this.probeRows.push(row);
        continue;
      }
      if (flag === FRESH_DEMOTING && log.count > 0) this.demoteLast();
      if (this.spikes?.firstRow(hi, lo) !== void 0) {
        this.reported.add(log.count);
        onDuplicate(row);
      }
      log.append(hi, lo);
      this.lastFreshRow = row;
    }
    return true;
  }
  /** The last fresh entry (at `lastFreshRow`) was a spike: it becomes a probe. */
  demoteLast() {
    const { hi, lo } = this.fresh.pop();
    if (this.reported.delete(this.fresh.count)) return;
    this.probeHashes.push(hi, lo);
    this.probeRows.push(this.lastFreshRow);
    this.spikeRows.add(this.lastFreshRow);
    (this.spikes ??= new FilteredSet()).add(hi, lo, this.lastFreshRow);
  }
  /** Probe indexes in row order (spikes join the probes one row late). */
  probeOrder() {
    const rows = this.probeRows;
    return Array.from(rows.keys()).sort((a, b) => rows[a] - rows[b]);
  }
  checkKept(onDuplicate) {
    if (this.probeRows.length === 0) return;
    const probes2 = new FilteredSet(this.probeRows.length);
    for (const p of this.probeOrder()) {
      const row = this.probeRows[p];
      if (!probes2.add(this.probeHashes[p * 2], this.probeHashes[p * 2 + 1], row)) onDuplicate(row);
    }
    this.fresh.forEach((hi, lo, i) => {
      const probeRow = probes2.firstRow(hi, lo);
      if (probeRow !== void 0 && !this.reported.has(i) && !this.spikeRows.has(probeRow))
        onDuplicate(probeRow);
    });
    probes2.close();
  }
  /** From here on the set decides: what was kept goes in first, fresh values, then probes in row order. */
  moveToSet(onDuplicate) {
    if (this.inSet) return;
    this.inSet = true;
    if (this.expected) this.set.presize(this.expected.rows, this.expected.whole);
    this.fresh.forEach((hi, lo, i) => {
      if (!this.reported.has(i)) this.set.add(hi, lo, 0);
    });
    this.fresh.close();
    for (const p of this.probeOrder()) {
      const row = this.probeRows[p];
      if (!this.set.add(this.probeHashes[p * 2], this.probeHashes[p * 2 + 1], row)) onDuplicate(row);
    }
    this.probeHashes = [];
    this.probeRows = [];
  }
};

// packages/engine/src/validate/checks/file-accumulator.ts
function keySpecs(plan) {
  const index = new Map(plan.columns.map((c, i) => [c.name, i]));
  const specs = [];
  plan.columns.forEach((column, i) => {
    if (column.unique && !(plan.primaryKey.length === 1 && plan.primaryKey[0] === column.name)) {
      specs.push({ columns: [i], code: "unique-error", label: column.name });
    }
  });
  if (plan.primaryKey.length > 0) {
    specs.push({
      columns: plan.primaryKey.map((n) => index.get(n)),
      code: "primary-key-error",
      label: plan.primaryKey.join(", ")
    });
  }
  for (const group of plan.dataset.uniqueTogether) {
    specs.push({ columns: group.map((n) => index.get(n)), code: "unique-error", label: group.join(", ") });
  }
  return specs;
}
var FileAccumulator = class {
  constructor(file, plan, keys, maxExamplesPerColumn, profiler, keySink) {
    this.file = file;
    this.plan = plan;
    this.keys = keys;
    this.maxExamplesPerColumn = maxExamplesPerColumn;
    this.profiler = profiler;
    this.keySink = keySink;
    this.n = plan.columns.length;
    this.counts = new Float64Array((this.n + 1) * CODE_COUNT);
    this.nulls = new Float64Array(this.n);
    this.examples = Array.from({ length: this.n + 1 }, () => []);
    this.sets = keys.map(() => new KeyUniqueness());
    this.late = keys.map(() => []);
  }
  file;
  plan;
  keys;
  maxExamplesPerColumn;
  profiler;
  keySink;
  rows = 0;
  counts;
  nulls;
  examples;
  sets;
  stoppedAt = null;
  n;
  /**
   * Presizes the uniqueness sets for about `rows` rows (known from metadata, or estimated), saving rebuilds;
   * `whole`: a table for all of them if it fits the sets' in-memory budget, so nothing spills.
   */
  expectRows(rows, whole = false) {
    if (this.rows === 0) for (const set of this.sets) set.expect(rows, whole);
  }
  /** Frees the uniqueness sets' spill files when validation ends before `finish` (an exception). */
  dispose() {
    for (const set of this.sets) set.close();
  }
  get rowCount() {
    return this.rows;
  }
  get stopped() {
    return this.stoppedAt !== null;
  }
  slot(column) {
    return column < 0 ? this.n : column;
  }
  fieldOf(column, key) {
    if (key) return key.columns.length === 1 ? this.plan.columns[key.columns[0]].name : null;
    return column < 0 ? null : this.plan.columns[column].name;
  }
  /** A problem found outside the kernel: the header, a JSON line, a row rule from ajv. */
  addError(column, code, row, value3, message) {
    const slot = this.slot(column);
    this.counts[slot * CODE_COUNT + CODE_INDEX[code]] += 1;
    if (this.examples[slot].length < this.maxExamplesPerColumn) {
      this.examples[slot].push({ code, file: this.file, row, field: this.fieldOf(column), message, value: value3 });
    }
  }
  addNull(column) {
    this.nulls[column] += 1;
  }
  addRows(rows) {
    this.rows += rows;
  }
  /** `baseLine` is the physical line (or record number) of the batch's relative line 0. */
  addBatch(batch, baseLine) {
    this.rows += batch.rows;
    if (batch.profile !== void 0) this.profiler?.add(batch.profile);
    for (let i = 0; i < this.counts.length; i++) this.counts[i] += batch.counts[i];
    for (let i = 0; i < this.n; i++) this.nulls[i] += batch.nulls[i];
    const fresh = batch.examples.map((e) => ({
      slot: this.slot(e.column),
      error: {
        code: ERROR_CODES[e.code],
        file: this.file,
        row: baseLine + e.line,
        field: this.fieldOf(e.column),
        message: e.message,
        value: e.value
      }
    }));
    batch.keys.forEach((hashes, k) => {
      if (this.keySink !== void 0) return this.keySink(k, hashes, baseLine);
      const key = this.keys[k];
      const set = this.sets[k];
      const slot = key.columns.length === 1 ? key.columns[0] : this.n;
      const code = CODE_INDEX[key.code];
      set.add(hashes, baseLine, (row) => {
        this.counts[slot * CODE_COUNT + code] += 1;
        if (row < baseLine) this.lateDuplicate(k, row);
        else fresh.push({ slot, error: this.keyError(key, row) });
      });
    });
    fresh.sort((a, b) => (a.error.row ?? 0) - (b.error.row ?? 0));
    for (const { slot, error } of fresh) {
      if (this.examples[slot].length < this.maxExamplesPerColumn) this.examples[slot].push(error);
    }
    if (batch.fatal)
      this.stop(batch.fatal.message, baseLine + batch.fatal.line, ERROR_CODES[batch.fatal.code]);
  }
  keyError(key, row) {
    return {
      code: key.code,
      file: this.file,
      row,
      field: this.fieldOf(-1, key),
      message: key.code === "primary-key-error" ? `primary key (${key.label}) repeats an earlier row` : `value of (${key.label}) repeats an earlier row`,
      value: null
    };
  }
  /** Per key: the lowest rows of duplicates reported out of row order, for the examples. */
  late;
  lateDuplicate(k, row) {
    const max = this.maxExamplesPerColumn;
    if (max === 0) return;
    const rows = this.late[k];
    rows.push(row);
    if (rows.length >= 4 * max + 64) this.late[k] = rows.sort((a, b) => a - b).slice(0, max);
  }
  /**
   * Duplicates found at the end (spilled runs merged, out-of-order values checked) and those reported late:
   * counted, and merged into the first-N examples by row, as if `addBatch` had seen them in order.
   */
  addLateDuplicates() {
    this.keys.forEach((key, k) => {
      const slot = key.columns.length === 1 ? key.columns[0] : this.n;
      const code = CODE_INDEX[key.code];
      const max = this.maxExamplesPerColumn;
      this.sets[k].finish((row) => {
        this.counts[slot * CODE_COUNT + code] += 1;
        this.lateDuplicate(k, row);
      });
      const rows = this.late[k].sort((a, b) => a - b).slice(0, max);
      if (rows.length === 0) return;
      const examples = this.examples[slot];
      for (const row of rows) examples.push(this.keyError(key, row));
      examples.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      examples.length = Math.min(examples.length, max);
    });
  }
  /** A piece's findings so far (keySink mode: no uniqueness here, no dataset checks yet). */
  piece() {
    return {
      rows: this.rows,
      counts: [...this.counts],
      nulls: [...this.nulls],
      examples: this.examples.map((slot) => [...slot]),
      stoppedAt: this.stoppedAt
    };
  }
  /**
   * Adds a piece of this file, the pieces in file order: counts and nulls summed, each column's examples
   * appended (the pieces' rows follow each other, so the first N stay the first N). `rowOffset` makes a
   * piece's rows the file's (a byte range numbers its own from 0).
   */
  addPiece(piece, rowOffset = 0) {
    this.rows += piece.rows;
    for (let i = 0; i < this.counts.length; i++) this.counts[i] += piece.counts[i] ?? 0;
    for (let i = 0; i < this.n; i++) this.nulls[i] += piece.nulls[i] ?? 0;
    const shifted = (error) => rowOffset === 0 || error.row === null ? error : { ...error, row: error.row + rowOffset };
    piece.examples.forEach((examples, slot) => {
      const kept = this.examples[slot];
      if (kept === void 0) return;
      for (const example of examples)
        if (kept.length < this.maxExamplesPerColumn) kept.push(shifted(example));
    });
    if (piece.stoppedAt !== null) this.stoppedAt = shifted(piece.stoppedAt);
  }
  /**
   * A piece's key hashes, replayed in file order through the uniqueness check the whole file would have run:
   * every repeat is counted, and merged into the examples by row at the end, as late duplicates are.
   */
  replayKeys(k, hashes, rowOffset = 0) {
    const key = this.keys[k];
    const slot = key.columns.length === 1 ? key.columns[0] : this.n;
    const code = CODE_INDEX[key.code];
    this.sets[k].add(hashes, rowOffset, (row) => {
      this.counts[slot * CODE_COUNT + code] += 1;
      this.lateDuplicate(k, row);
    });
  }
  stop(message, row, code = "format-error") {
    this.addError(-1, code, row, null, message);
    this.stoppedAt = { code, file: this.file, row, field: null, message, value: null };
  }
  /** Applies the dataset checks and returns the outcome. */
  finish(present) {
    const { dataset } = this.plan;
    this.addLateDuplicates();
    if (!this.stopped) {
      if (dataset.minRows !== void 0 && this.rows < dataset.minRows) {
        this.addError(
          -1,
          "row-count-error",
          null,
          String(this.rows),
          `${this.rows} rows, fewer than x-mlgate.rows.min (${dataset.minRows})`
        );
      }
      if (dataset.maxRows !== void 0 && this.rows > dataset.maxRows) {
        this.addError(
          -1,
          "row-count-error",
          null,
          String(this.rows),
          `${this.rows} rows, more than x-mlgate.rows.max (${dataset.maxRows})`
        );
      }
      this.plan.columns.forEach((column, i) => {
        const limit = dataset.maxNullFraction[column.name] ?? dataset.maxNullFraction["*"];
        if (limit === void 0 || !present[i] || this.rows === 0) return;
        const fraction = this.nulls[i] / this.rows;
        if (fraction > limit) {
          this.addError(
            i,
            "null-fraction-error",
            null,
            fraction.toFixed(4),
            `${(fraction * 100).toFixed(2)}% of the values are null, above x-mlgate.maxNullFraction (${limit * 100}%)`
          );
        }
      });
    }
    const tally = (slot) => {
      const out = {};
      ERROR_CODES.forEach((code, c) => {
        const v = this.counts[slot * CODE_COUNT + c];
        if (v > 0) out[code] = v;
      });
      return out;
    };
    const errorsByCode = {};
    let errorCount = 0;
    ERROR_CODES.forEach((code, c) => {
      let total = 0;
      for (let slot = 0; slot <= this.n; slot++) total += this.counts[slot * CODE_COUNT + c];
      if (total > 0) errorsByCode[code] = total;
      errorCount += total;
    });
    const examples = this.examples.flat().sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return {
      rows: this.rows,
      errorCount,
      errorsByCode,
      columns: this.plan.columns.map((column, i) => ({
        name: column.name,
        type: column.kind,
        present: present[i] ?? false,
        nulls: this.nulls[i],
        errors: tally(i)
      })),
      rowErrors: tally(this.n),
      examples,
      stoppedAt: this.stoppedAt
    };
  }
};

// packages/engine/src/validate/checks/column-check-loops.ts
function numericWindow(column) {
  const min = column.minimum ?? -Infinity;
  const max = column.maximum ?? Infinity;
  const exMin = column.exclusiveMinimum ?? -Infinity;
  const exMax = column.exclusiveMaximum ?? Infinity;
  const lowest = Math.max(Math.ceil(min), Math.floor(exMin) + 1);
  const highest = Math.min(Math.floor(max), Math.ceil(exMax) - 1);
  return {
    min,
    max,
    exMin,
    exMax,
    integral: column.kind === "integer" || column.kind === "year",
    allowed: column.enum && column.kind !== "string" ? new Set(column.enum) : void 0,
    low: Number.isFinite(lowest) ? BigInt(lowest) : void 0,
    high: Number.isFinite(highest) ? BigInt(highest) : void 0,
    lowest,
    highest
  };
}
function numberIsFine(v, w) {
  return v >= w.min && v <= w.max && v > w.exMin && v < w.exMax && (!w.integral || Number.isInteger(v)) && (w.allowed === void 0 || w.allowed.has(v));
}
function isoOf(type, v) {
  if (type === "date-days") return new Date(v * 864e5).toISOString().slice(0, 10);
  if (type === "timestamp-ms") return new Date(v).toISOString();
  if (type === "time-seconds") {
    const s = Math.floor(v);
    const pad = (n) => String(n).padStart(2, "0");
    return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  }
  if (type === "bool") return v === 1 ? "true" : "false";
  return String(v);
}
function checkNumbers(ctx, type, values, w) {
  const { kernel, target, column, validity, hashes } = ctx;
  for (let i = 0; i < ctx.rows; i++) {
    if (validity !== void 0 && validity[i] === 0) {
      kernel.checkNull(column, i, target);
      continue;
    }
    const v = values[i];
    if (!numberIsFine(v, w)) ctx.checkValueText(isoOf(type, v), i);
    if (hashes !== void 0) kernel.hashNumberInto(v, hashes, i);
  }
}
var SAFE_HIGH_WORD = 2097152;
function checkBigInts(ctx, values, w) {
  const { kernel, target, column, validity, hashes } = ctx;
  const { low, high, allowed, lowest, highest } = w;
  const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
  const signed = values instanceof BigInt64Array;
  for (let i = 0; i < ctx.rows; i++) {
    if (validity !== void 0 && validity[i] === 0) {
      kernel.checkNull(column, i, target);
      continue;
    }
    const hiWord = words[i * 2 + 1];
    if (signed ? hiWord >= -SAFE_HIGH_WORD && hiWord < SAFE_HIGH_WORD : hiWord >>> 0 < SAFE_HIGH_WORD) {
      const n = hiWord * 4294967296 + (words[i * 2] >>> 0);
      if (n < lowest || n > highest || allowed !== void 0 && !allowed.has(n))
        ctx.checkValueText(String(n), i);
      if (hashes !== void 0) kernel.hashNumberInto(n, hashes, i);
      continue;
    }
    const v = values[i];
    if (low !== void 0 && v < low || high !== void 0 && v > high || allowed !== void 0 && !allowed.has(Number(v)))
      ctx.checkValueText(v.toString(), i);
    if (hashes !== void 0) kernel.hashNumberInto(Number(v), hashes, i);
  }
}
function checkUtf8(ctx, text) {
  const { kernel, prepared, target, column, validity, hashes } = ctx;
  kernel.checkTextColumn(prepared, column, text.offsets, text.data, ctx.rows, validity, hashes, target);
}
function checkDictionary(ctx, indices, dictionary) {
  const { kernel, prepared, target, column, validity, hashes } = ctx;
  const { offsets, data } = dictionary;
  const entries = offsets.length - 1;
  const status = new Uint8Array(entries);
  const entryHashes = hashes === void 0 ? void 0 : new Uint32Array(entries * 2);
  for (let i = 0; i < ctx.rows; i++) {
    if (validity !== void 0 && validity[i] === 0) {
      kernel.checkNull(column, i, target);
      continue;
    }
    const entry = indices[i];
    let state = status[entry];
    if (state === 0) {
      if (entry < 0 || entry >= entries)
        throw new Error(`a dictionary index ${entry} is outside the ${entries}-entry dictionary`);
      state = kernel.isCleanText(prepared, column, data, offsets[entry], offsets[entry + 1]) ? 1 : 2;
      status[entry] = state;
      if (entryHashes !== void 0)
        kernel.hashBytesInto(data, offsets[entry], offsets[entry + 1], entryHashes, entry);
    }
    if (state === 2)
      kernel.checkText(prepared, column, data, offsets[entry], offsets[entry + 1], i, target);
    if (hashes !== void 0) {
      hashes[i * 2] = entryHashes[entry * 2];
      hashes[i * 2 + 1] = entryHashes[entry * 2 + 1];
    }
  }
}
function checkValues(ctx, values, encoder3) {
  const { kernel, target, column, hashes } = ctx;
  for (let i = 0; i < ctx.rows; i++) {
    const value3 = values[i];
    if (ctx.validity !== void 0 && ctx.validity[i] === 0 || value3 === null || value3 === void 0) {
      kernel.checkNull(column, i, target);
      continue;
    }
    const text = typeof value3 === "string" ? value3 : typeof value3 === "bigint" ? value3.toString() : JSON.stringify(value3);
    ctx.checkValueText(text, i);
    if (hashes !== void 0) {
      const bytes = encoder3.encode(text);
      kernel.hashBytesInto(bytes, 0, bytes.length, hashes, i);
    }
  }
}
function checkColumnData(ctx, data, window, encoder3) {
  switch (data.type) {
    case "utf8":
      return checkUtf8(ctx, data);
    case "dictionary":
      return checkDictionary(ctx, data.indices, data.dictionary);
    case "values":
      return checkValues(ctx, data.values, encoder3);
    case "int64":
    case "uint64":
      return checkBigInts(ctx, data.values, window);
    default:
      return checkNumbers(ctx, data.type, data.values, window);
  }
}

// packages/engine/src/validate/checks/json-kernel/flat-record-scan.ts
import { isUtf8 as isUtf83 } from "node:buffer";

// packages/engine/src/validate/checks/json-kernel/json-string-bytes.ts
var ESCAPED = { 34: 34, 92: 92, 47: 47, 98: 8, 102: 12, 110: 10, 114: 13, 116: 9 };
function hexAt(buf, i) {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const b = buf[i + k];
    const d = b === void 0 ? -1 : b >= 48 && b <= 57 ? b - 48 : b >= 97 && b <= 102 ? b - 87 : b >= 65 && b <= 70 ? b - 55 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}
function escapeEnd(buf, i) {
  const b = buf[i + 1];
  if (b === 117) return hexAt(buf, i + 2) < 0 ? -1 : i + 6;
  return b !== void 0 && ESCAPED[b] !== void 0 ? i + 2 : -1;
}
function unescapeJsonString(buf, s, e, out) {
  const bytes = out.length >= (e - s) * 3 ? out : new Uint8Array((e - s) * 3 + 16);
  let n = 0;
  let i = s;
  while (i < e) {
    const b = buf[i];
    if (b !== 92) {
      bytes[n++] = b;
      i++;
      continue;
    }
    const kind = buf[i + 1];
    if (kind !== 117) {
      bytes[n++] = ESCAPED[kind];
      i += 2;
      continue;
    }
    let code = hexAt(buf, i + 2);
    i += 6;
    if (code >= 55296 && code <= 56319 && buf[i] === 92 && buf[i + 1] === 117) {
      const low = hexAt(buf, i + 2);
      if (low >= 56320 && low <= 57343) {
        code = 65536 + (code - 55296 << 10) + (low - 56320);
        i += 6;
      }
    }
    if (code >= 55296 && code <= 57343) code = 65533;
    if (code < 128) bytes[n++] = code;
    else if (code < 2048) {
      bytes[n++] = 192 | code >> 6;
      bytes[n++] = 128 | code & 63;
    } else if (code < 65536) {
      bytes[n++] = 224 | code >> 12;
      bytes[n++] = 128 | code >> 6 & 63;
      bytes[n++] = 128 | code & 63;
    } else {
      bytes[n++] = 240 | code >> 18;
      bytes[n++] = 128 | code >> 12 & 63;
      bytes[n++] = 128 | code >> 6 & 63;
      bytes[n++] = 128 | code & 63;
    }
  }
  return { bytes, length: n };
}

// packages/engine/src/validate/checks/json-kernel/json-number-scan.ts
var POW102 = [];
for (let i = 0; i <= 22; i++) POW102.push(Number(`1e${i}`));
var value2 = 0;
function scannedJsonNumber() {
  return value2;
}
function isDigit(b) {
  return b !== void 0 && b >= 48 && b <= 57;
}
function scanJsonNumber(buf, pos) {
  const start = pos;
  const negative = buf[pos] === 45;
  if (negative) pos++;
  let mantissa = 0;
  let count = 0;
  let exp10 = 0;
  let b = buf[pos];
  if (b === 48) {
    count = 1;
    b = buf[++pos];
  } else if (isDigit(b)) {
    while (isDigit(b)) {
      mantissa = mantissa * 10 + b - 48;
      count++;
      b = buf[++pos];
    }
  } else return -1;
  if (b === 46) {
    b = buf[++pos];
    if (!isDigit(b)) return -1;
    while (isDigit(b)) {
      mantissa = mantissa * 10 + b - 48;
      count++;
      exp10--;
      b = buf[++pos];
    }
  }
  if (b === 101 || b === 69) {
    b = buf[++pos];
    let expNegative = false;
    if (b === 45 || b === 43) {
      expNegative = b === 45;
      b = buf[++pos];
    }
    if (!isDigit(b)) return -1;
    let exponent = 0;
    while (isDigit(b)) {
      if (exponent < 1e5) exponent = exponent * 10 + b - 48;
      b = buf[++pos];
    }
    exp10 += expNegative ? -exponent : exponent;
  }
  if (count <= 15 && exp10 >= -22 && exp10 <= 22) {
    const magnitude = exp10 < 0 ? mantissa / POW102[-exp10] : mantissa * POW102[exp10];
    value2 = negative ? -magnitude : magnitude;
  } else value2 = Number(asciiText(buf, start, pos));
  return pos;
}

// packages/engine/src/validate/checks/json-kernel/flat-record-scan.ts
var VALUE_ABSENT = 0;
var VALUE_NULL = 1;
var VALUE_FALSE = 2;
var VALUE_TRUE = 3;
var VALUE_NUMBER = 4;
var VALUE_STRING = 5;
var VALUE_ESCAPED_STRING = 6;
var encoder2 = new TextEncoder();
function isSpace(b) {
  return b === 32 || b === 9 || b === 13;
}
var FlatRecordScanner = class {
  constructor(names, extraKeysAllowed) {
    this.extraKeysAllowed = extraKeysAllowed;
    const n = names.length;
    this.names = names.map((name) => encoder2.encode(name));
    this.types = new Uint8Array(n);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.numbers = new Float64Array(n);
    this.ascii = new Uint8Array(n);
    this.guesses = new Int32Array(n + 8).fill(-1);
  }
  extraKeysAllowed;
  /** Per schema column: VALUE_*, and the value's bytes (a string's between its quotes). */
  types;
  starts;
  ends;
  /** Per schema column: the number (VALUE_NUMBER), and whether a string's bytes are all ASCII. */
  numbers;
  ascii;
  names;
  /** The column the k-th key of the last record named: records mostly repeat their key order. */
  guesses;
  nameIs(c, buf, s, e) {
    const name = this.names[c];
    if (name.length !== e - s) return false;
    for (let i = 0; i < name.length; i++) if (name[i] !== buf[s + i]) return false;
    return true;
  }
  columnOf(buf, s, e, ordinal) {
    const guess = ordinal < this.guesses.length ? this.guesses[ordinal] : -1;
    if (guess >= 0 && this.nameIs(guess, buf, s, e)) return guess;
    for (let c = 0; c < this.names.length; c++) {
      if (this.nameIs(c, buf, s, e)) {
        if (ordinal < this.guesses.length) this.guesses[ordinal] = c;
        return c;
      }
    }
    return -1;
  }
  /** Reads the line `buf` (the whole view, without its line break); false: parse it instead. */
  scan(buf) {
    const types = this.types;
    types.fill(VALUE_ABSENT);
    const end = buf.length;
    let highBits = 0;
    let i = 0;
    while (isSpace(buf[i])) i++;
    if (buf[i] !== 123) return false;
    i++;
    while (isSpace(buf[i])) i++;
    if (buf[i] === 125) i++;
    else {
      for (let ordinal = 0; ; ordinal++) {
        if (buf[i] !== 34) return false;
        const keyStart = ++i;
        let b = buf[i];
        while (b !== 34) {
          if (b === void 0 || b === 92 || b < 32) return false;
          highBits |= b;
          b = buf[++i];
        }
        const c = this.columnOf(buf, keyStart, i, ordinal);
        i++;
        while (isSpace(buf[i])) i++;
        if (buf[i] !== 58) return false;
        i++;
        while (isSpace(buf[i])) i++;
        if (c >= 0 ? types[c] !== VALUE_ABSENT : !this.extraKeysAllowed) return false;
        b = buf[i];
        let kind;
        const valueStart = i;
        if (b === 34) {
          const s = ++i;
          let bits = 0;
          let escaped = false;
          b = buf[i];
          while (b !== 34) {
            if (b === void 0 || b < 32) return false;
            if (b === 92) {
              i = escapeEnd(buf, i);
              if (i < 0) return false;
              escaped = true;
            } else {
              bits |= b;
              i++;
            }
            b = buf[i];
          }
          highBits |= bits;
          if (c >= 0) {
            this.starts[c] = s;
            this.ends[c] = i;
            this.ascii[c] = bits < 128 ? 1 : 0;
          }
          i++;
          kind = escaped ? VALUE_ESCAPED_STRING : VALUE_STRING;
        } else if (b === 45 || b !== void 0 && b >= 48 && b <= 57) {
          i = scanJsonNumber(buf, i);
          if (i < 0) return false;
          if (c >= 0) this.numbers[c] = scannedJsonNumber();
          kind = VALUE_NUMBER;
        } else if (b === 116 && buf[i + 1] === 114 && buf[i + 2] === 117 && buf[i + 3] === 101) {
          i += 4;
          kind = VALUE_TRUE;
        } else if (b === 102 && buf[i + 1] === 97 && buf[i + 2] === 108 && buf[i + 3] === 115 && buf[i + 4] === 101) {
          i += 5;
          kind = VALUE_FALSE;
        } else if (b === 110 && buf[i + 1] === 117 && buf[i + 2] === 108 && buf[i + 3] === 108) {
          i += 4;
          kind = VALUE_NULL;
        } else return false;
        if (c >= 0) {
          types[c] = kind;
          if (kind !== VALUE_STRING && kind !== VALUE_ESCAPED_STRING) {
            this.starts[c] = valueStart;
            this.ends[c] = i;
          }
        }
        while (isSpace(buf[i])) i++;
        b = buf[i];
        if (b === 44) {
          i++;
          while (isSpace(buf[i])) i++;
          continue;
        }
        if (b !== 125) return false;
        i++;
        break;
      }
    }
    while (isSpace(buf[i])) i++;
    if (i !== end) return false;
    return highBits < 128 || isUtf83(buf);
  }
};

// packages/engine/src/validate/checks/json-kernel/scanned-record-checks.ts
var NUMERIC_KINDS2 = /* @__PURE__ */ new Set(["number", "integer", "year"]);
function inheritedName(name) {
  return name in {};
}
function scannedRecordChecks(plan, keys, profiling) {
  if (plan.language !== "table-schema" || profiling) return void 0;
  if (plan.columns.some((c) => inheritedName(c.name))) return void 0;
  return new ScannedRecordChecks(plan, keys);
}
var ScannedRecordChecks = class {
  scanner;
  kinds;
  windows;
  /** Numbers go to the cell checks (their String()), and so do booleans here. */
  takesNumbers;
  takesBooleans;
  scratch = new Uint8Array(1024);
  constructor(plan, keys) {
    const forbidExtra = ["exact", "equal", "superset"].includes(plan.fieldsMatch);
    this.scanner = new FlatRecordScanner(
      plan.columns.map((c) => c.name),
      !forbidExtra
    );
    this.kinds = plan.columns.map((c) => c.kind);
    const keyed = new Set(keys.flatMap((k) => k.columns));
    this.windows = plan.columns.map(
      (column, c) => NUMERIC_KINDS2.has(column.kind) && !keyed.has(c) ? numericWindow(column) : void 0
    );
    this.takesNumbers = Uint8Array.from(
      plan.columns,
      (c) => NUMERIC_KINDS2.has(c.kind) || c.kind === "any" ? 1 : 0
    );
    this.takesBooleans = Uint8Array.from(
      plan.columns,
      (c) => c.kind === "boolean" || c.kind === "any" ? 1 : 0
    );
  }
  /** Reads a line (without its line break); false when it must be parsed and checked the ordinary way. */
  scan(line) {
    return this.scanner.scan(line);
  }
  /** Whether the record last scanned has the column (null or not). */
  has(column) {
    return this.scanner.types[column] !== VALUE_ABSENT;
  }
  /** Checks the record last scanned (`buf` its line) into `target`. */
  check(target, buf, line) {
    const acc = target;
    const { types, starts, ends, numbers, ascii } = this.scanner;
    for (let c = 0; c < types.length; c++) {
      const kind = types[c];
      if (kind === VALUE_ABSENT || kind === VALUE_NULL) {
        nullValue(acc, c, line);
      } else if (kind === VALUE_STRING) {
        checkCell(acc, c, buf, starts[c], ends[c], ascii[c] === 1, line);
      } else if (kind === VALUE_NUMBER) {
        const v = numbers[c];
        const window = this.windows[c];
        if (window !== void 0 && numberIsFine(v, window)) continue;
        if (this.takesNumbers[c] === 1) this.checkText(acc, c, String(v), line);
        else this.typeError(acc, c, JSON.stringify(v), "number", line);
      } else if (kind === VALUE_TRUE || kind === VALUE_FALSE) {
        if (this.takesBooleans[c] === 1) checkCell(acc, c, buf, starts[c], ends[c], true, line);
        else this.typeError(acc, c, kind === VALUE_TRUE ? "true" : "false", "boolean", line);
      } else if (kind === VALUE_ESCAPED_STRING) {
        const { bytes, length } = unescapeJsonString(buf, starts[c], ends[c], this.scratch);
        this.scratch = bytes;
        let high = 0;
        for (let i = 0; i < length; i++) high |= bytes[i];
        checkCell(acc, c, bytes, 0, length, high < 128, line);
      }
    }
  }
  /** A number's String() (ASCII) through the cell checks. */
  checkText(acc, c, text, line) {
    if (this.scratch.length < text.length) this.scratch = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) this.scratch[i] = text.charCodeAt(i);
    checkCell(acc, c, this.scratch, 0, text.length, true, line);
  }
  typeError(acc, c, json, type, line) {
    const shown = json.slice(0, 80);
    acc.addError(c, acc.p.TYPE, line, shown, `${shown} is a JSON ${type}, not a ${this.kinds[c]}`);
  }
};

// packages/engine/src/profile/value-profiling.ts
function profileColumnData(profiler, c, data, rows, validity) {
  const present = (i) => validity === void 0 || validity[i] === 1;
  switch (data.type) {
    case "utf8":
      for (let i = 0; i < rows; i++)
        if (present(i)) profiler.bytes(c, data.data, data.offsets[i], data.offsets[i + 1]);
      return;
    case "dictionary": {
      const { offsets, data: bytes } = data.dictionary;
      const counts = new Float64Array(offsets.length - 1);
      for (let i = 0; i < rows; i++) if (present(i)) counts[data.indices[i]] += 1;
      const decoder = new TextDecoder();
      for (let entry = 0; entry < counts.length; entry++) {
        if (counts[entry] > 0)
          profiler.text(
            c,
            decoder.decode(bytes.subarray(offsets[entry], offsets[entry + 1])),
            counts[entry]
          );
      }
      return;
    }
    case "bool":
      for (let i = 0; i < rows; i++)
        if (present(i)) profiler.text(c, data.values[i] === 1 ? "true" : "false");
      return;
    case "values":
      for (let i = 0; i < rows; i++) if (present(i)) profileJsonValue(profiler, c, data.values[i]);
      return;
    case "int64":
    case "uint64":
      for (let i = 0; i < rows; i++) if (present(i)) profiler.number(c, Number(data.values[i]));
      return;
    default:
      for (let i = 0; i < rows; i++) if (present(i)) profiler.number(c, data.values[i]);
  }
}
function profileJsonValue(profiler, c, value3) {
  if (typeof value3 === "number") profiler.number(c, value3);
  else if (typeof value3 === "string") profiler.text(c, value3);
  else if (typeof value3 === "boolean") profiler.text(c, value3 ? "true" : "false");
  else if (typeof value3 === "bigint") profiler.number(c, Number(value3));
}

// packages/engine/src/validate/checks/cell-kernel/cell-kernel.ts
var hashHi = new Int32Array(1);
var hashLo = new Int32Array(1);
var probes = /* @__PURE__ */ new WeakMap();
function isAscii(bytes, start, end) {
  let ascii = true;
  for (let i = start; i < end; i++) if (bytes[i] > 127) ascii = false;
  return ascii;
}
var cellKernel = {
  prepare,
  runRange,
  matchPattern,
  readRecord,
  checkText(_prepared, column, bytes, start, end, line, into) {
    return checkCell(into, column, bytes, start, end, isAscii(bytes, start, end), line);
  },
  checkTextColumn(prepared, column, offsets, data, rows, validity, hashes, into) {
    const p = prepared;
    const acc = into;
    const plain = p.plainText[column] === 1;
    const dfa = p.patternDfa[column] ?? null;
    for (let i = 0; i < rows; i++) {
      if (validity !== void 0 && validity[i] === 0) {
        nullValue(acc, column, i);
        continue;
      }
      const s = offsets[i];
      const e = offsets[i + 1];
      if (hashes !== void 0) {
        hashBytesInto(hashHi, hashLo, 0, data, s, e);
        hashes[i * 2] = hashHi[0];
        hashes[i * 2 + 1] = hashLo[0];
      }
      if (plain && e > s && (dfa === null || matchPattern(dfa, data, s, e) === 1)) {
        acc.rowNull[column] = 0;
        continue;
      }
      checkCell(acc, column, data, s, e, isAscii(data, s, e), i);
    }
  },
  checkNull(column, line, into) {
    nullValue(into, column, line);
  },
  endRecord(line, into) {
    const acc = into;
    endRow(acc, acc.p.plan.colMap.length, line, void 0);
    acc.rowNull.fill(1);
  },
  addError(into, column, code, line, value3, message) {
    into.addError(column, code, line, value3, message);
  },
  newTarget: (prepared) => newAcc(prepared),
  finishTarget(_prepared, target, rows, lines) {
    const acc = target;
    acc.rows = rows;
    acc.line = lines;
    return finishBatch(acc, 0, 0);
  },
  hashBytesInto(bytes, start, end, into, slot) {
    hashBytesInto(hashHi, hashLo, 0, bytes, start, end);
    into[slot * 2] = hashHi[0];
    into[slot * 2 + 1] = hashLo[0];
  },
  hashNumberInto(value3, into, slot) {
    hashNumberInto(hashHi, hashLo, 0, value3);
    into[slot * 2] = hashHi[0];
    into[slot * 2 + 1] = hashLo[0];
  },
  isCleanText(prepared, column, bytes, start, end) {
    const p = prepared;
    let acc = probes.get(p);
    if (!acc) probes.set(p, acc = newAcc(p));
    const slot = column * p.plan.codeCount;
    let before = acc.nulls[column];
    for (let k = 0; k < p.plan.codeCount; k++) before += acc.counts[slot + k];
    checkCell(acc, column, bytes, start, end, isAscii(bytes, start, end), 0);
    let after = acc.nulls[column];
    for (let k = 0; k < p.plan.codeCount; k++) after += acc.counts[slot + k];
    return after === before;
  }
};
function kernelOnThisThread() {
  return cellKernel;
}

// packages/engine/src/validate/checks/record-checker.ts
var NUMERIC_KINDS3 = /* @__PURE__ */ new Set(["number", "integer", "year"]);
var TEXT_ONLY_KINDS = /* @__PURE__ */ new Set([
  "string",
  "date",
  "datetime",
  "time",
  "yearmonth",
  "duration",
  "geopoint"
]);
var RecordChecker = class {
  constructor(plan, keys, maxExamplesPerColumn, rowValidator, profileMode) {
    this.plan = plan;
    this.rowValidator = rowValidator;
    this.profileMode = profileMode;
    this.names = plan.columns.map((c) => c.name);
    this.known = new Set(this.names);
    this.forbidExtra = plan.language === "table-schema" && ["exact", "equal", "superset"].includes(plan.fieldsMatch);
    this.prepared = this.kernel.prepare({
      delimiter: 44,
      columns: plan.columns,
      colMap: plan.columns.map((_, i) => i),
      keys: keys.map((k) => k.columns),
      codes: CODE_INDEX,
      codeCount: CODE_COUNT,
      maxExamplesPerColumn,
      rowsMode: rowValidator !== void 0,
      maxRecordBytes: 0,
      blockBytes: 0
    });
    this.target = this.kernel.newTarget(this.prepared);
    this.profiler = this.newProfiler();
    const keyed = new Set(keys.flatMap((k) => k.columns));
    this.windows = plan.columns.map(
      (column, c) => NUMERIC_KINDS3.has(column.kind) && !keyed.has(c) && rowValidator === void 0 ? numericWindow(column) : void 0
    );
  }
  plan;
  rowValidator;
  profileMode;
  kernel = kernelOnThisThread();
  prepared;
  target;
  encoder = new TextEncoder();
  scratch = new Uint8Array(1024);
  /**
   * Per column, the numeric window of column-check-loops.ts when a JSON number can skip the kernel: numeric
   * kinds not part of a key (a key hashes every value) and not in rows mode (ajv sees every cast value).
   */
  windows;
  names;
  known;
  rows = 0;
  forbidExtra;
  profiler;
  flushes = 0;
  /** A line that is not a record (invalid JSON, a blank line, not an object). */
  rowProblem(line, code, message, value3) {
    this.rows++;
    this.kernel.addError(this.target, -1, CODE_INDEX[code], line, value3, message);
  }
  check(record, line) {
    this.rows++;
    const { kernel, target } = this;
    this.plan.columns.forEach((column, c) => {
      const value3 = record[column.name];
      if (value3 === void 0 || value3 === null) {
        kernel.checkNull(c, line, target);
        return;
      }
      if (this.profiler !== void 0) profileJsonValue(this.profiler, c, value3);
      const window = this.windows[c];
      if (window !== void 0 && typeof value3 === "number" && numberIsFine(value3, window)) return;
      const textForm = this.textOf(column.kind, value3);
      if (textForm === void 0) {
        const shown = JSON.stringify(value3).slice(0, 80);
        kernel.addError(
          target,
          c,
          CODE_INDEX["type-error"],
          line,
          shown,
          `${shown} is a JSON ${Array.isArray(value3) ? "array" : typeof value3}, not a ${column.kind}`
        );
        return;
      }
      const length = this.encode(textForm);
      kernel.checkText(this.prepared, c, this.scratch, 0, length, line, target);
    });
    if (this.forbidExtra) {
      for (const key of Object.keys(record)) {
        if (!this.known.has(key))
          kernel.addError(
            target,
            -1,
            CODE_INDEX["extra-cell"],
            line,
            key,
            `property "${key}" is not in the schema (fieldsMatch: ${this.plan.fieldsMatch})`
          );
      }
    }
    if (this.rowValidator) {
      for (const violation2 of this.rowValidator(record)) {
        const column = violation2.field === null ? -1 : this.names.indexOf(violation2.field);
        const value3 = violation2.value === void 0 ? null : (typeof violation2.value === "string" ? violation2.value : JSON.stringify(violation2.value)).slice(
          0,
          80
        );
        kernel.addError(target, column, CODE_INDEX[violation2.code], line, value3, violation2.message);
      }
    }
    kernel.endRecord(line, target);
  }
  /**
   * A record checked from its line's bytes by the fused JSON Lines checks (json-kernel/), into the same batch
   * as `check`'s, as `check` would have checked its parsed object.
   */
  checkScanned(checks, bytes, line) {
    this.rows++;
    checks.check(this.target, bytes, line);
    this.kernel.endRecord(line, this.target);
  }
  /** UTF-8 of `text` into the reused scratch buffer (a fresh array per value was most of the time); its length. */
  encode(text) {
    for (; ; ) {
      const { read, written } = this.encoder.encodeInto(text, this.scratch);
      if (read === text.length) return written;
      this.scratch = new Uint8Array(text.length * 3 + 16);
    }
  }
  /** The text a JSON value stands for under the column's kind, or undefined for a JSON type mismatch. */
  textOf(kind, value3) {
    if (this.rowValidator) return typeof value3 === "string" ? value3 : JSON.stringify(value3);
    if (typeof value3 === "string") return value3;
    if (typeof value3 === "number")
      return NUMERIC_KINDS3.has(kind) || kind === "any" ? String(value3) : void 0;
    if (typeof value3 === "boolean") return kind === "boolean" || kind === "any" ? String(value3) : void 0;
    if (TEXT_ONLY_KINDS.has(kind)) return void 0;
    if (kind === "object" && !Array.isArray(value3)) return JSON.stringify(value3);
    if (kind === "array" && Array.isArray(value3)) return JSON.stringify(value3);
    return kind === "any" ? JSON.stringify(value3) : void 0;
  }
  /** Hands over what was checked since the last call; lines are absolute (merge with base line 0). */
  flush() {
    const result = this.kernel.finishTarget(this.prepared, this.target, this.rows, 0);
    const profile = this.profiler?.finish();
    this.target = this.kernel.newTarget(this.prepared);
    this.profiler = this.newProfiler();
    this.rows = 0;
    return profile === void 0 ? result : { ...result, profile };
  }
  newProfiler() {
    if (this.profileMode === void 0) return void 0;
    return new BatchProfiler(
      this.plan.columns.map((column) => column.kind),
      this.profileMode,
      2654435769 ^ this.flushes++
    );
  }
};

// packages/engine/src/validate/readers/json-records.ts
import { isUtf8 as isUtf84 } from "node:buffer";
import { open } from "node:fs/promises";
var NL2 = 10;
var BLOCK2 = 1024 * 1024;
function preview2(text) {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
function isRecord(value3) {
  return typeof value3 === "object" && value3 !== null && !Array.isArray(value3);
}
function parseRecord(bytes, line, what) {
  if (!isUtf84(bytes))
    return {
      kind: "problem",
      code: "encoding-error",
      line,
      message: `invalid UTF-8 in this ${what}`,
      value: null,
      fatal: false
    };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  let value3;
  try {
    value3 = JSON.parse(text);
  } catch (error) {
    return {
      kind: "problem",
      code: "format-error",
      line,
      message: `invalid JSON: ${error.message}`,
      value: preview2(text.trim()),
      fatal: false
    };
  }
  if (nestsDeeperThan(value3)) {
    return {
      kind: "problem",
      code: "format-error",
      line,
      message: `the record is ${NESTED_TOO_DEEP}`,
      value: preview2(text.trim()),
      fatal: false
    };
  }
  if (!isRecord(value3)) {
    return {
      kind: "problem",
      code: "format-error",
      line,
      message: `a record must be a JSON object, not ${Array.isArray(value3) ? "an array" : value3 === null ? "null" : typeof value3}`,
      value: preview2(text.trim()),
      fatal: false
    };
  }
  return { kind: "record", value: value3, line };
}
async function* blocks(path, from = 0) {
  const handle = await open(path, "r");
  try {
    for (let position = from; ; ) {
      const buffer = Buffer.allocUnsafe(BLOCK2);
      const { bytesRead } = await handle.read(buffer, 0, BLOCK2, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
async function lineStartFrom(path, offset) {
  if (offset === 0) return 0;
  let at = offset - 1;
  for await (const block of blocks(path, at)) {
    const nl = block.indexOf(NL2);
    if (nl >= 0) return at + nl + 1;
    at += block.length;
  }
  return at;
}
function oversized(line, maxRecordBytes) {
  return {
    kind: "problem",
    code: "format-error",
    line,
    message: `a record longer than ${maxRecordBytes / 1048576} MiB starts on this line`,
    value: null,
    fatal: true
  };
}
function recordOfLine(bytes, line, first) {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 13) end--;
  let start = 0;
  if (first && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) start = 3;
  const body = bytes.subarray(start, end);
  if (body.every((b) => b === 32 || b === 9))
    return {
      kind: "problem",
      code: "blank-row",
      line,
      message: "blank line",
      value: null,
      fatal: false
    };
  return parseRecord(body, line, "line");
}
function readJsonLineGroups(path, maxRecordBytes, range) {
  return lineGroups(path, maxRecordBytes, range, recordOfLine);
}
function readJsonLineBytes(path, maxRecordBytes, range) {
  return lineGroups(path, maxRecordBytes, range, (bytes, line, first) => ({
    kind: "line",
    bytes,
    line,
    first
  }));
}
async function* lineGroups(path, maxRecordBytes, range, itemOf) {
  const firstByte = range === void 0 ? 0 : await lineStartFrom(path, range.start);
  const until = range?.end ?? Number.POSITIVE_INFINITY;
  const state = {
    pending: [],
    pendingBytes: 0,
    line: 1,
    first: firstByte === 0,
    done: firstByte >= until,
    /** The file offset where the pending line starts, and where the block being read starts. */
    lineStart: firstByte,
    blockStart: firstByte
  };
  if (range !== void 0) range.covered.start = range.covered.end = firstByte;
  const emit = (bytes) => {
    const first = state.first;
    state.first = false;
    return itemOf(bytes, state.line, first);
  };
  function* linesOf(block) {
    let from = 0;
    for (; ; ) {
      const nl = block.indexOf(NL2, from);
      if (nl < 0) {
        state.pending.push(block.subarray(from));
        state.pendingBytes += block.length - from;
        if (state.pendingBytes > maxRecordBytes) {
          state.done = true;
          yield oversized(state.line, maxRecordBytes);
        }
        return;
      }
      const piece = block.subarray(from, nl);
      const bytes = state.pending.length > 0 ? Buffer.concat([...state.pending, piece]) : piece;
      state.pending = [];
      state.pendingBytes = 0;
      if (bytes.length > maxRecordBytes) {
        state.done = true;
        yield oversized(state.line, maxRecordBytes);
        return;
      }
      yield emit(bytes);
      state.line++;
      from = nl + 1;
      state.lineStart = state.blockStart + from;
      if (range !== void 0) {
        range.covered.end = state.lineStart;
        range.covered.lines++;
      }
      if (state.lineStart >= until) {
        state.done = true;
        return;
      }
    }
  }
  if (state.done) return;
  for await (const block of blocks(path, firstByte)) {
    yield linesOf(block);
    state.blockStart += block.length;
    if (state.done) return;
  }
  if (state.pendingBytes > 0) {
    if (range !== void 0) range.covered.end = state.lineStart + state.pendingBytes;
    yield [emit(Buffer.concat(state.pending))];
  }
}
async function* readJsonArray(path, maxRecordBytes) {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let started = false;
  let finished = false;
  let elementLine = 0;
  let element = [];
  let elementBytes = 0;
  let inElement = false;
  const broken = (message) => ({
    kind: "problem",
    code: "format-error",
    line,
    message,
    value: null,
    fatal: true
  });
  for await (const block of blocks(path)) {
    let elementFrom = inElement ? 0 : -1;
    let i = 0;
    if (!started && block[0] === 239 && block[1] === 187 && block[2] === 191) i = 3;
    for (; i < block.length; i++) {
      const b = block[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (b === 92) escaped = true;
        else if (b === 34) inString = false;
        continue;
      }
      if (b === NL2) {
        line++;
        continue;
      }
      if (b === 32 || b === 9 || b === 13) continue;
      if (finished) {
        yield broken("unexpected text after the closing ] of the array");
        return;
      }
      if (!started) {
        if (b !== 91) {
          yield broken("a JSON data file must hold an array of records (use .jsonl for one record per line)");
          return;
        }
        started = true;
        depth = 1;
        continue;
      }
      const closesElement = depth === 1 && (b === 44 || b === 93);
      if (closesElement) {
        if (inElement) {
          element.push(block.subarray(elementFrom, i));
          yield parseRecord(Buffer.concat(element), elementLine, "record");
          element = [];
          elementBytes = 0;
          inElement = false;
          elementFrom = -1;
        } else if (b === 44) {
          yield broken("an empty element in the array");
          return;
        }
        if (b === 93) {
          depth = 0;
          finished = true;
        }
        continue;
      }
      if (!inElement) {
        inElement = true;
        elementLine = line;
        elementFrom = i;
      }
      if (b === 34) inString = true;
      else if (b === 123 || b === 91) depth++;
      else if (b === 125 || b === 93) depth--;
    }
    if (inElement) {
      element.push(Buffer.from(block.subarray(elementFrom)));
      elementBytes += block.length - elementFrom;
      if (elementBytes > maxRecordBytes) {
        yield oversized(elementLine, maxRecordBytes);
        return;
      }
    }
  }
  if (!finished)
    yield broken(started ? "the array never closes (the file ends inside it)" : "the file is empty");
}

// packages/engine/src/validate/checks/json-kernel/json-record-checks.ts
var JsonRecordChecks = class {
  constructor(checker, scanned) {
    this.checker = checker;
    this.scanned = scanned;
    this.present = checker.plan.columns.map(() => false);
    this.missing = this.present.length;
  }
  checker;
  scanned;
  /** Which plan columns some record has, looked for only until all have turned up. */
  present;
  missing;
  /** A JSON Lines line: checked from its bytes where the fused checks read it, else parsed. */
  line(bytes, line, first) {
    const { scanned } = this;
    if (scanned === void 0 || !scanned.scan(bytes)) return this.item(recordOfLine(bytes, line, first));
    for (let c = 0; this.missing > 0 && c < this.present.length; c++) {
      if (!this.present[c] && scanned.has(c)) {
        this.present[c] = true;
        this.missing--;
      }
    }
    this.checker.checkScanned(scanned, bytes, line);
  }
  /** A parsed record, or a line that is no record (a problem that does not stop the file). */
  item(item) {
    if (item.kind === "problem") {
      this.checker.rowProblem(item.line, item.code, item.message, item.value);
      return;
    }
    const { columns } = this.checker.plan;
    for (let c = 0; this.missing > 0 && c < columns.length; c++) {
      if (!this.present[c] && columns[c].name in item.value) {
        this.present[c] = true;
        this.missing--;
      }
    }
    this.checker.check(item.value, item.line);
  }
};

export {
  isoDateToDays,
  isoTimeToSeconds,
  isoDatetimeToMillis,
  repeatedTemporalDirective,
  compileTemporalPattern,
  NUMERIC_DISTINCT_BOUND,
  CATEGORY_BOUND,
  EXACT_CATEGORY_BOUND,
  profileKindOf,
  BatchProfiler,
  profileColumnData,
  numericWindow,
  checkColumnData,
  UnsupportedPattern,
  linearRegExpEngine,
  patternSource,
  builtinPatternSource,
  defaultColumn,
  prepare,
  recordStartAt,
  runRange,
  kernelOnThisThread,
  OrderedKey,
  keySpecs,
  FileAccumulator,
  readJsonLineGroups,
  readJsonLineBytes,
  readJsonArray,
  scannedRecordChecks,
  RecordChecker,
  JsonRecordChecks
};
