import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError, checkFilePattern, checkModelFiles, fileKind, sha256File } from '@mlgate/engine';
import { glob, isDynamicPattern } from 'tinyglobby';

/** A file to attach to a release, as GitHub will name it. */
export interface ModelFile {
  /** The asset name: the file's base name. */
  readonly name: string;
  /** Where it is read from. */
  readonly path: string;
  /** As the user gave it (relative to the workspace), for messages. */
  readonly shownAs: string;
  readonly bytes: number;
}

export interface HashedModelFile extends ModelFile {
  readonly sha256: string;
}

async function filesOf(pattern: string, workspace: string, from: string): Promise<string[]> {
  if (isDynamicPattern(pattern)) {
    const matches = (await glob(checkFilePattern(pattern, from), { cwd: workspace, onlyFiles: true })).sort();
    if (matches.length === 0) throw new UserError(`${from}: '${pattern}' matches no file`);
    return matches;
  }
  const info = await stat(path.resolve(workspace, pattern)).catch(() => undefined);
  if (info === undefined) throw new UserError(`${from}: no such file or directory: ${pattern}`);
  if (!info.isDirectory()) return [pattern];
  const inside = (await glob('**/*', { cwd: path.resolve(workspace, pattern), onlyFiles: true })).sort();
  if (inside.length === 0) throw new UserError(`${from}: the directory ${pattern} holds no file`);
  return inside.map((file) => path.join(pattern, file));
}

/**
 * The model's files from paths, globs and directories (a directory gives every file below it, under its
 * base name: release assets are flat). Every file is checked before anything is created on GitHub: a regular
 * file, a name GitHub keeps, none of the release's own names, no two of one name, each under GitHub's asset
 * limit (the engine's checkModelFiles says which and what to do).
 */
export async function resolveModelFiles(
  patterns: readonly string[],
  workspace: string,
  from: string,
): Promise<ModelFile[]> {
  if (patterns.length === 0) throw new UserError(`${from}: give the model's files`);
  const files: ModelFile[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    for (const file of await filesOf(pattern, workspace, from)) {
      const absolute = path.resolve(workspace, file);
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      const info = await stat(absolute);
      const shownAs = file.split(path.sep).join('/');
      if (!info.isFile())
        throw new UserError(`${from}: ${shownAs} is not a regular file (a ${fileKind(info)})`);
      files.push({ name: path.basename(file), path: absolute, shownAs, bytes: info.size });
    }
  }
  checkModelFiles(files);
  return files;
}

/**
 * Each file's sha256, read once, one file at a time, on this thread: publishing has nothing to overlap the
 * hashing with, and a worker's own heap would only add to the peak memory.
 */
export async function hashModelFiles(files: readonly ModelFile[]): Promise<HashedModelFile[]> {
  const hashed: HashedModelFile[] = [];
  for (const file of files) {
    hashed.push({ ...file, sha256: await sha256File(file.path, file.bytes, { inThread: true }) });
  }
  return hashed;
}
