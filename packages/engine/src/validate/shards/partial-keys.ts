import { createHash } from 'node:crypto';
import { UserError } from '../../user-error.js';
import type { PieceKeyHashes } from '../pieces/file-piece.js';

/**
 * The keys file beside a partial: each piece's key hashes, one entry after another, each entry its hashes
 * (two little-endian 32-bit halves per value) then the values' rows (32-bit). A row and key cost 12 bytes,
 * which is why they stay out of the JSON.
 */
export class PartialKeysBuffer {
  private readonly chunks: Buffer[] = [];
  private bytes = 0;

  append(keys: PieceKeyHashes): { readonly count: number; readonly offset: number } {
    const offset = this.bytes;
    const hashes = Buffer.from(keys.hashes.buffer, keys.hashes.byteOffset, 8 * keys.count);
    const rows = Buffer.from(keys.rows.buffer, keys.rows.byteOffset, 4 * keys.count);
    this.chunks.push(Buffer.from(hashes), Buffer.from(rows));
    this.bytes += 12 * keys.count;
    return { count: keys.count, offset };
  }

  get size(): number {
    return this.bytes;
  }

  contents(): Buffer {
    return Buffer.concat(this.chunks, this.bytes);
  }
}

/** The sha256 a partial names its keys file by. */
export function keysDigest(contents: Uint8Array): string {
  return createHash('sha256').update(contents).digest('hex');
}

/** An entry of a keys file, checked to lie inside it. */
export function readPieceKeys(
  contents: Buffer,
  entry: { readonly count: number; readonly offset: number },
  source: string,
): PieceKeyHashes {
  const end = entry.offset + 12 * entry.count;
  if (end > contents.length)
    throw new UserError(`its keys file ends before the key hashes it lists (byte ${end})`, { file: source });
  // Copied out: typed arrays over a Buffer's pool must start at an aligned offset.
  const hashes = new Uint32Array(2 * entry.count);
  Buffer.from(hashes.buffer).set(contents.subarray(entry.offset, entry.offset + 8 * entry.count));
  const rows = new Uint32Array(entry.count);
  Buffer.from(rows.buffer).set(contents.subarray(entry.offset + 8 * entry.count, end));
  return { hashes, rows, count: entry.count };
}
