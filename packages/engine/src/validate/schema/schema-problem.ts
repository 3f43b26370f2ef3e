import { UserError } from '../../user-error.js';
import type { SourceLocation } from '../../user-error.js';

/** Where in a schema document something is: object keys and array indexes, from the root. */
export type SchemaPath = readonly (string | number)[];

/** A path as messages write it: `fields[2].constraints.maximum`, `x-mlgate.rows.min`. */
export function pathText(path: SchemaPath): string {
  if (path.length === 0) return '(root)';
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}

/**
 * A mistake at a known place in a schema. The compilers see only the parsed document, so they name the place
 * by its path; loadSchema (schema-file.ts), which has the text, adds the line and column of the keyword.
 */
export class SchemaProblem extends UserError {
  readonly path: SchemaPath;

  constructor(message: string, path: SchemaPath, location: SourceLocation) {
    super(message, location);
    this.path = path;
  }
}
