// This repository's actions, built for a test, the demo or a bench to run through @mlgate/runner-harness.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntries } from './action-bundler.js';
import { planDist } from './dist-plan.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface RepoActions {
  /** A copy of the repository's action layout: action.yml files and a freshly built dist/. */
  readonly root: string;
  /** The directory of `actions/<name>`, or of the root action for `'.'`. */
  dir(name: string): string;
}

let built: Promise<RepoActions> | undefined;

/**
 * The repository's actions, bundled from the current sources with the same esbuild options as
 * `npm run build`, in a temporary copy of the layout. Tests run these rather than the committed dist/, so
 * they never test a stale bundle; `npm run check-dist` proves the committed dist/ is this same output.
 * Built once per test process.
 */
export function repoActions(): Promise<RepoActions> {
  built ??= (async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'mlgate-actions-'));
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
    const plan = planDist(repoRoot);
    const files = await bundleEntries(repoRoot, path.join(root, 'dist'), plan.entries);
    for (const [name, contents] of files) {
      const target = path.join(root, 'dist', name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, contents);
    }
    for (const manifest of plan.manifests) {
      const target = path.join(root, path.relative(repoRoot, manifest));
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(manifest, target);
    }
    return { root, dir: (name: string) => (name === '.' ? root : path.join(root, 'actions', name)) };
  })();
  return built;
}
