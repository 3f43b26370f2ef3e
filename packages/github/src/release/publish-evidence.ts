import type { CheckRunRecord, PullRequestReview } from '@mlgate/engine';
import type { GitHubClient } from '../github-client.js';

/** The repository, and the event payload when there is one (a pull_request event names its pull request). */
export interface PullRequestSource {
  readonly repo: { readonly owner: string; readonly repo: string };
  readonly payload?: Record<string, unknown>;
}

/** The pull request a commit came from, as publishing needs it. */
export interface PullRequestOfCommit {
  readonly number: number;
  readonly url: string;
  /** The pull request's final head: the commit its reviewers must have approved. */
  readonly headSha: string;
}

interface PullRequestData {
  readonly number: number;
  readonly html_url: string;
  readonly head: { readonly sha: string };
  readonly merge_commit_sha?: string | null;
  readonly merged_at?: string | null;
}

function of(pull: PullRequestData): PullRequestOfCommit {
  return { number: pull.number, url: pull.html_url, headSha: pull.head.sha };
}

/**
 * The pull request of `commit`: the event's own on a pull_request event, otherwise the one GitHub associates
 * with the commit (the merged one whose merge commit it is, first; then one whose head it is).
 */
export async function pullRequestOfCommit(
  client: GitHubClient,
  context: PullRequestSource,
  commit: string,
): Promise<PullRequestOfCommit | undefined> {
  const fromEvent = context.payload?.['pull_request'] as PullRequestData | undefined;
  if (fromEvent !== undefined && typeof fromEvent.number === 'number') {
    // The event's copy may be older than the pull request: read its head as it is now.
    const { owner, repo } = context.repo;
    const { data } = await client.rest.pulls.get({ owner, repo, pull_number: fromEvent.number });
    return of(data);
  }
  const { owner, repo } = context.repo;
  const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
    owner,
    repo,
    commit_sha: commit,
    per_page: 100,
  });
  const merged = pulls.find((pull) => pull.merged_at != null && pull.merge_commit_sha === commit);
  const headed = pulls.find((pull) => pull.head.sha === commit);
  const chosen = merged ?? headed;
  return chosen === undefined ? undefined : of(chosen);
}

/** Every review of a pull request, oldest first, as the engine's approval rule reads them. */
export async function reviewsOf(
  client: GitHubClient,
  context: PullRequestSource,
  number: number,
): Promise<PullRequestReview[]> {
  const { owner, repo } = context.repo;
  const reviews = await client.paginate(client.rest.pulls.listReviews, {
    owner,
    repo,
    pull_number: number,
    per_page: 100,
  });
  return reviews.map((review) => ({
    user: review.user?.login ?? null,
    state: review.state as PullRequestReview['state'],
    commitId: review.commit_id ?? null,
    submittedAt: review.submitted_at ?? null,
  }));
}

/** The check runs named `name` on `sha`. */
export async function checkRunsOf(
  client: GitHubClient,
  context: PullRequestSource,
  sha: string,
  name: string,
): Promise<CheckRunRecord[]> {
  const { owner, repo } = context.repo;
  const runs = await client.paginate(client.rest.checks.listForRef, {
    owner,
    repo,
    ref: sha,
    check_name: name,
    filter: 'all',
    per_page: 100,
  });
  return runs.map((run) => ({
    id: run.id,
    name: run.name,
    headSha: run.head_sha,
    status: run.status as CheckRunRecord['status'],
    conclusion: run.conclusion as CheckRunRecord['conclusion'],
    ...(run.html_url != null ? { url: run.html_url } : {}),
  }));
}
