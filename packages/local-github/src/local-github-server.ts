import { answerGraphQL, type GraphQLAnswer } from './graphql-route.js';
import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { ErrorObject } from 'ajv';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ArtifactRegistry } from './artifact-registry.js';
import { FaultInjector } from './fault-injection.js';
import { badGateway, faultError, withoutField } from './fault-responses.js';
import {
  GitHubHttpError,
  REST_DOCUMENTATION_URL,
  errorBody,
  notFound,
  problemsParsingJson,
  refusesParameters,
  schemaErrorsToEntries,
  uploadsErrorBody,
  validationFailed,
  type GitHubErrorBody,
} from './github-error-responses.js';
import type { ServerUrls } from './github-representations.js';
import { GitHubState } from './github-state.js';
import { createOperationRouter, expandTemplate, type OperationRouter } from './operation-router.js';
import { loadOpenApiValidator, type OpenApiValidator, type SpecOperation } from './openapi-validator.js';
import { RateLimitTracker, rateLimitHeaders } from './rate-limit-tracker.js';
import { UploadInterrupted } from './release-asset-storage.js';
import { responseStatusProblems } from './response-status-check.js';
import { actionsRoutes } from './routes/actions-routes.js';
import { checkRoutes } from './routes/check-routes.js';
import { commentRoutes } from './routes/comment-routes.js';
import { gitRefRoutes } from './routes/git-ref-routes.js';
import { gitTagRoutes } from './routes/git-tag-routes.js';
import { immutableReleasesRoutes } from './routes/immutable-releases-routes.js';
import { pullRequestRoutes } from './routes/pull-request-routes.js';
import { findDownload, releaseAssetRoutes } from './routes/release-asset-routes.js';
import { releaseRoutes } from './routes/release-routes.js';
import { repositoryRoutes } from './routes/repository-routes.js';
import type { Route, RouteContext, RouteResult, RouteTable, UploadBody } from './routes/route-context.js';
import { TokenRegistry } from './token-auth.js';
import { URL_LAYOUTS, layoutTarget, type UrlLayoutName } from './url-layout.js';

const ROUTES: RouteTable = {
  ...repositoryRoutes,
  ...pullRequestRoutes,
  ...commentRoutes,
  ...checkRoutes,
  ...releaseRoutes,
  ...releaseAssetRoutes,
  ...immutableReleasesRoutes,
  ...gitRefRoutes,
  ...gitTagRoutes,
  ...actionsRoutes,
};

const RELEASE_DOWNLOAD_PATH = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/;
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
/** The API version GitHub selects when the client names none (REST docs, "API Versions"). */
const API_VERSION = '2022-11-28';

export interface LocalGitHubOptions {
  /**
   * Whose URL layout to serve (default 'github.com': REST at the root). 'enterprise-server' serves GitHub
   * Enterprise Server's: REST under `/api/v3`, uploads under `/api/uploads`, GraphQL at `/api/graphql`, the
   * web (`html_url`, release downloads) at the root; an API path outside the prefix is a 404, as there.
   */
  readonly layout?: UrlLayoutName;
  /** The web UI root that `html_url` links use; defaults to this server's own URL. */
  readonly serverUrl?: string;
  /** Where `GET …/actions/artifacts` finds artifacts (the artifact Twirp service). */
  readonly artifacts?: ArtifactRegistry;
  /**
   * Print rejected requests, and responses an injected fault broke, to stderr (default true): tests provoke
   * both on purpose. Responses the local GitHub built wrong by itself are its bugs, always printed.
   */
  readonly logViolations?: boolean;
  /**
   * Routes by operationId that replace or add to the built-in ones, checked like them: for a test that needs
   * GitHub to answer in a way no built-in route does.
   */
  readonly routes?: RouteTable;
  /** Where its `[local-github] …` lines go (default: stderr), so a test can capture what it provokes. */
  readonly log?: (line: string) => void;
}

/** A request GitHub would reject for breaking its rules (bad JSON, schema, limits), not a miss or a conflict. */
export interface RequestViolation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly status: number;
  readonly body: GitHubErrorBody;
}

/**
 * A response the description forbids: its status, its body or the lack of one. A bug in the local GitHub,
 * unless an injected fault (`malform-response`, or a `status` fault GitHub would never send) shaped it.
 */
