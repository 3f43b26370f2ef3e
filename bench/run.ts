// Runs every bench/*-bench.ts in turn, each in its own process (so one bench's heap and JIT do not colour the
// next), and exits non-zero when any of them missed its target. Run: npm run bench [-- <name filter> [flags]]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
/** Flags after the filter go to each bench run: npm run bench -- scale --rows 200000 --flat 0 */
const flags = process.argv.slice(3);
const benches = readdirSync(benchDir)
  .filter((file) => file.endsWith('-bench.ts') && (filter === undefined || file.includes(filter)))
  .sort();

const failed: string[] = [];
for (const file of benches) {
  console.log(`\n## ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, file), ...flags], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed.push(file);
}
console.log(
  `\n${benches.length - failed.length}/${benches.length} benches met their targets${failed.length > 0 ? `; missed: ${failed.join(', ')}` : ''}`,
);
if (failed.length > 0) process.exitCode = 1;
