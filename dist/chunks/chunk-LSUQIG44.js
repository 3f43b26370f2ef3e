import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  debug,
  error,
  setSecret
} from "./chunk-VASYSEUE.js";
import {
  RE2JS,
  UnsupportedPattern,
  builtinPatternSource,
  checkCell,
  compileTemporalPattern,
  defaultColumn,
  endRow,
  finishBatch,
  hashBytesInto,
  hashNumberInto,
  isoDateToDays,
  isoDatetimeToMillis,
  isoTimeToSeconds,
  linearRegExpEngine,
  matchPattern,
  newAcc,
  nullValue,
  patternSource,
  prepare,
  readRecord,
  repeatedTemporalDirective,
  runRange
} from "./chunk-ZVVELOSK.js";
import {
  ExitCode,
  UserError,
  isUserError
} from "./chunk-LPQDUCI6.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-JY54KWOX.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path9, { windows } = {}) => {
      const segs = path9.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal2 = normalizeSimpleBranch(branch);
        if (literal2 && literal2.length === 1) {
          safeChars.push(literal2);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count5 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count5++;
        }
        if (count5 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal2 = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open5 = tokens[token.tokensIndex];
          open5.type = "text";
          open5.value = literal2;
          open5.output = safeOutput || utils.escapeRegex(literal2);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open5.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open5 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open5);
          push(open5);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants3;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify2(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify2;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants3) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants3);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants3) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants3);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error3) {
        super();
        this.error = error3;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants3) {
        this.code = optimizeExpr(this.code, names, constants3);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants3) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants3))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants3) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants3);
        if (!(super.optimizeNames(names, constants3) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants3);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants3) {
        if (!super.optimizeNames(names, constants3))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants3);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants3) {
        if (!super.optimizeNames(names, constants3))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants3);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants3) {
        var _a, _b;
        super.optimizeNames(names, constants3);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants3);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants3);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error3) {
        super();
        this.error = error3;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error3 = this.name("e");
          this._currNode = node.catch = new Catch(error3);
          catchCode(error3);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error3) {
        return this._leafNode(new Throw(error3));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants3) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants3[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants3[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error3 = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error3, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error3 = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error3, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error3, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error3, errorPaths);
    }
    function errorObject(cxt, error3, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error3, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count5 = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count5++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count5 += countKeys(sch));
        }
        if (count5 === Infinity)
          return Infinity;
      }
      return count5;
    }
    function getFullPath(resolver, id = "", normalize2) {
      if (normalize2 !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType2(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType2(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema2(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines: lines2 } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines: lines2, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema2;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve3.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema2.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve3(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema2.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head2 = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head2 + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path9) {
      let input = path9;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path9) {
      if (path9 === "" || path9[0] === "/") {
        return removeDotSegments(path9);
      }
      const segments = path9.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils2();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path9 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path9 && path9 !== "/" ? path9 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils2();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize2(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve3(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative2, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative2 = parse(serialize(relative2, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative2.scheme) {
        target.scheme = relative2.scheme;
        target.userinfo = relative2.userinfo;
        target.host = relative2.host;
        target.port = relative2.port;
        target.path = removeDotSegments(relative2.path || "");
        target.query = relative2.query;
      } else {
        if (relative2.userinfo !== void 0 || relative2.host !== void 0 || relative2.port !== void 0) {
          target.userinfo = relative2.userinfo;
          target.host = relative2.host;
          target.port = relative2.port;
          target.path = removeDotSegments(relative2.path || "");
          target.query = relative2.query;
        } else {
          if (!relative2.path) {
            target.path = base.path;
            if (relative2.query !== void 0) {
              target.query = relative2.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative2.path[0] === "/") {
              target.path = removeDotSegments(relative2.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative2.path;
              } else if (!base.path) {
                target.path = relative2.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative2.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative2.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative2.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize: normalize2,
      resolve: resolve3,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv4 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines: lines2 } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines: lines2 });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema: loadSchema2 } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema2(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text2, msg) => text2 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv4.ValidationError = validation_error_1.default;
    Ajv4.MissingRefError = ref_error_1.default;
    exports.default = Ajv4;
    function checkOptions(checkOpts, options, msg, log2 = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log2](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error3 = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error: error3,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error3 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error: error3,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error3 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error: error3,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error3 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error: error3,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error3 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error: error3,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error3 = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error: error3,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error3 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error: error3,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error3 = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error: error3,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error3 = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error: error3,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error3 = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error: error3,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error3 = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error: error3,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error3 = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error: error3,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error3 = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error: error3,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count5 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count5)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count5) {
          gen.code((0, codegen_1._)`${count5}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count5} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count5} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count5} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error3 = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error: error3,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error3 = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error: error3,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error3 = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error: error3,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error3 = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error: error3,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error3 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error: error3,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error3 = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error: error3,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv4 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv4;
    module.exports = exports = Ajv4;
    module.exports.Ajv = Ajv4;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv4;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error3 = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error: error3,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats3(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list2 = opts.formats || formats_1.formatNames;
      addFormats3(ajv, list2, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats3(ajv, list2, fs3, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list2)
        ajv.addFormat(f, fs3[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar4(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar4;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path9) {
      const ctrl = callVisitor(key, node, visitor, path9);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path9, ctrl);
        return visit_(key, ctrl, visitor, path9);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path9 = Object.freeze(path9.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path9);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path9 = Object.freeze(path9.concat(node));
          const ck = visit_("key", node.key, visitor, path9);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path9);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path9) {
      const ctrl = await callVisitor(key, node, visitor, path9);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path9, ctrl);
        return visitAsync_(key, ctrl, visitor, path9);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path9 = Object.freeze(path9.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path9);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path9 = Object.freeze(path9.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path9);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path9);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path9) {
      if (typeof visitor === "function")
        return visitor(key, node, path9);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path9);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path9);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path9);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path9);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path9);
      return void 0;
    }
    function replaceNode(key, path9, node) {
      const parent = path9[path9.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error3) {
            onError(String(error3));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines2 = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines2.push(`%TAG ${handle} ${prefix}`);
        }
        return lines2.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error3 = new Error("Failed to resolve repeated object (this should not happen)");
              error3.source = source;
              throw error3;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count5, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count5);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count5 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count5)
            count5 = c;
        }
        return count5;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path9, value) {
      let v = value;
      for (let i = path9.length - 1; i >= 0; --i) {
        const k = path9[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path9) => path9 == null || typeof path9 === "object" && !!path9[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path9, value) {
        if (isEmptyPath(path9))
          this.add(value);
        else {
          const [key, ...rest] = path9;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path9) {
        const [key, ...rest] = path9;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path9, keepScalar) {
        const [key, ...rest] = path9;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path9) {
        const [key, ...rest] = path9;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path9, value) {
        const [key, ...rest] = path9;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug2(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug2;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines2.push(blockItemPrefix + str2);
      }
      let str;
      if (lines2.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines2[0];
        for (let i = 1; i < lines2.length; ++i) {
          const line = lines2[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines2.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines2.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines2.push(str);
        linesAtValue = lines2.length;
      }
      const { start, end } = flowChars;
      if (lines2.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines2.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines2)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines2.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines2, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines2.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines2 = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines2[i] = str.substr(o, lineWidth);
          }
          str = lines2.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign2 = str[0];
      if (sign2 === "-" || sign2 === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign2 === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign2 === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign2 = str[0];
      const parts = sign2 === "-" || sign2 === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign2 === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign2 = "";
      if (value < 0) {
        sign2 = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign2 + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp2.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp2 = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp2.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines2 = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines2.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines2.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines2.length !== 1)
          lines2.unshift("");
        const cs = commentString(doc.commentBefore);
        lines2.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines2.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines2.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines2[lines2.length - 1] === "---") {
          lines2[lines2.length - 1] = `--- ${body}`;
        } else
          lines2.push(body);
      } else {
        lines2.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines2.push("...");
            lines2.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines2.push(`... ${cs}`);
          }
        } else {
          lines2.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines2[lines2.length - 1] !== "")
            lines2.push("");
          lines2.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines2.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path9, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path9, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path9) {
        if (Collection.isEmptyPath(path9)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path9) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path9, keepScalar) {
        if (Collection.isEmptyPath(path9))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path9, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path9) {
        if (Collection.isEmptyPath(path9))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path9) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path9, value) {
        if (Collection.isEmptyPath(path9)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path9), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path9, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count5, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count5);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error3) => {
      if (error3.pos[0] === -1)
        return;
      error3.linePos = error3.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error3.linePos[0];
      error3.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count5 = 1;
        const end = error3.linePos[1];
        if (end?.line === line && end.col > col) {
          count5 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count5);
        error3.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines2 = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines2.length;
      for (let i = lines2.length - 1; i >= 0; --i) {
        const content = lines2[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines2.length > 0 ? "\n".repeat(Math.max(1, lines2.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines2[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines2.length - 1; i >= chompStart; --i) {
        if (lines2[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines2[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines2[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines2.length; ++i)
            value += "\n" + lines2[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error3 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error3 === -1)
            error3 = offset + i;
        }
      }
      if (error3 !== -1)
        onError(error3, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines2 = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines2.push([split[i], split[i + 1]]);
      return lines2;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error3) {
        const msg = error3 instanceof Error ? error3.message : String(error3);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error3) {
            const message = error3 instanceof Error ? error3.message : String(error3);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors2();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error3 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error3);
            else
              this.doc.errors.push(error3);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head2 = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head2 }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head2 = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head2;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head2 }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path9) => {
      let item = cst;
      for (const [field, index] of path9) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path9) => {
      const parent = visit.itemAtPath(cst, path9.slice(0, -1));
      const field = path9[path9.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path9, item, visitor) {
      let ctrl = visitor(item, path9);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path9.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path9);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path9) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM2 = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar4 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM2:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM2:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM2;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar4;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error3) {
        const token = error3 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs3 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs3, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs3);
              } else {
                Object.assign(it, { key: fs3, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs3 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs3, sep: [] });
              else if (it.sep)
                this.stack.push(fs3);
              else
                Object.assign(it, { key: fs3, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors2();
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error3 = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error: error3,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error3 = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error: error3,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema4 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema4();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// packages/github/src/github-failure.ts
function describeGitHubFailure(error3) {
  const failure = error3;
  const code = networkFailureCode(error3);
  if (code !== void 0 && failure?.request !== void 0) {
    const url2 = (failure.request.url ?? "").replace(/\?.*$/, "");
    const request = `${failure.request.method ?? "a request"} ${url2}`;
    if (code === "ETIMEDOUT")
      return `GitHub at ${originOf(url2)} did not answer ${request}: ${firstLine(failure.message)}`;
    return `cannot reach GitHub at ${originOf(url2)}: ${code} (${request})`;
  }
  if (failure?.name !== "HttpError" || failure.request === void 0 || typeof failure.status !== "number") {
    return void 0;
  }
  const url = (failure.request.url ?? "").replace(/\?.*$/, "");
  return `GitHub answered ${failure.status} to ${failure.request.method ?? "a request"} ${url}: ${firstLine(failure.message)}`;
}
function firstLine(message) {
  return (message ?? "").split("\n")[0].slice(0, 300);
}
function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
function httpStatusOf(error3) {
  const status = error3?.status;
  return typeof status === "number" ? status : void 0;
}
function networkFailureCode(error3) {
  const failure = error3;
  if (typeof failure !== "object" || failure === null) return void 0;
  if (failure.response !== void 0) return void 0;
  if (typeof failure.status === "number" && failure.status !== 500) return void 0;
  let cause = failure;
  for (let depth = 0; depth < 5 && typeof cause === "object" && cause !== null; depth++) {
    const code = cause.code;
    if (typeof code === "string" && code !== "") return code.startsWith("UND_ERR") ? "ECONNRESET" : code;
    cause = cause.cause;
  }
  return failure.status === 500 && "cause" in failure ? "ECONNRESET" : void 0;
}

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path9) {
  let normalized = normalize(path9);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path9, separator) {
  return path9.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path9) {
  return path9 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path9);
}
function normalizePath(path9, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path9.includes("/") || path9.startsWith(".");
  if (resolvePaths) path9 = resolve(path9);
  if (normalizePath$1 || pathNeedsCleaning) path9 = cleanPath(path9);
  if (path9 === ".") return "";
  const needsSeperator = path9[path9.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path9 + pathSeparator : path9, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path9 = directoryPath || ".";
  if (filters.every((filter) => filter(path9, true))) paths.push(path9);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path9, state, callback$1) {
  const { queue, fs: fs3, options: { suppressErrors } } = state;
  queue.enqueue();
  fs3.realpath(path9, (error3, resolvedPath) => {
    if (error3) return queue.dequeue(suppressErrors ? null : error3, state);
    fs3.stat(resolvedPath, (error$1, stat3) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat3.isDirectory() && isRecursive(path9, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat3, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path9, state, callback$1) {
  const { queue, fs: fs3, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs3.realpathSync(path9);
    const stat3 = fs3.statSync(resolvedPath);
    if (stat3.isDirectory() && isRecursive(path9, resolvedPath, state)) return;
    callback$1(stat3, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path9, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path9);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path9, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error3, callback$1) => {
  report(error3, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error3, callback$1) => {
  report(error3, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error3, callback$1) => {
  report(error3, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error3, callback$1) => {
  report(error3, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error3, callback$1, output, suppressErrors) {
  if (error3 && !suppressErrors) callback$1(error3, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs: fs3 } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs3.readdir(crawlPath || ".", readdirOpts, (error3, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error3, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs: fs3 } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs3.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error3, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error3)) {
      this.onQueueEmpty(error3, output);
      if (error3) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error3, state) => this.callbackInvoker(state, error3, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path9 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path9)) continue;
        this.pushDirectory(path9, paths, filters);
        this.walkDirectory(this.state, path9, path9, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path9 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path9, this.state, (stat3, resolvedPath) => {
          if (stat3.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path9 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path9 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path9;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path9) => isMatch(path9));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path9) {
  return path9.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path9) {
  var _result$parts;
  const result = import_picomatch.default.scan(path9, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path9];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path9) => path9.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path9) => path9.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug: debug2, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug2 ? (p, isDirectory) => {
      const path9 = format(p, isDirectory);
      const matches = matcher(path9) && !ignore(path9);
      if (matches) log(`matched ${path9}`);
      return matches;
    } : (p, isDirectory) => {
      const path9 = format(p, isDirectory);
      return matcher(path9) && !ignore(path9);
    }],
    exclude: debug2 ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}

// packages/engine/src/file-patterns.ts
var MAX_STARS_PER_SEGMENT = 2;
function checkFilePattern(pattern, label) {
  if (/[@!+*?]\(/.test(pattern)) {
    throw new UserError(
      `${label}: '${pattern}' uses an extglob (like +(…) or @(…)), which mlgate does not take`
    );
  }
  for (const segment of pattern.split("/")) {
    if (segment === "**") continue;
    const stars = segment.match(/\*+/g)?.length ?? 0;
    if (stars > MAX_STARS_PER_SEGMENT) {
      throw new UserError(
        `${label}: '${pattern}' has ${stars} wildcards in one path segment; at most ${MAX_STARS_PER_SEGMENT} are allowed, so matching stays fast`
      );
    }
  }
  return pattern;
}
async function expandFilePatterns(patterns, cwd, label) {
  const files = [];
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      files.push(pattern);
      continue;
    }
    const matches = (await glob(checkFilePattern(pattern, label), { cwd, onlyFiles: true })).sort();
    if (matches.length === 0) throw new UserError(`${label}: '${pattern}' matches no file`);
    for (const match of matches) files.push(match);
  }
  return files;
}

// packages/engine/src/validate/report/file-sha256.ts
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { Worker } from "node:worker_threads";
var OFF_THREAD_MIN_BYTES = 8 * 1024 * 1024;
var HASH_LOOP = `
function hashFile(path, createHash, fs) {
  const hash = createHash('sha256');
  const fd = fs.openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    for (;;) {
      const bytesRead = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}`;
var WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
${HASH_LOOP}
try {
  parentPort.postMessage({ hex: hashFile(workerData, require('node:crypto').createHash, require('node:fs')) });
} catch (error) {
  parentPort.postMessage({ error: String((error && error.message) || error) });
}
`;
var hashInThread = new Function(`${HASH_LOOP}; return hashFile;`)();
async function sha256File(path9, size2, options = {}) {
  if (size2 < OFF_THREAD_MIN_BYTES || options.inThread === true) return hashInThread(path9, createHash, fs);
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: path9 });
  try {
    return await new Promise((resolve3, reject) => {
      worker.once(
        "message",
        (reply) => "hex" in reply ? resolve3(reply.hex) : reject(new Error(reply.error))
      );
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the sha256 worker exited early (code ${code})`)));
    });
  } finally {
    await worker.terminate();
  }
}

// packages/engine/src/user-file.ts
import { constants } from "node:fs";
import { open, realpath as realpath2, stat as stat2 } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
function fileKind(info) {
  if (info.isFile()) return "regular file";
  if (info.isDirectory()) return "directory";
  if (info.isFIFO()) return "pipe";
  if (info.isCharacterDevice()) return "character device";
  if (info.isBlockDevice()) return "block device";
  if (info.isSocket()) return "socket";
  return "special file";
}
var MAX_USER_TEXT_BYTES = 64 * 1024 * 1024;
var FIFO_WRITER_WAIT_MS = 5e3;
var RETRY_MS = 10;
function cannotRead(what, error3, where) {
  const code = error3.code;
  return new UserError(
    code === "ENOENT" ? `no such ${what}` : `cannot read the ${what} (${code ?? String(error3)})`,
    where
  );
}
async function openUserFile(absolute) {
  const before = fileKind(await stat2(absolute));
  if (before === "socket" || before === "directory") return { handle: void 0, kind: before };
  const handle = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    return { handle, kind: fileKind(info), info };
  } catch (error3) {
    await handle.close();
    throw error3;
  }
}
async function readUserText(file, options) {
  const where = { file: options.shownAs ?? file };
  const absolute = options.cwd === void 0 ? file : path.resolve(options.cwd, file);
  const maxBytes = options.maxBytes ?? MAX_USER_TEXT_BYTES;
  let opened;
  try {
    opened = await openUserFile(absolute);
  } catch (error3) {
    throw cannotRead(options.what, error3, where);
  }
  const { handle, kind } = opened;
  try {
    if (kind === "directory") throw new UserError(`the ${options.what} is a folder, not a file`, where);
    if (handle === void 0 || kind !== "regular file")
      throw new UserError(`the ${options.what} is not a regular file (a ${kind})`, where);
    const size2 = opened.info.size;
    if (size2 > maxBytes) {
      throw new UserError(`the ${options.what} has ${size2} bytes; at most ${maxBytes} are read`, where);
    }
    const buffer = Buffer.allocUnsafe(size2 + 1);
    let length = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > size2)
        throw new UserError(`the ${options.what} grew while it was read; read it again`, where);
    }
    return buffer.toString("utf8", 0, length);
  } catch (error3) {
    if (error3 instanceof UserError) throw error3;
    throw cannotRead(options.what, error3, where);
  } finally {
    await handle?.close();
  }
}
async function mayAwaitWriter(absolute, kind) {
  if (kind !== "pipe") return false;
  return realpath2(absolute).then(
    (resolved) => !resolved.includes("pipe:["),
    () => false
  );
}
async function* readUserStream(absolute, opened, shownAs, options = {}) {
  const chunkBytes = options.chunkBytes ?? 1024 * 1024;
  const writerWaitMs = options.writerWaitMs ?? FIFO_WRITER_WAIT_MS;
  let awaitingWriter = await mayAwaitWriter(absolute, opened.kind);
  const started = Date.now();
  const buffer = Buffer.allocUnsafe(chunkBytes);
  for (; ; ) {
    let bytesRead;
    try {
      ({ bytesRead } = await opened.handle.read(buffer, 0, chunkBytes, null));
    } catch (error3) {
      const code = error3.code;
      if (code !== "EAGAIN" && code !== "EWOULDBLOCK") throw cannotRead("file", error3, { file: shownAs });
      awaitingWriter = false;
      await sleep(RETRY_MS);
      continue;
    }
    if (bytesRead > 0) {
      awaitingWriter = false;
      yield buffer.subarray(0, bytesRead);
      continue;
    }
    if (!awaitingWriter) return;
    if (Date.now() - started >= writerWaitMs) {
      throw new UserError(
        `nothing was written to the pipe: no writer opened it within ${writerWaitMs / 1e3} s`,
        { file: shownAs }
      );
    }
    await sleep(RETRY_MS * 5);
  }
}

// packages/engine/src/report/report-subject.ts
var MLGATE_VERSION = "0.1.0";
var COMMIT_SHA_SCHEMA = { type: "string", pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" };
var SUBJECT_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    repository: { type: "string", pattern: "^[^/\\s]+/[^/\\s]+$" },
    sha: COMMIT_SHA_SCHEMA,
    pullRequest: { type: "integer", minimum: 1 },
    runId: { type: "integer", minimum: 1 },
    runAttempt: { type: "integer", minimum: 1 }
  }
};

// packages/engine/src/compare/comparison-report.ts
var COMPARISON_REPORT_KIND = "mlgate/comparison@1";
var METRIC_VERDICTS = ["pass", "improved", "changed", "warn", "fail", "new", "missing"];
var FOLDABLE_VERDICTS = ["pass", "improved", "changed", "new", "missing"];

// packages/engine/src/gate/verdict.ts
var VERDICTS = ["pass", "warn", "fail", "neutral"];
var NEUTRAL_REASONS = ["no-baseline", "nothing-to-check"];
var SEVERITY = { fail: 3, warn: 2, neutral: 1, pass: 0 };
function worseVerdict(a, b) {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}
var FAIL_ON = ["fail", "warn", "never"];
var RENAMED_FAIL_ON = { error: "fail" };
function failsUnder(verdict, failOn) {
  switch (failOn) {
    case "fail":
      return verdict === "fail";
    case "warn":
      return verdict === "fail" || verdict === "warn";
    case "never":
      return false;
  }
}
var REPORT_VERDICT_SCHEMA = {
  properties: {
    verdict: { enum: [...VERDICTS] },
    neutralReason: { enum: [...NEUTRAL_REASONS] },
    verdictReason: { type: "string" }
  },
  rule: {
    if: { properties: { verdict: { const: "neutral" } }, required: ["verdict"] },
    then: { properties: { neutralReason: { enum: [...NEUTRAL_REASONS] } }, required: ["neutralReason"] },
    else: { properties: { neutralReason: false } }
  }
};

// packages/engine/src/compare/comparison-report-schema.ts
var location = {
  type: "object",
  additionalProperties: false,
  required: ["file"],
  properties: {
    file: { type: "string" },
    line: { type: "integer", minimum: 1 },
    column: { type: "integer", minimum: 1 }
  }
};
var sha = COMMIT_SHA_SCHEMA;
var COMPARISON_REPORT_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "mlgate comparison report",
  type: "object",
  additionalProperties: false,
  allOf: [REPORT_VERDICT_SCHEMA.rule],
  required: [
    "kind",
    "mlgateVersion",
    "subject",
    "verdict",
    "verdictReason",
    "baseline",
    "requireBaseline",
    "policy",
    "current",
    "summary",
    "metrics",
    "warnings"
  ],
  properties: {
    kind: { const: COMPARISON_REPORT_KIND },
    mlgateVersion: { type: "string" },
    subject: SUBJECT_SCHEMA,
    ...REPORT_VERDICT_SCHEMA.properties,
    baseline: { $ref: "#/definitions/provenance" },
    requireBaseline: { type: "boolean" },
    policy: {
      oneOf: [
        {
          type: "object",
          additionalProperties: false,
          required: ["kind", "sha256"],
          properties: { kind: { const: "builtin" }, sha256: { $ref: "#/definitions/sha256" } }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["kind", "file", "sha256"],
          properties: {
            kind: { const: "file" },
            file: { type: "string" },
            sha256: { $ref: "#/definitions/sha256" }
          }
        }
      ]
    },
    current: {
      type: "object",
      additionalProperties: false,
      required: ["files"],
      properties: { files: { type: "array", items: { type: "string" } } }
    },
    summary: {
      type: "object",
      additionalProperties: false,
      required: ["total", ...METRIC_VERDICTS],
      properties: Object.fromEntries(
        ["total", ...METRIC_VERDICTS].map((name) => [name, { type: "integer", minimum: 0 }])
      )
    },
    metrics: { type: "array", items: { $ref: "#/definitions/metric" } },
    warnings: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["message"],
        properties: { message: { type: "string" }, location }
      }
    }
  },
  definitions: {
    sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
    value: {
      description: "A metric value; NaN and the infinities are explicit cases, never JSON numbers.",
      oneOf: [
        {
          type: "object",
          additionalProperties: false,
          required: ["type", "value"],
          properties: { type: { const: "number" }, value: { type: "number" } }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["type"],
          properties: { type: { enum: ["nan", "null"] } }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["type", "sign"],
          properties: { type: { const: "infinity" }, sign: { enum: [1, -1] } }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["type", "value"],
          properties: { type: { const: "text" }, value: { type: "string" } }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["type", "value"],
          properties: { type: { const: "boolean" }, value: { type: "boolean" } }
        }
      ]
    },
    rule: {
      oneOf: [
        {
          type: "object",
          additionalProperties: false,
          required: ["match", "pattern"],
          properties: { match: { enum: ["exact", "glob"] }, pattern: { type: "string" }, location }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["match"],
          properties: { match: { const: "default" }, location }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["match"],
          properties: { match: { const: "builtin" } }
        }
      ]
    },
    metric: {
      type: "object",
      additionalProperties: false,
      required: ["name", "baseline", "current", "delta", "verdict", "reason", "rule"],
      properties: {
        name: { type: "string" },
        baseline: { oneOf: [{ type: "null" }, { $ref: "#/definitions/value" }] },
        current: { oneOf: [{ type: "null" }, { $ref: "#/definitions/value" }] },
        delta: {
          oneOf: [
            { type: "null" },
            {
              type: "object",
              additionalProperties: false,
              required: ["absolute", "relative"],
              properties: { absolute: { type: "number" }, relative: { type: ["number", "null"] } }
            }
          ]
        },
        verdict: { enum: [...METRIC_VERDICTS] },
        reason: { type: "string" },
        rule: { $ref: "#/definitions/rule" },
        source: location
      }
    },
    provenance: {
      oneOf: [
        {
          type: "object",
          additionalProperties: false,
          required: ["source", "key", "commit", "date"],
          properties: {
            source: { const: "cache" },
            key: { type: "string" },
            commit: sha,
            date: { type: "string" }
          }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["source", "ref", "path", "commit", "date"],
          properties: {
            source: { const: "git" },
            ref: { type: "string" },
            path: { type: "string" },
            commit: sha,
            date: { type: "string" }
          }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["source", "tag", "asset", "commit", "date"],
          properties: {
            source: { const: "release" },
            tag: { type: "string" },
            asset: { type: "string" },
            commit: sha,
            date: { type: "string" },
            url: { type: "string" }
          }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["source", "path"],
          properties: {
            source: { const: "file" },
            path: { type: "string" },
            commit: sha,
            date: { type: "string" }
          }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["source", "reason"],
          properties: { source: { const: "none" }, reason: { type: "string" } }
        }
      ]
    }
  }
};

// packages/engine/src/validate/report/validation-report.ts
var VALIDATION_REPORT_KIND = "mlgate/validation@1";
var count = (n, word) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
function validationVerdict(files, errorCount) {
  if (errorCount === 0) return { verdict: "pass", verdictReason: `${count(files.length, "file")} valid` };
  const invalid = files.filter((file) => !file.valid).length;
  return {
    verdict: "fail",
    verdictReason: `${count(errorCount, "error")} in ${invalid} of ${count(files.length, "file")}`
  };
}

// packages/engine/src/validate/report/error-codes.ts
var ERROR_CODES = [
  "type-error",
  "constraint-error",
  "missing-cell",
  "extra-cell",
  "blank-row",
  "unique-error",
  "primary-key-error",
  "schema-mismatch",
  "encoding-error",
  "format-error",
  "row-count-error",
  "null-fraction-error"
];
var CODE_INDEX = Object.fromEntries(
  ERROR_CODES.map((code, index) => [code, index])
);
var CODE_COUNT = ERROR_CODES.length;

// packages/engine/src/validate/report/validation-report-schema.ts
var sha256 = { type: "string", pattern: "^[0-9a-f]{64}$" };
var count2 = { type: "integer", minimum: 0 };
var countsByCode = {
  type: "object",
  additionalProperties: false,
  properties: Object.fromEntries(ERROR_CODES.map((code) => [code, count2]))
};
var error2 = {
  type: "object",
  additionalProperties: false,
  required: ["code", "file", "row", "field", "message", "value"],
  properties: {
    code: { enum: [...ERROR_CODES] },
    file: { type: "string" },
    row: {
      type: ["integer", "null"],
      minimum: 1,
      description: "physical line (CSV, JSONL, JSON) or record number (Parquet, Arrow)"
    },
    field: { type: ["string", "null"] },
    message: { type: "string" },
    value: { type: ["string", "null"] }
  }
};
var VALIDATION_REPORT_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "mlgate validation report",
  type: "object",
  additionalProperties: false,
  required: [
    "kind",
    "mlgateVersion",
    "subject",
    "verdict",
    "verdictReason",
    "createdAt",
    "valid",
    "rows",
    "errorCount",
    "errorsByCode",
    "errors",
    "errorsTruncated",
    "limits",
    "schema",
    "files",
    "fingerprint"
  ],
  properties: {
    kind: { const: VALIDATION_REPORT_KIND },
    mlgateVersion: { type: "string" },
    subject: SUBJECT_SCHEMA,
    verdict: { enum: ["pass", "fail"] },
    verdictReason: REPORT_VERDICT_SCHEMA.properties.verdictReason,
    createdAt: { type: "string", format: "date-time" },
    valid: { type: "boolean" },
    rows: count2,
    errorCount: count2,
    errorsByCode: countsByCode,
    errors: { type: "array", items: error2 },
    errorsTruncated: { type: "boolean" },
    limits: {
      type: "object",
      additionalProperties: false,
      required: ["maxErrors", "examplesPerColumn"],
      properties: { maxErrors: count2, examplesPerColumn: count2 }
    },
    schema: {
      type: "object",
      additionalProperties: false,
      required: ["path", "language", "sha256"],
      properties: { path: { type: "string" }, language: { enum: ["table-schema", "json-schema"] }, sha256 }
    },
    files: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "path",
          "format",
          "bytes",
          "sha256",
          "rows",
          "valid",
          "errorCount",
          "errorsByCode",
          "columns",
          "rowErrors"
        ],
        properties: {
          path: { type: "string" },
          format: { enum: ["csv", "tsv", "jsonl", "json", "parquet", "arrow"] },
          bytes: count2,
          sha256,
          rows: count2,
          valid: { type: "boolean" },
          errorCount: count2,
          errorsByCode: countsByCode,
          rowErrors: countsByCode,
          stoppedAt: error2,
          columns: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["name", "type", "present", "nulls", "errors"],
              properties: {
                name: { type: "string" },
                type: { type: "string" },
                present: { type: "boolean" },
                nulls: count2,
                errors: countsByCode
              }
            }
          }
        }
      }
    },
    fingerprint: sha256
  }
};

// packages/engine/src/report/published-document.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);

// packages/engine/src/nesting-depth.ts
var MAX_NESTING_DEPTH = 100;
var NESTED_TOO_DEEP = `nested deeper than ${MAX_NESTING_DEPTH} levels`;
function nestsDeeperThan(value, limit = MAX_NESTING_DEPTH) {
  if (typeof value !== "object" || value === null) return false;
  const stack = [{ value, depth: 1 }];
  for (let top = stack.pop(); top !== void 0; top = stack.pop()) {
    if (top.depth > limit) return true;
    for (const child of Object.values(top.value)) {
      if (typeof child === "object" && child !== null) stack.push({ value: child, depth: top.depth + 1 });
    }
  }
  return false;
}
function jsonNestingOverflow(text2, limit = MAX_NESTING_DEPTH) {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text2.length; index++) {
    const code = text2.charCodeAt(index);
    if (inString) {
      if (code === 92) index++;
      else if (code === 34) inString = false;
    } else if (code === 34) {
      inString = true;
    } else if (code === 123 || code === 91) {
      if (++depth > limit) return index;
    } else if (code === 125 || code === 93) {
      depth--;
    }
  }
  return -1;
}
function lineAndColumn(text2, offset) {
  let line = 1;
  let lineStart = 0;
  for (let index = text2.indexOf("\n"); index !== -1 && index < offset; index = text2.indexOf("\n", index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// packages/engine/src/json-document.ts
function parseJsonDocument(text2, file, what) {
  const tooDeep = jsonNestingOverflow(text2);
  if (tooDeep >= 0) {
    const { line, column } = lineAndColumn(text2, tooDeep);
    throw new UserError(`${what} is ${NESTED_TOO_DEEP} (at line ${line}, column ${column})`, {
      file,
      line,
      column
    });
  }
  try {
    return JSON.parse(text2);
  } catch (error3) {
    const message = error3.message;
    const offset = jsonSyntaxErrorOffset(text2);
    if (offset === void 0) throw new UserError(`${what} is not valid JSON: ${message}`, { file });
    const { line, column } = lineAndColumn(text2, offset);
    const problem = message.replace(/ in JSON at position \d+.*$/s, "").replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, "");
    throw new UserError(`${what} is not valid JSON at line ${line}, column ${column}: ${problem}`, {
      file,
      line,
      column
    });
  }
}
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var ESCAPED = new Set([...'"\\/bfnrtu'].map((char) => char.charCodeAt(0)));
function jsonSyntaxErrorOffset(text2) {
  const open5 = [];
  let expect = "value";
  let index = 0;
  const string = () => {
    for (index++; index < text2.length; index++) {
      const code = text2.charCodeAt(index);
      if (code === 34) {
        index++;
        return void 0;
      }
      if (code < 32) return index;
      if (code === 92) {
        const next = text2.charCodeAt(++index);
        if (!ESCAPED.has(next)) return index;
        if (next === 117 && !/^[0-9a-fA-F]{4}$/.test(text2.slice(index + 1, index + 5))) return index + 1;
      }
    }
    return text2.length;
  };
  for (; ; ) {
    while (index < text2.length && " 	\n\r".includes(text2[index])) index++;
    if (index >= text2.length) return expect === "after" && open5.length === 0 ? void 0 : text2.length;
    const code = text2.charCodeAt(index);
    if (expect === "value" || expect === "first-value") {
      if (code === 93 && expect === "first-value") {
        open5.pop();
        index++;
        expect = "after";
      } else if (code === 123 || code === 91) {
        open5.push(code);
        index++;
        expect = code === 123 ? "first-key" : "first-value";
      } else if (code === 34) {
        const bad = string();
        if (bad !== void 0) return bad;
        expect = "after";
      } else {
        NUMBER.lastIndex = index;
        const literal2 = ["true", "false", "null"].find((word) => text2.startsWith(word, index));
        const length = literal2?.length ?? NUMBER.exec(text2)?.[0].length;
        if (length === void 0) return index;
        index += length;
        expect = "after";
      }
    } else if (expect === "key" || expect === "first-key") {
      if (code === 125 && expect === "first-key") {
        open5.pop();
        index++;
        expect = "after";
      } else {
        if (code !== 34) return index;
        const bad = string();
        if (bad !== void 0) return bad;
        expect = "colon";
      }
    } else if (expect === "colon") {
      if (code !== 58) return index;
      index++;
      expect = "value";
    } else {
      const top = open5.at(-1);
      if (top === void 0) return index;
      if (code === 44) expect = top === 123 ? "key" : "value";
      else if (code === (top === 123 ? 125 : 93)) open5.pop();
      else return index;
      index++;
    }
  }
}

// packages/engine/src/report/published-document.ts
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
function compileDocumentSchema(schema) {
  return addFormats(new import_ajv.Ajv({ allErrors: false, strict: false })).compile(schema);
}
function parseBoundedJson(text2, source, what, maxBytes, sourceIsFile = false) {
  try {
    if (Buffer.byteLength(text2, "utf8") > maxBytes) {
      throw new UserError(`${what} is at most ${maxBytes} bytes`, { file: source });
    }
    return parseJsonDocument(text2, source, what);
  } catch (error3) {
    if (sourceIsFile || !(error3 instanceof UserError) || error3.location === void 0) throw error3;
    throw new UserError(`${source}: ${error3.message}`);
  }
}
function schemaProblem(errors, document) {
  const specific = errors.filter((error4) => error4.keyword !== "oneOf");
  const error3 = [...specific.length > 0 ? specific : errors].sort(
    (a, b) => b.instancePath.split("/").length - a.instancePath.split("/").length
  )[0];
  const where = error3.instancePath === "" ? document : error3.instancePath;
  const extra = error3.keyword === "additionalProperties" ? ` ('${String(error3.params.additionalProperty)}')` : "";
  return `${where} ${error3.message ?? error3.keyword}${extra}`;
}

// packages/engine/src/report/report-file.ts
var REPORT_SCHEMAS = {
  [COMPARISON_REPORT_KIND]: COMPARISON_REPORT_SCHEMA,
  [VALIDATION_REPORT_KIND]: VALIDATION_REPORT_SCHEMA
};
var MAX_REPORT_BYTES = 16 * 1024 * 1024;
var validators;
function validatorFor(kind) {
  validators ??= new Map(
    Object.entries(REPORT_SCHEMAS).map(([name, schema]) => [name, compileDocumentSchema(schema)])
  );
  return validators.get(kind);
}
function parseReport(text2, file) {
  const value = parseBoundedJson(text2, file, "a report", MAX_REPORT_BYTES, true);
  const kind = value?.kind;
  if (typeof kind !== "string" || !Object.hasOwn(REPORT_SCHEMAS, kind)) {
    throw new UserError(
      `not an mlgate report (kind ${JSON.stringify(kind ?? null)}; expected one of ${Object.keys(REPORT_SCHEMAS).join(", ")})`,
      { file }
    );
  }
  const validate = validatorFor(kind);
  if (!validate(value)) {
    throw new UserError(`breaks the ${kind} schema: ${schemaProblem(validate.errors, "the report")}`, {
      file
    });
  }
  return value;
}

// packages/engine/src/secret-redaction.ts
var TOKEN_VARIABLE = /(^|[_-])TOKEN$/i;
function tokensIn(env) {
  const found = /* @__PURE__ */ new Set();
  for (const [name, value] of Object.entries(env)) {
    if (!TOKEN_VARIABLE.test(name) || value === void 0) continue;
    for (const line of value.split(/\r?\n/)) {
      const secret = line.trim();
      if (secret !== "") found.add(secret);
    }
  }
  return [...found];
}
function redactSecrets(text2, secrets2) {
  let redacted = text2;
  for (const secret of [...secrets2].sort((a, b) => b.length - a.length)) {
    redacted = redacted.split(secret).join("***");
  }
  return redacted;
}

// packages/engine/src/atomic-file.ts
import { rename, rm, writeFile } from "node:fs/promises";
async function writeFileAtomically(target, contents) {
  const partial = `${target}.${process.pid}.partial`;
  try {
    await writeFile(partial, contents);
    await rename(partial, target);
  } catch (error3) {
    await rm(partial, { force: true });
    throw error3;
  }
}

// packages/engine/src/report/report-files.ts
import { mkdir } from "node:fs/promises";
import path2 from "node:path";
async function readReportFile(file, cwd) {
  const text2 = await readUserText(file, { what: "report file", cwd, maxBytes: MAX_REPORT_BYTES });
  return { file, report: parseReport(text2, file) };
}
async function readReportFiles(patterns, cwd) {
  if (patterns.length === 0) throw new UserError("no report files given");
  const files = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const matches = (await glob(checkFilePattern(pattern, "reports"), { cwd, onlyFiles: true, expandDirectories: false })).sort();
    if (matches.length === 0) throw new UserError(`reports: '${pattern}' matches no file`);
    for (const match of matches) files.add(match);
  }
  return Promise.all([...files].map((file) => readReportFile(file, cwd)));
}
async function writeReportFile(dir, name, report3) {
  await mkdir(dir, { recursive: true });
  const target = path2.join(dir, name);
  await writeFileAtomically(target, `${JSON.stringify(report3, null, 2)}
`);
  return target;
}
function reportFileName(prefix, name) {
  return `${prefix}-${name.replace(/[^A-Za-z0-9._-]+/g, "-")}.json`;
}

// packages/engine/src/model/model-version.ts
var VERSION_BUMPS = ["patch", "minor", "major"];
var FIRST_VERSION = { major: 1, minor: 0, patch: 0, prerelease: [], build: [] };
var MODEL_NAME_PATTERN = /^[A-Za-z0-9._-]+$/;
var MODEL_NAME_MAX_CHARS = 100;
var SEMVER_PATTERN = "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$";
var NUMERIC = /^(0|[1-9][0-9]*)$/;
var IDENTIFIER = /^[0-9A-Za-z-]+$/;
var DIGITS = /^[0-9]+$/;
var EMBEDDED_VERSION = /-v[0-9]+\.[0-9]+\.[0-9]+/;
function versionProblem(text2) {
  if (text2.length > 256) return "is longer than 256 characters";
  const plus = text2.indexOf("+");
  const withoutBuild = plus === -1 ? text2 : text2.slice(0, plus);
  const build2 = plus === -1 ? void 0 : text2.slice(plus + 1);
  const dash = withoutBuild.indexOf("-");
  const core = dash === -1 ? withoutBuild : withoutBuild.slice(0, dash);
  const prerelease = dash === -1 ? void 0 : withoutBuild.slice(dash + 1);
  const parts = core.split(".");
  if (parts.length !== 3) return "needs MAJOR.MINOR.PATCH";
  for (const part of parts) {
    if (!NUMERIC.test(part)) return `has '${part}' where a number without leading zeros belongs`;
    if (Number(part) > Number.MAX_SAFE_INTEGER) return `has a number above ${Number.MAX_SAFE_INTEGER}`;
  }
  if (prerelease !== void 0) {
    for (const id of prerelease.split(".")) {
      if (!IDENTIFIER.test(id)) return `has an empty or invalid prerelease identifier '${id}'`;
      if (DIGITS.test(id) && !NUMERIC.test(id)) return `has a prerelease number with a leading zero '${id}'`;
    }
  }
  if (build2 !== void 0) {
    for (const id of build2.split(".")) {
      if (!IDENTIFIER.test(id)) return `has an empty or invalid build identifier '${id}'`;
    }
  }
  if (text2.endsWith(".lock")) return "ends in '.lock', which git refuses in a tag";
  return void 0;
}
function tryParseVersion(text2) {
  if (versionProblem(text2) !== void 0) return void 0;
  return toVersion(text2);
}
function toVersion(text2) {
  const [withoutBuild = "", build2] = splitOnce(text2, "+");
  const [core = "", prerelease] = splitOnce(withoutBuild, "-");
  const [major = 0, minor = 0, patch = 0] = core.split(".").map(Number);
  return {
    major,
    minor,
    patch,
    prerelease: prerelease === void 0 ? [] : prerelease.split("."),
    build: build2 === void 0 ? [] : build2.split(".")
  };
}
function splitOnce(text2, separator) {
  const at = text2.indexOf(separator);
  return at === -1 ? [text2, void 0] : [text2.slice(0, at), text2.slice(at + 1)];
}
function parseVersion(text2, what = "version") {
  const problem = versionProblem(text2);
  if (problem === void 0) return toVersion(text2);
  const hint = /^[vV][0-9]/.test(text2) ? ` (write '${text2.slice(1)}': the tag adds the 'v')` : "";
  throw new UserError(
    `${what} '${text2}' is not a semantic version (MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]): it ${problem}${hint}`
  );
}
function formatVersion(version) {
  const prerelease = version.prerelease.length > 0 ? `-${version.prerelease.join(".")}` : "";
  const build2 = version.build.length > 0 ? `+${version.build.join(".")}` : "";
  return `${version.major}.${version.minor}.${version.patch}${prerelease}${build2}`;
}
var sign = (difference) => difference < 0 ? -1 : difference > 0 ? 1 : 0;
function compareIdentifiers(a, b) {
  const aNumeric = DIGITS.test(a);
  const bNumeric = DIGITS.test(b);
  if (aNumeric && bNumeric) return sign(a.length - b.length) || (a < b ? -1 : a > b ? 1 : 0);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareVersions(a, b) {
  const core = sign(a.major - b.major) || sign(a.minor - b.minor) || sign(a.patch - b.patch);
  if (core !== 0) return core;
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return sign(b.prerelease.length - a.prerelease.length);
  }
  const shared = Math.min(a.prerelease.length, b.prerelease.length);
  for (let index = 0; index < shared; index++) {
    const order = compareIdentifiers(a.prerelease[index], b.prerelease[index]);
    if (order !== 0) return order;
  }
  return sign(a.prerelease.length - b.prerelease.length);
}
function checkModelName(name) {
  const problem = !MODEL_NAME_PATTERN.test(name) ? "may hold only letters, digits, '.', '_' and '-'" : name.length > MODEL_NAME_MAX_CHARS ? `is longer than ${MODEL_NAME_MAX_CHARS} characters` : /^[.-]/.test(name) ? "may not start with '.' or '-' (git refuses the tag, or reads it as an option)" : name.includes("..") ? "may not contain '..', which git refuses in a tag" : EMBEDDED_VERSION.test(name) ? "may not contain '-v' followed by a version: its tags would read as another model's" : void 0;
  if (problem !== void 0) throw new UserError(`model name '${name}' ${problem}`);
  return name;
}
function releaseTag(name, version) {
  return `${checkModelName(name)}-v${formatVersion(version)}`;
}
function versionOfTag(name, tag) {
  const prefix = `${name}-v`;
  return tag.startsWith(prefix) ? tryParseVersion(tag.slice(prefix.length)) : void 0;
}
function latestRelease(name, tags) {
  checkModelName(name);
  let latest;
  for (const tag of tags) {
    const version = versionOfTag(name, tag);
    if (version === void 0) continue;
    const order = latest === void 0 ? 1 : compareVersions(version, latest.version);
    if (order > 0 || order === 0 && latest !== void 0 && tag > latest.tag) latest = { tag, version };
  }
  return latest;
}
function bumpVersion(version, bump) {
  const pre = version.prerelease.length > 0;
  const next = (major2, minor2, patch2) => {
    if (Math.max(major2, minor2, patch2) > Number.MAX_SAFE_INTEGER) {
      throw new UserError(`cannot bump ${formatVersion(version)} by ${bump}: the number would be too large`);
    }
    return { major: major2, minor: minor2, patch: patch2, prerelease: [], build: [] };
  };
  const { major, minor, patch } = version;
  switch (bump) {
    case "major":
      return pre && minor === 0 && patch === 0 ? next(major, 0, 0) : next(major + 1, 0, 0);
    case "minor":
      return pre && patch === 0 ? next(major, minor, 0) : next(major, minor + 1, 0);
    case "patch":
      return pre ? next(major, minor, patch) : next(major, minor, patch + 1);
  }
}
function parseVersionBump(text2, what = "bump") {
  if (VERSION_BUMPS.includes(text2)) return text2;
  throw new UserError(`${what} '${text2}' is not one of ${VERSION_BUMPS.join(", ")}`);
}
function previousOf(name, version, tags) {
  return latestRelease(
    name,
    tags.filter((tag) => {
      const other = versionOfTag(name, tag);
      return other !== void 0 && compareVersions(other, version) < 0;
    })
  );
}
function resolveVersion(request) {
  const { name, bump, commit } = request;
  checkModelName(name);
  const existing = [...request.existing];
  const tags = existing.map((release) => release.tag);
  const resolved = (version, reason) => ({
    version,
    tag: releaseTag(name, version),
    previous: previousOf(name, version, tags),
    reason: `${formatVersion(version)}: ${reason}`
  });
  if (request.requested !== "auto") return resolved(parseVersion(request.requested), "as given");
  const fromThisCommit = latestRelease(
    name,
    existing.filter((release) => release.commit === commit).map((release) => release.tag)
  );
  if (fromThisCommit !== void 0) {
    return resolved(fromThisCommit.version, `${fromThisCommit.tag} already points at ${commit.slice(0, 7)}`);
  }
  const latest = latestRelease(name, tags);
  if (latest === void 0)
    return resolved(FIRST_VERSION, `the first release of ${name} (no ${name}-v* tag yet)`);
  return resolved(bumpVersion(latest.version, bump), `${latest.tag} bumped by ${bump}`);
}

// packages/engine/src/surfaces/comment-stamp.ts
var PREFIX = "<!-- mlgate:report ";
var ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
function isValidCommentId(id) {
  return ID_PATTERN.test(id);
}
function formatStamp(stamp) {
  if (!isValidCommentId(stamp.id)) throw new TypeError(`invalid comment id '${stamp.id}'`);
  if (!/^[0-9a-f]{7,64}$/i.test(stamp.sha)) throw new TypeError(`invalid sha '${stamp.sha}'`);
  return `${PREFIX}id=${stamp.id} run=${stamp.runId} attempt=${stamp.runAttempt} sha=${stamp.sha} -->`;
}
function parseStamp(body) {
  if (body == null || !body.startsWith(PREFIX)) return void 0;
  const firstLine2 = body.slice(0, body.indexOf("\n") === -1 ? body.length : body.indexOf("\n"));
  const match = /^<!-- mlgate:report id=(\S+) run=(\d+) attempt=(\d+) sha=([0-9a-fA-F]+) -->$/.exec(
    firstLine2
  );
  if (match === null) return void 0;
  const [, id, run, attempt, sha3] = match;
  if (!isValidCommentId(id)) return void 0;
  return { id, runId: Number(run), runAttempt: Number(attempt), sha: sha3 };
}
function isNewerThan(existing, ours, currentHeadSha) {
  if (currentHeadSha !== void 0 && existing.sha !== ours.sha) {
    if (existing.sha === currentHeadSha) return true;
    if (ours.sha === currentHeadSha) return false;
  }
  if (existing.runId !== ours.runId) return existing.runId > ours.runId;
  return existing.runAttempt > ours.runAttempt;
}
var MAX_STAMP_LINE_CHARS = formatStamp({
  id: "x".repeat(64),
  runId: Number.MAX_SAFE_INTEGER,
  runAttempt: Number.MAX_SAFE_INTEGER,
  sha: "f".repeat(64)
}).length + 1;
var COMMENT_MODES = ["upsert", "recreate", "hide-previous", "delete"];

// packages/engine/src/config/mlgate-config-schema.ts
var stringList = (description) => ({
  description,
  oneOf: [
    { type: "string", minLength: 1 },
    { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 }
  ]
});
var RELATIVE_TOLERANCE_SCHEMA_PATTERN = "^(\\d+(\\.\\d+)?|\\.\\d+)\\s*%$";
var MLGATE_CONFIG_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "mlgate.yml",
  description: "mlgate configuration: datasets to validate, metrics policy, baseline, report, model publishing.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string", description: "The schema this file follows (for editors)." },
    version: { const: 1, description: "The configuration format version." },
    datasets: {
      type: "array",
      description: "Data files to validate.",
      items: { $ref: "#/definitions/dataset" }
    },
    metrics: { $ref: "#/definitions/metrics" },
    baseline: { $ref: "#/definitions/baseline" },
    report: { $ref: "#/definitions/report" },
    publish: { $ref: "#/definitions/publish" }
  },
  definitions: {
    dataset: {
      type: "object",
      additionalProperties: false,
      required: ["path"],
      properties: {
        name: { type: "string", minLength: 1, description: "A name for reports; defaults to the path." },
        path: stringList("A file path or glob, or a list of them."),
        schema: { type: "string", minLength: 1, description: "A JSON Schema or Table Schema file." },
        format: {
          enum: ["csv", "tsv", "jsonl", "parquet", "arrow"],
          description: "The file format; inferred from the extension when absent."
        }
      }
    },
    metrics: {
      type: "object",
      additionalProperties: false,
      description: "Metrics files and the policy they are compared under.",
      properties: {
        files: stringList("Metrics files (JSON, YAML, CSV, TSV): paths or globs."),
        namespace: {
          enum: ["auto", "stem", "none"],
          description: "How metrics from several files are named: 'auto' prefixes with the file's stem only when names collide, 'stem' always, 'none' never."
        },
        default: { $ref: "#/definitions/rule" },
        rules: {
          type: "object",
          description: "Rules by exact metric name or glob ('per_class.*.recall': '*' stays within one dot-separated segment, '**' crosses them).",
          propertyNames: { minLength: 1 },
          additionalProperties: { $ref: "#/definitions/rule" }
        }
      }
    },
    rule: {
      type: "object",
      additionalProperties: false,
      description: "How a metric is judged. Unset fields come from the default rule.",
      properties: {
        direction: {
          enum: ["higher", "lower", "equal", "none"],
          description: "Which way is better; 'equal' must not move beyond the tolerance; 'none' is informational."
        },
        tolerance: {
          description: 'How far the metric may move the wrong way: an absolute number ≥ 0, or a percentage of the baseline such as "2%".',
          oneOf: [
            { type: "number", minimum: 0 },
            { type: "string", pattern: RELATIVE_TOLERANCE_SCHEMA_PATTERN }
          ]
        },
        min: { type: "number", description: "Lowest acceptable value; holds even with no baseline." },
        max: { type: "number", description: "Highest acceptable value; holds even with no baseline." },
        severity: { enum: ["fail", "warn"], description: "What breaking this rule does." },
        required: { type: "boolean", description: "The current run must have this metric." },
        "allow-nan": {
          type: "boolean",
          description: "Accept NaN and ±Infinity (any value that is not a finite number) instead of breaking the rule."
        }
      }
    },
    baseline: {
      type: "object",
      additionalProperties: false,
      properties: {
        source: {
          type: "string",
          pattern: "^(cache|release|git:.+|file:.+)$",
          description: "Where the baseline comes from: 'cache', 'git:<ref>', 'release' or 'file:<path>'."
        },
        name: {
          type: "string",
          pattern: "^[A-Za-z0-9._-]+$",
          description: "Names the baseline (part of its cache key), for several models in one repository."
        },
        require: {
          type: "boolean",
          description: "Fail when there is no baseline instead of a neutral result."
        }
      }
    },
    report: {
      type: "object",
      additionalProperties: false,
      properties: {
        "comment-id": {
          type: "string",
          pattern: "^[A-Za-z0-9._-]+$",
          description: "Identifies the sticky pull-request comment, for several mlgate comments on one pull request."
        },
        "comment-mode": {
          enum: [...COMMENT_MODES],
          description: "How the sticky comment is kept current: 'upsert' edits it in place, 'recreate' posts it anew at the bottom, 'hide-previous' posts anew and minimizes the older one, 'delete' removes it."
        },
        fold: {
          type: "array",
          uniqueItems: true,
          items: { enum: [...FOLDABLE_VERDICTS] },
          description: "Metric verdicts whose rows go in a collapsed section (default: pass). 'fail' and 'warn' rows are never folded: they are why a gate fails."
        },
        "max-errors": {
          type: "integer",
          minimum: 0,
          description: "How many data errors a validation report lists (counts stay exact); default 100."
        }
      }
    },
    publish: {
      type: "object",
      additionalProperties: false,
      required: ["model"],
      properties: {
        model: {
          type: "string",
          pattern: "^[A-Za-z0-9_](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?$",
          maxLength: 100,
          description: "The model name; its releases are tagged '<model>-v<version>'."
        },
        files: stringList(
          "Model files to attach to the release: paths, globs or directories (every file below)."
        ),
        bump: {
          enum: [...VERSION_BUMPS],
          description: "With version 'auto': which part of the latest '<model>-v*' release's semantic version to bump (default patch)."
        },
        "required-approvals": {
          type: "integer",
          minimum: 0,
          description: "Approving reviews of the final head the pull request needs before its model is published (default 1)."
        }
      }
    }
  }
};

// packages/engine/src/validate/readers/data-format.ts
import { open as open2 } from "node:fs/promises";
import { extname } from "node:path";
var DATA_FORMATS = ["csv", "tsv", "jsonl", "json", "parquet", "arrow"];
var PARQUET_MAGIC = "PAR1";
var ARROW_FILE_MAGIC = "ARROW1";
var ARROW_STREAM_MARKER = [255, 255, 255, 255];
var BY_EXTENSION = {
  ".csv": "csv",
  ".tsv": "tsv",
  ".tab": "tsv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
  ".parquet": "parquet",
  ".pq": "parquet",
  ".arrow": "arrow",
  ".feather": "arrow",
  ".arrows": "arrow",
  ".ipc": "arrow"
};
async function head(path9, displayPath2, bytes) {
  let handle;
  try {
    handle = await open2(path9, "r");
  } catch (error3) {
    const code = error3.code;
    throw new UserError(
      code === "ENOENT" ? "data file not found" : `cannot read the data file (${code ?? String(error3)})`,
      { file: displayPath2 }
    );
  }
  try {
    const stat3 = await handle.stat();
    if (stat3.isDirectory()) throw new UserError("is a directory, not a data file", { file: displayPath2 });
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
function binaryFormat(prefix) {
  if (prefix.subarray(0, 4).toString("latin1") === PARQUET_MAGIC) return "parquet";
  if (prefix.subarray(0, 6).toString("latin1") === ARROW_FILE_MAGIC) return "arrow";
  if (ARROW_STREAM_MARKER.every((b, i) => prefix[i] === b)) return "arrow";
  return void 0;
}
async function detectFormat(path9, displayPath2, choice) {
  const prefix = await head(path9, displayPath2, 8);
  const sniffed = binaryFormat(prefix);
  const declared = choice !== "auto" ? choice : BY_EXTENSION[extname(path9).toLowerCase()];
  const format = declared ?? sniffed;
  if (format === void 0) {
    throw new UserError(
      `cannot tell the format from the extension "${extname(path9)}"; pass --format (${DATA_FORMATS.join(", ")})`,
      { file: displayPath2 }
    );
  }
  if ((format === "parquet" || format === "arrow") && sniffed !== format) {
    throw new UserError(
      `not a ${format === "parquet" ? "Parquet" : "Arrow IPC"} file: wrong magic bytes (${JSON.stringify(prefix.subarray(0, 6).toString("latin1"))})`,
      { file: displayPath2 }
    );
  }
  if (format !== "parquet" && format !== "arrow" && sniffed !== void 0) {
    throw new UserError(
      `declared ${format} but the file is ${sniffed === "parquet" ? "Parquet" : "Arrow IPC"} (magic bytes)`,
      { file: displayPath2 }
    );
  }
  return format;
}

// packages/engine/src/surfaces/github-limits.ts
var GitHubLimits = {
  /** Issue and pull request comment body, in characters (REST: 422 "body is too long (maximum is 65536 characters)"). */
  commentBodyChars: 65536,
  /** $GITHUB_STEP_SUMMARY per step (docs: "Adding a job summary": 1 MiB; the runner refuses a larger upload). */
  stepSummaryBytes: 1024 * 1024,
  /** Check run `output.summary` and `output.text`, in characters (REST: Create a check run). */
  checkRunSummaryChars: 65535,
  checkRunTextChars: 65535,
  /** Annotations accepted per create/update check run request (REST: "limited to 50"). */
  checkRunAnnotationsPerRequest: 50,
  /** Annotations the runner shows per step and kind (docs: workflow commands, "10 error and 10 warning"). */
  runnerAnnotationsPerKindPerStep: 10,
  /**
   * A release body, in characters. Not in GitHub's documentation; the REST API refuses a longer one with 422
   * `body is too long (maximum is 125000 characters)` (seen in softprops/action-gh-release#374 and
   * ncipollo/release-action#493; it was 25,000 before August 2021, per angular/dev-infra#174).
   */
  releaseBodyChars: 125e3,
  /** A release asset, in bytes (docs: "each file … must be under 2 GiB"). */
  releaseAssetBytes: 2 * 1024 * 1024 * 1024,
  /** Items per page on list endpoints (REST: per_page, "max 100"). */
  perPageMax: 100
};

// packages/engine/src/model/sha256-sums.ts
var SHA256SUMS_FILE = "SHA256SUMS";
var ASSET_NAME_MAX_CHARS = 255;
var PLAIN_ASSET_NAME_PATTERN = "^[A-Za-z0-9_-](?:[A-Za-z0-9._-]*[A-Za-z0-9_-])?$";
var PLAIN_ASSET_NAME = new RegExp(PLAIN_ASSET_NAME_PATTERN);
var SHA256_HEX = /^[0-9a-f]{64}$/;
function isPlainAssetName(name) {
  return name.length <= ASSET_NAME_MAX_CHARS && PLAIN_ASSET_NAME.test(name) && !name.includes("..");
}
function checkAssetName(name) {
  if (isPlainAssetName(name)) return name;
  const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 79)}…` : name);
  throw new UserError(
    `asset name ${shown} is not a plain file name: a release asset name holds only letters, digits, '.', '_' and '-' (no '/', no space, no leading or trailing '.', at most ${ASSET_NAME_MAX_CHARS} characters), since GitHub renames any other; rename the file`
  );
}
function sha256OfAssetDigest(digest2) {
  if (typeof digest2 !== "string" || !digest2.startsWith("sha256:")) return void 0;
  const hex = digest2.slice("sha256:".length).toLowerCase();
  return SHA256_HEX.test(hex) ? hex : void 0;
}
var byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
function checkDigests(files) {
  const seen = /* @__PURE__ */ new Set();
  for (const file of files) {
    checkAssetName(file.name);
    if (file.name === SHA256SUMS_FILE) throw new UserError(`${SHA256SUMS_FILE} cannot list itself`);
    if (!SHA256_HEX.test(file.sha256)) {
      throw new Error(`${file.name}: '${file.sha256}' is not a lower-case sha256`);
    }
    if (seen.has(file.name)) throw new UserError(`two files are named '${file.name}'`);
    seen.add(file.name);
  }
}
function formatSha256Sums(files) {
  checkDigests(files);
  return [...files].sort(byName).map((file) => `${file.sha256}  ${file.name}
`).join("");
}
var SHA256SUMS_MAX_CHARS = 1024 * 1024;
var SUM_LINE = /^([0-9A-Fa-f]{64}) ([ *])(.*)$/;
function parseSha256Sums(text2, source = SHA256SUMS_FILE) {
  if (text2.length > SHA256SUMS_MAX_CHARS) {
    throw new UserError(`${source}: longer than ${SHA256SUMS_MAX_CHARS} characters, not a checksum list`);
  }
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  text2.split("\n").forEach((raw, index) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") return;
    const where = `${source}:${index + 1}`;
    const match = SUM_LINE.exec(line);
    if (match === null) {
      throw new UserError(`${where}: not a sha256sum line ('<64 hex digits>  <file name>')`);
    }
    const name = match[3];
    if (!isPlainAssetName(name)) {
      throw new UserError(`${where}: ${JSON.stringify(name.slice(0, 80))} is not a plain asset name`);
    }
    if (seen.has(name)) throw new UserError(`${where}: '${name}' is listed twice`);
    seen.add(name);
    files.push({ name, sha256: match[1].toLowerCase() });
  });
  if (files.length === 0) throw new UserError(`${source}: lists no file`);
  return files;
}
function verifySha256Sums(expected, actual) {
  const present = /* @__PURE__ */ new Map();
  for (const file of actual)
    if (file.name !== SHA256SUMS_FILE) present.set(file.name, file.sha256.toLowerCase());
  const listed = new Set(expected.map((file) => file.name));
  const checks = expected.map(({ name, sha256: sha2563 }) => {
    const found = present.get(name);
    if (found === void 0) return { name, status: "missing", expected: sha2563 };
    return found === sha2563 ? { name, status: "ok", sha256: sha2563 } : { name, status: "mismatch", expected: sha2563, actual: found };
  });
  const unlisted = [...present].filter(([name]) => !listed.has(name)).map(([name, sha2563]) => ({ name, sha256: sha2563 })).sort(byName);
  for (const { name, sha256: sha2563 } of unlisted) checks.push({ name, status: "unexpected", actual: sha2563 });
  return { ok: checks.every((check) => check.status === "ok"), checks };
}

// packages/engine/src/model/release-assets.ts
var MODEL_MANIFEST_FILE = "manifest.json";
var MODEL_CARD_FILE = "MODEL_CARD.md";
var RELEASE_OWN_FILES = [MODEL_MANIFEST_FILE, MODEL_CARD_FILE, SHA256SUMS_FILE];
var gibibytes = (bytes) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
function checkModelFiles(files) {
  if (files.length === 0) throw new UserError("no model files to publish");
  const seen = /* @__PURE__ */ new Set();
  for (const file of files) {
    checkAssetName(file.name);
    if (RELEASE_OWN_FILES.includes(file.name)) {
      throw new UserError(
        `model file '${file.name}' has the name of a file publish-model adds to every release; rename it`
      );
    }
    if (seen.has(file.name)) {
      throw new UserError(`two model files are named '${file.name}': a release holds one asset of a name`);
    }
    seen.add(file.name);
    if (file.bytes >= GitHubLimits.releaseAssetBytes) {
      throw new UserError(
        `model file '${file.name}' is ${gibibytes(file.bytes)}; GitHub takes a release asset only under ${gibibytes(GitHubLimits.releaseAssetBytes)}: split it into parts under the limit, or keep it in an external store (object storage, a model registry) and publish a small file that points at it`
      );
    }
  }
}

// packages/engine/src/model/model-manifest.ts
var MODEL_MANIFEST_KIND = "mlgate/model-manifest@1";
var SHA256_HEX2 = /^[0-9a-f]{64}$/;
function gateOf(gate2) {
  switch (gate2.source) {
    case "not-required":
      return { source: "not-required" };
    case "check-run":
      return {
        source: "check-run",
        sha: gate2.sha,
        checkName: gate2.checkName,
        checkRunId: gate2.checkRunId,
        ...gate2.url !== void 0 ? { url: gate2.url } : {},
        verdict: gate2.verdict,
        reason: gate2.reason
      };
    case "reports":
      return {
        source: "reports",
        sha: gate2.sha,
        verdict: gate2.verdict,
        verdictReason: gate2.verdictReason,
        reports: gate2.reports.map(({ file, kind }) => ({ file, kind })),
        reason: gate2.reason
      };
  }
}
function buildModelManifest(input) {
  const { subject, gate: gate2 } = input;
  const commit = subject.sha;
  const tag = releaseTag(input.name, input.version);
  if (gate2.source !== "not-required" && gate2.sha !== commit) {
    throw new Error(`the gate was shown for ${gate2.sha}, not for the release's commit ${commit}`);
  }
  checkModelFiles(input.assets);
  for (const asset of input.assets) {
    if (!SHA256_HEX2.test(asset.sha256) || !Number.isSafeInteger(asset.bytes) || asset.bytes < 0) {
      throw new Error(`asset ${asset.name}: malformed digest or size`);
    }
  }
  for (const { file, report: report3 } of input.reports) {
    const about = report3.subject.sha;
    if (about !== void 0 && about !== commit) {
      throw new UserError(
        `${file} is about commit ${about.slice(0, 7)}, not ${commit.slice(0, 7)}: its lineage is not this release's`
      );
    }
  }
  const metrics = [];
  const data = [];
  for (const { report: report3 } of input.reports) {
    switch (report3.kind) {
      case "mlgate/comparison@1":
        metrics.push({
          files: [...report3.current.files],
          baseline: report3.baseline,
          verdict: report3.verdict,
          metrics: report3.metrics.flatMap(
            (row) => row.current === null ? [] : [{ name: row.name, value: row.current, baseline: row.baseline, verdict: row.verdict }]
          )
        });
        break;
      case "mlgate/validation@1":
        data.push({
          fingerprint: report3.fingerprint,
          schema: { path: report3.schema.path, sha256: report3.schema.sha256 },
          files: report3.files.map((file) => ({
            path: file.path,
            format: file.format,
            bytes: file.bytes,
            rows: file.rows,
            sha256: file.sha256
          }))
        });
        break;
    }
  }
  return {
    kind: MODEL_MANIFEST_KIND,
    mlgateVersion: MLGATE_VERSION,
    subject: { ...subject },
    name: input.name,
    version: formatVersion(input.version),
    tag,
    commit,
    createdAt: input.createdAt.toISOString(),
    pullRequest: input.pullRequest === null ? null : {
      number: input.pullRequest.number,
      url: input.pullRequest.url,
      approvers: [...input.pullRequest.approvers].sort()
    },
    gate: gateOf(gate2),
    metrics,
    data,
    assets: [...input.assets].map(({ name, bytes, sha256: sha2563 }) => ({ name, bytes, sha256: sha2563 })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  };
}

// packages/engine/src/model/model-manifest-schema.ts
var sha2 = COMMIT_SHA_SCHEMA;
var sha2562 = { type: "string", pattern: "^[0-9a-f]{64}$" };
var count3 = { type: "integer", minimum: 0 };
var text = { type: "string" };
var MODEL_MANIFEST_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "mlgate model manifest",
  type: "object",
  additionalProperties: false,
  required: [
    "kind",
    "mlgateVersion",
    "subject",
    "name",
    "version",
    "tag",
    "commit",
    "createdAt",
    "pullRequest",
    "gate",
    "metrics",
    "data",
    "assets"
  ],
  properties: {
    kind: { const: MODEL_MANIFEST_KIND },
    mlgateVersion: text,
    subject: { ...SUBJECT_SCHEMA, required: ["sha"] },
    name: { type: "string", pattern: MODEL_NAME_PATTERN.source, maxLength: MODEL_NAME_MAX_CHARS },
    version: { type: "string", pattern: SEMVER_PATTERN, maxLength: 256 },
    tag: { type: "string", description: "<name>-v<version>" },
    commit: sha2,
    createdAt: { type: "string", format: "date-time" },
    pullRequest: {
      oneOf: [
        { type: "null" },
        {
          type: "object",
          additionalProperties: false,
          required: ["number", "url", "approvers"],
          properties: {
            number: { type: "integer", minimum: 1 },
            url: { type: "string", pattern: "^https?://" },
            approvers: { type: "array", items: text }
          }
        }
      ]
    },
    gate: {
      oneOf: [
        {
          type: "object",
          additionalProperties: false,
          required: ["source", "sha", "checkName", "checkRunId", "verdict", "reason"],
          properties: {
            source: { const: "check-run" },
            sha: sha2,
            checkName: text,
            checkRunId: { type: "integer", minimum: 1 },
            url: text,
            verdict: { const: "pass" },
            reason: text
          }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["source", "sha", "verdict", "verdictReason", "reports", "reason"],
          properties: {
            source: { const: "reports" },
            sha: sha2,
            verdict: { enum: ["pass", "neutral"] },
            verdictReason: text,
            reports: {
              type: "array",
              items: {
                type: "object",
                additionalProperties: false,
                required: ["file", "kind"],
                properties: {
                  file: text,
                  kind: { enum: [COMPARISON_REPORT_KIND, VALIDATION_REPORT_KIND] }
                }
              }
            },
            reason: text
          }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["source"],
          properties: { source: { const: "not-required" } }
        }
      ]
    },
    metrics: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["files", "baseline", "verdict", "metrics"],
        properties: {
          files: { type: "array", items: text },
          baseline: { $ref: "#/definitions/provenance" },
          verdict: { enum: [...VERDICTS] },
          metrics: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["name", "value", "baseline", "verdict"],
              properties: {
                name: text,
                value: { $ref: "#/definitions/value" },
                baseline: { oneOf: [{ type: "null" }, { $ref: "#/definitions/value" }] },
                verdict: { enum: [...METRIC_VERDICTS] }
              }
            }
          }
        }
      }
    },
    data: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["fingerprint", "schema", "files"],
        properties: {
          fingerprint: sha2562,
          schema: {
            type: "object",
            additionalProperties: false,
            required: ["path", "sha256"],
            properties: { path: text, sha256: sha2562 }
          },
          files: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["path", "format", "bytes", "rows", "sha256"],
              properties: {
                path: text,
                format: { enum: [...DATA_FORMATS] },
                bytes: count3,
                rows: count3,
                sha256: sha2562
              }
            }
          }
        }
      }
    },
    assets: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "bytes", "sha256"],
        properties: {
          name: { type: "string", pattern: PLAIN_ASSET_NAME_PATTERN, maxLength: ASSET_NAME_MAX_CHARS },
          bytes: count3,
          sha256: sha2562
        }
      }
    }
  },
  definitions: {
    value: COMPARISON_REPORT_SCHEMA.definitions.value,
    provenance: COMPARISON_REPORT_SCHEMA.definitions.provenance
  }
};

