import { Ajv } from 'ajv';
import type { AnySchema, ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { UserError } from '../../user-error.js';
import type { CheckPlan, ColumnCheck, FieldKind } from './check-plan.js';
import { builtinPatternSource, defaultColumn, patternSource } from './check-plan.js';
import { EXTENSION_KEY, parseDatasetExtension } from './dataset-extension.js';
import { keywordPath, subschemas } from './json-schema-subschemas.js';
import { UnsupportedPattern, linearRegExpEngine } from './linear-pattern.js';
import { SchemaProblem, pathText } from './schema-problem.js';
import type { SchemaPath } from './schema-problem.js';
import type { ErrorCode } from '../report/error-codes.js';

/**
 * JSON Schema for one row (draft 2020-12 by default, draft-07 when `$schema` says so), run by ajv with
 * ajv-formats. When every rule is a per-property keyword the schema also compiles to a column plan, so CSV is
 * checked cell by cell in workers with the same verdicts ajv would give the coerced row; anything else
 * (combinators, conditionals, `$ref`, …) runs ajv on each row.
 *
 * No keyword is accepted and then ignored: ajv's strict mode refuses unknown keywords and the ones it would
 * skip, and refuseIgnoredKeywords below the rest. Every refusal names the keyword's path, so loadSchema
 * (schema-file.ts) can point at its line and column.
 */
export interface RowViolation {
  readonly code: ErrorCode;
  readonly field: string | null;
  readonly message: string;
  readonly value: unknown;
}
export type RowValidator = (row: Record<string, unknown>) => readonly RowViolation[];

export interface CompiledJsonSchema {
  readonly plan: CheckPlan;
  readonly rowValidator: RowValidator;
}

const DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;
const DRAFT_2020 = /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/;
const ANNOTATIONS = new Set([
  'title',
  'description',
  'default',
  'examples',
  '$comment',
  'deprecated',
  'readOnly',
  'writeOnly',
]);
const ROOT_SIMPLE = new Set([
  ...ANNOTATIONS,
  '$schema',
  '$id',
  'type',
  'properties',
  'required',
  'additionalProperties',
  EXTENSION_KEY,
]);
const PROPERTY_SIMPLE = new Set([
  ...ANNOTATIONS,
  'type',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
  'const',
  'format',
]);
const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean']);
const TEMPORAL_FORMATS = new Set(['date', 'date-time', 'time']);

/**
 * ajv-formats checks `uri`, `url`, `email`, `hostname` and the like with backtracking regular expressions,
 * some with lookaheads RE2 cannot run, and a few grow faster than linearly on hostile text (`url` on
 * `http://` and 8,000 `:` took 60 ms, 2,000 took 2 ms). Every string format is therefore checked only up
 * to a length no valid value exceeds in practice; a longer string does not match the format. The caps:
 * RFC 5321 for an address, RFC 1035 for a host name, 2,048 characters for the rest (the
 * longest URL browsers and servers reliably take; `url` there takes at most ~8 ms).
 */
const FORMAT_MAX_CHARS: Readonly<Record<string, number>> = { email: 320, hostname: 253 };
const DEFAULT_FORMAT_MAX_CHARS = 2048;

function capFormatLengths(ajv: Ajv): void {
  for (const [name, format] of Object.entries(fullFormats)) {
    const test =
      format instanceof RegExp
        ? (text: string) => format.test(text)
        : typeof format === 'function'
          ? format
          : undefined;
    if (test === undefined) continue; // number formats and the date/time ones (parsers, not patterns)
    const max = FORMAT_MAX_CHARS[name] ?? DEFAULT_FORMAT_MAX_CHARS;
    ajv.addFormat(name, {
      type: 'string',
      validate: (text: string) => text.length <= max && (test as (value: string) => boolean)(text),
    });
  }
}

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object in some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function compileJsonSchema(schema: unknown, schemaFile: string): CompiledJsonSchema {
  if (!isRecord(schema))
    throw new UserError('invalid JSON Schema: the root must be an object', { file: schemaFile });
  const problem = (path: SchemaPath | undefined, message: string): never => {
    throw path === undefined
      ? new UserError(message, { file: schemaFile })
      : new SchemaProblem(message, path, { file: schemaFile });
  };
  const dialect = schema.$schema;
  if (
    dialect !== undefined &&
    (typeof dialect !== 'string' || !(DRAFT_07.test(dialect) || DRAFT_2020.test(dialect)))
  ) {
    problem(
      ['$schema'],
      `invalid JSON Schema: $schema ${JSON.stringify(dialect)} is not supported (use draft 2020-12 or draft-07)`,
    );
  }
  const options = {
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    logger: false as const,
    // `pattern` and `patternProperties` run on RE2 (linear time), never on a backtracking RegExp.
    code: { regExp: linearRegExpEngine },
  };
  const ajv = typeof dialect === 'string' && DRAFT_07.test(dialect) ? new Ajv(options) : new Ajv2020(options);
  addFormats(ajv as Ajv);
  capFormatLengths(ajv as Ajv);
  ajv.addKeyword({ keyword: EXTENSION_KEY, schemaType: 'object' });
  // The meta-schema first: its errors carry the path of the wrong keyword; ajv.compile's message does not.
  if (!ajv.validateSchema(schema as AnySchema)) {
    const [first] = ajv.errors ?? [];
    const path = first ? pointerPath(first.instancePath) : undefined;
    problem(
      path,
      `invalid JSON Schema: ${path ? `${pathText(path)} ` : ''}${first?.message ?? 'does not match its meta-schema'}`,
    );
  }
  refuseIgnoredKeywords(ajv, schema, problem);
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(schema as AnySchema);
  } catch (error) {
    if (error instanceof UnsupportedPattern) return refusePattern(schema, error, problem);
    const message = (error as Error).message.replace(/^strict mode: /, '');
    return problem(strictModePath(schema, message), `invalid JSON Schema: ${message}`);
  }
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const names = Object.keys(properties);
  const extension = parseDatasetExtension(schema[EXTENSION_KEY], schemaFile, names);
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const simple =
    Object.keys(schema).every((key) => ROOT_SIMPLE.has(key)) &&
    (schema.type === undefined || schema.type === 'object') &&
    (schema.additionalProperties === undefined || typeof schema.additionalProperties === 'boolean') &&
    [...required].every((name) => name in properties) &&
    names.every((name) => simpleProperty(properties[name]));

  const columns: ColumnCheck[] = names.map((name) => {
    const property = properties[name];
    return simple
      ? simpleColumn(name, property as Record<string, unknown>, required.has(name))
      : castOnlyColumn(name, property, required.has(name));
  });
  if (
    schema.additionalProperties === false &&
    (extension.fieldsMatch === 'subset' || extension.fieldsMatch === 'partial')
  ) {
    problem(
      [EXTENSION_KEY, 'fieldsMatch'],
      `invalid schema: ${EXTENSION_KEY}.fieldsMatch ${extension.fieldsMatch} allows columns that additionalProperties: false forbids; keep one of them`,
    );
  }
  const plan: CheckPlan = {
    language: 'json-schema',
    columns,
    fieldsMatch: extension.fieldsMatch ?? (schema.additionalProperties === false ? 'superset' : 'partial'),
    primaryKey: [],
    dataset: extension.dataset,
    mode: simple ? 'columns' : 'rows',
  };
  return { plan, rowValidator: (row) => violations(validate, row) };
}

