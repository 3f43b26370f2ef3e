// Issue 14's targets in one table, every row measured in one run on this machine: mlgate against a reference
// timed in the same run (same data, same cores), mlgate's peak RSS at two sizes for every format, and a
// sharded run of the CSV merged back into one report. Each command runs in its own process under
// /usr/bin/time (bench-measure.ts), bundled first, so mlgate is measured as shipped.
//
//   npm run bench -- scale                                    # 2M rows, memory also at 8M
//   npx tsx bench/scale-bench.ts --rows 2000000 --flat 8000000 --repeat 2 [--strict]
//   npx tsx bench/scale-bench.ts --rows 200000 --flat 0 --repeat 1       # a quick look; --flat 0 skips 8M
//
// Exit status: the table is a measurement, not a gate, so a missed target alone exits 0 (several are known to be
// out of reach while issue 14 is open, and `npm run bench` would then always fail); with --strict it exits 1.
// A command that counts another number of violations than were planted exits 1 always: then the rows do not
// compare the same work and the ratios mean nothing.
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
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
import type { Sample } from './bench-measure.js';
import {
  foreignParquetSchema,
  generateBenchArrow,
  generateBenchParquet,
  generateForeignParquet,
} from './generate-columnar.js';
import { BENCH_DATA_DIR, generateBenchCsv, writeBenchSchema } from './generate-data.js';
import { generateBenchJsonl } from './generate-jsonl.js';

const ROWS = flag('rows', 2_000_000);
const FLAT_ROWS = flag('flat', 8_000_000);
const REPEAT = flag('repeat', 2);
const STRICT = process.argv.includes('--strict');
const SHARDS = 4;
const RSS_LIMIT_MIB = 200;
/** "Flat": the larger size may cost this much more than the smaller one, no more. */
const RSS_GROWTH_MIB = 25;
const MERGE_LIMIT_SECONDS = 2;

const rowsText = (n: number) =>
  n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n);
const fromJson = (stdout: string) => (JSON.parse(stdout) as { violations: number | null }).violations;

/** The inputs of one size: every format, from the same rows, and what was planted in them. */
async function inputs(rows: number) {
  const csv = await generateBenchCsv(rows);
  return {
    planted: csv.plantedViolations,
    csv: csv.path,
    parquet: (await generateBenchParquet(rows)).path,
    foreign: (await generateForeignParquet(rows)).path,
    arrow: (await generateBenchArrow(rows)).path,
    jsonl: (await generateBenchJsonl(rows)).path,
  };
}

const data = await inputs(ROWS);
const schema = writeBenchSchema();
const foreignSchema = writeBenchSchema('foreign.schema.json', foreignParquetSchema());
const dist = await bundleBench('dist-scale', {
  'duckdb-count': 'bench/references/duckdb-count.ts',
  'duckdb-parquet-count': 'bench/references/duckdb-parquet-count.ts',
  'arrow-read': 'bench/references/arrow-read.ts',
  'naive-ajv': 'bench/references/naive-ajv.ts',
});
const js = (name: string) => join(dist, `${name}.js`);
console.log(
  `${ROWS.toLocaleString('en-US')} rows × 20 columns (the other writer's Parquet: 22), ${data.planted} planted violations; ${REPEAT} runs each, best kept; Node ${nodeVersion()}\n`,
);

const problems: string[] = [];
/** Measures a command and checks that it counted what was planted (null: it checks nothing). */
function timed(
  name: string,
  command: readonly string[],
  violations: (stdout: string) => number | null,
  planted: number,
): Sample {
  const sample = measure(command, violations, REPEAT);
  if (sample.violations !== null && sample.violations !== planted)
    problems.push(`${name} counted ${sample.violations} violations, ${planted} were planted`);
  return sample;
}

/** The unsharded CSV report, kept to compare the merged one with. */
let unshardedReport = '';
const mlgate = (file: string, schemaPath = schema) =>
  timed(`mlgate on ${file}`, mlgateValidate(dist, schemaPath, file), mlgateErrorCount, data.planted);

