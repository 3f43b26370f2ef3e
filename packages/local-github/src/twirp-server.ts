import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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
export async function startTwirpServer(services: readonly TwirpService[]): Promise<RunningTwirpServer> {
  const routes = new Map<string, TwirpMethod>();
  for (const service of services) {
    for (const [method, handler] of Object.entries(service.methods)) {
      routes.set(`/twirp/${service.name}/${method}`, handler);
    }
  }
  const server = createServer((request, response) => {
    void handle(routes, request, response);
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

async function handle(
  routes: ReadonlyMap<string, TwirpMethod>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  try {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const method = routes.get(path);
    if (request.method !== 'POST' || method === undefined) {
      throw new TwirpError('bad_route', `no handler for ${request.method} ${path}`);
    }
    const contentType = (request.headers['content-type'] ?? '').split(';', 1)[0]?.trim();
    if (contentType !== 'application/json') {
      // The spec answers an unsupported encoding with bad_route; protobuf bodies are not implemented here.
      throw new TwirpError('bad_route', `unsupported Content-Type: ${contentType || '(none)'}`);
    }
    const body = parseBody(await readBody(request));
    const result = await method({ body, authorization: request.headers.authorization });
    send(response, 200, result);
  } catch (error) {
    const twirpError =
      error instanceof TwirpError
        ? error
        : new TwirpError('internal', error instanceof Error ? error.message : String(error));
    send(response, TWIRP_HTTP_STATUS[twirpError.code], { code: twirpError.code, msg: twirpError.message });
  }
}

function send(response: ServerResponse, status: number, body: object): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
  });
  response.end(json);
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
