import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  RE2JS
} from "./chunk-55NDRWLO.js";

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
    const [key, value2] = written.includes("=") ? written.split("=") : [void 0, written];
    let name = value2;
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
import { closeSync, openSync, readSync } from "node:fs";

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
function hashNumberInto(hi, lo, slot, value2) {
  f64[0] = value2 === 0 ? 0 : value2;
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
var orUndefined = (value2) => value2 === value2 ? value2 : void 0;
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
  addText(value2, count) {
    const entry = this.byText.get(value2);
    if (entry !== void 0) {
      this.counts[entry] += count;
      return;
    }
    if (this.saturated) {
      this.other += count;
      return;
    }
    this.byText.set(value2, this.push(value2, count, 0, 0));
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
  text(c, value2, times = 1) {
    const table = this.tables[c];
    if (table == null) {
      const parse = this.textNumbers[c];
      if (parse == null) return;
      const v = parse(value2);
      if (v === v) for (let i = 0; i < times; i++) this.number(c, v);
      return;
    }
    table.addText(value2, times);
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
function describe(p, c, why, value2, bound) {
  const column = c >= 0 ? p.plan.columns[c] : null;
  const shown = value2 === null ? "" : JSON.stringify(value2);
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
    addError(column, code, line, value2, message) {
      const slot = column < 0 ? p.n : column;
      acc.counts[slot * p.plan.codeCount + code] += 1;
      if (acc.perColumn[slot] < p.plan.maxExamplesPerColumn) {
        acc.perColumn[slot] += 1;
        acc.examples.push({ column, code, line, value: value2, message });
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
  const value2 = e > s || c >= 0 ? preview(buf, s, e) : null;
  acc.examples.push({ column: c, code, line, value: value2, message: describe(p, c, why, value2, bound) });
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
function numericCell(acc, c, kind, buf, s, e, ascii, line, value2, valid) {
  const p = acc.p;
  let v = value2;
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
      let value2;
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
          value2 = numericCell(acc, c, kinds[c], buf, s, pos, true, cellLine, scannedValue(), valid);
          if (rowsMode) acc.values[c] = value2;
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
            if (c2 >= 0) value2 = checkCell(acc, c2, buf, s, pos, ascii, cellLine);
            if (rowsMode && c2 >= 0) acc.values[c2] = value2;
          }
        } else pos = -2;
      } else pos = -2;
      if (pos === -2) {
        pos = slowCell(acc, buf, s, safeEnd, cellLine);
        if (pos < 0) return recordStart;
        if (cell < header) {
          const c2 = colMap[cell];
          if (c2 >= 0)
            value2 = checkCell(acc, c2, acc.scratch, 0, acc.scratchLength, acc.scratchAscii, cellLine);
          if (rowsMode && c2 >= 0) acc.values[c2] = value2;
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
function readAt(fd, buffer, offset, length, position) {
  let total = 0;
  while (total < length) {
    const n = readSync(fd, buffer, offset + total, length - total, position + total);
    if (n === 0) break;
    total += n;
  }
  return total;
}
function speculativeStart(fd, start, fileSize) {
  const probe = Buffer.allocUnsafe(65536);
  let at = start - 1;
  while (at < fileSize) {
    const n = readAt(fd, probe, 0, probe.length, at);
    if (n === 0) break;
    const i = probe.subarray(0, n).indexOf(NL);
    if (i >= 0) return at + i + 1;
    at += n;
  }
  return fileSize;
}
function runRange(prepared, task, onRow) {
  const p = prepared;
  const fd = openSync(task.path, "r");
  try {
    const start = task.speculative && task.start > 0 ? speculativeStart(fd, task.start, task.fileSize) : task.start;
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

export {
  hashBytesInto,
  hashNumberInto,
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
  newAcc,
  finishBatch,
  endRow,
  matchPattern,
  UnsupportedPattern,
  linearRegExpEngine,
  patternSource,
  builtinPatternSource,
  defaultColumn,
  prepare,
  nullValue,
  checkCell,
  readRecord,
  runRange
};