interface Row {
  readonly workload: string;
  readonly mlgate: Sample;
  readonly reference: string;
  readonly referenceSeconds?: number;
  /** reference seconds / mlgate seconds, against `atLeast`. */
  readonly atLeast?: number;
  readonly target: string;
  readonly met: boolean;
  readonly peak: string;
}
const rows: Row[] = [];
function versus(workload: string, ours: Sample, reference: string, theirs: Sample, atLeast: number): void {
  const ratio = theirs.seconds / ours.seconds;
  rows.push({
    workload,
    mlgate: ours,
    reference,
    referenceSeconds: theirs.seconds,
    atLeast,
    target: `≥ ${fmt(atLeast, 1)}×`,
    met: ratio >= atLeast,
    peak: fmt(ours.rssMiB, 0),
  });
}

const n = rowsText(ROWS);
const csvMlgate = timed(
  'mlgate on the CSV',
  mlgateValidate(dist, schema, data.csv),
  (stdout) => {
    unshardedReport = stdout;
    return mlgateErrorCount(stdout);
  },
  data.planted,
);
const duckdbCsv = timed(
  'DuckDB on the CSV',
  [node, js('duckdb-count'), data.csv, '2'],
  fromJson,
  data.planted,
);
versus(`CSV ${n} rows × 20`, csvMlgate, 'DuckDB (2 threads)', duckdbCsv, 1.5);

const parquetMlgate = mlgate(data.parquet);
const duckdbParquet = [node, js('duckdb-parquet-count')];
versus(
  `Parquet ${n} rows (bench data, snappy)`,
  parquetMlgate,
  'DuckDB (2 threads)',
  timed('DuckDB on the Parquet', [...duckdbParquet, data.parquet, schema, '2'], fromJson, data.planted),
  1.0,
);
versus(
  `Parquet ${n} rows (DuckDB-written: dictionary, ZSTD, timestamp, 1Mi-row groups)`,
  mlgate(data.foreign, foreignSchema),
  'DuckDB (2 threads)',
  timed(
    'DuckDB on the other Parquet',
    [...duckdbParquet, data.foreign, foreignSchema, '2'],
    fromJson,
    data.planted,
  ),
  1.0,
);

const arrowMlgate = mlgate(data.arrow);
versus(
  `Arrow IPC ${n} rows (${fmt(ROWS / arrowMlgate.seconds / 1e6, 2)}M rows/s)`,
  arrowMlgate,
  'apache-arrow plain read',
  timed('apache-arrow read', [node, js('arrow-read'), data.arrow], () => null, data.planted),
  0.6,
);

const jsonlMlgate = mlgate(data.jsonl);
versus(
  `JSON Lines ${n} rows`,
  jsonlMlgate,
  'DuckDB read_json (2 threads)',
  timed('DuckDB on the JSON Lines', [node, js('duckdb-count'), data.jsonl, '2'], fromJson, data.planted),
  1.0,
);
versus(
  `JSON Lines ${n} rows`,
  jsonlMlgate,
  'naive JSON.parse + ajv per row',
  timed('naive JSON.parse + ajv', [node, js('naive-ajv'), data.jsonl], fromJson, data.planted),
  3,
);

// Memory: the same mlgate commands at the larger size, next to the peaks measured above.
const small = { CSV: csvMlgate, Parquet: parquetMlgate, Arrow: arrowMlgate, 'JSON Lines': jsonlMlgate };
const large = FLAT_ROWS > 0 ? await inputs(FLAT_ROWS) : undefined;
for (const [format, atSmall] of Object.entries(small)) {
  const file =
    large &&
    { CSV: large.csv, Parquet: large.parquet, Arrow: large.arrow, 'JSON Lines': large.jsonl }[format]!;
  const atLarge =
    large && timed(`mlgate on ${file}`, mlgateValidate(dist, schema, file!), mlgateErrorCount, large.planted);
  const peaks = [atSmall, ...(atLarge ? [atLarge] : [])].map((s) => s.rssMiB);
  rows.push({
    workload: `memory, ${format} ${n}${atLarge ? ` → ${rowsText(FLAT_ROWS)}` : ''} rows`,
    mlgate: atLarge ?? atSmall,
    reference: atLarge ? `mlgate at ${n}` : '(larger size skipped: --flat 0)',
    referenceSeconds: atLarge ? atSmall.seconds : undefined,
    target: `≤ ${RSS_LIMIT_MIB} MiB, +≤ ${RSS_GROWTH_MIB} MiB`,
    met:
      Math.max(...peaks) <= RSS_LIMIT_MIB && (!atLarge || atLarge.rssMiB <= atSmall.rssMiB + RSS_GROWTH_MIB),
    peak: peaks.map((p) => fmt(p, 0)).join(' → '),
  });
}

