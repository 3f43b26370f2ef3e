import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { configValidator } from '../packages/engine/src/config/config-validator.js';
import { bundleEntries } from '../scripts/action-bundler.js';

// The bundles carry the config schema compiled at build time (scripts/action-bundler.ts); the source
// compiles it at run time. Both must give the same verdict and the same errors, which the messages are built from.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(repoRoot, 'test/fixtures');

type Validate = ((value: unknown) => boolean) & { errors?: unknown };
let dir: string;
let bundled: Validate;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mlgate-precompiled-config-'));
  const files = await bundleEntries(repoRoot, dir, {
    'config-validator': path.join(repoRoot, 'packages/engine/src/config/config-validator.ts'),
  });
  for (const [name, contents] of files) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), contents);
  }
  const module = (await import(pathToFileURL(path.join(dir, 'config-validator.js')).href)) as {
    configValidator: () => Validate;
  };
  bundled = module.configValidator();
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const configs: Record<string, unknown> = {
  'the demo project': 'demo-project/mlgate.yml',
  'a misspelt rule key': 'compare-metrics/policy-misspelt.yml',
  'wrong types everywhere': {
    version: 2,
    datasets: [{ path: 3, format: 'xls' }],
    metrics: { default: { tolerance: [] }, rules: { a: { direction: 'up', severity: 'loud' } } },
    report: { 'comment-mode': 'shout', 'max-errors': -1 },
    unknown: true,
  },
  'a string with more characters than it may have': { report: { 'comment-id': 'x'.repeat(5000) } },
};

describe('the config validator in the bundles', () => {
  it.each(Object.keys(configs))('judges %s exactly as the run-time compile does', async (name) => {
    const given = configs[name];
    const value =
      typeof given === 'string'
        ? (parse(await readFile(path.join(fixtures, given), 'utf8')) as unknown)
        : given;
    const source = configValidator();
    expect(bundled(value)).toBe(source(value));
    expect(bundled.errors ?? null).toEqual(source.errors ?? null);
  });

  it('sees the problems (the comparisons above are not all of passing configs)', () => {
    expect(bundled(configs['wrong types everywhere'])).toBe(false);
    expect((bundled.errors as unknown[]).length).toBeGreaterThan(5);
  });

  it('is not compiled at run time', async () => {
    const text = await readFile(path.join(dir, 'config-validator.js'), 'utf8');
    expect(text).not.toMatch(/\bnew Ajv\b|\.compile\(/);
  });
});