export interface ResponseViolation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly status: number;
  readonly problems: readonly string[];
  readonly source: 'local-github' | 'injected-fault';
}

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  /** 0: no answer was sent (the connection was cut, by a fault or by the client). */
  readonly status: number;
  readonly operationId: string | undefined;
}

export interface LocalGitHub {
  /** This server's origin; also the web root unless `serverUrl` was given. */
  readonly url: string;
  /** What GITHUB_API_URL should be set to. */
  readonly apiUrl: string;
  /** What GITHUB_GRAPHQL_URL should be set to. */
  readonly graphqlUrl: string;
  readonly state: GitHubState;
  readonly tokens: TokenRegistry;
  readonly faults: FaultInjector;
  readonly violations: readonly RequestViolation[];
  readonly responseViolations: readonly ResponseViolation[];
  readonly requests: readonly LoggedRequest[];
  /** Forgets recorded violations, after a test has asserted the ones it provoked on purpose. */
  clearViolations(): void;
  /** Throws, listing them, if any request was rejected or any response broke the description. */
  assertNoViolations(): void;
  /** Stops the server and removes the files uploaded assets were kept in. */
  close(): Promise<void>;
}

function requestId(): string {
  const hex = (bytes: number): string => randomBytes(bytes).toString('hex').toUpperCase();
  return `${hex(2)}:${hex(2)}:${hex(3)}:${hex(3)}:${hex(4)}`;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function singleHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return query;
}

