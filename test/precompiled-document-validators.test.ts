import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { documentValidator } from '../packages/engine/src/report/document-validators.js';
import { PUBLISHED_SCHEMAS } from '../packages/engine/src/report/published-schemas.js';
import { bundleEntries } from '../scripts/action-bundler.js';

// The bundles carry the published documents' schemas compiled at build time
// (scripts/precompiled-document-validators.ts); the source compiles them at run time. Both must give the
// same verdict and the same errors, which the messages are built from.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(repoRoot, 'test/fixtures/reports');

type Validate = ((value: unknown) => boolean) & { errors?: unknown };
interface Bundled {
  documentValidator(schema: object): Validate;
  PUBLISHED_SCHEMAS: Readonly<Record<string, object>>;
}
let dir: string;
let bundled: Bundled;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mlgate-precompiled-documents-'));
  const entry = path.join(dir, 'entry.ts');
  const engine = path.join(repoRoot, 'packages/engine/src/report');
  await writeFile(
    entry,
    [
      `export { documentValidator } from ${JSON.stringify(path.join(engine, 'document-validators.ts'))};`,
      `export { PUBLISHED_SCHEMAS } from ${JSON.stringify(path.join(engine, 'published-schemas.ts'))};`,
    ].join('\n'),
  );
  const files = await bundleEntries(repoRoot, dir, { validators: entry });
  for (const [name, contents] of files) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), contents);
  }
  bundled = (await import(pathToFileURL(path.join(dir, 'validators.js')).href)) as Bundled;
});

afterAll(() => rm(dir, { recursive: true, force: true }));

/** The same document in the bundle's schema and the source's: the verdict and every error agree. */
function expectSameJudgement(schemaPath: string, value: unknown): boolean {
  const source = documentValidator(PUBLISHED_SCHEMAS[schemaPath]!);
  const precompiled = bundled.documentValidator(bundled.PUBLISHED_SCHEMAS[schemaPath]!);
  const verdict = precompiled(value);
  expect(verdict).toBe(source(value));
  expect(precompiled.errors ?? null).toEqual(source.errors ?? null);
  return verdict;
}

const reportFixtures: Record<string, string> = {
  'comparison-regressed.json': 'schemas/comparison-report.schema.json',
  'validation-invalid.json': 'schemas/validation-report.schema.json',
  'drift-customers.json': 'schemas/drift-report.schema.json',
  'drift-penguins.json': 'schemas/drift-report.schema.json',
};

describe('the published documents’ validators in the bundles', () => {
  it.each(Object.keys(reportFixtures))('accept the report %s as the run-time compile does', async (file) => {
    const report = JSON.parse(await readFile(path.join(reports, file), 'utf8')) as Record<string, unknown>;
    expect(expectSameJudgement(reportFixtures[file]!, report)).toBe(true);
  });

  it.each(Object.keys(reportFixtures))('refuse a broken %s with the same first error', async (file) => {
    const report = JSON.parse(await readFile(path.join(reports, file), 'utf8')) as Record<string, unknown>;
    const subject = report['subject'] as Record<string, unknown>;
    const broken = { ...report, subject: { ...subject, sha: 'not a commit' }, mlgateVersion: 7 };
    expect(expectSameJudgement(reportFixtures[file]!, broken)).toBe(false);
  });

  const documents = Object.keys(PUBLISHED_SCHEMAS).filter(
    (schemaPath) => schemaPath !== 'schemas/mlgate.schema.json',
  );
  it.each(documents)('judge anything-but-a-document against %s alike', (schemaPath) => {
    for (const value of [null, [], 'text', { kind: 'mlgate/none@1', extra: [1, { a: NaN }] }]) {
      expect(expectSameJudgement(schemaPath, value)).toBe(false);
    }
  });

  it('check formats as the run-time compile does (date-time from ajv-formats)', async () => {
    const file = path.join(reports, 'validation-invalid.json');
    const report = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    const schemaPath = 'schemas/validation-report.schema.json';
    expect(expectSameJudgement(schemaPath, { ...report, createdAt: '2026-02-30T25:00:00Z' })).toBe(false);
    expect(expectSameJudgement(schemaPath, { ...report, createdAt: '2026-02-28T23:00:00Z' })).toBe(true);
  });

  it('are not compiled at run time and refuse a schema that is not published', async () => {
    const text = (await Promise.all([...(await readdirJs(dir))].map((f) => readFile(f, 'utf8')))).join('\n');
    expect(text).not.toMatch(/\bnew Ajv\b/);
    expect(() => bundled.documentValidator({ type: 'object' })).toThrow(/not one of PUBLISHED_SCHEMAS/);
  });
});

async function readdirJs(root: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const entries = await readdir(root, { recursive: true });
  return entries.filter((name) => name.endsWith('.js')).map((name) => path.join(root, name));
}
