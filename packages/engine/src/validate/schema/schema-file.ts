import { createHash } from 'node:crypto';
import { LineCounter, parseDocument } from 'yaml';
import { parseJsonDocument } from '../../json-document.js';
import { readUserText } from '../../user-file.js';
import { locateInYaml } from '../../yaml-locator.js';
import { parseYamlDocument } from '../../yaml-document.js';
import type { CheckPlan } from './check-plan.js';
import type { RowValidator } from './json-schema-compiler.js';
import { compileJsonSchema } from './json-schema-compiler.js';
import { SchemaProblem } from './schema-problem.js';
import { compileTableSchema, looksLikeTableSchema } from './table-schema-compiler.js';

/** A schema file, read, recognised and compiled. */
export interface LoadedSchema {
  readonly path: string;
  readonly language: CheckPlan['language'];
  /** sha256 of the canonical form (sorted keys, no whitespace), so YAML and JSON spellings hash alike. */
  readonly sha256: string;
  readonly plan: CheckPlan;
  readonly rowValidator?: RowValidator;
}

/** A schema describes columns: even ten thousand of them fit in a few MiB. Larger is a mistake or an attack. */
export const MAX_SCHEMA_BYTES = 16 * 1024 * 1024;

/** JSON with object keys sorted at every level: the form the schema hash is taken over. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Table Schema when the document has a `fields` array; JSON Schema otherwise. */
export function compileSchema(document: unknown, displayPath: string): Omit<LoadedSchema, 'path' | 'sha256'> {
  if (looksLikeTableSchema(document))
    return { language: 'table-schema', plan: compileTableSchema(document, displayPath) };
  const compiled = compileJsonSchema(document, displayPath);
  return { language: 'json-schema', plan: compiled.plan, rowValidator: compiled.rowValidator };
}

export async function loadSchema(path: string, displayPath: string): Promise<LoadedSchema> {
  const text = await readUserText(path, {
    what: 'schema file',
    shownAs: displayPath,
    maxBytes: MAX_SCHEMA_BYTES,
  });
  return parseSchemaText(text, displayPath, /\.ya?ml$/i.test(path) ? 'yaml' : 'json');
}

/**
 * A schema already in memory (a version read from git or the GitHub API), parsed, hashed and compiled as
 * loadSchema does a file's; the caller bounds its size by MAX_SCHEMA_BYTES first.
 */
export function parseSchemaText(text: string, displayPath: string, syntax: 'json' | 'yaml'): LoadedSchema {
  // Both readers bound nesting, so canonicalJson and the compilers below never meet a document deep enough
  // to overflow the stack.
  const document =
    syntax === 'yaml'
      ? parseYamlDocument(text, displayPath).value
      : parseJsonDocument(text, displayPath, 'the schema');
  const sha256 = createHash('sha256').update(canonicalJson(document)).digest('hex');
  try {
    return { path: displayPath, sha256, ...compileSchema(document, displayPath) };
  } catch (error) {
    throw error instanceof SchemaProblem ? located(error, text, displayPath) : error;
  }
}

/**
 * The problem with the line and column of its keyword in the schema text. JSON is YAML too, so one parse
 * serves both spellings; it runs only when there is a problem to place.
 */
function located(problem: SchemaProblem, text: string, displayPath: string): SchemaProblem {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  const { line, column } = locateInYaml(document, lineCounter, problem.path.map(String), 'key');
  return new SchemaProblem(problem.message, problem.path, { file: displayPath, line, column });
}
