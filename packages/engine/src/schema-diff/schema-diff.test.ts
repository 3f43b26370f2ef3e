import { describe, expect, it } from '@jest/globals';
import { UserError } from '../user-error.js';
import { compileSchema } from '../validate/schema/schema-file.js';
import type { LoadedSchema } from '../validate/schema/schema-file.js';
import { schemaDiffVerdict } from './schema-change.js';
import { diffSchemas } from './schema-diff.js';

function loaded(document: unknown, path: string): LoadedSchema {
  return { path, sha256: path, ...compileSchema(document, path) };
}

/** The changes from one schema document to another, as `[kind, impact, field]`. */
function changes(before: unknown, after: unknown): [string, string, string | null][] {
  return diffSchemas(loaded(before, 'old.json'), loaded(after, 'new.json')).changes.map((change) => [
    change.kind,
    change.impact,
    change.field,
  ]);
}

const table = (fields: object[], extra: object = {}) => ({ fields, ...extra });
const row = (properties: object, extra: object = {}) => ({ type: 'object', properties, ...extra });

describe('verdicts', () => {
  it('calls two schemas that check the same things identical, whatever their descriptions', () => {
    const report = diffSchemas(
      loaded(table([{ name: 'id', type: 'integer' }]), 'old.json'),
      loaded(table([{ name: 'id', type: 'integer', description: 'the key' }], { title: 'T' }), 'new.json'),
    );
    expect(report).toMatchObject({ kind: 'mlgate/schema-diff@1', verdict: 'identical', changes: [] });
    expect(report.old).toEqual({ path: 'old.json', language: 'table-schema', sha256: 'old.json' });
  });

  it('is compatible when every change has impact none, breaking when one has another', () => {
    const none = { kind: 'field-added', impact: 'none', field: 'a', detail: '' } as const;
    expect(schemaDiffVerdict([none])).toBe('compatible');
    expect(schemaDiffVerdict([none, { ...none, impact: 'consumers' }])).toBe('breaking');
    expect(schemaDiffVerdict([{ ...none, impact: 'data' }])).toBe('breaking');
  });

  it('refuses to compare two schema languages', () => {
    expect(() =>
      diffSchemas(loaded(table([{ name: 'a' }]), 'a.json'), loaded(row({ a: { type: 'string' } }), 'b.json')),
    ).toThrow(/a\.json is a table-schema and b\.json a json-schema/);
  });

  it('refuses a JSON Schema that is checked row by row rather than call it unchanged', () => {
    const combinator = row({ a: { anyOf: [{ type: 'string' }, { type: 'integer' }] } });
    expect(() => diffSchemas(loaded(combinator, 'a.json'), loaded(combinator, 'b.json'))).toThrow(UserError);
  });
});

describe('fields added and removed', () => {
  it('an optional field the old schema could not hold breaks nothing', () => {
    const before = table([{ name: 'a' }], { fieldsMatch: 'superset' });
    expect(changes(before, table([{ name: 'a' }, { name: 'b' }], { fieldsMatch: 'superset' }))).toEqual([
      ['field-added', 'none', 'b'],
    ]);
    const closed = row({ a: { type: 'string' } }, { additionalProperties: false });
    expect(
      changes(closed, row({ a: { type: 'string' }, b: { type: 'number' } }, { additionalProperties: false })),
    ).toEqual([['field-added', 'none', 'b']]);
  });

  it('a field that must be present, or that old data may already carry, breaks data', () => {
    // Table Schema's default fieldsMatch (exact) wants every column.
    expect(changes(table([{ name: 'a' }]), table([{ name: 'a' }, { name: 'b' }]))).toEqual([
      ['field-added', 'data', 'b'],
    ]);
    const required = table([{ name: 'a' }, { name: 'b', constraints: { required: true } }], {
      fieldsMatch: 'superset',
    });
    expect(changes(table([{ name: 'a' }], { fieldsMatch: 'superset' }), required)).toEqual([
      ['field-added', 'data', 'b'],
    ]);
    // additionalProperties unset: old rows may hold a `b` of any type.
    expect(
      changes(row({ a: { type: 'string' } }), row({ a: { type: 'string' }, b: { type: 'number' } })),
    ).toEqual([['field-added', 'data', 'b']]);
  });

  it('a removed field breaks consumers, in both languages', () => {
    expect(changes(table([{ name: 'a' }, { name: 'b' }]), table([{ name: 'a' }]))).toEqual([
      ['field-removed', 'consumers', 'b'],
    ]);
    expect(
      changes(row({ a: { type: 'string' }, b: { type: 'string' } }), row({ a: { type: 'string' } })),
    ).toEqual([['field-removed', 'consumers', 'b']]);
  });

  it('a new column order breaks data only where the order is fixed', () => {
    expect(changes(table([{ name: 'a' }, { name: 'b' }]), table([{ name: 'b' }, { name: 'a' }]))).toEqual([
      ['field-order-changed', 'data', null],
    ]);
    const loose = { fieldsMatch: 'equal' };
    expect(
      changes(table([{ name: 'a' }, { name: 'b' }], loose), table([{ name: 'b' }, { name: 'a' }], loose)),
    ).toEqual([]);
  });
});

