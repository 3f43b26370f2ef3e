// The mlgate.yml reference as Markdown, from the config's JSON Schema: a table of the top-level keys, then a
// section per top-level key, and one per object nested in it (an array's items, a map's values), each with
// an anchor the tables link to. A definition reached twice ($ref) is rendered once and linked after that.
// Everything comes from the schema in its own key order, so the output is the same on every run.
import { codeSpan, escapeText, markdownTable, tableCell } from './markdown-escape.js';

/** The part of JSON Schema draft-07 the config schema uses. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly description?: string;
  readonly type?: string;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly default?: unknown;
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly propertyNames?: JsonSchema;
  readonly items?: JsonSchema;
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
}

export class ConfigReferenceError extends Error {
  override readonly name = 'ConfigReferenceError';
}

const HEADERS = ['Key', 'Type', 'Required', 'Default', 'Allowed', 'Description'];

/** `drift.columns.<name>` → `drift-columns-name`, `datasets[]` → `datasets-items`: the same on every renderer. */
export function anchorOf(keyPath: string): string {
  return keyPath
    .replaceAll('[]', '-items')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

class ReferenceWriter {
  /** Every key path each definition is used at, in document order; it is documented at the first. */
  private readonly uses = new Map<string, string[]>();

  constructor(private readonly root: JsonSchema) {
    for (const [key, property] of Object.entries(root.properties ?? {})) this.collectUses(key, property);
  }

  private collectUses(keyPath: string, schema: JsonSchema): void {
    if (schema.$ref !== undefined) {
      const seen = this.uses.get(schema.$ref);
      if (seen !== undefined) {
        seen.push(keyPath);
        return;
      }
      this.uses.set(schema.$ref, [keyPath]);
    }
    const resolved = this.resolve(schema);
    for (const variant of resolved.oneOf ?? resolved.anyOf ?? []) this.collectUses(keyPath, variant);
    for (const [key, property] of Object.entries(resolved.properties ?? {})) {
      this.collectUses(`${keyPath}.${key}`, property);
    }
    if (resolved.items !== undefined) this.collectUses(`${keyPath}[]`, resolved.items);
    if (typeof resolved.additionalProperties === 'object') {
      this.collectUses(`${keyPath}.<name>`, resolved.additionalProperties);
    }
  }

  resolve(schema: JsonSchema): JsonSchema {
    if (schema.$ref === undefined) return schema;
    const name = /^#\/definitions\/([^/]+)$/.exec(schema.$ref)?.[1];
    const target = name === undefined ? undefined : this.root.definitions?.[name];
    if (target === undefined) throw new ConfigReferenceError(`unresolved $ref '${schema.$ref}'`);
    // A description next to the $ref says what this use of the definition is for.
    return schema.description === undefined ? target : { ...target, description: schema.description };
  }

  private isObject(schema: JsonSchema): boolean {
    return this.resolve(schema).properties !== undefined;
  }

  /** Where the object `schema` at `keyPath` is documented: here, or where its definition first is. */
  private placeOf(keyPath: string, schema: JsonSchema): string {
    return schema.$ref === undefined ? keyPath : (this.uses.get(schema.$ref)?.[0] ?? keyPath);
  }

  /** The Type cell: objects link to their section, arrays and maps say what they hold. */
  private typeOf(schema: JsonSchema, keyPath: string): string {
    const resolved = this.resolve(schema);
    const variants = resolved.oneOf ?? resolved.anyOf;
    if (variants !== undefined) return variants.map((variant) => this.typeOf(variant, keyPath)).join(' or ');
    if (this.isObject(schema)) return `[object](#${anchorOf(this.placeOf(keyPath, schema))})`;
    if (resolved.const !== undefined) return jsonType(resolved.const);
    if (resolved.enum !== undefined) return [...new Set(resolved.enum.map(jsonType))].join(' or ');
    if (resolved.type === 'array' && resolved.items !== undefined) {
      return `array of ${plural(this.typeOf(resolved.items, `${keyPath}[]`))}`;
    }
    if (resolved.type === 'object' && typeof resolved.additionalProperties === 'object') {
      const values = this.typeOf(resolved.additionalProperties, `${keyPath}.<name>`);
      return `map of ${codeSpan('<name>')} to ${values}`;
    }
    return resolved.type ?? 'any';
  }

  /** The Allowed cell: what the schema accepts beyond the type. */
  private allowed(schema: JsonSchema): string {
    const resolved = this.resolve(schema);
    const variants = resolved.oneOf ?? resolved.anyOf;
    if (variants !== undefined) {
      return variants
        .map((variant) => {
          const rules = this.allowed(variant);
          return rules === '' ? '' : `${this.typeOf(variant, '')}: ${rules}`;
        })
        .filter((text) => text !== '')
        .join('; ');
    }
    const rules: string[] = [];
    if (resolved.const !== undefined) rules.push(literal(resolved.const));
    if (resolved.enum !== undefined) rules.push(resolved.enum.map(literal).join(', '));
    if (resolved.pattern !== undefined) rules.push(`matches ${codeSpan(resolved.pattern)}`);
    const bounds = [
      resolved.minimum !== undefined ? `≥ ${resolved.minimum}` : '',
      resolved.exclusiveMinimum !== undefined ? `> ${resolved.exclusiveMinimum}` : '',
      resolved.maximum !== undefined ? `≤ ${resolved.maximum}` : '',
      resolved.exclusiveMaximum !== undefined ? `< ${resolved.exclusiveMaximum}` : '',
    ].filter((bound) => bound !== '');
    if (bounds.length > 0) rules.push(bounds.join(' and '));
    if (resolved.minLength === 1) rules.push('non-empty');
    else if (resolved.minLength !== undefined) rules.push(`at least ${resolved.minLength} characters`);
    if (resolved.maxLength !== undefined) rules.push(`at most ${resolved.maxLength} characters`);
    if (resolved.minItems === 1) rules.push('not empty');
    else if (resolved.minItems !== undefined) rules.push(`at least ${resolved.minItems} items`);
    if (resolved.maxItems !== undefined) rules.push(`at most ${resolved.maxItems} items`);
    if (resolved.uniqueItems === true) rules.push('no duplicates');
    if (resolved.propertyNames?.minLength === 1) rules.push('names non-empty');
    if (resolved.type === 'array' && resolved.items !== undefined && !this.isObject(resolved.items)) {
      const each = this.allowed(resolved.items);
      if (each !== '') rules.push(`each ${each}`);
    }
    return rules.join(', ');
  }

  private row(key: string, keyPath: string, schema: JsonSchema, required: boolean): string[] {
    const resolved = this.resolve(schema);
    return [
      key,
      tableCell(this.typeOf(schema, keyPath)),
      required ? 'yes' : 'no',
      resolved.default === undefined ? '' : tableCell(literal(resolved.default)),
      tableCell(this.allowed(schema)),
      tableCell(escapeText(resolved.description ?? '')),
    ];
  }

  /** A table of an object's keys, each named by its full key path. */
  private table(prefix: string, object: JsonSchema): string {
    const required = new Set(object.required ?? []);
    const rows = Object.entries(object.properties ?? {}).map(([key, property]) => {
      const keyPath = prefix === '' ? key : `${prefix}.${key}`;
      return this.row(tableCell(codeSpan(keyPath)), keyPath, property, required.has(key));
    });
    return markdownTable(HEADERS, rows);
  }

  /** The objects `schema` (at `keyPath`) holds, each with the key path its section is headed by. */
  private *children(keyPath: string, schema: JsonSchema): Generator<[string, JsonSchema]> {
    const resolved = this.resolve(schema);
    for (const variant of resolved.oneOf ?? resolved.anyOf ?? []) yield* this.children(keyPath, variant);
    if (this.isObject(schema)) {
      // A definition is documented once, at its first use.
      if (this.placeOf(keyPath, schema) === keyPath) yield [keyPath, schema];
    } else if (resolved.items !== undefined) {
      yield* this.children(`${keyPath}[]`, resolved.items);
    } else if (typeof resolved.additionalProperties === 'object') {
      yield* this.children(`${keyPath}.<name>`, resolved.additionalProperties);
    }
  }

  /** A heading with its anchor, the description and the table of an object, then the objects inside it. */
  private objectSection(keyPath: string, schema: JsonSchema, level: number): string[] {
    const resolved = this.resolve(schema);
    const parts = [this.heading(keyPath, level)];
    const elsewhere = schema.$ref === undefined ? [] : (this.uses.get(schema.$ref) ?? []).slice(1);
    if (elsewhere.length > 0) {
      // The definition's own description: the row that links here says what this use of it is for.
      const shared = this.resolve({ $ref: schema.$ref! });
      if (shared.description !== undefined) parts.push(escapeText(shared.description));
      parts.push(`The same keys under ${elsewhere.map((use) => codeSpan(use)).join(', ')}.`);
    } else if (resolved.description !== undefined) {
      parts.push(escapeText(resolved.description));
    }
    parts.push(this.table(keyPath, resolved));
    parts.push(...this.nestedSections(keyPath, resolved, level + 1));
    return parts;
  }

  private nestedSections(keyPath: string, object: JsonSchema, level: number): string[] {
    return Object.entries(object.properties ?? {}).flatMap(([key, property]) =>
      [...this.children(`${keyPath}.${key}`, property)].flatMap(([childPath, child]) =>
        this.objectSection(childPath, child, level),
      ),
    );
  }

  private heading(keyPath: string, level: number): string {
    return `<a id="${anchorOf(keyPath)}"></a>\n\n${'#'.repeat(Math.min(level, 6))} ${codeSpan(keyPath)}`;
  }

  /**
   * The top-level keys in one table linking to their sections, then a section per key (`##`): an object's
   * keys, or the key itself; the objects inside it follow as subsections.
   */
  render(): string {
    const parts = ['## Top-level keys'];
    const required = new Set(this.root.required ?? []);
    const keys = Object.entries(this.root.properties ?? {});
    parts.push(
      markdownTable(
        HEADERS,
        keys.map(([key, property]) =>
          this.row(`[${tableCell(codeSpan(key))}](#${anchorOf(key)})`, key, property, required.has(key)),
        ),
      ),
    );
    for (const [key, property] of keys) {
      // An object documented at an earlier key gets a row linking there, as a scalar key does.
      if (this.isObject(property) && this.placeOf(key, property) === key) {
        parts.push(...this.objectSection(key, property, 2));
        continue;
      }
      const resolved = this.resolve(property);
      parts.push(this.heading(key, 2));
      if (resolved.description !== undefined) parts.push(escapeText(resolved.description));
      parts.push(
        markdownTable(HEADERS, [this.row(tableCell(codeSpan(key)), key, property, required.has(key))]),
      );
      parts.push(
        ...[...this.children(key, property)].flatMap(([childPath, child]) =>
          this.objectSection(childPath, child, 3),
        ),
      );
    }
    return parts.join('\n\n');
  }
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function literal(value: unknown): string {
  return codeSpan(typeof value === 'string' ? value : JSON.stringify(value));
}

/** `object` → `objects`, `[object](#x)` → `[objects](#x)`, `string or integer` → `strings or integers`. */
function plural(type: string): string {
  return type.replace(/\b(string|number|integer|boolean|object)\b/g, '$1s');
}

/** The reference for a config schema: an object schema with `properties`, its objects in `definitions`. */
export function renderConfigReference(schema: JsonSchema): string {
  if (schema.properties === undefined) throw new ConfigReferenceError("the schema has no 'properties'");
  return new ReferenceWriter(schema).render();
}
