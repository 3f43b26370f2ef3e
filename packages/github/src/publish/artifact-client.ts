import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '@mlgate/engine';

/** How long an upload or download may take in all; tests shorten it. */
export interface ArtifactCallOptions {
  readonly budgetMs?: number;
}

/** The service is part of the environment: its failure is one line and exit 2, not an internal error. */
export function artifactServiceFailure(what: string, error: unknown): UserError {
  const message = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0];
  return new UserError(`${what}: the Actions artifact service failed: ${message}`);
}

/** Loaded on demand: the artifact client and its storage stack are most of a bundle, and few steps need them. */
export async function artifactClient() {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

/** A fresh directory under RUNNER_TEMP (else the OS's), for what goes into or comes out of an artifact. */
export async function artifactScratchDir(env: NodeJS.ProcessEnv, prefix: string): Promise<string> {
  const base = env['RUNNER_TEMP'] !== undefined && env['RUNNER_TEMP'] !== '' ? env['RUNNER_TEMP'] : tmpdir();
  await mkdir(base, { recursive: true });
  return mkdtemp(path.join(base, prefix));
}
