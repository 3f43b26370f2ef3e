// The GITHUB_* and RUNNER_* variables the runner gives a step (GitHubContext.cs, RunnerContext.cs), with the
// ref and SHA GitHub assigns per event as the Actions documentation ("Events that trigger workflows") states.
import { createHash } from 'node:crypto';

export interface WebhookEvent {
  /** The event name, e.g. `pull_request`. */
  readonly name: string;
  readonly payload: Record<string, unknown>;
}

/** Run metadata a test may pin; everything else is derived from the event payload. */
export interface GitHubRunOptions {
  /** `owner/name`; default: the payload's repository. */
  readonly repository?: string;
  /** Override GITHUB_SHA (needed where GitHub takes it from outside the payload, e.g. workflow_run). */
  readonly sha?: string;
  readonly ref?: string;
  readonly runId?: string;
  readonly runNumber?: string;
  readonly runAttempt?: string;
  readonly actor?: string;
  readonly job?: string;
  readonly workflow?: string;
  /** GITHUB_ACTION: the step id; the runner names a step without one `__self` (local) or `__owner_repo`. */
  readonly action?: string;
  readonly serverUrl?: string;
  readonly apiUrl?: string;
  readonly graphqlUrl?: string;
  /** `github.token`, for input defaults such as `${{ github.token }}`; never put in the environment. */
  readonly token?: string;
}

export interface EventRefs {
  readonly sha: string;
  readonly ref: string;
  readonly headRef: string;
  readonly baseRef: string;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** A stable stand-in where GitHub computes a SHA the payload does not carry (e.g. a not-yet-known merge commit). */
export function syntheticSha(...parts: string[]): string {
  return createHash('sha1')
    .update(`mlgate-harness\0${parts.join('\0')}`)
    .digest('hex');
}

/**
 * GITHUB_SHA / GITHUB_REF / GITHUB_HEAD_REF / GITHUB_BASE_REF for an event. GitHub (not the runner binary)
 * computes them; the documented values are:
 * - push: the pushed ref, and `after`.
 * - pull_request, pull_request_review(_comment): `refs/pull/N/merge` and the merge commit. A payload whose
 *   `merge_commit_sha` is still null (mergeability not computed yet) gets a stable synthetic SHA.
 * - pull_request_target: the base branch and its last commit.
 * - workflow_run and anything else: the default branch and its last commit (not in the payload: synthetic
 *   unless `sha` is given).
 * GITHUB_HEAD_REF/GITHUB_BASE_REF are documented as set only for pull_request and pull_request_target.
 */
export function eventRefs(event: WebhookEvent): EventRefs {
  const payload = event.payload;
  const repository = record(payload['repository']);
  const defaultBranch = text(repository['default_branch']) || 'main';
  const pull = record(payload['pull_request']);
  const head = record(pull['head']);
  const base = record(pull['base']);
  const prRefs = { headRef: text(head['ref']), baseRef: text(base['ref']) };
  if (event.name === 'push') {
    return { ref: text(payload['ref']), sha: text(payload['after']), headRef: '', baseRef: '' };
  }
  if (PULL_REQUEST_EVENTS.has(event.name)) {
    const number = text(pull['number']);
    const merge =
      text(pull['merge_commit_sha']) || syntheticSha('merge', text(base['sha']), text(head['sha']));
    const refs = event.name === 'pull_request' ? prRefs : { headRef: '', baseRef: '' };
    return { ref: `refs/pull/${number}/merge`, sha: merge, ...refs };
  }
  if (event.name === 'pull_request_target') {
    return { ref: `refs/heads/${text(base['ref'])}`, sha: text(base['sha']), ...prRefs };
  }
  return {
    ref: `refs/heads/${defaultBranch}`,
    sha: syntheticSha('default-branch', text(repository['full_name']), defaultBranch),
    headRef: '',
    baseRef: '',
  };
}

/** GITHUB_REF_NAME: the branch or tag name; `<number>/merge` for a pull request. */
function refName(ref: string): string {
  for (const prefix of ['refs/heads/', 'refs/tags/', 'refs/pull/', 'refs/']) {
    if (ref.startsWith(prefix)) return ref.slice(prefix.length);
  }
  return ref;
}

export interface RunnerEnvInput {
  readonly event: WebhookEvent;
  readonly eventPath: string;
  readonly workspace: string;
  readonly runnerTemp: string;
  readonly toolCache: string;
  readonly actionPath: string;
  readonly stepDebug: boolean;
  readonly github: GitHubRunOptions;
}

/** The `github` context (lower-case keys) as expressions in input defaults see it. */
export function githubContext(input: RunnerEnvInput): Record<string, string> {
  const { event, github } = input;
  const payload = event.payload;
  const repository = record(payload['repository']);
  const owner = record(repository['owner']);
  const sender = record(payload['sender']);
  const refs = eventRefs(event);
  const fullName = github.repository ?? text(repository['full_name']);
  const ref = github.ref ?? refs.ref;
  const sha = github.sha ?? refs.sha;
  const actor = github.actor ?? text(sender['login']);
  const serverUrl = github.serverUrl ?? 'https://github.com';
  return {
    action: github.action ?? '__self',
    action_path: input.actionPath,
    action_ref: '',
    action_repository: '',
    actor,
    actor_id: text(sender['id']),
    api_url: github.apiUrl ?? 'https://api.github.com',
    base_ref: refs.baseRef,
    event_name: event.name,
    event_path: input.eventPath,
    graphql_url: github.graphqlUrl ?? 'https://api.github.com/graphql',
    head_ref: refs.headRef,
    job: github.job ?? 'test',
    ref,
    ref_name: refName(ref),
    ref_protected: 'false',
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    repository: fullName,
    repository_id: text(repository['id']),
    repository_owner: fullName.split('/')[0] ?? '',
    repository_owner_id: text(owner['id']),
    retention_days: '90',
    run_attempt: github.runAttempt ?? '1',
    run_id: github.runId ?? '4242424242',
    run_number: github.runNumber ?? '1',
    server_url: serverUrl,
    sha,
    token: github.token ?? '',
    triggering_actor: actor,
    workflow: github.workflow ?? 'CI',
    workflow_ref: `${fullName}/.github/workflows/ci.yml@${ref}`,
    workflow_sha: sha,
    workspace: input.workspace,
  };
}

/** The `runner` context. */
export function runnerContext(input: RunnerEnvInput): Record<string, string> {
  return {
    arch: 'X64',
    environment: 'github-hosted',
    name: 'GitHub Actions 1',
    os: 'Linux',
    temp: input.runnerTemp,
    tool_cache: input.toolCache,
    ...(input.stepDebug ? { debug: '1' } : {}),
  };
}

/** GITHUB_* and RUNNER_* for a step (without the per-step file-command paths). */
export function runnerEnvironment(input: RunnerEnvInput): Record<string, string> {
  const env: Record<string, string> = { GITHUB_ACTIONS: 'true', CI: 'true' };
  for (const [key, value] of Object.entries(githubContext(input))) {
    // `token` is not on GitHubContext's environment allowlist: it never reaches the environment.
    if (key !== 'token') env[`GITHUB_${key.toUpperCase()}`] = value;
  }
  for (const [key, value] of Object.entries(runnerContext(input))) env[`RUNNER_${key.toUpperCase()}`] = value;
  return env;
}
