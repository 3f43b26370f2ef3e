import { UserError } from '@mlgate/engine';
import { subjectOf, type EventContext } from '../event-subject.js';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * The commit a release is of. A release workflow started by `workflow_run` (after the default branch's
 * gate finished) runs on the default branch's newest commit, which may already be a later one: the commit
 * that run gated and trained is its `head_sha`. Any other event: the commit the run is about.
 */
export function releasedCommit(context: EventContext): string {
  if (context.eventName !== 'workflow_run') return subjectOf(context).sha!;
  const run = context.payload['workflow_run'] as { head_sha?: unknown } | null | undefined;
  const sha = run?.head_sha;
  if (typeof sha !== 'string' || !SHA.test(sha)) {
    throw new UserError('the workflow_run event names no head_sha: which commit to release is unknown');
  }
  return sha;
}
