import { GitHubLimits, UserError } from '@mlgate/engine';
import type { GitHubClient } from '../github-client.js';
import { httpStatusOf } from '../github-failure.js';

export interface WorkflowDispatchRequest {
  readonly owner: string;
  readonly repo: string;
  /** The workflow's file name in `.github/workflows/` (`retrain.yml`) or its numeric id. */
  readonly workflow: string;
  /** The branch or tag whose version of the workflow runs. */
  readonly ref: string;
  /** Strings only: a workflow reads each input as one. */
  readonly inputs: Readonly<Record<string, string>>;
}

/** GitHub refused the dispatch: the user's setup (permissions, the workflow file), told in one line. */
export class WorkflowDispatchRefused extends UserError {
  constructor(
    message: string,
    readonly status: 403 | 404 | 422,
  ) {
    super(message);
  }
}

/** A workflow file name, as `.github/workflows/` holds them, or a numeric workflow id. */
const WORKFLOW_ID = /^(?:[1-9]\d{0,18}|[A-Za-z0-9._-]+\.ya?ml)$/;

/**
 * The workflow to dispatch, as the user named it: a bare file name or an id. A path (`.github/workflows/x.yml`)
 * is taken for its file name, the one part the API accepts.
 */
export function workflowIdOf(workflow: string, what: string): string {
  const name = workflow.trim().replace(/^\.github\/workflows\//, '');
  if (!WORKFLOW_ID.test(name)) {
    throw new UserError(
      `${what}: '${workflow.slice(0, 200)}' is not a workflow file name (retrain.yml) or a workflow id`,
    );
  }
  return name;
}

/**
 * Starts a workflow through `workflow_dispatch` with the given inputs. Each refusal GitHub can give becomes
 * one line saying what to change: 403 (the token lacks `actions: write`), 404 (no such workflow file, or it
 * is not on the default branch, where GitHub looks for it), 422 (the file declares other inputs, or no
 * `workflow_dispatch`, or the ref is unknown: GitHub's own message says which).
 */
export async function dispatchWorkflow(
  client: GitHubClient,
  request: WorkflowDispatchRequest,
): Promise<void> {
  const names = Object.keys(request.inputs);
  if (names.length > GitHubLimits.workflowDispatchInputs) {
    throw new TypeError(
      `a dispatch takes at most ${GitHubLimits.workflowDispatchInputs} inputs, not ${names.length}`,
    );
  }
  const target = `workflow '${request.workflow}' of ${request.owner}/${request.repo} at '${request.ref}'`;
  try {
    await client.rest.actions.createWorkflowDispatch({
      owner: request.owner,
      repo: request.repo,
      workflow_id: request.workflow,
      ref: request.ref,
      inputs: { ...request.inputs },
    });
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 403) {
      throw new WorkflowDispatchRefused(
        `cannot start ${target}: the token may not (grant 'actions: write' in the workflow's permissions; a fork's pull request never can)`,
        403,
      );
    }
    if (status === 404) {
      throw new WorkflowDispatchRefused(
        `cannot start ${target}: GitHub has no such workflow (the file must be in .github/workflows/ on the default branch)`,
        404,
      );
    }
    if (status === 422) {
      const message = messageOf(error);
      const hint = /Unexpected inputs|Required input/.test(message)
        ? ` (mlgate sends ${names.join(', ')}: declare them under on.workflow_dispatch.inputs)`
        : '';
      throw new WorkflowDispatchRefused(`cannot start ${target}: ${message}${hint}`, 422);
    }
    // Anything else (5xx after the client's retries, no answer at all) is the service's, reported as such.
    throw error;
  }
}

/** GitHub's own message of a refusal, on one line and bounded. */
function messageOf(error: unknown): string {
  const data = (error as { response?: { data?: unknown } }).response?.data;
  const message = (data as { message?: unknown } | undefined)?.message;
  const text = typeof message === 'string' ? message : String((error as Error).message ?? error);
  return text.replace(/\s+/g, ' ').slice(0, 300);
}
