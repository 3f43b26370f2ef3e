import { LineCounter, isAlias, isCollection, isPair, parseDocument } from 'yaml';
import type { Document, ParseOptions, DocumentOptions } from 'yaml';
import { MAX_NESTING_DEPTH, NESTED_TOO_DEEP, nestsDeeperThan } from './nesting-depth.js';
import { UserError } from './user-error.js';

/**
 * How many times the values under aliases may be copied out, in yaml's own measure (`maxAliasCount`): a
 * 271-byte "billion laughs" document of nested aliases expands to 43 million values, while a real config
 * reuses an anchor a handful of times.
 */
export const MAX_YAML_ALIAS_COUNT = 100;

export interface ParsedYaml {
  readonly document: Document;
  readonly lineCounter: LineCounter;
  /** The document as plain data, every alias resolved. */
  readonly value: unknown;
}

/**
 * The one way mlgate reads YAML a user gave (mlgate.yml, metrics, schema files): parsed, nesting bounded
 * (nesting-depth.ts), aliases bounded, or one UserError at `file:line:column`. yaml's composer recurses once
 * per level and reports running out of stack as RESOURCE_EXHAUSTION, which is this same limit, met later.
 */
export function parseYamlDocument(
  text: string,
  file: string,
  options: ParseOptions & DocumentOptions = {},
): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { ...options, lineCounter, prettyErrors: false });
  const at = (offset: number): { file: string; line: number; column: number } => {
    const position = lineCounter.linePos(offset);
    return { file, line: position.line, column: position.col };
  };
  const [first] = document.errors;
  if (first !== undefined) {
    throw first.code === 'RESOURCE_EXHAUSTION'
      ? new UserError(NESTED_TOO_DEEP, at(first.pos[0]))
      : new UserError(`not valid YAML: ${first.message.split('\n')[0] ?? ''}`, at(first.pos[0]));
  }
  const { tooDeep, firstAlias } = scanNodes(document);
  if (tooDeep !== undefined) throw new UserError(NESTED_TOO_DEEP, at(tooDeep));
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
  } catch (error) {
    // Only aliases make toJS fail on a document that parsed: too many copies, or nesting built from aliases.
    if (!(error instanceof ReferenceError || error instanceof RangeError)) throw error;
    throw new UserError(
      error instanceof ReferenceError
        ? `YAML aliases expand too far (over ${MAX_YAML_ALIAS_COUNT} copies, as in a "billion laughs" document)`
        : `YAML aliases make the document ${NESTED_TOO_DEEP}`,
      at(firstAlias ?? 0),
    );
  }
  if (nestsDeeperThan(value))
    throw new UserError(`YAML aliases make the document ${NESTED_TOO_DEEP}`, at(firstAlias ?? 0));
  return { document, lineCounter, value };
}

/** The offset of the first collection nested too deep as written, and of the first alias; aliases not followed. */
function scanNodes(document: Document): { tooDeep?: number; firstAlias?: number } {
  let firstAlias: number | undefined;
  const stack: { readonly node: unknown; readonly depth: number }[] = [{ node: document.contents, depth: 1 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { node, depth } = top;
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      if (firstAlias === undefined || offset < firstAlias) firstAlias = offset;
    } else if (isCollection(node)) {
      if (depth > MAX_NESTING_DEPTH) return { tooDeep: node.range?.[0] ?? 0 };
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
        } else {
          stack.push({ node: item, depth: depth + 1 });
        }
      }
    }
  }
  return firstAlias !== undefined ? { firstAlias } : {};
}
