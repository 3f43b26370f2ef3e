// A whole workflow run: jobs in `needs` order, each job's `if:` against its needs' results, a matrix job
// once per combination (the last one's outputs stand for the job, as on GitHub), and every job in its own
// workspace, so jobs meet only through artifacts, the cache and GitHub.
import type { WorkflowJob } from './workflow-file.js';
import { githubContext, runJob, type JobResult, type RunSetting } from './job-run.js';
import { conditionHolds } from './workflow-expressions.js';

export interface WorkflowRun {
  /** Every job run, matrix combinations apart, in the order they ran. */
  readonly jobs: readonly JobResult[];
  /** One job (the first combination of a matrix job unless `name` names it, e.g. `shard (2)`). */
  job(name: string): JobResult;
}

function combinations(matrix: Readonly<Record<string, readonly unknown[]>>): Record<string, unknown>[] {
  let all: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries(matrix)) {
    all = all.flatMap((partial) => values.map((value) => ({ ...partial, [key]: value })));
  }
  return all;
}

export async function runWorkflow(setting: RunSetting): Promise<WorkflowRun> {
  const done = new Map<string, { result: JobResult['result']; outputs: Readonly<Record<string, string>> }>();
  const jobs: JobResult[] = [];
  let jobId = 0;
  const pending = [...setting.workflow.jobs];
  while (pending.length > 0) {
    const next = pending.findIndex((job) => job.needs.every((need) => done.has(need)));
    if (next < 0)
      throw new Error(
        `${setting.workflow.file}: jobs wait on each other: ${pending.map((j) => j.id).join(', ')}`,
      );
    const [job] = pending.splice(next, 1) as [WorkflowJob];
    const needs = Object.fromEntries(job.needs.map((need) => [need, done.get(need)!]));
    const failed = job.needs.some((need) => done.get(need)!.result !== 'success');
    const contexts = {
      github: githubContext(setting, ''),
      needs,
      vars: setting.vars,
      inputs: (setting.event.payload['inputs'] ?? {}) as Record<string, unknown>,
    };
    if (!conditionHolds(job.if, contexts, { failed })) {
      const skipped = { name: job.id, result: 'skipped' as const, outputs: {}, steps: [], workspace: '' };
      jobs.push(skipped);
      done.set(job.id, skipped);
      continue;
    }
    const runs: JobResult[] = [];
    for (const matrix of job.matrix === undefined ? [{}] : combinations(job.matrix)) {
      const values = Object.values(matrix);
      const name = values.length === 0 ? job.id : `${job.id} (${values.join(', ')})`;
      runs.push(await runJob(setting, job, { name, jobId: ++jobId, matrix, needs }));
    }
    jobs.push(...runs);
    done.set(job.id, {
      result: runs.some((run) => run.result === 'failure') ? 'failure' : 'success',
      outputs: runs.at(-1)!.outputs,
    });
  }
  return {
    jobs,
    job(name) {
      const found = jobs.find((job) => job.name === name || job.name.startsWith(`${name} (`));
      if (found === undefined)
        throw new Error(`no job '${name}' ran (jobs: ${jobs.map((j) => j.name).join(', ')})`);
      return found;
    },
  };
}
