import type { ErrorObject } from 'ajv';
import { parseJsonDocument } from '../json-document.js';
import { UserError } from '../user-error.js';

/**
 * Reading back a document of one of mlgate's published kinds (a report, a model manifest): it may come from
 * another workflow or a release anyone could have edited, so it is bounded before it is parsed and checked
 * against its published schema, and every failure is one UserError line naming where it came from.
 */

/**
 * JSON text of at most `maxBytes`, parsed as parseJsonDocument parses a user's file (nesting bounded first,
 * a syntax error placed at its line and column); `what` names the kind ("a report"). When `source` is a file
 * (`sourceIsFile`), each error carries it as its location, so an action annotates the file; otherwise
 * `source` (a release's manifest) leads the message.
 */
export function parseBoundedJson(
  text: string,
  source: string,
  what: string,
  maxBytes: number,
  sourceIsFile = false,
): unknown {
  try {
    if (Buffer.byteLength(text, 'utf8') > maxBytes) {
      throw new UserError(`${what} is at most ${maxBytes} bytes`, { file: source });
    }
    return parseJsonDocument(text, source, what);
  } catch (error) {
    if (sourceIsFile || !(error instanceof UserError) || error.location === undefined) throw error;
    throw new UserError(`${source}: ${error.message}`);
  }
}

/**
 * The most specific problem, in words: under a `oneOf` (a pull request or null, a metric value) every branch
 * reports one, and the deepest says what is wrong (`/pullRequest/url`, not `/pullRequest must be null`).
 * `document` names the whole when the problem is at its root ("the report").
 */
export function schemaProblem(errors: readonly ErrorObject[], document: string): string {
  const specific = errors.filter((error) => error.keyword !== 'oneOf');
  const error = [...(specific.length > 0 ? specific : errors)].sort(
    (a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length,
  )[0]!;
  const where = error.instancePath === '' ? document : error.instancePath;
  const extra =
    error.keyword === 'additionalProperties'
      ? ` ('${String((error.params as { additionalProperty?: string }).additionalProperty)}')`
      : '';
  return `${where} ${error.message ?? error.keyword}${extra}`;
}
