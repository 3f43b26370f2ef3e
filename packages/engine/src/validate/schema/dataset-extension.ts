import type { DatasetChecks, FieldsMatch } from './check-plan.js';
import { SchemaProblem, pathText } from './schema-problem.js';
import type { SchemaPath } from './schema-problem.js';

/**
 * mlgate's dataset-level checks live in one extension block next to either schema language, under the key
 * `x-mlgate` (the `x-` prefix keeps Table Schema and JSON Schema tools from tripping over it):
 *
 * ```json
 * "x-mlgate": {
 *   "rows": { "min": 1000, "max": 10000000 },
 *   "maxNullFraction": { "price": 0.05, "*": 0.5 },
 *   "unique": [["user_id", "day"], "event_id"],
 *   "fieldsMatch": "subset"
 * }
 * ```
 * `maxNullFraction` may also be one number for every column; `"*"` is the default for unnamed columns.
 */
export const EXTENSION_KEY = 'x-mlgate';

export const FIELDS_MATCH_VALUES: readonly FieldsMatch[] = [
  'exact',
  'equal',
  'subset',
  'superset',
  'partial',
];

export interface DatasetExtension {
  readonly dataset: DatasetChecks;
  readonly fieldsMatch?: FieldsMatch;
}

/** `path` is inside the block: `['rows', 'min']` is `x-mlgate.rows.min`. */
function fail(schemaFile: string, path: SchemaPath, problem: string): never {
  const full = [EXTENSION_KEY, ...path];
  throw new SchemaProblem(`invalid schema: ${pathText(full)} ${problem}`, full, { file: schemaFile });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fraction(schemaFile: string, path: SchemaPath, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1))
    fail(schemaFile, path, 'must be a number from 0 to 1');
  return value;
}

function count(schemaFile: string, path: SchemaPath, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fail(schemaFile, path, 'must be a non-negative integer');
  }
  return value;
}

export function parseDatasetExtension(
  block: unknown,
  schemaFile: string,
  columnNames: readonly string[],
): DatasetExtension {
  if (block === undefined) return { dataset: { maxNullFraction: {}, uniqueTogether: [] } };
  if (!isRecord(block)) fail(schemaFile, [], 'must be an object');
  const known = new Set(['rows', 'maxNullFraction', 'unique', 'fieldsMatch']);
  for (const key of Object.keys(block))
    if (!known.has(key)) fail(schemaFile, [key], 'is not a known keyword');
  const known_columns = new Set(columnNames);
  const column = (path: SchemaPath, name: unknown): string => {
    if (typeof name !== 'string' || !known_columns.has(name)) {
      fail(schemaFile, path, `names ${JSON.stringify(name)}, which is not a field of the schema`);
    }
    return name;
  };

  let minRows: number | undefined;
  let maxRows: number | undefined;
  if (block.rows !== undefined) {
    if (!isRecord(block.rows)) fail(schemaFile, ['rows'], 'must be an object with min and/or max');
    for (const key of Object.keys(block.rows))
      if (key !== 'min' && key !== 'max') fail(schemaFile, ['rows', key], 'is not a known keyword');
    minRows = count(schemaFile, ['rows', 'min'], block.rows.min);
    maxRows = count(schemaFile, ['rows', 'max'], block.rows.max);
  }

  const maxNullFraction: Record<string, number> = {};
  const nulls = block.maxNullFraction;
  if (typeof nulls === 'number') maxNullFraction['*'] = fraction(schemaFile, ['maxNullFraction'], nulls);
  else if (isRecord(nulls)) {
    for (const [name, value] of Object.entries(nulls)) {
      if (name !== '*') column(['maxNullFraction', name], name);
      maxNullFraction[name] = fraction(schemaFile, ['maxNullFraction', name], value);
    }
  } else if (nulls !== undefined)
    fail(schemaFile, ['maxNullFraction'], 'must be a number or an object of column: fraction');

  const uniqueTogether: string[][] = [];
  if (block.unique !== undefined) {
    if (!Array.isArray(block.unique))
      fail(schemaFile, ['unique'], 'must be an array of column names or arrays of them');
    block.unique.forEach((entry: unknown, i: number) => {
      const names = Array.isArray(entry) ? entry : [entry];
      if (names.length === 0) fail(schemaFile, ['unique', i], 'must name at least one column');
      uniqueTogether.push(names.map((name: unknown) => column(['unique', i], name)));
    });
  }

  let fieldsMatch: FieldsMatch | undefined;
  if (block.fieldsMatch !== undefined) {
    if (!FIELDS_MATCH_VALUES.includes(block.fieldsMatch as FieldsMatch)) {
      fail(schemaFile, ['fieldsMatch'], `must be one of ${FIELDS_MATCH_VALUES.join(', ')}`);
    }
    fieldsMatch = block.fieldsMatch as FieldsMatch;
  }
  return {
    dataset: {
      ...(minRows !== undefined ? { minRows } : {}),
      ...(maxRows !== undefined ? { maxRows } : {}),
      maxNullFraction,
      uniqueTogether,
    },
    ...(fieldsMatch !== undefined ? { fieldsMatch } : {}),
  };
}
