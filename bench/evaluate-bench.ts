// Benchmark of metrics from predictions and of their paired significance (issue 13), through the bundled CLI
// as a user runs it (`mlgate evaluate`), each command in its own process under /usr/bin/time: seconds and
// peak RSS are the whole process's (Node start, reading the Parquet files, the metrics, the bootstrap).
//
// Data (written once by DuckDB into bench/data/, reused): binary classification, `id` BIGINT (row numbers,
// in order, as a DataFrame index is written), `label` 0/1, `score` a noisy probability (AUC ≈ 0.9).
//  - metrics alone: 10M predictions, accuracy, f1, roc_auc, log_loss (target ≥ 5M rows/s); also without
//    roc_auc, the one metric that sorts. Reference in the same run: DuckDB reading the same file and
//    computing accuracy and log loss in one aggregate on both cores.
//  - significance: 1M baseline and 1M current predictions (the current file in another order, 100 ids
//    differing), joined by id, 1,000 bootstrap resamples, 4 metrics (target < 5 s, < 300 MiB): accuracy,
//    precision, f1 and log_loss, the target's row; and with roc_auc, whose 2,048 statistics per resample
//    (bins of positives and negatives, roc-auc-metric.ts) make the resampling memory-bound, reported beside.
//
//   npm run bench -- evaluate
//   npx tsx bench/evaluate-bench.ts --rows 10000000 --pairs 1000000 --repeat 3
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  bundleBench,
  flag,
  fmt,
  markdownTable,
  measure,
  node,
  nodeVersion,
  repoRoot,
} from './bench-measure.js';
import { BENCH_DATA_DIR } from './generate-data.js';

const ROWS = flag('rows', 10_000_000);
const PAIRS = flag('pairs', 1_000_000);
const REPEAT = flag('repeat', 3);
const METRICS = 'accuracy,f1,roc_auc,log_loss';

/** A predictions file from DuckDB; `order` shuffles rows, `renamed` rows get ids no other file has. */
async function predictions(name: string, rows: number, seed: number, shuffled: boolean, renamed: number) {
  const path = join(BENCH_DATA_DIR, name);
  if (existsSync(path)) return path;
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  // The label from one hash, the score from the label plus noise from another; ids past rows - renamed
  // are moved out of range. Written to a temporary name first, so an interrupted run leaves no half file.
  const noise = `((hash(i * ${seed} + 1) % 1000000) / 1000000.0)`;
  await connection.run(
    `copy (select case when i >= ${rows - renamed} then i + ${rows} else i end as id,
                  (hash(i) % 2)::integer as label,
                  least(1.0, greatest(0.0, 0.25 + 0.5 * (hash(i) % 2) + 0.6 * (${noise} - 0.5))) as score
           from range(${rows}) t(i) ${shuffled ? `order by hash(i + ${seed})` : ''})
     to '${path}.partial' (format parquet)`,
  );
  renameSync(`${path}.partial`, path);
  return path;
}

mkdirSync(BENCH_DATA_DIR, { recursive: true });
const metricsFile = await predictions(`predictions-${ROWS}.parquet`, ROWS, 3, false, 0);
const baselineFile = await predictions(`predictions-${PAIRS}-baseline.parquet`, PAIRS, 5, false, 0);
const currentFile = await predictions(`predictions-${PAIRS}-current.parquet`, PAIRS, 7, true, 100);
const dist = await bundleBench('dist-evaluate', {
  'duckdb-binary-metrics': 'bench/references/duckdb-binary-metrics.ts',
});
const mlgate = join(dist, 'mlgate.js');

const evaluate = (...args: string[]) => [node, mlgate, 'evaluate', '--json', ...args];
const checked = (stdout: string): null => {
  const report = JSON.parse(stdout) as { metrics: readonly { name: string; current: number | null }[] };
  if (report.metrics.length === 0) throw new Error('mlgate evaluate reported no metric');
  return null;
};

const duckdb = measure([node, join(dist, 'duckdb-binary-metrics.js'), metricsFile, '2'], () => null, REPEAT);
const all = measure(evaluate('--predictions', metricsFile, '--metrics', METRICS), checked, REPEAT);
const additive = measure(
  evaluate('--predictions', metricsFile, '--metrics', 'accuracy,f1,log_loss'),
  checked,
  REPEAT,
);
const pairedWith = (metrics: string) =>
  measure(
    evaluate(
      '--predictions',
      currentFile,
      '--baseline-predictions',
      baselineFile,
      '--metrics',
      metrics,
      '--resamples',
      '1000',
    ),
    checked,
    REPEAT,
  );
const ADDITIVE_4 = 'accuracy,precision,f1,log_loss';
const paired = pairedWith(ADDITIVE_4);
const pairedAuc = pairedWith(METRICS);

const rate = (rows: number, seconds: number) => `${fmt(rows / seconds / 1e6, 2)}M`;
console.log(
  `${ROWS.toLocaleString('en-US')} predictions (Parquet, DuckDB-written); ${PAIRS.toLocaleString('en-US')} pairs for significance; best of ${REPEAT}; Node ${nodeVersion()}; run from ${repoRoot}\n`,
);
console.log(
  markdownTable(
    ['command', 's', 'rows/s', 'peak RSS MiB', 'vs DuckDB'],
    [
      ['DuckDB: accuracy + log loss, one aggregate (2 threads)', duckdb, ROWS],
      [`mlgate evaluate, ${METRICS}`, all, ROWS],
      ['mlgate evaluate, accuracy,f1,log_loss (no sort)', additive, ROWS],
      [`mlgate evaluate, 1M vs 1M baseline, 1,000 resamples, ${ADDITIVE_4}`, paired, PAIRS],
      [`mlgate evaluate, 1M vs 1M baseline, 1,000 resamples, ${METRICS}`, pairedAuc, PAIRS],
    ].map(([name, sample, rows]) => {
      const s = sample as typeof duckdb;
      return [
        name as string,
        fmt(s.seconds, 2),
        rate(rows as number, s.seconds),
        fmt(s.rssMiB, 0),
        `${fmt(duckdb.seconds / s.seconds, 2)}×`,
      ];
    }),
  ),
);
const problems: string[] = [];
if (ROWS / all.seconds < 5e6)
  problems.push(`metrics on ${ROWS} rows at ${rate(ROWS, all.seconds)} rows/s (target ≥ 5M)`);
if (paired.seconds > 5) problems.push(`significance took ${fmt(paired.seconds, 2)} s (target < 5 s)`);
if (paired.rssMiB > 300)
  problems.push(`significance peaked at ${fmt(paired.rssMiB, 0)} MiB (target < 300 MiB)`);
for (const problem of problems) console.log(`MISSED: ${problem}`);
if (problems.length > 0) process.exitCode = 1;
