import { notFound, validationFailed, type ValidationErrorEntry } from '../github-error-responses.js';
import {
  renderCheckRun,
  renderMinimalRepository,
  renderStatus,
  repoApiUrl,
} from '../github-representations.js';
import type { CheckRunRecord, CheckStatus, RepoRecord, StatusRecord } from '../github-state.js';
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

/** Source: GitHub REST docs, "Update a check run": at most 50 annotations per request. */
export const MAX_ANNOTATIONS_PER_REQUEST = 50;
/** Source: GitHub REST docs, check run `output.summary` / `output.text`: maximum 65,535 characters. */
export const MAX_CHECK_OUTPUT_CHARACTERS = 65_535;

type Body = Record<string, unknown>;

/** The rules GitHub enforces that the JSON Schema in its description cannot say. */
function semanticProblems(body: Body, existing: CheckRunRecord | undefined): ValidationErrorEntry[] {
  const problems: ValidationErrorEntry[] = [];
  const status =
    optionalString(body['status']) ?? (body['conclusion'] === undefined ? existing?.status : 'completed');
  const conclusion = body['conclusion'] ?? existing?.conclusion ?? undefined;
  if (status === 'completed' && (conclusion === undefined || conclusion === null)) {
    problems.push({ resource: 'CheckRun', field: 'conclusion', code: 'missing_field' });
  }
  const output =
    typeof body['output'] === 'object' && body['output'] !== null ? (body['output'] as Body) : {};
  const annotations = Array.isArray(output['annotations']) ? output['annotations'] : [];
  if (annotations.length > MAX_ANNOTATIONS_PER_REQUEST) {
    problems.push({
      resource: 'CheckRun',
      field: 'output.annotations',
      code: 'custom',
      message: `at most ${MAX_ANNOTATIONS_PER_REQUEST} annotations are accepted per request`,
    });
  }
  for (const field of ['summary', 'text'] as const) {
    const text = optionalString(output[field]);
    if (text !== undefined && text.length > MAX_CHECK_OUTPUT_CHARACTERS) {
      problems.push({
        resource: 'CheckRun',
        field: `output.${field}`,
        code: 'custom',
        message: `${field} is too long (maximum is ${MAX_CHECK_OUTPUT_CHARACTERS} characters)`,
      });
    }
  }
  return problems;
}

function applyCheckRunBody(run: CheckRunRecord, body: Body): void {
  if (typeof body['name'] === 'string') run.name = body['name'];
  if (typeof body['details_url'] === 'string') run.detailsUrl = body['details_url'];
  if (typeof body['external_id'] === 'string') run.externalId = body['external_id'];
  if (typeof body['started_at'] === 'string') run.startedAt = new Date(body['started_at']);
  if (typeof body['conclusion'] === 'string') {
    run.conclusion = body['conclusion'];
    run.status = 'completed';
  }
  if (typeof body['status'] === 'string') run.status = body['status'] as CheckStatus;
  if (run.status === 'completed') {
    run.completedAt =
      typeof body['completed_at'] === 'string'
        ? new Date(body['completed_at'])
        : (run.completedAt ?? new Date());
  }
  const output = body['output'];
  if (typeof output === 'object' && output !== null) {
    const fields = output as Body;
    run.output = {
      title: optionalString(fields['title']) ?? run.output.title,
      summary: optionalString(fields['summary']) ?? run.output.summary,
      text: optionalString(fields['text']) ?? run.output.text,
    };
    // Annotations accumulate across updates, which is how more than 50 reach one check run.
    if (Array.isArray(fields['annotations'])) run.annotations.push(...(fields['annotations'] as unknown[]));
  }
}

function renderRun(context: RouteContext, repo: RepoRecord, run: CheckRunRecord) {
  const api = repoApiUrl(context.urls, repo);
  const pulls = [...repo.pulls.values()]
    .filter((pull) => pull.head.sha === run.headSha && pull.state === 'open')
    .map((pull) => ({
      id: pull.id,
      number: pull.number,
      url: `${api}/pulls/${pull.number}`,
      head: { ref: pull.head.ref, sha: pull.head.sha, repo: { id: repo.id, url: api, name: repo.name } },
      base: { ref: pull.base.ref, sha: pull.base.sha, repo: { id: repo.id, url: api, name: repo.name } },
    }));
  return renderCheckRun(context.urls, repo, run, pulls);
}

function checkRunOf(context: RouteContext, repo: RepoRecord): CheckRunRecord {
  const id = integerParam(context, 'check_run_id');
  const run = repo.checkRuns.find((candidate) => candidate.id === id);
  if (run === undefined) throw notFound(context.operation.documentationUrl);
  return run;
}