// packages/engine/src/gate/gate.ts
function conclusionOf(verdict, fails) {
  if (fails) return "failure";
  return verdict === "pass" ? "success" : "neutral";
}
function gate(reports, failOn) {
  const verdict = reports.reduce((worst, report3) => worseVerdict(worst, report3.verdict), "pass");
  const decided = reports.length === 0 ? {
    verdict: "neutral",
    neutralReason: "nothing-to-check",
    verdictReason: "nothing to check: no datasets and no metrics"
  } : verdictOf(reports, verdict);
  const fails = failsUnder(decided.verdict, failOn);
  return {
    ...decided,
    failOn,
    fails,
    exitCode: fails ? ExitCode.verdictFailed : ExitCode.passed,
    conclusion: conclusionOf(decided.verdict, fails)
  };
}
function verdictOf(reports, verdict) {
  const deciding = reports.filter((report3) => report3.verdict === verdict);
  const verdictReason = deciding.map((report3) => report3.verdictReason).join("; ");
  if (verdict !== "neutral") return { verdict, verdictReason };
  const neutral = deciding.find((report3) => report3.verdict === "neutral");
  return {
    verdict,
    neutralReason: neutral?.verdict === "neutral" ? neutral.neutralReason : "nothing-to-check",
    verdictReason
  };
}

