import { readFileSync, statSync } from 'node:fs';
import { UserError } from '@mlgate/engine';
import type { ReportSubject } from '@mlgate/engine';

/** What decides what a run is about: the fields of @actions/github's context that mlgate reads. */
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

/** GitHub caps webhook payloads at 25 MB; a larger event file is not one the runner wrote. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;

function positiveInteger(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

/** Events whose payload carries the pull request a run is about (its head commit is the run's subject). */
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

/** The event file's JSON object, or one line naming the file and what is wrong with it. */
function readEventPayload(file: string): Record<string, unknown> {
  let text: string;
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new UserError(`the event file ${file} is not a regular file`);
    if (info.size > MAX_EVENT_BYTES) {
      throw new UserError(`the event file ${file} is larger than ${MAX_EVENT_BYTES} bytes`);
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `the event file ${file} (GITHUB_EVENT_PATH) does not exist`
        : `cannot read the event file ${file} (${code ?? String(error)})`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(`the event file ${file} is not JSON (${(error as Error).message})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    const kind = Array.isArray(parsed) ? 'array' : parsed === null ? 'null' : typeof parsed;
    throw new UserError(`the event file ${file} is a JSON ${kind}, not an object`);
  }
  return parsed as Record<string, unknown>;
}

/** A pull request event must name the pull request and its head commit: the checks and comment go there. */
function checkPullRequest(file: string, eventName: string, payload: Record<string, unknown>): void {
  if (!PULL_REQUEST_EVENTS.has(eventName)) return;
  const pr = payload['pull_request'] as { number?: unknown; head?: { sha?: unknown } } | null | undefined;
  const missing =
    typeof pr !== 'object' || pr === null
      ? 'pull_request'
      : typeof pr.number !== 'number'
        ? 'pull_request.number'
        : typeof pr.head?.sha !== 'string' || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(pr.head.sha)
          ? 'pull_request.head.sha'
          : undefined;
  if (missing !== undefined) {
    throw new UserError(`the event file ${file} has no ${missing}, which a ${eventName} event carries`);
  }
}

/**
 * The run's event, read from the runner's environment. @actions/github reads the same file when it is
 * imported and throws a bare SyntaxError on a malformed one; reading it here first, inside the action
 * wrapper, turns that into one clear line, and the client is only imported afterwards.
 */
export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  let payload: Record<string, unknown> = {};
  const file = env['GITHUB_EVENT_PATH'];
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  if (file !== undefined && file !== '') {
    payload = readEventPayload(file);
    checkPullRequest(file, eventName, payload);
  }
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const fromPayload = payload['repository'] as { name?: unknown; owner?: { login?: unknown } } | undefined;
  return {
    eventName,
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    runId: positiveInteger(env['GITHUB_RUN_ID'], 1),
    runAttempt: positiveInteger(env['GITHUB_RUN_ATTEMPT'], 1),
    repo:
      owner !== '' && repo !== ''
        ? { owner, repo }
        : {
            owner: typeof fromPayload?.owner?.login === 'string' ? fromPayload.owner.login : '',
            repo: typeof fromPayload?.name === 'string' ? fromPayload.name : '',
          },
    payload,
  };
}
