import * as core from '@actions/core';
import { UserError } from '@mlgate/engine';
import type { CommentMode, CommentStamp, ReportFile } from '@mlgate/engine';
import type { EventContext } from '../event-subject.js';
import { isForkPullRequest, subjectOf } from '../event-subject.js';
import { isEnterpriseServer } from '../enterprise-server.js';
import type { GitHubClient } from '../github-client.js';
import { httpStatusOf } from '../github-failure.js';
import { downloadReportArtifact, reportArtifactName, uploadReportArtifact } from './report-artifact.js';
import { postStickyComment, stampedBody } from './sticky-comment.js';

/** Where and how the sticky comment goes. */
export interface CommentSurface {
  /** The comment's slot: steps with different ids keep separate comments on one pull request. */
  readonly id: string;
  readonly mode: CommentMode;
  /** The pull request, when the event does not say (workflow_run, workflow_dispatch). */
  readonly prNumber?: number;
  /** Outside pull requests, comment on the commit too. */
  readonly commitComment: boolean;
  /** The artifact a fork's run leaves for the workflow_run poster; default `mlgate-report-<id>`. */
  readonly artifactName?: string;
  /** Set by the workflow_run poster: the pull request and stamp the artifact was checked against. */
  readonly target?: ArtifactTarget;
}

export type CommentOutcome =
  | 'created'
  | 'updated'
  | 'unchanged'
  | 'superseded'
  | 'deleted'
  /** A fork's run (or a token refused with 403): reports left as an artifact for the workflow_run poster. */
  | 'uploaded'
  /**
   * No pull request to comment on, or one that cannot be (a fork's run on GitHub Enterprise Server, which
   * has no artifacts for the poster): the job summary only.
   */
  | 'summary-only'
  | 'commit-comment'
  /** workflow_run: the pull request moved on to another head; its own run will post. */
  | 'stale';

export interface CommentResult {
  readonly outcome: CommentOutcome;
  readonly commentId?: number;
  readonly commentUrl?: string;
}

export interface CommentDeps {
  readonly context: EventContext;
  readonly client: GitHubClient;
  readonly env: NodeJS.ProcessEnv;
}

/** The pull request a checked artifact may be posted to, stamped with the run that made it. */
export interface ArtifactTarget {
  readonly number: number;
  readonly stamp: CommentStamp;
  readonly currentHeadSha: string;
}

function isForbidden(error: unknown): boolean {
  return httpStatusOf(error) === 403;
}

async function headOf(deps: CommentDeps, number: number): Promise<string> {
  const { owner, repo } = deps.context.repo;
  const { data } = await deps.client.rest.pulls.get({ owner, repo, pull_number: number });
  return data.head.sha;
}

async function postToPullRequest(
  deps: CommentDeps,
  surface: CommentSurface,
  body: string,
  target: ArtifactTarget,
): Promise<CommentResult> {
  const { owner, repo } = deps.context.repo;
  const result = await postStickyComment(deps.client, {
    owner,
    repo,
    issueNumber: target.number,
    body: surface.mode === 'delete' ? '' : body,
    stamp: target.stamp,
    mode: surface.mode,
    currentHeadSha: target.currentHeadSha,
  });
  if (result.outcome === 'deleted') {
    core.info(`deleted ${result.count} mlgate comment(s) with id '${surface.id}' on #${target.number}`);
    return { outcome: 'deleted' };
  }
  if (result.outcome === 'superseded') {
    core.info(
      `#${target.number} already shows a newer report (run ${result.by.runId}, ${result.by.sha.slice(0, 7)}); left it as is`,
    );
  } else {
    core.info(`${result.outcome} the mlgate comment on #${target.number}: ${result.comment.url}`);
  }
  return { outcome: result.outcome, commentId: result.comment.id, commentUrl: result.comment.url };
}

async function leaveForPoster(
  deps: CommentDeps,
  surface: CommentSurface,
  reports: readonly ReportFile[],
  why: string,
): Promise<CommentResult> {
  // @actions/artifact refuses to run on Enterprise Server (GHESNotSupportedError): without an artifact there
  // is no poster, and failing the step would hide the verdict the check and the summary still carry.
  if (isEnterpriseServer(deps.env['GITHUB_SERVER_URL'])) {
    core.warning(
      `${why}, and GitHub Enterprise Server has no Actions artifacts (v4) to leave the report in for a workflow_run poster: the report is in the job summary only`,
    );
    return { outcome: 'summary-only' };
  }
  const name = surface.artifactName ?? reportArtifactName(surface.id);
  // The poster matches each report's subject against the workflow_run payload: fill in what a report
  // made outside the action (the CLI) leaves out.
  const subject = subjectOf(deps.context);
  const stamped = reports.map((file) => ({
    ...file,
    report: { ...file.report, subject: { ...subject, ...file.report.subject } },
  }));
  const { id } = await uploadReportArtifact(stamped, name, deps.env);
  core.info(
    `${why}: the report is in artifact '${name}' (id ${id}); the workflow_run workflow posts it to the pull request`,
  );
  return { outcome: 'uploaded' };
}

