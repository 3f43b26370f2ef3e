import * as core from '@actions/core';
import { UserError, retrainDispatchInputs } from '@mlgate/engine';
import type { RetrainDecision } from '@mlgate/engine';
import type { EventContext } from '../event-subject.js';
import { isForkPullRequest, subjectOf } from '../event-subject.js';
import type { GitHubClient } from '../github-client.js';
import { WorkflowDispatchRefused, dispatchWorkflow } from './workflow-dispatch.js';

export interface RetrainDispatchRequest {
  readonly decision: RetrainDecision;
  /** The workflow to start (a checked file name or id); undefined: none was asked for. */
  readonly workflow: string | undefined;
  /** The branch or tag to run it on; undefined: the repository's default branch. */
  readonly ref: string | undefined;
  readonly context: EventContext;
  readonly client: (() => Promise<GitHubClient>) | undefined;
  /** The input that names the token, for the error when there is none. */
  readonly tokenInput: string;
}

export type RetrainDispatchOutcome =
  | { readonly dispatched: true; readonly workflow: string; readonly ref: string }
  | { readonly dispatched: false; readonly reason: 'not-needed' | 'no-workflow' | 'read-only-token' };

/** Pull request events run with the pull request's token, which a fork's or a bot's leaves read-only. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

async function defaultBranchOf(context: EventContext, client: GitHubClient): Promise<string> {
  const repository = context.payload['repository'] as { default_branch?: unknown } | undefined;
  if (typeof repository?.default_branch === 'string' && repository.default_branch !== '') {
    return repository.default_branch;
  }
  // A schedule's payload may lack the repository: ask GitHub.
  const { data } = await client.rest.repos.get({ owner: context.repo.owner, repo: context.repo.repo });
  return data.default_branch;
}

/**
 * Starts the retraining workflow when the run calls for it. A pull request whose token cannot write (a fork's,
 * or one GitHub gave read-only) is warned about and skipped: the verdict still stands, and the scheduled run
 * on the default branch is where retraining starts. Any other refusal is the setup's and fails the step.
 */
export async function dispatchRetraining(request: RetrainDispatchRequest): Promise<RetrainDispatchOutcome> {
  const { decision, workflow, context } = request;
  if (workflow === undefined) return { dispatched: false, reason: 'no-workflow' };
  if (!decision.retrain) {
    core.info(`mlgate: no drift and no regression: '${workflow}' not started`);
    return { dispatched: false, reason: 'not-needed' };
  }
  if (isForkPullRequest(context)) {
    core.warning(
      `mlgate: retraining called for (${decision.reason}) but '${workflow}' not started: a pull request from a fork gets a read-only token`,
    );
    return { dispatched: false, reason: 'read-only-token' };
  }
  if (request.client === undefined) {
    throw new UserError(`dispatch '${workflow}' needs a token (input '${request.tokenInput}')`);
  }
  const client = await request.client();
  const ref = request.ref ?? (await defaultBranchOf(context, client));
  try {
    await dispatchWorkflow(client, {
      owner: context.repo.owner,
      repo: context.repo.repo,
      workflow,
      ref,
      inputs: retrainDispatchInputs(decision, subjectOf(context).sha ?? context.sha),
    });
  } catch (error) {
    if (
      error instanceof WorkflowDispatchRefused &&
      error.status === 403 &&
      PULL_REQUEST_EVENTS.has(context.eventName)
    ) {
      core.warning(`mlgate: retraining called for (${decision.reason}) but not started: ${error.message}`);
      return { dispatched: false, reason: 'read-only-token' };
    }
    throw error;
  }
  core.info(`mlgate: started '${workflow}' on ${ref} to retrain (${decision.reason})`);
  return { dispatched: true, workflow, ref };
}
