// One job of a workflow, run step by step as the runner runs it: each step's `if:` against the job's status
// so far, its `with:` and `env:` evaluated against the contexts, mlgate's steps on the bundled actions
// (runAction, Node 24), the official actions and `run:` scripts by their declared stand-ins. Steps share the
// job's workspace and RUNNER_TEMP; `steps.<id>.outputs` carry what each step set.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ActionsServices } from '@mlgate/local-github';
import { eventRefs, runAction, type ActionRun, type WebhookEvent } from '@mlgate/runner-harness';
import { repoActions } from '../../../scripts/repo-actions.js';
import {
  CHECKOUT,
  OFFICIAL_ACTIONS,
  type ArtifactShelf,
  type AttestationRequest,
} from './official-actions.js';
import { conditionHolds, evaluateTemplate, type ExpressionContexts } from './workflow-expressions.js';
import { stepLabel, type Workflow, type WorkflowJob, type WorkflowStep } from './workflow-file.js';

/** What a `run:` step's stand-in is given: it does in the workspace what the script would. */
export interface RunStep {
  readonly workspace: string;
  readonly env: Readonly<Record<string, string>>;
}

export type RunStandIn = (step: RunStep) => Promise<Record<string, string> | void>;

/** Everything one workflow run shares between its jobs. */
export interface RunSetting {
  readonly workflow: Workflow;
  readonly event: WebhookEvent;
  readonly runId: number;
  readonly github: {
    readonly token: string;
    readonly apiUrl: string;
    readonly sha?: string;
    readonly ref?: string;
  };
  /** The cache and artifact services mlgate's steps reach through ACTIONS_RUNTIME_TOKEN. */
  readonly services: ActionsServices;
  /** actions/checkout: the repository's files at `ref` (empty: the event's commit). */
  readonly checkout: (workspace: string, ref: string) => Promise<void>;
  /** `run:` steps by their label (name, else first line): the workflow's own scripts, stood in for. */
  readonly run: Readonly<Record<string, RunStandIn>>;
  readonly vars: Readonly<Record<string, string>>;
  readonly scratch: string;
  readonly shelf: ArtifactShelf;
  readonly attestations: AttestationRequest[];
}

export type StepOutcome = 'success' | 'failure' | 'skipped';

export interface StepResult {
  readonly label: string;
  readonly id?: string;
  readonly outcome: StepOutcome;
  readonly outputs: Readonly<Record<string, string>>;
  /** An mlgate step's run: its log, annotations, summary. */
  readonly action?: ActionRun;
  /** Why a stand-in failed. */
  readonly error?: string;
}

export interface JobResult {
  /** The job's id, with its matrix values for a matrix job: `shard (2)`. */
  readonly name: string;
  readonly result: 'success' | 'failure' | 'skipped';
  readonly outputs: Readonly<Record<string, string>>;
  readonly steps: readonly StepResult[];
  readonly workspace: string;
}

const MLGATE = /^mlgate\/mlgate(?:\/actions\/([\w-]+))?@v1$/;

/** The `github` context: the runner's values, and `event` the payload itself. */
export function githubContext(setting: RunSetting, workspace: string): Record<string, unknown> {
  const refs = eventRefs(setting.event);
  const payload = setting.event.payload;
  const repository = (payload['repository'] ?? {}) as { full_name?: string };
  return {
    event_name: setting.event.name,
    event: payload,
    repository: repository.full_name ?? '',
    repository_owner: (repository.full_name ?? '').split('/')[0],
    ref: setting.github.ref ?? refs.ref,
    sha: setting.github.sha ?? refs.sha,
    head_ref: refs.headRef,
    base_ref: refs.baseRef,
    run_id: String(setting.runId),
    token: setting.github.token,
    workspace,
    server_url: 'https://github.com',
    api_url: setting.github.apiUrl,
  };
}

function cacheScope(setting: RunSetting): { ref: string; readFrom: string[] } {
  const refs = eventRefs(setting.event);
  const ref = setting.github.ref ?? refs.ref;
  // A pull request's run may read its base branch's cache entries: the baseline.
  return { ref, readFrom: refs.baseRef !== '' ? [`refs/heads/${refs.baseRef}`] : [] };
}

