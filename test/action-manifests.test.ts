import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ACTION_NODE_RUNTIME,
  readActionManifest,
  stageScripts,
  type ActionManifest,
} from '@mlgate/runner-harness';
import { discoverActionManifests } from '../scripts/action-discovery.js';
import { stageEntry } from '../scripts/dist-plan.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'actions');

function checkCommon(manifest: ActionManifest): void {
  expect(typeof manifest.name).toBe('string');
  expect(typeof manifest.description).toBe('string');
  expect(manifest.runs.using).toBe(ACTION_NODE_RUNTIME);
  expect(manifest.runs.main).toBeDefined();
  for (const [name, input] of Object.entries(manifest.inputs)) {
    if (input.default !== undefined)
      expect({ name, default: typeof input.default }).toEqual({ name, default: 'string' });
  }
}

const shipped = discoverActionManifests(repoRoot);
const fixtures = readdirSync(fixturesDir)
  .map((dir) => path.join(fixturesDir, dir, 'action.yml'))
  .filter((file) => existsSync(file));

it('discovers the root action.yml and actions/*/action.yml (none yet is fine)', () => {
  expect(
    shipped.every(
      (file) => file === path.join(repoRoot, 'action.yml') || file.includes(`${path.sep}actions${path.sep}`),
    ),
  ).toBe(true);
});

for (const file of shipped)
  describe(`shipped action ${path.relative(repoRoot, file)}`, () => {
    const manifest = readActionManifest(file);

    it('parses, has a name and description, uses node24, and has string defaults', () => {
      checkCommon(manifest);
    });

    it('names stage scripts that exist in dist/ and are bundled from existing sources', () => {
      for (const { script } of stageScripts(manifest)) {
        const { source } = stageEntry(repoRoot, script);
        expect({ script: path.relative(repoRoot, script), exists: existsSync(script) }).toEqual({
          script: path.relative(repoRoot, script),
          exists: true,
        });
        expect({ source: path.relative(repoRoot, source), exists: existsSync(source) }).toEqual({
          source: path.relative(repoRoot, source),
          exists: true,
        });
      }
    });
  });

it('has fixture actions to check even before any action ships', () => {
  expect(fixtures.length).toBeGreaterThan(0);
});

for (const file of fixtures)
  describe(`fixture action ${path.relative(fixturesDir, file)}`, () => {
    it('parses, has a name and description, uses node24, and has TypeScript sources for its stages', () => {
      const manifest = readActionManifest(file);
      checkCommon(manifest);
      for (const { script } of stageScripts(manifest)) {
        expect(existsSync(script.replace(/\.js$/, '.ts'))).toBe(true);
      }
    });
  });

describe('stageEntry', () => {
  it('maps dist/<dir>/<file>.js to actions/<dir>/<file>.ts', () => {
    expect(stageEntry(repoRoot, path.join(repoRoot, 'dist', 'validate-data', 'main.js'))).toEqual({
      output: 'validate-data/main',
      source: path.join(repoRoot, 'actions', 'validate-data', 'main.ts'),
    });
  });

  it('refuses scripts outside dist/ or nested deeper', () => {
    expect(() => stageEntry(repoRoot, path.join(repoRoot, 'lib', 'main.js'))).toThrow(/under dist\//);
    expect(() => stageEntry(repoRoot, path.join(repoRoot, 'dist', 'a', 'b', 'main.js'))).toThrow(
      /dist\/<dir>\/<file>\.js/,
    );
  });
});
