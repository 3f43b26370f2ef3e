import * as core from '@actions/core';
import { UserError, overallOutcome } from '@mlgate/engine';
import type { MlgateReport, Outcome } from '@mlgate/engine';
import type { CommentStamp } from './comment-marker.js';
import type { EventContext } from './event-subject.js';
import { isForkPullRequest, subjectOf } from './event-subject.js';
import type { GitHubClient } from './github-client.js';
import { downloadReportArtifact, reportArtifactName, uploadReportArtifact } from './report-artifact.js';
import { readReportFiles } from './report-files.js';
import type { ReportFile } from './report-files.js';
import { commentMarkdown, summaryMarkdown } from './report-surfaces.js';
import type { SurfaceContext } from './report-surfaces.js';
import { postStickyComment, stampedBody } from './sticky-comment.js';
import type { StickyMode } from './sticky-comment.js';
import { writeStepSummary } from './step-summary.js';

export interface CommentInputs {
  /** Globs of report files; unused when `fromArtifact`. */
  readonly reports: readonly string[];
  readonly id: string;
  readonly mode: StickyMode;
  readonly prNumber?: number;
  readonly commitComment: boolean;
  /** workflow_run: post the reports a fork's run left as an artifact. */
  readonly fromArtifact: boolean;
  readonly artifactName?: string;
  readonly token: string;
}

export type CommentOutcome =
  | 'created'
  | 'updated'
  | 'unchanged'
  | 'superseded'
  | 'deleted'
  /** A fork's run (or a token refused with 403): reports left as an artifact for the workflow_run poster. */
  | 'uploaded'
  /** No pull request to comment on: the job summary only. */
  | 'summary-only'
  | 'commit-comment'
  /** workflow_run: the pull request moved on to another head; its own run will post. */
  | 'stale';

export interface CommentFlowResult {
  readonly outcome: CommentOutcome;
  readonly verdict?: Outcome;
  readonly commentId?: number;
  readonly commentUrl?: string;
}

export interface CommentFlowDeps {
  readonly context: EventContext;
  readonly client: GitHubClient;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly now: Date;
}

interface WorkflowRunPayload {
  readonly id: number;
  readonly head_sha: string;
  readonly run_attempt?: number;
  readonly pull_requests?: readonly { readonly number: number }[];
}

function isForbidden(error: unknown): boolean {
  return (error as { status?: number }).status === 403;
}

function surface(deps: CommentFlowDeps): SurfaceContext {
  const serverUrl = deps.env['GITHUB_SERVER_URL'];
  return { now: deps.now, ...(serverUrl !== undefined && serverUrl !== '' ? { serverUrl } : {}) };
}

async function postToPullRequest(
  deps: CommentFlowDeps,
  inputs: CommentInputs,
  reports: readonly MlgateReport[],
  target: { number: number; stamp: CommentStamp; currentHeadSha?: string },
): Promise<CommentFlowResult> {
  const { owner, repo } = deps.context.repo;
  const body = inputs.mode === 'delete' ? '' : commentMarkdown(reports, surface(deps));
  const result = await postStickyComment(deps.client, {
    owner,
    repo,
    issueNumber: target.number,
    body,
    stamp: target.stamp,
    mode: inputs.mode,
    ...(target.currentHeadSha !== undefined ? { currentHeadSha: target.currentHeadSha } : {}),
  });
  const verdict = reports.length > 0 ? overallOutcome(reports) : undefined;
  if (result.outcome === 'deleted') {
    core.info(`deleted ${result.count} mlgate comment(s) with id '${inputs.id}' on #${target.number}`);
    return { outcome: 'deleted', ...(verdict ? { verdict } : {}) };
  }
  if (result.outcome === 'superseded') {
    core.info(
      `#${target.number} already shows a newer report (run ${result.by.runId}, ${result.by.sha.slice(0, 7)}); left it as is`,
    );
  } else {
    core.info(`${result.outcome} the mlgate comment on #${target.number}: ${result.comment.url}`);
  }
  return {
    outcome: result.outcome,
    ...(verdict ? { verdict } : {}),
    commentId: result.comment.id,
    commentUrl: result.comment.url,
  };
}

async function headOf(deps: CommentFlowDeps, number: number) {
  const { owner, repo } = deps.context.repo;
  const { data } = await deps.client.rest.pulls.get({ owner, repo, pull_number: number });
  return { sha: data.head.sha };
}

async function leaveForPoster(
  deps: CommentFlowDeps,
  inputs: CommentInputs,
  files: readonly ReportFile[],
  why: string,
): Promise<CommentFlowResult> {
  const name = inputs.artifactName ?? reportArtifactName(inputs.id);
  // The poster matches each report's subject against the workflow_run payload: fill in what a report
  // made outside the action (the CLI) leaves out.
  const subject = subjectOf(deps.context);
  const stamped = files.map((file) => ({
    ...file,
    report: { ...file.report, subject: { ...subject, ...file.report.subject } },
  }));
  const { id } = await uploadReportArtifact(stamped, name, deps.env);
  core.info(
    `${why}: the report is in artifact '${name}' (id ${id}); the workflow_run workflow posts it to the pull request`,
  );
  return { outcome: 'uploaded', verdict: overallOutcome(files.map((file) => file.report)) };
}

