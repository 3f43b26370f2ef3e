import { UserError } from '../../user-error.js';
import type { FileOutcome } from '../checks/file-accumulator.js';
import { keySpecs } from '../checks/file-accumulator.js';
import type { CheckPlan } from '../schema/check-plan.js';
import type { DataFile } from '../validate-data.js';
import { startWorker } from '../worker-code.js';
import type { WorkerEntry } from '../worker-code.js';
import type { PieceResult, UnitFormat } from './file-piece.js';
import type { PieceReply, PieceRequest } from './piece-messages.js';
import { assemblePieces } from './piece-assembly.js';

/** When a Parquet or Arrow file is validated in pieces on worker threads. */
export interface PieceThreadOptions {
  /** Smaller files stay on one thread: starting a thread and loading a reader costs 100-300 ms. */
  readonly minBytes: number;
  /**
   * At most this many threads: each holds one row group or record batch (and its reader's modules), so the
   * peak memory grows with them.
   */
  readonly maxThreads: number;
}

/**
 * Off by default, until measured faster: on the shared 2-core bench machine (bench/, 2M rows, load ~4) two
 * threads took longer than one (Arrow 1.7-4.5 s against 1.3-2.3 s; Parquet 2.2-4.8 s against 1.9-3.2 s) and
 * peaked far above the 200 MiB target (Arrow 215 MiB against 127; Parquet 305 against 168): each thread is
 * an isolate with its own reader and a row group, and the key hashes are replayed into a set on this thread
 * (the in-order fast path of key-uniqueness.ts does not cross pieces). 32 MiB and 2 threads is the setting
 * to measure on an idle machine.
 */
export const DEFAULT_PIECE_THREADS: PieceThreadOptions = {
  minBytes: Number.POSITIVE_INFINITY,
  maxThreads: 2,
};

/** The validation thread (scripts/dist-plan.ts emits it in every bundle). */
const PIECE_WORKER: WorkerEntry = {
  output: 'piece-worker.js',
  source: new URL('./piece-worker.ts', import.meta.url),
};

/** A columnar reader's garbage is a batch's short-lived arrays: a small young generation, as the CSV pool's. */
const YOUNG_GENERATION_MB = 8;

/**
 * Validates a Parquet or Arrow file as `count` pieces of its units (row groups, record batches), one worker
 * thread each, and assembles them as a sharded run's merge does (piece-assembly.ts): the same outcome as one
 * thread reading every batch in order. A failure is the first piece's, as one thread would have met it.
 */
export async function validateInThreads(
  file: DataFile,
  format: UnitFormat,
  plan: CheckPlan,
  examplesPerColumn: number,
  count: number,
): Promise<FileOutcome> {
  const settled = await Promise.allSettled(
    Array.from({ length: count }, (_, index) =>
      validatePiece({ file, format, plan, examplesPerColumn, piece: { index, count } }),
    ),
  );
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
  const pieces = settled.map((outcome) => (outcome as PromiseFulfilledResult<PieceResult>).value);
  return assemblePieces(
    { file: file.displayPath, plan, keys: keySpecs(plan), examplesPerColumn },
    pieces.map((piece) => ({
      state: piece.piece,
      // Units number their rows as the whole file does.
      rowOffset: 0,
      keyHashes: (k) => {
        const keys = piece.keys[k];
        return keys && { hashes: keys.hashes, lines: keys.rows, count: keys.count };
      },
    })),
    pieces[0]!.present,
  );
}

function validatePiece(request: PieceRequest): Promise<PieceResult> {
  const worker = startWorker(PIECE_WORKER, YOUNG_GENERATION_MB);
  const outcome = new Promise<PieceResult>((resolve, reject) => {
    worker.once('message', (reply: PieceReply) => {
      if ('result' in reply) resolve(reply.result);
      else if (reply.failure.userError) reject(new UserError(reply.failure.message, reply.failure.location));
      else reject(new Error(`validation thread failed: ${reply.failure.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`validation thread exited (${code}) before replying`)));
  });
  worker.postMessage(request);
  return outcome.finally(() => worker.terminate());
}
