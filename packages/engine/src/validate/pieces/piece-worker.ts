import { parentPort } from 'node:worker_threads';
import { isUserError } from '../../user-error.js';
import { validateUnitPiece } from './file-piece.js';
import type { PieceFailure, PieceReply, PieceRequest } from './piece-messages.js';

/**
 * A worker thread's entry: validates the piece of a Parquet or Arrow file piece-threads.ts asks for (its
 * row groups or record batches) and replies once. esbuild bundles it as an entry of its own next to every
 * bundle that can start it (scripts/dist-plan.ts).
 */
const port = parentPort!;

port.once('message', (request: PieceRequest) => {
  void validate(request).then(({ reply, transfer }) => port.postMessage(reply, transfer));
});

async function validate(request: PieceRequest): Promise<{ reply: PieceReply; transfer: ArrayBuffer[] }> {
  try {
    const result = await validateUnitPiece(
      request.file,
      request.format,
      request.plan,
      { examplesPerColumn: request.examplesPerColumn },
      request.piece,
    );
    // Handed over, not copied: the key hashes are 12 bytes a row, and the thread is done with them.
    const transfer = result.keys.flatMap((key) => [key.hashes.buffer, key.rows.buffer] as ArrayBuffer[]);
    return { reply: { result }, transfer };
  } catch (error) {
    return { reply: { failure: failureOf(error) }, transfer: [] };
  }
}

function failureOf(error: unknown): PieceFailure {
  if (isUserError(error))
    return {
      userError: true,
      message: error.message,
      ...(error.location !== undefined ? { location: { ...error.location } } : {}),
    };
  return { userError: false, message: String((error instanceof Error && error.stack) || error) };
}
