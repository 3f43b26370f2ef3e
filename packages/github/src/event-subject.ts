import type { ReportSubject } from '@mlgate/engine';

/** The fields of @actions/github's context that decide what a run is about. */
export interface EventContext {
  readonly eventName: string;
  readonly sha: string;
  readonly ref: string;
  readonly runId: number;
  readonly runAttempt: number;
  readonly repo: { readonly owner: string; readonly repo: string };
  readonly payload: Record<string, unknown>;
}

interface PullRequestPayload {
  readonly number: number;
  readonly head: { readonly sha: string; readonly repo?: { readonly full_name?: string } | null };
  readonly base: { readonly repo?: { readonly full_name?: string } | null };
}

function pullRequestOf(context: EventContext): PullRequestPayload | undefined {
  const pr = context.payload['pull_request'] as PullRequestPayload | undefined;
  return pr !== undefined && typeof pr.number === 'number' ? pr : undefined;
}

/**
 * The commit a verdict is about. On pull_request events GITHUB_SHA is the test merge commit, which nobody
 * sees; checks and comments belong on the head commit, so that is the subject.
 */
export function subjectOf(context: EventContext): ReportSubject {
  const pr = pullRequestOf(context);
  return {
    repository: `${context.repo.owner}/${context.repo.repo}`,
    sha: pr?.head.sha ?? context.sha,
    ...(pr !== undefined ? { pullRequest: pr.number } : {}),
    runId: context.runId,
    runAttempt: context.runAttempt,
  };
}

/** A pull request from a fork runs with a read-only token and no secrets: mlgate must not try to write. */
export function isForkPullRequest(context: EventContext): boolean {
  const pr = pullRequestOf(context);
  if (pr === undefined) return false;
  const head = pr.head.repo?.full_name;
  const base = pr.base.repo?.full_name;
  // A deleted fork has a null head repo: still a fork.
  return head === undefined || head !== base;
}

/** True on a push to the repository's default branch: the only place a baseline may be saved. */
export function isPushToDefaultBranch(context: EventContext): boolean {
  if (context.eventName !== 'push') return false;
  const repository = context.payload['repository'] as { default_branch?: string } | undefined;
  const defaultBranch = repository?.default_branch;
  return defaultBranch !== undefined && context.ref === `refs/heads/${defaultBranch}`;
}