export async function runJob(
  setting: RunSetting,
  job: WorkflowJob,
  options: { name: string; jobId: number; matrix: Record<string, unknown>; needs: Record<string, unknown> },
): Promise<JobResult> {
  const workspace = path.join(setting.scratch, `run-${setting.runId}`, options.name.replace(/\W+/g, '-'));
  const runnerTemp = `${workspace}-temp`;
  await mkdir(workspace, { recursive: true });
  await mkdir(runnerTemp, { recursive: true });
  const steps: Record<
    string,
    { outputs: Record<string, string>; outcome: StepOutcome; conclusion: StepOutcome }
  > = {};
  const results: StepResult[] = [];
  let failed = false;
  const contextsFor = (stepEnv: Record<string, string>): ExpressionContexts => ({
    github: githubContext(setting, workspace),
    steps,
    needs: options.needs,
    matrix: options.matrix,
    secrets: { GITHUB_TOKEN: setting.github.token },
    vars: setting.vars,
    inputs: (setting.event.payload['inputs'] ?? {}) as Record<string, unknown>,
    env: stepEnv,
    job: { status: failed ? 'failure' : 'success' },
    runner: { os: 'Linux', temp: runnerTemp },
  });

  for (const step of job.steps) {
    const label = stepLabel(step);
    const baseEnv = { ...setting.workflow.env, ...job.env };
    const status = { failed };
    if (!conditionHolds(step.if, contextsFor(baseEnv), status)) {
      results.push({ label, ...(step.id ? { id: step.id } : {}), outcome: 'skipped', outputs: {} });
      if (step.id) steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    const env = { ...baseEnv };
    for (const [key, value] of Object.entries(step.env))
      env[key] = evaluateTemplate(value, contextsFor(baseEnv), status);
    const contexts = contextsFor(env);
    const inputs = Object.fromEntries(
      Object.entries(step.with).map(([key, value]) => [key, evaluateTemplate(value, contexts, status)]),
    );
    const result = await runStep(setting, step, {
      label,
      workspace,
      runnerTemp,
      env,
      inputs,
      jobId: options.jobId,
    });
    results.push(result);
    if (step.id)
      steps[step.id] = {
        outputs: { ...result.outputs },
        outcome: result.outcome,
        conclusion: result.outcome,
      };
    if (result.outcome === 'failure') failed = true;
  }
  const contexts = contextsFor({});
  const outputs = Object.fromEntries(
    Object.entries(job.outputs).map(([key, value]) => [key, evaluateTemplate(value, contexts, { failed })]),
  );
  return { name: options.name, result: failed ? 'failure' : 'success', outputs, steps: results, workspace };
}

async function runStep(
  setting: RunSetting,
  step: WorkflowStep,
  at: {
    label: string;
    workspace: string;
    runnerTemp: string;
    env: Record<string, string>;
    inputs: Record<string, string>;
    jobId: number;
  },
): Promise<StepResult> {
  const { label, workspace, env, inputs } = at;
  const base = { label, ...(step.id ? { id: step.id } : {}) };
  const ours = step.uses === undefined ? null : MLGATE.exec(step.uses);
  if (ours !== null) {
    const action = await runAction((await repoActions()).dir(ours[1] ?? '.'), {
      inputs,
      event: setting.event,
      workspace,
      runnerTemp: at.runnerTemp,
      env: {
        ...setting.services.envFor({ runId: setting.runId, jobId: at.jobId, ...cacheScope(setting) }),
        ...env,
      },
      github: {
        token: setting.github.token,
        apiUrl: setting.github.apiUrl,
        runId: String(setting.runId),
        ...(setting.github.sha !== undefined ? { sha: setting.github.sha } : {}),
        ...(setting.github.ref !== undefined ? { ref: setting.github.ref } : {}),
        ...(step.id !== undefined ? { action: step.id } : {}),
      },
      timeoutMs: 60_000,
    });
    return {
      ...base,
      outcome: action.outcome === 'success' ? 'success' : 'failure',
      outputs: action.outputs,
      action,
    };
  }
  // A step without a stand-in is the test's mistake, not the step's failure: it stops the run.
  const handler: () => Promise<Record<string, string> | void> =
    step.uses === CHECKOUT
      ? () => setting.checkout(workspace, inputs['ref'] ?? '')
      : step.uses !== undefined
        ? officialAction(setting, step.uses, workspace, inputs)
        : runStandIn(setting, label, workspace, env);
  try {
    return { ...base, outcome: 'success', outputs: (await handler()) ?? {} };
  } catch (error) {
    return { ...base, outcome: 'failure', outputs: {}, error: (error as Error).message };
  }
}

function officialAction(
  setting: RunSetting,
  uses: string,
  workspace: string,
  inputs: Record<string, string>,
): () => Promise<Record<string, string>> {
  const official = OFFICIAL_ACTIONS[uses];
  if (official === undefined) throw new Error(`no stand-in for '${uses}'`);
  return () =>
    official({
      workspace,
      inputs,
      runId: setting.runId,
      shelf: setting.shelf,
      attestations: setting.attestations,
    });
}

function runStandIn(
  setting: RunSetting,
  label: string,
  workspace: string,
  env: Record<string, string>,
): () => Promise<Record<string, string> | void> {
  const standIn = setting.run[label];
  if (standIn === undefined) throw new Error(`no stand-in declared for the run step '${label}'`);
  return () => standIn({ workspace, env });
}