// packages/engine/src/config/mlgate-config.ts
function parseBaselineSpec(text2, where, location2) {
  if (text2 === "cache" || text2 === "release") return { kind: text2 };
  const colon = text2.indexOf(":");
  const [kind, rest] = [text2.slice(0, Math.max(colon, 0)), text2.slice(colon + 1).trim()];
  if (colon > 0 && rest !== "" && (kind === "git" || kind === "file")) {
    return kind === "git" ? { kind, ref: rest } : { kind, path: rest };
  }
  throw new UserError(`${where} is '${text2}'; expected cache, release, git:<ref> or file:<path>`, location2);
}

// packages/engine/src/policy/metric-policy.ts
import { createHash as createHash2 } from "node:crypto";

// packages/engine/src/policy/metric-glob.ts
function isMetricGlob(pattern) {
  const syntax = globSyntax(pattern);
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?" || syntax.closing.has(i)) return true;
  }
  return false;
}
var WILDCARD_CHARACTERS = /[*?[\]{}]/g;
var ANY = "(?s:.)";
function globSyntax(pattern) {
  const closing = /* @__PURE__ */ new Map();
  const braces = [];
  let set = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (set >= 0) {
      const first = i === set + 1 || i === set + 2 && "!^".includes(pattern[set + 1]);
      if (c === "]" && !first) {
        closing.set(set, i);
        set = -1;
      }
    } else if (c === "[") set = i;
    else if (c === "{") braces.push({ open: i, comma: false });
    else if (c === "," && braces.length > 0) braces.at(-1).comma = true;
    else if (c === "}" && braces.length > 0) {
      const brace = braces.pop();
      if (brace.comma) closing.set(brace.open, i);
    }
  }
  return { closing };
}
function literal(c) {
  return `\\x{${c.codePointAt(0).toString(16)}}`;
}
var GlobTranslator = class {
  constructor(pattern, location2) {
    this.pattern = pattern;
    this.location = location2;
    this.closing = globSyntax(pattern).closing;
  }
  pattern;
  location;
  closing;
  refuse(what) {
    throw new UserError(
      `metric glob ${JSON.stringify(this.pattern)} uses ${what}, which mlgate does not support: use *, **, ?, [abc] and {a,b}`,
      this.location
    );
  }
  /** The RE2 text for pattern[from, to): a whole glob, or one alternative of a `{…}`. */
  translate(from, to) {
    const p = this.pattern;
    let out = "";
    let trailingGlobstars = to;
    while (trailingGlobstars - 3 >= from && p.slice(trailingGlobstars - 3, trailingGlobstars) === ".**")
      trailingGlobstars -= 3;
    for (let i = from; i < to; i++) {
      const c = p[i];
      const segmentStart = i === from || p[i - 1] === ".";
      if (c === "\\") {
        i++;
        out += i < to ? literal(p[i]) : literal("\\");
      } else if ("@!+*?".includes(c) && p[i + 1] === "(") {
        this.refuse(`the extglob ${c}(…)`);
      } else if (c === "*" && p[i + 1] === "*" && segmentStart && (i + 2 === to || p[i + 2] === ".")) {
        out += i + 2 === to ? `${ANY}*` : `(?:${ANY}*\\x{2e})?`;
        i += 2;
      } else if (c === "." && i === trailingGlobstars) {
        out += `(?:\\x{2e}${ANY}*)?`;
        i = to - 1;
      } else if (c === "*") {
        let end = i;
        while (p[end + 1] === "*") end++;
        const wholeSegment = segmentStart && (end + 1 === to || p[end + 1] === ".");
        out += wholeSegment ? "[^.]+" : "[^.]*";
        i = end;
      } else if (c === "?") out += "[^.]";
      else if (c === "[" && this.closing.has(i)) {
        const close = this.closing.get(i);
        out += this.set(i + 1, close);
        i = close;
      } else if (c === "{" && this.closing.has(i)) {
        const close = this.closing.get(i);
        out += `(?:${this.alternatives(i + 1, close).join("|")})`;
        i = close;
      } else out += literal(c);
    }
    return out;
  }
  alternatives(from, to) {
    const out = [];
    let depth = 0;
    let start = from;
    for (let i = from; i < to; i++) {
      const c = this.pattern[i];
      if (c === "\\") i++;
      else if (c === "[") i = this.closing.get(i) ?? i;
      else if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (c === "," && depth === 0) {
        out.push(this.translate(start, i));
        start = i + 1;
      }
    }
    out.push(this.translate(start, to));
    return out;
  }
  /** A `[…]` set between `from` and `to` (the brackets excluded); never matches the separator `.`. */
  set(from, to) {
    const p = this.pattern;
    let i = from;
    const negated = p[i] === "!" || p[i] === "^";
    if (negated) i++;
    let members = "";
    for (; i < to; i++) {
      let c = p[i];
      if (c === "\\" && i + 1 < to) c = p[++i];
      if (p[i + 1] === "-" && i + 2 < to) {
        let end = p[i + 2];
        i += 2;
        if (end === "\\" && i + 1 < to) end = p[++i];
        if (end.codePointAt(0) < c.codePointAt(0)) this.refuse(`the backwards range ${c}-${end}`);
        members += `${literal(c)}-${literal(end)}`;
      } else members += literal(c);
    }
    return negated ? `[^${members}\\x{2e}]` : `(?:[${members}])`;
  }
};
function compileMetricGlob(pattern, location2) {
  if (pattern.startsWith("!")) {
    throw new UserError(
      `metric glob ${JSON.stringify(pattern)} starts with !, a negation mlgate does not support: name the metrics to match instead`,
      location2
    );
  }
  const re2 = RE2JS.compile(`^(?:${new GlobTranslator(pattern, location2).translate(0, pattern.length)})$`);
  const segments = pattern.split(".");
  const literalSegments = segments.filter((segment) => !isMetricGlob(segment)).length;
  const literalCharacters = pattern.replace(WILDCARD_CHARACTERS, "").length;
  return {
    pattern,
    test: (subject) => re2.test(subject),
    specificity: [literalSegments, literalCharacters]
  };
}
function bySpecificity(a, b) {
  return b.specificity[0] - a.specificity[0] || b.specificity[1] - a.specificity[1];
}

// packages/engine/src/policy/tolerance.ts
var ZERO_TOLERANCE = { kind: "absolute", amount: 0 };
var RELATIVE_TOLERANCE_PATTERN = /^(\d+(?:\.\d+)?|\.\d+)\s*%$/;
function parseTolerance(value) {
  if (typeof value === "number") return { kind: "absolute", amount: value };
  const match = RELATIVE_TOLERANCE_PATTERN.exec(value.trim());
  if (match === null) throw new Error(`not a tolerance: ${value}`);
  return { kind: "relative", fraction: Number(match[1]) / 100, text: value.trim() };
}
function allowanceAround(tolerance, baseline) {
  return tolerance.kind === "absolute" ? tolerance.amount : tolerance.fraction * Math.abs(baseline);
}
function toleranceText(tolerance) {
  return tolerance.kind === "absolute" ? String(tolerance.amount) : tolerance.text;
}

// packages/engine/src/policy/metric-policy.ts
var BUILTIN_RULE = {
  direction: "none",
  tolerance: ZERO_TOLERANCE,
  severity: "fail",
  required: false,
  allowNan: false,
  origin: { match: "builtin" }
};
var MetricPolicy = class _MetricPolicy {
  source;
  /** sha256 of the resolved rules in canonical JSON: unchanged by comments, order of keys or formatting. */
  sha256;
  defaultRule;
  rules;
  exact = /* @__PURE__ */ new Map();
  globs;
  constructor(input) {
    this.source = input.source;
    this.defaultRule = input.default === void 0 ? BUILTIN_RULE : resolveRule(input.default.settings, BUILTIN_RULE, {
      match: "default",
      ...input.default.location ? { location: input.default.location } : {}
    });
    const globs = [];
    this.rules = input.rules.map(({ pattern, settings, location: location2 }) => {
      const glob2 = isMetricGlob(pattern);
      const rule = resolveRule(settings, this.defaultRule, {
        match: glob2 ? "glob" : "exact",
        pattern,
        ...location2 ? { location: location2 } : {}
      });
      if (!this.exact.has(pattern)) this.exact.set(pattern, rule);
      if (glob2) globs.push({ glob: compileMetricGlob(pattern, location2), rule });
      return rule;
    });
    this.globs = globs.sort((a, b) => bySpecificity(a.glob, b.glob));
    this.sha256 = createHash2("sha256").update(canonicalPolicy(this.defaultRule, this.rules)).digest("hex");
  }
  static builtin() {
    return new _MetricPolicy({ source: { kind: "builtin" }, rules: [] });
  }
  ruleFor(name) {
    const exact = this.exact.get(name);
    if (exact !== void 0) return exact;
    for (const { glob: glob2, rule } of this.globs) if (glob2.test(name)) return rule;
    return this.defaultRule;
  }
  /** Whether `pattern` (a rule key) names or matches the metric. */
  matches(rule, name) {
    if (rule.origin.match === "exact") return rule.origin.pattern === name;
    if (rule.origin.match !== "glob") return false;
    if (rule.origin.pattern === name) return true;
    const entry = this.globs.find((candidate) => candidate.rule === rule);
    return entry !== void 0 && entry.glob.test(name);
  }
};
function resolveRule(input, base, origin) {
  const min = input.min ?? base.min;
  const max = input.max ?? base.max;
  return {
    direction: input.direction ?? base.direction,
    tolerance: input.tolerance === void 0 ? base.tolerance : parseTolerance(input.tolerance),
    ...min !== void 0 ? { min } : {},
    ...max !== void 0 ? { max } : {},
    severity: input.severity ?? base.severity,
    required: input.required ?? base.required,
    allowNan: input.allowNan ?? base.allowNan,
    origin
  };
}
function canonicalSettings(rule) {
  return [
    rule.direction,
    rule.tolerance.kind === "absolute" ? rule.tolerance.amount : `${rule.tolerance.fraction * 100}%`,
    rule.min ?? null,
    rule.max ?? null,
    rule.severity,
    rule.required,
    rule.allowNan
  ];
}
function canonicalPolicy(defaultRule, rules) {
  return JSON.stringify({
    default: canonicalSettings(defaultRule),
    rules: rules.map((rule) => [
      rule.origin.match === "builtin" || rule.origin.match === "default" ? null : rule.origin.pattern,
      canonicalSettings(rule)
    ])
  });
}

// packages/engine/src/metrics/metric-value.ts
function numberValue(value) {
  if (Number.isNaN(value)) return { type: "nan" };
  if (value === Infinity) return { type: "infinity", sign: 1 };
  if (value === -Infinity) return { type: "infinity", sign: -1 };
  return { type: "number", value };
}
function isNonFinite(value) {
  return value.type === "nan" || value.type === "infinity";
}
function isNumeric(value) {
  return value.type === "number" || value.type === "nan" || value.type === "infinity";
}
function numericOf(value) {
  switch (value.type) {
    case "number":
      return value.value;
    case "nan":
      return Number.NaN;
    case "infinity":
      return value.sign * Infinity;
  }
}
function sameValue(a, b) {
  switch (a.type) {
    case "number":
    case "text":
    case "boolean":
      return b.type === a.type && b.value === a.value;
    case "infinity":
      return b.type === "infinity" && b.sign === a.sign;
    case "nan":
    case "null":
      return b.type === a.type;
  }
}
function metricValueText(value) {
  switch (value.type) {
    case "number":
      return String(value.value);
    case "nan":
      return "NaN";
    case "infinity":
      return value.sign > 0 ? "Infinity" : "-Infinity";
    case "null":
      return "null";
    case "text":
      return value.value;
    case "boolean":
      return String(value.value);
  }
}

// packages/engine/src/render/metric-number-format.ts
function formatNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(6)));
}
function formatSignedNumber(value) {
  const text2 = formatNumber(value);
  return value > 0 ? `+${text2}` : text2;
}
function formatSignedPercent(fraction2) {
  const percent = fraction2 * 100;
  const text2 = String(Number(percent.toPrecision(3)));
  return percent > 0 ? `+${text2}%` : `${text2}%`;
}
function formatMetricValue(value) {
  if (value === null) return "—";
  return value.type === "number" ? formatNumber(value.value) : metricValueText(value);
}

// packages/engine/src/render/comparison-rows.ts
var VERDICT_ORDER = {
  fail: 0,
  warn: 1,
  missing: 2,
  new: 3,
  changed: 4,
  improved: 5,
  pass: 6
};
var VERDICT_LABEL = {
  fail: "❌ fail",
  warn: "⚠️ warn",
  missing: "➖ missing",
  new: "🆕 new",
  improved: "📈 improved",
  changed: "🔄 changed",
  pass: "✅ pass"
};
function rowsInReadingOrder(report3) {
  return [...report3.metrics].sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]);
}
function comparisonCells(row) {
  return [
    row.name,
    formatMetricValue(row.baseline),
    formatMetricValue(row.current),
    row.delta === null ? "—" : formatSignedNumber(row.delta.absolute),
    row.delta?.relative == null ? "—" : formatSignedPercent(row.delta.relative)
  ];
}

// packages/engine/src/render/untrusted-text.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "@": "&#64;",
  "#": "&#35;",
  "|": "&#124;"
};
var BACKSLASHED = /* @__PURE__ */ new Set(["\\", "`", "*", "_", "[", "]", "{", "}", "(", ")", "!", "~", ":"]);
var SPECIAL = /[&<>@#|\\`*_[\]{}()!~:\n\r\t]/g;
var LINE_START = /^[-+=]/;
function replaceSpecial(char) {
  const entity = ENTITIES[char];
  if (entity !== void 0) return entity;
  return BACKSLASHED.has(char) ? `\\${char}` : " ";
}
function escapeMarkdown(text2) {
  return text2.replace(SPECIAL, replaceSpecial).replace(LINE_START, "\\$&");
}
function escapeTableCell(text2) {
  return text2 === "" ? " " : text2.replace(SPECIAL, replaceSpecial);
}
var UNTRUSTED_CELL_MAX_CHARS = 120;
var WORD_BREAK = "&#8203;";
function capText(text2, max = UNTRUSTED_CELL_MAX_CHARS) {
  const points = Array.from(text2);
  return points.length <= max ? text2 : `${points.slice(0, Math.max(0, max - 1)).join("")}…`;
}
function breakAutolinks(escaped) {
  return escaped.replaceAll("&#64;", `&#64;${WORD_BREAK}`).replaceAll("&#35;", `&#35;${WORD_BREAK}`).replaceAll("\\:", `\\:${WORD_BREAK}`).replace(/([Ww])([Ww])([Ww])\./g, `$1$2$3${WORD_BREAK}.`);
}
var INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;
function visible(text2) {
  return text2.replace(INVISIBLE, "�");
}
function escapeUntrusted(text2, max = UNTRUSTED_CELL_MAX_CHARS) {
  return breakAutolinks(escapeMarkdown(capText(visible(text2), max)));
}
function escapeUntrustedCell(text2, max = UNTRUSTED_CELL_MAX_CHARS) {
  return breakAutolinks(escapeTableCell(capText(visible(text2), max)));
}
var TERMINAL_UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
function terminalText(text2) {
  return text2.replace(TERMINAL_UNSAFE, "�");
}

// packages/engine/src/render/relative-age.ts
var HOUR_MS = 60 * 60 * 1e3;
var DAY_MS = 24 * HOUR_MS;
function describeAge(isoDate, now) {
  if (isoDate === void 0 || now === void 0) return void 0;
  const then = Date.parse(isoDate);
  if (Number.isNaN(then)) return void 0;
  const age = now.getTime() - then;
  if (age < 0) return void 0;
  if (age < HOUR_MS) return "less than an hour old";
  if (age < DAY_MS) {
    const hours = Math.floor(age / HOUR_MS);
    return `${hours} hour${hours === 1 ? "" : "s"} old`;
  }
  const days = Math.floor(age / DAY_MS);
  return `${days} day${days === 1 ? "" : "s"} old`;
}

// packages/engine/src/render/report-sections.ts
var KEEP = Number.POSITIVE_INFINITY;
function measure(text2, unit) {
  return unit === "chars" ? text2.length : Buffer.byteLength(text2, "utf8");
}
function tableSection(title, priority, table) {
  return { title, priority, text: `${table.head}${table.rows.join("")}${table.tail}`, table };
}
function shortened(table, keep) {
  const omitted = table.rows.length - keep;
  const rows = table.rows.slice(0, keep).join("");
  return `${table.head}${rows}${omitted > 0 ? table.more(omitted) : ""}${table.tail}`;
}
function fitSections(sections, options) {
  const { maxLength, unit } = options;
  const size2 = (text2) => measure(text2, unit);
  const whole = sections.map((section) => section.text).join("");
  if (size2(whole) <= maxLength) return whole;
  const texts = sections.map((section) => section.text);
  const leftOut = [];
  const total = () => texts.reduce((sum, text2) => sum + (text2 === void 0 ? 0 : size2(text2)), 0);
  const fits = () => total() + size2(options.note(leftOut)) <= maxLength;
  const droppable = sections.map((section, index) => ({ section, index })).filter(({ section }) => section.priority !== KEEP).sort((a, b) => a.section.priority - b.section.priority || b.index - a.index);
  for (const { section, index } of droppable) {
    if (fits()) break;
    texts[index] = void 0;
    leftOut.push(section.title);
  }
  for (let index = sections.length - 1; index >= 0 && !fits(); index--) {
    const table = sections[index].table;
    if (table === void 0 || texts[index] === void 0) continue;
    texts[index] = void 0;
    leftOut.push(`part of the ${sections[index].title}`);
    const room = maxLength - total() - size2(options.note(leftOut));
    let low = 0;
    let high = table.rows.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (size2(shortened(table, middle)) <= room) low = middle;
      else high = middle - 1;
    }
    texts[index] = shortened(table, low);
  }
  let body = texts.filter((text2) => text2 !== void 0).join("");
  const note = options.note(leftOut);
  if (size2(body) + size2(note) > maxLength) {
    let cut = body.slice(0, Math.max(0, maxLength - size2(note)));
    while (size2(cut) + size2(note) > maxLength) cut = cut.slice(0, Math.floor(cut.length * 0.9));
    body = cut.slice(0, Math.max(0, cut.lastIndexOf("\n") + 1));
  }
  return `${body}${note}`;
}

// packages/engine/src/render/section-priority.ts
var SectionPriority = {
  changes: 60,
  errorsByColumn: 50,
  folded: 40,
  warnings: 30,
  errorExamples: 20,
  chart: 10
};

// packages/engine/src/render/verdict-display.ts
var VERDICT_ICON = {
  fail: "❌",
  warn: "⚠️",
  neutral: "ℹ️",
  pass: "✅"
};
var VERDICT_WORD = {
  fail: "failed",
  warn: "passed with warnings",
  pass: "passed"
};
var NEUTRAL_WORD = {
  "no-baseline": "nothing to compare against",
  "nothing-to-check": "nothing to check"
};
function verdictWord(verdict, neutralReason) {
  return verdict === "neutral" ? NEUTRAL_WORD[neutralReason ?? "nothing-to-check"] : VERDICT_WORD[verdict];
}

// packages/engine/src/render/comparison-sections.ts
var DEFAULT_FOLD = ["pass"];
var REGRESSIONS = /* @__PURE__ */ new Set(["fail", "warn"]);
function shortCommit(commit) {
  if (commit === void 0) return void 0;
  return /^[0-9a-f]{7,64}$/i.test(commit) ? commit.slice(0, 7) : escapeUntrusted(commit, 12);
}
function provenanceLine(provenance, now) {
  const when = (commit, date) => {
    const age = describeAge(date, now);
    const parts = [
      commit !== void 0 ? `commit ${shortCommit(commit)}` : void 0,
      date !== void 0 ? escapeUntrusted(date.slice(0, 10), 10) : void 0,
      age
    ].filter((part) => part !== void 0);
    return parts.length > 0 ? ` (${parts.join(", ")})` : "";
  };
  switch (provenance.source) {
    case "cache":
      return `cache entry ${escapeUntrusted(provenance.key)}${when(provenance.commit, provenance.date)}`;
    case "git":
      return `${escapeUntrusted(provenance.path)} at ${escapeUntrusted(provenance.ref)}${when(provenance.commit, provenance.date)}`;
    case "release":
      return `release ${escapeUntrusted(provenance.tag)}, asset ${escapeUntrusted(provenance.asset)}${when(provenance.commit, provenance.date)}`;
    case "file":
      return `file ${escapeUntrusted(provenance.path)}${when(provenance.commit, provenance.date)}`;
    case "none":
      return `none: ${escapeUntrusted(provenance.reason, 200)}`;
  }
}
function metricRow(row, withReason) {
  const cells = comparisonCells(row).map((cell) => escapeUntrustedCell(cell));
  const reason = withReason ? ` ${escapeUntrustedCell(row.reason, 160)} |` : "";
  return `| ${VERDICT_LABEL[row.verdict]} | ${cells.join(" | ")} |${reason}
`;
}
var HEAD = "| Status | Metric | Baseline | Current | Δ | Δ% |";
var ALIGN = "| --- | --- | ---: | ---: | ---: | ---: |";
function metricsTable(title, priority, rows, options) {
  const head2 = options.withReason ? `${HEAD} Why |
${ALIGN} --- |
` : `${HEAD}
${ALIGN}
`;
  const open5 = options.folded ? `<details><summary>${options.caption}</summary>

${head2}` : `${options.caption}

${head2}`;
  return tableSection(title, priority, {
    head: open5,
    rows: rows.map((row) => metricRow(row, options.withReason)),
    tail: options.folded ? "\n</details>\n\n" : "\n",
    more: (omitted) => `| … | ${omitted} more ${title}, in the full report |${" |".repeat(options.withReason ? 5 : 4)}
`
  });
}
var plural = (count5, one, many = `${one}s`) => `${count5} ${count5 === 1 ? one : many}`;
var COUNT_WORDS = [
  ["fail", "failed"],
  ["warn", "warned"],
  ["improved", "improved"],
  ["changed", "changed"],
  ["new", "new"],
  ["missing", "missing"],
  ["pass", "passed"]
];
function countsOf(rows) {
  return COUNT_WORDS.map(([verdict, word]) => {
    const count5 = rows.filter((row) => row.verdict === verdict).length;
    return count5 > 0 ? `${count5} ${word}` : void 0;
  }).filter((part) => part !== void 0).join(", ");
}
function comparisonSections(report3, context) {
  const rows = rowsInReadingOrder(report3);
  const folded = new Set(context.fold);
  const regressions = rows.filter((row) => REGRESSIONS.has(row.verdict));
  const changes = rows.filter((row) => !REGRESSIONS.has(row.verdict) && !folded.has(row.verdict));
  const rest = rows.filter((row) => !REGRESSIONS.has(row.verdict) && folded.has(row.verdict));
  const { summary } = report3;
  const counts = countsOf(rows);
  const policy = report3.policy.kind === "file" ? escapeUntrusted(report3.policy.file) : "built-in rule";
  const sections = [
    {
      title: `${context.label} heading`,
      priority: KEEP,
      text: `### ${VERDICT_ICON[report3.verdict]} ${context.label}: ${escapeUntrusted(report3.verdictReason, 200)}

${plural(summary.total, "metric")}${counts.length > 0 ? ` (${counts})` : ""} · baseline: ${provenanceLine(report3.baseline, context.now)} · policy: ${policy}

`
    }
  ];
  if (regressions.length > 0) {
    sections.push(
      metricsTable("regressions", KEEP, regressions, {
        caption: `**${plural(regressions.length, "regression")}**`,
        withReason: true,
        folded: false
      })
    );
  } else if (summary.total > 0) {
    sections.push({ title: "regressions", priority: KEEP, text: "No regressions.\n\n" });
  }
  if (changes.length > 0) {
    sections.push(
      metricsTable("changed metrics", SectionPriority.changes, changes, {
        caption: `**${plural(changes.length, regressions.length > 0 ? "other change" : "change")}**`,
        withReason: changes.some((row) => row.verdict === "changed"),
        folded: false
      })
    );
  }
  if (rest.length > 0) {
    const onlyPassed = rest.every((row) => row.verdict === "pass");
    sections.push(
      metricsTable("folded metrics", SectionPriority.folded, rest, {
        caption: onlyPassed ? plural(rest.length, "metric passed", "metrics passed") : `${plural(rest.length, "more metric")} (${countsOf(rest)})`,
        withReason: false,
        folded: true
      })
    );
  }
  if (report3.warnings.length > 0) {
    const lines2 = report3.warnings.map((warning) => {
      const where = warning.location ? `${escapeUntrusted(warning.location.file)}${warning.location.line !== void 0 ? `:${warning.location.line}` : ""}: ` : "";
      return `- ⚠️ ${where}${escapeUntrusted(warning.message, 300)}
`;
    });
    sections.push(
      tableSection("policy warnings", SectionPriority.warnings, {
        head: "",
        rows: lines2,
        tail: "\n",
        more: (omitted) => `- … ${omitted} more warnings in the full report
`
      })
    );
  }
  return sections;
}

// packages/engine/src/validate/validate-data.ts
import { createHash as createHash3 } from "node:crypto";
import { statSync as statSync3 } from "node:fs";
import { availableParallelism } from "node:os";

