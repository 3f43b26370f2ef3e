import { UserError } from '../user-error.js';

/** A pull request review's `state`, as the REST API lists reviews. */
export const REVIEW_STATES = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** One review, as `GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews` gives it. */
export interface PullRequestReview {
  /** The reviewer's login; null for a deleted account, whose review cannot be attributed and is skipped. */
  readonly user: string | null;
  readonly state: ReviewState;
  /** The head commit the review was made on (`commit_id`). */
  readonly commitId: string | null;
  /** `submitted_at`, ISO 8601; null for a pending review. */
  readonly submittedAt: string | null;
}

export interface ApprovalRequest {
  /** Every review of the pull request, in the order GitHub lists them (oldest first). */
  readonly reviews: readonly PullRequestReview[];
  /** The pull request's final head SHA: the commit reviewers must have approved. */
  readonly headSha: string;
  /** `min-approvals`: approvals needed (0: none, but a change request still refuses). */
  readonly minApprovals: number;
  /** Count an approval given to an older head of the pull request (off by default). */
  readonly allowStaleApprovals: boolean;
}

/** A reviewer whose standing verdict is an approval. */
export interface Approval {
  readonly login: string;
  /** The head the approval was given on. */
  readonly commitId: string | null;
  readonly submittedAt: string | null;
  /** Given on the final head; an approval of an older head counts only with `allowStaleApprovals`. */
  readonly onHead: boolean;
}

export type ApprovalDecision =
  | {
      readonly decision: 'approved';
      /** The approvals that counted, by login. */
      readonly approvers: readonly Approval[];
      /** One line for people: `approved by alice, bob (2 of 1 required)`. */
      readonly reason: string;
    }
  | {
      readonly decision: 'refused';
      /** The approvals that counted, by login (fewer than required, or outweighed by a change request). */
      readonly approvers: readonly Approval[];
      /** Every reason, in plain words: `1 approval of 2 required`, `alice requested changes`. */
      readonly reasons: readonly [string, ...string[]];
    };

type Standing =
  | { readonly verdict: 'approved'; readonly review: PullRequestReview }
  | { readonly verdict: 'changes-requested'; readonly review: PullRequestReview };

const short = (sha: string | null): string => (sha === null ? 'an unknown commit' : sha.slice(0, 7));

/**
 * Submitted reviews, oldest first. GitHub lists reviews in the order they were made; `submitted_at` orders
 * them when every one has a time that parses (a stable sort keeps GitHub's order between equal times).
 */
function chronological(reviews: readonly PullRequestReview[]): PullRequestReview[] {
  const submitted = reviews.filter((review) => review.state !== 'PENDING' && review.user !== null);
  const times = submitted.map((review) => Date.parse(review.submittedAt ?? ''));
  if (times.some((time) => Number.isNaN(time))) return submitted;
  return submitted
    .map((review, index) => ({ review, time: times[index]! }))
    .sort((a, b) => a.time - b.time)
    .map(({ review }) => review);
}

/**
 * Each reviewer's standing verdict: their latest APPROVED or CHANGES_REQUESTED review. A COMMENTED review
 * leaves it as it was; a DISMISSED review (GitHub turns a dismissed review's own state into DISMISSED) removes
 * it, so a dismissed approval no longer counts and a dismissed change request no longer blocks.
 */
function standingVerdicts(reviews: readonly PullRequestReview[]): Map<string, Standing> {
  const standing = new Map<string, Standing>();
  for (const review of chronological(reviews)) {
    const login = review.user!;
    switch (review.state) {
      case 'APPROVED':
        standing.set(login, { verdict: 'approved', review });
        break;
      case 'CHANGES_REQUESTED':
        standing.set(login, { verdict: 'changes-requested', review });
        break;
      case 'DISMISSED':
        standing.delete(login);
        break;
      case 'COMMENTED':
      case 'PENDING':
        break;
    }
  }
  return standing;
}

const approvals = (count: number): string => `${count} approval${count === 1 ? '' : 's'}`;

/**
 * Whether a pull request's reviews approve publishing its model: at least `minApprovals` reviewers whose
 * standing verdict approves the final head (or any head, with `allowStaleApprovals`), and no reviewer whose
 * standing verdict requests changes, on whatever head: a change request stands until its reviewer approves
 * or it is dismissed, as GitHub's own review decision has it.
 */
export function evaluateApproval(request: ApprovalRequest): ApprovalDecision {
  const { headSha, minApprovals, allowStaleApprovals } = request;
  if (!Number.isSafeInteger(minApprovals) || minApprovals < 0) {
    throw new UserError(`min-approvals must be a whole number of at least 0, not ${minApprovals}`);
  }
  const standing = [...standingVerdicts(request.reviews)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const approved: Approval[] = [];
  const stale: Approval[] = [];
  const changeRequests: string[] = [];
  for (const [login, { verdict, review }] of standing) {
    if (verdict === 'changes-requested') {
      changeRequests.push(login);
      continue;
    }
    const approval: Approval = {
      login,
      commitId: review.commitId,
      submittedAt: review.submittedAt,
      onHead: review.commitId === headSha,
    };
    if (approval.onHead || allowStaleApprovals) approved.push(approval);
    else stale.push(approval);
  }

  const reasons: string[] = [];
  if (approved.length < minApprovals) {
    reasons.push(`${approvals(approved.length)} of ${minApprovals} required`);
    for (const approval of stale) {
      reasons.push(`${approval.login} approved an older head ${short(approval.commitId)}`);
    }
  }
  for (const login of changeRequests) reasons.push(`${login} requested changes`);
  const [first, ...more] = reasons;
  if (first !== undefined) return { decision: 'refused', approvers: approved, reasons: [first, ...more] };

  const names = approved.map((approval) =>
    approval.onHead ? approval.login : `${approval.login} (on an older head ${short(approval.commitId)})`,
  );
  return {
    decision: 'approved',
    approvers: approved,
    reason:
      approved.length === 0
        ? 'no approval required, and no change requested'
        : `approved by ${names.join(', ')} (${approved.length} of ${minApprovals} required)`,
  };
}
