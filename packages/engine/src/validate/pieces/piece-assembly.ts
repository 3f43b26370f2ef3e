import type { KeyHashes } from '../checks/cell-kernel/batch-result.js';
import type { AccumulatedPiece, AccumulatorPlan, FileOutcome, KeySpec } from '../checks/file-accumulator.js';
import { FileAccumulator } from '../checks/file-accumulator.js';

/** A piece of a file as the assembly adds it: its findings, where its rows sit, and its key hashes. */
export interface AssemblyPiece {
  readonly state: AccumulatedPiece;
  /** Added to the piece's row numbers to make them the file's (0 when it numbers them as the file does). */
  readonly rowOffset: number;
  /** The piece's hashes of key `k`, fetched only when replayed (a merge reads them from a keys file). */
  keyHashes(k: number): KeyHashes | undefined;
}

/** What the accumulator over the whole file is made of: the file's name, the plan's columns and checks, the keys. */
export interface AssemblyPlan {
  readonly file: string;
  readonly plan: AccumulatorPlan;
  readonly keys: readonly KeySpec[];
  readonly examplesPerColumn: number;
}

/** The pieces reading got to: every one up to and including the first where it stopped. */
export function piecesRead<T extends { readonly state: AccumulatedPiece }>(pieces: readonly T[]): T[] {
  const read: T[] = [];
  for (const piece of pieces) {
    read.push(piece);
    if (piece.state.stoppedAt !== null) break;
  }
  return read;
}

/**
 * A file validated in pieces (a sharded run's partials, or worker threads of one run), finished exactly as
 * one accumulator over the whole file would have: the pieces' findings added in file order (none after a
 * piece where reading stopped), their key hashes replayed through the uniqueness check in row order (a
 * repeat across pieces is found), then the dataset checks on the totals. `present`: the file's columns.
 */
export function assemblePieces(
  setup: AssemblyPlan,
  pieces: readonly AssemblyPiece[],
  present: readonly boolean[],
): FileOutcome {
  const accumulator = new FileAccumulator(setup.file, setup.plan, setup.keys, setup.examplesPerColumn);
  try {
    const read = piecesRead(pieces);
    accumulator.expectRows(
      read.reduce((sum, piece) => sum + piece.state.rows, 0),
      true,
    );
    for (const piece of read) accumulator.addPiece(piece.state, piece.rowOffset);
    setup.keys.forEach((_, k) => {
      for (const piece of read) {
        const hashes = piece.keyHashes(k);
        if (hashes !== undefined && hashes.count > 0) accumulator.replayKeys(k, hashes, piece.rowOffset);
      }
    });
    return accumulator.finish(present);
  } finally {
    accumulator.dispose();
  }
}
