// Bundles every action stage and the CLI into dist/ (see dist-plan.ts for which source feeds which file).
// dist/ is committed: the runner checks out the repository and runs these files with no npm step.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleDist } from './action-bundler.js';
import { DIST_DIR, planDist } from './dist-plan.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const plan = planDist(repoRoot);
  for (const source of plan.skipped) console.log(`notice: ${source} does not exist yet; not bundled`);
  const distDir = path.join(repoRoot, DIST_DIR);
  // Bundle in memory first, so a failed build leaves the previous dist/ in place.
  const files = await bundleDist(repoRoot, distDir, plan);
  await rm(distDir, { recursive: true, force: true });
  for (const [name, contents] of files) {
    const target = path.join(distDir, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, contents);
  }
  const entries =
    Object.keys(plan.entries).length + plan.separate.reduce((n, b) => n + Object.keys(b.entries).length, 0);
  console.log(`dist/: ${files.size} files from ${entries} entries (${plan.manifests.length} action.yml)`);
}

main().catch((error: unknown) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
