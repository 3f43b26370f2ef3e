import type { CheckPlan, ColumnCheck, FieldKind, FieldsMatch } from './check-plan.js';
import { defaultColumn, patternSource } from './check-plan.js';
import { UnsupportedPattern } from './linear-pattern.js';
import { EXTENSION_KEY, FIELDS_MATCH_VALUES, parseDatasetExtension } from './dataset-extension.js';
import { SchemaProblem, pathText } from './schema-problem.js';
import type { SchemaPath } from './schema-problem.js';
import {
  compileTemporalPattern,
  isoDateToDays,
  isoDatetimeToMillis,
  isoTimeToSeconds,
  repeatedTemporalDirective,
} from './temporal-values.js';

/**
 * Frictionless Table Schema (v1, and the v2 additions `fieldsMatch`, `uniqueKeys`, `categories`, exclusive
 * bounds, `{value, label}` missing values) compiled to a check plan. The schema itself is checked first: a
 * wrong keyword is a SchemaProblem naming the schema file and the keyword's path.
 *
 * No keyword that constrains data is accepted without being checked. A Table Schema keyword that mlgate does
 * not check (`foreignKeys`, the `list` type, `jsonSchema`, a constraint on a type the checks do not cover)
 * is refused by name, so data is never reported valid against a rule nobody ran. Descriptive keywords
 * (`title`, `description`, `example`, `rdfType`, `categoriesOrdered`, `$schema`) are accepted as they are.
 */
const KINDS: readonly FieldKind[] = [
  'string',
  'number',
  'integer',
  'boolean',
  'date',
  'datetime',
  'time',
  'year',
  'yearmonth',
  'duration',
  'object',
  'array',
  'geopoint',
  'any',
];

const FIELD_KEYS = new Set([
  'name',
  'type',
  'format',
  'title',
  'description',
  'example',
  'constraints',
  'missingValues',
  'trueValues',
  'falseValues',
  'decimalChar',
  'groupChar',
  'bareNumber',
  'rdfType',
  'categories',
  'categoriesOrdered',
]);
const CONSTRAINT_KEYS = new Set([
  'required',
  'unique',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
]);
const SCHEMA_KEYS = new Set([
  '$schema',
  'name',
  'title',
  'description',
  'fields',
  'missingValues',
  'primaryKey',
  'fieldsMatch',
  'uniqueKeys',
  EXTENSION_KEY,
]);

/** Table Schema keywords that ask for a check mlgate does not run, and why; refused by name. */
const LIST_TYPE =
  'list values are not split into items; declare the field as a string (with a pattern) instead';
const UNSUPPORTED_SCHEMA_KEYS: Readonly<Record<string, string>> = {
  foreignKeys: 'references to other fields or tables are not checked; remove it, or check them another way',
};
const UNSUPPORTED_FIELD_KEYS: Readonly<Record<string, string>> = {
  delimiter: LIST_TYPE,
  itemType: LIST_TYPE,
};
const UNSUPPORTED_CONSTRAINT_KEYS: Readonly<Record<string, string>> = {
  jsonSchema:
    'values are not checked against an embedded JSON Schema; use a JSON Schema for the rows instead',
};
const UNSUPPORTED_TYPES: Readonly<Record<string, string>> = {
  list: LIST_TYPE,
  geojson: 'GeoJSON is not checked; declare the field as an object instead',
};

/** The kinds each constraint is checked on (the rest of the kinds the specification allows are refused). */
const BOUND_KINDS: ReadonlySet<FieldKind> = new Set([
  'number',
  'integer',
  'year',
  'date',
  'datetime',
  'time',
  'yearmonth',
]);
const ENUM_KINDS: ReadonlySet<FieldKind> = new Set([...BOUND_KINDS, 'string', 'boolean']);
/** Constraints the specification allows on kinds whose checks do not cover them: refused there, not ignored. */
const NOT_CHECKED_ON: Readonly<
  Record<'bounds' | 'length' | 'enum', { readonly kinds: ReadonlySet<FieldKind>; readonly reason: string }>
