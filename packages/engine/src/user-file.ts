import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from './user-error.js';

export interface UserFileOptions {
  /** What the file is, in messages: `config file`, `schema file`, `metrics file`. */
  readonly what: string;
  /** Relative paths are resolved against it; the file is named as given either way. */
  readonly cwd?: string;
  /** How messages name the file, when not as given (a path relative to the workspace). */
  readonly shownAs?: string;
  /** Larger files are refused before they are read. */
  readonly maxBytes?: number;
}

/**
 * Reads a text file a user named, or fails with one line that names it: missing, a folder, a FIFO or a
 * device (which would block or never end), too large, or unreadable. Every reader of a config, schema,
 * metrics, baseline or report file goes through here, so they all fail alike.
 */
export async function readUserText(file: string, options: UserFileOptions): Promise<string> {
  const where = { file: options.shownAs ?? file };
  const absolute = options.cwd === undefined ? file : path.resolve(options.cwd, file);
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) throw new UserError(`the ${options.what} is a folder, not a file`, where);
    if (!info.isFile()) throw new UserError(`the ${options.what} is not a regular file`, where);
    if (options.maxBytes !== undefined && info.size > options.maxBytes) {
      throw new UserError(
        `the ${options.what} has ${info.size} bytes; at most ${options.maxBytes} are read`,
        where,
      );
    }
    return await readFile(absolute, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `no such ${options.what}`
        : `cannot read the ${options.what} (${code ?? String(error)})`,
      where,
    );
  }
}
