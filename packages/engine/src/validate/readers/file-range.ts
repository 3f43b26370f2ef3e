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
