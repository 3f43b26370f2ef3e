import { TwirpError } from './twirp-server.js';

/**
 * The runner's `ACTIONS_RUNTIME_TOKEN`: a JWT the results service reads two claims from.
 * - `scp`: space-separated scopes; `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>` names
 *   the run and job (read by @actions/artifact, lib/internal/shared/util.js `getBackendIdsFromToken`).
 * - `ac`: the cache scopes, a JSON *string* holding `[{"Scope":"refs/heads/main","Permission":3}]`, as in
 *   tokens decoded from real runs. Permission is a bit set: 1 read, 2 write.
 * Like the clients, this local service decodes the token without verifying a signature.
 */
export const CachePermission = { read: 1, write: 2, readWrite: 3 } as const;

export interface CacheScope {
  /** A git ref, e.g. `refs/heads/main` or `refs/pull/7/merge`. */
  readonly scope: string;
  /** Bit set of {@link CachePermission}. */
  readonly permission: number;
}

export interface RuntimeTokenClaims {
  /** Numeric here so the REST API can report the run; the real service uses opaque backend ids. */
  readonly runId: number;
  readonly jobId: number;
  readonly cacheScopes: readonly CacheScope[];
}

export interface ResultsIdentity {
  readonly workflowRunBackendId: string;
  readonly workflowJobRunBackendId: string;
}

export interface DecodedRuntimeToken {
  readonly cacheScopes: readonly CacheScope[];
  /** Absent when the token carries no `Actions.Results` scope. */
  readonly results: ResultsIdentity | undefined;
}

const TOKEN_ISSUER = 'mlgate-local-github';
const TOKEN_LIFETIME_SECONDS = 6 * 60 * 60;

/**
 * Cache scopes as GitHub grants them to a job: read and write on the ref the workflow runs for, read on the
 * refs it may restore from (for a pull request, its base and the default branch).
 */
export function cacheScopesFor(ref: string, readFrom: readonly string[] = []): CacheScope[] {
  return [
    { scope: ref, permission: CachePermission.readWrite },
    ...readFrom
      .filter((other) => other !== ref)
      .map((scope) => ({ scope, permission: CachePermission.read })),
  ];
}

export function mintRuntimeToken(claims: RuntimeTokenClaims, now: Date = new Date()): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const header = { typ: 'JWT', alg: 'none' };
  const payload = {
    iss: TOKEN_ISSUER,
    aud: TOKEN_ISSUER,
    nbf: issuedAt,
    iat: issuedAt,
    exp: issuedAt + TOKEN_LIFETIME_SECONDS,
    scp: `Actions.Results:${claims.runId}:${claims.jobId}`,
    ac: JSON.stringify(
      claims.cacheScopes.map(({ scope, permission }) => ({ Scope: scope, Permission: permission })),
    ),
  };
  return `${base64UrlJson(header)}.${base64UrlJson(payload)}.`;
}

/** Reads `Authorization: Bearer <jwt>`; a missing or undecodable token is `unauthenticated`. */
export function readRuntimeToken(authorization: string | undefined): DecodedRuntimeToken {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (match?.[1] === undefined) throw unauthenticated('missing bearer token');
  const payloadPart = match[1].split('.')[1];
  if (payloadPart === undefined) throw unauthenticated('the bearer token is not a JWT');
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8'));
  } catch {
    throw unauthenticated('the bearer token is not a JWT');
  }
  if (typeof claims !== 'object' || claims === null) throw unauthenticated('the bearer token has no claims');
  const { scp, ac } = claims as { scp?: unknown; ac?: unknown };
  return { cacheScopes: parseCacheScopes(ac), results: parseResultsScope(scp) };
}

function parseCacheScopes(ac: unknown): CacheScope[] {
  if (ac === undefined) return [];
  let list: unknown = ac;
  if (typeof ac === 'string') {
    try {
      list = JSON.parse(ac);
    } catch {
      throw unauthenticated('the ac claim is not JSON');
    }
  }
  if (!Array.isArray(list)) throw unauthenticated('the ac claim is not a list');
  return list.map((item: unknown) => {
    const { Scope, Permission } = (item ?? {}) as { Scope?: unknown; Permission?: unknown };
    if (typeof Scope !== 'string' || typeof Permission !== 'number') {
      throw unauthenticated('an ac entry lacks Scope or Permission');
    }
    return { scope: Scope, permission: Permission };
  });
}

function parseResultsScope(scp: unknown): ResultsIdentity | undefined {
  if (typeof scp !== 'string') return undefined;
  for (const scope of scp.split(' ')) {
    const parts = scope.split(':');
    if (parts[0] !== 'Actions.Results') continue;
    const [, workflowRunBackendId, workflowJobRunBackendId] = parts;
    if (parts.length !== 3 || !workflowRunBackendId || !workflowJobRunBackendId) {
      throw unauthenticated('the Actions.Results scope is malformed');
    }
    return { workflowRunBackendId, workflowJobRunBackendId };
  }
  return undefined;
}

function base64UrlJson(value: object): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function unauthenticated(message: string): TwirpError {
  return new TwirpError('unauthenticated', message);
}
