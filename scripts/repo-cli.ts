// The `mlgate` CLI built from the current sources, for tests that must run it as a separate process: a case
// that could hang or exhaust memory is bounded by killing the process, which an in-process call cannot be.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntries } from './action-bundler.js';
import { SEPARATE_BUNDLES, workerEntries } from './dist-plan.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let built: Promise<string> | undefined;

/**
 * The path of a fresh `mlgate.js` bundled as dist/cli/ is (same esbuild options, same worker entries), in a
 * temporary directory removed when the process exits. Built once per test process.
 */
export function repoCli(): Promise<string> {
  built ??= (async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgate-cli-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const entries = Object.fromEntries(
      Object.entries({ ...SEPARATE_BUNDLES['cli'], ...workerEntries(repoRoot) }).map(([name, source]) => [
        name,
        path.resolve(repoRoot, source),
      ]),
    );
    const files = await bundleEntries(repoRoot, dir, entries);
    for (const [name, contents] of files) {
      const target = path.join(dir, name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, contents);
    }
    return path.join(dir, 'mlgate.js');
  })();
  return built;
}