> = {
  bounds: { kinds: new Set(['duration']), reason: 'durations are checked for their form, not compared' },
  length: { kinds: new Set(['array', 'object']), reason: 'lengths are checked on strings only' },
  enum: {
    kinds: new Set(['duration', 'geopoint', 'object', 'array', 'any']),
    reason: 'enum is checked on strings, numbers, booleans, dates and times only',
  },
};
const CATEGORY_KINDS: ReadonlySet<FieldKind> = new Set(['string', 'integer']);
/**
 * Table Schema's string formats as patterns, run like a schema's own (byte DFA, else RE2): `email` took a
 * backtracking RegExp quadratic time on `a@.....` (200 kB: a minute). Under the u flag they mean what they
 * meant without it: their classes repeat with `+` or `*`, so reading an astral character as one code point
 * or as two halves gives the same answer.
 */
const STRING_FORMATS: Record<string, string> = {
  email: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
  uri: '^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]*$',
  uuid: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  binary: '^[A-Za-z0-9+/]*={0,2}$',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function looksLikeTableSchema(schema: unknown): boolean {
  return isRecord(schema) && Array.isArray(schema.fields);
}

type Fail = (path: SchemaPath, problem: string) => never;
type Unsupported = (path: SchemaPath, what: string, reason: string) => never;

export function compileTableSchema(schema: unknown, schemaFile: string): CheckPlan {
  const fail: Fail = (path, problem) => {
    throw new SchemaProblem(`invalid Table Schema: ${pathText(path)} ${problem}`, path, { file: schemaFile });
  };
  const unsupported: Unsupported = (path, what, reason) => {
    const where = path.length > 1 ? ` (${pathText(path)})` : '';
    throw new SchemaProblem(`Table Schema ${what}${where} is not supported by mlgate: ${reason}`, path, {
      file: schemaFile,
    });
  };
  if (!isRecord(schema)) fail([], 'must be an object');
  const root = schema as Record<string, unknown>;
  for (const key of Object.keys(root)) {
    // An empty `foreignKeys` asks for nothing, so there is nothing to refuse.
    if (key === 'foreignKeys' && Array.isArray(root[key]) && root[key].length === 0) continue;
    const reason = UNSUPPORTED_SCHEMA_KEYS[key];
    if (reason !== undefined) unsupported([key], `'${key}'`, reason);
    if (!SCHEMA_KEYS.has(key)) fail([key], 'is not a Table Schema keyword');
  }
  if (!Array.isArray(root.fields) || root.fields.length === 0) fail(['fields'], 'must be a non-empty array');
  const missingValues = missingValueList(root.missingValues, ['missingValues'], fail) ?? [''];

  const names = new Set<string>();
  const columns: ColumnCheck[] = (root.fields as unknown[]).map((field, index) => {
    const at: SchemaPath = ['fields', index];
    if (!isRecord(field)) return fail(at, 'must be an object');
    for (const key of Object.keys(field)) {
      const reason = UNSUPPORTED_FIELD_KEYS[key];
      if (reason !== undefined) unsupported([...at, key], `'${key}'`, reason);
      if (!FIELD_KEYS.has(key)) fail([...at, key], 'is not a field keyword');
    }
    if (typeof field.name !== 'string' || field.name === '')
      fail([...at, 'name'], 'must be a non-empty string');
    const name = field.name as string;
    if (names.has(name)) fail([...at, 'name'], `repeats the field name ${JSON.stringify(name)}`);
    names.add(name);
    const kind = (field.type ?? 'string') as FieldKind;
    const typeReason = typeof field.type === 'string' ? UNSUPPORTED_TYPES[field.type] : undefined;
    if (typeReason !== undefined) unsupported([...at, 'type'], `type '${field.type as string}'`, typeReason);
    if (!KINDS.includes(kind))
      fail([...at, 'type'], `must be one of ${KINDS.join(', ')} (got ${JSON.stringify(field.type)})`);
    return compileField(field, at, name, kind, missingValues, fail, unsupported);
  });

  const primaryKey =
    root.primaryKey === undefined
      ? []
      : typeof root.primaryKey === 'string'
        ? [root.primaryKey]
        : root.primaryKey;
  if (!Array.isArray(primaryKey) || primaryKey.some((key) => typeof key !== 'string' || !names.has(key))) {
    fail(['primaryKey'], 'must name fields of the schema');
  }
  let fieldsMatch: FieldsMatch = 'exact';
  if (root.fieldsMatch !== undefined) {
    if (!FIELDS_MATCH_VALUES.includes(root.fieldsMatch as FieldsMatch))
      fail(['fieldsMatch'], `must be one of ${FIELDS_MATCH_VALUES.join(', ')}`);
    fieldsMatch = root.fieldsMatch as FieldsMatch;
  }
  const extension = parseDatasetExtension(root[EXTENSION_KEY], schemaFile, [...names]);
  // Two answers to one question: the one not taken would be silently ignored.
  if (root.fieldsMatch !== undefined && extension.fieldsMatch !== undefined)
    fail([EXTENSION_KEY, 'fieldsMatch'], 'repeats the top-level fieldsMatch; keep one of them');
  const uniqueKeys = root.uniqueKeys === undefined ? [] : root.uniqueKeys;
  if (
    !Array.isArray(uniqueKeys) ||
    uniqueKeys.some((key) => !Array.isArray(key) || key.some((n) => !names.has(n as string)))
  ) {
    fail(['uniqueKeys'], 'must be an array of arrays of field names');
  }
  return {
    language: 'table-schema',
    columns: columns.map((column) =>
      (primaryKey as string[]).includes(column.name) ? { ...column, required: true } : column,
    ),
    fieldsMatch: extension.fieldsMatch ?? fieldsMatch,
    primaryKey: primaryKey as string[],
    dataset: {
      ...extension.dataset,
      uniqueTogether: [...extension.dataset.uniqueTogether, ...(uniqueKeys as string[][])],
    },
    mode: 'columns',
  };
}

function stringList(value: unknown, path: SchemaPath, fail: Fail): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    fail(path, 'must be an array of strings');
  return value as string[];
}

