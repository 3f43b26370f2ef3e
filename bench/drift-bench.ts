// Benchmark of profiling and drift (issue 12), against references timed in the same run:
// - `mlgate profile` (validation and profile in one pass) against `mlgate validate` on the same CSV, and
//   DuckDB's SUMMARIZE (per-column statistics, no checks); target: at most 25% over validation alone;
// - the profile's size: 20 columns under 200 KiB;
// - drift between two profiles of 100 columns, in process: under 100 ms;
// - peak RSS of `mlgate profile` on 2M and 8M rows: flat.
//
//   npm run bench -- drift                                   # 2M rows
//   npx tsx bench/drift-bench.ts --rows 2000000 --flat 8000000
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { datasetDrift } from '../packages/engine/src/drift/dataset-drift.js';
import type { ColumnProfile, ProfileDocument } from '../packages/engine/src/profile/column-profile.js';
import { parseProfile } from '../packages/engine/src/profile/profile-file.js';
import {
  bundleBench,
  flag,
  fmt,
  markdownTable,
  measure,
  mlgateErrorCount,
  mlgateValidate,
  node,
  nodeVersion,
} from './bench-measure.js';
import { BENCH_DATA_DIR, benchTableSchema, generateBenchCsv } from './generate-data.js';
import { writeFileSync } from 'node:fs';

const ROWS = flag('rows', Number(process.env.MLGATE_BENCH_ROWS ?? 2_000_000));
const FLAT_ROWS = flag('flat', 0);
const REPEAT = flag('repeat', 2);

const data = await generateBenchCsv(ROWS);
const schema = join(BENCH_DATA_DIR, 'bench.schema.json');
writeFileSync(schema, JSON.stringify(benchTableSchema(), null, 2));
const dist = await bundleBench('dist-drift', { 'duckdb-summarize': 'bench/references/duckdb-summarize.ts' });
const profileOut = join(BENCH_DATA_DIR, 'bench.profile.json');
const profileCommand = (csv: string) => [
  node,
  join(dist, 'mlgate.js'),
  'profile',
  '--schema',
  schema,
  csv,
  '--out',
  profileOut,
];
console.log(
  `CSV: ${ROWS.toLocaleString('en-US')} rows × 20 columns, ${fmt(data.bytes / 1024 / 1024)} MiB; ${REPEAT} runs each, best kept; Node ${nodeVersion()}\n`,
);

const none = () => null;
const results = [
  { name: 'cat (read the file)', ...measure(['sh', '-c', `cat "${data.path}" > /dev/null`], none, REPEAT) },
  {
    name: 'DuckDB SUMMARIZE (2 threads)',
    ...measure([node, join(dist, 'duckdb-summarize.js'), data.path, '2'], none, REPEAT),
  },
  { name: 'mlgate validate', ...measure(mlgateValidate(dist, schema, data.path), mlgateErrorCount, REPEAT) },
  { name: 'mlgate profile (validate + profile)', ...measure(profileCommand(data.path), none, REPEAT) },
];
const validate = results[2]!;
const profile = results[3]!;
console.log(
  markdownTable(
    ['command', 'seconds', 'rows/s', 'peak RSS MiB', 'vs mlgate validate'],
    results.map((r) => [
      r.name,
      fmt(r.seconds, 2),
      `${fmt(ROWS / r.seconds / 1e6, 2)}M`,
      fmt(r.rssMiB, 0),
      `${fmt(r.seconds / validate.seconds, 2)}×`,
    ]),
  ),
);

const problems: string[] = [];
const overhead = profile.seconds / validate.seconds - 1;
console.log(`\nprofiling costs ${fmt(overhead * 100, 0)}% over validation alone (target ≤ 25%)`);
if (overhead > 0.25)
  problems.push(`profiling costs ${fmt(overhead * 100, 0)}% over validation (target ≤ 25%)`);

const bytes = statSync(profileOut).size;
const document = parseProfile(readFileSync(profileOut, 'utf8'), profileOut);
console.log(
  `profile of ${document.columns.length} columns: ${fmt(bytes / 1024, 1)} KiB (${fmt(bytes / 1024 / document.columns.length, 1)} KiB a column; target < 200 KiB)`,
);
if (bytes >= 200 * 1024) problems.push(`the profile is ${fmt(bytes / 1024, 0)} KiB (target < 200 KiB)`);

/** 100 columns: the 20 of the bench profile five times over, the current side's numbers shifted a little. */
function widened(profile: ProfileDocument, shift: number): ProfileDocument {
  const columns: ColumnProfile[] = [];
  for (let copy = 0; copy < 5; copy++) {
    for (const column of profile.columns) {
      const numeric = column.numeric;
      columns.push({
        ...column,
        name: `${column.name}_${copy}`,
        ...(numeric !== undefined && shift !== 0
          ? {
              numeric: {
                ...numeric,
                sketch: {
                  ...numeric.sketch,
                  levels: numeric.sketch.levels.map((l) => l.map((v) => v + shift)),
                },
              },
            }
          : {}),
      });
    }
  }
  return { ...profile, columns };
}
const baseline = { profile: widened(document, 0) };
const current = { profile: widened(document, 0.5) };
const drift = () =>
  datasetDrift(baseline, current, {
    subject: {},
    createdAt: new Date(0).toISOString(),
    baselineSource: 'bench',
  });
for (let i = 0; i < 3; i++) drift();
let best = Infinity;
let drifted = 0;
for (let i = 0; i < 10; i++) {
  const start = performance.now();
  drifted = drift().driftedColumns.length;
  best = Math.min(best, performance.now() - start);
}
console.log(
  `drift of two 100-column profiles: ${fmt(best, 1)} ms (best of 10, after warm-up; ${drifted} drifted; target < 100 ms)`,
);
if (best >= 100) problems.push(`drift of 100 columns took ${fmt(best, 0)} ms (target < 100 ms)`);

if (FLAT_ROWS > 0) {
  const big = await generateBenchCsv(FLAT_ROWS);
  const large = measure(profileCommand(big.path), none, 1);
  console.log(
    `mlgate profile on ${FLAT_ROWS.toLocaleString('en-US')} rows: ${fmt(large.seconds, 2)} s, peak RSS ${fmt(large.rssMiB, 0)} MiB (vs ${fmt(profile.rssMiB, 0)} MiB on ${ROWS.toLocaleString('en-US')})`,
  );
  if (large.rssMiB > profile.rssMiB * 1.25)
    problems.push(
      `peak RSS grew from ${fmt(profile.rssMiB, 0)} to ${fmt(large.rssMiB, 0)} MiB (target: flat)`,
    );
}
console.log(problems.length === 0 ? '\nall targets met' : `\ntargets missed:\n- ${problems.join('\n- ')}`);
if (problems.length > 0) process.exitCode = 1;
