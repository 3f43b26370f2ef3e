// Cold start of every bundled action: each runs as the runner runs it (a child `node <stage>.js` on the
// runner's Node 24, INPUT_* from action.yml defaults plus the step's `with:`, GITHUB_*/RUNNER_* and fresh
// file-command files) on a small input that needs no network, against a bare `node -e ''` in the same run.
// Target: every action at most 100 ms above bare Node (best of N, interleaved runs).
// What each row measures:
// - validate-data: a 5-row CSV against a Table Schema (the schema, the reader and the checks), no token.
// - compare-metrics: 10 metrics against `baseline: file:` with a metrics policy, no token.
// - mlgate (root action): the demo project on a workflow_dispatch run (a 6-row CSV and nested metrics
//   against `baseline: file:`): validation, comparison, report, no token (no comment, no check run).
// - comment: one report file rendered into the job summary; GITHUB_API_URL is a closed 127.0.0.1 port, so
//   the run ends at the first request with one clear error (exit 2): start-up, config, inputs, the client.
//   A refused connection fails at once (a profile shows ~11 ms idle in the whole run, no retry wait): its
//   extra time over the other rows is loading the HTTP client (octokit, Node's http, tls, http2, undici).
// - publish-model: one model file, no requirements; the API is the same closed port, so the run ends at
//   the first request (exit 2): start-up, inputs, hashing the file, the client.
// Run: npx tsx bench/cold-start-bench.ts [--runs N]   (or npm run bench -- cold-start)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  readActionManifest,
  resolveInputs,
  githubContext,
  runnerContext,
  runnerEnvironment,
  webhookEvent,
  type RunnerEnvInput,
} from '@mlgate/runner-harness';
import { repoActions } from '../scripts/repo-actions.js';
import { flag, fmt, markdownTable, node, nodeVersion, repoRoot } from './bench-measure.js';

const TARGET_OVERHEAD_MS = 100;
const RUNS = flag('runs', 15);
const TOKEN = 'ghs_0123456789abcdefghij';
const FILE_COMMANDS = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH'];

const fixture = (relative: string): string =>
  readFileSync(path.join(repoRoot, 'test/fixtures', relative), 'utf8');

interface Case {
  /** `actions/<name>`, or `.` for the root action. */
  readonly action: string;
  readonly label: string;
  readonly files: Readonly<Record<string, string>>;
  readonly inputs: Readonly<Record<string, string>>;
  /** Default: a pull request opened. */
  readonly event?: string;
  /** Job `env:`. */
  readonly env?: Readonly<Record<string, string>>;
  /** Token for `${{ github.token }}` defaults; empty keeps the action off the network. */
  readonly token: string;
  /** The exit code and a line of its log that prove the action did its work rather than fail early. */
  readonly expectCode: number;
  readonly expectLog: RegExp;
}

/** A refused connection is retried with backoff (seconds); a budget this small refuses the first retry. */
const NO_RETRIES = { MLGATE_GITHUB_RETRY_BUDGET_SECONDS: '0.001' };

const METRICS = { accuracy: 0.9, loss: 0.25, f1: 0.88, precision: 0.87, recall: 0.89, auc: 0.95 };

function cases(): Case[] {
  return [
    {
      action: 'validate-data',
      label: 'validate-data (5-row CSV)',
      files: {
        'people.csv': fixture('data/people.valid.csv'),
        'people.schema.json': fixture('data/people.schema.json'),
      },
      inputs: { schema: 'people.schema.json', data: 'people.csv' },
      token: '',
      expectCode: 0,
      expectLog: /validate-data/,
    },
    {
      action: 'compare-metrics',
      label: 'compare-metrics (file: baseline)',
      files: {
        'metrics.json': JSON.stringify({ ...METRICS, accuracy: 0.905, loss: 0.26 }),
        'baseline.json': JSON.stringify(METRICS),
        'mlgate.yml': 'metrics:\n  files: metrics.json\n  default: { direction: higher, tolerance: "2%" }\n',
      },
      inputs: { baseline: 'file:baseline.json' },
      token: '',
      expectCode: 0,
      expectLog: /compare-metrics: pass/,
    },
    {
      action: '.',
      label: 'mlgate root (demo project)',
      files: {
        'mlgate.yml': fixture('demo-project/mlgate.yml'),
        'schemas/customers.schema.json': fixture('demo-project/schemas/customers.schema.json'),
        'data/customers.csv': fixture('demo-project/main/data/customers.csv'),
        'out/metrics.json': fixture('demo-project/main/out/metrics.json'),
        'baseline.json': fixture('demo-project/main/out/metrics.json'),
      },
      inputs: { baseline: 'file:baseline.json' },
      token: '',
      event: 'workflow_dispatch',
      expectCode: 0,
      expectLog: /mlgate: pass/,
    },
    {
      action: 'comment',
      label: 'comment (API unreachable)',
      files: { 'report.json': fixture('reports/comparison-regressed.json') },
      inputs: { reports: 'report.json' },
      token: TOKEN,
      env: NO_RETRIES,
      expectCode: 2,
      expectLog: /127\.0\.0\.1|ECONNREFUSED|connect/i,
    },
    {
      action: 'publish-model',
      label: 'publish-model (API unreachable)',
      files: { 'model.bin': 'weights' },
      inputs: { model: 'model.bin', name: 'churn', version: '1.0.0', require: '' },
      token: TOKEN,
      env: NO_RETRIES,
      expectCode: 2,
      expectLog: /127\.0\.0\.1|ECONNREFUSED|connect/i,
    },
  ];
}