// packages/engine/src/validate/checks/column-mapping.ts
function mapColumns(names, plan) {
  const problems = [];
  const fields = plan.columns.map((c) => c.name);
  const index = new Map(fields.map((name, i) => [name, i]));
  const seen = /* @__PURE__ */ new Set();
  for (const name of names) {
    if (seen.has(name)) problems.push({ field: name, message: `the header repeats the column "${name}"` });
    seen.add(name);
  }
  let colMap;
  if (plan.fieldsMatch === "exact") {
    colMap = names.map((_, i) => i < fields.length ? i : -1);
    names.forEach((name, i) => {
      if (i >= fields.length)
        problems.push({ field: name, message: `column ${i + 1} "${name}" is not in the schema` });
      else if (name !== fields[i])
        problems.push({
          field: fields[i],
          message: `column ${i + 1} is "${name}", the schema expects "${fields[i]}" (fieldsMatch: exact)`
        });
    });
    for (let i = names.length; i < fields.length; i++)
      problems.push({ field: fields[i], message: `column "${fields[i]}" is missing (fieldsMatch: exact)` });
  } else {
    colMap = names.map((name) => index.get(name) ?? -1);
    const present2 = new Set(names);
    const extra = names.filter((name) => !index.has(name));
    const missing = fields.filter((name) => !present2.has(name));
    if (plan.fieldsMatch === "equal" || plan.fieldsMatch === "superset") {
      for (const name of extra)
        problems.push({
          field: name,
          message: `column "${name}" is not in the schema (fieldsMatch: ${plan.fieldsMatch})`
        });
    }
    if (plan.fieldsMatch === "equal" || plan.fieldsMatch === "subset") {
      for (const name of missing)
        problems.push({
          field: name,
          message: `column "${name}" is missing (fieldsMatch: ${plan.fieldsMatch})`
        });
    }
    if (plan.fieldsMatch === "partial" && names.length > 0 && extra.length === names.length) {
      problems.push({
        field: null,
        message: "no column of the file is in the schema (fieldsMatch: partial)"
      });
    }
  }
  const present = fields.map((_, i) => colMap.includes(i));
  const reported = new Set(problems.map((p) => p.field));
  plan.columns.forEach((column, i) => {
    if (column.required && !present[i] && !reported.has(column.name)) {
      problems.push({ field: column.name, message: `required column "${column.name}" is missing` });
    }
  });
  return { colMap, present, problems };
}

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
function checkUtf8(ctx, text2) {
  const { kernel, prepared, target, column, validity, hashes } = ctx;
  kernel.checkTextColumn(prepared, column, text2.offsets, text2.data, ctx.rows, validity, hashes, target);
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
function checkValues(ctx, values, encoder) {
  const { kernel, target, column, hashes } = ctx;
  for (let i = 0; i < ctx.rows; i++) {
    const value = values[i];
    if (ctx.validity !== void 0 && ctx.validity[i] === 0 || value === null || value === void 0) {
      kernel.checkNull(column, i, target);
      continue;
    }
    const text2 = typeof value === "string" ? value : typeof value === "bigint" ? value.toString() : JSON.stringify(value);
    ctx.checkValueText(text2, i);
    if (hashes !== void 0) {
      const bytes = encoder.encode(text2);
      kernel.hashBytesInto(bytes, 0, bytes.length, hashes, i);
    }
  }
}
function checkColumnData(ctx, data, window, encoder) {
  switch (data.type) {
    case "utf8":
      return checkUtf8(ctx, data);
    case "dictionary":
      return checkDictionary(ctx, data.indices, data.dictionary);
    case "values":
      return checkValues(ctx, data.values, encoder);
    case "int64":
    case "uint64":
      return checkBigInts(ctx, data.values, window);
    default:
      return checkNumbers(ctx, data.type, data.values, window);
  }
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
  addError(into, column, code, line, value, message) {
    into.addError(column, code, line, value, message);
  },
  newTarget: (prepared) => newAcc(prepared),
  finishTarget(_prepared, target, rows, lines2) {
    const acc = target;
    acc.rows = rows;
    acc.line = lines2;
    return finishBatch(acc, 0, 0);
  },
  hashBytesInto(bytes, start, end, into, slot) {
    hashBytesInto(hashHi, hashLo, 0, bytes, start, end);
    into[slot * 2] = hashHi[0];
    into[slot * 2 + 1] = hashLo[0];
  },
  hashNumberInto(value, into, slot) {
    hashNumberInto(hashHi, hashLo, 0, value);
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

// packages/engine/src/validate/checks/columnar-checker.ts
var INTS = [
  "int8",
  "int16",
  "int32",
  "int64",
  "uint8",
  "uint16",
  "uint32",
  "uint64"
];
var FLOATS = ["float32", "float64"];
var COMPATIBLE = {
  number: [...INTS, ...FLOATS],
  integer: INTS,
  year: INTS,
  boolean: ["bool"],
  string: ["utf8"],
  date: ["date-days", "utf8"],
  datetime: ["timestamp-ms", "utf8"],
  time: ["time-seconds", "utf8"],
  yearmonth: ["utf8"],
  duration: ["utf8"],
  geopoint: ["utf8"],
  object: ["utf8"],
  array: ["utf8"],
  any: [...INTS, ...FLOATS, "bool", "utf8", "date-days", "timestamp-ms", "time-seconds"]
};
function checkDeclaredTypes(plan, declared) {
  const byName2 = new Map(declared.map((d) => [d.name, d]));
  const problems = [];
  for (const column of plan.columns) {
    const file = byName2.get(column.name);
    if (!file || file.type === "values") continue;
    if (!COMPATIBLE[column.kind].includes(file.type)) {
      problems.push({
        field: column.name,
        message: `column "${column.name}" is declared ${file.declared} in the file, the schema wants ${column.kind}`
      });
    }
  }
  return problems;
}
var ColumnarChecker = class {
  constructor(plan, keys, maxExamplesPerColumn, incompatible) {
    this.plan = plan;
    this.keys = keys;
    this.skip = new Set(incompatible);
    this.windows = plan.columns.map(numericWindow);
    this.keyed = new Set(keys.flatMap((k) => k.columns));
    this.order = keys.map((k) => k.columns.length === 1 ? new OrderedKey() : void 0);
    this.prepared = this.kernel.prepare({
      delimiter: 44,
      columns: plan.columns,
      colMap: plan.columns.map((_, i) => i),
      keys: [],
      codes: CODE_INDEX,
      codeCount: CODE_COUNT,
      maxExamplesPerColumn,
      rowsMode: false,
      maxRecordBytes: 0,
      blockBytes: 0
    });
  }
  plan;
  keys;
  kernel = kernelOnThisThread();
  prepared;
  encoder = new TextEncoder();
  skip;
  /** Per column, computed once: the window of values that need no kernel check. */
  windows;
  keyed;
  /** Per key: order tracking for single-column keys (ordered-key.ts), undefined for composite keys. */
  order;
  /**
   * Hash, row and flag buffers, reused batch after batch: the accumulator takes a batch's key hashes and
   * inserts them before the next batch is checked.
   */
  scratch = /* @__PURE__ */ new Map();
  identity = new Uint32Array(0);
  buffer(name, length) {
    let buffer = this.scratch.get(name);
    if (!buffer || buffer.length < length) this.scratch.set(name, buffer = new Uint32Array(length));
    return buffer.subarray(0, length);
  }
  bytes(name, length) {
    const words = this.buffer(name, Math.ceil(length / 4));
    return new Uint8Array(words.buffer, words.byteOffset, length);
  }
  /** 0, 1, 2, …: the rows of a key without nulls. */
  rowsUpTo(count5) {
    if (this.identity.length < count5) {
      this.identity = new Uint32Array(count5);
      for (let i = 0; i < count5; i++) this.identity[i] = i;
    }
    return this.identity.subarray(0, count5);
  }
  /** Lines in the result are row offsets within the batch; merge with base = first row number of the batch. */
  check(batch) {
    const { kernel, prepared } = this;
    const target = kernel.newTarget(prepared);
    const byName2 = new Map(batch.columns.map((c) => [c.name, c]));
    const hashes = /* @__PURE__ */ new Map();
    const checkValueText = (c) => (text2, row) => {
      const bytes = this.encoder.encode(text2);
      kernel.checkText(prepared, c, bytes, 0, bytes.length, row, target);
    };
    this.plan.columns.forEach((column, c) => {
      const data = byName2.get(column.name);
      if (!data || this.skip.has(column.name)) return;
      const columnHashes = this.keyed.has(c) ? this.buffer(`column ${c}`, batch.rowCount * 2) : void 0;
      if (columnHashes) hashes.set(c, columnHashes);
      const context = {
        kernel,
        prepared,
        target,
        column: c,
        rows: batch.rowCount,
        validity: data.validity,
        hashes: columnHashes,
        checkValueText: checkValueText(c)
      };
      checkColumnData(context, data.data, this.windows[c], this.encoder);
    });
    const result = kernel.finishTarget(prepared, target, batch.rowCount, batch.rowCount);
    return {
      ...result,
      keys: this.keys.map((key, k) => this.keyHashes(k, key, hashes, byName2, batch.rowCount))
    };
  }
  keyHashes(k, key, hashes, byName2, rows) {
    const parts = key.columns.map((c) => hashes.get(c));
    if (parts.some((p) => p === void 0))
      return { hashes: new Uint32Array(0), lines: new Uint32Array(0), count: 0 };
    const nullable = key.columns.map((c) => byName2.get(this.plan.columns[c].name)?.validity).filter((v) => v !== void 0);
    const single = parts.length === 1 ? parts[0] : void 0;
    const column = single && byName2.get(this.plan.columns[key.columns[0]].name);
    const freshRows = this.bytes(`key ${k} fresh`, rows);
    const classified = column !== void 0 && this.order[k].classify(column.data, rows, column.validity, freshRows);
    if (single !== void 0 && nullable.length === 0) {
      const keyHashes2 = { hashes: single, lines: this.rowsUpTo(rows), count: rows };
      return classified ? { ...keyHashes2, fresh: freshRows } : keyHashes2;
    }
    const out = this.buffer(`key ${k}`, rows * 2);
    const lines2 = this.buffer(`key ${k} rows`, rows);
    let count5 = 0;
    rows: for (let i = 0; i < rows; i++) {
      for (let n = 0; n < nullable.length; n++) if (nullable[n][i] === 0) continue rows;
      if (single !== void 0) {
        out[count5 * 2] = single[i * 2];
        out[count5 * 2 + 1] = single[i * 2 + 1];
      } else {
        let hi = 625341585;
        let lo = 1640531527;
        for (const part of parts) {
          hi = Math.imul(hi ^ part[i * 2], 2654435761) ^ hi >>> 15;
          lo = Math.imul(lo ^ part[i * 2 + 1], 2246822519) ^ hi;
        }
        out[count5 * 2] = hi >>> 0;
        out[count5 * 2 + 1] = lo >>> 0;
      }
      if (classified) freshRows[count5] = freshRows[i];
      lines2[count5++] = i;
    }
    const keyHashes = { hashes: out.subarray(0, count5 * 2), lines: lines2.subarray(0, count5), count: count5 };
    return classified ? { ...keyHashes, fresh: freshRows.subarray(0, count5) } : keyHashes;
  }
};

// packages/engine/src/validate/readers/columnar-readers.ts
var COLUMNAR_OPENERS = {
  parquet: async (file, display) => (await import("./parquet-reader-TOO6QKY7.js")).openParquet(file, display),
  arrow: async (file, display) => (await import("./arrow-reader-FCRMK3BU.js")).openArrow(file, display)
};

// packages/engine/src/validate/checks/csv-validator.ts
import { closeSync as closeSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";
import * as fs2 from "node:fs";
import { isUtf8 } from "node:buffer";

// packages/engine/src/validate/uniqueness/spill-file.ts
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from "node:fs";
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
    this.fd = openSync(file, "w+");
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
    closeSync(this.fd);
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
  appendAll(words, count5) {
    for (let done = 0; done < count5; ) {
      if (this.buffered === BUFFER_ENTRIES) this.flush();
      const n = Math.min(count5 - done, BUFFER_ENTRIES - this.buffered);
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
        const count5 = Math.min(BUFFER_ENTRIES, this.spilled - start);
        this.spill.read(bytes.subarray(0, count5 * 8), start * 8);
        for (let i = 0; i < count5; i++) visit(block[i * 2], block[i * 2 + 1], start + i);
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
  addBatch(hashes, lines2, count5, base, onDuplicate) {
    const group = new Int32Array(GROUP);
    let touched = 0;
    for (let start = 0; start < count5; start += GROUP) {
      const n = Math.min(GROUP, count5 - start);
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
        const row = base + (lines2 === null ? at : lines2[at]);
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
      const count5 = Math.min(BLOCK_RECORDS, n - start);
      for (let r = 0; r < count5; r++) {
        words[r * 4] = hi[start + r];
        words[r * 4 + 1] = lo[start + r];
        doubles[r * 2 + 1] = row[start + r];
      }
      this.spill.append(bytes.subarray(0, count5 * RECORD_BYTES));
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
      const count5 = Math.min(BLOCK_RECORDS, this.run.length - this.read);
      const want = count5 * RECORD_BYTES;
      const from = this.run.position + this.read * RECORD_BYTES;
      this.spill.read(this.bytes.subarray(0, want), from);
      this.read += count5;
      this.loaded = count5;
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
    const { hashes, lines: lines2, count: count5 } = batch;
    const flags = batch.fresh;
    let probes2 = 0;
    for (let i = 0; i < count5; i++) {
      if (flags[i] === PROBE || flags[i] === FRESH_DEMOTING) probes2++;
    }
    if (this.probeRows.length + probes2 > MAX_PROBES) return false;
    const log2 = this.fresh;
    if (probes2 === 0) {
      if (this.spikes !== void 0) {
        for (let i = 0; i < count5; i++) {
          if (this.spikes.firstRow(hashes[i * 2], hashes[i * 2 + 1]) === void 0) continue;
          this.reported.add(log2.count + i);
          onDuplicate(base + lines2[i]);
        }
      }
      log2.appendAll(hashes, count5);
      this.lastFreshRow = base + lines2[count5 - 1];
      return true;
    }
    for (let i = 0; i < count5; i++) {
      const flag = flags[i];
      const row = base + lines2[i];
      const hi = hashes[i * 2];
      const lo = hashes[i * 2 + 1];
      if (flag === PROBE) {
        this.probeHashes.push(hi, lo);
        this.probeRows.push(row);
        continue;
      }
      if (flag === FRESH_DEMOTING && log2.count > 0) this.demoteLast();
      if (this.spikes?.firstRow(hi, lo) !== void 0) {
        this.reported.add(log2.count);
        onDuplicate(row);
      }
      log2.append(hi, lo);
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
  constructor(file, plan, keys, maxExamplesPerColumn) {
    this.file = file;
    this.plan = plan;
    this.keys = keys;
    this.maxExamplesPerColumn = maxExamplesPerColumn;
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
  addError(column, code, row, value, message) {
    const slot = this.slot(column);
    this.counts[slot * CODE_COUNT + CODE_INDEX[code]] += 1;
    if (this.examples[slot].length < this.maxExamplesPerColumn) {
      this.examples[slot].push({ code, file: this.file, row, field: this.fieldOf(column), message, value });
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
    for (const { slot, error: error3 } of fresh) {
      if (this.examples[slot].length < this.maxExamplesPerColumn) this.examples[slot].push(error3);
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
        const fraction2 = this.nulls[i] / this.rows;
        if (fraction2 > limit) {
          this.addError(
            i,
            "null-fraction-error",
            null,
            fraction2.toFixed(4),
            `${(fraction2 * 100).toFixed(2)}% of the values are null, above x-mlgate.maxNullFraction (${limit * 100}%)`
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

// packages/engine/src/validate/readers/data-reader.ts
var MAX_RECORD_BYTES = 64 * 1024 * 1024;

// packages/engine/src/validate/checks/csv-validator.ts
var DEFAULT_CSV_OPTIONS = {
  parallelThresholdBytes: 16 * 1024 * 1024,
  // Measured on the 2M-row benchmark: 2 MiB chunks keep peak RSS ~40 MiB lower than 8 MiB at the same speed.
  chunkBytes: 2 * 1024 * 1024,
  blockBytes: 256 * 1024,
  maxRecordBytes: MAX_RECORD_BYTES
};
var BOM = [239, 187, 191];
function readHeader(path9, size2, delimiter, maxRecordBytes) {
  const fd = openSync2(path9, "r");
  try {
    let capacity = Math.min(size2, 65536);
    for (; ; ) {
      const buffer = new Uint8Array(capacity + 1);
      const length = readSync2(fd, buffer, 0, capacity, 0);
      const skip = BOM.every((b, i) => buffer[i] === b) ? 3 : 0;
      const atEnd = length >= size2;
      if (atEnd && buffer[length - 1] !== 10) buffer[length] = 10;
      const record = kernelOnThisThread().readRecord(buffer, skip, atEnd ? length + 1 : length, delimiter);
      if (record) {
        return {
          names: record.cells,
          end: Math.min(record.end, size2),
          lines: record.lines,
          validUtf8: isUtf8(buffer.subarray(skip, Math.min(record.end, length)))
        };
      }
      if (atEnd || capacity >= maxRecordBytes) return null;
      capacity = Math.min(capacity * 4, size2, maxRecordBytes);
    }
  } finally {
    closeSync2(fd);
  }
}
async function validateCsvFile(run) {
  const { path: path9, displayPath: displayPath2, plan, options } = run;
  const size2 = fs2.statSync(path9).size;
  const keys = keySpecs(plan);
  const accumulator = new FileAccumulator(displayPath2, plan, keys, options.maxExamplesPerColumn);
  const delimiter = options.delimiter.charCodeAt(0);
  if (size2 === 0) {
    accumulator.stop("the file is empty: no header row", null);
    return accumulator.finish(plan.columns.map(() => false));
  }
  const header = readHeader(path9, size2, delimiter, options.maxRecordBytes);
  if (header === null) {
    accumulator.stop("the header row never ends (an unclosed quote, or a header beyond the size cap)", 1);
    return accumulator.finish(plan.columns.map(() => false));
  }
  if (!header.validUtf8)
    accumulator.addError(-1, "encoding-error", 1, null, "invalid UTF-8 in the header row");
  if (header.names.length === 1 && header.names[0] === "") {
    accumulator.stop("the header row is blank", 1);
    return accumulator.finish(plan.columns.map(() => false));
  }
  const mapping = mapColumns(header.names, plan);
  for (const problem of mapping.problems) {
    const column = problem.field === null ? -1 : plan.columns.findIndex((c) => c.name === problem.field);
    accumulator.addError(column, "schema-mismatch", 1, null, problem.message);
  }
  const rowsMode = plan.mode === "rows";
  const kernelPlan = {
    delimiter,
    columns: plan.columns,
    colMap: mapping.colMap,
    keys: keys.map((k) => k.columns),
    codes: CODE_INDEX,
    codeCount: CODE_COUNT,
    maxExamplesPerColumn: options.maxExamplesPerColumn,
    rowsMode,
    maxRecordBytes: options.maxRecordBytes,
    blockBytes: options.blockBytes
  };
  const firstLine2 = 1 + header.lines;
  const parallel = run.pool !== void 0 && run.pool.size > 1 && !rowsMode && size2 - header.end >= options.parallelThresholdBytes;
  const presize = (batch) => {
    if (keys.length > 0 && batch.rows > 0 && batch.end > batch.start)
      accumulator.expectRows(Math.ceil((size2 - header.end) * batch.rows / (batch.end - batch.start)));
  };
  try {
    if (parallel) {
      let line = firstLine2;
      await run.pool.runFile(kernelPlan, path9, size2, header.end, options.chunkBytes, (batch) => {
        if (line === firstLine2) presize(batch);
        accumulator.addBatch(batch, line);
        line += batch.lines;
      });
    } else {
      const kernel = kernelOnThisThread();
      const onRow = rowsMode && run.rowValidator ? rowCallback(plan, run.rowValidator) : void 0;
      const prepared = kernel.prepare(kernelPlan);
      let line = firstLine2;
      for (let start = header.end; start < size2; ) {
        const end = Math.min(start + options.chunkBytes, size2);
        const batch = kernel.runRange(
          prepared,
          { path: path9, start, end, fileSize: size2, speculative: false },
          onRow
        );
        if (line === firstLine2) presize(batch);
        accumulator.addBatch(batch, line);
        line += batch.lines;
        if (batch.fatal !== null || batch.end <= start) break;
        start = batch.end;
      }
    }
  } catch (error3) {
    accumulator.dispose();
    throw error3;
  }
  return accumulator.finish(mapping.present);
}
function rowCallback(plan, validate) {
  const names = plan.columns.map((c) => c.name);
  const index = new Map(names.map((n, i) => [n, i]));
  return (values, line, batch) => {
    const row = /* @__PURE__ */ Object.create(null);
    for (let i = 0; i < names.length; i++) if (values[i] !== void 0) row[names[i]] = values[i];
    for (const violation of validate(row)) {
      const column = violation.field === null ? -1 : index.get(violation.field) ?? -1;
      const value = violation.value === void 0 ? null : String(violation.value).slice(0, 80);
      batch.addError(column, CODE_INDEX[violation.code], line, value, violation.message);
    }
  };
}

// packages/engine/src/validate/checks/cell-kernel/csv-worker-pool.ts
import { existsSync } from "node:fs";
import { Worker as Worker2 } from "node:worker_threads";
var WORKER_FILE = "cell-worker.js";
function workerCode() {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const entry = new URL("./cell-worker.ts", here).href;
    const tsx = import.meta.resolve("tsx/esm/api");
    const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
    return { code, eval: true };
  }
  for (const dir of ["./", "../"]) {
    const file = new URL(dir + WORKER_FILE, here);
    if (existsSync(file)) return { code: file, eval: false };
  }
  throw new Error(
    `${WORKER_FILE} is neither next to ${here} nor in its parent directory: this bundle was built without the worker entries (WORKER_ENTRIES in scripts/dist-plan.ts)`
  );
}
var YOUNG_GENERATION_MB = 4;
var CsvWorkerPool = class {
  constructor(size2) {
    this.size = size2;
  }
  size;
  workers = [];
  planIds = 0;
  taskIds = 0;
  ensureWorkers() {
    if (this.workers.length > 0) return;
    const entry = workerCode();
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker2(entry.code, {
        eval: entry.eval,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
      });
      this.workers.push(worker);
    }
  }
  post(worker, message) {
    worker.postMessage(message);
  }
  /**
   * Checks [start, fileSize) of `path` in chunks of `chunkBytes`, calling `onBatch` in file order.
   * Stops early (without waiting for later chunks) when a merged batch is fatal.
   */
  async runFile(plan, path9, fileSize, start, chunkBytes, onBatch) {
    this.ensureWorkers();
    const planId = ++this.planIds;
    for (const worker of this.workers) this.post(worker, { type: "plan", planId, plan });
    const chunks = [];
    for (let offset = start, index = 0; offset < fileSize || index === 0; offset += chunkBytes, index++) {
      const end = Math.min(offset + chunkBytes, fileSize);
      chunks.push({ index, task: { path: path9, start: offset, end, fileSize, speculative: index > 0 } });
      if (end >= fileSize) break;
    }
    const maxAhead = this.workers.length * 3;
    const idle = [...this.workers];
    const redo = [];
    const results = /* @__PURE__ */ new Map();
    const owners = /* @__PURE__ */ new Map();
    let next = 0;
    let cursor = 0;
    let expectedStart = start;
    let done = false;
    await new Promise((resolve3, reject) => {
      const listeners = /* @__PURE__ */ new Map();
      const finish = (error3) => {
        if (done) return;
        done = true;
        for (const [worker, listener] of listeners) worker.off("message", listener);
        for (const worker of this.workers) {
          worker.off("error", fail2);
          this.post(worker, { type: "forget", planId });
        }
        if (error3) reject(error3);
        else resolve3();
      };
      const fail2 = (error3) => finish(error3);
      const dispatch = (worker, pending) => {
        const taskId = ++this.taskIds;
        owners.set(taskId, pending.index);
        this.post(worker, { type: "task", planId, taskId, task: pending.task });
      };
      const pump = () => {
        while (idle.length > 0 && !done) {
          if (redo.length > 0) dispatch(idle.pop(), redo.shift());
          else if (next < chunks.length && next - cursor < maxAhead) dispatch(idle.pop(), chunks[next++]);
          else break;
        }
      };
      const merge = () => {
        while (!done && results.has(cursor)) {
          const batch = results.get(cursor);
          results.delete(cursor);
          if (batch.start !== expectedStart) {
            redo.push({
              index: cursor,
              task: { ...chunks[cursor].task, start: expectedStart, speculative: false }
            });
            return;
          }
          onBatch(batch);
          expectedStart = batch.end;
          cursor++;
          if (batch.fatal !== null || cursor === chunks.length) {
            finish();
            return;
          }
        }
      };
      for (const worker of this.workers) {
        const listener = (reply) => {
          if (done || !owners.has(reply.taskId)) return;
          const index = owners.get(reply.taskId);
          owners.delete(reply.taskId);
          idle.push(worker);
          if ("error" in reply) {
            finish(new Error(`CSV worker failed: ${reply.error}`));
            return;
          }
          results.set(index, reply.result);
          merge();
          pump();
        };
        listeners.set(worker, listener);
        worker.on("message", listener);
        worker.on("error", fail2);
      }
      pump();
    });
  }
  async close() {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers.length = 0;
  }
};

// packages/engine/src/validate/readers/data-input.ts
import { constants as constants2 } from "node:fs";
import { mkdtemp, open as open3, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import path3 from "node:path";
var DEFAULT_STREAM_LIMITS = {
  maxBytes: 1024 * 1024 * 1024,
  maxLineBytes: MAX_RECORD_BYTES
};
var LINE_FORMATS = /* @__PURE__ */ new Set(["csv", "tsv", "jsonl"]);
function size(bytes) {
  if (bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3} GiB`;
  return bytes % 1024 ** 2 === 0 ? `${bytes / 1024 ** 2} MiB` : `${bytes} bytes`;
}
var StreamGuard = class {
  constructor(format, limits, displayPath2) {
    this.format = format;
    this.limits = limits;
    this.displayPath = displayPath2;
  }
  format;
  limits;
  displayPath;
  line = 1;
  lineBytes = 0;
  total = 0;
  sawContent = false;
  check(chunk) {
    this.total += chunk.length;
    if (this.total > this.limits.maxBytes) {
      throw new UserError(
        `the stream is longer than ${size(this.limits.maxBytes)}, the most read from a pipe or a device; write it to a file and validate the file`,
        { file: this.displayPath }
      );
    }
    if (this.format === "json" && !this.sawContent) this.checkJsonStart(chunk);
    if (LINE_FORMATS.has(this.format)) this.checkLines(chunk);
  }
  checkJsonStart(chunk) {
    for (const [i, b] of chunk.entries()) {
      if (b === 32 || b === 9 || b === 10 || b === 13) continue;
      if (this.total === chunk.length && i < 3 && [239, 187, 191][i] === b) continue;
      if (b !== 91) {
        throw new UserError(
          "a JSON data file must hold an array of records (use --format jsonl for one record per line)",
          { file: this.displayPath, line: 1 }
        );
      }
      this.sawContent = true;
      return;
    }
  }
  checkLines(chunk) {
    let from = 0;
    for (; ; ) {
      const nl = chunk.indexOf(10, from);
      const run = this.lineBytes + (nl < 0 ? chunk.length : nl) - from;
      if (run > this.limits.maxLineBytes) {
        throw new UserError(
          `line ${this.line} is longer than ${size(this.limits.maxLineBytes)}, the longest line read from a stream`,
          { file: this.displayPath, line: this.line }
        );
      }
      if (nl < 0) {
        this.lineBytes = run;
        return;
      }
      this.line++;
      this.lineBytes = 0;
      from = nl + 1;
    }
  }
};
async function openDataInputs(files, format, limits = DEFAULT_STREAM_LIMITS) {
  let spoolDir;
  const dispose = async () => {
    if (spoolDir !== void 0) await rm2(spoolDir, { recursive: true, force: true });
  };
  const inputs = [];
  try {
    for (const file of files) {
      const where = { file: file.displayPath };
      let opened;
      try {
        opened = await openUserFile(file.path);
      } catch (error3) {
        const code = error3.code;
        throw new UserError(
          code === "ENOENT" ? "data file not found" : `cannot read the data file (${code ?? String(error3)})`,
          where
        );
      }
      if (opened.kind === "directory") throw new UserError("is a directory, not a data file", where);
      if (opened.handle === void 0) throw new UserError(`not a regular file (a ${opened.kind})`, where);
      try {
        if (opened.kind === "regular file") {
          inputs.push(file);
          continue;
        }
        if (format === "auto") {
          throw new UserError(
            `not a regular file (a ${opened.kind}); give --format to read it as a stream`,
            where
          );
        }
        spoolDir ??= await mkdtemp(path3.join(tmpdir2(), "mlgate-stream-"));
        const copy = path3.join(spoolDir, `${inputs.length}.${format}`);
        const out = await open3(copy, constants2.O_WRONLY | constants2.O_CREAT | constants2.O_EXCL, 384);
        try {
          const guard = new StreamGuard(format, limits, file.displayPath);
          const chunks = readUserStream(file.path, opened, file.displayPath, {
            ...limits.writerWaitMs !== void 0 ? { writerWaitMs: limits.writerWaitMs } : {}
          });
          for await (const chunk of chunks) {
            guard.check(chunk);
            await out.write(chunk);
          }
        } finally {
          await out.close();
        }
        inputs.push({ path: copy, displayPath: file.displayPath });
      } finally {
        await opened.handle.close();
      }
    }
  } catch (error3) {
    await dispose();
    throw error3;
  }
  return { inputs, dispose };
}

// packages/engine/src/validate/readers/json-records.ts
import { isUtf8 as isUtf82 } from "node:buffer";
import { open as open4 } from "node:fs/promises";
var NL = 10;
var BLOCK = 1024 * 1024;
function preview(text2) {
  return text2.length > 80 ? `${text2.slice(0, 80)}…` : text2;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function parseRecord(bytes, line, what) {
  if (!isUtf82(bytes))
    return {
      kind: "problem",
      code: "encoding-error",
      line,
      message: `invalid UTF-8 in this ${what}`,
      value: null,
      fatal: false
    };
  const text2 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  let value;
  try {
    value = JSON.parse(text2);
  } catch (error3) {
    return {
      kind: "problem",
      code: "format-error",
      line,
      message: `invalid JSON: ${error3.message}`,
      value: preview(text2.trim()),
      fatal: false
    };
  }
  if (nestsDeeperThan(value)) {
    return {
      kind: "problem",
      code: "format-error",
      line,
      message: `the record is ${NESTED_TOO_DEEP}`,
      value: preview(text2.trim()),
      fatal: false
    };
  }
  if (!isRecord(value)) {
    return {
      kind: "problem",
      code: "format-error",
      line,
      message: `a record must be a JSON object, not ${Array.isArray(value) ? "an array" : value === null ? "null" : typeof value}`,
      value: preview(text2.trim()),
      fatal: false
    };
  }
  return { kind: "record", value, line };
}
async function* blocks(path9) {
  const handle = await open4(path9, "r");
  try {
    for (; ; ) {
      const buffer = Buffer.allocUnsafe(BLOCK);
      const { bytesRead } = await handle.read(buffer, 0, BLOCK, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
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
async function* readJsonLineGroups(path9, maxRecordBytes) {
  const state = { pending: [], pendingBytes: 0, line: 1, first: true, done: false };
  const emit = (bytes) => {
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 13) end--;
    let start = 0;
    if (state.first && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) start = 3;
    state.first = false;
    const body = bytes.subarray(start, end);
    if (body.every((b) => b === 32 || b === 9))
      return {
        kind: "problem",
        code: "blank-row",
        line: state.line,
        message: "blank line",
        value: null,
        fatal: false
      };
    return parseRecord(body, state.line, "line");
  };
  function* linesOf(block) {
    let from = 0;
    for (; ; ) {
      const nl = block.indexOf(NL, from);
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
    }
  }
  for await (const block of blocks(path9)) {
    yield linesOf(block);
    if (state.done) return;
  }
  if (state.pendingBytes > 0) yield [emit(Buffer.concat(state.pending))];
}
async function* readJsonArray(path9, maxRecordBytes) {
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
  for await (const block of blocks(path9)) {
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
      if (b === NL) {
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

// packages/engine/src/validate/checks/record-checker.ts
var NUMERIC_KINDS = /* @__PURE__ */ new Set(["number", "integer", "year"]);
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
  constructor(plan, keys, maxExamplesPerColumn, rowValidator) {
    this.plan = plan;
    this.rowValidator = rowValidator;
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
    const keyed = new Set(keys.flatMap((k) => k.columns));
    this.windows = plan.columns.map(
      (column, c) => NUMERIC_KINDS.has(column.kind) && !keyed.has(c) && rowValidator === void 0 ? numericWindow(column) : void 0
    );
  }
  plan;
  rowValidator;
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
  /** A line that is not a record (invalid JSON, a blank line, not an object). */
  rowProblem(line, code, message, value) {
    this.rows++;
    this.kernel.addError(this.target, -1, CODE_INDEX[code], line, value, message);
  }
  check(record, line) {
    this.rows++;
    const { kernel, target } = this;
    this.plan.columns.forEach((column, c) => {
      const value = record[column.name];
      if (value === void 0 || value === null) {
        kernel.checkNull(c, line, target);
        return;
      }
      const window = this.windows[c];
      if (window !== void 0 && typeof value === "number" && numberIsFine(value, window)) return;
      const textForm = this.textOf(column.kind, value);
      if (textForm === void 0) {
        const shown = JSON.stringify(value).slice(0, 80);
        kernel.addError(
          target,
          c,
          CODE_INDEX["type-error"],
          line,
          shown,
          `${shown} is a JSON ${Array.isArray(value) ? "array" : typeof value}, not a ${column.kind}`
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
      for (const violation of this.rowValidator(record)) {
        const column = violation.field === null ? -1 : this.names.indexOf(violation.field);
        const value = violation.value === void 0 ? null : (typeof violation.value === "string" ? violation.value : JSON.stringify(violation.value)).slice(
          0,
          80
        );
        kernel.addError(target, column, CODE_INDEX[violation.code], line, value, violation.message);
      }
    }
    kernel.endRecord(line, target);
  }
  /** UTF-8 of `text` into the reused scratch buffer (a fresh array per value was most of the time); its length. */
  encode(text2) {
    for (; ; ) {
      const { read, written } = this.encoder.encodeInto(text2, this.scratch);
      if (read === text2.length) return written;
      this.scratch = new Uint8Array(text2.length * 3 + 16);
    }
  }
  /** The text a JSON value stands for under the column's kind, or undefined for a JSON type mismatch. */
  textOf(kind, value) {
    if (this.rowValidator) return typeof value === "string" ? value : JSON.stringify(value);
    if (typeof value === "string") return value;
    if (typeof value === "number")
      return NUMERIC_KINDS.has(kind) || kind === "any" ? String(value) : void 0;
    if (typeof value === "boolean") return kind === "boolean" || kind === "any" ? String(value) : void 0;
    if (TEXT_ONLY_KINDS.has(kind)) return void 0;
    if (kind === "object" && !Array.isArray(value)) return JSON.stringify(value);
    if (kind === "array" && Array.isArray(value)) return JSON.stringify(value);
    return kind === "any" ? JSON.stringify(value) : void 0;
  }
  /** Hands over what was checked since the last call; lines are absolute (merge with base line 0). */
  flush() {
    const result = this.kernel.finishTarget(this.prepared, this.target, this.rows, 0);
    this.target = this.kernel.newTarget(this.prepared);
    this.rows = 0;
    return result;
  }
};

// packages/engine/src/validate/validate-data.ts
var DEFAULT_MAX_ERRORS = 100;
var DEFAULT_EXAMPLES_PER_COLUMN = 20;
async function validateData(files, schema, options) {
  if (files.length === 0) throw new UserError("no data files given");
  const opened = await openDataInputs(files, options.format, options.streams);
  try {
    return await validateInputs(opened.inputs, schema, options);
  } finally {
    await opened.dispose();
  }
}
async function validateInputs(files, schema, options) {
  const formats = await Promise.all(files.map((f) => detectFormat(f.path, f.displayPath, options.format)));
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 8));
  const pool = workers > 1 ? new CsvWorkerPool(workers) : void 0;
  const reports = [];
  const examples = [];
  try {
    for (const [i, file] of files.entries()) {
      const format = formats[i];
      const [outcome, sha2563] = await Promise.all([
        validateFile(file, format, schema, options, pool),
        sha256File(file.path, statSync3(file.path).size)
      ]);
      reports.push(fileReport(file, format, sha2563, outcome));
      for (const example of outcome.examples) examples.push(example);
    }
  } finally {
    await pool?.close();
  }
  const errorsByCode = {};
  for (const report3 of reports) {
    for (const [code, count5] of Object.entries(report3.errorsByCode))
      errorsByCode[code] = (errorsByCode[code] ?? 0) + count5;
  }
  const errorCount = reports.reduce((sum, r) => sum + r.errorCount, 0);
  const errors = examples.slice(0, options.maxErrors);
  const fingerprint = createHash3("sha256").update(
    `mlgate-fingerprint@1
${schema.sha256}
${reports.map((r) => r.sha256).sort().join("\n")}
`
  ).digest("hex");
  return {
    kind: VALIDATION_REPORT_KIND,
    mlgateVersion: MLGATE_VERSION,
    subject: options.subject ?? {},
    ...validationVerdict(reports, errorCount),
    createdAt: (options.now?.() ?? /* @__PURE__ */ new Date()).toISOString(),
    valid: errorCount === 0,
    rows: reports.reduce((sum, r) => sum + r.rows, 0),
    errorCount,
    errorsByCode,
    errors,
    errorsTruncated: errors.length < errorCount,
    limits: { maxErrors: options.maxErrors, examplesPerColumn: options.examplesPerColumn },
    schema: { path: schema.path, language: schema.language, sha256: schema.sha256 },
    files: reports,
    fingerprint
  };
}
function fileReport(file, format, sha2563, outcome) {
  return {
    path: file.displayPath,
    format,
    bytes: statSync3(file.path).size,
    sha256: sha2563,
    rows: outcome.rows,
    valid: outcome.errorCount === 0,
    errorCount: outcome.errorCount,
    errorsByCode: outcome.errorsByCode,
    columns: outcome.columns.map((c) => ({
      name: c.name,
      type: c.type,
      present: c.present,
      nulls: c.nulls,
      errors: c.errors
    })),
    rowErrors: outcome.rowErrors,
    ...outcome.stoppedAt ? { stoppedAt: outcome.stoppedAt } : {}
  };
}
async function* singly(items) {
  for await (const item of items) yield [item];
}
async function validateFile(file, format, schema, options, pool) {
  const { plan } = schema;
  if (format === "csv" || format === "tsv") {
    return validateCsvFile({
      path: file.path,
      displayPath: file.displayPath,
      plan,
      ...schema.rowValidator ? { rowValidator: schema.rowValidator } : {},
      options: {
        ...DEFAULT_CSV_OPTIONS,
        ...options.csv,
        delimiter: options.delimiter ?? (format === "tsv" ? "	" : ","),
        maxExamplesPerColumn: options.examplesPerColumn
      },
      ...pool ? { pool } : {}
    });
  }
  const keys = keySpecs(plan);
  const accumulator = new FileAccumulator(file.displayPath, plan, keys, options.examplesPerColumn);
  if (format === "jsonl" || format === "json") {
    const checker = new RecordChecker(
      plan,
      keys,
      options.examplesPerColumn,
      schema.language === "json-schema" ? schema.rowValidator : void 0
    );
    const groups = format === "jsonl" ? readJsonLineGroups(file.path, MAX_RECORD_BYTES) : singly(readJsonArray(file.path, MAX_RECORD_BYTES));
    let pending = 0;
    const present = plan.columns.map(() => false);
    let missing = present.length;
    groups: for await (const group of groups) {
      for (const item of group) {
        if (item.kind === "problem") {
          if (item.fatal) {
            accumulator.addBatch(checker.flush(), 0);
            accumulator.stop(item.message, item.line, item.code);
            break groups;
          }
          checker.rowProblem(item.line, item.code, item.message, item.value);
        } else {
          for (let c = 0; missing > 0 && c < present.length; c++) {
            if (!present[c] && plan.columns[c].name in item.value) {
              present[c] = true;
              missing--;
            }
          }
          checker.check(item.value, item.line);
        }
        if (++pending === 1e4) {
          accumulator.addBatch(checker.flush(), 0);
          pending = 0;
        }
      }
    }
    if (!accumulator.stopped) accumulator.addBatch(checker.flush(), 0);
    if (accumulator.rowCount === 0 && !accumulator.stopped && statSync3(file.path).size === 0)
      accumulator.stop("the file is empty", null);
    return accumulator.finish(present);
  }
  const opener = (options.columnar ?? COLUMNAR_OPENERS)[format];
  if (!opener)
    throw new UserError(`reading ${format} files is not available in this build`, { file: file.displayPath });
  const source = await opener(file.path, file.displayPath);
  try {
    const problems = checkDeclaredTypes(plan, source.columns);
    const names = source.columns.map((c) => c.name);
    for (const problem of problems)
      accumulator.addError(
        plan.columns.findIndex((c) => c.name === problem.field),
        "schema-mismatch",
        null,
        null,
        problem.message
      );
    const mapping = mapColumns(names, plan);
    for (const problem of mapping.problems) {
      accumulator.addError(
        problem.field === null ? -1 : plan.columns.findIndex((c) => c.name === problem.field),
        "schema-mismatch",
        null,
        null,
        problem.message
      );
    }
    const checker = new ColumnarChecker(
      plan,
      keys,
      options.examplesPerColumn,
      problems.map((p) => p.field)
    );
    if (source.rows !== void 0) accumulator.expectRows(source.rows, true);
    let firstRow = 1;
    for await (const batch of source.batches()) {
      if (firstRow === 1 && source.rows === void 0) {
        const estimate = source.estimateRows?.(batch);
        if (estimate !== void 0) accumulator.expectRows(estimate, true);
      }
      accumulator.addBatch(checker.check(batch), firstRow);
      firstRow += batch.rowCount;
    }
    return accumulator.finish(mapping.present);
  } finally {
    accumulator.dispose();
    await source.close?.();
  }
}

// packages/engine/src/plan/run-plan.ts
var DEFAULT_COMMENT_ID = "mlgate";
var DEFAULT_BASELINE_NAME = "default";
function checkBaselineName(baselineName, where) {
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(baselineName) || /^\.+$/.test(baselineName)) {
    throw new UserError(
      `${where} ${JSON.stringify(baselineName)} must be 1 to 100 letters, digits, '.', '_' or '-'`
    );
  }
  return baselineName;
}
function planDatasets(config, inputs, name) {
  const data = inputs.data ?? [];
  if (data.length > 0 || inputs.schema !== void 0) {
    if (inputs.schema === void 0) throw new UserError(`${name("data")} needs ${name("schema")}`);
    if (data.length === 0) throw new UserError(`${name("schema")} needs ${name("data")}`);
    return [
      { name: "data", schema: inputs.schema, data, dataFrom: name("data"), format: inputs.format ?? "auto" }
    ];
  }
  return (config?.datasets ?? []).map((dataset, index) => {
    const datasetName = dataset.name ?? `dataset-${index + 1}`;
    if (dataset.schema === void 0) {
      throw new UserError(`dataset ${datasetName} in ${config.file} has no schema`, dataset.location);
    }
    return {
      name: datasetName,
      schema: dataset.schema,
      data: dataset.paths,
      dataFrom: `datasets.${index}.path`,
      // A format the config names for the dataset is about its files; the input is for files without one.
      format: dataset.format ?? inputs.format ?? "auto",
      location: dataset.location
    };
  });
}
function planMetrics(config, inputs, name) {
  const given = inputs.metrics ?? [];
  const files = given.length > 0 ? given : config?.metrics.files ?? [];
  if (files.length === 0) return void 0;
  return {
    files,
    filesFrom: given.length > 0 ? name("metrics") : "metrics.files",
    namespace: inputs.namespace ?? config?.metrics.namespace ?? "auto",
    policy: config?.metrics.policy ?? MetricPolicy.builtin(),
    baseline: inputs.baseline !== void 0 ? parseBaselineSpec(inputs.baseline, name("baseline")) : config?.baseline.source ?? { kind: "cache" },
    baselineName: inputs.baselineName !== void 0 ? checkBaselineName(inputs.baselineName, name("baselineName")) : config?.baseline.name ?? DEFAULT_BASELINE_NAME,
    requireBaseline: inputs.requireBaseline ?? config?.baseline.require ?? false
  };
}
function planRun(config, inputs, name) {
  if (inputs.failOn !== void 0 && !FAIL_ON.includes(inputs.failOn)) {
    throw new UserError(`${name("failOn")} is '${inputs.failOn}'; expected one of ${FAIL_ON.join(", ")}`);
  }
  const commentId = inputs.commentId ?? config?.report.commentId ?? DEFAULT_COMMENT_ID;
  if (!isValidCommentId(commentId)) {
    throw new UserError(
      `${name("commentId")} is '${commentId}'; use up to 64 letters, digits, '.', '_' and '-'`
    );
  }
  const metrics = planMetrics(config, inputs, name);
  return {
    ...config !== void 0 ? { config: { file: config.file, sha256: config.sha256 } } : {},
    datasets: planDatasets(config, inputs, name),
    ...metrics !== void 0 ? { metrics } : {},
    failOn: inputs.failOn ?? "fail",
    report: {
      commentId,
      commentMode: inputs.commentMode ?? config?.report.commentMode ?? "upsert",
      fold: config?.report.fold ?? DEFAULT_FOLD,
      maxErrors: inputs.maxErrors ?? config?.report.maxErrors ?? DEFAULT_MAX_ERRORS,
      examplesPerColumn: DEFAULT_EXAMPLES_PER_COLUMN
    }
  };
}

// packages/engine/src/validate/dataset-validation.ts
import path4 from "node:path";

// packages/engine/src/validate/schema/schema-file.ts
var import_yaml3 = __toESM(require_dist2(), 1);
import { createHash as createHash4 } from "node:crypto";

// packages/engine/src/yaml-locator.ts
var import_yaml = __toESM(require_dist2(), 1);
function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function locateInYaml(document, lineCounter, segments, at = "value") {
  let node = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find(
        (item) => ((0, import_yaml.isScalar)(item.key) ? String(item.key.value) : String(item.key)) === segment
      );
      if (pair === void 0) break;
      const keyStart = rangeStart(pair.key);
      if (last && at === "key" && keyStart !== void 0) {
        offset = keyStart;
        break;
      }
      node = pair.value;
      offset = rangeStart(node) ?? keyStart ?? offset;
    } else if ((0, import_yaml.isSeq)(node)) {
      const item = node.items[Number(segment)];
      if (item === void 0) break;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else {
      break;
    }
  }
  const position = lineCounter.linePos(offset);
  return { line: position.line, column: position.col };
}
function rangeStart(node) {
  if (typeof node !== "object" || node === null || !("range" in node)) return void 0;
  const range = node.range;
  return range?.[0];
}

// packages/engine/src/yaml-document.ts
var import_yaml2 = __toESM(require_dist2(), 1);
var MAX_YAML_ALIAS_COUNT = 100;
var MAX_YAML_BYTES = 4 * 1024 * 1024;
function parseYamlDocument(text2, file, options = {}) {
  const bytes = Buffer.byteLength(text2, "utf8");
  if (bytes > MAX_YAML_BYTES) {
    throw new UserError(
      `YAML is read up to ${MAX_YAML_BYTES / 1024 / 1024} MiB; this document has ${bytes} bytes (write large metrics as JSON)`,
      { file }
    );
  }
  const lineCounter = new import_yaml2.LineCounter();
  const document = (0, import_yaml2.parseDocument)(text2, { ...options, uniqueKeys: false, lineCounter, prettyErrors: false });
  const at = (offset) => {
    const position = lineCounter.linePos(offset);
    return { file, line: position.line, column: position.col };
  };
  const [first] = document.errors;
  if (first !== void 0) {
    throw first.code === "RESOURCE_EXHAUSTION" ? new UserError(NESTED_TOO_DEEP, at(first.pos[0])) : new UserError(`not valid YAML: ${first.message.split("\n")[0] ?? ""}`, at(first.pos[0]));
  }
  const { problem, firstAlias } = scanNodes(document);
  if (problem !== void 0) throw new UserError(problem.message, at(problem.offset));
  let value;
  try {
    value = document.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
  } catch (error3) {
    if (!(error3 instanceof ReferenceError || error3 instanceof RangeError)) throw error3;
    throw new UserError(
      error3 instanceof ReferenceError ? `YAML aliases expand too far (over ${MAX_YAML_ALIAS_COUNT} copies, as in a "billion laughs" document)` : `YAML aliases make the document ${NESTED_TOO_DEEP}`,
      at(firstAlias ?? 0)
    );
  }
  if (nestsDeeperThan(value))
    throw new UserError(`YAML aliases make the document ${NESTED_TOO_DEEP}`, at(firstAlias ?? 0));
  return { document, lineCounter, value };
}
function scanNodes(document) {
  let firstAlias;
  let duplicate;
  const stack = [{ node: document.contents, depth: 1 }];
  for (let top = stack.pop(); top !== void 0; top = stack.pop()) {
    const { node, depth } = top;
    if ((0, import_yaml2.isAlias)(node)) {
      const offset = node.range?.[0] ?? 0;
      if (firstAlias === void 0 || offset < firstAlias) firstAlias = offset;
    } else if ((0, import_yaml2.isCollection)(node)) {
      if (depth > MAX_NESTING_DEPTH)
        return { problem: { offset: node.range?.[0] ?? 0, message: NESTED_TOO_DEEP } };
      const keys = (0, import_yaml2.isMap)(node) ? /* @__PURE__ */ new Set() : void 0;
      for (const item of node.items) {
        if ((0, import_yaml2.isPair)(item)) {
          if (keys !== void 0 && (0, import_yaml2.isScalar)(item.key)) {
            const value = item.key.value;
            const id = `${typeof value}:${String(value)}`;
            const offset = item.key.range?.[0] ?? 0;
            if (keys.has(id) && (duplicate === void 0 || offset < duplicate.offset)) {
              duplicate = {
                offset,
                message: `not valid YAML: Map keys must be unique ('${String(value)}' is given twice)`
              };
            }
            keys.add(id);
          }
          stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
        } else {
          stack.push({ node: item, depth: depth + 1 });
        }
      }
    }
  }
  return {
    ...duplicate !== void 0 ? { problem: duplicate } : {},
    ...firstAlias !== void 0 ? { firstAlias } : {}
  };
}

// packages/engine/src/validate/schema/json-schema-compiler.ts
var import_ajv2 = __toESM(require_ajv(), 1);
var import__ = __toESM(require__(), 1);
var import_ajv_formats2 = __toESM(require_dist(), 1);
var import_formats = __toESM(require_formats(), 1);

// packages/engine/src/validate/schema/schema-problem.ts
function pathText(path9) {
  if (path9.length === 0) return "(root)";
  return path9.map(
    (segment, index) => typeof segment === "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`
  ).join("");
}
var SchemaProblem = class extends UserError {
  path;
  constructor(message, path9, location2) {
    super(message, location2);
    this.path = path9;
  }
};

// packages/engine/src/validate/schema/dataset-extension.ts
var EXTENSION_KEY = "x-mlgate";
var FIELDS_MATCH_VALUES = [
  "exact",
  "equal",
  "subset",
  "superset",
  "partial"
];
function fail(schemaFile, path9, problem) {
  const full = [EXTENSION_KEY, ...path9];
  throw new SchemaProblem(`invalid schema: ${pathText(full)} ${problem}`, full, { file: schemaFile });
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function fraction(schemaFile, path9, value) {
  if (typeof value !== "number" || !(value >= 0 && value <= 1))
    fail(schemaFile, path9, "must be a number from 0 to 1");
  return value;
}
function count4(schemaFile, path9, value) {
  if (value === void 0) return void 0;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    fail(schemaFile, path9, "must be a non-negative integer");
  }
  return value;
}
function parseDatasetExtension(block, schemaFile, columnNames) {
  if (block === void 0) return { dataset: { maxNullFraction: {}, uniqueTogether: [] } };
  if (!isRecord2(block)) fail(schemaFile, [], "must be an object");
  const known = /* @__PURE__ */ new Set(["rows", "maxNullFraction", "unique", "fieldsMatch"]);
  for (const key of Object.keys(block))
    if (!known.has(key)) fail(schemaFile, [key], "is not a known keyword");
  const known_columns = new Set(columnNames);
  const column = (path9, name) => {
    if (typeof name !== "string" || !known_columns.has(name)) {
      fail(schemaFile, path9, `names ${JSON.stringify(name)}, which is not a field of the schema`);
    }
    return name;
  };
  let minRows;
  let maxRows;
  if (block.rows !== void 0) {
    if (!isRecord2(block.rows)) fail(schemaFile, ["rows"], "must be an object with min and/or max");
    for (const key of Object.keys(block.rows))
      if (key !== "min" && key !== "max") fail(schemaFile, ["rows", key], "is not a known keyword");
    minRows = count4(schemaFile, ["rows", "min"], block.rows.min);
    maxRows = count4(schemaFile, ["rows", "max"], block.rows.max);
  }
  const maxNullFraction = {};
  const nulls = block.maxNullFraction;
  if (typeof nulls === "number") maxNullFraction["*"] = fraction(schemaFile, ["maxNullFraction"], nulls);
  else if (isRecord2(nulls)) {
    for (const [name, value] of Object.entries(nulls)) {
      if (name !== "*") column(["maxNullFraction", name], name);
      maxNullFraction[name] = fraction(schemaFile, ["maxNullFraction", name], value);
    }
  } else if (nulls !== void 0)
    fail(schemaFile, ["maxNullFraction"], "must be a number or an object of column: fraction");
  const uniqueTogether = [];
  if (block.unique !== void 0) {
    if (!Array.isArray(block.unique))
      fail(schemaFile, ["unique"], "must be an array of column names or arrays of them");
    block.unique.forEach((entry, i) => {
      const names = Array.isArray(entry) ? entry : [entry];
      if (names.length === 0) fail(schemaFile, ["unique", i], "must name at least one column");
      uniqueTogether.push(names.map((name) => column(["unique", i], name)));
    });
  }
  let fieldsMatch;
  if (block.fieldsMatch !== void 0) {
    if (!FIELDS_MATCH_VALUES.includes(block.fieldsMatch)) {
      fail(schemaFile, ["fieldsMatch"], `must be one of ${FIELDS_MATCH_VALUES.join(", ")}`);
    }
    fieldsMatch = block.fieldsMatch;
  }
  return {
    dataset: {
      ...minRows !== void 0 ? { minRows } : {},
      ...maxRows !== void 0 ? { maxRows } : {},
      maxNullFraction,
      uniqueTogether
    },
    ...fieldsMatch !== void 0 ? { fieldsMatch } : {}
  };
}

// packages/engine/src/validate/schema/json-schema-subschemas.ts
var SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
var SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
var SCHEMAS = [
  "items",
  "additionalItems",
  "additionalProperties",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else"
];
function isRecord3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function* subschemas(schema, path9 = []) {
  if (!isRecord3(schema)) return;
  yield { path: path9, schema };
  for (const key of SCHEMA_MAPS) {
    const map = schema[key];
    if (isRecord3(map))
      for (const [name, value] of Object.entries(map)) yield* subschemas(value, [...path9, key, name]);
  }
  if (isRecord3(schema.dependencies)) {
    for (const [name, value] of Object.entries(schema.dependencies))
      yield* subschemas(value, [...path9, "dependencies", name]);
  }
  for (const key of SCHEMA_LISTS) {
    const list2 = schema[key];
    if (Array.isArray(list2))
      for (const [i, value] of list2.entries()) yield* subschemas(value, [...path9, key, i]);
  }
  for (const key of SCHEMAS) {
    const value = schema[key];
    if (key === "items" && Array.isArray(value)) {
      for (const [i, item] of value.entries()) yield* subschemas(item, [...path9, key, i]);
    } else yield* subschemas(value, [...path9, key]);
  }
}
function keywordPath(schema, keyword, where = () => true) {
  for (const { path: path9, schema: node } of subschemas(schema))
    if (Object.hasOwn(node, keyword) && where(node)) return [...path9, keyword];
  return void 0;
}

// packages/engine/src/validate/schema/json-schema-compiler.ts
var DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;
var DRAFT_2020 = /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/;
var ANNOTATIONS = /* @__PURE__ */ new Set([
  "title",
  "description",
  "default",
  "examples",
  "$comment",
  "deprecated",
  "readOnly",
  "writeOnly"
]);
var ROOT_SIMPLE = /* @__PURE__ */ new Set([
  ...ANNOTATIONS,
  "$schema",
  "$id",
  "type",
  "properties",
  "required",
  "additionalProperties",
  EXTENSION_KEY
]);
var PROPERTY_SIMPLE = /* @__PURE__ */ new Set([
  ...ANNOTATIONS,
  "type",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "pattern",
  "enum",
  "const",
  "format"
]);
var SCALAR_TYPES = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean"]);
var TEMPORAL_FORMATS = /* @__PURE__ */ new Set(["date", "date-time", "time"]);
var FORMAT_MAX_CHARS = { email: 320, hostname: 253 };
var DEFAULT_FORMAT_MAX_CHARS = 2048;
function capFormatLengths(ajv) {
  for (const [name, format] of Object.entries(import_formats.fullFormats)) {
    const test = format instanceof RegExp ? (text2) => format.test(text2) : typeof format === "function" ? format : void 0;
    if (test === void 0) continue;
    const max = FORMAT_MAX_CHARS[name] ?? DEFAULT_FORMAT_MAX_CHARS;
    ajv.addFormat(name, {
      type: "string",
      validate: (text2) => text2.length <= max && test(text2)
    });
  }
}
var addFormats2 = import_ajv_formats2.default.default ?? import_ajv_formats2.default;
function isRecord4(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function compileJsonSchema(schema, schemaFile) {
  if (!isRecord4(schema))
    throw new UserError("invalid JSON Schema: the root must be an object", { file: schemaFile });
  const problem = (path9, message) => {
    throw path9 === void 0 ? new UserError(message, { file: schemaFile }) : new SchemaProblem(message, path9, { file: schemaFile });
  };
  const dialect = schema.$schema;
  if (dialect !== void 0 && (typeof dialect !== "string" || !(DRAFT_07.test(dialect) || DRAFT_2020.test(dialect)))) {
    problem(
      ["$schema"],
      `invalid JSON Schema: $schema ${JSON.stringify(dialect)} is not supported (use draft 2020-12 or draft-07)`
    );
  }
  const options = {
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    logger: false,
    // `pattern` and `patternProperties` run on RE2 (linear time), never on a backtracking RegExp.
    code: { regExp: linearRegExpEngine }
  };
  const ajv = typeof dialect === "string" && DRAFT_07.test(dialect) ? new import_ajv2.Ajv(options) : new import__.Ajv2020(options);
  addFormats2(ajv);
  capFormatLengths(ajv);
  ajv.addKeyword({ keyword: EXTENSION_KEY, schemaType: "object" });
  if (!ajv.validateSchema(schema)) {
    const [first] = ajv.errors ?? [];
    const path9 = first ? pointerPath(first.instancePath) : void 0;
    problem(
      path9,
      `invalid JSON Schema: ${path9 ? `${pathText(path9)} ` : ""}${first?.message ?? "does not match its meta-schema"}`
    );
  }
  refuseIgnoredKeywords(ajv, schema, problem);
  let validate;
  try {
    validate = ajv.compile(schema);
  } catch (error3) {
    if (error3 instanceof UnsupportedPattern) return refusePattern(schema, error3, problem);
    const message = error3.message.replace(/^strict mode: /, "");
    return problem(strictModePath(schema, message), `invalid JSON Schema: ${message}`);
  }
  const properties = isRecord4(schema.properties) ? schema.properties : {};
  const names = Object.keys(properties);
  const extension = parseDatasetExtension(schema[EXTENSION_KEY], schemaFile, names);
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const simple = Object.keys(schema).every((key) => ROOT_SIMPLE.has(key)) && (schema.type === void 0 || schema.type === "object") && (schema.additionalProperties === void 0 || typeof schema.additionalProperties === "boolean") && [...required].every((name) => name in properties) && names.every((name) => simpleProperty(properties[name]));
  const columns = names.map((name) => {
    const property = properties[name];
    return simple ? simpleColumn(name, property, required.has(name)) : castOnlyColumn(name, property, required.has(name));
  });
  if (schema.additionalProperties === false && (extension.fieldsMatch === "subset" || extension.fieldsMatch === "partial")) {
    problem(
      [EXTENSION_KEY, "fieldsMatch"],
      `invalid schema: ${EXTENSION_KEY}.fieldsMatch ${extension.fieldsMatch} allows columns that additionalProperties: false forbids; keep one of them`
    );
  }
  const plan = {
    language: "json-schema",
    columns,
    fieldsMatch: extension.fieldsMatch ?? (schema.additionalProperties === false ? "superset" : "partial"),
    primaryKey: [],
    dataset: extension.dataset,
    mode: simple ? "columns" : "rows"
  };
  return { plan, rowValidator: (row) => violations(validate, row) };
}
function pointerPath(pointer) {
  const fragment = pointer.startsWith("#");
  const bare = fragment ? pointer.slice(1) : pointer;
  if (bare === "") return [];
  return bare.slice(1).split("/").map((segment) => (fragment ? safeDecode(segment) : segment).replace(/~1/g, "/").replace(/~0/g, "~"));
}
function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
function strictModePath(schema, message) {
  const at = /at path "(#[^"]*)"/.exec(message);
  const format = /unknown format "([^"]*)"/.exec(message);
  if (at) return [...pointerPath(at[1]), ...format ? ["format"] : []];
  const reference = /can't resolve reference (\S+)/.exec(message);
  if (reference) return keywordPath(schema, "$ref", (node) => node.$ref === reference[1]);
  const keyword = /"([^"]+)"/.exec(message);
  return keyword ? keywordPath(schema, keyword[1]) : void 0;
}
function refusePattern(schema, error3, problem) {
  let path9;
  for (const { path: at, schema: node } of subschemas(schema)) {
    if (node.pattern === error3.pattern) path9 = [...at, "pattern"];
    else if (isRecord4(node.patternProperties) && Object.hasOwn(node.patternProperties, error3.pattern))
      path9 = [...at, "patternProperties", error3.pattern];
    if (path9) break;
  }
  const where = path9 ? ` (${pathText(path9)})` : "";
  return problem(
    path9,
    `JSON Schema pattern ${JSON.stringify(error3.pattern)}${where} is not supported by mlgate: it ${error3.reason}; patterns run in linear time (RE2), which cannot run this`
  );
}
var UNCHECKED_ANNOTATIONS = {
  contentEncoding: "JSON Schema makes it an annotation that validators do not check; use pattern instead",
  contentMediaType: "JSON Schema makes it an annotation that validators do not check",
  contentSchema: "JSON Schema makes it an annotation that validators do not check"
};
function hasApplicableType(types, type) {
  return types.includes(type) || type === "number" && types.includes("integer");
}
function refuseIgnoredKeywords(ajv, schema, problem) {
  for (const { path: path9, schema: node } of subschemas(schema)) {
    if (path9.length > 0 && Object.hasOwn(node, EXTENSION_KEY))
      problem(
        [...path9, EXTENSION_KEY],
        `invalid schema: ${pathText([...path9, EXTENSION_KEY])} is read only at the top level of the schema`
      );
    for (const keyword of ["properties", "dependentRequired", "dependentSchemas", "dependencies"]) {
      const map = node[keyword];
      if (isRecord4(map) && Object.hasOwn(map, "__proto__")) {
        problem(
          [...path9, keyword, "__proto__"],
          `JSON Schema ${pathText([...path9, keyword, "__proto__"])}: a property named __proto__ cannot be checked (ajv ignores it); rename the field`
        );
      }
    }
    for (const [keyword, reason] of Object.entries(UNCHECKED_ANNOTATIONS)) {
      if (Object.hasOwn(node, keyword)) {
        const where = pathText([...path9, keyword]);
        problem(
          [...path9, keyword],
          `JSON Schema '${keyword}' (${where}) is not supported by mlgate: ${reason}`
        );
      }
    }
    if (node.type === void 0) continue;
    const types = Array.isArray(node.type) ? node.type : [node.type];
    for (const keyword of Object.keys(node)) {
      const rule = ajv.RULES.all[keyword];
      let applies = typeof rule === "object" ? rule.definition.type : [];
      if (keyword === "format" && typeof node.format === "string") {
        const definition = ajv.formats[node.format];
        if (definition === void 0) continue;
        applies = [isRecord4(definition) && typeof definition.type === "string" ? definition.type : "string"];
      }
      if (applies.length > 0 && !applies.some((type) => hasApplicableType(types, type))) {
        problem(
          [...path9, keyword],
          `invalid JSON Schema: ${pathText([...path9, keyword])} never applies: it constrains ${applies.join(" or ")} values, and the type here is ${types.join(" or ")}`
        );
      }
    }
  }
}
function typesOf(property) {
  const type = property.type;
  if (type === void 0) return void 0;
  return Array.isArray(type) ? type : [type];
}
function simpleProperty(property) {
  if (!isRecord4(property)) return false;
  if (!Object.keys(property).every((key) => PROPERTY_SIMPLE.has(key))) return false;
  const types = typesOf(property);
  if (!types) return false;
  const nonNull = types.filter((t) => t !== "null");
  if (nonNull.length !== 1 || !SCALAR_TYPES.has(nonNull[0])) return false;
  if (typeof property.format === "string" && !TEMPORAL_FORMATS.has(property.format)) {
    if (!(import_formats.fullFormats[property.format] instanceof RegExp)) return false;
  }
  const scalars = [
    ...property.enum ?? [],
    ..."const" in property ? [property.const] : []
  ];
  return scalars.every(
    (v) => v === null || (nonNull[0] === "string" ? typeof v === "string" : typeof v === (nonNull[0] === "boolean" ? "boolean" : "number"))
  );
}
function kindOf(types) {
  if (!types) return { kind: "any", nullable: true };
  const nonNull = types.filter((t) => t !== "null");
  const kind = nonNull.length === 1 && SCALAR_TYPES.has(nonNull[0]) ? nonNull[0] : "any";
  return { kind, nullable: types.includes("null") };
}
var JSON_BOOLEANS = { trueValues: ["true"], falseValues: ["false"] };
function castOnlyColumn(name, property, _required) {
  const { kind } = kindOf(isRecord4(property) ? typesOf(property) : void 0);
  return {
    ...defaultColumn(name, kind, `properties.${name}`),
    ...JSON_BOOLEANS,
    integralNumbersAreIntegers: true
  };
}
function simpleColumn(name, property, required) {
  const { kind, nullable } = kindOf(typesOf(property));
  const numeric = (key) => typeof property[key] === "number" ? { [key]: property[key] } : {};
  const values = [...property.enum ?? []];
  const allowed = "const" in property ? [property.const] : property.enum !== void 0 ? values : void 0;
  const nonNullAllowed = allowed?.filter((v) => v !== null);
  let enumValues;
  if (nonNullAllowed) {
    enumValues = kind === "string" ? nonNullAllowed : kind === "boolean" ? nonNullAllowed.map((b) => b ? 1 : 0) : nonNullAllowed;
  }
  let format;
  if (typeof property.format === "string" && kind === "string") {
    const known = import_formats.fullFormats[property.format];
    format = TEMPORAL_FORMATS.has(property.format) ? property.format : builtinPatternSource(known.source, known.flags, property.format);
  }
  return {
    ...defaultColumn(name, kind, `properties.${name}`),
    ...JSON_BOOLEANS,
    integralNumbersAreIntegers: true,
    // A required, non-nullable property: an empty cell leaves it out of the row, which `required` refuses.
    required: required && !nullable,
    ...numeric("minimum"),
    ...numeric("maximum"),
    ...numeric("exclusiveMinimum"),
    ...numeric("exclusiveMaximum"),
    ...numeric("minLength"),
    ...numeric("maxLength"),
    ...typeof property.pattern === "string" ? { pattern: patternSource(property.pattern) } : {},
    ...enumValues ? { enum: enumValues } : {},
    ...format ? { format } : {}
  };
}
function topField(error3) {
  if (error3.keyword === "required") return error3.params.missingProperty;
  if (error3.keyword === "additionalProperties")
    return error3.params.additionalProperty;
  const match = /^\/([^/]*)/.exec(error3.instancePath);
  return match ? match[1].replace(/~1/g, "/").replace(/~0/g, "~") : null;
}
function violations(validate, row) {
  if (validate(row)) return [];
  return (validate.errors ?? []).map((error3) => {
    const field = topField(error3);
    const code = error3.keyword === "type" ? "type-error" : error3.keyword === "additionalProperties" ? "extra-cell" : "constraint-error";
    const where = error3.instancePath.split("/").length > 2 ? `${error3.instancePath} ` : "";
    return {
      code,
      field,
      message: `${where}${error3.message ?? error3.keyword}`,
      value: field === null ? void 0 : row[field]
    };
  });
}

// packages/engine/src/validate/schema/table-schema-compiler.ts
var KINDS = [
  "string",
  "number",
  "integer",
  "boolean",
  "date",
  "datetime",
  "time",
  "year",
  "yearmonth",
  "duration",
  "object",
  "array",
  "geopoint",
  "any"
];
var FIELD_KEYS = /* @__PURE__ */ new Set([
  "name",
  "type",
  "format",
  "title",
  "description",
  "example",
  "constraints",
  "missingValues",
  "trueValues",
  "falseValues",
  "decimalChar",
  "groupChar",
  "bareNumber",
  "rdfType",
  "categories",
  "categoriesOrdered"
]);
var CONSTRAINT_KEYS = /* @__PURE__ */ new Set([
  "required",
  "unique",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "pattern",
  "enum"
]);
var SCHEMA_KEYS = /* @__PURE__ */ new Set([
  "$schema",
  "name",
  "title",
  "description",
  "fields",
  "missingValues",
  "primaryKey",
  "fieldsMatch",
  "uniqueKeys",
  EXTENSION_KEY
]);
var LIST_TYPE = "list values are not split into items; declare the field as a string (with a pattern) instead";
var UNSUPPORTED_SCHEMA_KEYS = {
  foreignKeys: "references to other fields or tables are not checked; remove it, or check them another way"
};
var UNSUPPORTED_FIELD_KEYS = {
  delimiter: LIST_TYPE,
  itemType: LIST_TYPE
};
var UNSUPPORTED_CONSTRAINT_KEYS = {
  jsonSchema: "values are not checked against an embedded JSON Schema; use a JSON Schema for the rows instead"
};
var UNSUPPORTED_TYPES = {
  list: LIST_TYPE,
  geojson: "GeoJSON is not checked; declare the field as an object instead"
};
var BOUND_KINDS = /* @__PURE__ */ new Set([
  "number",
  "integer",
  "year",
  "date",
  "datetime",
  "time",
  "yearmonth"
]);
var ENUM_KINDS = /* @__PURE__ */ new Set([...BOUND_KINDS, "string", "boolean"]);
var NOT_CHECKED_ON = {
  bounds: { kinds: /* @__PURE__ */ new Set(["duration"]), reason: "durations are checked for their form, not compared" },
  length: { kinds: /* @__PURE__ */ new Set(["array", "object"]), reason: "lengths are checked on strings only" },
  enum: {
    kinds: /* @__PURE__ */ new Set(["duration", "geopoint", "object", "array", "any"]),
    reason: "enum is checked on strings, numbers, booleans, dates and times only"
  }
};
var CATEGORY_KINDS = /* @__PURE__ */ new Set(["string", "integer"]);
var STRING_FORMATS = {
  email: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$",
  uri: "^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]*$",
  uuid: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
  binary: "^[A-Za-z0-9+/]*={0,2}$"
};
function isRecord5(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function looksLikeTableSchema(schema) {
  return isRecord5(schema) && Array.isArray(schema.fields);
}
function compileTableSchema(schema, schemaFile) {
  const fail2 = (path9, problem) => {
    throw new SchemaProblem(`invalid Table Schema: ${pathText(path9)} ${problem}`, path9, { file: schemaFile });
  };
  const unsupported = (path9, what, reason) => {
    const where = path9.length > 1 ? ` (${pathText(path9)})` : "";
    throw new SchemaProblem(`Table Schema ${what}${where} is not supported by mlgate: ${reason}`, path9, {
      file: schemaFile
    });
  };
  if (!isRecord5(schema)) fail2([], "must be an object");
  const root = schema;
  for (const key of Object.keys(root)) {
    if (key === "foreignKeys" && Array.isArray(root[key]) && root[key].length === 0) continue;
    const reason = UNSUPPORTED_SCHEMA_KEYS[key];
    if (reason !== void 0) unsupported([key], `'${key}'`, reason);
    if (!SCHEMA_KEYS.has(key)) fail2([key], "is not a Table Schema keyword");
  }
  if (!Array.isArray(root.fields) || root.fields.length === 0) fail2(["fields"], "must be a non-empty array");
  const missingValues = missingValueList(root.missingValues, ["missingValues"], fail2) ?? [""];
  const names = /* @__PURE__ */ new Set();
  const columns = root.fields.map((field, index) => {
    const at = ["fields", index];
    if (!isRecord5(field)) return fail2(at, "must be an object");
    for (const key of Object.keys(field)) {
      const reason = UNSUPPORTED_FIELD_KEYS[key];
      if (reason !== void 0) unsupported([...at, key], `'${key}'`, reason);
      if (!FIELD_KEYS.has(key)) fail2([...at, key], "is not a field keyword");
    }
    if (typeof field.name !== "string" || field.name === "")
      fail2([...at, "name"], "must be a non-empty string");
    const name = field.name;
    if (names.has(name)) fail2([...at, "name"], `repeats the field name ${JSON.stringify(name)}`);
    names.add(name);
    const kind = field.type ?? "string";
    const typeReason = typeof field.type === "string" ? UNSUPPORTED_TYPES[field.type] : void 0;
    if (typeReason !== void 0) unsupported([...at, "type"], `type '${field.type}'`, typeReason);
    if (!KINDS.includes(kind))
      fail2([...at, "type"], `must be one of ${KINDS.join(", ")} (got ${JSON.stringify(field.type)})`);
    return compileField(field, at, name, kind, missingValues, fail2, unsupported);
  });
  const primaryKey = root.primaryKey === void 0 ? [] : typeof root.primaryKey === "string" ? [root.primaryKey] : root.primaryKey;
  if (!Array.isArray(primaryKey) || primaryKey.some((key) => typeof key !== "string" || !names.has(key))) {
    fail2(["primaryKey"], "must name fields of the schema");
  }
  let fieldsMatch = "exact";
  if (root.fieldsMatch !== void 0) {
    if (!FIELDS_MATCH_VALUES.includes(root.fieldsMatch))
      fail2(["fieldsMatch"], `must be one of ${FIELDS_MATCH_VALUES.join(", ")}`);
    fieldsMatch = root.fieldsMatch;
  }
  const extension = parseDatasetExtension(root[EXTENSION_KEY], schemaFile, [...names]);
  if (root.fieldsMatch !== void 0 && extension.fieldsMatch !== void 0)
    fail2([EXTENSION_KEY, "fieldsMatch"], "repeats the top-level fieldsMatch; keep one of them");
  const uniqueKeys = root.uniqueKeys === void 0 ? [] : root.uniqueKeys;
  if (!Array.isArray(uniqueKeys) || uniqueKeys.some((key) => !Array.isArray(key) || key.some((n) => !names.has(n)))) {
    fail2(["uniqueKeys"], "must be an array of arrays of field names");
  }
  return {
    language: "table-schema",
    columns: columns.map(
      (column) => primaryKey.includes(column.name) ? { ...column, required: true } : column
    ),
    fieldsMatch: extension.fieldsMatch ?? fieldsMatch,
    primaryKey,
    dataset: {
      ...extension.dataset,
      uniqueTogether: [...extension.dataset.uniqueTogether, ...uniqueKeys]
    },
    mode: "columns"
  };
}
function stringList2(value, path9, fail2) {
  if (value === void 0) return void 0;
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
    fail2(path9, "must be an array of strings");
  return value;
}
function labelledValues(value, path9, fail2) {
  if (value === void 0) return void 0;
  if (!Array.isArray(value)) return fail2(path9, "must be an array");
  return value.map((entry, i) => {
    if (!isRecord5(entry)) return entry;
    const keys = Object.keys(entry);
    if (!("value" in entry) || keys.some((key) => key !== "value" && key !== "label"))
      fail2([...path9, i], "must be a value or a { value, label } object");
    if (entry.label !== void 0 && typeof entry.label !== "string")
      fail2([...path9, i, "label"], "must be a string");
    return entry.value;
  });
}
function missingValueList(value, path9, fail2) {
  const values = labelledValues(value, path9, fail2);
  values?.forEach((v, i) => {
    if (typeof v !== "string") fail2([...path9, i], "must be a string (or a { value, label } object with one)");
  });
  return values;
}
function compileField(field, at, name, kind, schemaMissingValues, fail2, unsupported) {
  const base = defaultColumn(name, kind, `${pathText(at)}.constraints`);
  const constraintsPath = [...at, "constraints"];
  const constraint = (key) => [...constraintsPath, key];
  const constraints = field.constraints ?? {};
  if (!isRecord5(constraints)) fail2(constraintsPath, "must be an object");
  const c = constraints;
  for (const key of Object.keys(c)) {
    const reason = UNSUPPORTED_CONSTRAINT_KEYS[key];
    if (reason !== void 0) unsupported(constraint(key), `'${key}'`, reason);
    if (!CONSTRAINT_KEYS.has(key)) fail2(constraint(key), "is not a constraint keyword");
  }
  const notOn = (key, group) => group !== void 0 && NOT_CHECKED_ON[group].kinds.has(kind) ? unsupported(constraint(key), `'${key}' on ${kind} fields`, NOT_CHECKED_ON[group].reason) : fail2(constraint(key), `does not apply to type ${kind}`);
  const formatPath = [...at, "format"];
  const format = field.format;
  if (format !== void 0 && typeof format !== "string") fail2(formatPath, "must be a string");
  let temporalPattern;
  let formatCheck;
  const temporal = kind === "date" || kind === "datetime" || kind === "time";
  if (typeof format === "string" && format !== "default") {
    if (temporal) {
      if (format !== "any") {
        const repeated = repeatedTemporalDirective(format);
        if (repeated !== void 0) fail2(formatPath, `repeats %${repeated}: each directive may appear once`);
        temporalPattern = compileTemporalPattern(format);
        if (!temporalPattern)
          fail2(formatPath, `is not a supported date/time pattern (${JSON.stringify(format)})`);
      }
    } else if (kind === "string") {
      const known = STRING_FORMATS[format];
      if (!known) fail2(formatPath, `must be one of default, ${Object.keys(STRING_FORMATS).join(", ")}`);
      else formatCheck = patternSource(known, format);
    } else if (kind === "geopoint" && (format === "array" || format === "object")) {
      unsupported(
        formatPath,
        `format '${format}' of geopoint fields`,
        'geopoints are checked in the default "lon, lat" form only'
      );
    } else
      fail2(formatPath, `must be default: type ${kind} has no other format (got ${JSON.stringify(format)})`);
  }
  const trueValues = stringList2(field.trueValues, [...at, "trueValues"], fail2) ?? base.trueValues;
  const falseValues = stringList2(field.falseValues, [...at, "falseValues"], fail2) ?? base.falseValues;
  const boolean = (key) => {
    const value = c[key];
    if (value !== void 0 && typeof value !== "boolean") fail2(constraint(key), "must be a boolean");
    return value === true;
  };
  const length = (key) => {
    const value = c[key];
    if (value === void 0) return void 0;
    if (kind !== "string") notOn(key, "length");
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
      fail2(constraint(key), "must be a non-negative integer");
    return value;
  };
  const toNumber = (path9, value) => {
    const problem = `must be a value of the field's type (${kind})`;
    if (kind === "number" || kind === "integer" || kind === "year") {
      const n = typeof value === "string" ? Number(value) : value;
      if (typeof n !== "number" || Number.isNaN(n)) fail2(path9, problem);
      return n;
    }
    if (kind === "boolean") {
      if (value === true || typeof value === "string" && trueValues.includes(value)) return 1;
      if (value === false || typeof value === "string" && falseValues.includes(value)) return 0;
      return fail2(path9, problem);
    }
    if (typeof value !== "string") return fail2(path9, problem);
    const parsed = kind === "date" ? isoDateToDays(value) : kind === "datetime" ? isoDatetimeToMillis(value) : kind === "time" ? isoTimeToSeconds(value) : kind === "yearmonth" && /^\d{4}-\d{2}$/.test(value) ? Number(value.slice(0, 4)) * 12 + Number(value.slice(5)) - 1 : void 0;
    if (parsed === void 0) fail2(path9, `${problem}, in ISO 8601 form`);
    return parsed;
  };
  const bound = (key) => {
    if (c[key] === void 0) return void 0;
    if (!BOUND_KINDS.has(kind)) notOn(key, "bounds");
    return toNumber(constraint(key), c[key]);
  };
  const allowedValues = (path9, values) => kind === "string" ? values.map((v, i) => typeof v === "string" ? v : fail2([...path9, i], "must be a string")) : values.map((v, i) => toNumber([...path9, i], v));
  let pattern;
  if (c.pattern !== void 0) {
    if (kind !== "string") notOn("pattern");
    if (typeof c.pattern !== "string") fail2(constraint("pattern"), "must be a string");
    const source = `^(?:${c.pattern})$`;
    try {
      new RegExp(source, "u");
    } catch (error3) {
      fail2(constraint("pattern"), `is not a valid regular expression (${error3.message})`);
    }
    try {
      pattern = patternSource(source, c.pattern);
    } catch (error3) {
      if (!(error3 instanceof UnsupportedPattern)) throw error3;
      unsupported(
        constraint("pattern"),
        `pattern ${JSON.stringify(c.pattern)}`,
        `it ${error3.reason}; patterns run in linear time (RE2), which cannot run this`
      );
    }
  }
  let allowed;
  if (c.enum !== void 0) {
    if (!ENUM_KINDS.has(kind)) notOn("enum", "enum");
    if (!Array.isArray(c.enum) || c.enum.length === 0) fail2(constraint("enum"), "must be a non-empty array");
    allowed = allowedValues(constraint("enum"), c.enum);
  }
  const categoriesPath = [...at, "categories"];
  const categories = labelledValues(field.categories, categoriesPath, fail2);
  if (categories !== void 0) {
    if (!CATEGORY_KINDS.has(kind)) fail2(categoriesPath, `applies to string and integer fields, not ${kind}`);
    if (categories.length === 0) fail2(categoriesPath, "must be a non-empty array");
    const values = allowedValues(categoriesPath, categories);
    values.forEach((v, i) => {
      if (kind === "integer" && !Number.isInteger(v)) fail2([...categoriesPath, i], "must be an integer");
    });
    if (allowed === void 0) allowed = values;
    else if (allowed.some((v) => !values.includes(v)))
      fail2(constraint("enum"), "must be a subset of the field's categories");
  }
  if (field.categoriesOrdered !== void 0 && typeof field.categoriesOrdered !== "boolean")
    fail2([...at, "categoriesOrdered"], "must be a boolean");
  if (field.rdfType !== void 0 && typeof field.rdfType !== "string")
    fail2([...at, "rdfType"], "must be a string (the URI of an RDF class)");
  const missingValues = missingValueList(field.missingValues, [...at, "missingValues"], fail2) ?? schemaMissingValues;
  const decimalChar = field.decimalChar ?? ".";
  const groupChar = field.groupChar ?? "";
  if (typeof decimalChar !== "string" || decimalChar.length !== 1)
    fail2([...at, "decimalChar"], "must be one character");
  if (typeof groupChar !== "string" || groupChar.length > 1)
    fail2([...at, "groupChar"], "must be one character");
  if (field.bareNumber !== void 0 && typeof field.bareNumber !== "boolean")
    fail2([...at, "bareNumber"], "must be a boolean");
  const optional = (key, value) => value === void 0 ? {} : { [key]: value };
  return {
    ...base,
    required: boolean("required"),
    unique: boolean("unique"),
    missingValues,
    trueValues,
    falseValues,
    decimalChar,
    groupChar,
    bareNumber: field.bareNumber !== false,
    ...optional("minimum", bound("minimum")),
    ...optional("maximum", bound("maximum")),
    ...optional("exclusiveMinimum", bound("exclusiveMinimum")),
    ...optional("exclusiveMaximum", bound("exclusiveMaximum")),
    ...optional("minLength", length("minLength")),
    ...optional("maxLength", length("maxLength")),
    ...optional("pattern", pattern),
    ...optional("enum", allowed),
    ...optional("format", formatCheck),
    ...optional("temporalPattern", temporalPattern),
    ...temporal && format === "any" ? { anyTemporalFormat: true } : {}
  };
}

// packages/engine/src/validate/schema/schema-file.ts
var MAX_SCHEMA_BYTES = 16 * 1024 * 1024;
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}
function compileSchema(document, displayPath2) {
  if (looksLikeTableSchema(document))
    return { language: "table-schema", plan: compileTableSchema(document, displayPath2) };
  const compiled = compileJsonSchema(document, displayPath2);
  return { language: "json-schema", plan: compiled.plan, rowValidator: compiled.rowValidator };
}
async function loadSchema(path9, displayPath2) {
  const text2 = await readUserText(path9, {
    what: "schema file",
    shownAs: displayPath2,
    maxBytes: MAX_SCHEMA_BYTES
  });
  const document = /\.ya?ml$/i.test(path9) ? parseYamlDocument(text2, displayPath2).value : parseJsonDocument(text2, displayPath2, "the schema");
  const sha2563 = createHash4("sha256").update(canonicalJson(document)).digest("hex");
  try {
    return { path: displayPath2, sha256: sha2563, ...compileSchema(document, displayPath2) };
  } catch (error3) {
    throw error3 instanceof SchemaProblem ? located(error3, text2, displayPath2) : error3;
  }
}
function located(problem, text2, displayPath2) {
  const lineCounter = new import_yaml3.LineCounter();
  const document = (0, import_yaml3.parseDocument)(text2, { lineCounter, uniqueKeys: false });
  const { line, column } = locateInYaml(document, lineCounter, problem.path.map(String), "key");
  return new SchemaProblem(problem.message, problem.path, { file: displayPath2, line, column });
}

// packages/engine/src/validate/dataset-validation.ts
function displayPath(cwd, file) {
  const relative2 = path4.relative(cwd, path4.resolve(cwd, file));
  if (relative2 === "") return ".";
  return (relative2.startsWith("..") ? path4.resolve(cwd, file) : relative2).split(path4.sep).join("/");
}
async function validateDataset(request) {
  const { cwd, schema: schemaFile, data, dataFrom, format = "auto", ...options } = request;
  const schema = await loadSchema(path4.resolve(cwd, schemaFile), displayPath(cwd, schemaFile));
  const files = await expandFilePatterns(data, cwd, dataFrom);
  return validateData(
    files.map((file) => ({ path: path4.resolve(cwd, file), displayPath: displayPath(cwd, file) })),
    schema,
    { ...options, format }
  );
}

// packages/engine/src/metrics/metrics-loader.ts
import path5 from "node:path";

// packages/engine/src/metrics/metric-collector.ts
var MetricCollector = class {
  constructor(file) {
    this.file = file;
  }
  file;
  metrics = /* @__PURE__ */ new Map();
  add(name, value, line, column) {
    const earlier = this.metrics.get(name);
    if (earlier !== void 0) {
      throw new UserError(`metric '${name}' appears twice in this file (first on line ${earlier.line})`, {
        file: this.file,
        line,
        ...column !== void 0 ? { column } : {}
      });
    }
    this.metrics.set(name, { name, value, file: this.file, line });
  }
  /** A value that cannot be a metric ("0.9x"): names the file, the key and the line. */
  refuse(name, problem, line, column) {
    throw new UserError(`metric '${name}': ${problem}`, {
      file: this.file,
      line,
      ...column !== void 0 ? { column } : {}
    });
  }
};
function childName(parent, key) {
  return parent === "" ? key : `${parent}.${key}`;
}

// packages/engine/src/metrics/metric-text.ts
var DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var NUMBER_WITH_SUFFIX = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[A-Za-z%]+$/;
var NAN = /^[+-]?nan$/i;
var POSITIVE_INFINITY = /^\+?(?:inf|infinity)$/i;
var NEGATIVE_INFINITY = /^-(?:inf|infinity)$/i;
function readMetricText(raw, origin) {
  const text2 = raw.trim();
  if (DECIMAL.test(text2)) return { ok: true, value: numberValue(Number(text2)) };
  if (NAN.test(text2)) return { ok: true, value: { type: "nan" } };
  if (POSITIVE_INFINITY.test(text2)) return { ok: true, value: { type: "infinity", sign: 1 } };
  if (NEGATIVE_INFINITY.test(text2)) return { ok: true, value: { type: "infinity", sign: -1 } };
  if (NUMBER_WITH_SUFFIX.test(text2)) {
    return { ok: false, problem: `value ${JSON.stringify(raw)} is not a number (a number with a suffix)` };
  }
  if (origin === "cell") {
    const lower = text2.toLowerCase();
    if (text2 === "" || lower === "null") return { ok: true, value: { type: "null" } };
    if (lower === "true" || lower === "false")
      return { ok: true, value: { type: "boolean", value: lower === "true" } };
  }
  return { ok: true, value: { type: "text", value: raw } };
}

// packages/engine/src/metrics/delimited-metrics-reader.ts
var LONG_HEADER_NAMES = /* @__PURE__ */ new Set(["name", "metric", "key"]);
function readDelimitedMetrics(text2, file, delimiter) {
  const rows = splitRows(text2, file, delimiter).filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  const [header, second] = rows;
  if (header === void 0) throw new UserError("the file is empty", { file, line: 1 });
  const collector = new MetricCollector(file);
  const cellsAreLongHeader = header.cells.length === 2 && LONG_HEADER_NAMES.has(header.cells[0].trim().toLowerCase()) && header.cells[1].trim().toLowerCase() === "value";
  const looksWide = !cellsAreLongHeader && rows.length === 2 && header.cells.every((cell) => readMetricText(cell, "cell").ok && !isNumberCell(cell));
  if (looksWide && second !== void 0) {
    if (second.cells.length !== header.cells.length) {
      throw new UserError(
        `the value row has ${second.cells.length} cells but the header names ${header.cells.length} metrics`,
        { file, line: second.line }
      );
    }
    header.cells.forEach(
      (rawName, index) => addCell(collector, rawName.trim(), second.cells[index], second.line)
    );
    return collector.metrics;
  }
  for (const row of cellsAreLongHeader ? rows.slice(1) : rows) {
    if (row.cells.length !== 2) {
      throw new UserError(
        `expected 'name${delimiter === "," ? "," : "<tab>"}value' (${row.cells.length} cells found), or one header row and one value row`,
        { file, line: row.line }
      );
    }
    const name = row.cells[0].trim();
    if (name === "") throw new UserError("a row has an empty metric name", { file, line: row.line });
    addCell(collector, name, row.cells[1], row.line);
  }
  return collector.metrics;
}
function isNumberCell(cell) {
  const reading = readMetricText(cell, "cell");
  return reading.ok && (reading.value.type === "number" || reading.value.type === "infinity");
}
function addCell(collector, name, cell, line) {
  if (name === "") throw new UserError("the header has an empty metric name", { file: collector.file, line });
  const reading = readMetricText(cell, "cell");
  if (!reading.ok) collector.refuse(name, reading.problem, line);
  collector.add(name, reading.value, line);
}
function splitRows(text2, file, delimiter) {
  const rows = [];
  let cells = [];
  let cell = "";
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 1;
  for (let index = 0; index < text2.length; index++) {
    const char = text2[index];
    if (quoted) {
      if (char === '"') {
        if (text2[index + 1] === '"') {
          cell += '"';
          index++;
        } else {
          quoted = false;
        }
      } else {
        if (char === "\n") line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      quoteLine = line;
      cell = "";
    } else if (char === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text2[index + 1] === "\n") index++;
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
    } else {
      cell += char;
    }
  }
  if (quoted) throw new UserError("unterminated quoted cell", { file, line: quoteLine });
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
  }
  return rows;
}

// packages/engine/src/metrics/json-metrics-reader.ts
function readJsonMetrics(text2, file) {
  return new JsonMetricsParser(text2, file).parse();
}
var NUMBER_TOKEN = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var JsonMetricsParser = class {
  constructor(text2, file) {
    this.text = text2;
    this.file = file;
    this.collector = new MetricCollector(file);
  }
  text;
  file;
  position = 0;
  /** Open objects and arrays around the position: the parser recurses per level, so it is bounded. */
  depth = 0;
  line = 1;
  lineStart = 0;
  collector;
  parse() {
    this.skipWhitespace();
    if (this.position >= this.text.length) throw this.error("the file is empty");
    const first = this.text.charCodeAt(this.position);
    if (first !== 123 /* OpenBrace */ && first !== 91 /* OpenBracket */) {
      throw this.error("expected a JSON object or array of metrics at the top level");
    }
    this.value("");
    this.skipWhitespace();
    if (this.position < this.text.length) throw this.error("unexpected text after the JSON value");
    return this.collector.metrics;
  }
  value(name) {
    const code = this.text.charCodeAt(this.position);
    const line = this.line;
    const column = this.column();
    if (code === 123 /* OpenBrace */ || code === 91 /* OpenBracket */) {
      if (this.depth === MAX_NESTING_DEPTH) {
        throw new UserError(NESTED_TOO_DEEP, { file: this.file, line, column });
      }
      this.depth++;
      if (code === 123 /* OpenBrace */) this.object(name);
      else this.array(name);
      this.depth--;
      return;
    }
    if (code === 34 /* Quote */) {
      const reading = readMetricText(this.string(), "string");
      if (!reading.ok) this.collector.refuse(name, reading.problem, line, column);
      return this.collector.add(name, reading.value, line, column);
    }
    if (code === 45 /* Minus */ || code >= 48 && code <= 57) {
      if (this.text.startsWith("-Infinity", this.position)) {
        this.position += 9;
        return this.collector.add(name, { type: "infinity", sign: -1 }, line, column);
      }
      NUMBER_TOKEN.lastIndex = this.position;
      const match = NUMBER_TOKEN.exec(this.text);
      if (match === null) throw this.error("invalid number");
      this.position += match[0].length;
      return this.collector.add(name, numberValue(Number(match[0])), line, column);
    }
    for (const [word, value] of KEYWORDS) {
      if (this.text.startsWith(word, this.position)) {
        this.position += word.length;
        return this.collector.add(name, value, line, column);
      }
    }
    throw this.error(this.position >= this.text.length ? "unexpected end of file" : "unexpected character");
  }
  object(name) {
    this.position++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.position) === 125 /* CloseBrace */) {
      this.position++;
      return;
    }
    for (; ; ) {
      if (this.text.charCodeAt(this.position) !== 34 /* Quote */) throw this.error("expected a quoted key");
      const key = this.string();
      this.skipWhitespace();
      if (this.text.charCodeAt(this.position) !== 58 /* Colon */) throw this.error("expected ':' after the key");
      this.position++;
      this.skipWhitespace();
      this.value(childName(name, key));
      this.skipWhitespace();
      const next = this.text.charCodeAt(this.position);
      this.position++;
      if (next === 125 /* CloseBrace */) return;
      if (next !== 44 /* Comma */) {
        this.position--;
        throw this.error("expected ',' or '}'");
      }
      this.skipWhitespace();
    }
  }
  array(name) {
    this.position++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.position) === 93 /* CloseBracket */) {
      this.position++;
      return;
    }
    for (let index = 0; ; index++) {
      this.value(childName(name, String(index)));
      this.skipWhitespace();
      const next = this.text.charCodeAt(this.position);
      this.position++;
      if (next === 93 /* CloseBracket */) return;
      if (next !== 44 /* Comma */) {
        this.position--;
        throw this.error("expected ',' or ']'");
      }
      this.skipWhitespace();
    }
  }
  string() {
    const start = ++this.position;
    let cursor = start;
    let escaped = false;
    for (; ; ) {
      const code = this.text.charCodeAt(cursor);
      if (code === 34 /* Quote */) break;
      if (Number.isNaN(code) || code === 10 /* Newline */) {
        this.position = cursor;
        throw this.error("unterminated string");
      }
      if (code === 92 /* Backslash */) {
        escaped = true;
        cursor += 2;
      } else {
        cursor++;
      }
    }
    this.position = cursor + 1;
    if (!escaped) return this.text.slice(start, cursor);
    try {
      return JSON.parse(this.text.slice(start - 1, cursor + 1));
    } catch {
      this.position = start;
      throw this.error("invalid escape in string");
    }
  }
  skipWhitespace() {
    for (; ; ) {
      const code = this.text.charCodeAt(this.position);
      if (code === 10 /* Newline */) {
        this.position++;
        this.line++;
        this.lineStart = this.position;
      } else if (code === 32 /* Space */ || code === 9 /* Tab */ || code === 13 /* Return */) {
        this.position++;
      } else {
        return;
      }
    }
  }
  column() {
    return this.position - this.lineStart + 1;
  }
  error(problem) {
    return new UserError(`not valid JSON: ${problem}`, {
      file: this.file,
      line: this.line,
      column: this.column()
    });
  }
};
var KEYWORDS = [
  ["true", { type: "boolean", value: true }],
  ["false", { type: "boolean", value: false }],
  ["null", { type: "null" }],
  ["NaN", { type: "nan" }],
  ["Infinity", { type: "infinity", sign: 1 }]
];

// packages/engine/src/metrics/yaml-metrics-reader.ts
var import_yaml4 = __toESM(require_dist2(), 1);
function readYamlMetrics(text2, file) {
  const { document, lineCounter } = parseYamlDocument(text2, file);
  const root = document.contents;
  if (root === null || (0, import_yaml4.isScalar)(root) && (root.value === null || root.value === "")) {
    throw new UserError("the file is empty", { file, line: 1 });
  }
  if (!(0, import_yaml4.isMap)(root) && !(0, import_yaml4.isSeq)(root)) {
    throw new UserError("expected a mapping or list of metrics at the top level", { file, line: 1 });
  }
  const collector = new MetricCollector(file);
  const at = (node) => {
    const position = lineCounter.linePos(node.range?.[0] ?? 0);
    return { line: position.line, column: position.col };
  };
  const walk = (node, name) => {
    const resolved = (0, import_yaml4.isAlias)(node) ? node.resolve(document) : node;
    if ((0, import_yaml4.isMap)(resolved)) {
      for (const pair of resolved.items) {
        const key = (0, import_yaml4.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
        if (pair.value === null && (0, import_yaml4.isScalar)(pair.key)) {
          const { line: line2, column: column2 } = at(pair.key);
          collector.add(childName(name, key), { type: "null" }, line2, column2);
        } else {
          walk(pair.value, childName(name, key));
        }
      }
      return;
    }
    if ((0, import_yaml4.isSeq)(resolved)) {
      resolved.items.forEach((item, index) => walk(item, childName(name, String(index))));
      return;
    }
    if (!(0, import_yaml4.isScalar)(resolved)) return;
    const { line, column } = at(resolved);
    const value = resolved.value;
    if (value === null || value === void 0) return collector.add(name, { type: "null" }, line, column);
    if (typeof value === "number") return collector.add(name, numberValue(value), line, column);
    if (typeof value === "boolean") return collector.add(name, { type: "boolean", value }, line, column);
    const reading = readMetricText(String(value), "string");
    if (!reading.ok) collector.refuse(name, reading.problem, line, column);
    collector.add(name, reading.value, line, column);
  };
  walk(root, "");
  return collector.metrics;
}

// packages/engine/src/metrics/metrics-loader.ts
var MAX_METRICS_BYTES = 64 * 1024 * 1024;
var METRICS_EXTENSIONS = [".json", ".yaml", ".yml", ".csv", ".tsv"];
function parseMetricsText(text2, file) {
  if (text2.trim() === "") throw new UserError("the file is empty", { file, line: 1 });
  const extension = path5.extname(file).toLowerCase();
  let metrics;
  switch (extension) {
    case ".json":
      metrics = readJsonMetrics(text2, file);
      break;
    case ".yaml":
    case ".yml":
      metrics = readYamlMetrics(text2, file);
      break;
    case ".csv":
      metrics = readDelimitedMetrics(text2, file, ",");
      break;
    case ".tsv":
      metrics = readDelimitedMetrics(text2, file, "	");
      break;
    default:
      throw new UserError(
        `cannot tell the format of a '${extension || "extensionless"}' file; use ${METRICS_EXTENSIONS.join(", ")}`,
        { file }
      );
  }
  if (metrics.size === 0) throw new UserError("the file holds no metrics", { file, line: 1 });
  return metrics;
}
async function readMetricsFile(file, cwd) {
  const text2 = await readUserText(file, { what: "metrics file", cwd, maxBytes: MAX_METRICS_BYTES });
  return { file, metrics: parseMetricsText(text2, file) };
}
async function loadMetricsFiles(files, options) {
  const read = await Promise.all(files.map((file) => readMetricsFile(file, options.cwd)));
  return combineMetricsFiles(read, options.namespace ?? "auto");
}
function fileStem(file) {
  const base = path5.basename(file);
  const extension = path5.extname(base);
  return extension === "" ? base : base.slice(0, -extension.length);
}
function combineMetricsFiles(files, mode) {
  if (files.length === 1 && mode !== "stem") return files[0].metrics;
  if (mode === "stem" || mode === "auto" && findCollision(files) !== void 0) return prefixByStem(files);
  const collision = findCollision(files);
  if (collision !== void 0) {
    const [first, second] = collision;
    throw new UserError(
      `metric '${second.name}' is in both ${first.file} (line ${first.line}) and ${second.file} (line ${second.line}); set metrics.namespace to 'stem' or 'auto' to prefix each metric with its file's name`,
      { file: second.file, line: second.line }
    );
  }
  const merged = /* @__PURE__ */ new Map();
  for (const { metrics } of files) for (const [name, metric] of metrics) merged.set(name, metric);
  return merged;
}
function findCollision(files) {
  const seen = /* @__PURE__ */ new Map();
  for (const { metrics } of files) {
    for (const [name, metric] of metrics) {
      const earlier = seen.get(name);
      if (earlier !== void 0) return [earlier, metric];
      seen.set(name, metric);
    }
  }
  return void 0;
}
function prefixByStem(files) {
  const stems = /* @__PURE__ */ new Map();
  const merged = /* @__PURE__ */ new Map();
  for (const { file, metrics } of files) {
    const stem = fileStem(file);
    const other = stems.get(stem);
    if (other !== void 0) {
      throw new UserError(
        `${other} and ${file} have the same name '${stem}', so their metrics would share one prefix; rename one`,
        { file }
      );
    }
    stems.set(stem, file);
    for (const [name, metric] of metrics) {
      const prefixed = `${stem}.${name}`;
      merged.set(prefixed, { ...metric, name: prefixed });
    }
  }
  return merged;
}

// packages/engine/src/compare/baseline-provenance.ts
function hasBaseline(provenance) {
  return provenance.source !== "none";
}
function describeBaseline(provenance) {
  const when = (commit, date) => {
    const parts = [commit?.slice(0, 7), date?.slice(0, 10)].filter(
      (part) => part !== void 0 && part !== ""
    );
    return parts.length > 0 ? ` (${parts.join(", ")})` : "";
  };
  switch (provenance.source) {
    case "cache":
      return `cache ${provenance.key}${when(provenance.commit, provenance.date)}`;
    case "git":
      return `git ${provenance.ref}:${provenance.path}${when(provenance.commit, provenance.date)}`;
    case "release":
      return `release ${provenance.tag} ${provenance.asset}${when(provenance.commit, provenance.date)}`;
    case "file":
      return `file ${provenance.path}${when(provenance.commit, provenance.date)}`;
    case "none":
      return `none (${provenance.reason})`;
  }
}

// packages/engine/src/compare/baseline-snapshot.ts
import path6 from "node:path";
var BASELINE_SNAPSHOT_KIND = "mlgate/baseline@1";
function snapshotValue(value) {
  switch (value.type) {
    case "number":
    case "text":
    case "boolean":
      return value.value;
    case "nan":
      return "NaN";
    case "infinity":
      return value.sign > 0 ? "Infinity" : "-Infinity";
    case "null":
      return null;
  }
}
function createBaselineSnapshot(metrics, provenance, data) {
  const values = {};
  for (const [name, metric] of metrics) values[name] = snapshotValue(metric.value);
  return {
    kind: BASELINE_SNAPSHOT_KIND,
    mlgateVersion: MLGATE_VERSION,
    provenance,
    metrics: values,
    ...data !== void 0 ? { data } : {}
  };
}
var SNAPSHOT_MARKER = `"${BASELINE_SNAPSHOT_KIND}"`;
async function readBaselineFile(file, cwd) {
  return parseBaselineText(
    await readUserText(file, { what: "baseline file", cwd, maxBytes: MAX_METRICS_BYTES }),
    file
  );
}
function parseBaselineText(text2, file) {
  const metrics = parseMetricsText(text2, file);
  if (path6.extname(file).toLowerCase() !== ".json" || !text2.includes(SNAPSHOT_MARKER)) {
    return { provenance: { source: "file", path: file }, metrics };
  }
  const kind = metrics.get("kind");
  if (kind?.value.type !== "text" || kind.value.value !== BASELINE_SNAPSHOT_KIND) {
    return { provenance: { source: "file", path: file }, metrics };
  }
  const snapshot = JSON.parse(text2);
  const provenance = snapshot.provenance;
  if (typeof provenance !== "object" || provenance === null || typeof provenance.source !== "string") {
    throw new UserError(`a ${BASELINE_SNAPSHOT_KIND} file without a provenance`, { file });
  }
  const prefix = "metrics.";
  const values = /* @__PURE__ */ new Map();
  for (const [name, metric] of metrics) {
    if (name.startsWith(prefix)) {
      const metricName = name.slice(prefix.length);
      values.set(metricName, { ...metric, name: metricName });
    }
  }
  return { provenance, metrics: values };
}

// packages/engine/src/compare/metric-judgement.ts
var EPSILON = 1e-12;
function deltaOf(baseline, current) {
  if (baseline?.type !== "number" || current?.type !== "number") return null;
  const absolute = current.value - baseline.value;
  return { absolute, relative: baseline.value === 0 ? null : absolute / Math.abs(baseline.value) };
}
function judgeMetric(rule, baseline, current) {
  const broke = (reason) => ({ verdict: rule.severity, reason });
  const baselineValue = baseline?.type === "null" ? null : baseline;
  if (current === null || current.type === "null") {
    const what = current === null ? "not in the current run" : "null in the current run";
    if (rule.required) return broke(`required, but ${what}`);
    if (baselineValue !== null) return { verdict: "missing", reason: what };
    return { verdict: "missing", reason: "null in the current run and absent from the baseline" };
  }
  if (isNonFinite(current) && !rule.allowNan) return broke(nonFiniteReason(baselineValue, current));
  const bounds = checkBounds(rule, current);
  if (bounds !== void 0) return bounds;
  return judgeChange(rule, baselineValue, current);
}
function checkBounds(rule, current) {
  if (rule.min === void 0 && rule.max === void 0) return void 0;
  if (!isNumeric(current)) {
    return { verdict: rule.severity, reason: `has bounds but is ${current.type}, not a number` };
  }
  if (current.type === "nan") return void 0;
  const value = numericOf(current);
  if (rule.min !== void 0 && value < rule.min) {
    return { verdict: rule.severity, reason: `${metricValueText(current)} is below the minimum ${rule.min}` };
  }
  if (rule.max !== void 0 && value > rule.max) {
    return { verdict: rule.severity, reason: `${metricValueText(current)} is above the maximum ${rule.max}` };
  }
  return void 0;
}
function judgeChange(rule, baseline, current) {
  const broke = (reason) => ({ verdict: rule.severity, reason });
  if (baseline === null) return { verdict: "new", reason: "no baseline value" };
  if (!isNumeric(current)) {
    if (rule.direction === "equal" && !sameValue(baseline, current)) {
      return broke(`changed from ${metricValueText(baseline)} to ${metricValueText(current)}`);
    }
    if (isNumeric(baseline) && (rule.direction === "higher" || rule.direction === "lower")) {
      return broke(`was a number, now ${current.type}`);
    }
    return sameValue(baseline, current) ? { verdict: "pass", reason: "unchanged" } : { verdict: "changed", reason: "changed (informational)" };
  }
  if (!isNumeric(baseline))
    return { verdict: "new", reason: `the baseline held ${baseline.type}, not a number` };
  if (isNonFinite(current)) {
    const shown = metricValueText(current);
    return sameValue(baseline, current) ? { verdict: "pass", reason: `unchanged (${shown}, allowed by the rule)` } : { verdict: "changed", reason: `became ${shown}, allowed by the rule` };
  }
  if (isNonFinite(baseline)) {
    const shown = metricValueText(baseline);
    if (!rule.allowNan && rule.direction !== "none") {
      return broke(`the baseline was ${shown}, not a finite number, so the change cannot be judged`);
    }
    if (rule.direction === "equal") return broke(`changed from ${shown}`);
    const reason = baseline.type === "nan" ? "was NaN" : `was ${shown}, not a finite number`;
    return { verdict: rule.direction === "none" ? "changed" : "improved", reason };
  }
  const before = numericOf(baseline);
  const after = numericOf(current);
  if (before === after) return { verdict: "pass", reason: "unchanged" };
  if (rule.direction === "none") {
    return { verdict: "changed", reason: `${describeChange(after - before, before)} (informational)` };
  }
  const change = after - before;
  const allowance = allowanceAround(rule.tolerance, before);
  const slack = allowance + EPSILON * Math.max(Math.abs(before), Math.abs(after), 1);
  const described2 = describeChange(change, before);
  const limit = `the tolerance ${toleranceText(rule.tolerance)}`;
  if (rule.direction === "equal") {
    return Math.abs(change) <= slack ? { verdict: "pass", reason: `${described2}, within ${limit}` } : broke(`${described2}, more than ${limit}`);
  }
  const better = rule.direction === "higher" ? change > 0 : change < 0;
  if (Math.abs(change) <= slack) return { verdict: "pass", reason: `${described2}, within ${limit}` };
  return better ? { verdict: "improved", reason: described2 } : broke(`${described2}, more than ${limit}`);
}
function nonFiniteReason(baseline, current) {
  const shown = metricValueText(current);
  if (baseline !== null && sameValue(baseline, current)) {
    return current.type === "nan" ? "NaN (the baseline was NaN too)" : `${shown}, not a finite number (the baseline was ${shown} too)`;
  }
  if (current.type === "nan") return "became NaN";
  return baseline === null ? `${shown}, not a finite number` : `became ${shown}, not a finite number`;
}
function describeChange(change, before) {
  const verb = change > 0 ? "rose" : "dropped";
  const relative2 = before === 0 ? "" : ` (${formatSignedPercent(change / Math.abs(before))})`;
  return `${verb} ${formatNumber(Math.abs(change))}${relative2}`;
}

// packages/engine/src/compare/metrics-comparison.ts
function compareMetrics(options) {
  const { current, policy } = options;
  const baseline = options.baseline.metrics;
  const requireBaseline = options.requireBaseline ?? false;
  const rows = [];
  const usedRules = /* @__PURE__ */ new Set();
  const add = (name, before, after) => {
    const rule = policy.ruleFor(name);
    usedRules.add(rule);
    const judgement = judgeMetric(rule, before, after);
    const source = current.get(name);
    rows.push({
      name,
      baseline: before,
      current: after,
      delta: deltaOf(before, after),
      verdict: judgement.verdict,
      reason: judgement.reason,
      rule: rule.origin,
      ...source !== void 0 ? { source: { file: source.file, line: source.line } } : {}
    });
  };
  for (const [name, metric] of current) add(name, baseline.get(name)?.value ?? null, metric.value);
  for (const [name, metric] of baseline) if (!current.has(name)) add(name, metric.value, null);
  const warnings = [];
  for (const rule of policy.rules) {
    if (rule.origin.match === "builtin" || rule.origin.match === "default") continue;
    const matchesSomething = usedRules.has(rule) || (rule.origin.match === "exact" ? current.has(rule.origin.pattern) || baseline.has(rule.origin.pattern) : rows.some((row) => policy.matches(rule, row.name)));
    const { pattern } = rule.origin;
    if (!matchesSomething && rule.required) {
      rows.push({
        name: pattern,
        baseline: null,
        current: null,
        delta: null,
        verdict: rule.severity,
        reason: rule.origin.match === "glob" ? "required, but no metric matches" : "required, but not in the current run",
        rule: rule.origin
      });
      continue;
    }
    if (!matchesSomething) {
      warnings.push({
        message: rule.origin.match === "glob" ? `the rule '${pattern}' matches no metric` : `the rule '${pattern}' names a metric that is in neither the current run nor the baseline`,
        ...rule.origin.location ? { location: rule.origin.location } : {}
      });
    }
  }
  const summary = countVerdicts(rows);
  return {
    kind: COMPARISON_REPORT_KIND,
    mlgateVersion: MLGATE_VERSION,
    subject: options.subject ?? {},
    ...overallVerdict(summary, options.baseline.provenance, requireBaseline),
    baseline: options.baseline.provenance,
    requireBaseline,
    policy: { ...policy.source, sha256: policy.sha256 },
    current: { files: [...options.currentFiles] },
    summary,
    metrics: rows,
    warnings
  };
}
function countVerdicts(rows) {
  const counts = Object.fromEntries(METRIC_VERDICTS.map((verdict) => [verdict, 0]));
  for (const row of rows) counts[row.verdict]++;
  return { total: rows.length, ...counts };
}
function overallVerdict(summary, provenance, requireBaseline) {
  const plural5 = (count5, word) => `${count5} ${word}${count5 === 1 ? "" : "s"}`;
  if (summary.fail > 0) return { verdict: "fail", verdictReason: `${plural5(summary.fail, "metric")} failed` };
  if (!hasBaseline(provenance)) {
    return requireBaseline ? { verdict: "fail", verdictReason: `a baseline is required but there is none: ${provenance.reason}` } : {
      verdict: "neutral",
      neutralReason: "no-baseline",
      verdictReason: `no baseline: ${provenance.reason}`
    };
  }
  if (summary.warn > 0) return { verdict: "warn", verdictReason: `${plural5(summary.warn, "metric")} warned` };
  return {
    verdict: "pass",
    verdictReason: summary.improved > 0 ? `${plural5(summary.improved, "metric")} improved` : "no regressions"
  };
}

// packages/engine/src/compare/current-metrics.ts
async function loadCurrentMetrics(work, cwd) {
  const files = await expandFilePatterns(work.files, cwd, work.filesFrom);
  return { files, metrics: await loadMetricsFiles(files, { cwd, namespace: work.namespace }) };
}

// packages/engine/src/config/config-loader.ts
var import_ajv3 = __toESM(require_ajv(), 1);
import { createHash as createHash5 } from "node:crypto";

// packages/engine/src/config/closest-key.ts
function closestKey(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== void 0 && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const d = new Array(rows * columns).fill(0);
  const at = (i, j) => d[i * columns + j];
  for (let i = 0; i < rows; i++) d[i * columns] = i;
  for (let j = 0; j < columns; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, at(i - 2, j - 2) + 1);
      d[i * columns + j] = value;
    }
  }
  return at(a.length, b.length);
}

// packages/engine/src/config/config-problems.ts
function dotted(segments) {
  return segments.length === 0 ? "the top level" : segments.join(".");
}
function described(error3) {
  const parent = error3.parentSchema;
  return parent?.description;
}
function configProblems(errors) {
  const alternatives = errors.filter((error3) => error3.keyword === "oneOf" || error3.keyword === "anyOf");
  const isBranchNoise = (error3) => alternatives.some(
    (alternative) => alternative !== error3 && error3.instancePath.startsWith(alternative.instancePath) && error3.schemaPath.startsWith(`${alternative.schemaPath}/`)
  );
  const problems = [];
  for (const error3 of errors) {
    if (isBranchNoise(error3)) continue;
    const segments = pointerSegments(error3.instancePath);
    const where = dotted(segments);
    switch (error3.keyword) {
      case "additionalProperties": {
        const key = String(error3.params.additionalProperty);
        const properties = error3.parentSchema.properties ?? {};
        const suggestion = closestKey(key, Object.keys(properties));
        problems.push({
          segments: [...segments, key],
          at: "key",
          message: `unknown key '${key}' in ${where}` + (suggestion !== void 0 ? `; did you mean '${suggestion}'?` : `; expected one of ${Object.keys(properties).join(", ")}`)
        });
        break;
      }
      case "enum": {
        const allowed = error3.params.allowedValues.map(String);
        const suggestion = closestKey(String(error3.data), allowed);
        problems.push({
          segments,
          at: "value",
          message: `${where}: ${JSON.stringify(error3.data)} is not one of ${allowed.join(", ")}` + (suggestion !== void 0 ? `; did you mean '${suggestion}'?` : "")
        });
        break;
      }
      case "oneOf":
      case "anyOf":
      case "pattern":
        problems.push({
          segments,
          at: "value",
          message: `${where}: ${JSON.stringify(error3.data)} is not valid: ${described(error3) ?? error3.message ?? "no branch matched"}`
        });
        break;
      case "required": {
        const missing = error3.params.missingProperty;
        problems.push({ segments, at: "key", message: `${where}: '${missing}' is required` });
        break;
      }
      default:
        problems.push({ segments, at: "value", message: `${where}: ${error3.message ?? error3.keyword}` });
    }
  }
  return problems;
}

// packages/engine/src/config/config-loader.ts
var DEFAULT_CONFIG_FILE = "mlgate.yml";
var MAX_CONFIG_BYTES = 1024 * 1024;
var ConfigError = class extends UserError {
  problems;
  constructor(problems) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
    super(`${first?.message ?? "invalid configuration"}${more}`, first?.location);
    this.problems = problems;
  }
};
var validator;
function validateConfig(value) {
  validator ??= new import_ajv3.Ajv({ allErrors: true, verbose: true, strict: true }).compile(MLGATE_CONFIG_SCHEMA);
  return validator(value) ? null : validator.errors;
}
async function loadConfig(file, options = {}) {
  const text2 = await readUserText(file, {
    what: "config file",
    ...options.cwd !== void 0 ? { cwd: options.cwd } : {},
    maxBytes: MAX_CONFIG_BYTES
  });
  return parseConfig(text2, file);
}
function parseConfig(text2, file) {
  let parsed;
  try {
    parsed = parseYamlDocument(text2, file);
  } catch (error3) {
    if (!(error3 instanceof UserError) || error3.location === void 0) throw error3;
    throw new ConfigError([{ message: error3.message, location: error3.location }]);
  }
  const { document, lineCounter } = parsed;
  const locate = (segments, at = "value") => {
    const position = locateInYaml(document, lineCounter, segments, at);
    return { file, line: position.line, column: position.column };
  };
  const value = parsed.value ?? {};
  const errors = validateConfig(value);
  const problems = errors ? configProblems(errors) : [];
  const raw = value;
  if (!errors) for (const problem of boundProblems(raw)) problems.push(problem);
  if (problems.length > 0) {
    const located2 = problems.map((problem) => ({ message: problem.message, location: locate(problem.segments, problem.at) })).sort(
      (a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0)
    );
    throw new ConfigError(located2);
  }
  return buildConfig(raw, file, createHash5("sha256").update(text2).digest("hex"), locate);
}
function boundProblems(raw) {
  const problems = [];
  const check = (rule, segments) => {
    if (rule?.min !== void 0 && rule.max !== void 0 && rule.min > rule.max) {
      problems.push({
        segments: [...segments, "min"],
        at: "key",
        message: `${segments.join(".")}: min ${rule.min} is above max ${rule.max}`
      });
    }
  };
  check(raw.metrics?.default, ["metrics", "default"]);
  for (const [pattern, rule] of Object.entries(raw.metrics?.rules ?? {}))
    check(rule, ["metrics", "rules", pattern]);
  return problems;
}
function list(value) {
  return value === void 0 ? [] : typeof value === "string" ? [value] : [...value];
}
function ruleInput(rule) {
  return {
    ...rule.direction !== void 0 ? { direction: rule.direction } : {},
    ...rule.tolerance !== void 0 ? { tolerance: rule.tolerance } : {},
    ...rule.min !== void 0 ? { min: rule.min } : {},
    ...rule.max !== void 0 ? { max: rule.max } : {},
    ...rule.severity !== void 0 ? { severity: rule.severity } : {},
    ...rule.required !== void 0 ? { required: rule.required } : {},
    ...rule["allow-nan"] !== void 0 ? { allowNan: rule["allow-nan"] } : {}
  };
}
function buildConfig(raw, file, sha2563, locate) {
  const metrics = raw.metrics ?? {};
  const policy = new MetricPolicy({
    source: { kind: "file", file },
    ...metrics.default !== void 0 ? { default: { settings: ruleInput(metrics.default), location: locate(["metrics", "default"], "key") } } : {},
    rules: Object.entries(metrics.rules ?? {}).map(([pattern, rule]) => ({
      pattern,
      settings: ruleInput(rule),
      location: locate(["metrics", "rules", pattern], "key")
    }))
  });
  const datasets = (raw.datasets ?? []).map((dataset, index) => ({
    ...dataset.name !== void 0 ? { name: dataset.name } : {},
    paths: list(dataset.path),
    ...dataset.schema !== void 0 ? { schema: dataset.schema } : {},
    ...dataset.format !== void 0 ? { format: dataset.format } : {},
    location: locate(["datasets", String(index)])
  }));
  const publish = raw.publish;
  const { baseline = {}, report: report3 = {} } = raw;
  return {
    file,
    sha256: sha2563,
    datasets,
    metrics: {
      files: list(metrics.files),
      ...metrics.namespace !== void 0 ? { namespace: metrics.namespace } : {},
      policy
    },
    baseline: {
      ...baseline.source !== void 0 ? {
        source: parseBaselineSpec(baseline.source, "baseline.source", locate(["baseline", "source"]))
      } : {},
      ...baseline.name !== void 0 ? { name: baseline.name } : {},
      ...baseline.require !== void 0 ? { require: baseline.require } : {}
    },
    report: {
      ...report3["comment-id"] !== void 0 ? { commentId: report3["comment-id"] } : {},
      ...report3["comment-mode"] !== void 0 ? { commentMode: report3["comment-mode"] } : {},
      ...report3.fold !== void 0 ? { fold: report3.fold } : {},
      ...report3["max-errors"] !== void 0 ? { maxErrors: report3["max-errors"] } : {}
    },
    ...publish !== void 0 ? {
      publish: {
        model: publish.model,
        files: list(publish.files),
        ...publish.bump !== void 0 ? { bump: publish.bump } : {},
        ...publish["required-approvals"] !== void 0 ? { requiredApprovals: publish["required-approvals"] } : {}
      }
    } : {}
  };
}

// packages/engine/src/config/config-discovery.ts
import { existsSync as existsSync2 } from "node:fs";
import path7 from "node:path";
async function findConfig(cwd, file) {
  if (file !== void 0) return loadConfig(file, { cwd });
  return existsSync2(path7.join(cwd, DEFAULT_CONFIG_FILE)) ? loadConfig(DEFAULT_CONFIG_FILE, { cwd }) : void 0;
}

// packages/engine/src/render/comparison-findings.ts
function comparisonFindings(report3) {
  const findings = [];
  for (const row of report3.metrics) {
    if (row.verdict !== "fail" && row.verdict !== "warn") continue;
    findings.push({
      level: row.verdict === "fail" ? "error" : "warning",
      title: `${row.name}: ${row.verdict}`,
      message: row.reason,
      ...row.source !== void 0 ? { file: row.source.file } : {},
      ...row.source?.line !== void 0 ? { line: row.source.line } : {}
    });
  }
  for (const warning of report3.warnings) {
    findings.push({
      level: "warning",
      title: "mlgate: policy",
      message: warning.message,
      ...warning.location !== void 0 ? { file: warning.location.file } : {},
      ...warning.location?.line !== void 0 ? { line: warning.location.line } : {}
    });
  }
  return { findings, total: findings.length };
}

// packages/engine/src/render/comparison-text.ts
function comparisonText(report3) {
  const header = ["status", "metric", "baseline", "current", "Δ", "Δ%", "why"];
  const rows = rowsInReadingOrder(report3).map(
    (row) => [row.verdict, ...comparisonCells(row), row.reason].map(terminalText)
  );
  const widths = header.map(
    (title, column) => rows.reduce((width, row) => Math.max(width, row[column].length), title.length)
  );
  const format = (cells) => cells.map(
    (cell, column) => column < 2 || column === header.length - 1 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])
  ).join("  ").trimEnd();
  const { summary } = report3;
  const counts = METRIC_VERDICTS.map((verdict) => `${summary[verdict]} ${verdict}`).join(", ");
  const lines2 = [
    `verdict: ${report3.verdict} (${terminalText(report3.verdictReason)})`,
    `baseline: ${terminalText(describeBaseline(report3.baseline))}`,
    `metrics: ${summary.total} (${counts})`,
    "",
    format(header),
    ...rows.map(format),
    ...report3.warnings.map((warning) => {
      const where = warning.location ? `${warning.location.file}:${warning.location.line ?? 1}: ` : "";
      return `warning: ${terminalText(`${where}${warning.message}`)}`;
    })
  ];
  return `${lines2.join("\n")}
`;
}

