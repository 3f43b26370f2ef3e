import { GitHubLimits, formatStamp, isNewerThan, parseStamp } from '@mlgate/engine';
import type { CommentMode, CommentStamp } from '@mlgate/engine';
import type { GitHubClient } from '../github-client.js';
import { httpStatusOf } from '../github-failure.js';

export interface StickyCommentRequest {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
  /** The markdown to show, without the stamp (added here). Must fit with the stamp in a comment. */
  readonly body: string;
  readonly stamp: CommentStamp;
  readonly mode: CommentMode;
  /**
   * The login comments are written as. Unknown for an installation token (GET /user is refused), in which
   * case only comments by a bot account count as ours: a person cannot forge an mlgate comment into being
   * edited or deleted by pasting the marker.
   */
  readonly identity?: string;
  /** The pull request's head as GitHub sees it now: a run for an older head never replaces a newer one. */
  readonly currentHeadSha?: string;
}

export interface PostedComment {
  readonly id: number;
  readonly nodeId: string;
  readonly url: string;
}

export type StickyCommentResult =
  | { readonly outcome: 'created' | 'updated' | 'unchanged'; readonly comment: PostedComment }
  | { readonly outcome: 'superseded'; readonly comment: PostedComment; readonly by: CommentStamp }
  | { readonly outcome: 'deleted'; readonly count: number };

interface OurComment extends PostedComment {
  readonly stamp: CommentStamp;
  readonly body: string;
}

export function stampedBody(body: string, stamp: CommentStamp): string {
  const full = `${formatStamp(stamp)}\n${body}`;
  if (full.length > GitHubLimits.commentBodyChars) {
    throw new RangeError(
      `comment body has ${full.length} characters; GitHub accepts ${GitHubLimits.commentBodyChars}`,
    );
  }
  return full;
}

async function listOurs(client: GitHubClient, request: StickyCommentRequest): Promise<OurComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: request.owner,
    repo: request.repo,
    issue_number: request.issueNumber,
    per_page: GitHubLimits.perPageMax,
  });
  const ours: OurComment[] = [];
  for (const comment of comments) {
    const stamp = parseStamp(comment.body);
    if (stamp === undefined || stamp.id !== request.stamp.id) continue;
    const author = comment.user;
    const byUs = request.identity !== undefined ? author?.login === request.identity : author?.type === 'Bot';
    if (!byUs) continue;
    ours.push({
      id: comment.id,
      nodeId: comment.node_id,
      url: comment.html_url,
      stamp,
      body: comment.body ?? '',
    });
  }
  return ours.sort((a, b) => a.id - b.id);
}

async function deleteComment(client: GitHubClient, request: StickyCommentRequest, id: number): Promise<void> {
  try {
    await client.rest.issues.deleteComment({ owner: request.owner, repo: request.repo, comment_id: id });
  } catch (error) {
    // A concurrent run removing the same duplicate got there first.
    if (httpStatusOf(error) !== 404) throw error;
  }
}

async function hide(client: GitHubClient, comment: PostedComment): Promise<void> {
  await client.graphql(
    'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }',
    { id: comment.nodeId },
  );
}

function posted(comment: { id: number; node_id: string; html_url: string }): PostedComment {
  return { id: comment.id, nodeId: comment.node_id, url: comment.html_url };
}

/**
 * Keeps one mlgate comment per pull request and id current. Safe against concurrent runs: after creating,
 * it lists again, keeps the oldest comment and deletes the rest, so two runs racing leave exactly one; and
 * it never overwrites a comment written by a newer run or about a newer head commit.
 */
export async function postStickyComment(
  client: GitHubClient,
  request: StickyCommentRequest,
): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, stamp } = request;
  const existing = await listOurs(client, request);

  if (request.mode === 'delete') {
    for (const comment of existing) await deleteComment(client, request, comment.id);
    return { outcome: 'deleted', count: existing.length };
  }

  const newer = existing.find((comment) => isNewerThan(comment.stamp, stamp, request.currentHeadSha));
  if (newer !== undefined) return { outcome: 'superseded', comment: newer, by: newer.stamp };

  const body = stampedBody(request.body, stamp);
  const [oldest, ...duplicates] = existing;

  if (request.mode === 'upsert' && oldest !== undefined) {
    for (const duplicate of duplicates) await deleteComment(client, request, duplicate.id);
    if (oldest.body === body) return { outcome: 'unchanged', comment: oldest };
    const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body });
    return { outcome: 'updated', comment: posted(data) };
  }
  if (request.mode === 'recreate') {
    for (const comment of existing) await deleteComment(client, request, comment.id);
  }
  if (request.mode === 'hide-previous') {
    for (const comment of existing) await hide(client, comment);
  }

  const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  const created = posted(data);
  if (request.mode === 'hide-previous') return { outcome: 'created', comment: created };

  // Another run may have created its comment between our list and our create: settle on the oldest.
  const after = await listOurs(client, { ...request, identity: request.identity ?? data.user?.login });
  const [keeper, ...extra] = after;
  if (keeper === undefined || keeper.id === created.id) {
    for (const comment of extra) await deleteComment(client, request, comment.id);
    return { outcome: 'created', comment: created };
  }
  await deleteComment(client, request, created.id);
  if (keeper.body === body) return { outcome: 'unchanged', comment: keeper };
  if (isNewerThan(keeper.stamp, stamp, request.currentHeadSha)) {
    return { outcome: 'superseded', comment: keeper, by: keeper.stamp };
  }
  const { data: updated } = await client.rest.issues.updateComment({
    owner,
    repo,
    comment_id: keeper.id,
    body,
  });
  return { outcome: 'updated', comment: posted(updated) };
}