function createCheckRun(context: RouteContext) {
  const repo = repoOf(context);
  const body = bodyOf(context);
  const problems = semanticProblems(body, undefined);
  if (problems.length > 0) throw validationFailed(context.operation.documentationUrl, problems);
  const run: CheckRunRecord = {
    id: context.state.newId(),
    headSha: optionalString(body['head_sha']) ?? '',
    name: optionalString(body['name']) ?? '',
    status: 'queued',
    conclusion: null,
    startedAt: new Date(),
    completedAt: null,
    detailsUrl: null,
    externalId: null,
    output: { title: null, summary: null, text: null },
    annotations: [],
  };
  applyCheckRunBody(run, body);
  repo.checkRuns.push(run);
  return json(201, renderRun(context, repo, run));
}

function updateCheckRun(context: RouteContext) {
  const repo = repoOf(context);
  const run = checkRunOf(context, repo);
  const body = bodyOf(context);
  const problems = semanticProblems(body, run);
  if (problems.length > 0) throw validationFailed(context.operation.documentationUrl, problems);
  applyCheckRunBody(run, body);
  return json(200, renderRun(context, repo, run));
}

function listCheckRunsForRef(context: RouteContext) {
  const repo = repoOf(context);
  const sha = context.state.resolveCommit(repo, context.params['ref'] ?? '');
  const name = context.url.searchParams.get('check_name');
  const status = context.url.searchParams.get('status');
  // `filter=latest` (the default) keeps the most recent run of each name: a re-run hides the run it replaced.
  const latestOnly = (context.url.searchParams.get('filter') ?? 'latest') === 'latest';
  const newestFirst = repo.checkRuns.filter((run) => run.headSha === sha).reverse();
  const runs = newestFirst
    .filter(
      (run, index) => !latestOnly || newestFirst.findIndex((other) => other.name === run.name) === index,
    )
    .filter((run) => name === null || run.name === name)
    .filter((run) => status === null || run.status === status)
    .map((run) => renderRun(context, repo, run));
  const page = paginate(runs, context.url);
  return json(
    200,
    { total_count: runs.length, check_runs: page.items },
    page.link === undefined ? undefined : { link: page.link },
  );
}

/** GitHub's combined state: failure beats pending beats success; no statuses at all is pending. */
function combinedState(statuses: readonly StatusRecord[]): string {
  if (statuses.some((status) => status.state === 'error' || status.state === 'failure')) return 'failure';
  if (statuses.length === 0 || statuses.some((status) => status.state === 'pending')) return 'pending';
  return 'success';
}

function statusesFor(context: RouteContext, repo: RepoRecord): { sha: string; statuses: StatusRecord[] } {
  const sha = context.state.resolveCommit(repo, context.params['ref'] ?? '');
  if (sha === undefined) throw notFound(context.operation.documentationUrl);
  return { sha, statuses: repo.statuses.filter((status) => status.sha === sha).reverse() };
}

export const checkRoutes: RouteTable = {
  'checks/create': { resource: 'CheckRun', handle: createCheckRun },
  'checks/update': { resource: 'CheckRun', handle: updateCheckRun },
  'checks/get': {
    resource: 'CheckRun',
    handle: (context) => {
      const repo = repoOf(context);
      return json(200, renderRun(context, repo, checkRunOf(context, repo)));
    },
  },
  'checks/list-for-ref': { resource: 'CheckRun', handle: listCheckRunsForRef },
  'repos/create-commit-status': {
    resource: 'Status',
    handle: (context) => {
      const repo = repoOf(context);
      const body = bodyOf(context);
      const status: StatusRecord = {
        id: context.state.newId(),
        sha: (context.params['sha'] ?? '').toLowerCase(),
        state: body['state'] as StatusRecord['state'],
        targetUrl: optionalString(body['target_url']) ?? null,
        description: optionalString(body['description']) ?? null,
        context: optionalString(body['context']) ?? 'default',
        creator: context.caller,
        createdAt: new Date(),
      };
      repo.statuses.push(status);
      return json(201, renderStatus(context.urls, repo, status));
    },
  },
  'repos/get-combined-status-for-ref': {
    resource: 'Status',
    handle: (context) => {
      const repo = repoOf(context);
      const { sha, statuses } = statusesFor(context, repo);
      // Newest first, so the first status of each context is the one that counts.
      const latest = statuses.filter(
        (status, index) => statuses.findIndex((other) => other.context === status.context) === index,
      );
      const api = repoApiUrl(context.urls, repo);
      return json(200, {
        state: combinedState(latest),
        statuses: latest.map((status) => renderStatus(context.urls, repo, status)),
        sha,
        total_count: latest.length,
        repository: renderMinimalRepository(context.urls, repo),
        commit_url: `${api}/commits/${sha}`,
        url: `${api}/commits/${sha}/status`,
      });
    },
  },
  'repos/list-commit-statuses-for-ref': {
    resource: 'Status',
    handle: (context) => {
      const repo = repoOf(context);
      const page = paginate(
        statusesFor(context, repo).statuses.map((status) => renderStatus(context.urls, repo, status)),
        context.url,
      );
      return json(200, page.items, page.link === undefined ? undefined : { link: page.link });
    },
  },
};
