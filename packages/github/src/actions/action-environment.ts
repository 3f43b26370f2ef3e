import * as core from '@actions/core';
import { UserError } from '@mlgate/engine';
import type { EventContext } from '../event-subject.js';
import { readEventContext } from '../event-subject.js';
import { createGitHubClient } from '../github-client.js';
import type { GitHubClient } from '../github-client.js';
import { booleanInput, stringInput } from './action-inputs.js';
import { ALLOW_PATHS_OUTSIDE_WORKSPACE, workspacePaths } from './workspace-paths.js';
import type { WorkspacePaths } from './workspace-paths.js';

/** What every action reads from the runner before it does anything. */
export interface ActionEnvironment {
  readonly workspace: string;
  readonly env: NodeJS.ProcessEnv;
  readonly context: EventContext;
  readonly now: Date;
  /** Where the action may read and write: the workspace, unless `allow-paths-outside-workspace`. */
  readonly paths: WorkspacePaths;
}

export function actionEnvironment(env: NodeJS.ProcessEnv = process.env): ActionEnvironment {
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  return {
    workspace,
    env,
    context: readEventContext(env),
    now: new Date(),
    paths: workspacePaths(workspace, env, booleanInput(ALLOW_PATHS_OUTSIDE_WORKSPACE, false)),
  };
}

/** The client for the action's `token` input, made once on first need; undefined without a token. */
export function clientForTokenInput(tokenInput: string): (() => Promise<GitHubClient>) | undefined {
  const token = stringInput(tokenInput);
  if (token === undefined) return undefined;
  let client: Promise<GitHubClient> | undefined;
  return () => (client ??= createGitHubClient({ token, warn: (message) => core.warning(message) }));
}

/** A client a feature cannot do without: a clear error naming the input when there is no token. */
export function requiredClient(
  client: (() => Promise<GitHubClient>) | undefined,
  what: string,
  tokenInput: string,
): () => Promise<GitHubClient> {
  return () => {
    if (client === undefined) throw new UserError(`${what} needs a token (input '${tokenInput}')`);
    return client();
  };
}
