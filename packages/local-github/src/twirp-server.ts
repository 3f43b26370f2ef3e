import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Fault, FaultInjector } from './fault-injection.js';

/**
 * Twirp error codes and the HTTP status each one travels with.
 * Source: Twirp wire protocol v7, "Error codes" (https://twitchtv.github.io/twirp/docs/spec_v7.html).
 */
const TWIRP_HTTP_STATUS = {
  canceled: 408,
  unknown: 500,
  invalid_argument: 400,
  malformed: 400,
  deadline_exceeded: 408,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  permission_denied: 403,
  unauthenticated: 401,
  resource_exhausted: 429,
  failed_precondition: 412,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  dataloss: 500,
} as const;

export type TwirpErrorCode = keyof typeof TWIRP_HTTP_STATUS;

/** Requests are a few hundred bytes of JSON; anything near this is not a toolkit client. */
const MAX_REQUEST_BYTES = 1024 * 1024;

export class TwirpError extends Error {
  override readonly name = 'TwirpError';
  constructor(
    readonly code: TwirpErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface TwirpRequest {
  /** The decoded JSON body (proto3 JSON with the proto field names, as the toolkit sends it). */
  readonly body: Readonly<Record<string, unknown>>;
  readonly authorization: string | undefined;
}

export type TwirpMethod = (request: TwirpRequest) => Promise<object>;

export interface TwirpService {
  /** Fully qualified, e.g. `github.actions.results.api.v1.CacheService`. */
  readonly name: string;
  readonly methods: Readonly<Record<string, TwirpMethod>>;
}

export interface RunningTwirpServer {
  /** `http://127.0.0.1:<port>` (an origin, which is what ACTIONS_RESULTS_URL holds). */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `POST /twirp/<service>/<method>` with JSON bodies on 127.0.0.1 and an OS-assigned port. */
export async function startTwirpServer(
  services: readonly TwirpService[],
  faults?: FaultInjector,
): Promise<RunningTwirpServer> {
  const routes = new Map<string, Route>();
  for (const service of services) {
    for (const [method, handler] of Object.entries(service.methods)) {
      // Faults name a call `<Service>/<Method>`, without the package: `CacheService/CreateCacheEntry`.
      const operationId = `${service.name.split('.').at(-1)}/${method}`;
      routes.set(`/twirp/${service.name}/${method}`, { handler, operationId });
    }
  }
  const server = createServer((request, response) => {
    void handle(routes, request, response, faults);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface Route {
  readonly handler: TwirpMethod;
  readonly operationId: string;
}

/** The Twirp status a `status` fault travels with: a 5xx the service itself could send, else `unknown`. */
function faultCode(status: number): TwirpErrorCode {
  if (status === 503) return 'unavailable';
  if (status === 500) return 'internal';
  return 'unknown';
}

/**
 * Applies the faults that hit this call. Returns 'dropped' when the connection was cut or held (nothing more
 * to send), 'reset' when the answer must be cut halfway, or an error to answer with.
 */
async function applyFaults(
  hits: readonly Fault[],
  request: IncomingMessage,
  response: ServerResponse,
  faults: FaultInjector,
): Promise<
  'dropped' | 'reset' | { status: number; body: object; headers?: Record<string, string> } | undefined
> {
  let outcome: 'reset' | undefined;
  for (const fault of hits) {
    switch (fault.kind) {
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        break;
      case 'hang':
        await faults.hold(new Promise((resolve) => response.once('close', resolve)));
        request.socket.destroy();
        return 'dropped';
      case 'reset-request':
        request.socket.destroy();
        return 'dropped';
      case 'reset':
        outcome = 'reset';
        break;
      case 'status':
      case 'upstream-failure': {
        const status = fault.kind === 'status' ? fault.status : 502;
        const code = faultCode(status);
        return {
          status,
          body: { code, msg: fault.kind === 'status' ? (fault.message ?? 'injected fault') : 'Bad Gateway' },
        };
      }
      case 'rate-limit-429':
      case 'secondary-rate-limit': {
        const seconds =
          fault.kind === 'rate-limit-429' ? (fault.resetAfterSeconds ?? 1) : (fault.retryAfterSeconds ?? 60);
        return {
          status: 429,
          body: { code: 'resource_exhausted', msg: 'rate limit exceeded' },
          headers: { 'retry-after': String(seconds) },
        };
      }
      default:
        // rendezvous and malform-response have no Twirp meaning here: the call goes through untouched.
        break;
    }
  }
  return outcome;
}

async function handle(
  routes: ReadonlyMap<string, Route>,
  request: IncomingMessage,
  response: ServerResponse,
  faults: FaultInjector | undefined,
): Promise<void> {
  try {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const route = routes.get(path);
    if (request.method !== 'POST' || route === undefined) {
      throw new TwirpError('bad_route', `no handler for ${request.method} ${path}`);
    }
    let resetMidBody = false;
    if (faults !== undefined) {
      const hits = faults.take({ operationId: route.operationId, method: 'POST', pathTemplate: path }, path);
      const outcome = await applyFaults(hits, request, response, faults);
      if (outcome === 'dropped') return;
      if (outcome === 'reset') resetMidBody = true;
      else if (outcome !== undefined) {
        send(response, outcome.status, outcome.body, outcome.headers);
        return;
      }
    }
    const contentType = (request.headers['content-type'] ?? '').split(';', 1)[0]?.trim();
    if (contentType !== 'application/json') {
      // The spec answers an unsupported encoding with bad_route; protobuf bodies are not implemented here.
      throw new TwirpError('bad_route', `unsupported Content-Type: ${contentType || '(none)'}`);
    }
    const body = parseBody(await readBody(request));
    const result = await route.handler({ body, authorization: request.headers.authorization });
    if (resetMidBody) {
      sendHalfThenReset(response, result);
      return;
    }
    send(response, 200, result);
  } catch (error) {
    const twirpError =
      error instanceof TwirpError
        ? error
        : new TwirpError('internal', error instanceof Error ? error.message : String(error));
    send(response, TWIRP_HTTP_STATUS[twirpError.code], { code: twirpError.code, msg: twirpError.message });
  }
}

function send(
  response: ServerResponse,
  status: number,
  body: object,
  headers: Record<string, string> = {},
): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
  });
  response.end(json);
}

/** The `reset` fault: the call ran (its effect is real), the answer stops halfway and the socket dies. */
function sendHalfThenReset(response: ServerResponse, body: object): void {
  const json = Buffer.from(JSON.stringify(body));
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': json.length });
  response.write(json.subarray(0, Math.floor(json.length / 2)), () => response.socket?.destroy());
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REQUEST_BYTES) throw new TwirpError('malformed', 'request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = text === '' ? {} : JSON.parse(text);
  } catch {
    throw new TwirpError('malformed', 'the request body is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TwirpError('malformed', 'the request body is not a JSON object');
  }
  return parsed as Record<string, unknown>;
}
