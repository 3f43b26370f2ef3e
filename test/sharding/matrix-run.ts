import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from '@jest/globals';
import { startActionsServices, startLocalGitHub } from '@mlgate/local-github';
import type { ActionsServices, GitHubState, LocalGitHub } from '@mlgate/local-github';
import { runAction, webhookEvent } from '@mlgate/runner-harness';
import type { ActionRun } from '@mlgate/runner-harness';
import { repoActions } from '../../scripts/repo-actions.js';
import { fixtures } from '../validate-data/validate-data-step.js';

// A sharded workflow run as the runner runs it: every job checks the repository out into its own workspace,
// its steps run the bundled actions against the local GitHub (one pull request) and the local Actions
// services, so the shard jobs and the merge job meet only through the run's artifacts.

const OWNER = 'octo-org';
const REPO = 'lakehouse';
const TOKEN = 'ghs_sharded_write_token';
const HEAD_SHA = '5c1d0e7a9b3f2c4d6e8f0a1b2c3d4e5f6a7b8c9d';
const PULL_REQUEST = 12;

/** The data of test/fixtures/data the run's repository holds. */
const FILES = [
  'people.schema.json',
  'people.valid.csv',
  'people.invalid.csv',
  'people.tsv',
  'people.valid.jsonl',
  'people.invalid.jsonl',
  'columnar/measurements.schema.json',
  'columnar/measurements.parquet',
  'columnar/measurements.arrow',
  'columnar/measurements.arrows',
  'columnar/events.schema.json',
  'columnar/events.parquet',
];
/** Several files (whole files to each shard) and one (split by row groups) that repeats keys across pieces. */
const CONFIG = `datasets:
  - name: people
    path: [people.valid.csv, people.invalid.csv, people.tsv, people.valid.jsonl, people.invalid.jsonl]
    schema: people.schema.json
  - name: measurements
    path: [columnar/measurements.parquet, columnar/measurements.arrow, columnar/measurements.arrows]
    schema: columnar/measurements.schema.json
  # One file, split across the shards: its row groups are split, its ids and (user, day) pairs repeat across pieces.
  - name: events
    path: columnar/events.parquet
    schema: columnar/events.schema.json
report:
  max-errors: 9
`;

type RepoState = ReturnType<GitHubState['repo']>;

export interface MatrixRun {
  readonly github: () => LocalGitHub;
  readonly services: () => ActionsServices;
  /** One step of run `runId`, in job `jobId`: `action` is `.` for the root action, else its folder's name. */
  step(action: string, runId: number, jobId: number, inputs: Record<string, string>): Promise<ActionRun>;
  /** The reports a step wrote (its output `reports`), without their time. */
  reportsOf(run: ActionRun, runId: number, jobId: number): Promise<unknown[]>;
  /** The check runs on the pull request's head. */
  checkRuns(): RepoState['checkRuns'];
  /** The comments on the pull request's conversation. */
  comments(): RepoState['issueComments'];
}

/** Starts the local GitHub and Actions services for the test file (stopped after it) and runs steps on them. */
export function useMatrixRun(): MatrixRun {
  let services: ActionsServices;
  let github: LocalGitHub;
  let scratch: string;

  beforeAll(async () => {
    [services, github] = await Promise.all([startActionsServices(), startLocalGitHub()]);
    github.tokens.add(TOKEN, { access: 'write' });
    github.state.addRepo(OWNER, REPO, { defaultBranch: 'main' });
    github.state.addPullRequest(OWNER, REPO, {
      number: PULL_REQUEST,
      head: { ref: 'more-data', sha: HEAD_SHA },
    });
    scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-sharded-'));
  }, 120_000);

  afterAll(async () => {
    await Promise.all([github?.close(), services?.close()]);
  });

  const event = webhookEvent('pull_request', {
    action: 'opened',
    repository: `${OWNER}/${REPO}`,
    overrides: { number: PULL_REQUEST, pull_request: { number: PULL_REQUEST, head: { sha: HEAD_SHA } } },
  });

  const jobWorkspace = (runId: number, jobId: number) => path.join(scratch, `run-${runId}-job-${jobId}`);

  /** Each job checks the repository out afresh: its own workspace holding the data and mlgate.yml. */
  async function checkout(dir: string): Promise<string> {
    for (const file of FILES) await cp(path.join(fixtures, file), path.join(dir, file), { recursive: true });
    await writeFile(path.join(dir, 'mlgate.yml'), CONFIG);
    return dir;
  }

  return {
    github: () => github,
    services: () => services,
    async step(action, runId, jobId, inputs) {
      return runAction((await repoActions()).dir(action), {
        inputs,
        event,
        workspace: await checkout(jobWorkspace(runId, jobId)),
        env: services.envFor({ runId, jobId, ref: `refs/pull/${PULL_REQUEST}/merge` }),
        github: { token: TOKEN, apiUrl: github.apiUrl, runId: String(runId) },
        timeoutMs: 60_000,
      });
    },
    async reportsOf(run, runId, jobId) {
      const workspace = jobWorkspace(runId, jobId);
      return Promise.all(
        (run.outputs['reports'] ?? '').split('\n').map(async (file) => {
          const report = JSON.parse(await readFile(path.resolve(workspace, file), 'utf8')) as object;
          return { ...report, createdAt: undefined };
        }),
      );
    },
    checkRuns: () => github.state.repo(OWNER, REPO).checkRuns.filter((run) => run.headSha === HEAD_SHA),
    comments: () => github.state.repo(OWNER, REPO).issueComments,
  };
}
