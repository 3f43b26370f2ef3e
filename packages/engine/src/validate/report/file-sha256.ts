import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * The sha256 of a data file, for the report's fingerprint.
 *
 * Why a worker thread: `hash.update` is synchronous, so hashing on the main thread added its full cost
 * (~0.2 s for 300 MB) to the validation it ran beside: the main thread is where CSV batches merge and where
 * Parquet and Arrow are decoded. In a worker it overlaps validation and costs wall time only when it is the
 * slowest part. Small files are hashed in-thread: starting a worker (~20–40 ms) would cost more than the hash.
 */
export const OFF_THREAD_MIN_BYTES = 8 * 1024 * 1024;

/**
 * One loop for both places, as source text (the worker evaluates it): blocking reads into one reused 1 MiB
 * buffer. In the worker the thread has nothing else to do, and libuv's thread pool (shared by every thread
 * of the process) stays free for the validation's own reads; in-thread the file is under 8 MiB.
 */
const HASH_LOOP = `
function hashFile(path, createHash, fs) {
  const hash = createHash('sha256');
  const fd = fs.openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    for (;;) {
      const bytesRead = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}`;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
${HASH_LOOP}
try {
  parentPort.postMessage({ hex: hashFile(workerData, require('node:crypto').createHash, require('node:fs')) });
} catch (error) {
  parentPort.postMessage({ error: String((error && error.message) || error) });
}
`;

type HashFile = (path: string, hash: typeof createHash, files: typeof fs) => string;
const hashInThread = new Function(`${HASH_LOOP}; return hashFile;`)() as HashFile;

/**
 * Hashes `path`; in a worker thread when it is at least `OFF_THREAD_MIN_BYTES` long, unless `inThread`: a
 * caller with nothing to overlap (the model publisher) saves the worker's own heap.
 */
export async function sha256File(
  path: string,
  size: number,
  options: { readonly inThread?: boolean } = {},
): Promise<string> {
  if (size < OFF_THREAD_MIN_BYTES || options.inThread === true) return hashInThread(path, createHash, fs);
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: path });
  try {
    return await new Promise<string>((resolve, reject) => {
      worker.once('message', (reply: { hex: string } | { error: string }) =>
        'hex' in reply ? resolve(reply.hex) : reject(new Error(reply.error)),
      );
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the sha256 worker exited early (code ${code})`)));
    });
  } finally {
    await worker.terminate();
  }
}
