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
  /** Smaller files stay on one thread: starting a thread and loading a reader costs some 50 ms. */
  readonly minBytes: number;
  /**
   * At most this many threads: each holds one row group or record batch (and its reader's modules), so the
   * peak memory grows with them.
   */
  readonly maxThreads: number;
}

export const DEFAULT_PIECE_THREADS: PieceThreadOptions = { minBytes: 32 * 1024 * 1024, maxThreads: 2 };

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
