// Benchmark of `mlgate validate` on CSV against references timed in the same run. Each measured command runs
// in its own process under /usr/bin/time (elapsed seconds, peak RSS). Programs are bundled with esbuild first,
// so mlgate is measured as shipped, on the runner's Node.
//
//   npm run bench -- validate                       # 2M rows
//   npx tsx bench/validate-bench.ts --rows 2000000 --flat 8000000   # also mlgate's RSS on 8M rows
//
// Parquet and Arrow rows: add a `Measured` entry per format to `measurements()` once their readers exist
// (the data generator then writes those files next to the CSV).
import { join } from 'node:path';
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
import { generateBenchCsv, writeBenchSchema } from './generate-data.js';

const ROWS = flag('rows', Number(process.env.MLGATE_BENCH_ROWS ?? 2_000_000));
const FLAT_ROWS = flag('flat', 0);
const REPEAT = flag('repeat', 2);

interface Measured {
  readonly name: string;
  readonly command: readonly string[];
  /** Reads the violation count from the command's stdout; null when the command does not check anything. */
  readonly violations: (stdout: string) => number | null;
}

function measurements(dist: string, csv: string, schema: string): Measured[] {
  const js = (name: string) => join(dist, `${name}.js`);
  const fromJson = (stdout: string) => (JSON.parse(stdout) as { violations: number | null }).violations;
  return [
    {
      name: 'cat (read the file)',
      command: ['sh', '-c', `cat "${csv}" > /dev/null`],
      violations: () => null,
    },
    { name: 'csv-parse alone', command: [node, js('csv-parse-only'), csv], violations: fromJson },
    { name: 'csv-parse + ajv per row (naive)', command: [node, js('naive-ajv'), csv], violations: fromJson },
    { name: 'DuckDB (2 threads)', command: [node, js('duckdb-count'), csv, '2'], violations: fromJson },
    {
      name: 'mlgate validate',
      command: mlgateValidate(dist, schema, csv),
      violations: mlgateErrorCount,
    },
  ];
}

const mib = (bytes: number) => bytes / 1024 / 1024;

const data = await generateBenchCsv(ROWS);
const schema = writeBenchSchema();
const dist = await bundleBench('dist', {
  'csv-parse-only': 'bench/references/csv-parse-only.ts',
  'naive-ajv': 'bench/references/naive-ajv.ts',
  'duckdb-count': 'bench/references/duckdb-count.ts',
});
console.log(
  `CSV: ${ROWS.toLocaleString('en-US')} rows × 20 columns, ${fmt(mib(data.bytes))} MiB, ${data.plantedViolations} planted violations; ${REPEAT} runs each, best kept; Node ${nodeVersion()}\n`,
);

const results = measurements(dist, data.path, schema).map((m) => ({
  ...m,
  ...measure(m.command, m.violations, REPEAT),
}));
const mlgate = results.at(-1)!;
const header = ['command', 'seconds', 'rows/s', 'MB/s', 'peak RSS MiB', 'violations', 'mlgate speed-up'];
const rows = results.map((r) => [
  r.name,
  fmt(r.seconds, 2),
  fmt(ROWS / r.seconds / 1e6, 2) + 'M',
  fmt(data.bytes / 1e6 / r.seconds, 0),
  fmt(r.rssMiB, 0),
  r.violations === null ? '—' : String(r.violations),
  r === mlgate ? '1.00×' : `${fmt(r.seconds / mlgate.seconds, 2)}×`,
]);
console.log(markdownTable(header, rows));

const problems: string[] = [];
for (const r of results) {
  if (r.violations !== null && r.violations !== data.plantedViolations)
    problems.push(`${r.name} counted ${r.violations} violations, ${data.plantedViolations} were planted`);
}
const ratio = (name: string) => results.find((r) => r.name.startsWith(name))!.seconds / mlgate.seconds;
if (ratio('DuckDB') < 1) problems.push(`mlgate is ${fmt(ratio('DuckDB'), 2)}× DuckDB (target ≥ 1.0×)`);
if (ratio('csv-parse + ajv') < 3)
  problems.push(`mlgate is ${fmt(ratio('csv-parse + ajv'), 2)}× the naive validator (target ≥ 3×)`);
if (mlgate.rssMiB >= 200) problems.push(`mlgate peak RSS ${fmt(mlgate.rssMiB, 0)} MiB (target < 200 MiB)`);

if (FLAT_ROWS > 0) {
  const big = await generateBenchCsv(FLAT_ROWS);
  const large = measure(measurements(dist, big.path, schema).at(-1)!.command, mlgateErrorCount, REPEAT);
  console.log(
    `\nmlgate on ${FLAT_ROWS.toLocaleString('en-US')} rows (${fmt(mib(big.bytes), 0)} MiB): ${fmt(large.seconds, 2)} s, peak RSS ${fmt(large.rssMiB, 0)} MiB (vs ${fmt(mlgate.rssMiB, 0)} MiB on ${ROWS.toLocaleString('en-US')}), ${large.violations} violations`,
  );
  if (large.violations !== big.plantedViolations)
    problems.push(
      `mlgate counted ${large.violations} violations on ${FLAT_ROWS} rows, ${big.plantedViolations} were planted`,
    );
  if (large.rssMiB >= 200)
    problems.push(`mlgate peak RSS on ${FLAT_ROWS} rows: ${fmt(large.rssMiB, 0)} MiB (target < 200 MiB)`);
}
console.log(problems.length === 0 ? '\nall targets met' : `\ntargets missed:\n- ${problems.join('\n- ')}`);
if (problems.length > 0) process.exitCode = 1;
