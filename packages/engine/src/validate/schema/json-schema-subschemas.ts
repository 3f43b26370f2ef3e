import type { SchemaPath } from './schema-problem.js';

/**
 * Every schema object inside a JSON Schema (draft-07 or 2020-12), with its path, root first, depth first. Only
 * places that hold schemas are entered: `properties` and `$defs` values are schemas, but `enum`, `const`,
 * `default` and `examples` hold data, whose keys are not keywords. Boolean schemas hold no keywords and are
 * skipped.
 */
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMAS = [
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
];

export interface Subschema {
  readonly path: SchemaPath;
  readonly schema: Readonly<Record<string, unknown>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function* subschemas(schema: unknown, path: SchemaPath = []): Generator<Subschema> {
  if (!isRecord(schema)) return;
  yield { path, schema };
  for (const key of SCHEMA_MAPS) {
    const map = schema[key];
    if (isRecord(map))
      for (const [name, value] of Object.entries(map)) yield* subschemas(value, [...path, key, name]);
  }
  // draft-07 `dependencies` maps a property to a schema or to a list of property names.
  if (isRecord(schema.dependencies)) {
    for (const [name, value] of Object.entries(schema.dependencies))
      yield* subschemas(value, [...path, 'dependencies', name]);
  }
  for (const key of SCHEMA_LISTS) {
    const list = schema[key];
    if (Array.isArray(list))
      for (const [i, value] of list.entries()) yield* subschemas(value, [...path, key, i]);
  }
  for (const key of SCHEMAS) {
    const value = schema[key];
    // draft-07 `items` may be a list of schemas (a tuple).
    if (key === 'items' && Array.isArray(value)) {
      for (const [i, item] of value.entries()) yield* subschemas(item, [...path, key, i]);
    } else yield* subschemas(value, [...path, key]);
  }
}

/** The path of the first place `keyword` is written as a keyword, optionally with a given value. */
export function keywordPath(
  schema: unknown,
  keyword: string,
  where: (subschema: Readonly<Record<string, unknown>>) => boolean = () => true,
): SchemaPath | undefined {
  for (const { path, schema: node } of subschemas(schema))
    if (Object.hasOwn(node, keyword) && where(node)) return [...path, keyword];
  return undefined;
}
