import { GitHubHttpError, REST_DOCUMENTATION_URL, errorBody } from './github-error-responses.js';

/**
 * The identity GITHUB_TOKEN acts as (login and id as api.github.com reports them for github-actions[bot]).
 */
export const GITHUB_ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282 } as const;

/**
 * `read`: what GitHub gives a workflow run from a fork's pull request, whose GITHUB_TOKEN cannot write.
 * `write`: a GITHUB_TOKEN with write permissions. `admin`: a repository administrator's token, which may also
 * read and change repository settings; no GITHUB_TOKEN ever has it (`administration` is not among the
 * permissions a workflow can grant, GitHub docs, "Controlling permissions for GITHUB_TOKEN").
 */
export type TokenAccess = 'read' | 'write' | 'admin';

export interface TokenIdentity {
  readonly access: TokenAccess;
  readonly login: string;
}

export interface TokenOptions {
  readonly access: TokenAccess;
  /** Who the token acts as; comments and reviews it writes are authored by this login. */
  readonly login?: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);
/** `Authorization: token <t>` or `Bearer <t>`, as GitHub accepts both. */
const TOKEN_HEADER = /^(?:token|bearer)\s+(\S+)\s*$/i;

export class TokenRegistry {
  private readonly tokens = new Map<string, TokenIdentity>();

  add(token: string, options: TokenOptions): void {
    this.tokens.set(token, { access: options.access, login: options.login ?? GITHUB_ACTIONS_BOT.login });
  }

  remove(token: string): void {
    this.tokens.delete(token);
  }

  /** Who a token is, if it is one this server knows; for requests that work without one. */
  identify(authorization: string | undefined): TokenIdentity | undefined {
    const token = TOKEN_HEADER.exec(authorization ?? '')?.[1];
    return token === undefined ? undefined : this.tokens.get(token);
  }

  /** The caller of a request, or the 401/403 GitHub would answer with. */
  authenticate(authorization: string | undefined, method: string, documentationUrl: string): TokenIdentity {
    if (!TOKEN_HEADER.test(authorization ?? '')) {
      throw new GitHubHttpError(401, errorBody(401, 'Requires authentication', REST_DOCUMENTATION_URL));
    }
    const identity = this.identify(authorization);
    if (identity === undefined) {
      throw new GitHubHttpError(401, errorBody(401, 'Bad credentials', REST_DOCUMENTATION_URL));
    }
    if (identity.access === 'read' && !SAFE_METHODS.has(method)) {
      throw new GitHubHttpError(
        403,
        errorBody(403, 'Resource not accessible by integration', documentationUrl),
      );
    }
    return identity;
  }
}
