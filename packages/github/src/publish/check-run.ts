import * as core from '@actions/core';
import { GitHubLimits } from '@mlgate/engine';
import type { CheckAnnotation, CheckRunContent } from '@mlgate/engine';
import type { GitHubClient } from '../github-client.js';
import { httpStatusOf } from '../github-failure.js';

export interface CheckRunRequest {
  readonly owner: string;
  readonly repo: string;
  /** `mlgate / <name>`: the name branch protection requires. */
  readonly name: string;
  readonly headSha: string;
  readonly content: CheckRunContent;
  readonly detailsUrl?: string;
}

export type CheckRunResult =
  | { readonly created: true; readonly id: number; readonly url: string }
  | { readonly created: false; readonly reason: string };

function toApi(annotation: CheckAnnotation) {
  return {
    path: annotation.path,
    start_line: annotation.startLine,
    end_line: annotation.startLine,
    annotation_level: annotation.level,
    title: annotation.title,
    message: annotation.message,
  };
}

/**
 * Creates a completed check run on the head commit. GitHub takes 50 annotations a request, so the rest
 * follow in updates. Without `checks: write` (a fork's token, a workflow that did not grant it) the verdict
 * still stands: the action warns and goes on, and the exit code still gates the merge.
 */
export async function publishCheckRun(
  client: GitHubClient,
  request: CheckRunRequest,
): Promise<CheckRunResult> {
  const { content } = request;
  const batches: (readonly CheckAnnotation[])[] = [];
  for (let i = 0; i < content.annotations.length; i += GitHubLimits.checkRunAnnotationsPerRequest) {
    batches.push(content.annotations.slice(i, i + GitHubLimits.checkRunAnnotationsPerRequest));
  }
  const output = (batch: readonly CheckAnnotation[] | undefined) => ({
    title: content.title,
    summary: content.summary,
    ...(batch !== undefined && batch.length > 0 ? { annotations: batch.map(toApi) } : {}),
  });
  try {
    const { data } = await client.rest.checks.create({
      owner: request.owner,
      repo: request.repo,
      name: request.name,
      head_sha: request.headSha,
      status: 'completed',
      conclusion: content.conclusion,
      completed_at: new Date().toISOString(),
      ...(request.detailsUrl !== undefined ? { details_url: request.detailsUrl } : {}),
      output: output(batches[0]),
    });
    for (const batch of batches.slice(1)) {
      await client.rest.checks.update({
        owner: request.owner,
        repo: request.repo,
        check_run_id: data.id,
        output: output(batch),
      });
    }
    return { created: true, id: data.id, url: data.html_url ?? '' };
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 403 || status === 404) {
      const reason = `no check run '${request.name}': the token cannot write checks (grant 'checks: write'; fork pull requests never can)`;
      core.warning(reason);
      return { created: false, reason };
    }
    throw error;
  }
}
