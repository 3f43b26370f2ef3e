import { describe, expect, it } from '@jest/globals';
import { UserError } from '../user-error.js';
import { evaluateApproval } from './approval.js';
import type { ApprovalRequest, PullRequestReview, ReviewState } from './approval.js';

const HEAD = 'abc1234'.padEnd(40, '0');
const OLD = 'def5678'.padEnd(40, '0');

let clock = 0;
/** A review submitted one minute after the previous one. */
function review(user: string | null, state: ReviewState, commitId: string = HEAD): PullRequestReview {
  clock += 60_000;
  return {
    user,
    state,
    commitId,
    submittedAt: state === 'PENDING' ? null : new Date(Date.UTC(2026, 4, 1) + clock).toISOString(),
  };
}

function decide(reviews: PullRequestReview[], options: Partial<ApprovalRequest> = {}) {
  return evaluateApproval({
    reviews,
    headSha: HEAD,
    minApprovals: 1,
    allowStaleApprovals: false,
    ...options,
  });
}

describe('approval of a pull request for publishing', () => {
  it('approves with enough approvals of the final head, naming the approvers', () => {
    const result = decide([review('bob', 'APPROVED'), review('alice', 'APPROVED')], { minApprovals: 2 });
    expect(result).toEqual({
      decision: 'approved',
      approvers: [
        { login: 'alice', commitId: HEAD, submittedAt: expect.any(String), onHead: true },
        { login: 'bob', commitId: HEAD, submittedAt: expect.any(String), onHead: true },
      ],
      reason: 'approved by alice, bob (2 of 2 required)',
    });
  });

  it('refuses too few approvals, saying how many of how many', () => {
    expect(decide([review('alice', 'APPROVED')], { minApprovals: 2 })).toEqual({
      decision: 'refused',
      approvers: [expect.objectContaining({ login: 'alice' })],
      reasons: ['1 approval of 2 required'],
    });
    expect(decide([])).toMatchObject({ reasons: ['0 approvals of 1 required'] });
  });

  it('refuses while a change request stands, even with enough approvals', () => {
    const result = decide([review('alice', 'CHANGES_REQUESTED'), review('bob', 'APPROVED')]);
    expect(result).toMatchObject({ decision: 'refused', reasons: ['alice requested changes'] });
  });

  it('keeps a change request on an older head standing: it holds until approved or dismissed', () => {
    const result = decide([review('alice', 'CHANGES_REQUESTED', OLD), review('bob', 'APPROVED')]);
    expect(result).toMatchObject({ decision: 'refused', reasons: ['alice requested changes'] });
  });

  it('does not count an approval of an older head, and says whose it was', () => {
    const result = decide([review('bob', 'APPROVED', OLD)]);
    expect(result).toEqual({
      decision: 'refused',
      approvers: [],
      reasons: ['0 approvals of 1 required', 'bob approved an older head def5678'],
    });
  });

  it('counts an approval of an older head when stale approvals are allowed', () => {
    expect(decide([review('bob', 'APPROVED', OLD)], { allowStaleApprovals: true })).toMatchObject({
      decision: 'approved',
      approvers: [{ login: 'bob', onHead: false }],
      reason: 'approved by bob (on an older head def5678) (1 of 1 required)',
    });
  });

  it('gives every reason at once', () => {
    const result = decide(
      [review('carol', 'APPROVED'), review('bob', 'APPROVED', OLD), review('alice', 'CHANGES_REQUESTED')],
      { minApprovals: 2 },
    );
    expect(result).toMatchObject({
      decision: 'refused',
      reasons: ['1 approval of 2 required', 'bob approved an older head def5678', 'alice requested changes'],
    });
  });
});

describe("a reviewer's standing verdict", () => {
  it('is their latest approval or change request', () => {
    expect(decide([review('alice', 'CHANGES_REQUESTED'), review('alice', 'APPROVED')]).decision).toBe(
      'approved',
    );
    expect(decide([review('alice', 'APPROVED'), review('alice', 'CHANGES_REQUESTED')])).toMatchObject({
      decision: 'refused',
      reasons: ['0 approvals of 1 required', 'alice requested changes'],
    });
  });

  it('is not changed by a later comment', () => {
    expect(decide([review('alice', 'APPROVED'), review('alice', 'COMMENTED')]).decision).toBe('approved');
    expect(decide([review('alice', 'CHANGES_REQUESTED'), review('alice', 'COMMENTED')])).toMatchObject({
      reasons: ['0 approvals of 1 required', 'alice requested changes'],
    });
  });

  it('is removed by a dismissal: a dismissed approval no longer counts, a dismissed change request no longer blocks', () => {
    // GitHub turns the dismissed review's own state into DISMISSED.
    expect(decide([review('alice', 'DISMISSED')])).toMatchObject({ reasons: ['0 approvals of 1 required'] });
    expect(decide([review('alice', 'DISMISSED'), review('bob', 'APPROVED')]).decision).toBe('approved');
    expect(decide([review('alice', 'APPROVED'), review('alice', 'DISMISSED')]).decision).toBe('refused');
  });

  it('ignores pending reviews (not submitted) and reviews of deleted accounts', () => {
    expect(decide([review('alice', 'PENDING'), review(null, 'APPROVED')])).toMatchObject({
      reasons: ['0 approvals of 1 required'],
    });
    expect(
      decide([review('alice', 'PENDING'), review(null, 'CHANGES_REQUESTED'), review('bob', 'APPROVED')])
        .decision,
    ).toBe('approved');
  });

  it('follows submission time, whatever order the reviews are listed in', () => {
    const changes = review('alice', 'CHANGES_REQUESTED');
    const approval = review('alice', 'APPROVED');
    expect(decide([approval, changes]).decision).toBe('approved');
  });
});

describe('the number of approvals required', () => {
  it('may be zero: nothing to approve, but a change request still refuses', () => {
    expect(decide([], { minApprovals: 0 })).toEqual({
      decision: 'approved',
      approvers: [],
      reason: 'no approval required, and no change requested',
    });
    expect(decide([review('alice', 'CHANGES_REQUESTED')], { minApprovals: 0 })).toMatchObject({
      decision: 'refused',
      reasons: ['alice requested changes'],
    });
  });

  it('must be a whole number of at least 0', () => {
    expect(() => decide([], { minApprovals: -1 })).toThrow(
      new UserError('min-approvals must be a whole number of at least 0, not -1'),
    );
    expect(() => decide([], { minApprovals: 1.5 })).toThrow(UserError);
  });
});
