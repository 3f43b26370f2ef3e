// The world an example workflow runs in for its test: the local GitHub (every request held to GitHub's API
// description), the Actions cache and artifact services on Azurite, one repository with a write token and a
// fork's read-only one, and the example's files. Each test file starts one and runs workflows in it.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from '@jest/globals';
import { startActionsServices, startLocalGitHub } from '@mlgate/local-github';
import type { ActionsServices, LocalGitHub } from '@mlgate/local-github';
import type { WebhookEvent } from '@mlgate/runner-harness';
import { ArtifactShelf, type AttestationRequest } from './runner/official-actions.js';
import type { RunStandIn } from './runner/job-run.js';
import { readWorkflow } from './runner/workflow-file.js';
import { runWorkflow, type WorkflowRun } from './runner/workflow-run.js';

export const [OWNER, REPO] = ['acme', 'churn-model'];
export const TOKEN = 'ghs_workflowExamplesWriteToken000001';
export const FORK_TOKEN = 'ghs_workflowExamplesForkReadToken001';
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixtures = path.join(root, 'test', 'fixtures');

export interface WorkflowWorld {
  readonly github: () => LocalGitHub;
  readonly services: () => ActionsServices;
  readonly attestations: AttestationRequest[];
  readonly shelf: ArtifactShelf;
  readonly scratch: () => string;
  /** Runs `workflows-examples/<file>` for `event`, with the repository's files from `checkout`. */
  run(
    file: string,
    options: {
      event: WebhookEvent;
      runId: number;
      checkout: (workspace: string, ref: string) => Promise<void>;
      run?: Readonly<Record<string, RunStandIn>>;
      token?: string;
      sha?: string;
      ref?: string;
    },
  ): Promise<WorkflowRun>;
  repo(): ReturnType<LocalGitHub['state']['repo']>;
}

export function useWorkflowWorld(): WorkflowWorld {
  let github: LocalGitHub;
  let services: ActionsServices;
  let scratch: string;
  let shelf: ArtifactShelf;
  const attestations: AttestationRequest[] = [];

  beforeAll(async () => {
    services = await startActionsServices();
    github = await startLocalGitHub({ artifacts: services.artifacts });
    github.tokens.add(TOKEN, { access: 'write' });
    github.tokens.add(FORK_TOKEN, { access: 'read' });
    github.state.addRepo(OWNER, REPO, { defaultBranch: 'main' });
    scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-workflows-'));
    shelf = new ArtifactShelf(path.join(scratch, 'artifacts'));
  }, 120_000);

  afterAll(async () => {
    await Promise.all([github?.close(), services?.close()]);
    if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
  });

  return {
    github: () => github,
    services: () => services,
    attestations,
    get shelf() {
      return shelf;
    },
    scratch: () => scratch,
    repo: () => github.state.repo(OWNER, REPO),
    async run(file, options) {
      return runWorkflow({
        workflow: await readWorkflow(path.join(root, 'workflows-examples', file)),
        event: options.event,
        runId: options.runId,
        github: {
          token: options.token ?? TOKEN,
          apiUrl: github.apiUrl,
          ...(options.sha !== undefined ? { sha: options.sha } : {}),
          ...(options.ref !== undefined ? { ref: options.ref } : {}),
        },
        services,
        checkout: options.checkout,
        run: options.run ?? {},
        vars: {},
        scratch,
        shelf,
        attestations,
      });
    },
  };
}

/**
 * The demo project as a repository at `stage`: mlgate.yml (with `moreConfig` appended), the schema, and that
 * stage's data. Its `report:` section is left out: the examples use the default comment slot, which
 * fork-comment.yml (it reads no mlgate.yml) looks for.
 */
export function demoProject(stage: 'main' | 'pull-request', moreConfig = '') {
  return async (workspace: string): Promise<void> => {
    const project = path.join(fixtures, 'demo-project');
    const config = await readFile(path.join(project, 'mlgate.yml'), 'utf8');
    const defaultReport = config.replace(/^report:\n(?: {2}.*\n)*/m, '');
    await writeFile(path.join(workspace, 'mlgate.yml'), defaultReport + moreConfig);
    await cp(path.join(project, 'schemas'), path.join(workspace, 'schemas'), { recursive: true });
    await cp(path.join(project, stage, 'data'), path.join(workspace, 'data'), { recursive: true });
  };
}

/**
 * What `pip install -r requirements.txt && python train.py` leaves: out/metrics.json of `stage` (the demo
 * project's measured metrics) and the model in model/.
 */
export function training(stage: 'main' | 'pull-request'): RunStandIn {
  return async ({ workspace }) => {
    await mkdir(path.join(workspace, 'out'), { recursive: true });
    await cp(
      path.join(fixtures, 'demo-project', stage, 'out', 'metrics.json'),
      path.join(workspace, 'out', 'metrics.json'),
    );
    await mkdir(path.join(workspace, 'model'), { recursive: true });
    await writeFile(path.join(workspace, 'model', 'churn.json'), JSON.stringify({ trees: 100, stage }));
    await writeFile(path.join(workspace, 'model', 'features.txt'), 'tenure\nplan\nmonthly_charges\n');
  };
}

/** A step's failure, said with the lines that explain it: what a failed expectation should show. */
export function failures(run: WorkflowRun): string[] {
  return run.jobs.flatMap((job) =>
    job.steps
      .filter((step) => step.outcome === 'failure')
      .map(
        (step) =>
          `${job.name} / ${step.label}: ${step.error ?? step.action?.annotations.map((a) => a.message).join(' | ')}`,
      ),
  );
}