// packages/engine/src/render/validation-findings.ts
var LINE_FORMATS2 = /* @__PURE__ */ new Set(["csv", "tsv", "jsonl", "json"]);
function validationFindings(report3) {
  const formats = new Map(report3.files.map((file) => [file.path, file.format]));
  const findings = report3.errors.map((error3) => {
    const onLine = error3.row !== null && LINE_FORMATS2.has(formats.get(error3.file) ?? "");
    const where = error3.row !== null && !onLine ? `record ${error3.row}: ` : "";
    const field = error3.field !== null ? `${error3.field}: ` : "";
    return {
      level: "error",
      title: `mlgate: ${error3.code}`,
      message: `${where}${field}${error3.message}`,
      file: error3.file,
      ...onLine && error3.row !== null ? { line: error3.row } : {}
    };
  });
  return { findings, total: Math.max(report3.errorCount, findings.length) };
}

// packages/engine/src/render/validation-sections.ts
var plural2 = (count5, one, many = `${one}s`) => `${count5.toLocaleString("en-US")} ${count5 === 1 ? one : many}`;
function knownCounts(counts) {
  return ERROR_CODES.filter((code) => (counts[code] ?? 0) > 0).map((code) => [code, counts[code]]);
}
function fileRow(file) {
  const status = file.valid ? "✅" : file.stoppedAt !== void 0 ? "❌ stopped early" : "❌";
  return `| ${status} | ${escapeUntrustedCell(file.path)} | ${file.format} | ${file.rows.toLocaleString("en-US")} | ${file.errorCount.toLocaleString("en-US")} |
`;
}
function errorsByColumn(report3) {
  const counts = /* @__PURE__ */ new Map();
  const add = (column, code, count5) => {
    const key = JSON.stringify([column, code]);
    const entry = counts.get(key);
    if (entry === void 0) counts.set(key, { column, code, count: count5 });
    else entry.count += count5;
  };
  for (const file of report3.files) {
    for (const column of file.columns) {
      for (const [code, count5] of knownCounts(column.errors)) add(column.name, code, count5);
    }
    for (const [code, count5] of knownCounts(file.rowErrors)) add(null, code, count5);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}
function validationSections(report3, context) {
  const sections = [
    {
      title: `${context.label} heading`,
      priority: KEEP,
      text: `### ${VERDICT_ICON[report3.verdict]} ${context.label}: ${escapeUntrusted(report3.verdictReason, 200)}

${plural2(report3.rows, "row")} checked · schema: ${escapeUntrusted(report3.schema.path)} (${report3.schema.language})

`
    }
  ];
  const files = [...report3.files].sort((a, b) => Number(a.valid) - Number(b.valid));
  if (files.length > 0) {
    sections.push(
      tableSection("files", KEEP, {
        head: "| Status | File | Format | Rows | Errors |\n| --- | --- | --- | ---: | ---: |\n",
        rows: files.map(fileRow),
        tail: "\n",
        more: (omitted) => `| … | ${omitted} more files, in the full report | | | |
`
      })
    );
  }
  const byColumn = errorsByColumn(report3);
  if (byColumn.length > 0) {
    sections.push(
      tableSection("errors by column", SectionPriority.errorsByColumn, {
        head: "**Errors by column and code**\n\n| Column | Code | Errors |\n| --- | --- | ---: |\n",
        rows: byColumn.map(
          ({ column, code, count: count5 }) => `| ${column === null ? "_(whole row)_" : escapeUntrustedCell(column)} | ${code} | ${count5.toLocaleString("en-US")} |
`
        ),
        tail: "\n",
        more: (omitted) => `| … | ${omitted} more, in the full report | |
`
      })
    );
  }
  if (report3.errors.length > 0) {
    const caption = report3.errorsTruncated ? `First ${plural2(report3.errors.length, "error")} of ${report3.errorCount.toLocaleString("en-US")}` : plural2(report3.errors.length, "error");
    sections.push(
      tableSection("error examples", SectionPriority.errorExamples, {
        head: `<details><summary>${caption}</summary>

| File | Row | Column | Code | Problem | Value |
| --- | ---: | --- | --- | --- | --- |
`,
        rows: report3.errors.map(
          (error3) => `| ${escapeUntrustedCell(error3.file)} | ${error3.row ?? ""} | ${error3.field === null ? "" : escapeUntrustedCell(error3.field)} | ${ERROR_CODES.includes(error3.code) ? error3.code : ""} | ${escapeUntrustedCell(error3.message, 200)} | ${error3.value === null ? "" : escapeUntrustedCell(error3.value, 80)} |
`
        ),
        tail: "\n</details>\n\n",
        more: (omitted) => `| … | | | | ${omitted} more, in the full report | |
`
      })
    );
  }
  const byCode = knownCounts(report3.errorsByCode);
  if (byCode.length >= 2) {
    const slices = byCode.map(([code, count5]) => `    "${code}" : ${count5}
`).join("");
    sections.push({
      title: "errors chart",
      priority: SectionPriority.chart,
      text: `\`\`\`mermaid
pie title Errors by code
${slices}\`\`\`

`
    });
  }
  return sections;
}

// packages/engine/src/render/validation-text.ts
var plural3 = (n, word) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
function validationText(report3) {
  const lines2 = report3.errors.map((e) => {
    const where = [e.file, e.row ?? void 0, e.field ?? void 0].filter((part) => part !== void 0).join(":");
    return terminalText(`${where}: ${e.code} ${e.message}`);
  });
  if (report3.errorsTruncated)
    lines2.push(
      `… ${plural3(report3.errorCount - report3.errors.length, "more error")} not listed (see --max-errors, --json)`
    );
  const codes = Object.entries(report3.errorsByCode).map(([code, n]) => `${code} ${n.toLocaleString("en-US")}`).join(", ");
  const summary = `${plural3(report3.files.length, "file")}, ${plural3(report3.rows, "row")}`;
  lines2.push(
    report3.valid ? `valid: ${summary}, no errors` : `invalid: ${summary}, ${plural3(report3.errorCount, "error")} (${terminalText(codes)})`
  );
  return `${lines2.join("\n")}
`;
}

// packages/engine/src/render/report-views.ts
var VIEWS = {
  "mlgate/validation@1": {
    label: "Data validation",
    subjectFile: (report3) => report3.files[0]?.path,
    sections: validationSections,
    text: validationText,
    findings: validationFindings
  },
  "mlgate/comparison@1": {
    label: "Metrics",
    subjectFile: (report3) => report3.current.files[0],
    sections: comparisonSections,
    text: comparisonText,
    findings: comparisonFindings
  }
};
function viewOf(report3) {
  return VIEWS[report3.kind];
}

// packages/engine/src/render/report-document.ts
function reportLabels(reports, shown = (file) => escapeUntrusted(file, 60)) {
  return reports.map((report3, index) => {
    const view = viewOf(report3);
    if (reports.filter((other) => other.kind === report3.kind).length === 1) return view.label;
    const what = view.subjectFile(report3);
    return what === void 0 ? `${view.label} ${index + 1}` : `${view.label} (${shown(what)})`;
  });
}
function isPlainServerUrl(serverUrl) {
  return /^https?:\/\/[^\s()<>"'`]+$/.test(serverUrl);
}
function runUrlOf(subject, serverUrl) {
  const { repository, runId } = subject;
  if (repository === void 0 || runId === void 0) return void 0;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !Number.isSafeInteger(runId))
    return void 0;
  if (!isPlainServerUrl(serverUrl)) return void 0;
  return `${serverUrl.replace(/\/+$/, "")}/${repository}/actions/runs/${runId}`;
}
function subjectOf(reports) {
  return reports.find((report3) => report3.subject.runId !== void 0)?.subject ?? reports[0]?.subject ?? {};
}
function footer(subject, runUrl) {
  const parts = [
    `mlgate ${MLGATE_VERSION}`,
    subject.sha !== void 0 && /^[0-9a-f]{40,64}$/.test(subject.sha) ? `commit ${subject.sha.slice(0, 7)}` : void 0,
    runUrl !== void 0 ? `[workflow run](${runUrl})` : void 0
  ].filter((part) => part !== void 0);
  return `---
<sub>${parts.join(" · ")}</sub>
`;
}
function overflowNote(leftOut, fullReport, runUrl) {
  if (leftOut.length === 0) return "";
  const where = fullReport === "json-report" ? "The JSON report has everything." : runUrl !== void 0 ? `The [job summary](${runUrl}) has the full report.` : "The job summary has the full report.";
  return `> [!NOTE]
> Shortened to fit GitHub's size limit, leaving out: ${leftOut.join(", ")}. ${where}

`;
}
function renderReport(reports, options = {}) {
  const now = options.now;
  const unit = options.unit ?? "chars";
  const subject = subjectOf(reports);
  const runUrl = runUrlOf(subject, options.serverUrl ?? "https://github.com");
  const names = reportLabels(reports);
  const overall = gate(reports, "fail");
  const neutralReason = overall.verdict === "neutral" ? overall.neutralReason : void 0;
  const verdicts = reports.map(
    (report3, index) => `- ${VERDICT_ICON[report3.verdict]} **${names[index]}**: ${escapeUntrusted(report3.verdictReason, 200)}
`
  ).join("");
  const sections = [
    {
      title: "verdict",
      priority: KEEP,
      text: `## ${VERDICT_ICON[overall.verdict]} ${escapeUntrusted(options.title ?? "mlgate", 100)}: ${verdictWord(overall.verdict, neutralReason)}

${verdicts}
`
    }
  ];
  const fold = options.fold ?? DEFAULT_FOLD;
  reports.forEach((report3, index) => {
    sections.push(...viewOf(report3).sections(report3, { now, label: names[index], fold }));
  });
  const end = footer(subject, runUrl);
  const maxLength = (options.maxLength ?? Number.POSITIVE_INFINITY) - measure(end, unit);
  const body = fitSections(sections, {
    maxLength,
    unit,
    note: (leftOut) => overflowNote(leftOut, options.fullReport, runUrl)
  });
  return `${body}${end}`;
}

// packages/engine/src/surfaces/surface-markdown.ts
function commentMarkdown(reports, options = {}) {
  return renderReport(reports, {
    ...options,
    maxLength: GitHubLimits.commentBodyChars - MAX_STAMP_LINE_CHARS,
    unit: "chars",
    fullReport: "job-summary"
  });
}
function summaryMarkdown(reports, options = {}) {
  return renderReport(reports, {
    ...options,
    maxLength: GitHubLimits.stepSummaryBytes,
    unit: "utf8-bytes",
    fullReport: "json-report"
  });
}
function checkRunMarkdown(reports, options = {}) {
  return renderReport(reports, {
    ...options,
    maxLength: GitHubLimits.checkRunSummaryChars,
    unit: "chars",
    fullReport: "job-summary"
  });
}

// packages/engine/src/surfaces/annotation-selection.ts
var LEVELS = ["error", "warning", "notice"];
function selectAnnotations(reports, cap = GitHubLimits.runnerAnnotationsPerKindPerStep) {
  const selected = [];
  for (const level of LEVELS) {
    const lists = reports.map((report3) => report3.findings.filter((finding) => finding.level === level));
    const unlisted = level === "error" ? reports.reduce((sum, report3) => sum + Math.max(0, report3.total - report3.findings.length), 0) : 0;
    const total = lists.reduce((sum, list2) => sum + list2.length, unlisted);
    const room = total > cap ? cap - 1 : cap;
    const taken = lists.map(() => 0);
    for (let shown = 0, turn = 0; shown < room && lists.some((list2, i) => taken[i] < list2.length); turn++) {
      const i = turn % lists.length;
      if (taken[i] < lists[i].length) {
        taken[i]++;
        shown++;
      }
    }
    lists.forEach((list2, i) => selected.push(...list2.slice(0, taken[i])));
    const hidden = total - taken.reduce((sum, n) => sum + n, 0);
    if (hidden > 0) {
      selected.push({
        level,
        title: "mlgate",
        message: `${hidden} more problem${hidden === 1 ? "" : "s"} not shown as annotations; see the job summary and the JSON report`
      });
    }
  }
  return selected;
}

// packages/engine/src/surfaces/repository-path.ts
import path8 from "node:path";
function repositoryPath(workspace, file) {
  const relative2 = path8.relative(workspace, path8.resolve(workspace, file)).split(path8.sep).join("/");
  return relative2 === "" || relative2.startsWith("../") || path8.isAbsolute(relative2) ? void 0 : relative2;
}

// packages/engine/src/surfaces/check-run-content.ts
var CHECK_NAME_PREFIX = "mlgate / ";
function checkCheckName(checkName, where) {
  if (checkName === "" || checkName.length > 100 || /[\p{Cc}\p{Cf}]/u.test(checkName)) {
    throw new UserError(`${where} must be one line of 1 to 100 characters without control characters`);
  }
  return checkName;
}
function checkRunName(checkName) {
  return `${CHECK_NAME_PREFIX}${checkName}`;
}
var MAX_CHECK_ANNOTATIONS = 1e3;
var TITLE_MAX_CHARS = 200;
var LEVEL = {
  error: "failure",
  warning: "warning",
  notice: "notice"
};
function checkRunContent(reports, verdict, workspace, options = {}) {
  const annotations = [];
  for (const report3 of reports) {
    for (const finding of viewOf(report3).findings(report3).findings) {
      const file = finding.file === void 0 ? void 0 : repositoryPath(workspace, finding.file);
      if (file === void 0 || annotations.length >= MAX_CHECK_ANNOTATIONS) continue;
      annotations.push({
        path: file,
        startLine: finding.line ?? 1,
        level: LEVEL[finding.level],
        title: finding.title,
        message: finding.message
      });
    }
  }
  const word = verdictWord(
    verdict.verdict,
    verdict.verdict === "neutral" ? verdict.neutralReason : void 0
  );
  return {
    conclusion: verdict.conclusion,
    title: terminalText(capText(`${word}: ${verdict.verdictReason}`, TITLE_MAX_CHARS)),
    summary: checkRunMarkdown(reports, options),
    annotations
  };
}

// packages/engine/src/surfaces/step-outputs.ts
var validations = (source) => source.reports.flatMap(({ report: report3 }) => report3.kind === "mlgate/validation@1" ? [report3] : []);
var comparisons = (source) => source.reports.flatMap(({ report: report3 }) => report3.kind === "mlgate/comparison@1" ? [report3] : []);
var sumOf = (reports, value) => reports.length === 0 ? "" : String(reports.reduce((sum, report3) => sum + value(report3), 0));
var lines = (values) => values.join("\n");
var REPORT_OUTPUTS = {
  verdict: (source) => source.gate.verdict,
  /** Why the verdict is `neutral` (`no-baseline`, `nothing-to-check`); empty otherwise. */
  reason: (source) => source.gate.verdict === "neutral" ? source.gate.neutralReason : "",
  valid: (source) => {
    const reports = validations(source);
    return reports.length === 0 ? "" : String(reports.every((report3) => report3.valid));
  },
  "error-count": (source) => sumOf(validations(source), (report3) => report3.errorCount),
  rows: (source) => sumOf(validations(source), (report3) => report3.rows),
  fingerprint: (source) => lines(validations(source).map((report3) => report3.fingerprint)),
  regressions: (source) => sumOf(comparisons(source), (report3) => report3.summary.fail + report3.summary.warn),
  "baseline-source": (source) => lines(comparisons(source).map((r) => r.baseline.source)),
  "baseline-sha": (source) => lines(comparisons(source).map((r) => r.baseline.source === "none" ? "" : r.baseline.commit ?? "")),
  reports: (source) => lines(source.reports.map((report3) => report3.file))
};

// packages/engine/src/model/approval.ts
var short = (sha3) => sha3 === null ? "an unknown commit" : sha3.slice(0, 7);
function chronological(reviews) {
  const submitted = reviews.filter((review) => review.state !== "PENDING" && review.user !== null);
  const times = submitted.map((review) => Date.parse(review.submittedAt ?? ""));
  if (times.some((time) => Number.isNaN(time))) return submitted;
  return submitted.map((review, index) => ({ review, time: times[index] })).sort((a, b) => a.time - b.time).map(({ review }) => review);
}
function standingVerdicts(reviews) {
  const standing = /* @__PURE__ */ new Map();
  for (const review of chronological(reviews)) {
    const login = review.user;
    switch (review.state) {
      case "APPROVED":
        standing.set(login, { verdict: "approved", review });
        break;
      case "CHANGES_REQUESTED":
        standing.set(login, { verdict: "changes-requested", review });
        break;
      case "DISMISSED":
        standing.delete(login);
        break;
      case "COMMENTED":
      case "PENDING":
        break;
    }
  }
  return standing;
}
var approvals = (count5) => `${count5} approval${count5 === 1 ? "" : "s"}`;
function evaluateApproval(request) {
  const { headSha, minApprovals, allowStaleApprovals } = request;
  if (!Number.isSafeInteger(minApprovals) || minApprovals < 0) {
    throw new UserError(`min-approvals must be a whole number of at least 0, not ${minApprovals}`);
  }
  const standing = [...standingVerdicts(request.reviews)].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  const approved = [];
  const stale = [];
  const changeRequests = [];
  for (const [login, { verdict, review }] of standing) {
    if (verdict === "changes-requested") {
      changeRequests.push(login);
      continue;
    }
    const approval = {
      login,
      commitId: review.commitId,
      submittedAt: review.submittedAt,
      onHead: review.commitId === headSha
    };
    if (approval.onHead || allowStaleApprovals) approved.push(approval);
    else stale.push(approval);
  }
  const reasons = [];
  if (approved.length < minApprovals) {
    reasons.push(`${approvals(approved.length)} of ${minApprovals} required`);
    for (const approval of stale) {
      reasons.push(`${approval.login} approved an older head ${short(approval.commitId)}`);
    }
  }
  for (const login of changeRequests) reasons.push(`${login} requested changes`);
  const [first, ...more] = reasons;
  if (first !== void 0) return { decision: "refused", approvers: approved, reasons: [first, ...more] };
  const names = approved.map(
    (approval) => approval.onHead ? approval.login : `${approval.login} (on an older head ${short(approval.commitId)})`
  );
  return {
    decision: "approved",
    approvers: approved,
    reason: approved.length === 0 ? "no approval required, and no change requested" : `approved by ${names.join(", ")} (${approved.length} of ${minApprovals} required)`
  };
}

// packages/engine/src/model/gate-evidence.ts
var short2 = (sha3) => sha3.slice(0, 7);
function gateFromCheckRuns(runs, target) {
  const { sha: sha3, checkName } = target;
  const named = runs.filter((run) => run.name === checkName);
  const onCommit = named.filter((run) => run.headSha === sha3);
  const latest = onCommit.reduce(
    (best, run) => best === void 0 || run.id > best.id ? run : best,
    void 0
  );
  const what = `'${checkName}' on ${short2(sha3)}`;
  if (latest === void 0) {
    const elsewhere = [...new Set(named.map((run) => short2(run.headSha)))];
    const hint = elsewhere.length > 0 ? ` (it ran on ${elsewhere.join(", ")}, not on this commit)` : "";
    return { passed: false, reason: `no check run ${what}${hint}` };
  }
  if (latest.status !== "completed") {
    return { passed: false, reason: `${what} is ${latest.status.replace("_", " ")}, not completed` };
  }
  if (latest.conclusion !== "success") {
    const why = latest.conclusion === "neutral" ? " (a warning let through, or no baseline)" : "";
    return {
      passed: false,
      reason: `${what} concluded ${latest.conclusion ?? "nothing"}${why}, not success`
    };
  }
  return {
    passed: true,
    source: "check-run",
    sha: sha3,
    checkName,
    checkRunId: latest.id,
    ...latest.url !== void 0 ? { url: latest.url } : {},
    verdict: "pass",
    reason: `${what} concluded success`
  };
}
function gateFromReports(files, target) {
  const { sha: sha3, repository } = target;
  if (files.length === 0) return { passed: false, reason: "no reports given" };
  const problems = [];
  for (const { file, report: report3 } of files) {
    const subject = report3.subject;
    if (subject.sha === void 0) problems.push(`${file} names no commit`);
    else if (subject.sha !== sha3)
      problems.push(`${file} is about commit ${short2(subject.sha)}, not ${short2(sha3)}`);
    if (repository !== void 0 && subject.repository !== void 0 && subject.repository !== repository) {
      problems.push(`${file} is about ${subject.repository}, not ${repository}`);
    }
  }
  if (problems.length > 0) return { passed: false, reason: problems.join("; ") };
  const result = gate(
    files.map(({ report: report3 }) => report3),
    "fail"
  );
  const firstWithoutBaseline = target.firstRelease === true && result.verdict === "neutral" && result.neutralReason === "no-baseline";
  if (result.verdict !== "pass" && !firstWithoutBaseline) {
    return { passed: false, reason: `the reports' verdict is ${result.verdict}: ${result.verdictReason}` };
  }
  return {
    passed: true,
    source: "reports",
    sha: sha3,
    verdict: result.verdict === "pass" ? "pass" : "neutral",
    verdictReason: result.verdictReason,
    reports: files.map(({ file, report: report3 }) => ({ file, kind: report3.kind })),
    reason: firstWithoutBaseline ? `the reports for ${short2(sha3)} pass but for a baseline, which the first release has none of` : `the reports for ${short2(sha3)} pass: ${result.verdictReason}`
  };
}

// packages/engine/src/model/model-manifest-file.ts
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
var validator2;
function inconsistency(manifest) {
  try {
    checkModelName(manifest.name);
    const version = formatVersion(parseVersion(manifest.version));
    if (manifest.tag !== `${manifest.name}-v${version}`) {
      return `tag '${manifest.tag}' is not ${manifest.name}-v${version}`;
    }
  } catch (error3) {
    if (error3 instanceof UserError) return error3.message;
    throw error3;
  }
  if (manifest.commit !== manifest.subject.sha) return "commit and subject.sha differ";
  if (manifest.gate.source !== "not-required" && manifest.gate.sha !== manifest.commit) {
    return `the gate is shown for ${manifest.gate.sha}, not for commit ${manifest.commit}`;
  }
  const names = /* @__PURE__ */ new Set();
  for (const { name } of manifest.assets) {
    if (!isPlainAssetName(name)) return `asset '${name}' is not a plain asset name`;
    if (RELEASE_OWN_FILES.includes(name))
      return `asset '${name}' is one of the release's own files`;
    if (names.has(name)) return `asset '${name}' is listed twice`;
    names.add(name);
  }
  return void 0;
}
function parseModelManifest(text2, source) {
  return checkManifest(parseBoundedJson(text2, source, "a model manifest", MAX_MANIFEST_BYTES), source);
}
function checkManifest(value, source) {
  const kind = value?.kind;
  if (kind !== MODEL_MANIFEST_KIND) {
    throw new UserError(
      `${source}: not an mlgate model manifest (kind ${JSON.stringify(kind ?? null)}; expected ${MODEL_MANIFEST_KIND})`
    );
  }
  validator2 ??= compileDocumentSchema(MODEL_MANIFEST_SCHEMA);
  if (!validator2(value)) {
    throw new UserError(
      `${source}: breaks the ${MODEL_MANIFEST_KIND} schema: ${schemaProblem(validator2.errors, "the manifest")}`
    );
  }
  const manifest = value;
  const problem = inconsistency(manifest);
  if (problem !== void 0) throw new UserError(`${source}: ${problem}`);
  return manifest;
}
function formatModelManifest(manifest) {
  const text2 = `${JSON.stringify(manifest, null, 2)}
`;
  try {
    checkManifest(JSON.parse(text2), "the manifest built for the release");
  } catch (error3) {
    if (error3 instanceof UserError) throw new Error(error3.message, { cause: error3 });
    throw error3;
  }
  return text2;
}

// packages/engine/src/model/model-card.ts
var import_yaml5 = __toESM(require_dist2(), 1);

// packages/engine/src/model/release-comparison.ts
function releaseMetrics(manifest) {
  const values = /* @__PURE__ */ new Map();
  for (const group of manifest.metrics) {
    for (const metric of group.metrics) if (!values.has(metric.name)) values.set(metric.name, metric.value);
  }
  return values;
}
function compareReleases(current, previous) {
  const now = releaseMetrics(current);
  const before = releaseMetrics(previous);
  const row = (name, baseline, value) => {
    const judgement = judgeMetric(BUILTIN_RULE, baseline, value);
    return {
      name,
      baseline,
      current: value,
      delta: deltaOf(baseline, value),
      verdict: judgement.verdict,
      reason: judgement.reason,
      rule: BUILTIN_RULE.origin
    };
  };
  return [
    ...[...now].map(([name, value]) => row(name, before.get(name) ?? null, value)),
    ...[...before].filter(([name]) => !now.has(name)).map(([name, value]) => row(name, value, null))
  ];
}

// packages/engine/src/model/model-card.ts
var CARD_PRIORITY = { dataFiles: 20, modelFiles: 30 };
var SAFE_URL = /^https?:\/\/[^\s()<>[\]"'`]+$/;
var HEX = /^[0-9a-f]+$/;
function link(text2, url) {
  return url !== void 0 && SAFE_URL.test(url) ? `[${text2}](${url})` : text2;
}
function digest(text2, max = 64) {
  return HEX.test(text2) ? `\`${text2.slice(0, max)}${text2.length > max ? "…" : ""}\`` : escapeUntrusted(text2, 70);
}
function timestamp(iso) {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? escapeUntrusted(iso, 40) : `${new Date(time).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
function plainRepository(manifest) {
  const repository = manifest.subject.repository;
  return repository !== void 0 && /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) ? repository : void 0;
}
function repositoryUrl(input) {
  const repository = plainRepository(input.manifest);
  const server = (input.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  return repository !== void 0 && SAFE_URL.test(server) ? `${server}/${repository}` : void 0;
}
var plural4 = (count5, one, many = `${one}s`) => `${count5.toLocaleString("en-US")} ${count5 === 1 ? one : many}`;
function headline(input) {
  const { manifest } = input;
  const repo = repositoryUrl(input);
  const commit = link(`\`${manifest.commit.slice(0, 7)}\``, repo && `${repo}/commit/${manifest.commit}`);
  const where = manifest.subject.repository !== void 0 ? ` of ${escapeUntrusted(manifest.subject.repository)}` : "";
  return {
    title: "headline",
    priority: KEEP,
    text: `## ${escapeUntrusted(manifest.name)} ${escapeUntrusted(manifest.version)}

Built from commit ${commit}${where}.

`
  };
}
function metricsTable2(caption, columns, rows) {
  const align = columns.map((_, index) => index === 0 ? "---" : "---:");
  return tableSection("metrics", KEEP, {
    head: `### Metrics

${caption}

| ${columns.join(" | ")} |
| ${align.join(" | ")} |
`,
    rows: rows.map((cells) => `| ${cells.map((cell) => escapeUntrustedCell(cell)).join(" | ")} |
`),
    tail: "\n",
    more: (omitted) => `| … ${plural4(omitted, "more metric")} in ${MODEL_MANIFEST_FILE} |${" |".repeat(columns.length - 1)}
`
  });
}
function metricsSection(input) {
  const { manifest, previous } = input;
  const name = escapeUntrusted(manifest.name);
  const current = [...releaseMetrics(manifest)];
  const compared = previous?.manifest === void 0 ? [] : compareReleases(manifest, previous.manifest);
  if (current.length === 0 && compared.length === 0) {
    return {
      title: "metrics",
      priority: KEEP,
      text: "### Metrics\n\nNo metrics: the run gave no comparison report.\n\n"
    };
  }
  if (previous?.manifest !== void 0) {
    return metricsTable2(
      `Against the previous release, ${escapeUntrusted(previous.tag)}:`,
      ["Metric", escapeUntrustedCell(previous.tag, 60), "This release", "Δ", "Δ%"],
      compared.map((row) => comparisonCells(row))
    );
  }
  const caption = previous === void 0 ? `The first release of ${name}: no earlier release to compare with.` : `The previous release, ${escapeUntrusted(previous.tag)}, has no ${MODEL_MANIFEST_FILE} to compare with.`;
  const rows = current.map(([metric, value]) => {
    const [shownName, , shownValue] = comparisonCells({
      name: metric,
      baseline: null,
      current: value,
      delta: null,
      verdict: "new",
      reason: "first release",
      rule: { match: "builtin" }
    });
    return [shownName, shownValue];
  });
  return metricsTable2(caption, ["Metric", "Value"], rows);
}
function gateLine(gate2) {
  switch (gate2.source) {
    case "not-required":
      return "not required for this release";
    case "check-run":
      return `passed: ${escapeUntrusted(gate2.reason, 200)} (${link(`check run ${gate2.checkRunId}`, gate2.url)})`;
    case "reports": {
      const files = gate2.reports.map((report3) => escapeUntrusted(report3.file, 60)).join(", ");
      return `passed: ${escapeUntrusted(gate2.reason, 200)} (reports: ${files})`;
    }
  }
}
function lineageSection(input) {
  const { manifest } = input;
  const repo = repositoryUrl(input);
  const lines2 = [
    `- **Commit:** ${link(`\`${manifest.commit}\``, repo && `${repo}/commit/${manifest.commit}`)}`
  ];
  const pr = manifest.pullRequest;
  if (pr === null) {
    lines2.push("- **Pull request:** none");
  } else {
    const approvers = pr.approvers.length > 0 ? `approved by ${pr.approvers.map((login) => escapeUntrusted(login, 40)).join(", ")}` : "no approval counted";
    lines2.push(`- **Pull request:** ${link(`#${pr.number}`, pr.url)}, ${approvers}`);
  }
  lines2.push(`- **Gate:** ${gateLine(manifest.gate)}`);
  for (const group of manifest.metrics) {
    lines2.push(
      `- **Metrics compared by the gate with:** ${escapeUntrusted(describeBaseline(group.baseline), 200)} (verdict ${group.verdict})`
    );
  }
  lines2.push(
    `- **Created:** ${timestamp(manifest.createdAt)} by mlgate ${escapeUntrusted(manifest.mlgateVersion, 20)}`
  );
  return { title: "lineage", priority: KEEP, text: `### Lineage

${lines2.join("\n")}

` };
}
function dataSections(manifest) {
  if (manifest.data.length === 0) {
    return [{ title: "data", priority: KEEP, text: "### Data\n\nNo validation report was given.\n\n" }];
  }
  const datasets = {
    title: "data fingerprints",
    priority: KEEP,
    text: "### Data\n\n| Schema | Schema sha256 | Fingerprint | Files | Rows |\n| --- | --- | --- | ---: | ---: |\n" + manifest.data.map((dataset) => {
      const rows = dataset.files.reduce((sum, file) => sum + file.rows, 0);
      return `| ${escapeUntrustedCell(dataset.schema.path)} | ${digest(dataset.schema.sha256, 12)} | ${digest(dataset.fingerprint)} | ${dataset.files.length.toLocaleString("en-US")} | ${rows.toLocaleString("en-US")} |
`;
    }).join("") + "\n"
  };
  const files = manifest.data.flatMap((dataset) => dataset.files);
  const fileTable = tableSection("data files", CARD_PRIORITY.dataFiles, {
    head: `<details><summary>${plural4(files.length, "data file")}</summary>

| File | Rows | sha256 |
| --- | ---: | --- |
`,
    rows: files.map(
      (file) => `| ${escapeUntrustedCell(file.path)} | ${file.rows.toLocaleString("en-US")} | ${digest(file.sha256, 12)} |
`
    ),
    tail: "\n</details>\n\n",
    more: (omitted) => `| … ${plural4(omitted, "more file")} in ${MODEL_MANIFEST_FILE} | | |
`
  });
  return [datasets, fileTable];
}
function modelFilesSection(manifest) {
  return tableSection("model files", CARD_PRIORITY.modelFiles, {
    head: "### Files\n\n| File | Bytes | sha256 |\n| --- | ---: | --- |\n",
    rows: manifest.assets.map(
      (asset) => `| ${escapeUntrustedCell(asset.name)} | ${asset.bytes.toLocaleString("en-US")} | ${digest(asset.sha256, 12)} |
`
    ),
    tail: `
${SHA256SUMS_FILE} lists every file's full sha256.

`,
    more: (omitted) => `| … ${plural4(omitted, "more file")} in ${SHA256SUMS_FILE} | | |
`
  });
}
function downloadSection(manifest) {
  const { name, version, tag } = manifest;
  if (!MODEL_NAME_PATTERN.test(name) || tryParseVersion(version) === void 0 || tag !== `${name}-v${version}`) {
    throw new Error(
      `a manifest neither built nor parsed by mlgate: name ${JSON.stringify(name)}, tag ${JSON.stringify(tag)}`
    );
  }
  const repo = plainRepository(manifest) ?? "OWNER/REPO";
  return {
    title: "download",
    priority: KEEP,
    text: `### Download and verify

\`\`\`sh
mlgate model download ${name}@${version} --repo ${repo}
\`\`\`

Or with the GitHub CLI, then check every file against the release's ${SHA256SUMS_FILE}:

\`\`\`sh
gh release download ${tag} --repo ${repo}
sha256sum -c ${SHA256SUMS_FILE}
\`\`\`

`
  };
}
function cardSections(input) {
  return [
    headline(input),
    metricsSection(input),
    lineageSection(input),
    ...dataSections(input.manifest),
    modelFilesSection(input.manifest),
    downloadSection(input.manifest)
  ];
}
function footer2() {
  return `---
<sub>mlgate ${MLGATE_VERSION} · ${MODEL_MANIFEST_FILE} has the full lineage</sub>
`;
}
function renderReleaseBody(input, maxLength = GitHubLimits.releaseBodyChars) {
  const end = footer2();
  const body = fitSections(cardSections(input), {
    maxLength: maxLength - end.length,
    unit: "chars",
    note: (leftOut) => leftOut.length === 0 ? "" : `> [!NOTE]
> Shortened to fit GitHub's release body limit, leaving out: ${leftOut.join(", ")}. ${MODEL_MANIFEST_FILE} has everything.

`
  });
  return `${body}${end}`;
}
var HUB_FLOAT = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?$/,
  resolve: (text2) => Number(text2.replace(/_/g, "")),
  stringify: ({ value }) => {
    const text2 = String(value);
    const [mantissa = "", exponent] = text2.split("e");
    return exponent !== void 0 && !mantissa.includes(".") ? `${mantissa}.0e${exponent}` : text2;
  }
};
var oneLine = (text2) => terminalText(text2);
function renderHubModelCard(input, evaluation = {}) {
  const { manifest } = input;
  const metrics = [...releaseMetrics(manifest)].flatMap(
    ([name, value]) => value.type === "number" ? [{ type: oneLine(name), value: value.value, name: oneLine(name) }] : []
  );
  const task = evaluation.task ?? { type: "other" };
  const dataset = evaluation.dataset ?? { type: "custom", name: `${manifest.name} evaluation data` };
  const metadata = {
    tags: ["mlgate"],
    ...metrics.length > 0 ? {
      "model-index": [
        {
          name: manifest.name,
          results: [
            {
              task: {
                type: oneLine(task.type),
                ...task.name !== void 0 ? { name: oneLine(task.name) } : {}
              },
              dataset: {
                type: oneLine(dataset.type),
                name: oneLine(dataset.name),
                ...dataset.split !== void 0 ? { split: oneLine(dataset.split) } : {}
              },
              metrics
            }
          ]
        }
      ]
    } : {}
  };
  const yaml = (0, import_yaml5.stringify)(metadata, {
    version: "1.1",
    customTags: (tags) => [HUB_FLOAT, ...tags],
    lineWidth: 0,
    blockQuote: false
  });
  const markdown = cardSections(input).map((section) => section.text).join("");
  return `---
${yaml}---

${markdown}${footer2()}`;
}

