// npm run reliability-doc [-- --results <jest json>]: writes docs/reliability.md from test results. Without
// --results it runs the reliability tests itself (slow ones included). With --check it writes nothing and
// fails when the page differs from what the results say: `.ci/run` checks it against its own `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { RELIABILITY_SECTIONS, renderReliabilityPage, type JestResults } from './reliability-table.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PAGE = path.join(repoRoot, 'docs', 'reliability.md');

function runReliabilityTests(): string {
  const out = path.join(repoRoot, '.tmp', 'reliability-results.json');
  mkdirSync(path.dirname(out), { recursive: true });
  // jest matches these against absolute paths: the sections' anchors at the repository root are dropped.
  const patterns = RELIABILITY_SECTIONS.map((section) => section.files.source.replace(/^\^/, ''));
  const run = spawnSync(
    'npm',
    ['test', '--', '--json', `--outputFile=${out}`, '--testPathPatterns', patterns.join('|')],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, MLGATE_SLOW_TESTS: '1' },
    },
  );
  if (run.error !== undefined) throw run.error;
  return out;
}

function main(): number {
  const { values } = parseArgs({ options: { results: { type: 'string' }, check: { type: 'boolean' } } });
  const resultsFile = values.results ?? runReliabilityTests();
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as JestResults;
  const page = renderReliabilityPage(results, repoRoot);
  if (values.check === true) {
    let current = '';
    try {
      current = readFileSync(PAGE, 'utf8');
    } catch {
      // a missing page is stale like any other
    }
    if (current !== page) {
      console.error(
        'docs/reliability.md is stale: run `npm run reliability-doc` (it runs the reliability tests) and commit it',
      );
      return 1;
    }
    console.log('docs/reliability.md matches the test results');
    return 0;
  }
  mkdirSync(path.dirname(PAGE), { recursive: true });
  writeFileSync(PAGE, page);
  console.log(`wrote ${path.relative(repoRoot, PAGE)}`);
  return 0;
}

process.exitCode = main();