/**
 * JSON Pointer (`/properties/a~1b`, or as a URI fragment `#/properties/a%20b`) to a path; array indexes stay
 * strings, which locating accepts.
 */
function pointerPath(pointer: string): SchemaPath {
  const fragment = pointer.startsWith('#');
  const bare = fragment ? pointer.slice(1) : pointer;
  if (bare === '') return [];
  return bare
    .slice(1)
    .split('/')
    .map((segment) => (fragment ? safeDecode(segment) : segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Where a strict-mode refusal points. ajv names a place in some messages (`at path "#/properties/a"`) and
 * only the keyword in others (`unknown keyword: "minimun"`, `"then" without "if" is ignored`): then the first
 * place that keyword is written is taken.
 */
function strictModePath(schema: Record<string, unknown>, message: string): SchemaPath | undefined {
  const at = /at path "(#[^"]*)"/.exec(message);
  const format = /unknown format "([^"]*)"/.exec(message);
  if (at) return [...pointerPath(at[1]!), ...(format ? ['format'] : [])];
  const reference = /can't resolve reference (\S+)/.exec(message);
  if (reference) return keywordPath(schema, '$ref', (node) => node.$ref === reference[1]);
  const keyword = /"([^"]+)"/.exec(message);
  return keyword ? keywordPath(schema, keyword[1]!) : undefined;
}