async function commentOnCommit(deps: CommentDeps, body: string, sha: string): Promise<CommentResult> {
  const { owner, repo } = deps.context.repo;
  const stamp = { id: 'commit', runId: deps.context.runId, runAttempt: deps.context.runAttempt, sha };
  const { data } = await deps.client.rest.repos.createCommitComment({
    owner,
    repo,
    commit_sha: sha,
    body: stampedBody(body, stamp),
  });
  return { outcome: 'commit-comment', commentId: data.id, commentUrl: data.html_url };
}

/**
 * The sticky comment for this run's reports: on the pull request (edited in place across runs), on the
 * commit outside pull requests when asked, or, for a fork's read-only token, left as an artifact for the
 * workflow_run poster. `body` is rendered only when a comment is written.
 */
export async function publishComment(
  deps: CommentDeps,
  surface: CommentSurface,
  reports: readonly ReportFile[],
  body: () => string,
): Promise<CommentResult> {
  if (surface.target !== undefined) {
    if (surface.target.currentHeadSha !== surface.target.stamp.sha) {
      core.warning(
        `#${surface.target.number} is now at ${surface.target.currentHeadSha.slice(0, 7)}, the report is about ${surface.target.stamp.sha.slice(0, 7)}: not posted (the newer run posts)`,
      );
      return { outcome: 'stale' };
    }
    return postToPullRequest(deps, surface, body(), surface.target);
  }
  const { context } = deps;
  const subject = subjectOf(context);
  const number = surface.prNumber ?? subject.pullRequest;
  if (number === undefined) {
    if (surface.commitComment && reports.length > 0) return commentOnCommit(deps, body(), subject.sha!);
    core.info('not a pull request: the report is in the job summary');
    return { outcome: 'summary-only' };
  }
  if (isForkPullRequest(context) && surface.mode !== 'delete') {
    return leaveForPoster(deps, surface, reports, 'a pull request from a fork gets a read-only token');
  }
  try {
    const head = await headOf(deps, number);
    // A pr-number override outside a pull_request event names another commit than GITHUB_SHA.
    const sha = subject.pullRequest === number ? subject.sha! : head;
    return await postToPullRequest(deps, surface, body(), {
      number,
      stamp: { id: surface.id, runId: context.runId, runAttempt: context.runAttempt, sha },
      currentHeadSha: head,
    });
  } catch (error) {
    if (!isForbidden(error) || surface.mode === 'delete') throw error;
    return leaveForPoster(deps, surface, reports, 'the token may not write to the pull request (403)');
  }
}

interface WorkflowRunPayload {
  readonly id: number;
  readonly head_sha: string;
  readonly run_attempt?: number;
  readonly pull_requests?: readonly { readonly number: number }[];
}

/**
 * The workflow_run poster's reports. The artifact came from a fork's code, so nothing in it is believed:
 * each report must pass its schema and be about the commit and pull request the workflow_run payload
 * (written by GitHub) names; the target records that pull request's head now, so a report about a head it
 * has moved past is never posted.
 */
export async function reportsFromArtifact(
  deps: CommentDeps,
  request: {
    readonly id: string;
    readonly artifactName?: string;
    readonly prNumber?: number;
    readonly token: string;
  },
): Promise<{ reports: ReportFile[]; target: ArtifactTarget }> {
  const { context } = deps;
  if (context.eventName !== 'workflow_run') {
    throw new UserError(`from-artifact posts on a workflow_run event, not '${context.eventName}'`);
  }
  const run = context.payload['workflow_run'] as WorkflowRunPayload | undefined;
  if (run === undefined || typeof run.id !== 'number' || typeof run.head_sha !== 'string') {
    throw new UserError('the workflow_run payload has no run id or head SHA');
  }
  const { owner, repo } = context.repo;
  const reports = await downloadReportArtifact(
    {
      name: request.artifactName ?? reportArtifactName(request.id),
      workflowRunId: run.id,
      owner,
      repo,
      token: request.token,
    },
    deps.env,
  );
  const claimed = new Set<number>();
  for (const { file, report } of reports) {
    const { subject } = report;
    if (subject.sha !== run.head_sha) {
      throw new UserError(
        `${file}: the report is about ${subject.sha ?? 'no commit'}, the run about ${run.head_sha}`,
      );
    }
    if (subject.repository !== undefined && subject.repository !== `${owner}/${repo}`) {
      throw new UserError(`${file}: the report names repository ${subject.repository}, not ${owner}/${repo}`);
    }
    if (subject.runId !== undefined && subject.runId !== run.id) {
      throw new UserError(`${file}: the report names run ${subject.runId}, not ${run.id}`);
    }
    if (subject.pullRequest !== undefined) claimed.add(subject.pullRequest);
  }
  // GitHub leaves workflow_run.pull_requests empty for a fork's pull request; the reports' claim is then
  // checked against the pull request itself below.
  const number = request.prNumber ?? run.pull_requests?.[0]?.number ?? [...claimed][0];
  if (number === undefined) throw new UserError('no pull request number: give pr-number');
  if ([...claimed].some((claim) => claim !== number)) {
    throw new UserError(`the reports name pull request ${[...claimed].join(', ')}, not #${number}`);
  }
  // The head SHA binds the run to the pull request: the commit the fork's run tested is the one it shows.
  return {
    reports,
    target: {
      number,
      stamp: { id: request.id, runId: run.id, runAttempt: run.run_attempt ?? 1, sha: run.head_sha },
      currentHeadSha: await headOf(deps, number),
    },
  };
}
