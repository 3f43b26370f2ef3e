import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError, readReportFile } from '@mlgate/engine';
import type { ReportFile } from '@mlgate/engine';

/** Loaded on demand: the artifact client and its storage stack are most of a bundle, and only forks need them. */
async function artifactClient() {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

/** `mlgate-report-<id>`: one artifact per comment slot, so several comment steps in a run do not collide. */
export function reportArtifactName(commentId: string): string {
  return `mlgate-report-${commentId}`;
}

function scratchDir(env: NodeJS.ProcessEnv): Promise<string> {
  const base = env['RUNNER_TEMP'] !== undefined && env['RUNNER_TEMP'] !== '' ? env['RUNNER_TEMP'] : tmpdir();
  return mkdir(base, { recursive: true }).then(() => mkdtemp(path.join(base, 'mlgate-report-')));
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
): Promise<{ id: number; size: number }> {
  const dir = await scratchDir(env);
  const files: string[] = [];
  for (const [index, { report }] of reports.entries()) {
    const file = path.join(dir, `report-${index + 1}.json`);
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    files.push(file);
  }
  const { id, size } = await (
    await artifactClient()
  ).uploadArtifact(name, files, dir, {
    retentionDays: 7,
  });
  if (id === undefined) throw new Error(`artifact '${name}' was uploaded but the service returned no id`);
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
): Promise<ReportFile[]> {
  const findBy = {
    token: source.token,
    workflowRunId: source.workflowRunId,
    repositoryOwner: source.owner,
    repositoryName: source.repo,
  };
  const client = await artifactClient();
  let artifactId: number;
  try {
    const { artifact } = await client.getArtifact(source.name, { findBy });
    artifactId = artifact.id;
  } catch (error) {
    throw new UserError(
      `no artifact '${source.name}' on workflow run ${source.workflowRunId}: ${(error as Error).message}`,
    );
  }
  const dir = await scratchDir(env);
  await client.downloadArtifact(artifactId, { path: dir, findBy });
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
