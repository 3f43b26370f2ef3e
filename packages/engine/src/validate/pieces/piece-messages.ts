import type { CheckPlan } from '../schema/check-plan.js';
import type { DataFile } from '../validate-data.js';
import type { FilePiece, PieceResult, UnitFormat } from './file-piece.js';

/** The protocol between piece-threads.ts and each piece-worker.ts thread: one request, one reply. */
export interface PieceRequest {
  readonly file: DataFile;
  readonly format: UnitFormat;
  /** The schema's check plan (plain data): all a columnar piece needs of the schema. */
  readonly plan: CheckPlan;
  readonly examplesPerColumn: number;
  readonly piece: FilePiece;
}

/** A failure as it crosses the thread: a UserError stays one (message and place), anything else a bug. */
export type PieceFailure =
  | {
      readonly userError: true;
      readonly message: string;
      readonly location?: { readonly file: string; readonly line?: number; readonly column?: number };
    }
  | { readonly userError: false; readonly message: string };

export type PieceReply = { readonly result: PieceResult } | { readonly failure: PieceFailure };