describe('types', () => {
  it('widening breaks consumers, narrowing breaks data', () => {
    const of = (type: string, format?: string) => table([{ name: 'x', type, ...(format ? { format } : {}) }]);
    expect(changes(of('integer'), of('number'))).toEqual([['type-changed', 'consumers', 'x']]);
    expect(changes(of('number'), of('integer'))).toEqual([['type-changed', 'data', 'x']]);
    expect(changes(of('date'), of('string'))).toEqual([['type-changed', 'consumers', 'x']]);
    expect(changes(of('string', 'email'), of('string'))).toEqual([['type-changed', 'consumers', 'x']]);
    expect(changes(of('string'), of('string', 'email'))).toEqual([['type-changed', 'data', 'x']]);
    expect(changes(of('date', '%d/%m/%Y'), of('date'))).toEqual([['type-changed', 'data', 'x']]);
  });

  it('in JSON Schema a string does not take numbers, so number to string breaks data', () => {
    expect(changes(row({ x: { type: 'integer' } }), row({ x: { type: 'number' } }))).toEqual([
      ['type-changed', 'consumers', 'x'],
    ]);
    expect(changes(row({ x: { type: 'number' } }), row({ x: { type: 'string' } }))).toEqual([
      ['type-changed', 'data', 'x'],
    ]);
  });
});

describe('required', () => {
  it('required-added breaks data and required-removed consumers, in both languages', () => {
    const optional = table([{ name: 'x' }]);
    const required = table([{ name: 'x', constraints: { required: true } }]);
    expect(changes(optional, required)).toEqual([['required-added', 'data', 'x']]);
    expect(changes(required, optional)).toEqual([['required-removed', 'consumers', 'x']]);
    const properties = { x: { type: 'string' } };
    expect(changes(row(properties), row(properties, { required: ['x'] }))).toEqual([
      ['required-added', 'data', 'x'],
    ]);
    expect(changes(row(properties, { required: ['x'] }), row(properties))).toEqual([
      ['required-removed', 'consumers', 'x'],
    ]);
  });
});

describe('constraints', () => {
  const bounded = (constraints: object) => table([{ name: 'x', type: 'integer', constraints }]);

  it('raising a minimum, lowering a maximum or adding a bound tightens (data)', () => {
    expect(changes(bounded({ minimum: 1 }), bounded({ minimum: 2 }))).toEqual([
      ['constraint-tightened', 'data', 'x'],
    ]);
    expect(changes(bounded({ maximum: 9 }), bounded({ maximum: 8 }))).toEqual([
      ['constraint-tightened', 'data', 'x'],
    ]);
    expect(changes(bounded({}), bounded({ exclusiveMaximum: 8 }))).toEqual([
      ['constraint-tightened', 'data', 'x'],
    ]);
    expect(changes(bounded({}), bounded({ unique: true }))).toEqual([['constraint-tightened', 'data', 'x']]);
  });

  it('the opposite loosens (consumers)', () => {
    expect(changes(bounded({ minimum: 2 }), bounded({ minimum: 1 }))).toEqual([
      ['constraint-loosened', 'consumers', 'x'],
    ]);
    expect(changes(bounded({ maximum: 8 }), bounded({}))).toEqual([
      ['constraint-loosened', 'consumers', 'x'],
    ]);
    expect(changes(bounded({ unique: true }), bounded({}))).toEqual([
      ['constraint-loosened', 'consumers', 'x'],
    ]);
  });

  it('string lengths in JSON Schema', () => {
    const text = (keywords: object) => row({ x: { type: 'string', ...keywords } });
    expect(changes(text({ maxLength: 10 }), text({ maxLength: 5 }))).toEqual([
      ['constraint-tightened', 'data', 'x'],
    ]);
    expect(changes(text({ minLength: 3 }), text({ minLength: 1 }))).toEqual([
      ['constraint-loosened', 'consumers', 'x'],
    ]);
  });

  it('a new missing value hides text from consumers; a dropped one must now fit the type', () => {
    const missing = (values: string[]) => table([{ name: 'x', type: 'number' }], { missingValues: values });
    expect(changes(missing(['']), missing(['', 'NA']))).toEqual([['constraint-loosened', 'consumers', 'x']]);
    expect(changes(missing(['', 'NA']), missing(['']))).toEqual([['constraint-tightened', 'data', 'x']]);
  });

  it('fieldsMatch and additionalProperties tighten or loosen the schema as a whole', () => {
    expect(changes(table([{ name: 'a' }], { fieldsMatch: 'partial' }), table([{ name: 'a' }]))).toEqual([
      ['constraint-tightened', 'data', null],
    ]);
    const properties = { a: { type: 'string' } };
    expect(changes(row(properties, { additionalProperties: false }), row(properties))).toEqual([
      ['constraint-loosened', 'consumers', null],
    ]);
  });

  it('uniqueKeys added or removed', () => {
    const fields = [{ name: 'a' }, { name: 'b' }];
    expect(changes(table(fields), table(fields, { uniqueKeys: [['a', 'b']] }))).toEqual([
      ['constraint-tightened', 'data', null],
    ]);
    expect(changes(table(fields, { uniqueKeys: [['a', 'b']] }), table(fields))).toEqual([
      ['constraint-loosened', 'consumers', null],
    ]);
  });
});