// Sharded: SHARDS jobs over the one CSV file, then the merge, timed, and its report set against the unsharded.
const shardDir = join(BENCH_DATA_DIR, `scale-shards-${ROWS}`);
rmSync(shardDir, { recursive: true, force: true });
mkdirSync(shardDir, { recursive: true });
const partials = Array.from({ length: SHARDS }, (_, i) => join(shardDir, `shard-${i + 1}.json`));
const shardSeconds = partials.map((partial, i) => {
  const shard = ['--shard', `${i + 1}/${SHARDS}`, '--partial', partial];
  return measure(
    [...mlgateValidate(dist, schema, data.csv).filter((a) => a !== '--json'), ...shard],
    () => null,
    1,
  ).seconds;
});
// What the shards did, as their partials tell: pieces of the file (once CSV is split by byte ranges) or the
// file whole in one shard and nothing in the others (until then).
const split = partials.map((p) => {
  const partial = JSON.parse(readFileSync(p, 'utf8')) as {
    datasets: { pieces: unknown[]; results: unknown[] }[];
  };
  return {
    pieces: partial.datasets.reduce((sum, d) => sum + d.pieces.length, 0),
    whole: partial.datasets.reduce((sum, d) => sum + d.results.length, 0),
  };
});
const pieceCount = split.reduce((sum, s) => sum + s.pieces, 0);
const mode =
  pieceCount > 0
    ? `split into ${pieceCount} pieces`
    : `not split: whole in shard ${split.findIndex((s) => s.whole > 0) + 1}`;
let mergedReport = '';
const merge = timed(
  'mlgate merge',
  [node, join(dist, 'mlgate.js'), 'merge', ...partials, '--json'],
  (stdout) => {
    mergedReport = stdout;
    return mlgateErrorCount(stdout);
  },
  data.planted,
);
const withoutCreatedAt = (report: string) => JSON.stringify({ ...JSON.parse(report), createdAt: undefined });
const equal = withoutCreatedAt(mergedReport) === withoutCreatedAt(unshardedReport);
rows.push({
  workload: `sharded merge, ${SHARDS} partials of the CSV (${mode}; shards ${fmt(Math.min(...shardSeconds), 2)}–${fmt(Math.max(...shardSeconds), 2)} s)`,
  mlgate: merge,
  reference: `report vs unsharded: ${equal ? 'equal' : 'DIFFERS'}`,
  target: `< ${MERGE_LIMIT_SECONDS} s, equal`,
  met: merge.seconds < MERGE_LIMIT_SECONDS && equal,
  peak: fmt(merge.rssMiB, 0),
});

console.log(
  markdownTable(
    ['workload', 'mlgate s', 'reference', 'reference s', 'ratio', 'target', 'met?', 'mlgate peak MiB'],
    rows.map((r) => [
      r.workload,
      fmt(r.mlgate.seconds, 2),
      r.reference,
      r.referenceSeconds === undefined ? '—' : fmt(r.referenceSeconds, 2),
      r.atLeast === undefined ? '—' : `${fmt(r.referenceSeconds! / r.mlgate.seconds, 2)}×`,
      r.target,
      r.met ? '✓' : '✗',
      r.peak,
    ]),
    1,
  ),
);

const missed = rows.filter((r) => !r.met).map((r) => `${r.workload} vs ${r.reference}`);
if (problems.length > 0) console.log(`\nmeasurements not comparable:\n- ${problems.join('\n- ')}`);
console.log(
  missed.length === 0
    ? '\nall targets met'
    : `\ntargets missed${STRICT ? '' : ' (exit 0 without --strict)'}:\n- ${missed.join('\n- ')}`,
);
if (problems.length > 0 || (STRICT && missed.length > 0)) process.exitCode = 1;