/** The pull_request run (or a push): job summary always, then the comment, or the artifact for a fork. */
async function commentFromWorkspace(
  deps: CommentFlowDeps,
  inputs: CommentInputs,
): Promise<CommentFlowResult> {
  const files = inputs.mode === 'delete' ? [] : await readReportFiles(inputs.reports, deps.cwd);
  const reports = files.map((file) => file.report);
  if (reports.length > 0) await writeStepSummary(summaryMarkdown(reports, surface(deps)), deps.env);

  const { context } = deps;
  const subject = subjectOf(context);
  const number = inputs.prNumber ?? subject.pullRequest;
  if (number === undefined) {
    if (inputs.commitComment && reports.length > 0) return commitComment(deps, reports, subject.sha!);
    core.info('not a pull request: the report is in the job summary');
    return { outcome: 'summary-only', ...(reports.length > 0 ? { verdict: overallOutcome(reports) } : {}) };
  }
  if (isForkPullRequest(context) && inputs.mode !== 'delete') {
    return leaveForPoster(deps, inputs, files, 'a pull request from a fork gets a read-only token');
  }
  try {
    const head = await headOf(deps, number);
    // A pr-number override outside a pull_request event names another commit than GITHUB_SHA.
    const sha = subject.pullRequest === number ? subject.sha! : head.sha;
    return await postToPullRequest(deps, inputs, reports, {
      number,
      stamp: { id: inputs.id, runId: context.runId, runAttempt: context.runAttempt, sha },
      currentHeadSha: head.sha,
    });
  } catch (error) {
    if (!isForbidden(error) || inputs.mode === 'delete') throw error;
    return leaveForPoster(deps, inputs, files, 'the token may not write to the pull request (403)');
  }
}

async function commitComment(
  deps: CommentFlowDeps,
  reports: readonly MlgateReport[],
  sha: string,
): Promise<CommentFlowResult> {
  const { owner, repo } = deps.context.repo;
  const stamp = { id: 'commit', runId: deps.context.runId, runAttempt: deps.context.runAttempt, sha };
  const { data } = await deps.client.rest.repos.createCommitComment({
    owner,
    repo,
    commit_sha: sha,
    body: stampedBody(commentMarkdown(reports, surface(deps)), stamp),
  });
  return {
    outcome: 'commit-comment',
    verdict: overallOutcome(reports),
    commentId: data.id,
    commentUrl: data.html_url,
  };
}

/**
 * The workflow_run poster. The artifact came from a fork's code, so nothing in it is believed: each report
 * must pass its schema and be about the commit and pull request the workflow_run payload (written by GitHub)
 * names, and that pull request's head must still be that commit.
 */
async function commentFromArtifact(deps: CommentFlowDeps, inputs: CommentInputs): Promise<CommentFlowResult> {
  const { context } = deps;
  if (context.eventName !== 'workflow_run') {
    throw new UserError(`from-artifact posts on a workflow_run event, not '${context.eventName}'`);
  }
  const run = context.payload['workflow_run'] as WorkflowRunPayload | undefined;
  if (run === undefined || typeof run.id !== 'number' || typeof run.head_sha !== 'string') {
    throw new UserError('the workflow_run payload has no run id or head SHA');
  }
  const { owner, repo } = context.repo;
  const files = await downloadReportArtifact(
    {
      name: inputs.artifactName ?? reportArtifactName(inputs.id),
      workflowRunId: run.id,
      owner,
      repo,
      token: inputs.token,
    },
    deps.env,
  );
  const reports = files.map((file) => file.report);
  const claimed = new Set<number>();
  for (const { file, report } of files) {
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
  const number = inputs.prNumber ?? run.pull_requests?.[0]?.number ?? [...claimed][0];
  if (number === undefined) throw new UserError('no pull request number: give pr-number');
  if ([...claimed].some((claim) => claim !== number)) {
    throw new UserError(`the reports name pull request ${[...claimed].join(', ')}, not #${number}`);
  }
  await writeStepSummary(summaryMarkdown(reports, surface(deps)), deps.env);
  // The head SHA binds the run to the pull request: the commit the fork's run tested is the one it shows.
  const head = await headOf(deps, number);
  if (head.sha !== run.head_sha) {
    core.warning(
      `#${number} is now at ${head.sha.slice(0, 7)}, the report is about ${run.head_sha.slice(0, 7)}: not posted (the newer run posts)`,
    );
    return { outcome: 'stale', verdict: overallOutcome(reports) };
  }
  return postToPullRequest(deps, inputs, reports, {
    number,
    stamp: { id: inputs.id, runId: run.id, runAttempt: run.run_attempt ?? 1, sha: run.head_sha },
    currentHeadSha: head.sha,
  });
}

/**
 * The comment action: job summary, sticky PR comment, and the fork-safe split between the pull_request run
 * (uploads) and the workflow_run run (posts). Never fails on the verdict: gating is the gate action's job.
 */
export async function runCommentFlow(
  deps: CommentFlowDeps,
  inputs: CommentInputs,
): Promise<CommentFlowResult> {
  return inputs.fromArtifact ? commentFromArtifact(deps, inputs) : commentFromWorkspace(deps, inputs);
}
