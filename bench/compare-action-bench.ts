// Cold start of the bundled compare-metrics action on a 10-metric compare with `baseline: file:…` and no
// network (no token, no cache service), against a bare `node -e ''` on the same Node 24 binary in the same
// run. Target: the action's median at most 150 ms above bare Node's. Run: npx tsx bench/compare-action-bench.ts
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { actionNodeBinary } from '@mlgate/runner-harness';
import { repoActions } from '../scripts/repo-actions.js';

const TARGET_OVERHEAD_MS = 150;
const RUNS = 21;

const BASELINE = {
  accuracy: 0.9,
  loss: 0.25,
  f1: 0.88,
  precision: 0.87,
  recall: 0.89,
  auc: 0.95,
  latency_ms: 12.5,
  throughput: 840,
  ece: 0.031,
  brier: 0.082,
};
const CURRENT = { ...BASELINE, accuracy: 0.905, loss: 0.27, latency_ms: 12.4, ece: 0.029 };
const POLICY = `metrics:
  files: metrics.json
  default: { direction: higher, tolerance: "2%" }
  rules:
    loss: { direction: lower, tolerance: "10%" }
    latency_ms: { direction: lower, tolerance: "5%" }
    ece: { direction: lower, tolerance: 0.01 }
    brier: { direction: lower, tolerance: 0.01 }
`;

function time(binary: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd: string) {
  const started = process.hrtime.bigint();
  const result = spawnSync(binary, args, { env, cwd, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const node = actionNodeBinary();
  const actions = await repoActions();
  const script = path.join(actions.dir('compare-metrics'), '../../dist/compare-metrics/main.js');
  const root = mkdtempSync(path.join(tmpdir(), 'mlgate-bench-action-'));
  try {
    const workspace = path.join(root, 'workspace');
    const temp = path.join(root, 'temp');
    mkdirSync(workspace, { recursive: true });
    mkdirSync(temp, { recursive: true });
    writeFileSync(path.join(workspace, 'metrics.json'), JSON.stringify(CURRENT, null, 2));
    writeFileSync(path.join(workspace, 'baseline.json'), JSON.stringify(BASELINE, null, 2));
    writeFileSync(path.join(workspace, 'mlgate.yml'), POLICY);
    const eventPath = path.join(root, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ repository: { default_branch: 'main' } }));
    const files = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH'];
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/models',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_ATTEMPT: '1',
      RUNNER_TEMP: temp,
      // The runner applies action.yml defaults; `token` is left empty so nothing goes to the network.
      INPUT_METRICS: '',
      INPUT_CONFIG: 'mlgate.yml',
      INPUT_BASELINE: 'file:baseline.json',
      'INPUT_BASELINE-NAME': '',
      'INPUT_REQUIRE-BASELINE': '',
      'INPUT_FAIL-ON': 'fail',
      'INPUT_CHECK-NAME': 'metrics',
      'INPUT_DATA-REPORT': '',
      'INPUT_REPORT-DIR': '',
      INPUT_TOKEN: '',
      ...Object.fromEntries(files.map((name) => [name, path.join(temp, name.toLowerCase())])),
    };
    for (const name of files) writeFileSync(env[name]!, '');

    const check = time(node, [script], env, workspace);
    if (check.code !== 0 || !check.stdout.includes('compare-metrics: pass')) {
      throw new Error(`the action did not pass:\n${check.stdout}\n${check.stderr}`);
    }
    time(node, ['-e', ''], env, workspace); // warm the file cache for both
    const bare: number[] = [];
    const action: number[] = [];
    // Interleaved, so drift in machine load touches both series alike.
    for (let run = 0; run < RUNS; run++) {
      bare.push(time(node, ['-e', ''], env, workspace).ms);
      action.push(time(node, [script], env, workspace).ms);
    }
    const rows = [
      ["node -e ''", median(bare), Math.min(...bare)],
      ['compare-metrics (bundled)', median(action), Math.min(...action)],
    ] as const;
    const overhead = median(action) - median(bare);
    console.log(`compare-action-bench: 10 metrics, baseline: file:, no network; ${node}`);
    console.log(`${RUNS} interleaved runs each after one warm-up`);
    console.log(`${'case'.padEnd(26)}  ${'median ms'.padStart(9)}  ${'min ms'.padStart(6)}`);
    for (const [name, med, min] of rows)
      console.log(`${name.padEnd(26)}  ${med.toFixed(0).padStart(9)}  ${min.toFixed(0).padStart(6)}`);
    const met = overhead <= TARGET_OVERHEAD_MS;
    console.log(
      `overhead: ${overhead.toFixed(0)} ms (target at most ${TARGET_OVERHEAD_MS} ms): ${met ? 'met' : 'MISSED'}`,
    );
    if (!met) process.exitCode = 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