/** A port nothing listens on: bound by the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface Prepared {
  readonly label: string;
  readonly script: string;
  readonly env: NodeJS.ProcessEnv;
  readonly workspace: string;
  readonly check: Case;
}

/** The step's environment as the runner builds it (see packages/runner-harness/src/run-action.ts). */
function prepare(root: string, actionsDir: (name: string) => string, apiUrl: string, c: Case): Prepared {
  const dir = mkdtempSync(path.join(root, 'step-'));
  const workspace = path.join(dir, 'workspace');
  const runnerTemp = path.join(dir, '_temp');
  const eventPath = path.join(dir, 'event.json');
  for (const [name, text] of Object.entries(c.files)) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    writeFileSync(path.join(workspace, name), text);
  }
  mkdirSync(runnerTemp, { recursive: true });
  const event =
    c.event === undefined ? webhookEvent('pull_request', { action: 'opened' }) : webhookEvent(c.event);
  writeFileSync(eventPath, JSON.stringify(event.payload));
  const manifest = readActionManifest(path.join(actionsDir(c.action), 'action.yml'));
  const envInput: RunnerEnvInput = {
    event,
    eventPath,
    workspace,
    runnerTemp,
    toolCache: path.join(dir, '_tool'),
    actionPath: manifest.dir,
    stepDebug: false,
    github: { token: c.token, apiUrl },
  };
  const inputs = resolveInputs(manifest, c.inputs, {
    github: githubContext(envInput),
    runner: runnerContext(envInput),
    env: c.env ?? {},
  });
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'] };
  Object.assign(env, c.env, inputs.env, runnerEnvironment(envInput));
  for (const name of FILE_COMMANDS) {
    env[name] = path.join(runnerTemp, name.toLowerCase());
    writeFileSync(env[name]!, '');
  }
  return {
    label: c.label,
    script: path.resolve(manifest.dir, manifest.runs.main!),
    env,
    workspace,
    check: c,
  };
}

function run(command: readonly string[], env: NodeJS.ProcessEnv, cwd: string) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0]!, command.slice(1), { env, cwd, encoding: 'utf8' });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, code: result.status, log: result.stdout };
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const actions = await repoActions();
  const root = mkdtempSync(path.join(tmpdir(), 'mlgate-bench-cold-'));
  try {
    const apiUrl = `http://127.0.0.1:${await closedPort()}`;
    const steps = cases().map((c) => prepare(root, (name) => actions.dir(name), apiUrl, c));
    const bareCommand = [node, '-e', ''];
    // COLD_START_CPU_PROF=<dir>: each action's first run also writes a V8 CPU profile there (what its start
    // spends time on: compiling modules, evaluating them, the work itself).
    const profileDir = process.env['COLD_START_CPU_PROF'];
    for (const step of steps) {
      const profile =
        profileDir === undefined
          ? []
          : [
              '--cpu-prof',
              '--cpu-prof-interval',
              '200',
              '--cpu-prof-dir',
              path.resolve(profileDir, step.label.split(' ')[0]!),
            ];
      const first = run([node, ...profile, step.script], step.env, step.workspace);
      if (first.code !== step.check.expectCode || !step.check.expectLog.test(first.log)) {
        throw new Error(
          `${step.label}: expected exit ${step.check.expectCode} and a log line matching ${step.check.expectLog}, ` +
            `got exit ${first.code}:\n${first.log}`,
        );
      }
    }
    const bare: number[] = [];
    const times = steps.map((): number[] => []);
    // Interleaved, so drift in machine load touches every series alike.
    for (let i = 0; i < RUNS; i++) {
      bare.push(run(bareCommand, steps[0]!.env, steps[0]!.workspace).ms);
      steps.forEach((step, s) => times[s]!.push(run([node, step.script], step.env, step.workspace).ms));
    }
    const bareBest = Math.min(...bare);
    const bareMedian = median(bare);
    const missed: string[] = [];
    const rows = [
      ["node -e ''", fmt(bareBest, 0), fmt(bareMedian, 0), '', ''],
      ...steps.map((step, s) => {
        const best = Math.min(...times[s]!);
        const delta = best - bareBest;
        if (delta > TARGET_OVERHEAD_MS) missed.push(step.label);
        return [
          step.label,
          fmt(best, 0),
          fmt(median(times[s]!), 0),
          `+${fmt(delta, 0)}`,
          delta <= TARGET_OVERHEAD_MS ? 'met' : 'MISSED',
        ];
      }),
    ];
    console.log(`cold-start-bench: ${nodeVersion()}, best of ${RUNS} interleaved runs, no network`);
    console.log(
      markdownTable(
        ['case', 'best ms', 'median ms', `Δ best vs node -e '' (≤ +${TARGET_OVERHEAD_MS})`, 'target'],
        rows,
      ),
    );
    if (missed.length > 0) {
      console.log(`missed: ${missed.join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
