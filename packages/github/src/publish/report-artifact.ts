import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError, readReportFile } from '@mlgate/engine';
import type { ReportFile } from '@mlgate/engine';
import { ACTIONS_SERVICE_BUDGET_MS, withinBudget } from '../actions-service-call.js';
import {
  artifactClient,
  artifactScratchDir,
  artifactServiceFailure as serviceFailure,
} from './artifact-client.js';
import type { ArtifactCallOptions } from './artifact-client.js';

/** `mlgate-report-<id>`: one artifact per comment slot, so several comment steps in a run do not collide. */
export function reportArtifactName(commentId: string): string {
  return `mlgate-report-${commentId}`;
}

function scratchDir(env: NodeJS.ProcessEnv): Promise<string> {
  return artifactScratchDir(env, 'mlgate-report-');
}

/**
 * A fork's run cannot write to the pull request: it leaves its reports as an artifact for the
 * `workflow_run` workflow, which runs with the base repository's token. Files are renamed `report-<n>.json`
 * so nothing about the fork's layout travels with them.
 */
export async function uploadReportArtifact(
  reports: readonly ReportFile[],
  name: string,
  env: NodeJS.ProcessEnv = process.env,
  options: ArtifactCallOptions = {},
): Promise<{ id: number; size: number }> {
  const dir = await scratchDir(env);
  const files: string[] = [];
  for (const [index, { report }] of reports.entries()) {
    const file = path.join(dir, `report-${index + 1}.json`);
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    files.push(file);
  }
  let uploaded: { id?: number; size?: number };
  try {
    const client = await artifactClient();
    uploaded = await withinBudget(
      client.uploadArtifact(name, files, dir, { retentionDays: 7 }),
      options.budgetMs ?? ACTIONS_SERVICE_BUDGET_MS,
      'the upload',
    );
  } catch (error) {
    throw serviceFailure(`could not upload artifact '${name}'`, error);
  }
  const { id, size } = uploaded;
  if (id === undefined) {
    throw new UserError(`artifact '${name}' was uploaded but the Actions artifact service returned no id`);
  }
  return { id, size: size ?? 0 };
}

export interface ArtifactSource {
  readonly name: string;
  readonly workflowRunId: number;
  readonly owner: string;
  readonly repo: string;
  readonly token: string;
}

/**
 * Downloads the reports another run left, and checks each against its kind's schema: the artifact was made
 * by code from a fork and is untrusted input. Only top-level `*.json` files are read.
 */
export async function downloadReportArtifact(
  source: ArtifactSource,
  env: NodeJS.ProcessEnv = process.env,
  options: ArtifactCallOptions = {},
): Promise<ReportFile[]> {
  const budgetMs = options.budgetMs ?? ACTIONS_SERVICE_BUDGET_MS;
  const findBy = {
    token: source.token,
    workflowRunId: source.workflowRunId,
    repositoryOwner: source.owner,
    repositoryName: source.repo,
  };
  const client = await artifactClient();
  let artifactId: number;
  try {
    const { artifact } = await withinBudget(
      client.getArtifact(source.name, { findBy }),
      budgetMs,
      'the artifact listing',
    );
    artifactId = artifact.id;
  } catch (error) {
    // Only a listing that answered without it means there is none; anything else is the service failing.
    if ((error as Error).name === 'ArtifactNotFoundError') {
      throw new UserError(
        `no artifact '${source.name}' on workflow run ${source.workflowRunId}: ${(error as Error).message}`,
      );
    }
    throw serviceFailure(`could not look up artifact '${source.name}'`, error);
  }
  const dir = await scratchDir(env);
  try {
    await withinBudget(client.downloadArtifact(artifactId, { path: dir, findBy }), budgetMs, 'the download');
  } catch (error) {
    throw serviceFailure(`could not download artifact '${source.name}'`, error);
  }
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort();
  if (names.length === 0) throw new UserError(`artifact '${source.name}' holds no report`);
  const reports: ReportFile[] = [];
  for (const name of names) {
    const { report } = await readReportFile(name, dir);
    reports.push({ file: `${source.name}/${name}`, report });
  }
  return reports;
}
