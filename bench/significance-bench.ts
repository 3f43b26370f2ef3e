// Benchmark of paired significance (issue 13): the join by id and the paired bootstrap of 4 additive metrics
// (accuracy, rmse, mae, r2: 20 statistics per side pair) on 1,000,000 joined predictions with 1,000
// resamples. Target: under 5 s and under 300 MiB.
//
// The work runs in a child process under /usr/bin/time (bench-measure.ts): "seconds" and "peak RSS" are the
// whole child's (Node start, tsx, generating 1M rows with 2M id strings, the join, the bootstrap); the join
// and bootstrap rows are the child's own performance.now() timings of those phases, and process.memoryUsage()
// after each phase shows what the join and the bootstrap add to the data they are given. Ids are text
// (`id-<n>`), put into IdKeys as a reader puts them (their UTF-8 bytes); the join indexes the baseline's.
// bench/evaluate-bench.ts measures the same through `mlgate evaluate` on Parquet files.
//
//   npm run bench -- significance
//   npx tsx bench/significance-bench.ts --rows 1000000 --resamples 1000
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { joinById } from '../packages/engine/src/significance/id-join.js';
import { IdKeysBuilder } from '../packages/engine/src/significance/id-keys.js';
import { pairedBootstrap } from '../packages/engine/src/significance/paired-bootstrap.js';
import { SeededRandom } from '../packages/engine/src/significance/seeded-random.js';
import {
  accuracyOf,
  maeOf,
  r2Of,
  rmseOf,
} from '../packages/engine/src/significance/testing/simple-metrics.js';
import { flag, fmt, markdownTable, measure, node, nodeVersion, repoRoot } from './bench-measure.js';
import { BENCH_DATA_DIR } from './generate-data.js';

const ROWS = flag('rows', 1_000_000);
const RESAMPLES = flag('resamples', 1_000);
const REPEAT = flag('repeat', 2);

interface ChildTimings {
  readonly generateSeconds: number;
  readonly joinSeconds: number;
  readonly bootstrapSeconds: number;
  readonly blocks: number;
  readonly joined: number;
  /** process.memoryUsage().rss in MiB after each phase. */
  readonly rssGenerated: number;
  readonly rssJoined: number;
  readonly rssEnd: number;
}

/** The measured work: both sides' predictions (the current side in another order, a few ids differing). */
function child(): void {
  const random = new SeededRandom(1);
  const uniform = () => random.nextUint32() / 4294967296;
  let start = performance.now();
  // Plain loops into preallocated arrays: Array.from over a length object would leave hundreds of MiB of
  // garbage behind, measured as the process's peak instead of the join's and the bootstrap's.
  // Text ids into IdKeys as a reader puts them there (UTF-8 bytes, no string kept per row).
  const baselineIds = new IdKeysBuilder();
  const currentIds = new IdKeysBuilder();
  for (let i = 0; i < ROWS; i++) {
    baselineIds.addText(`id-${i}`);
    // The current file: rows in a shifted order, its last 100 ids new (so 100 missing, 100 extra).
    const row = (i + 7_919) % ROWS;
    currentIds.addText(row >= ROWS - 100 ? `new-${row}` : `id-${row}`);
  }
  const baselineCorrect = new Uint8Array(ROWS);
  const currentCorrect = new Uint8Array(ROWS);
  const label = new Float64Array(ROWS);
  const baselinePrediction = new Float64Array(ROWS);
  const currentPrediction = new Float64Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    baselineCorrect[i] = uniform() < 0.9 ? 1 : 0;
    currentCorrect[i] = uniform() < 0.9 ? 1 : 0;
    label[i] = uniform() * 10;
    baselinePrediction[i] = label[i]! + uniform() - 0.5;
    currentPrediction[i] = label[i]! + 0.9 * (uniform() - 0.5);
  }
  const generateSeconds = (performance.now() - start) / 1000;
  const rssGenerated = process.memoryUsage().rss / 2 ** 20;

  start = performance.now();
  const join = joinById(baselineIds.finish(), currentIds.finish());
  const joinSeconds = (performance.now() - start) / 1000;
  const rssJoined = process.memoryUsage().rss / 2 ** 20;

  start = performance.now();
  const result = pairedBootstrap(
    [
      { baseline: accuracyOf(baselineCorrect), current: accuracyOf(currentCorrect) },
      { baseline: rmseOf(label, baselinePrediction), current: rmseOf(label, currentPrediction) },
      { baseline: maeOf(label, baselinePrediction), current: maeOf(label, currentPrediction) },
      { baseline: r2Of(label, baselinePrediction), current: r2Of(label, currentPrediction) },
    ],
    join,
    { resamples: RESAMPLES, seed: 1 },
  );
  const bootstrapSeconds = (performance.now() - start) / 1000;
  const timings: ChildTimings = {
    generateSeconds,
    joinSeconds,
    bootstrapSeconds,
    blocks: result.blocks,
    joined: join.size,
    rssGenerated,
    rssJoined,
    rssEnd: process.memoryUsage().rss / 2 ** 20,
  };
  console.log(JSON.stringify(timings));
}

if (process.argv.includes('--child')) {
  child();
} else {
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  let timings: ChildTimings | undefined;
  const sample = measure(
    [
      node,
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--child',
      '--rows',
      String(ROWS),
      '--resamples',
      String(RESAMPLES),
    ],
    (stdout) => {
      const run = JSON.parse(stdout) as ChildTimings;
      if (!timings || run.bootstrapSeconds < timings.bootstrapSeconds) timings = run;
      return null;
    },
    REPEAT,
  );
  const t = timings!;
  console.log(
    `${t.joined.toLocaleString('en-US')} joined rows, ${RESAMPLES.toLocaleString('en-US')} resamples, 4 metrics (accuracy, rmse, mae, r2), ${t.blocks.toLocaleString('en-US')} blocks; ${REPEAT} runs, best kept; Node ${nodeVersion()}; run from ${repoRoot}\n`,
  );
  console.log(
    markdownTable(
      ['phase', 'seconds'],
      [
        ['generate 2 × 1M predictions (not measured work)', fmt(t.generateSeconds, 2)],
        ['join by id', fmt(t.joinSeconds, 2)],
        ['paired bootstrap', fmt(t.bootstrapSeconds, 2)],
        ['whole process (/usr/bin/time)', fmt(sample.seconds, 2)],
      ],
    ),
  );
  console.log(
    `\nRSS (process.memoryUsage) after generating the data: ${fmt(t.rssGenerated, 0)} MiB, after the join: ${fmt(t.rssJoined, 0)} MiB, after the bootstrap: ${fmt(t.rssEnd, 0)} MiB`,
  );
  console.log(`peak RSS of the whole process (/usr/bin/time): ${fmt(sample.rssMiB, 0)} MiB`);
  const problems: string[] = [];
  const work = t.joinSeconds + t.bootstrapSeconds;
  if (work > 5) problems.push(`join + bootstrap took ${fmt(work, 2)} s (target < 5 s)`);
  if (sample.rssMiB > 300) problems.push(`peak RSS ${fmt(sample.rssMiB, 0)} MiB (target < 300 MiB)`);
  for (const problem of problems) console.log(`MISSED: ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
}