// packages/github/src/actions/secret-masking.ts
var secrets = /* @__PURE__ */ new Set();
function maskTokens(env = process.env) {
  for (const secret of tokensIn(env)) {
    if (secrets.has(secret)) continue;
    secrets.add(secret);
    setSecret(secret);
  }
}
function redactSecrets2(text2) {
  return redactSecrets(text2, secrets);
}

// packages/github/src/actions/action-runner.ts
async function runAction(action, load) {
  let stage = "while loading";
  try {
    maskTokens();
    process.on(
      "unhandledRejection",
      (reason) => failAndExit(action, "in an unhandled promise rejection", reason)
    );
    process.on("uncaughtException", (error3) => failAndExit(action, "in a callback", error3));
    const body = await load();
    stage = "while running";
    const code = await body();
    if (code !== ExitCode.passed) process.exitCode = code;
  } catch (error3) {
    process.exitCode = report2(action, stage, error3);
  }
}
function failAndExit(action, stage, error3) {
  process.exit(report2(action, stage, error3));
}
function report2(action, stage, error3) {
  if (isUserError(error3)) {
    const where = error3.location;
    const message = where !== void 0 && !error3.message.includes(where.file) ? `${where.file}: ${error3.message}` : error3.message;
    error(
      redactSecrets2(message),
      where ? { file: where.file, startLine: where.line, startColumn: where.column } : {}
    );
    return ExitCode.badInput;
  }
  const failure = describeGitHubFailure(error3);
  if (failure !== void 0) {
    error(redactSecrets2(failure));
    return ExitCode.badInput;
  }
  const text2 = error3 instanceof Error ? `${error3.name}: ${error3.message}` : String(error3);
  const described2 = text2.split("\n")[0];
  debug(redactSecrets2(error3 instanceof Error ? error3.stack ?? text2 : String(error3)));
  error(
    redactSecrets2(
      `mlgate internal error (mlgate ${MLGATE_VERSION}, ${action}, ${stage}): ${described2}. This is a bug in mlgate: please report it, with the debug log (re-run the job with debug logging).`
    )
  );
  return ExitCode.internalError;
}

