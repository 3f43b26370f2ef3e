import { LineCounter, isAlias, isCollection, isMap, isPair, isScalar, parseDocument } from 'yaml';
import type { Document, ParseOptions, DocumentOptions } from 'yaml';
import { MAX_NESTING_DEPTH, NESTED_TOO_DEEP, nestsDeeperThan } from './nesting-depth.js';
import { UserError } from './user-error.js';

/**
 * How many times the values under aliases may be copied out, in yaml's own measure (`maxAliasCount`): a
 * 271-byte "billion laughs" document of nested aliases expands to 43 million values, while a real config
 * reuses an anchor a handful of times.
 */
export const MAX_YAML_ALIAS_COUNT = 100;

/**
 * yaml builds a large tree for each value (about 1 KiB of memory per key, and tens of microseconds): past a
 * few MiB, a YAML file costs seconds and hundreds of MiB. mlgate.yml and schemas are far smaller, and large
 * metrics are better written as JSON, which is read without that tree.
 */
export const MAX_YAML_BYTES = 4 * 1024 * 1024;

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
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_YAML_BYTES) {
    throw new UserError(
      `YAML is read up to ${MAX_YAML_BYTES / 1024 / 1024} MiB; this document has ${bytes} bytes (write large metrics as JSON)`,
      { file },
    );
  }
  const lineCounter = new LineCounter();
  // uniqueKeys off: yaml compares every key of a mapping with every other (40,000 metrics took 20 s);
  // scanNodes checks the same thing with a set.
  const document = parseDocument(text, { ...options, uniqueKeys: false, lineCounter, prettyErrors: false });
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
  const { problem, firstAlias } = scanNodes(document);
  if (problem !== undefined) throw new UserError(problem.message, at(problem.offset));
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

interface NodeProblem {
  readonly offset: number;
  readonly message: string;
}

/**
 * What the node tree says before any alias is resolved: a collection nested too deep as written, or else the
 * first key given twice in one mapping (scalars compared by type and value, as yaml's own check does); and
 * where the first alias is, to place what resolving them finds.
 */
function scanNodes(document: Document): { problem?: NodeProblem; firstAlias?: number } {
  let firstAlias: number | undefined;
  let duplicate: NodeProblem | undefined;
  const stack: { readonly node: unknown; readonly depth: number }[] = [{ node: document.contents, depth: 1 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { node, depth } = top;
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      if (firstAlias === undefined || offset < firstAlias) firstAlias = offset;
    } else if (isCollection(node)) {
      if (depth > MAX_NESTING_DEPTH)
        return { problem: { offset: node.range?.[0] ?? 0, message: NESTED_TOO_DEEP } };
      const keys = isMap(node) ? new Set<string>() : undefined;
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          if (keys !== undefined && isScalar(item.key)) {
            const value: unknown = item.key.value;
            const id = `${typeof value}:${String(value)}`;
            const offset = item.key.range?.[0] ?? 0;
            if (keys.has(id) && (duplicate === undefined || offset < duplicate.offset)) {
              duplicate = {
                offset,
                message: `not valid YAML: Map keys must be unique ('${String(value)}' is given twice)`,
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
    ...(duplicate !== undefined ? { problem: duplicate } : {}),
    ...(firstAlias !== undefined ? { firstAlias } : {}),
  };
}
