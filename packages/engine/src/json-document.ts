import { NESTED_TOO_DEEP, jsonNestingOverflow, lineAndColumn } from './nesting-depth.js';
import { UserError } from './user-error.js';

/**
 * Strict JSON text a user gave (a schema file, a report), parsed, or one UserError at `file:line:column`:
 * `what` names the document in the message ("the schema" is not valid JSON). Nesting is bounded before parsing (see
 * nesting-depth.ts). A syntax error is placed by jsonSyntaxErrorOffset.
 */
export function parseJsonDocument(text: string, file: string, what: string): unknown {
  const tooDeep = jsonNestingOverflow(text);
  if (tooDeep >= 0) {
    const { line, column } = lineAndColumn(text, tooDeep);
    throw new UserError(`${what} is ${NESTED_TOO_DEEP} (at line ${line}, column ${column})`, {
      file,
      line,
      column,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const offset = jsonSyntaxErrorOffset(text);
    if (offset === undefined) throw new UserError(`${what} is not valid JSON: ${message}`, { file });
    const { line, column } = lineAndColumn(text, offset);
    // The position is given as line and column; the engine's echo of the text ("…" is not valid JSON) is noise.
    const problem = message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '');
    throw new UserError(`${what} is not valid JSON at line ${line}, column ${column}: ${problem}`, {
      file,
      line,
      column,
    });
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPED = new Set([...'"\\/bfnrtu'].map((char) => char.charCodeAt(0)));

/**
 * The offset where strict JSON text first goes wrong (the end of the text when it ends early), or undefined
 * when it is valid. JSON.parse's own messages give a position for some errors only ("Unexpected token 'x'"
 * gives none), so the place is found by this small scanner, run only once JSON.parse has failed. Iterative:
 * it is safe on any nesting.
 */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  type Expect = 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after';
  const open: number[] = [];
  let expect: Expect = 'value';
  let index = 0;
  const string = (): number | undefined => {
    for (index++; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 34) {
        index++;
        return undefined;
      }
      if (code < 32) return index;
      if (code === 92) {
        const next = text.charCodeAt(++index);
        if (!ESCAPED.has(next)) return index;
        if (next === 117 && !/^[0-9a-fA-F]{4}$/.test(text.slice(index + 1, index + 5))) return index + 1;
      }
    }
    return text.length;
  };
  for (;;) {
    while (index < text.length && ' \t\n\r'.includes(text[index]!)) index++;
    if (index >= text.length) return expect === 'after' && open.length === 0 ? undefined : text.length;
    const code = text.charCodeAt(index);
    if (expect === 'value' || expect === 'first-value') {
      if (code === 93 && expect === 'first-value') {
        open.pop();
        index++;
        expect = 'after';
      } else if (code === 123 || code === 91) {
        open.push(code);
        index++;
        expect = code === 123 ? 'first-key' : 'first-value';
      } else if (code === 34) {
        const bad = string();
        if (bad !== undefined) return bad;
        expect = 'after';
      } else {
        NUMBER.lastIndex = index;
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, index));
        const length = literal?.length ?? NUMBER.exec(text)?.[0].length;
        if (length === undefined) return index;
        index += length;
        expect = 'after';
      }
    } else if (expect === 'key' || expect === 'first-key') {
      if (code === 125 && expect === 'first-key') {
        open.pop();
        index++;
        expect = 'after';
      } else {
        if (code !== 34) return index;
        const bad = string();
        if (bad !== undefined) return bad;
        expect = 'colon';
      }
    } else if (expect === 'colon') {
      if (code !== 58) return index;
      index++;
      expect = 'value';
    } else {
      const top = open.at(-1);
      if (top === undefined) return index;
      if (code === 44) expect = top === 123 ? 'key' : 'value';
      else if (code === (top === 123 ? 125 : 93)) open.pop();
      else return index;
      index++;
    }
  }
}