const GRAPHQL_DOCUMENTATION_URL = 'https://docs.github.com/graphql';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the spec-validated local GitHub on 127.0.0.1 (random port). */
export async function startLocalGitHub(options: LocalGitHubOptions = {}): Promise<LocalGitHub> {
  const validator = await loadOpenApiValidator();
  const router = sharedRouter(validator);
  const state = new GitHubState();
  const tokens = new TokenRegistry();
  const faults = new FaultInjector();
  const rateLimits = new RateLimitTracker();
  const violations: RequestViolation[] = [];
  const responseViolations: ResponseViolation[] = [];
  const requests: LoggedRequest[] = [];
  const logViolations = options.logViolations ?? true;
  const routes: RouteTable = { ...ROUTES, ...options.routes };
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const layout = URL_LAYOUTS[options.layout ?? 'github.com'];
  let urls: ServerUrls = { api: '', html: '', origin: '', uploads: '' };

  const recordViolation = (violation: RequestViolation): void => {
    violations.push(violation);
    if (logViolations) {
      const details = (violation.body.errors ?? []).map((entry) => `${entry.field} ${entry.code}`).join(', ');
      log(
        `[local-github] rejected ${violation.method} ${violation.path} (${violation.operationId}): ` +
          `${violation.status} ${violation.body.message}${details === '' ? '' : ` [${details}]`}`,
      );
    }
  };

  const recordResponseViolation = (violation: ResponseViolation): void => {
    responseViolations.push(violation);
    const injected = violation.source === 'injected-fault';
    if (injected && !logViolations) return;
    log(
      `[local-github] ${injected ? 'injected fault:' : 'BUG:'} response to ${violation.method} ` +
        `${violation.path} (${violation.operationId}, ${violation.status}) breaks GitHub's OpenAPI ` +
        `description: ${violation.problems.join('; ')}`,
    );
  };

  /** An asset's bytes, streamed from where they are kept; a draft's only to a caller who may see drafts. */
  const serveDownload = async (
    request: IncomingMessage,
    response: ServerResponse,
    found: RegExpExecArray,
  ): Promise<boolean> => {
    const [, owner = '', name = '', tag = '', file = ''] = found;
    const repo = state.findRepo(decodeURIComponent(owner), decodeURIComponent(name));
    const caller = tokens.identify(request.headers.authorization);
    const canSeeDrafts = caller !== undefined && caller.access !== 'read';
    const hit = repo && findDownload(repo, decodeURIComponent(tag), decodeURIComponent(file), canSeeDrafts);
    if (!hit) return false;
    hit.asset.downloadCount += 1;
    response.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(hit.asset.content.size),
      'content-disposition': `attachment; filename=${hit.asset.name}`,
    });
    // A client that stops reading midway is its own business, not a failure of this server.
    await pipeline(state.assetStorage.open(hit.asset.content), response).catch(() => response.destroy());
    return true;
  };

  /**
   * An upload's body as the route sees it: unread until the route asks, then streamed to asset storage. A
   * `reset-request` fault cuts the connection after half the declared bytes.
   */
  const uploadBody = (request: IncomingMessage, cut: boolean): UploadBody => {
    const header = request.headers['content-length'];
    const declaredBytes = header === undefined ? undefined : Number(header);
    return {
      declaredBytes,
      receive: () =>
        state.assetStorage.receive(request, {
          expectedBytes: declaredBytes ?? 0,
          ...(cut ? { cutAfterBytes: Math.floor((declaredBytes ?? 0) / 2) } : {}),
        }),
    };
  };

  /** The `upstream-failure` fault: the asset the upload made is left empty and `open`, and the answer is 502. */
  const breakUpload = async (context: RouteContext, result: RouteResult): Promise<never> => {
    const id = result.kind === 'json' ? (result.body as { id?: unknown }).id : undefined;
    const repo = state.findRepo(context.params['owner'] ?? '', context.params['repo'] ?? '');
    const asset = repo?.releases
      .flatMap((release) => release.assets)
      .find((candidate) => candidate.id === id);
    if (asset !== undefined) {
      await state.assetStorage.discard(asset.content);
      asset.content = state.assetStorage.empty();
      asset.state = 'open';
    }
    throw badGateway();
  };

  const answerGraphQLRequest = async (
    request: IncomingMessage,
    response: ServerResponse,
    rawBody: Buffer,
  ) => {
    let answered: GraphQLAnswer;
    try {
      // GraphQL reads are allowed with any valid token; a mutation with a read-only one is refused in the body.
      const identity = tokens.authenticate(request.headers.authorization, 'GET', GRAPHQL_DOCUMENTATION_URL);
      answered = answerGraphQL(state, rawBody, identity.access !== 'read');
    } catch (error) {
      if (!(error instanceof GitHubHttpError)) throw error;
      answered = { status: error.status, body: error.body };
    }
    if (answered.violation !== undefined) {
      recordViolation({
        method: 'POST',
        path: '/graphql',
        operationId: 'graphql',
        status: answered.status,
        body: errorBody(answered.status, answered.violation, GRAPHQL_DOCUMENTATION_URL),
      });
    }
    requests.push({ method: 'POST', path: '/graphql', status: answered.status, operationId: 'graphql' });
    const payload = Buffer.from(JSON.stringify(answered.body));
    response.writeHead(answered.status, {
      'content-type': JSON_CONTENT_TYPE,
      'content-length': String(payload.length),
    });
    response.end(payload);
  };

  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', urls.origin);
    const target = layoutTarget(layout, url.pathname);
    const onUploadHost = target.kind === 'uploads';
    // An upload's bytes are left for its route to stream to disk; every other body is JSON, read here.
    const rawBody = onUploadHost ? Buffer.alloc(0) : await readBody(request);
    const id = requestId();
    const download = method === 'GET' ? RELEASE_DOWNLOAD_PATH.exec(url.pathname) : null;
    if (download !== null && (await serveDownload(request, response, download))) {
      requests.push({ method, path: url.pathname, status: 200, operationId: undefined });
      return;
    }
    if (method === 'POST' && target.kind === 'graphql') {
      await answerGraphQLRequest(request, response, rawBody);
      return;
    }
    const apiPath = target.kind === 'rest' || target.kind === 'uploads' ? target.path : url.pathname;
    // Outside the API's prefix nothing is an operation: Enterprise Server's web UI answers 404 there.
    const match =
      target.kind === 'rest' || target.kind === 'uploads'
        ? router.match(method, apiPath, onUploadHost)
        : ({ kind: 'unknown-path' } as const);

    let operation: SpecOperation | undefined;
    let result: RouteResult;
    let resetMidBody = false;
    let cutRequest = false;
    let upstreamFailure = false;
    let malformField: string | undefined | null = null;
    /** A fault chose this answer's status or body, so a violation in it is the fault's, not a bug. */
    let faultShaped = false;
    /** Refused for its parameters: GitHub answers that 400 or 422 on any operation. */
    let refusedRequest = false;
    let rateHeaders: Record<string, string> = {};
    try {
      if (match.kind !== 'operation') throw notFound();
      operation = match.operation;
      const route: Route | undefined = routes[operation.operationId];
      if (route === undefined) {
        log(`[local-github] ${method} ${apiPath} is GitHub's ${operation.operationId}, not served here`);
        throw notFound();
      }
      const identity = tokens.authenticate(request.headers.authorization, method, operation.documentationUrl);
      const rateLimit = rateLimits.count(request.headers.authorization ?? '');
      rateHeaders = rateLimitHeaders(rateLimit);
      for (const fault of faults.take(operation, url.pathname)) {
        if (fault.kind === 'delay') await sleep(fault.ms);
        if (fault.kind === 'hang') {
          await faults.hold(new Promise((resolve) => response.once('close', resolve)));
          request.socket.destroy();
          requests.push({ method, path: url.pathname, status: 0, operationId: operation.operationId });
          return;
        }
        if (fault.kind === 'rendezvous' && !(await faults.meet(fault))) {
          log(
            `[local-github] rendezvous on ${operation.operationId}: fewer than ${fault.parties} requests came ` +
              'in time; this one goes on alone',
          );
        }
        if (fault.kind === 'reset') resetMidBody = true;
        if (fault.kind === 'reset-request') cutRequest = true;
        if (fault.kind === 'malform-response') malformField = fault.field;
        if (fault.kind === 'upstream-failure') {
          faultShaped = true;
          if (!operation.onUploadHost) throw badGateway();
          upstreamFailure = true;
        }
        const error = faultError(fault, id, Date.now());
        faultShaped ||= fault.kind === 'malform-response' || error !== undefined;
        if (error !== undefined) throw error;
      }
      if (cutRequest && !onUploadHost) {
        request.socket.destroy();
        requests.push({ method, path: url.pathname, status: 0, operationId: operation.operationId });
        return;
      }
      const body = parseJsonBody(operation, rawBody);
      const toValidate = {
        method,
        path: expandTemplate(operation.pathTemplate, match.params),
        headers: singleHeaders(request),
        query: queryOf(url),
        body,
      };
      let problems = validator.validateRequest(operation.operationId, toValidate);
      // No body at all: GitHub names the fields that are missing, as for an empty object.
      if (body === undefined && problems.some(isMissingRequestBody)) {
        problems = validator.validateRequest(operation.operationId, { ...toValidate, body: {} });
      }
      if (problems.length > 0) {
        throw validationFailed(operation.documentationUrl, schemaErrorsToEntries(problems, route.resource));
      }
      const context: RouteContext = {
        state,
        urls,
        caller: state.user(identity.login),
        canWrite: identity.access !== 'read',
        canAdminister: identity.access === 'admin',
        operation,
        params: match.params,
        url,
        headers: request.headers,
        body,
        upload: onUploadHost ? uploadBody(request, cutRequest) : undefined,
        artifacts: options.artifacts,
        rateLimit,
      };
      result = await route.handle(context);
      if (upstreamFailure) await breakUpload(context, result);
    } catch (error) {
      if (error instanceof UploadInterrupted) {
        // The connection is gone (cut by a fault, or closed by the client): there is no one to answer.
        request.socket.destroy();
        requests.push({ method, path: url.pathname, status: 0, operationId: operation?.operationId });
        return;
      }
      if (!(error instanceof GitHubHttpError)) throw error;
      refusedRequest = refusesParameters(error);
      if (error.options.violation === true && operation !== undefined) {
        recordViolation({
          method,
          path: url.pathname,
          operationId: operation.operationId,
          status: error.status,
          body: error.body,
        });
      }
      const body = onUploadHost ? uploadsErrorBody(error.body, id) : error.body;
      result = { kind: 'json', status: error.status, body, headers: error.options.headers ?? {} };
    }

    if (operation !== undefined) {
      let body: unknown = result.kind === 'json' ? JSON.parse(JSON.stringify(result.body)) : undefined;
      if (result.kind === 'json' && malformField !== null) {
        const field =
          malformField ?? validator.requiredResponseFields(operation.operationId, result.status)[0] ?? 'id';
        body = withoutField(body, field);
      }
      const statusProblems = responseStatusProblems(operation, {
        status: result.status,
        hasBody: result.kind === 'json',
        refusedRequest,
      });
      // A body is held to its schema once GitHub may send it with that status at all.
      const problems =
        statusProblems.length > 0 || result.kind !== 'json'
          ? statusProblems
          : validator
              .validateResponse(operation.operationId, result.status, body)
              .map((problem) => `${problem.instancePath || '/'} ${problem.message ?? problem.keyword}`);
      if (problems.length > 0) {
        recordResponseViolation({
          method,
          path: url.pathname,
          operationId: operation.operationId,
          status: result.status,
          problems,
          source: faultShaped ? 'injected-fault' : 'local-github',
        });
        result = {
          kind: 'json',
          status: 500,
          body: errorBody(
            500,
            `local GitHub built a response that breaks the OpenAPI description (${operation.operationId})`,
          ),
        };
      } else if (result.kind === 'json') {
        result = { ...result, body };
      }
    }

    const headers: Record<string, string> = {
      'x-github-request-id': id,
      'x-github-api-version-selected': API_VERSION,
      'x-github-media-type': 'github.v3; format=json',
      ...rateHeaders,
      ...result.headers,
    };
    requests.push({ method, path: url.pathname, status: result.status, operationId: operation?.operationId });
    if (result.kind === 'empty') {
      response.writeHead(result.status, headers);
      response.end();
      return;
    }
    const payload = Buffer.from(JSON.stringify(result.body));
    response.writeHead(result.status, {
      ...headers,
      'content-type': JSON_CONTENT_TYPE,
      'content-length': String(payload.length),
    });
    if (resetMidBody) {
      response.write(payload.subarray(0, Math.floor(payload.length / 2)), () => request.socket.destroy());
      return;
    }
    response.end(payload);
  };

  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`[local-github] BUG: ${request.method} ${request.url} threw: ${message}`);
      responseViolations.push({
        method: request.method ?? 'GET',
        path: request.url ?? '/',
        operationId: 'exception',
        status: 500,
        problems: [message],
        source: 'local-github',
      });
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': JSON_CONTENT_TYPE });
        response.end(JSON.stringify(errorBody(500, 'Server Error', REST_DOCUMENTATION_URL)));
      } else {
        response.destroy();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  urls = {
    api: `${origin}${layout.api}`,
    html: (options.serverUrl ?? origin).replace(/\/+$/, ''),
    origin,
    uploads: `${origin}${layout.uploads}`,
  };

  return {
    url: origin,
    apiUrl: urls.api,
    graphqlUrl: `${origin}${layout.graphql}`,
    state,
    tokens,
    faults,
    violations,
    responseViolations,
    requests,
    clearViolations: () => {
      violations.length = 0;
      responseViolations.length = 0;
    },
    assertNoViolations: () => {
      const lines = [
        ...violations.map(
          (v) =>
            `request ${v.method} ${v.path} → ${v.status} ${v.body.message} ${JSON.stringify(v.body.errors ?? [])}`,
        ),
        ...responseViolations.map(
          (v) =>
            `response ${v.method} ${v.path} (${v.status}${v.source === 'injected-fault' ? ', injected fault' : ''}): ` +
            v.problems.join('; '),
        ),
      ];
      if (lines.length > 0)
        throw new Error(`local GitHub saw ${lines.length} violation(s):\n${lines.join('\n')}`);
    },
    close: async () => {
      faults.clear();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await state.assetStorage.close();
    },
  };
}

function isMissingRequestBody(problem: ErrorObject): boolean {
  return problem.keyword === 'required' && problem.params['missingProperty'] === 'requestBody';
}

/** Bodies are JSON except on the upload host, where they are the asset's bytes. */
function parseJsonBody(operation: SpecOperation, rawBody: Buffer): unknown {
  if (operation.onUploadHost || rawBody.length === 0) return undefined;
  try {
    return JSON.parse(rawBody.toString('utf8')) as unknown;
  } catch {
    throw problemsParsingJson(operation.documentationUrl);
  }
}

let routerFor: { validator: OpenApiValidator; router: OperationRouter } | undefined;

/** Compiling ~1,100 path templates is done once per process, like loading the description. */
function sharedRouter(validator: OpenApiValidator): OperationRouter {
  if (routerFor?.validator !== validator)
    routerFor = { validator, router: createOperationRouter(validator.operations) };
  return routerFor.router;
}
