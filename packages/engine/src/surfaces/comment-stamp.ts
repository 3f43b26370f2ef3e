/**
 * The hidden first line that makes a comment mlgate's: which report slot it fills (`id`, several per PR) and
 * which run wrote it, so a later run can tell whether the comment it finds is older or newer than itself.
 *
 *   <!-- mlgate:report id=quality run=123 attempt=1 sha=0123abcd… -->
 */
export interface CommentStamp {
  readonly id: string;
  readonly runId: number;
  readonly runAttempt: number;
  /** The pull request head commit the report is about. */
  readonly sha: string;
}

const PREFIX = '<!-- mlgate:report ';
const ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export function isValidCommentId(id: string): boolean {
  return ID_PATTERN.test(id);
}

export function formatStamp(stamp: CommentStamp): string {
  if (!isValidCommentId(stamp.id)) throw new TypeError(`invalid comment id '${stamp.id}'`);
  if (!/^[0-9a-f]{7,64}$/i.test(stamp.sha)) throw new TypeError(`invalid sha '${stamp.sha}'`);
  return `${PREFIX}id=${stamp.id} run=${stamp.runId} attempt=${stamp.runAttempt} sha=${stamp.sha} -->`;
}

/** Reads the stamp from a comment body's first line; anything else (a user quoting it later on) is ignored. */
export function parseStamp(body: string | null | undefined): CommentStamp | undefined {
  if (body == null || !body.startsWith(PREFIX)) return undefined;
  const firstLine = body.slice(0, body.indexOf('\n') === -1 ? body.length : body.indexOf('\n'));
  const match = /^<!-- mlgate:report id=(\S+) run=(\d+) attempt=(\d+) sha=([0-9a-fA-F]+) -->$/.exec(
    firstLine,
  );
  if (match === null) return undefined;
  const [, id, run, attempt, sha] = match as unknown as [string, string, string, string, string];
  if (!isValidCommentId(id)) return undefined;
  return { id, runId: Number(run), runAttempt: Number(attempt), sha };
}

/**
 * Whether a comment stamped `existing` must be left alone by a run stamped `ours`. A comment about the
 * pull request's current head beats one about an older head whatever the run order (a slow run for a
 * superseded commit finishing last must not win); between reports on the same commit, the later run wins.
 */
export function isNewerThan(
  existing: CommentStamp,
  ours: CommentStamp,
  currentHeadSha: string | undefined,
): boolean {
  if (currentHeadSha !== undefined && existing.sha !== ours.sha) {
    if (existing.sha === currentHeadSha) return true;
    if (ours.sha === currentHeadSha) return false;
  }
  if (existing.runId !== ours.runId) return existing.runId > ours.runId;
  return existing.runAttempt > ours.runAttempt;
}

/** The longest stamp line formatStamp can produce, with its newline: what a comment body must leave room for. */
export const MAX_STAMP_LINE_CHARS =
  formatStamp({
    id: 'x'.repeat(64),
    runId: Number.MAX_SAFE_INTEGER,
    runAttempt: Number.MAX_SAFE_INTEGER,
    sha: 'f'.repeat(64),
  }).length + 1;

/**
 * How a sticky comment is kept current: edited in place, posted anew at the bottom (the old one deleted),
 * posted anew with the older ones minimized as outdated, or removed.
 */
export const COMMENT_MODES = ['upsert', 'recreate', 'hide-previous', 'delete'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
