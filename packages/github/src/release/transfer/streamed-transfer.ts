import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { clientLimits, type GitHubClient } from '../../github-client.js';
import { socketGarbageCollector } from './socket-garbage.js';

/**
 * Release assets up and down as streams with backpressure, over node:http with @actions/http-client's agent
 * (so the runner's proxy settings hold). Octokit's fetch (undici) writes an upload body to the socket faster
 * than a slow server reads it and keeps the chunks until they are sent: a 1 GiB model took over 1 GiB of
 * memory that way. Here one buffer is read from disk only when the socket has taken the one before, so an
 * upload allocates nothing per chunk.
 */

/** What a failed transfer throws: shaped as octokit's errors are, so one handler reads both. */
export class GitHubTransferError extends Error {
  override readonly name = 'HttpError';
  constructor(
    message: string,
    readonly status: number,
    readonly request: { readonly method: string; readonly url: string },
    readonly response: { readonly data: unknown; readonly headers: IncomingHttpHeaders },
  ) {
    super(message);
  }
}

async function transferClient(socketTimeout: number) {
  const { HttpClient } = await import('@actions/http-client');
  // No retries here: a stream cannot be replayed, the callers retry with a fresh one.
  return new HttpClient('mlgate', [], { allowRetries: false, maxRetries: 0, socketTimeout });
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

/**
 * A transfer that got no (whole) answer: refused, reset, silent for the client's request timeout. Shaped as
 * octokit's errors for the same, so github-failure.ts names the request and the code in one line; any other
 * error (the disk, a bug) is left as it is.
 */
function connectionFailure(method: string, url: string, cause: unknown): unknown {
  const message = (cause as { message?: unknown } | null)?.message;
  // @actions/http-client's socket timeout says so only in its message.
  const timedOut = typeof message === 'string' && message.startsWith('Request timeout');
  const code = timedOut ? 'ETIMEDOUT' : (cause as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !CONNECTION_CODES.has(code)) return cause;
  return Object.assign(new Error((cause as Error).message, { cause }), {
    code: code === 'ERR_STREAM_PREMATURE_CLOSE' ? 'ECONNRESET' : code,
    request: { method, url },
  });
}

function silentFor(ms: number): Error {
  return Object.assign(new Error(`no answer within ${ms / 1000} s`), { code: 'ETIMEDOUT' });
}

async function authorization(client: GitHubClient): Promise<string> {
  const auth = (await client.auth()) as { token?: string };
  if (auth.token === undefined) throw new Error('the GitHub client has no token');
  return `Bearer ${auth.token}`;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function failure(
  method: string,
  url: string,
  status: number,
  data: unknown,
  headers: IncomingHttpHeaders,
): GitHubTransferError {
  const message = (data as { message?: unknown } | null)?.message;
  return new GitHubTransferError(
    typeof message === 'string' ? message : `HTTP ${status}`,
    status,
    { method, url },
    { data, headers },
  );
}

export interface UploadSource {
  readonly name: string;
  readonly path: string;
  readonly bytes: number;
  readonly contentType?: string;
}

/** How much of the file one write hands the socket; the one buffer an upload uses. */
const UPLOAD_CHUNK_BYTES = 1024 * 1024;

/** POSTs a file to a release's `upload_url` (its `{?name,label}` template filled), returning the asset. */
export async function uploadFileToRelease<T>(
  client: GitHubClient,
  uploadUrl: string,
  file: UploadSource,
): Promise<T> {
  const url = `${uploadUrl.replace(/\{[^}]*\}$/, '')}?name=${encodeURIComponent(file.name)}`;
  const { requestTimeoutMs } = clientLimits(client);
  const agent = (await transferClient(requestTimeoutMs)).getAgent(url);
  // Imported here, not at the top: an ES module import of node:http reads every export, and one of them
  // loads Node's bundled undici (~20 ms), at the start of every action that only might upload.
  const { request: send } = url.startsWith('https:') ? await import('node:https') : await import('node:http');
  const request = send(url, {
    method: 'POST',
    agent,
    headers: {
      authorization: await authorization(client),
      accept: 'application/vnd.github+json',
      'user-agent': 'mlgate',
      'content-type': file.contentType ?? 'application/octet-stream',
      'content-length': String(file.bytes),
    },
  });
  // A server that takes the bytes but never answers must not hold the step: the socket's idle timeout.
  request.setTimeout(requestTimeoutMs, () => request.destroy(silentFor(requestTimeoutMs)));
  const answered = new Promise<IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', (error) => reject(connectionFailure('POST', url, error)));
  });
  // A server that answers early (a refused upload) ends the exchange: stop sending then.
  let stopped = false;
  void answered.then(
    () => (stopped = true),
    () => (stopped = true),
  );
  const handle = await open(file.path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(UPLOAD_CHUNK_BYTES);
    for (let offset = 0; offset < file.bytes && !stopped;) {
      const { bytesRead } = await handle.read(
        buffer,
        0,
        Math.min(buffer.length, file.bytes - offset),
        offset,
      );
      if (bytesRead === 0) throw new Error(`${file.path} ended at ${offset} bytes, not ${file.bytes}`);
      // The buffer is read into again only once the socket has taken this write.
      await new Promise<void>((resolve, reject) =>
        request.write(buffer.subarray(0, bytesRead), (error) =>
          error ? reject(connectionFailure('POST', url, error)) : resolve(),
        ),
      );
      offset += bytesRead;
    }
  } catch (error) {
    request.destroy();
    throw error;
  } finally {
    await handle.close();
  }
  request.end();
  const response = await answered;
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of response) chunks.push(chunk as Buffer);
  } catch (error) {
    throw connectionFailure('POST', url, error);
  }
  const data = parsed(Buffer.concat(chunks).toString('utf8'));
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) throw failure('POST', url, status, data, response.headers);
  return data as T;
}

/**
 * GETs a release asset's bytes (GitHub redirects to its storage, where the credentials are not sent) into
 * `target`, hashing them on the way; returns the sha256.
 */
export async function downloadAssetToFile(
  client: GitHubClient,
  repository: { readonly owner: string; readonly repo: string },
  assetId: number,
  target: string,
): Promise<string> {
  const base = (client.request.endpoint.DEFAULTS.baseUrl as string).replace(/\/+$/, '');
  const url = `${base}/repos/${repository.owner}/${repository.repo}/releases/assets/${assetId}`;
  const { requestTimeoutMs } = clientLimits(client);
  const http = await transferClient(requestTimeoutMs);
  const response = await http
    .get(url, { authorization: await authorization(client), accept: 'application/octet-stream' })
    .catch((error: unknown) => {
      throw connectionFailure('GET', url, error);
    });
  const status = response.message.statusCode ?? 0;
  if (status < 200 || status >= 300)
    throw failure('GET', url, status, parsed(await response.readBody()), response.message.headers);
  const hash = createHash('sha256');
  const collectGarbage = socketGarbageCollector();
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      collectGarbage(chunk.length);
      done(null, chunk);
    },
  });
  await pipeline(response.message, hashing, createWriteStream(target)).catch((error: unknown) => {
    throw connectionFailure('GET', url, error);
  });
  return hash.digest('hex');
}
