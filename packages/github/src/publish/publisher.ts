import * as core from '@actions/core';
import {
  REPORT_OUTPUTS,
  checkRunContent,
  checkRunName,
  commentMarkdown,
  gate,
  repositoryPath,
  selectAnnotations,
  summaryMarkdown,
  viewOf,
} from '@mlgate/engine';
import type {
  FailOn,
  Finding,
  FoldableVerdict,
  GateResult,
  ReportFile,
  ReportOutputName,
  RetrainTrigger,
  SurfaceOptions,
} from '@mlgate/engine';
import type { EventContext } from '../event-subject.js';
import { subjectOf } from '../event-subject.js';
import type { GitHubClient } from '../github-client.js';
import { publishCheckRun } from './check-run.js';
import type { CheckRunResult } from './check-run.js';
import { publishComment } from './comment-surface.js';
import type { CommentResult, CommentSurface } from './comment-surface.js';
import { writeStepSummary } from './step-summary.js';
import { emitAnnotations } from './workflow-annotations.js';

/** Outputs that come from publishing itself rather than from the reports. */
export const SURFACE_OUTPUTS = ['outcome', 'comment-id', 'comment-url', 'check-run-url'] as const;
export type SurfaceOutputName = (typeof SURFACE_OUTPUTS)[number];
export type OutputName = ReportOutputName | SurfaceOutputName;

/** Where a run's reports go. Every action publishes through this, choosing its surfaces. */
export interface PublishSurfaces {
  readonly summary: boolean;
  readonly annotations: boolean;
  /** One check run `mlgate / <name>` on the commit the reports are about. */
  readonly checkRun?: { readonly name: string };
  readonly comment?: CommentSurface;
  /** The outputs the action declares in its action.yml. */
  readonly outputs: readonly OutputName[];
}

export interface PublishDeps {
  readonly context: EventContext;
  readonly workspace: string;
  readonly env: NodeJS.ProcessEnv;
  readonly now: Date;
  /** Made on first need; undefined when the action has no token. */
  readonly client: (() => Promise<GitHubClient>) | undefined;
}

export interface PublishRequest {
  readonly reports: readonly ReportFile[];
  readonly failOn: FailOn;
  readonly fold: readonly FoldableVerdict[];
  /** What may call for retraining, for the `retrain` output (mlgate.yml `retrain.on`); default: both. */
  readonly retrainOn?: readonly RetrainTrigger[];
}

export interface PublishResult {
  readonly gate: GateResult;
  readonly check?: CheckRunResult;
  readonly comment?: CommentResult;
}

function serverUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  const url = env['GITHUB_SERVER_URL'];
  return url !== undefined && url !== '' ? url : undefined;
}

/** Findings as annotations on the runner: files named from the repository root, or not at all. */
function onRepository(findings: readonly Finding[], workspace: string): Finding[] {
  return findings.map(({ file, line, column, ...rest }) => {
    const path = file === undefined ? undefined : repositoryPath(workspace, file);
    return path === undefined
      ? rest
      : {
          ...rest,
          file: path,
          ...(line !== undefined ? { line } : {}),
          ...(column !== undefined ? { column } : {}),
        };
  });
}

function setOutputs(names: readonly OutputName[], values: Partial<Record<OutputName, string>>): void {
  for (const name of names) {
    const value = values[name];
    if (value !== undefined) core.setOutput(name, value);
  }
}

/**
 * The one publishing path: the gate's verdict over every report, then each surface the action asks for,
 * all rendered by the engine's one renderer. Cheap, local surfaces go first (outputs, the job summary,
 * annotations), so a GitHub API failure afterwards still leaves the verdict where the workflow can see it.
 */
export async function publish(
  request: PublishRequest,
  surfaces: PublishSurfaces,
  deps: PublishDeps,
): Promise<PublishResult> {
  const reports = request.reports.map((file) => file.report);
  const verdict = gate(reports, request.failOn);
  const serverUrl = serverUrlOf(deps.env);
  const rendering: SurfaceOptions = {
    now: deps.now,
    fold: request.fold,
    // Two mlgate steps in one job write two summaries: the check name tells them apart.
    ...(surfaces.checkRun !== undefined ? { title: checkRunName(surfaces.checkRun.name) } : {}),
    ...(serverUrl !== undefined ? { serverUrl } : {}),
  };
  const fromReports: Partial<Record<OutputName, string>> = {};
  const source = {
    reports: request.reports,
    gate: verdict,
    ...(request.retrainOn !== undefined ? { retrainOn: request.retrainOn } : {}),
  };
  for (const name of surfaces.outputs) {
    if (Object.hasOwn(REPORT_OUTPUTS, name))
      fromReports[name] = REPORT_OUTPUTS[name as ReportOutputName](source);
  }
  setOutputs(surfaces.outputs, fromReports);

  if (surfaces.summary) await writeStepSummary(summaryMarkdown(reports, rendering), deps.env);
  if (surfaces.annotations) {
    const findings = selectAnnotations(reports.map((report) => viewOf(report).findings(report)));
    emitAnnotations(onRepository(findings, deps.workspace));
  }

  let check: CheckRunResult | undefined;
  if (surfaces.checkRun !== undefined) {
    const name = checkRunName(surfaces.checkRun.name);
    const headSha = subjectOf(deps.context).sha;
    if (deps.client === undefined) {
      check = { created: false, reason: 'no token' };
      core.info(`No check run '${name}': no token was given`);
    } else {
      check = await publishCheckRun(await deps.client(), {
        owner: deps.context.repo.owner,
        repo: deps.context.repo.repo,
        name,
        headSha: headSha!,
        content: checkRunContent(reports, verdict, deps.workspace, rendering),
      });
    }
  }

  let comment: CommentResult | undefined;
  if (surfaces.comment !== undefined) {
    if (deps.client === undefined) {
      core.info('No comment: no token was given');
    } else {
      comment = await publishComment(
        { context: deps.context, client: await deps.client(), env: deps.env },
        surfaces.comment,
        request.reports,
        () => commentMarkdown(reports, rendering),
      );
    }
  }

  setOutputs(surfaces.outputs, {
    ...(comment !== undefined ? { outcome: comment.outcome } : {}),
    ...(comment?.commentId !== undefined ? { 'comment-id': String(comment.commentId) } : {}),
    ...(comment?.commentUrl !== undefined ? { 'comment-url': comment.commentUrl } : {}),
    ...(check?.created === true ? { 'check-run-url': check.url } : {}),
  });
  return {
    gate: verdict,
    ...(check !== undefined ? { check } : {}),
    ...(comment !== undefined ? { comment } : {}),
  };
}