/** A list of entries that are values or (v2) `{ value, label }` objects, as the values alone. */
function labelledValues(value: unknown, path: SchemaPath, fail: Fail): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return fail(path, 'must be an array');
  return value.map((entry: unknown, i) => {
    if (!isRecord(entry)) return entry;
    const keys = Object.keys(entry);
    if (!('value' in entry) || keys.some((key) => key !== 'value' && key !== 'label'))
      fail([...path, i], 'must be a value or a { value, label } object');
    if (entry.label !== undefined && typeof entry.label !== 'string')
      fail([...path, i, 'label'], 'must be a string');
    return entry.value;
  });
}

function missingValueList(value: unknown, path: SchemaPath, fail: Fail): string[] | undefined {
  const values = labelledValues(value, path, fail);
  values?.forEach((v, i) => {
    if (typeof v !== 'string') fail([...path, i], 'must be a string (or a { value, label } object with one)');
  });
  return values as string[] | undefined;
}

function compileField(
  field: Record<string, unknown>,
  at: SchemaPath,
  name: string,
  kind: FieldKind,
  schemaMissingValues: readonly string[],
  fail: Fail,
  unsupported: Unsupported,
): ColumnCheck {
  const base = defaultColumn(name, kind, `${pathText(at)}.constraints`);
  const constraintsPath: SchemaPath = [...at, 'constraints'];
  const constraint = (key: string): SchemaPath => [...constraintsPath, key];
  const constraints = field.constraints ?? {};
  if (!isRecord(constraints)) fail(constraintsPath, 'must be an object');
  const c = constraints as Record<string, unknown>;
  for (const key of Object.keys(c)) {
    const reason = UNSUPPORTED_CONSTRAINT_KEYS[key];
    if (reason !== undefined) unsupported(constraint(key), `'${key}'`, reason);
    if (!CONSTRAINT_KEYS.has(key)) fail(constraint(key), 'is not a constraint keyword');
  }
  /** A constraint on a kind it is not checked on: refused when the specification allows it there, else invalid. */
  const notOn = (key: string, group?: keyof typeof NOT_CHECKED_ON): never =>
    group !== undefined && NOT_CHECKED_ON[group].kinds.has(kind)
      ? unsupported(constraint(key), `'${key}' on ${kind} fields`, NOT_CHECKED_ON[group].reason)
      : fail(constraint(key), `does not apply to type ${kind}`);

  const formatPath: SchemaPath = [...at, 'format'];
  const format = field.format;
  if (format !== undefined && typeof format !== 'string') fail(formatPath, 'must be a string');
  let temporalPattern;
  let formatCheck: ColumnCheck['format'];
  const temporal = kind === 'date' || kind === 'datetime' || kind === 'time';
  if (typeof format === 'string' && format !== 'default') {
    if (temporal) {
      if (format !== 'any') {
        const repeated = repeatedTemporalDirective(format);
        if (repeated !== undefined) fail(formatPath, `repeats %${repeated}: each directive may appear once`);
        temporalPattern = compileTemporalPattern(format);
        if (!temporalPattern)
          fail(formatPath, `is not a supported date/time pattern (${JSON.stringify(format)})`);
      }
    } else if (kind === 'string') {
      const known = STRING_FORMATS[format];
      if (!known) fail(formatPath, `must be one of default, ${Object.keys(STRING_FORMATS).join(', ')}`);
      else formatCheck = patternSource(known, format);
    } else if (kind === 'geopoint' && (format === 'array' || format === 'object')) {
      unsupported(
        formatPath,
        `format '${format}' of geopoint fields`,
        'geopoints are checked in the default "lon, lat" form only',
      );
    } else
      fail(formatPath, `must be default: type ${kind} has no other format (got ${JSON.stringify(format)})`);
  }

  const trueValues = stringList(field.trueValues, [...at, 'trueValues'], fail) ?? base.trueValues;
  const falseValues = stringList(field.falseValues, [...at, 'falseValues'], fail) ?? base.falseValues;
  const boolean = (key: string): boolean => {
    const value = c[key];
    if (value !== undefined && typeof value !== 'boolean') fail(constraint(key), 'must be a boolean');
    return value === true;
  };
  const length = (key: string): number | undefined => {
    const value = c[key];
    if (value === undefined) return undefined;
    if (kind !== 'string') notOn(key, 'length');
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
      fail(constraint(key), 'must be a non-negative integer');
    return value as number;
  };
  const toNumber = (path: SchemaPath, value: unknown): number => {
    const problem = `must be a value of the field's type (${kind})`;
    if (kind === 'number' || kind === 'integer' || kind === 'year') {
      const n = typeof value === 'string' ? Number(value) : value;
      if (typeof n !== 'number' || Number.isNaN(n)) fail(path, problem);
      return n as number;
    }
    // Booleans compare as 1 and 0, the numbers the checks give true and false.
    if (kind === 'boolean') {
      if (value === true || (typeof value === 'string' && trueValues.includes(value))) return 1;
      if (value === false || (typeof value === 'string' && falseValues.includes(value))) return 0;
      return fail(path, problem);
    }
    if (typeof value !== 'string') return fail(path, problem);
    const parsed =
      kind === 'date'
        ? isoDateToDays(value)
        : kind === 'datetime'
          ? isoDatetimeToMillis(value)
          : kind === 'time'
            ? isoTimeToSeconds(value)
            : kind === 'yearmonth' && /^\d{4}-\d{2}$/.test(value)
              ? Number(value.slice(0, 4)) * 12 + Number(value.slice(5)) - 1
              : undefined;
    if (parsed === undefined) fail(path, `${problem}, in ISO 8601 form`);
    return parsed as number;
  };
  const bound = (key: string): number | undefined => {
    if (c[key] === undefined) return undefined;
    if (!BOUND_KINDS.has(kind)) notOn(key, 'bounds');
    return toNumber(constraint(key), c[key]);
  };
  const allowedValues = (path: SchemaPath, values: readonly unknown[]): string[] | number[] =>
    kind === 'string'
      ? values.map((v, i) => (typeof v === 'string' ? v : fail([...path, i], 'must be a string')))
      : values.map((v, i) => toNumber([...path, i], v));

  let pattern: ColumnCheck['pattern'];
  if (c.pattern !== undefined) {
    if (kind !== 'string') notOn('pattern');
    if (typeof c.pattern !== 'string') fail(constraint('pattern'), 'must be a string');
    const source = `^(?:${c.pattern as string})$`;
    try {
      new RegExp(source, 'u');
    } catch (error) {
      fail(constraint('pattern'), `is not a valid regular expression (${(error as Error).message})`);
    }
    try {
      // The anchored source is what runs; the pattern as written is what messages quote.
      pattern = patternSource(source, c.pattern as string);
    } catch (error) {
      if (!(error instanceof UnsupportedPattern)) throw error;
      unsupported(
        constraint('pattern'),
        `pattern ${JSON.stringify(c.pattern)}`,
        `it ${error.reason}; patterns run in linear time (RE2), which cannot run this`,
      );
    }
  }
  let allowed: ColumnCheck['enum'];
  if (c.enum !== undefined) {
    if (!ENUM_KINDS.has(kind)) notOn('enum', 'enum');
    if (!Array.isArray(c.enum) || c.enum.length === 0) fail(constraint('enum'), 'must be a non-empty array');
    allowed = allowedValues(constraint('enum'), c.enum as unknown[]);
  }
  // v2 `categories` restrict the values exactly as `enum` does; an `enum` beside them must be a subset.
  const categoriesPath: SchemaPath = [...at, 'categories'];
  const categories = labelledValues(field.categories, categoriesPath, fail);
  if (categories !== undefined) {
    if (!CATEGORY_KINDS.has(kind)) fail(categoriesPath, `applies to string and integer fields, not ${kind}`);
    if (categories.length === 0) fail(categoriesPath, 'must be a non-empty array');
    const values: readonly (string | number)[] = allowedValues(categoriesPath, categories);
    values.forEach((v, i) => {
      if (kind === 'integer' && !Number.isInteger(v)) fail([...categoriesPath, i], 'must be an integer');
    });
    if (allowed === undefined) allowed = values as string[] | number[];
    else if ((allowed as readonly (string | number)[]).some((v) => !values.includes(v)))
      fail(constraint('enum'), "must be a subset of the field's categories");
  }
  if (field.categoriesOrdered !== undefined && typeof field.categoriesOrdered !== 'boolean')
    fail([...at, 'categoriesOrdered'], 'must be a boolean');
  if (field.rdfType !== undefined && typeof field.rdfType !== 'string')
    fail([...at, 'rdfType'], 'must be a string (the URI of an RDF class)');

  const missingValues =
    missingValueList(field.missingValues, [...at, 'missingValues'], fail) ?? schemaMissingValues;
  const decimalChar = field.decimalChar ?? '.';
  const groupChar = field.groupChar ?? '';
  if (typeof decimalChar !== 'string' || decimalChar.length !== 1)
    fail([...at, 'decimalChar'], 'must be one character');
  if (typeof groupChar !== 'string' || groupChar.length > 1)
    fail([...at, 'groupChar'], 'must be one character');
  if (field.bareNumber !== undefined && typeof field.bareNumber !== 'boolean')
    fail([...at, 'bareNumber'], 'must be a boolean');

  const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
    (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
  return {
    ...base,
    required: boolean('required'),
    unique: boolean('unique'),
    missingValues,
    trueValues,
    falseValues,
    decimalChar: decimalChar as string,
    groupChar: groupChar as string,
    bareNumber: field.bareNumber !== false,
    ...optional('minimum', bound('minimum')),
    ...optional('maximum', bound('maximum')),
    ...optional('exclusiveMinimum', bound('exclusiveMinimum')),
    ...optional('exclusiveMaximum', bound('exclusiveMaximum')),
    ...optional('minLength', length('minLength')),
    ...optional('maxLength', length('maxLength')),
    ...optional('pattern', pattern),
    ...optional('enum', allowed),
    ...optional('format', formatCheck),
    ...optional('temporalPattern', temporalPattern),
    ...(temporal && format === 'any' ? { anyTemporalFormat: true } : {}),
  };
}