export {
  isDynamicPattern,
  glob,
  checkFilePattern,
  expandFilePatterns,
  sha256File,
  fileKind,
  readUserText,
  FAIL_ON,
  RENAMED_FAIL_ON,
  readReportFile,
  readReportFiles,
  writeReportFile,
  reportFileName,
  formatVersion,
  compareVersions,
  checkModelName,
  versionOfTag,
  parseVersionBump,
  resolveVersion,
  formatStamp,
  parseStamp,
  isNewerThan,
  COMMENT_MODES,
  DATA_FORMATS,
  GitHubLimits,
  SHA256SUMS_FILE,
  checkAssetName,
  sha256OfAssetDigest,
  formatSha256Sums,
  parseSha256Sums,
  verifySha256Sums,
  MODEL_MANIFEST_FILE,
  MODEL_CARD_FILE,
  checkModelFiles,
  buildModelManifest,
  gate,
  checkBaselineName,
  planRun,
  validateDataset,
  parseMetricsText,
  combineMetricsFiles,
  createBaselineSnapshot,
  readBaselineFile,
  parseBaselineText,
  compareMetrics,
  loadCurrentMetrics,
  DEFAULT_CONFIG_FILE,
  findConfig,
  viewOf,
  commentMarkdown,
  summaryMarkdown,
  selectAnnotations,
  repositoryPath,
  checkCheckName,
  checkRunName,
  checkRunContent,
  REPORT_OUTPUTS,
  evaluateApproval,
  gateFromCheckRuns,
  gateFromReports,
  MAX_MANIFEST_BYTES,
  parseModelManifest,
  formatModelManifest,
  releaseMetrics,
  renderReleaseBody,
  renderHubModelCard,
  describeGitHubFailure,
  httpStatusOf,
  networkFailureCode,
  runAction
};
