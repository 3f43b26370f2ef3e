import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter } from 'yaml';

export interface YamlPosition {
  readonly line: number;
  readonly column: number;
}

/** JSON Pointer (`/metrics/rules/a~1b`) to its segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Finds where a value (or, with `at: 'key'`, the key that holds it) is written in a parsed YAML document, so a
 * schema error on `/metrics/rules/accuracy/tolerence` points at line and column of `tolerence:`. When the path
 * leaves the document (a missing required key), the nearest enclosing node is used. JSON is YAML too, so the
 * same lookup serves mlgate.yml (config/config-loader.ts) and schema files in either spelling
 * (validate/schema/schema-file.ts).
 */
export function locateInYaml(
  document: Document,
  lineCounter: LineCounter,
  segments: readonly string[],
  at: 'key' | 'value' = 'value',
): YamlPosition {
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => (isScalar(item.key) ? String(item.key.value) : String(item.key)) === segment,
      );
      if (pair === undefined) break;
      const keyStart = rangeStart(pair.key);
      if (last && at === 'key' && keyStart !== undefined) {
        offset = keyStart;
        break;
      }
      node = pair.value;
      offset = rangeStart(node) ?? keyStart ?? offset;
    } else if (isSeq(node)) {
      const item: unknown = node.items[Number(segment)];
      if (item === undefined) break;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else {
      break;
    }
  }
  const position = lineCounter.linePos(offset);
  return { line: position.line, column: position.col };
}

function rangeStart(node: unknown): number | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined;
  const range = (node as { range?: readonly number[] | null }).range;
  return range?.[0];
}
