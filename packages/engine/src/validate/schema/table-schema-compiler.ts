import { UserError } from '../../user-error.js';
import type { CheckPlan, ColumnCheck, FieldKind, FieldsMatch } from './check-plan.js';
import { defaultColumn, patternSource } from './check-plan.js';
import { EXTENSION_KEY, FIELDS_MATCH_VALUES, parseDatasetExtension } from './dataset-extension.js';
import {
  compileTemporalPattern,
  isoDateToDays,
  isoDatetimeToMillis,
  isoTimeToSeconds,
} from './temporal-values.js';

/**
 * Frictionless Table Schema (v1 and the v2 additions `fieldsMatch`, exclusive bounds) compiled to a check plan.
 * The schema itself is checked first: a wrong keyword is a UserError naming the schema file and the keyword.
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
  'foreignKeys',
  'fieldsMatch',
  'uniqueKeys',
  EXTENSION_KEY,
]);
const STRING_FORMATS: Record<string, { source: string; flags: string }> = {
  email: { source: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', flags: '' },
  uri: { source: '^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]*$', flags: '' },
  uuid: {
    source: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
    flags: '',
  },
  binary: { source: '^[A-Za-z0-9+/]*={0,2}$', flags: '' },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function looksLikeTableSchema(schema: unknown): boolean {
  return isRecord(schema) && Array.isArray(schema.fields);
}

export function compileTableSchema(schema: unknown, schemaFile: string): CheckPlan {
  const fail = (keyword: string, problem: string): never => {
    throw new UserError(`invalid Table Schema: ${keyword} ${problem}`, { file: schemaFile });
  };
  if (!isRecord(schema)) fail('(root)', 'must be an object');
  const root = schema as Record<string, unknown>;
  for (const key of Object.keys(root)) if (!SCHEMA_KEYS.has(key)) fail(key, 'is not a Table Schema keyword');
  if (!Array.isArray(root.fields) || root.fields.length === 0) fail('fields', 'must be a non-empty array');
  const missingValues = stringList(root.missingValues, 'missingValues', fail) ?? [''];

  const names = new Set<string>();
  const columns: ColumnCheck[] = (root.fields as unknown[]).map((field, index) => {
    const at = `fields[${index}]`;
    if (!isRecord(field)) return fail(at, 'must be an object');
    for (const key of Object.keys(field))
      if (!FIELD_KEYS.has(key)) fail(`${at}.${key}`, 'is not a field keyword');
    if (typeof field.name !== 'string' || field.name === '') fail(`${at}.name`, 'must be a non-empty string');
    const name = field.name as string;
    if (names.has(name)) fail(`${at}.name`, `repeats the field name ${JSON.stringify(name)}`);
    names.add(name);
    const kind = (field.type ?? 'string') as FieldKind;
    if (!KINDS.includes(kind))
      fail(`${at}.type`, `must be one of ${KINDS.join(', ')} (got ${JSON.stringify(field.type)})`);
    return compileField(field, at, name, kind, missingValues, fail);
  });

  const primaryKey =
    root.primaryKey === undefined
      ? []
      : typeof root.primaryKey === 'string'
        ? [root.primaryKey]
        : root.primaryKey;
  if (!Array.isArray(primaryKey) || primaryKey.some((key) => typeof key !== 'string' || !names.has(key))) {
    fail('primaryKey', 'must name fields of the schema');
  }
  let fieldsMatch: FieldsMatch = 'exact';
  if (root.fieldsMatch !== undefined) {
    if (!FIELDS_MATCH_VALUES.includes(root.fieldsMatch as FieldsMatch))
      fail('fieldsMatch', `must be one of ${FIELDS_MATCH_VALUES.join(', ')}`);
    fieldsMatch = root.fieldsMatch as FieldsMatch;
  }
  const extension = parseDatasetExtension(root[EXTENSION_KEY], schemaFile, [...names]);
  const uniqueKeys = root.uniqueKeys === undefined ? [] : root.uniqueKeys;
  if (
    !Array.isArray(uniqueKeys) ||
    uniqueKeys.some((key) => !Array.isArray(key) || key.some((n) => !names.has(n as string)))
  ) {
    fail('uniqueKeys', 'must be an array of arrays of field names');
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

function stringList(
  value: unknown,
  keyword: string,
  fail: (k: string, p: string) => never,
): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    fail(keyword, 'must be an array of strings');
  return value as string[];
}

function compileField(
  field: Record<string, unknown>,
  at: string,
  name: string,
  kind: FieldKind,
  schemaMissingValues: readonly string[],
  fail: (keyword: string, problem: string) => never,
): ColumnCheck {
  const base = defaultColumn(name, kind, `${at}.constraints`);
  const constraints = field.constraints ?? {};
  if (!isRecord(constraints)) fail(`${at}.constraints`, 'must be an object');
  const c = constraints as Record<string, unknown>;
  for (const key of Object.keys(c))
    if (!CONSTRAINT_KEYS.has(key)) fail(`${at}.constraints.${key}`, 'is not a constraint keyword');

  const format = field.format;
  if (format !== undefined && typeof format !== 'string') fail(`${at}.format`, 'must be a string');
  let temporalPattern;
  let formatCheck: ColumnCheck['format'];
  const temporal = kind === 'date' || kind === 'datetime' || kind === 'time';
  if (temporal && typeof format === 'string' && format !== 'default' && format !== 'any') {
    temporalPattern = compileTemporalPattern(format);
    if (!temporalPattern)
      fail(`${at}.format`, `is not a supported date/time pattern (${JSON.stringify(format)})`);
  }
  if (kind === 'string' && typeof format === 'string' && format !== 'default') {
    const known = STRING_FORMATS[format];
    formatCheck = known ? patternSource(known.source, known.flags, format) : undefined;
    if (!formatCheck)
      fail(`${at}.format`, `must be one of default, ${Object.keys(STRING_FORMATS).join(', ')}`);
  }

  const boolean = (key: string): boolean => {
    const value = c[key];
    if (value !== undefined && typeof value !== 'boolean')
      fail(`${at}.constraints.${key}`, 'must be a boolean');
    return value === true;
  };
  const length = (key: string): number | undefined => {
    const value = c[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
      fail(`${at}.constraints.${key}`, 'must be a non-negative integer');
    return value as number;
  };
  const toNumber = (key: string, value: unknown): number => {
    const problem = `must be a value of the field's type (${kind})`;
    if (kind === 'number' || kind === 'integer' || kind === 'year') {
      const n = typeof value === 'string' ? Number(value) : value;
      if (typeof n !== 'number' || Number.isNaN(n)) fail(key, problem);
      return n as number;
    }
    if (typeof value !== 'string') return fail(key, problem);
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
    if (parsed === undefined) fail(key, `${problem}, in ISO 8601 form`);
    return parsed as number;
  };
  const bound = (key: string): number | undefined => {
    if (c[key] === undefined) return undefined;
    if (!['number', 'integer', 'year', 'date', 'datetime', 'time', 'yearmonth'].includes(kind)) {
      fail(`${at}.constraints.${key}`, `does not apply to type ${kind}`);
    }
    return toNumber(`${at}.constraints.${key}`, c[key]);
  };

  let pattern: ColumnCheck['pattern'];
  if (c.pattern !== undefined) {
    if (typeof c.pattern !== 'string') fail(`${at}.constraints.pattern`, 'must be a string');
    const source = `^(?:${c.pattern as string})$`;
    try {
      new RegExp(source, 'u');
    } catch (error) {
      fail(`${at}.constraints.pattern`, `is not a valid regular expression (${(error as Error).message})`);
    }
    // The anchored source is what runs; the pattern as written is what messages quote.
    pattern = patternSource(source, 'u', c.pattern as string);
  }
  let allowed: ColumnCheck['enum'];
  if (c.enum !== undefined) {
    if (!Array.isArray(c.enum) || c.enum.length === 0)
      fail(`${at}.constraints.enum`, 'must be a non-empty array');
    const values = c.enum as unknown[];
    allowed =
      kind === 'string'
        ? values.map((v) => (typeof v === 'string' ? v : fail(`${at}.constraints.enum`, 'must hold strings')))
        : values.map((v) => toNumber(`${at}.constraints.enum`, v));
  }
  const missingValues = stringList(field.missingValues, `${at}.missingValues`, fail) ?? schemaMissingValues;
  const decimalChar = field.decimalChar ?? '.';
  const groupChar = field.groupChar ?? '';
  if (typeof decimalChar !== 'string' || decimalChar.length !== 1)
    fail(`${at}.decimalChar`, 'must be one character');
  if (typeof groupChar !== 'string' || groupChar.length > 1) fail(`${at}.groupChar`, 'must be one character');
  if (field.bareNumber !== undefined && typeof field.bareNumber !== 'boolean')
    fail(`${at}.bareNumber`, 'must be a boolean');

  const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
    (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
  return {
    ...base,
    required: boolean('required'),
    unique: boolean('unique'),
    missingValues,
    trueValues: stringList(field.trueValues, `${at}.trueValues`, fail) ?? base.trueValues,
    falseValues: stringList(field.falseValues, `${at}.falseValues`, fail) ?? base.falseValues,
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
