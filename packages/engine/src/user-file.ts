import { constants } from 'node:fs';
import type { Stats } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from './user-error.js';

/**
 * The one door for files a user names (data, schema, metrics, config, reports, model files). Its promises:
 * opening never blocks (O_NONBLOCK: a FIFO with no writer would block open() forever), a whole-file read is
 * of a regular file only and capped before a byte is read, and a stream is read only when the caller asked
 * for one, in chunks, with a bounded wait for a FIFO's writer.
 */

/** What a path is, in messages: `not a regular file (a pipe)`. */
export type FileKind =
  'regular file' | 'directory' | 'pipe' | 'character device' | 'block device' | 'socket' | 'special file';

export function fileKind(info: Stats): FileKind {
  if (info.isFile()) return 'regular file';
  if (info.isDirectory()) return 'directory';
  if (info.isFIFO()) return 'pipe';
  if (info.isCharacterDevice()) return 'character device';
  if (info.isBlockDevice()) return 'block device';
  if (info.isSocket()) return 'socket';
  return 'special file';
}

/** Whole-file reads of a config, schema or metrics file stop here unless the caller says otherwise. */
export const MAX_USER_TEXT_BYTES = 64 * 1024 * 1024;

/** How long a FIFO that has a name (made with mkfifo) may wait for its first writer. */
export const FIFO_WRITER_WAIT_MS = 5_000;

/** How often a non-blocking read with nothing to read yet is retried. */
const RETRY_MS = 10;

export interface UserFileOptions {
  /** What the file is, in messages: `config file`, `schema file`, `metrics file`. */
  readonly what: string;
  /** Relative paths are resolved against it; the file is named as given either way. */
  readonly cwd?: string;
  /** How messages name the file, when not as given (a path relative to the workspace). */
  readonly shownAs?: string;
  /** Larger files are refused before they are read (default MAX_USER_TEXT_BYTES). */
  readonly maxBytes?: number;
}

export interface OpenedUserFile {
  readonly handle: FileHandle;
  readonly kind: FileKind;
  readonly info: Stats;
}

/** The errno of a failed open or stat, as one line. */
function cannotRead(what: string, error: unknown, where: { file: string }): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  return new UserError(
    code === 'ENOENT' ? `no such ${what}` : `cannot read the ${what} (${code ?? String(error)})`,
    where,
  );
}

/**
 * Opens a file without blocking and says what it is. Sockets cannot be opened (ENXIO) and folders cannot
 * be read, so both come back as a kind from stat alone, with no handle; everything else is opened
 * O_NONBLOCK and its kind taken from the open handle (a path swapped between stat and open is still seen).
 */
export async function openUserFile(
  absolute: string,
): Promise<OpenedUserFile | { readonly handle: undefined; readonly kind: FileKind }> {
  const before = fileKind(await stat(absolute));
  if (before === 'socket' || before === 'directory') return { handle: undefined, kind: before };
  const handle = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    return { handle, kind: fileKind(info), info };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Reads a text file a user named, or fails with one line that names it: missing, a folder, a FIFO or a
 * device (which would block or never end), too large, or unreadable. Every reader of a config, schema,
 * metrics, baseline or report file goes through here, so they all fail alike.
 */
export async function readUserText(file: string, options: UserFileOptions): Promise<string> {
  return (await readUserBytes(file, options)).toString('utf8');
}

/** readUserText's bytes: a binary file a user (or an earlier job) gave, with the same checks. */
export async function readUserBytes(file: string, options: UserFileOptions): Promise<Buffer> {
  const where = { file: options.shownAs ?? file };
  const absolute = options.cwd === undefined ? file : path.resolve(options.cwd, file);
  const maxBytes = options.maxBytes ?? MAX_USER_TEXT_BYTES;
  let opened;
  try {
    opened = await openUserFile(absolute);
  } catch (error) {
    throw cannotRead(options.what, error, where);
  }
  const { handle, kind } = opened;
  try {
    if (kind === 'directory') throw new UserError(`the ${options.what} is a folder, not a file`, where);
    if (handle === undefined || kind !== 'regular file')
      throw new UserError(`the ${options.what} is not a regular file (a ${kind})`, where);
    const size = opened.info.size;
    if (size > maxBytes) {
      throw new UserError(`the ${options.what} has ${size} bytes; at most ${maxBytes} are read`, where);
    }
    // Read to the size seen, plus one byte: a file that grew since is caught instead of read without end.
    const buffer = Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > size)
        throw new UserError(`the ${options.what} grew while it was read; read it again`, where);
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw cannotRead(options.what, error, where);
  } finally {
    await handle?.close();
  }
}

/**
 * Whether a pipe may still be waiting for its first writer: a FIFO with a name in the file system. An
 * anonymous pipe (`cmd | mlgate … /dev/stdin`, process substitution) was made with its writer, so an end
 * of file there is the end of the data.
 */
async function mayAwaitWriter(absolute: string, kind: FileKind): Promise<boolean> {
  if (kind !== 'pipe') return false;
  // /dev/stdin of a pipe resolves to `pipe:[inode]`, which is no path: realpath fails there.
  return realpath(absolute).then(
    (resolved) => !resolved.includes('pipe:['),
    () => false,
  );
}

/**
 * The bytes of a file opened non-blocking, in order, in chunks of at most `chunkBytes`; each chunk is
 * valid until the next is asked for (one buffer is reused: a pipe gives 64 KiB a read). Nothing to read
 * yet (EAGAIN) is waited out: the writer is there and may be slow. An end of file before any writer has
 * shown up, on a named FIFO, is waited out for at most `writerWaitMs`; then it is a UserError, so a FIFO
 * that nobody writes to ends the run instead of hanging it.
 */
export async function* readUserStream(
  absolute: string,
  opened: OpenedUserFile,
  shownAs: string,
  options: { readonly chunkBytes?: number; readonly writerWaitMs?: number } = {},
): AsyncGenerator<Buffer> {
  const chunkBytes = options.chunkBytes ?? 1024 * 1024;
  const writerWaitMs = options.writerWaitMs ?? FIFO_WRITER_WAIT_MS;
  let awaitingWriter = await mayAwaitWriter(absolute, opened.kind);
  const started = Date.now();
  const buffer = Buffer.allocUnsafe(chunkBytes);
  for (;;) {
    let bytesRead;
    try {
      ({ bytesRead } = await opened.handle.read(buffer, 0, chunkBytes, null));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EAGAIN' && code !== 'EWOULDBLOCK') throw cannotRead('file', error, { file: shownAs });
      awaitingWriter = false;
      await sleep(RETRY_MS);
      continue;
    }
    if (bytesRead > 0) {
      awaitingWriter = false;
      yield buffer.subarray(0, bytesRead);
      continue;
    }
    if (!awaitingWriter) return;
    if (Date.now() - started >= writerWaitMs) {
      throw new UserError(
        `nothing was written to the pipe: no writer opened it within ${writerWaitMs / 1000} s`,
        { file: shownAs },
      );
    }
    await sleep(RETRY_MS * 5);
  }
}
