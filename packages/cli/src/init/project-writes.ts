import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '@mlgate/engine';

export interface ProjectWrite {
  /** Relative to the project, with `/` separators. */
  readonly path: string;
  readonly text: string;
}

/**
 * Every folder on the way to each file must be a real folder or not there yet: a file in the way is the
 * user's to move, and a symbolic link could lead the write out of the repository.
 */
export async function checkFolders(cwd: string, writes: readonly ProjectWrite[]): Promise<void> {
  for (const { path: file } of writes) {
    const parts = file.split('/').slice(0, -1);
    for (let depth = 1; depth <= parts.length; depth++) {
      const folder = parts.slice(0, depth).join('/');
      const found = await lstat(path.join(cwd, folder)).catch(() => undefined);
      if (found === undefined) break;
      if (found.isSymbolicLink())
        throw new UserError(
          `${folder} is a symbolic link; mlgate init writes only into real folders of the repository`,
        );
      if (!found.isDirectory())
        throw new UserError(`${folder} exists and is not a folder; move it away first`);
    }
  }
}

/** What went wrong, as the system names it (`EACCES`, `ENOSPC`); the caller names the file. */
function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/**
 * All or nothing: each file is written beside its target first, and only when every one is written are they
 * renamed into place. A failure (a full disk, a read-only folder) removes what this run wrote, folders
 * included, and is one line naming the file. Checks the folders on the way first (checkFolders).
 */
export async function writeProjectFiles(cwd: string, writes: readonly ProjectWrite[]): Promise<void> {
  await checkFolders(cwd, writes);
  const createdFolders: string[] = [];
  const partials: { partial: string; target: string; file: string }[] = [];
  try {
    for (const { path: file, text } of writes) {
      const target = path.join(cwd, file);
      const partial = `${target}.${process.pid}.partial`;
      try {
        const created = await mkdir(path.dirname(target), { recursive: true });
        if (created !== undefined) createdFolders.push(created);
        partials.push({ partial, target, file });
        await writeFile(partial, text);
      } catch (error) {
        throw new UserError(`could not write ${file}: ${reasonOf(error)}; nothing was written`);
      }
    }
  } catch (error) {
    // Cleaning up never hides the failure: what cannot be removed (a folder someone put in the way) stays.
    await Promise.all(partials.map(({ partial }) => rm(partial, { force: true }).catch(() => undefined)));
    // Only folders this run made, each the top of what mkdir made: they hold nothing else.
    for (const folder of createdFolders.reverse())
      await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  for (const [index, { partial, target, file }] of partials.entries()) {
    try {
      await rename(partial, target);
    } catch (error) {
      await Promise.all(
        partials.slice(index).map((left) => rm(left.partial, { force: true }).catch(() => undefined)),
      );
      const written = partials.slice(0, index).map((done) => done.file);
      throw new UserError(
        `could not move ${file} into place: ${reasonOf(error)}; written: ${written.join(', ') || 'nothing'}`,
      );
    }
  }
}
