// Rebuilds dist/ in memory and compares it byte for byte with the committed dist/. The working tree is
// never written: a stale dist/ fails CI with the list of files to rebuild.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleDist } from './action-bundler.js';
import { DIST_DIR, planDist } from './dist-plan.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIFF_CONTEXT_LINES = 12;

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : Promise.resolve([`${prefix}${entry.name}`]),
    ),
  );
  return nested.flat();
}

/** The first lines where two texts part, as a short unified-style excerpt. */
function shortDiff(expected: string, actual: string): string {
  const want = expected.split('\n');
  const have = actual.split('\n');
  let first = 0;
  while (first < want.length && first < have.length && want[first] === have[first]) first++;
  const lines = [`@@ line ${first + 1} @@`];
  for (const line of have.slice(first, first + DIFF_CONTEXT_LINES / 2)) lines.push(`- ${line}`);
  for (const line of want.slice(first, first + DIFF_CONTEXT_LINES / 2)) lines.push(`+ ${line}`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const plan = planDist(repoRoot);
  const distDir = path.join(repoRoot, DIST_DIR);
  const expected = await bundleDist(repoRoot, distDir, plan);
  const committed = new Set(await listFiles(distDir));
  const problems: string[] = [];
  const decoder = new TextDecoder();
  for (const [name, contents] of expected) {
    if (!committed.has(name)) {
      problems.push(`missing: ${DIST_DIR}/${name}`);
      continue;
    }
    committed.delete(name);
    const actual = await readFile(path.join(distDir, name));
    if (!Buffer.from(contents).equals(actual)) {
      problems.push(
        `differs: ${DIST_DIR}/${name}\n${shortDiff(decoder.decode(contents), decoder.decode(actual))}`,
      );
    }
  }
  for (const name of [...committed].sort()) problems.push(`stale: ${DIST_DIR}/${name}`);
  if (problems.length === 0) {
    console.log(`${DIST_DIR}/ is up to date (${expected.size} files)`);
    return 0;
  }
  console.error(`${DIST_DIR}/ does not match the sources; run \`npm run build\` and commit the result.\n`);
  console.error(problems.join('\n'));
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`check-dist failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