/** A pattern RE2 cannot run, named with the place it is written (a `pattern` or a `patternProperties` key). */
function refusePattern(
  schema: Record<string, unknown>,
  error: UnsupportedPattern,
  problem: (path: SchemaPath | undefined, message: string) => never,
): never {
  let path: SchemaPath | undefined;
  for (const { path: at, schema: node } of subschemas(schema)) {
    if (node.pattern === error.pattern) path = [...at, 'pattern'];
    else if (isRecord(node.patternProperties) && Object.hasOwn(node.patternProperties, error.pattern))
      path = [...at, 'patternProperties', error.pattern];
    if (path) break;
  }
  const where = path ? ` (${pathText(path)})` : '';
  return problem(
    path,
    `JSON Schema pattern ${JSON.stringify(error.pattern)}${where} is not supported by mlgate: it ${error.reason}; patterns run in linear time (RE2), which cannot run this`,
  );
}

/** Annotations that read like checks: JSON Schema asserts nothing with them, so neither would mlgate. */
const UNCHECKED_ANNOTATIONS: Readonly<Record<string, string>> = {
  contentEncoding: 'JSON Schema makes it an annotation that validators do not check; use pattern instead',
  contentMediaType: 'JSON Schema makes it an annotation that validators do not check',
  contentSchema: 'JSON Schema makes it an annotation that validators do not check',
};

function hasApplicableType(types: readonly string[], type: string): boolean {
  return types.includes(type) || (type === 'number' && types.includes('integer'));
}

/**
 * Refuses what ajv's strict mode lets through but no validator would check: the mlgate block anywhere but the
 * root, content annotations, and keywords for another type than the one the same schema declares
 * (`{"type": "integer", "minLength": 3}` constrains nothing, so it is a mistake, not a rule).
 */
function refuseIgnoredKeywords(
  ajv: Ajv | Ajv2020,
  schema: Record<string, unknown>,
  problem: (path: SchemaPath, message: string) => never,
): void {
  for (const { path, schema: node } of subschemas(schema)) {
    if (path.length > 0 && Object.hasOwn(node, EXTENSION_KEY))
      problem(
        [...path, EXTENSION_KEY],
        `invalid schema: ${pathText([...path, EXTENSION_KEY])} is read only at the top level of the schema`,
      );
    // ajv skips a property named __proto__ (so no schema can reach an object's prototype): its value would
    // never be checked, so the schema is refused rather than silently passing every row.
    for (const keyword of ['properties', 'dependentRequired', 'dependentSchemas', 'dependencies']) {
      const map = node[keyword];
      if (isRecord(map) && Object.hasOwn(map, '__proto__')) {
        problem(
          [...path, keyword, '__proto__'],
          `JSON Schema ${pathText([...path, keyword, '__proto__'])}: a property named __proto__ cannot be checked (ajv ignores it); rename the field`,
        );
      }
    }
    for (const [keyword, reason] of Object.entries(UNCHECKED_ANNOTATIONS)) {
      if (Object.hasOwn(node, keyword)) {
        const where = pathText([...path, keyword]);
        problem(
          [...path, keyword],
          `JSON Schema '${keyword}' (${where}) is not supported by mlgate: ${reason}`,
        );
      }
    }
    if (node.type === undefined) continue;
    const types = (Array.isArray(node.type) ? node.type : [node.type]) as string[];
    for (const keyword of Object.keys(node)) {
      const rule = ajv.RULES.all[keyword];
      let applies: readonly string[] = typeof rule === 'object' ? rule.definition.type : [];
      if (keyword === 'format' && typeof node.format === 'string') {
        // A format checks strings unless ajv-formats defines it for numbers (int32, double, …). An unknown
        // format is left to ajv, which refuses it by name.
        const definition: unknown = (ajv.formats as Record<string, unknown>)[node.format];
        if (definition === undefined) continue;
        applies = [isRecord(definition) && typeof definition.type === 'string' ? definition.type : 'string'];
      }
      if (applies.length > 0 && !applies.some((type) => hasApplicableType(types, type))) {
        problem(
          [...path, keyword],
          `invalid JSON Schema: ${pathText([...path, keyword])} never applies: it constrains ${applies.join(' or ')} values, and the type here is ${types.join(' or ')}`,
        );
      }
    }
  }
}

function typesOf(property: Record<string, unknown>): string[] | undefined {
  const type = property.type;
  if (type === undefined) return undefined;
  return Array.isArray(type) ? (type as string[]) : [type as string];
}

