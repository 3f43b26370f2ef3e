import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inferTableSchema } from '../../schema/schema-inference.js';
import { compileSchema } from '../../schema/schema-file.js';
import type { LoadedSchema } from '../../schema/schema-file.js';
import { validateData } from '../../validate-data.js';

/**
 * The fused JSON Lines checks (this folder) against the parse path they replace: every JSON Lines file under
 * test/fixtures, under the Table Schemas there that name its keys and under schemas made from the file itself, must give the
 * same report, error for error, on this thread and in chunks on the range workers.
 */
const root = join(import.meta.dirname, '../../../../../..');
const fixtures = join(root, 'test/fixtures');

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function loaded(document: unknown, path: string): LoadedSchema | undefined {
  try {
    const compiled = compileSchema(document, path);
    return compiled.language === 'table-schema' ? { path, sha256: '0'.repeat(64), ...compiled } : undefined;
  } catch {
    return undefined;
  }
}

const tableSchemas = filesUnder(join(fixtures, 'data'), '.json')
  .map((path) => {
    try {
      return loaded(JSON.parse(readFileSync(path, 'utf8')), relative(root, path));
    } catch {
      return undefined;
    }
  })
  .filter((schema): schema is LoadedSchema => schema !== undefined);

/** Every other kind than the inferred one, in turn: type errors of every pairing, and keys. */
const KINDS = [
  'string',
  'integer',
  'number',
  'boolean',
  'date',
  'any',
  'year',
  'object',
  'array',
  'datetime',
];

async function schemasFor(path: string): Promise<LoadedSchema[]> {
  const inferred = await inferTableSchema(path, 'jsonl');
  const fields = inferred.fields.map((f) => ({ ...f }));
  const shifted = fields.map((f, i) => ({
    name: f.name,
    type: KINDS[(KINDS.indexOf(f.type) + 1 + i) % KINDS.length],
    constraints: { required: true, ...(i === 0 ? { unique: true } : {}) },
  }));
  const bounded = fields.map((f) => ({
    name: f.name,
    type: f.type,
    constraints:
      f.type === 'number' || f.type === 'integer'
        ? { minimum: 0, maximum: 2 }
        : f.type === 'string'
          ? { maxLength: 6, pattern: '^[a-z0-9 -]+$' }
          : {},
  }));
  return [
    { fields },
    { fields: shifted, primaryKey: fields.slice(0, 2).map((f) => f.name) },
    { fields: bounded, fieldsMatch: 'equal', missingValues: ['', 'NA', '0'] },
    { fields: fields.slice(1), fieldsMatch: 'superset' },
  ]
    .map((document, i) => loaded(document, `made-${i}.schema.json`))
    .filter((schema): schema is LoadedSchema => schema !== undefined);
}

const jsonLinesFiles = filesUnder(fixtures, '.jsonl');

describe('fused JSON Lines checks', () => {
  it('find JSON Lines fixtures and Table Schemas to run', () => {
    expect(jsonLinesFiles.length).toBeGreaterThanOrEqual(8);
    expect(tableSchemas.length).toBeGreaterThanOrEqual(3);
  });

  it.each(jsonLinesFiles.map((path) => [relative(root, path), path]))(
    'report on %s exactly as the parse path does',
    async (_name, path) => {
      const made = await schemasFor(path);
      const names = new Set(made[0]!.plan.columns.map((c) => c.name));
      // Every made schema, and the fixtures' schemas that name a key of the file (the others only see nulls).
      const related = tableSchemas.filter((s) => s.plan.columns.some((c) => names.has(c.name)));
      for (const schema of [...related, ...made]) {
        const report = (jsonLines: 'scan' | 'parse', onWorkers = false) =>
          validateData([{ path, displayPath: 'data.jsonl' }], schema, {
            format: 'jsonl',
            maxErrors: 2_000,
            examplesPerColumn: 200,
            jsonLines,
            now: () => new Date(0),
            // In chunks of 97 bytes on two worker threads (range-worker-pool.ts): lines cut everywhere.
            ...(onWorkers
              ? { workers: 2, csv: { parallelThresholdBytes: 0, chunkBytes: 97 } }
              : { workers: 1 }),
          });
        const expected = { schema: schema.path, report: await report('parse') };
        expect({ schema: schema.path, report: await report('scan') }).toEqual(expected);
        // Two schemas a file on the workers (a thread pool a run costs some 0.3 s here): inferred, and every
        // value of the wrong type with keys.
        if (schema === made[0] || schema === made[1])
          expect({ schema: schema.path, report: await report('scan', true) }).toEqual(expected);
      }
    },
  );
});
