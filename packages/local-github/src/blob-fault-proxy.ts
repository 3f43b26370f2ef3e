import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FaultInjector } from './fault-injection.js';

/**
 * Stands between the clients and Azurite for the signed blob URLs, so blob transfers can fail too. A SAS
 * signature covers the account, container and blob path, not the host, so the URLs stay valid on this port.
 * Calls are named `<container>/download` (GET, HEAD) and `<container>/upload` (PUT).
 */
export interface BlobFaultProxy {
  /** `http://127.0.0.1:<port>`, to put in place of Azurite's origin in signed URLs. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startBlobFaultProxy(target: string, faults: FaultInjector): Promise<BlobFaultProxy> {
  const upstream = new URL(target);
  const server = createServer((request, response) => {
    void relay(request, response, upstream, faults);
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

/** `/devstoreaccount1/<container>/<blob>` → `<container>/download` or `<container>/upload`. */
function operationOf(method: string, path: string): string {
  const container = path.split('/')[2] ?? '';
  return `${container}/${method === 'PUT' ? 'upload' : 'download'}`;
}

async function relay(
  request: IncomingMessage,
  response: ServerResponse,
  upstream: URL,
  faults: FaultInjector,
): Promise<void> {
  const method = request.method ?? 'GET';
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  let cutAnswer = false;
  for (const fault of faults.take(
    { operationId: operationOf(method, path), method, pathTemplate: path },
    path,
  )) {
    switch (fault.kind) {
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        break;
      case 'hang':
        await faults.hold(new Promise((resolve) => response.once('close', resolve)));
        request.socket.destroy();
        return;
      case 'reset-request':
        request.socket.destroy();
        return;
      case 'reset':
        cutAnswer = true;
        break;
      case 'status':
      case 'upstream-failure':
      case 'rate-limit-429':
      case 'secondary-rate-limit': {
        const status = fault.kind === 'status' ? fault.status : fault.kind === 'upstream-failure' ? 502 : 503;
        // Azure storage answers throttling with 503 ServerBusy, not 429.
        request.resume();
        response.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': 'ServerBusy' });
        response.end('<?xml version="1.0" encoding="utf-8"?><Error><Code>ServerBusy</Code></Error>');
        return;
      }
      default:
        break;
    }
  }
  const outbound = forward(
    {
      host: upstream.hostname,
      port: upstream.port,
      method,
      path: request.url,
      headers: { ...request.headers, host: upstream.host },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      if (!cutAnswer) {
        answer.pipe(response);
        return;
      }
      // The `reset` fault: half of what storage sent (at least the first chunk), then the socket dies.
      answer.once('data', (chunk: Buffer) => {
        response.write(chunk.subarray(0, Math.max(1, Math.floor(chunk.length / 2))), () =>
          response.socket?.destroy(),
        );
        answer.destroy();
      });
      answer.once('end', () => response.socket?.destroy());
    },
  );
  outbound.on('error', () => response.socket?.destroy());
  request.pipe(outbound);
}
