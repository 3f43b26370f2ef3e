// Compares 50,000 metrics (per-class and per-slice, nested JSON) through the mlgate CLI in a child process and
// prints wall time and peak RSS. Target: under 1 s wall. Run: npx tsx bench/compare-bench.ts
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { actionBuildOptions } from '../scripts/action-bundler.js';
import { workerEntries } from '../scripts/dist-plan.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_MS = 1000;
const RUNS = 5;
const CLASSES = 1000; // × 5 metrics = 5,000
const CLASS_METRICS = ['precision', 'recall', 'f1', 'auc', 'support'];
const SLICE_DIMENSIONS = 15; // × 300 values × 10 metrics = 45,000
const SLICE_VALUES = 300;
const SLICE_METRICS = [
  'accuracy',
  'precision',
  'recall',
  'f1',
  'auc',
  'logloss',
  'ece',
  'brier',
  'count',
  'coverage',
];

/** Deterministic, so every run compares the same files (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function metricsTree(next: () => number, drift: number): object {
  const perClass: Record<string, Record<string, number>> = {};
  for (let c = 0; c < CLASSES; c++) {
    perClass[`class_${c}`] = Object.fromEntries(
      CLASS_METRICS.map((name) => [
        name,
        name === 'support' ? 100 + c : 0.5 + next() * 0.4 + drift * (next() - 0.6),
      ]),
    );
  }
  const perSlice: Record<string, Record<string, Record<string, number>>> = {};
  for (let d = 0; d < SLICE_DIMENSIONS; d++) {
    const values: Record<string, Record<string, number>> = {};
    for (let v = 0; v < SLICE_VALUES; v++) {
      values[`value_${v}`] = Object.fromEntries(
        SLICE_METRICS.map((name) => [name, 0.5 + next() * 0.4 + drift * (next() - 0.6)]),
      );
    }
    perSlice[`dimension_${d}`] = values;
  }
  return { accuracy: 0.9, loss: 0.21, per_class: perClass, per_slice: perSlice };
}

const POLICY = `metrics:
  default:
    direction: none
  rules:
    accuracy: { direction: higher, tolerance: 0.01, required: true }
    loss: { direction: lower, tolerance: "5%" }
    per_class.*.recall: { direction: higher, tolerance: 0.02, severity: warn }
    per_class.*.support: { direction: equal }
    per_class.*.*: { direction: higher, tolerance: "3%" }
    per_slice.**: { direction: higher, tolerance: "5%" }
    per_slice.*.*.logloss: { direction: lower, tolerance: "5%" }
`;

interface Runner {
  readonly description: string;
  readonly script: string;
  readonly cleanup: () => void;
}

/** The committed bundle when it has `compare`; otherwise a fresh bundle made with the same esbuild options. */
async function cliRunner(): Promise<Runner> {
  const committed = path.join(repoRoot, 'dist/cli/mlgate.js');
  if (existsSync(committed)) {
    const help = spawnSync(process.execPath, [committed, 'compare', '--help'], { encoding: 'utf8' });
    if (help.status === 0)
      return { description: 'dist/cli/mlgate.js (committed bundle)', script: committed, cleanup: () => {} };
  }
  const outdir = mkdtempSync(path.join(tmpdir(), 'mlgate-bench-cli-'));
  const result = await esbuild.build({
    ...actionBuildOptions(repoRoot, outdir),
    entryPoints: {
      'cli/mlgate': path.join(repoRoot, 'packages/cli/src/main.ts'),
      ...workerEntries(repoRoot),
    },
    write: true,
  });
  if (result.errors.length > 0) throw new Error('esbuild failed');
  return {
    description: 'fresh bundle of packages/cli/src/main.ts (dist/cli/mlgate.js has no compare yet)',
    script: path.join(outdir, 'cli/mlgate.js'),
    cleanup: () => rmSync(outdir, { recursive: true, force: true }),
  };
}

// Preloaded into the child: reports its own peak RSS on exit (kilobytes, from getrusage).
const PEAK_RSS_PRELOAD = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmlgate-bench-maxrss '+process.resourceUsage().maxRSS+'\\n'))`;

function timeRun(
  script: string,
  cwd: string,
  args: readonly string[],
): { ms: number; rssKb: number; code: number | null } {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', PEAK_RSS_PRELOAD, script, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = /mlgate-bench-maxrss (\d+)/.exec(result.stderr);
  if (result.status === 2 || rss === null) throw new Error(`the CLI failed: ${result.stderr.slice(0, 500)}`);
  return { ms, rssKb: Number(rss[1]), code: result.status };
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'mlgate-bench-compare-'));
  const runner = await cliRunner();
  try {
    mkdirSync(work, { recursive: true });
    writeFileSync(path.join(work, 'baseline.json'), JSON.stringify(metricsTree(random(1), 0), null, 2));
    writeFileSync(path.join(work, 'current.json'), JSON.stringify(metricsTree(random(1), 0.05), null, 2));
    writeFileSync(path.join(work, 'mlgate.yml'), POLICY);
    const cases: [string, string[]][] = [
      ['text table', ['compare', '--current', 'current.json', '--baseline', 'baseline.json']],
      ['--json', ['compare', '--current', 'current.json', '--baseline', 'baseline.json', '--json']],
    ];
    const rows: string[][] = [];
    let worstMedian = 0;
    for (const [name, args] of cases) {
      timeRun(runner.script, work, args); // warm the file cache
      const runs = Array.from({ length: RUNS }, () => timeRun(runner.script, work, args));
      const times = runs.map((run) => run.ms).sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)]!;
      worstMedian = Math.max(worstMedian, median);
      rows.push([
        name,
        median.toFixed(0),
        times[0]!.toFixed(0),
        (Math.max(...runs.map((run) => run.rssKb)) / 1024).toFixed(0),
        String(runs[0]!.code),
      ]);
    }
    console.log(
      `compare-bench: 50,000 metrics (5,000 per-class + 45,000 per-slice), nested JSON, 7 policy rules`,
    );
    console.log(`CLI: ${runner.description}; node ${process.version}; ${RUNS} runs after one warm-up`);
    const header = ['case', 'median ms', 'min ms', 'peak RSS MiB', 'exit'];
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
    for (const row of [header, ...rows])
      console.log(
        row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
      );
    console.log(`target: under ${TARGET_MS} ms wall: ${worstMedian < TARGET_MS ? 'met' : 'MISSED'}`);
    if (worstMedian >= TARGET_MS) process.exitCode = 1;
  } finally {
    runner.cleanup();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
