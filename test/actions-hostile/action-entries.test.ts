import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { ACTIONS } from '@mlgate/github';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `actions/<name>/main.ts`, or `actions/mlgate/main.ts` for the root action. */
const entryOf = (dir: string): string =>
  path.join(repoRoot, 'actions', dir === '.' ? 'mlgate' : path.basename(dir), 'main.ts');

// ES modules evaluate every static import before the importing module's first line: an entry that imported
// its body statically would run the body's modules (and anything they read while loading) before the
// wrapper could catch what they throw.
describe('every action entry installs the wrapper before anything else loads', () => {
  it.each(ACTIONS.map((action) => action.dir))('%s', async (dir) => {
    const source = await readFile(entryOf(dir), 'utf8');
    const staticImports = [...source.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gm)].map((match) => match[1]);
    expect(staticImports).toEqual(['@mlgate/github/action-runner']);
    // The body comes from its own module (`@mlgate/github/<name>-action`), so the bundle loads that action only.
    expect(source).toMatch(
      /runAction\(\s*'[\w-]+',\s*async \(\) => \(await import\('@mlgate\/github\/[\w-]+-action'\)\)\.\w+Action/,
    );
  });
});
