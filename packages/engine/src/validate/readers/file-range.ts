import { readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/** The file ended before the range asked for. */
export class TruncatedError extends Error {
  constructor(end: number) {
    super(`the file ends before byte ${end}`);
  }
}

/** Reads [start, start + length) of a file, into `into` when given (reused buffers), else a fresh array. */
export async function readExactly(
  handle: FileHandle,
  start: number,
  length: number,
  into?: Uint8Array,
): Promise<Uint8Array> {
  const bytes = into ? into.subarray(0, length) : new Uint8Array(length);
  for (let done = 0; done < length;) {
    const { bytesRead } = await handle.read(bytes, done, length - done, start + done);
    if (bytesRead === 0) throw new TruncatedError(start + length);
    done += bytesRead;
  }
  return bytes;
}

/** Reads up to `length` bytes at `position` into `buffer` at `offset`, fewer only at the file's end. */
export function readAt(
  fd: number,
  buffer: Uint8Array,
  offset: number,
  length: number,
  position: number,
): number {
  let total = 0;
  while (total < length) {
    const n = readSync(fd, buffer, offset + total, length - total, position + total);
    if (n === 0) break;
    total += n;
  }
  return total;
}

/**
 * Where the first line at or after `offset` starts: just after the first line break at or past `offset - 1`
 * (`offset` itself when one precedes it), the file's end when none follows.
 */
export function lineStartAt(fd: number, offset: number, fileSize: number): number {
  const probe = Buffer.allocUnsafe(65536);
  for (let at = offset - 1; at < fileSize;) {
    const n = readAt(fd, probe, 0, probe.length, at);
    if (n === 0) break;
    const i = probe.subarray(0, n).indexOf(10);
    if (i >= 0) return at + i + 1;
    at += n;
  }
  return fileSize;
}