function simpleProperty(property: unknown): boolean {
  if (!isRecord(property)) return false;
  if (!Object.keys(property).every((key) => PROPERTY_SIMPLE.has(key))) return false;
  const types = typesOf(property);
  if (!types) return false;
  const nonNull = types.filter((t) => t !== 'null');
  if (nonNull.length !== 1 || !SCALAR_TYPES.has(nonNull[0]!)) return false;
  if (typeof property.format === 'string' && !TEMPORAL_FORMATS.has(property.format)) {
    if (!((fullFormats as Record<string, unknown>)[property.format] instanceof RegExp)) return false;
  }
  const scalars = [
    ...((property.enum as unknown[] | undefined) ?? []),
    ...('const' in property ? [property.const] : []),
  ];
  // Enum and const values must be of the column's type (a null among them is handled as nullability).
  return scalars.every(
    (v) =>
      v === null ||
      (nonNull[0] === 'string'
        ? typeof v === 'string'
        : typeof v === (nonNull[0] === 'boolean' ? 'boolean' : 'number')),
  );
}

function kindOf(types: string[] | undefined): { kind: FieldKind; nullable: boolean } {
  if (!types) return { kind: 'any', nullable: true };
  const nonNull = types.filter((t) => t !== 'null');
  const kind = nonNull.length === 1 && SCALAR_TYPES.has(nonNull[0]!) ? (nonNull[0] as FieldKind) : 'any';
  return { kind, nullable: types.includes('null') };
}

const JSON_BOOLEANS = { trueValues: ['true'], falseValues: ['false'] };

/** Rows mode: a column only says how to cast its text; ajv judges the row. */
function castOnlyColumn(name: string, property: unknown, _required: boolean): ColumnCheck {
  const { kind } = kindOf(isRecord(property) ? typesOf(property) : undefined);
  return {
    ...defaultColumn(name, kind, `properties.${name}`),
    ...JSON_BOOLEANS,
    integralNumbersAreIntegers: true,
  };
}

function simpleColumn(name: string, property: Record<string, unknown>, required: boolean): ColumnCheck {
  const { kind, nullable } = kindOf(typesOf(property));
  const numeric = (key: string): { [k: string]: number } =>
    typeof property[key] === 'number' ? { [key]: property[key] as number } : {};
  const values = [...((property.enum as unknown[] | undefined) ?? [])];
  const allowed = 'const' in property ? [property.const] : property.enum !== undefined ? values : undefined;
  const nonNullAllowed = allowed?.filter((v) => v !== null);
  let enumValues: ColumnCheck['enum'];
  if (nonNullAllowed) {
    enumValues =
      kind === 'string'
        ? (nonNullAllowed as string[])
        : kind === 'boolean'
          ? (nonNullAllowed as boolean[]).map((b) => (b ? 1 : 0))
          : (nonNullAllowed as number[]);
  }
  let format: ColumnCheck['format'];
  if (typeof property.format === 'string' && kind === 'string') {
    const known = (fullFormats as Record<string, unknown>)[property.format];
    format = TEMPORAL_FORMATS.has(property.format)
      ? (property.format as 'date' | 'date-time' | 'time')
      : builtinPatternSource((known as RegExp).source, (known as RegExp).flags, property.format);
  }
  return {
    ...defaultColumn(name, kind, `properties.${name}`),
    ...JSON_BOOLEANS,
    integralNumbersAreIntegers: true,
    // A required, non-nullable property: an empty cell leaves it out of the row, which `required` refuses.
    required: required && !nullable,
    ...numeric('minimum'),
    ...numeric('maximum'),
    ...numeric('exclusiveMinimum'),
    ...numeric('exclusiveMaximum'),
    ...numeric('minLength'),
    ...numeric('maxLength'),
    ...(typeof property.pattern === 'string' ? { pattern: patternSource(property.pattern) } : {}),
    ...(enumValues ? { enum: enumValues } : {}),
    ...(format ? { format } : {}),
  };
}

function topField(error: ErrorObject): string | null {
  if (error.keyword === 'required') return (error.params as { missingProperty: string }).missingProperty;
  if (error.keyword === 'additionalProperties')
    return (error.params as { additionalProperty: string }).additionalProperty;
  const match = /^\/([^/]*)/.exec(error.instancePath);
  return match ? match[1]!.replace(/~1/g, '/').replace(/~0/g, '~') : null;
}

function violations(validate: ValidateFunction, row: Record<string, unknown>): readonly RowViolation[] {
  if (validate(row)) return [];
  return (validate.errors ?? []).map((error) => {
    const field = topField(error);
    const code: ErrorCode =
      error.keyword === 'type'
        ? 'type-error'
        : error.keyword === 'additionalProperties'
          ? 'extra-cell'
          : 'constraint-error';
    const where = error.instancePath.split('/').length > 2 ? `${error.instancePath} ` : '';
    return {
      code,
      field,
      message: `${where}${error.message ?? error.keyword}`,
      value: field === null ? undefined : row[field],
    };
  });
}
