import { NESTED_TOO_DEEP, jsonNestingOverflow, lineAndColumn } from './nesting-depth.js';
import { UserError } from './user-error.js';

/**
 * Strict JSON text a user gave (a schema file, a report), parsed, or one UserError at `file:line:column`:
 * `what` names the document in the message ("the schema" is not valid JSON). Nesting is bounded before parsing (see
 * nesting-depth.ts). The place of a syntax error is read from the engine's message ("at position 12", or the
 * end of the text when it ends early); when the message gives none, the error names the file alone.
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
    const offset = syntaxErrorOffset(message, text);
    if (offset === undefined) throw new UserError(`${what} is not valid JSON: ${message}`, { file });
    const { line, column } = lineAndColumn(text, offset);
    const problem = message.replace(/ in JSON at position \d+.*$/, '');
    throw new UserError(`${what} is not valid JSON at line ${line}, column ${column}: ${problem}`, {
      file,
      line,
      column,
    });
  }
}

function syntaxErrorOffset(message: string, text: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position !== null) return Number(position[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  return undefined;
}
