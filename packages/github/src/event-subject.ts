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

/**
 * The run's event, read from the runner's environment. @actions/github reads the same file when it is
 * imported and throws a bare SyntaxError on a malformed one, before any error handling can run; reading it
 * here first turns that into one clear line, and the client is only imported afterwards.
 */
export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  let payload: Record<string, unknown> = {};
  const file = env['GITHUB_EVENT_PATH'];
  if (file !== undefined && file !== '') {
    let text: string;
    try {
      if (statSync(file).size > MAX_EVENT_BYTES) {
        throw new UserError(`the event payload ${file} is larger than ${MAX_EVENT_BYTES} bytes`);
      }
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(
        `cannot read the event payload ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('not an object');
      payload = parsed as Record<string, unknown>;
    } catch (error) {
      throw new UserError(`the event payload ${file} is not a JSON object (${(error as Error).message})`);
    }
  }
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const fromPayload = payload['repository'] as { name?: unknown; owner?: { login?: unknown } } | undefined;
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
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
