import type { IncomingHttpHeaders } from 'node:http';
import type { ArtifactRegistry } from '../artifact-registry.js';
import { notFound } from '../github-error-responses.js';
import type { ServerUrls } from '../github-representations.js';
import type { GitHubState, RepoRecord, UserRecord } from '../github-state.js';
import type { SpecOperation } from '../openapi-validator.js';
import type { RateLimitSnapshot } from '../rate-limit-tracker.js';
import type { AssetContent } from '../release-asset-storage.js';

/** An upload's body, not yet read: the route decides whether it wants the bytes before they are read. */
export interface UploadBody {
  /** Content-Length as the client declared it; undefined for a chunked upload. */
  readonly declaredBytes: number | undefined;
  /** Streams the bytes into asset storage, hashing them; rejects with UploadInterrupted if they break off. */
  receive(): Promise<AssetContent>;
}

export interface RouteContext {
  readonly state: GitHubState;
  readonly urls: ServerUrls;
  /** Who the token acts as. */
  readonly caller: UserRecord;
  readonly canWrite: boolean;
  /** A repository administrator's token: may read and change settings (immutable releases). */
  readonly canAdminister: boolean;
  readonly operation: SpecOperation;
  readonly params: Readonly<Record<string, string>>;
  /** The request URL on this server, for pagination links. */
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  /** The parsed JSON body (undefined when none was sent, and on the upload host). */
  readonly body: unknown;
  /** On the upload host only: the asset's bytes, still unread. */
  readonly upload: UploadBody | undefined;
  readonly artifacts: ArtifactRegistry | undefined;
  /** The caller's primary rate limit after this request. */
  readonly rateLimit: RateLimitSnapshot;
}

export type RouteResult =
  | {
      readonly kind: 'json';
      readonly status: number;
      readonly body: unknown;
      readonly headers?: Record<string, string>;
    }
  /** 204 or a redirect: no body, and the description must give its status none. */
  | { readonly kind: 'empty'; readonly status: number; readonly headers?: Record<string, string> };

export interface Route {
  /** The resource GitHub names in a 422 body's `errors` (`IssueComment`, `CheckRun`…). */
  readonly resource: string;
  readonly handle: (context: RouteContext) => RouteResult | Promise<RouteResult>;
}

/** Routes by operationId: the description supplies method and path, so they cannot drift from it. */
export type RouteTable = Readonly<Record<string, Route>>;

export const json = (status: number, body: unknown, headers?: Record<string, string>): RouteResult => ({
  kind: 'json',
  status,
  body,
  ...(headers === undefined ? {} : { headers }),
});

export const noContent = (): RouteResult => ({ kind: 'empty', status: 204 });

export const redirect = (location: string): RouteResult => ({
  kind: 'empty',
  status: 302,
  headers: { location },
});

export function repoOf(context: RouteContext): RepoRecord {
  const repo = context.state.findRepo(context.params['owner'] ?? '', context.params['repo'] ?? '');
  if (repo === undefined) throw notFound(context.operation.documentationUrl);
  return repo;
}

/** The JSON request body as an object: request validation has already checked its shape against the schema. */
export function bodyOf(context: RouteContext): Record<string, unknown> {
  const body = context.body;
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}

export function integerParam(context: RouteContext, name: string): number {
  const value = Number(context.params[name]);
  if (!Number.isSafeInteger(value)) throw notFound(context.operation.documentationUrl);
  return value;
}

export const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