describe('enums and patterns', () => {
  const species = (values: string[] | undefined) =>
    table([{ name: 's', constraints: values === undefined ? {} : { enum: values } }]);

  it('a value added breaks consumers, a value removed breaks data', () => {
    expect(changes(species(['Adelie']), species(['Adelie', 'Gentoo']))).toEqual([
      ['enum-value-added', 'consumers', 's'],
    ]);
    expect(changes(species(['Adelie', 'Gentoo']), species(['Adelie']))).toEqual([
      ['enum-value-removed', 'data', 's'],
    ]);
    expect(changes(species(['Adelie']), species(['Gentoo']))).toEqual([
      ['enum-value-added', 'consumers', 's'],
      ['enum-value-removed', 'data', 's'],
    ]);
  });

  it('compares long enums through sets, not value by value against every other', () => {
    const values = (prefix: string) => Array.from({ length: 100_000 }, (_, i) => `${prefix}${i}`);
    const started = performance.now();
    const report = diffSchemas(
      loaded(species(values('a')), 'old.json'),
      loaded(species(values('b')), 'new.json'),
    );
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(report.changes.map((change) => change.detail)).toEqual([
      'enum gains "b0", "b1", "b2", "b3", "b4" and 99995 more',
      'enum loses "a0", "a1", "a2", "a3", "a4" and 99995 more',
    ]);
  });

  it('an enum added tightens, an enum dropped loosens', () => {
    expect(changes(species(undefined), species(['Adelie']))).toEqual([['constraint-tightened', 'data', 's']]);
    expect(changes(species(['Adelie']), species(undefined))).toEqual([
      ['constraint-loosened', 'consumers', 's'],
    ]);
  });

  it('JSON Schema const and enum compare as one set of allowed values', () => {
    expect(
      changes(
        row({ s: { type: 'string', const: 'Adelie' } }),
        row({ s: { type: 'string', enum: ['Adelie', 'Dream'] } }),
      ),
    ).toEqual([['enum-value-added', 'consumers', 's']]);
  });

  it('a pattern added or changed breaks data; a pattern removed breaks consumers', () => {
    const text = (pattern?: string) => row({ s: { type: 'string', ...(pattern ? { pattern } : {}) } });
    expect(changes(text(), text('^[A-Z]'))).toEqual([['pattern-changed', 'data', 's']]);
    expect(changes(text('^[A-Z]'), text('^[A-Z][a-z]+$'))).toEqual([['pattern-changed', 'data', 's']]);
    expect(changes(text('^[A-Z]'), text())).toEqual([['pattern-changed', 'consumers', 's']]);
  });
});

describe('primary keys', () => {
  const fields = [
    { name: 'a', constraints: { required: true } },
    { name: 'b', constraints: { required: true } },
    { name: 'c', constraints: { required: true } },
  ];
  const keyed = (primaryKey?: string[]) => table(fields, primaryKey ? { primaryKey } : {});

  it('reordering the key breaks nothing; growing or dropping it takes a guarantee from consumers', () => {
    expect(changes(keyed(['a', 'b']), keyed(['b', 'a']))).toEqual([['primary-key-changed', 'none', null]]);
    expect(changes(keyed(['a']), keyed(['a', 'b']))).toEqual([['primary-key-changed', 'consumers', null]]);
    expect(changes(keyed(['a']), keyed())).toEqual([['primary-key-changed', 'consumers', null]]);
  });

  it('a key on other columns may find duplicates in old data', () => {
    expect(changes(keyed(['a']), keyed(['c']))).toEqual([['primary-key-changed', 'data', null]]);
    expect(changes(keyed(), keyed(['a']))).toEqual([['primary-key-changed', 'data', null]]);
  });
});
