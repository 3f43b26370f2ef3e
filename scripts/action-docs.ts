// npm run docs: rewrites the generated blocks of every action's README.md (the root README for the root
// action.yml, actions/<name>/README.md for the others) from its action.yml, starting a README for an action
// that has none. npm run check-docs (`--check`) writes nothing and fails naming each stale block, so the
// documented inputs and outputs cannot drift from the manifests.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readActionManifest } from '@mlgate/runner-harness';
import { discoverActionManifests } from './action-discovery.js';
import { readmeScaffold } from './action-readme.js';
import { syncDocBlocks } from './doc-blocks.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Every action's README documents at least these, from its own action.yml. */
const REQUIRED_KINDS = ['inputs', 'outputs'] as const;

async function main(check: boolean): Promise<number> {
  /** What `npm run docs` brings up to date. */
  const stale: string[] = [];
  /** What it cannot: a README without the blocks every action documents. */
  const incomplete: string[] = [];
  let written = 0;
  for (const manifestFile of discoverActionManifests(repoRoot)) {
    const readme = path.join(path.dirname(manifestFile), 'README.md');
    const where = path.relative(repoRoot, readme);
    const exists = existsSync(readme);
    if (!exists && check) {
      stale.push(`${where}: missing (\`npm run docs\` starts one)`);
      continue;
    }
    const text = exists ? await readFile(readme, 'utf8') : readmeScaffold(readActionManifest(manifestFile));
    const synced = await syncDocBlocks(readme, text, repoRoot);
    for (const kind of REQUIRED_KINDS) {
      const own = synced.blocks.some(
        (block) => block.kind === kind && path.resolve(path.dirname(readme), block.target) === manifestFile,
      );
      if (!own) incomplete.push(`${where}: no '${kind}' block for ${path.relative(repoRoot, manifestFile)}`);
    }
    for (const block of synced.stale) stale.push(`${where}:${block.line}: ${block.kind} of ${block.target}`);
    if (!check && synced.text !== text) {
      await writeFile(readme, synced.text);
      console.log(`action-docs: ${exists ? 'updated' : 'started'} ${where}`);
      written++;
    }
  }
  for (const line of incomplete) console.error(`action-docs: ${line}`);
  if (check && stale.length > 0) {
    console.error('action-docs: stale blocks; run `npm run docs` and commit the result:');
    for (const line of stale) console.error(`  ${line}`);
  }
  const failed = incomplete.length > 0 || (check && stale.length > 0);
  if (!failed && written === 0) console.log('action-docs: every README is up to date');
  return failed ? 1 : 0;
}

main(process.argv.includes('--check')).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`action-docs failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
