import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';

/**
 * Azurite's built-in development account. The key is public (documented by Microsoft for the storage
 * emulator) and only ever accepted by a local emulator, so naming it in code leaks nothing.
 * Source: https://learn.microsoft.com/azure/storage/common/storage-use-azurite#well-known-storage-account-and-key
 */
export const AZURITE_ACCOUNT_NAME = 'devstoreaccount1';
export const AZURITE_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** Long enough for a cold `node` start on a slow CI machine; Azurite itself needs well under a second. */
const STARTUP_TIMEOUT_MS = 20_000;
const SHUTDOWN_GRACE_MS = 3_000;

/**
 * Every flag exists in azurite 3.35.0 (dist/src/blob/BlobEnvironment.js):
 * - in-memory persistence: no `__azurite_db_*` files left in the working directory;
 * - skipApiVersionCheck: the Azure SDK may speak a newer REST version than this Azurite knows;
 * - loose: ignore headers Azurite does not implement instead of failing the upload;
 * - disableTelemetry: no outbound network from tests.
 */
const AZURITE_FLAGS = [
  '--inMemoryPersistence',
  '--skipApiVersionCheck',
  '--loose',
  '--disableTelemetry',
  '--silent',
] as const;

/**
 * Runs Azurite's entry with the usual argv layout (`-e` leaves argv[1] to the first argument) and exits
 * when its stdin closes: that is how stop() ends it, and how it ends when the parent dies without stopping
 * it (a crashed jest worker must not leave an emulator behind).
 */
const EXIT_WITH_PARENT = "process.stdin.on('end', () => process.exit(0)).resume(); require(process.argv[1]);";

function azuriteArgs(): string[] {
  return ['--blobHost', '127.0.0.1', '--blobPort', '0', ...AZURITE_FLAGS];
}

/** What Azurite prints once its HTTP server is listening (dist/src/blob/main.js). */
const LISTENING_LINE = /successfully listens on (http:\/\/\S+)/;

export class AzuriteStartError extends Error {
  override readonly name = 'AzuriteStartError';
}

export interface AzuriteBlobService {
  /** `http://127.0.0.1:<port>/devstoreaccount1`, the account's blob endpoint (path-style, as Azurite serves it). */
  readonly blobEndpoint: string;
  readonly credential: StorageSharedKeyCredential;
  readonly client: BlobServiceClient;
  readonly startupMs: number;
  stop(): Promise<void>;
}

function azuriteBlobEntry(): string {
  // The `azurite-blob` bin of the package; resolved from its package.json so no PATH or .bin shim is involved.
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('azurite/package.json')), 'dist', 'src', 'blob', 'main.js');
}

/** Starts Azurite's blob service on 127.0.0.1 with an OS-assigned port. */
export async function startAzurite(): Promise<AzuriteBlobService> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, ['-e', EXIT_WITH_PARENT, azuriteBlobEntry(), ...azuriteArgs()], {
    // Its own process group, so stop() can take down anything it spawns along with it.
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let origin: string;
  try {
    origin = await waitForListeningLine(child);
    await waitForConnection(new URL(origin));
  } catch (error) {
    await killProcessGroup(child);
    throw error;
  }
  // Nothing more to read; drain so a chatty child can never block on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();

  const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT_NAME, AZURITE_ACCOUNT_KEY);
  const blobEndpoint = `${origin}/${AZURITE_ACCOUNT_NAME}`;
  return {
    blobEndpoint,
    credential,
    client: new BlobServiceClient(blobEndpoint, credential),
    startupMs: Math.round(performance.now() - startedAt),
    stop: () => killProcessGroup(child),
  };
}

function waitForListeningLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => fail(`Azurite did not start within ${STARTUP_TIMEOUT_MS} ms`),
      STARTUP_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = LISTENING_LINE.exec(output);
      if (match?.[1] !== undefined) {
        cleanup();
        resolve(match[1].replace(/\/$/, ''));
      }
    };
    const onExit = (code: number | null): void => fail(`Azurite exited (code ${code}) before listening`);
    const onError = (error: Error): void => fail(`Azurite could not be spawned: ${error.message}`);
    function cleanup(): void {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
    }
    function fail(message: string): void {
      cleanup();
      const tail = output.trim().split('\n').slice(-5).join(' | ');
      reject(new AzuriteStartError(tail ? `${message}: ${tail}` : message));
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

/** The listening line is printed after `listen()`, but a connect proves the port really takes requests. */
function waitForConnection(url: URL): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: url.hostname, port: Number(url.port) }, () => {
      socket.end();
      resolve();
    });
    socket.once('error', (error) =>
      reject(new AzuriteStartError(`Azurite is not reachable: ${error.message}`)),
    );
  });
}

async function killProcessGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid !== undefined && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.stdin?.end();
    const graceful = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), SHUTDOWN_GRACE_MS).unref()),
    ]);
    if (!graceful) {
      signalGroup(pid, 'SIGKILL');
      await exited;
    }
  }
  child.stdin?.destroy();
  child.stdout?.destroy();
  child.stderr?.destroy();
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    // A negative pid addresses the whole process group started with `detached: true`.
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
