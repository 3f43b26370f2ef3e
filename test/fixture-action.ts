// Builds a test-only action (action.yml plus TypeScript stage sources) into a temporary directory with the
// same esbuild options as dist/, so fixtures run exactly like shipped actions but never enter dist/.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HarnessError, readActionManifest, stageScripts } from '@mlgate/runner-harness';
import { bundleEntries } from '../scripts/action-bundler.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BuiltAction {
  /** Directory holding action.yml and the bundled stage scripts: pass it to runAction. */
  readonly dir: string;
  dispose(): Promise<void>;
}

/**
 * `fixtureDir` holds action.yml whose stages name `<file>.js` next to it; each is bundled from `<file>.ts`
 * in the same directory.
 */
export async function buildFixtureAction(fixtureDir: string): Promise<BuiltAction> {
  const manifest = readActionManifest(path.join(fixtureDir, 'action.yml'));
  const entries: Record<string, string> = {};
  for (const { stage, script } of stageScripts(manifest)) {
    const relative = path.relative(manifest.dir, script);
    if (relative.startsWith('..') || !relative.endsWith('.js')) {
      throw new HarnessError(
        `${manifest.file}: runs.${stage} must name a .js file inside the fixture directory`,
      );
    }
    const name = relative.slice(0, -'.js'.length);
    entries[name.split(path.sep).join('/')] = path.join(manifest.dir, `${name}.ts`);
  }
  const dir = await mkdtemp(path.join(tmpdir(), `mlgate-fixture-${path.basename(fixtureDir)}-`));
  const files = await bundleEntries(repoRoot, dir, entries);
  for (const [name, contents] of files) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), contents);
  }
  await copyFile(manifest.file, path.join(dir, 'action.yml'));
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}
