// Benchmark of `mlgate validate` on Parquet and Arrow IPC (the CSV bench's 2M rows × 20 columns, typed), against
// references timed in the same run: DuckDB counting the same violations on the same Parquet file, and
// apache-arrow reading every record batch. Each command runs in its own process under /usr/bin/time (elapsed
// seconds, peak RSS), bundled with esbuild first, on the runner's Node.
//
//   npm run bench -- columnar
//   npx tsx bench/columnar-bench.ts --rows 2000000 --repeat 3
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { parquetMetadata } from 'hyparquet';
import {
  flag,
  fmt,
  markdownTable,
  measure,
  mlgateErrorCount,
  node,
  nodeVersion,
  bundleBench,
  mlgateValidate,
} from './bench-measure.js';
import { generateBenchArrow, generateBenchParquet } from './generate-columnar.js';
import { generateBenchCsv, writeBenchSchema } from './generate-data.js';

const ROWS = flag('rows', Number(process.env.MLGATE_BENCH_ROWS ?? 2_000_000));
const REPEAT = flag('repeat', 2);
/** The budget: one row group in memory plus this much. */
const PARQUET_RSS_ALLOWANCE_MIB = 150;
const ARROW_TARGET_ROWS_PER_SECOND = 3_000_000;
const PARQUET_TARGET_VS_DUCKDB = 0.5;

/** The decoded size of the largest row group, as the footer states it. */
async function largestRowGroupMiB(path: string): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tail = Buffer.alloc(8);
    await handle.read(tail, 0, 8, size - 8);
    const footer = Buffer.alloc(tail.readUInt32LE(0) + 8);
    await handle.read(footer, 0, footer.length, size - footer.length);
    const metadata = parquetMetadata(new Uint8Array(footer));
    return Math.max(...metadata.row_groups.map((rg) => Number(rg.total_byte_size))) / 1024 / 1024;
  } finally {
    await handle.close();
  }
}

const fromJson = (stdout: string) => (JSON.parse(stdout) as { violations: number | null }).violations;

const csv = await generateBenchCsv(ROWS);
const parquet = await generateBenchParquet(ROWS);
const arrow = await generateBenchArrow(ROWS);
const schema = writeBenchSchema();
const dist = await bundleBench('dist-columnar', {
  'duckdb-parquet-count': 'bench/references/duckdb-parquet-count.ts',
  'arrow-read': 'bench/references/arrow-read.ts',
});
const js = (name: string) => join(dist, `${name}.js`);
const mlgate = (file: string) => mlgateValidate(dist, schema, file);

const cases = [
  {
    format: 'Parquet',
    name: 'DuckDB (2 threads)',
    file: parquet,
    command: [node, js('duckdb-parquet-count'), parquet.path, schema, '2'],
    violations: fromJson,
  },
  {
    format: 'Parquet',
    name: 'mlgate validate',
    file: parquet,
    command: mlgate(parquet.path),
    violations: mlgateErrorCount,
  },
  {
    format: 'Arrow',
    name: 'apache-arrow read',
    file: arrow,
    command: [node, js('arrow-read'), arrow.path],
    violations: () => null,
  },
  {
    format: 'Arrow',
    name: 'mlgate validate',
    file: arrow,
    command: mlgate(arrow.path),
    violations: mlgateErrorCount,
  },
];
const rowGroupMiB = await largestRowGroupMiB(parquet.path);
console.log(
  `${ROWS.toLocaleString('en-US')} rows × 20 columns, ${csv.plantedViolations} planted violations; Parquet (snappy, largest row group ${fmt(rowGroupMiB)} MiB decoded) ${fmt(parquet.bytes / 2 ** 20)} MiB, Arrow IPC file ${fmt(arrow.bytes / 2 ** 20)} MiB; ${REPEAT} runs each, best kept; Node ${nodeVersion()}\n`,
);
const results = cases.map((c) => ({ ...c, ...measure(c.command, c.violations, REPEAT) }));
const reference = (format: string) =>
  results.find((r) => r.format === format && !r.name.startsWith('mlgate'))!;
const header = [
  'format',
  'command',
  'seconds',
  'rows/s',
  'MB/s',
  'peak RSS MiB',
  'violations',
  'mlgate vs reference',
];
const rows = results.map((r) => [
  r.format,
  r.name,
  fmt(r.seconds, 2),
  `${fmt(ROWS / r.seconds / 1e6, 2)}M`,
  fmt(r.file.bytes / 1e6 / r.seconds, 0),
  fmt(r.rssMiB, 0),
  r.violations === null ? '—' : String(r.violations),
  r.name.startsWith('mlgate') ? `${fmt(reference(r.format).seconds / r.seconds, 2)}×` : '',
]);
console.log(markdownTable(header, rows, 2));

const problems: string[] = [];
for (const r of results) {
  if (r.violations !== null && r.violations !== csv.plantedViolations)
    problems.push(
      `${r.format} ${r.name} counted ${r.violations} violations, ${csv.plantedViolations} were planted`,
    );
}
const parquetMlgate = results[1]!;
const arrowMlgate = results[3]!;
const vsDuckdb = reference('Parquet').seconds / parquetMlgate.seconds;
if (vsDuckdb < PARQUET_TARGET_VS_DUCKDB)
  problems.push(`Parquet: mlgate is ${fmt(vsDuckdb, 2)}× DuckDB (target ≥ ${PARQUET_TARGET_VS_DUCKDB}×)`);
if (parquetMlgate.rssMiB > rowGroupMiB + PARQUET_RSS_ALLOWANCE_MIB)
  problems.push(
    `Parquet: peak RSS ${fmt(parquetMlgate.rssMiB, 0)} MiB (target ≤ ${fmt(rowGroupMiB, 0)} + ${PARQUET_RSS_ALLOWANCE_MIB} MiB)`,
  );
if (ROWS / arrowMlgate.seconds < ARROW_TARGET_ROWS_PER_SECOND)
  problems.push(`Arrow: ${fmt(ROWS / arrowMlgate.seconds / 1e6, 2)}M rows/s (target ≥ 3M)`);
console.log(problems.length === 0 ? '\nall targets met' : `\ntargets missed:\n- ${problems.join('\n- ')}`);
if (problems.length > 0) process.exitCode = 1;
