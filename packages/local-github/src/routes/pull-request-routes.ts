import { notFound, validationFailed } from '../github-error-responses.js';
import { renderPullRequest, renderPullRequestSimple, renderReview } from '../github-representations.js';
import type { PullRecord, ReviewState } from '../github-state.js';
import { paginate } from '../pagination.js';
import {
  bodyOf,
  integerParam,
  json,
  optionalString,
  repoOf,
  type RouteContext,
  type RouteTable,
} from './route-context.js';

const REVIEW_STATES: Readonly<Record<string, ReviewState>> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED',
};

function pullOf(context: RouteContext): PullRecord {
  const pull = repoOf(context).pulls.get(integerParam(context, 'pull_number'));
  if (pull === undefined) throw notFound(context.operation.documentationUrl);
  return pull;
}

function paged(context: RouteContext, items: readonly unknown[]) {
  const page = paginate(items, context.url);
  return json(200, page.items, page.link === undefined ? undefined : { link: page.link });
}

function listPulls(context: RouteContext) {
  const repo = repoOf(context);
  const state = context.url.searchParams.get('state') ?? 'open';
  const head = context.url.searchParams.get('head');
  const base = context.url.searchParams.get('base');
  const pulls = [...repo.pulls.values()]
    .filter((pull) => state === 'all' || pull.state === state)
    .filter((pull) => head === null || `${repo.owner.login}:${pull.head.ref}` === head)
    .filter((pull) => base === null || pull.base.ref === base)
    .sort((a, b) => b.number - a.number)
    .map((pull) => renderPullRequestSimple(context.urls, repo, pull));
  return paged(context, pulls);
}

function createReview(context: RouteContext) {
  const repo = repoOf(context);
  const pull = pullOf(context);
  const body = bodyOf(context);
  const event = optionalString(body['event']);
  const text = optionalString(body['body']) ?? '';
  const state = event === undefined ? 'PENDING' : REVIEW_STATES[event];
  if (state === undefined) throw notFound(context.operation.documentationUrl);
  // GitHub: "Body is required when using REQUEST_CHANGES or COMMENT".
  if ((event === 'REQUEST_CHANGES' || event === 'COMMENT') && text === '') {
    throw validationFailed(context.operation.documentationUrl, [
      { resource: 'PullRequestReview', field: 'body', code: 'missing_field' },
    ]);
  }
  const review = context.state.addReview(repo.owner.login, repo.name, pull.number, {
    user: context.caller.login,
    state,
    body: text,
    commitId: optionalString(body['commit_id']) ?? pull.head.sha,
  });
  return json(200, renderReview(context.urls, repo, review));
}

export const pullRequestRoutes: RouteTable = {
  'pulls/get': {
    resource: 'PullRequest',
    handle: (context) => {
      const repo = repoOf(context);
      const pull = pullOf(context);
      const comments = repo.issueComments.filter((comment) => comment.issueNumber === pull.number).length;
      return json(200, renderPullRequest(context.urls, repo, pull, comments));
    },
  },
  'pulls/list': { resource: 'PullRequest', handle: listPulls },
  'repos/list-pull-requests-associated-with-commit': {
    resource: 'PullRequest',
    handle: (context) => {
      const repo = repoOf(context);
      const sha = context.params['commit_sha'] ?? '';
      const pulls = [...repo.pulls.values()]
        .filter((pull) => pull.head.sha === sha || pull.mergeCommitSha === sha)
        .map((pull) => renderPullRequestSimple(context.urls, repo, pull));
      return paged(context, pulls);
    },
  },
  'pulls/list-reviews': {
    resource: 'PullRequestReview',
    handle: (context) => {
      const repo = repoOf(context);
      const pull = pullOf(context);
      const reviews = repo.reviews
        .filter((review) => review.pullNumber === pull.number)
        .map((review) => renderReview(context.urls, repo, review));
      return paged(context, reviews);
    },
  },
  'pulls/create-review': { resource: 'PullRequestReview', handle: createReview },
};
