/**
 * How deep a document a user gives may nest. Parsers, schema validators, JSON.stringify and the walkers that
 * flatten metrics all recurse once per level, so a few thousand levels overflow the stack; no config, schema,
 * metrics file, report or data record needs more than a handful. Every reader refuses past this, alike.
 */
export const MAX_NESTING_DEPTH = 100;

export const NESTED_TOO_DEEP = `nested deeper than ${MAX_NESTING_DEPTH} levels`;

/**
 * Whether a parsed value holds arrays or objects inside one another more than `limit` deep (`{}` is one
 * level, `{"a": []}` two). Iterative, and stops at the first level too deep; a flat record costs one pass
 * over its values.
 */
export function nestsDeeperThan(value: unknown, limit: number = MAX_NESTING_DEPTH): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const stack: { readonly value: object; readonly depth: number }[] = [{ value, depth: 1 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    if (top.depth > limit) return true;
    for (const child of Object.values(top.value) as unknown[]) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: top.depth + 1 });
    }
  }
  return false;
}

/**
 * The offset of the bracket that takes JSON text more than `limit` levels deep, or -1. Brackets inside
 * strings do not count. Read before JSON.parse, so a hostile document is refused without building it.
 */
export function jsonNestingOverflow(text: string, limit: number = MAX_NESTING_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
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

/** One-based line and column of an offset in text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  ) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
