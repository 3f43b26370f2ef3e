import * as core from '@actions/core';
import { UserError } from '@mlgate/engine';
import type { EventContext } from '../event-subject.js';
import { readEventContext } from '../event-subject.js';
import { createGitHubClient } from '../github-client.js';
import type { GitHubClient } from '../github-client.js';
import { stringInput } from './action-inputs.js';

/** What every action reads from the runner before it does anything. */
export interface ActionEnvironment {
  readonly workspace: string;
  readonly env: NodeJS.ProcessEnv;
  readonly context: EventContext;
  readonly now: Date;
}

export function actionEnvironment(env: NodeJS.ProcessEnv = process.env): ActionEnvironment {
  return {
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    env,
    context: readEventContext(env),
    now: new Date(),
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
