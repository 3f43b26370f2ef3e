import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * An asset's bytes and what GitHub reports about them. Seeded assets are small and stay in memory; uploaded
 * ones are written to a file as they arrive, so a GiB upload never sits in this process's memory.
 */
export type AssetContent = {
  readonly size: number;
  /** Hex SHA-256 of the bytes, computed while they arrived: the asset's `digest` is `sha256:` + this. */
  readonly sha256: string;
} & ({ readonly bytes: Buffer } | { readonly file: string });

/** The connection went away (or a fault cut it) before every declared byte arrived: nothing was stored. */
export class UploadInterrupted extends Error {
  constructor(received: number, expected: number) {
    super(`upload interrupted after ${received} of ${expected} bytes`);
    this.name = 'UploadInterrupted';
  }
}

export interface ReceiveOptions {
  /** The request's Content-Length: fewer bytes than this is an interrupted upload. */
  readonly expectedBytes: number;
  /** Cut the connection once this many bytes have arrived (a fault): the upload is then interrupted. */
  readonly cutAfterBytes?: number;
}

const EMPTY_SHA256 = createHash('sha256').digest('hex');

/** Counts and hashes the bytes passing through, and fails at `cutAfterBytes`. */
class MeasuringStream extends Transform {
  readonly hash = createHash('sha256');
  received = 0;

  constructor(private readonly cutAfterBytes: number | undefined) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const room = this.cutAfterBytes === undefined ? chunk.length : this.cutAfterBytes - this.received;
    const passed = room < chunk.length ? chunk.subarray(0, Math.max(room, 0)) : chunk;
    this.received += passed.length;
    this.hash.update(passed);
    callback(passed === chunk ? null : new UploadInterrupted(this.received, Number.NaN), passed);
  }
}

/**
 * Where the local GitHub keeps release asset bytes: one temporary directory, made on the first upload and
 * removed with everything in it by `close()` (the server's close).
 */
export class ReleaseAssetStorage {
  private directory: Promise<string> | undefined;

  fromBytes(bytes: Uint8Array | string): AssetContent {
    const copy = Buffer.from(bytes);
    return { size: copy.length, sha256: createHash('sha256').update(copy).digest('hex'), bytes: copy };
  }

  /** What an asset whose upload broke off holds: nothing. */
  empty(): AssetContent {
    return { size: 0, sha256: EMPTY_SHA256, bytes: Buffer.alloc(0) };
  }

  /**
   * Streams `body` into a new file, hashing on the way; rejects with UploadInterrupted, having removed the
   * partial file, if the body breaks off or reaches `cutAfterBytes`. On a cut the body is left unread, its
   * connection open: the caller closes it once this has returned, so a client that sees the connection drop
   * finds nothing left behind.
   */
  async receive(body: Readable, options: ReceiveOptions): Promise<AssetContent> {
    // No byte would ever reach the cut: it happens before anything is read.
    if (options.cutAfterBytes === 0) throw new UploadInterrupted(0, options.expectedBytes);
    this.directory ??= mkdtemp(path.join(tmpdir(), 'local-github-assets-'));
    const file = path.join(await this.directory, randomUUID());
    const measuring = new MeasuringStream(options.cutAfterBytes);
    let ended = false;
    body.once('end', () => (ended = true));
    body.once('error', (error) => measuring.destroy(error));
    body.once('close', () => {
      if (!ended) measuring.destroy(new UploadInterrupted(measuring.received, options.expectedBytes));
    });
    // Piped rather than put in the pipeline: a failing pipeline would destroy the body, and the connection
    // with it, before the partial file is gone.
    body.pipe(measuring);
    try {
      await pipeline(measuring, createWriteStream(file));
    } catch (error) {
      body.unpipe(measuring);
      await rm(file, { force: true });
      if (error instanceof UploadInterrupted || isConnectionLoss(error)) {
        throw new UploadInterrupted(measuring.received, options.expectedBytes);
      }
      throw error;
    }
    if (measuring.received !== options.expectedBytes) {
      await rm(file, { force: true });
      throw new UploadInterrupted(measuring.received, options.expectedBytes);
    }
    return { size: measuring.received, sha256: measuring.hash.digest('hex'), file };
  }

  /** The bytes, streamed from disk for an uploaded asset. */
  open(content: AssetContent): Readable {
    return 'file' in content ? createReadStream(content.file) : Readable.from([content.bytes]);
  }

  async discard(content: AssetContent): Promise<void> {
    if ('file' in content) await rm(content.file, { force: true });
  }

  async close(): Promise<void> {
    const directory = this.directory;
    this.directory = undefined;
    if (directory !== undefined) await rm(await directory, { recursive: true, force: true });
  }
}

/** Node's errors for a request whose connection closed before its body ended. */
function isConnectionLoss(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ABORT_ERR';
}
