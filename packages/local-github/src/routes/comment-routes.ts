import { notFound, validationFailed } from '../github-error-responses.js';
import { renderCommitComment, renderIssueComment } from '../github-representations.js';
import type { CommitCommentRecord, IssueCommentRecord, RepoRecord } from '../github-state.js';
import { paginate } from '../pagination.js';
import {
  bodyOf,
  integerParam,
  json,
  noContent,
  optionalString,
  repoOf,
  type RouteContext,
  type RouteTable,
} from './route-context.js';

/** Source: GitHub rejects issue and pull request comment bodies over 65,536 characters. */
export const MAX_COMMENT_BODY_CHARACTERS = 65_536;

function checkedBody(context: RouteContext, resource: string): string {
  const text = optionalString(bodyOf(context)['body']) ?? '';
  if (text.length > MAX_COMMENT_BODY_CHARACTERS) {
    throw validationFailed(context.operation.documentationUrl, [
      {
        resource,
        field: 'body',
        code: 'custom',
        message: `body is too long (maximum is ${MAX_COMMENT_BODY_CHARACTERS} characters)`,
      },
    ]);
  }
  return text;
}

function commentOf(context: RouteContext, repo: RepoRecord): IssueCommentRecord {
  const id = integerParam(context, 'comment_id');
  const comment = repo.issueComments.find((candidate) => candidate.id === id);
  if (comment === undefined) throw notFound(context.operation.documentationUrl);
  return comment;
}

function listComments(context: RouteContext) {
  const repo = repoOf(context);
  const issueNumber = integerParam(context, 'issue_number');
  if (!repo.pulls.has(issueNumber)) throw notFound(context.operation.documentationUrl);
  const comments = repo.issueComments
    .filter((comment) => comment.issueNumber === issueNumber)
    .map((comment) => renderIssueComment(context.urls, repo, comment));
  const page = paginate(comments, context.url);
  return json(200, page.items, page.link === undefined ? undefined : { link: page.link });
}

function createComment(context: RouteContext) {
  const repo = repoOf(context);
  const issueNumber = integerParam(context, 'issue_number');
  if (!repo.pulls.has(issueNumber)) throw notFound(context.operation.documentationUrl);
  const comment = context.state.addIssueComment(repo.owner.login, repo.name, issueNumber, {
    body: checkedBody(context, 'IssueComment'),
    user: context.caller.login,
  });
  return json(201, renderIssueComment(context.urls, repo, comment), {
    location: `${context.urls.api}/repos/${repo.owner.login}/${repo.name}/issues/comments/${comment.id}`,
  });
}

function createCommitComment(context: RouteContext) {
  const repo = repoOf(context);
  const body = bodyOf(context);
  const optionalInteger = (value: unknown): number | null => (typeof value === 'number' ? value : null);
  const comment: CommitCommentRecord = {
    id: context.state.newId(),
    commitId: context.params['commit_sha'] ?? '',
    body: checkedBody(context, 'CommitComment'),
    path: optionalString(body['path']) ?? null,
    position: optionalInteger(body['position']),
    line: optionalInteger(body['line']),
    user: context.caller,
    createdAt: new Date(),
  };
  repo.commitComments.push(comment);
  return json(201, renderCommitComment(context.urls, repo, comment));
}

export const commentRoutes: RouteTable = {
  'issues/list-comments': { resource: 'IssueComment', handle: listComments },
  'issues/create-comment': { resource: 'IssueComment', handle: createComment },
  'issues/get-comment': {
    resource: 'IssueComment',
    handle: (context) => {
      const repo = repoOf(context);
      return json(200, renderIssueComment(context.urls, repo, commentOf(context, repo)));
    },
  },
  'issues/update-comment': {
    resource: 'IssueComment',
    handle: (context) => {
      const repo = repoOf(context);
      const comment = commentOf(context, repo);
      comment.body = checkedBody(context, 'IssueComment');
      comment.updatedAt = new Date();
      return json(200, renderIssueComment(context.urls, repo, comment));
    },
  },
  'issues/delete-comment': {
    resource: 'IssueComment',
    handle: (context) => {
      const repo = repoOf(context);
      const comment = commentOf(context, repo);
      repo.issueComments.splice(repo.issueComments.indexOf(comment), 1);
      return noContent();
    },
  },
  'repos/create-commit-comment': { resource: 'CommitComment', handle: createCommitComment },
};
