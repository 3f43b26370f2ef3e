import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError, expandFilePatterns } from '@mlgate/engine';

/** The input that lets an action read and write outside the workspace, in every action that takes paths. */
export const ALLOW_PATHS_OUTSIDE_WORKSPACE = 'allow-paths-outside-workspace';

/**
 * Where an action may read and write. Its inputs and mlgate.yml come from whoever opened the pull request,
 * and what it reads can be quoted back in annotations and comments: `schema: /etc/hostname` or a symlink
 * in the workspace to `~/.ssh` must not be read. Every path is judged after symlinks (realpath), so a link
 * inside the workspace that leads out of it is refused like the path it leads to.
 */
export interface WorkspacePaths {
  readonly workspace: string;
  /** A file (or a path that may not exist yet) that is read: inside the workspace. */
  checkRead(file: string, from: string): void;
  /**
   * Paths or globs that are read: each, and each file a glob matches, inside the workspace. A path naming a
   * directory is refused by name unless `directories` says the reader takes one.
   */
  checkReadPatterns(
    patterns: readonly string[],
    from: string,
    options?: { readonly directories?: boolean },
  ): Promise<void>;
  /** A directory written to: inside the workspace or the runner's temporary directory, not a file. */
  checkOutputDirectory(dir: string, from: string): void;
}

/** The path with every symlink resolved, as far as it exists: a file not written yet is judged by its folder. */
function resolvedPath(absolute: string): string {
  const rest: string[] = [];
  let at = absolute;
  for (;;) {
    try {
      return path.join(realpathSync(at), ...rest);
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return absolute;
      rest.unshift(path.basename(at));
      at = parent;
    }
  }
}

function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return (
    relative === '' ||
    (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
  );
}

export function workspacePaths(
  workspace: string,
  env: NodeJS.ProcessEnv,
  allowOutside: boolean,
): WorkspacePaths {
  const runnerTemp = env['RUNNER_TEMP'];
  const readRoots = [resolvedPath(path.resolve(workspace))];
  const writeRoots = [...readRoots, ...(runnerTemp ? [resolvedPath(path.resolve(runnerTemp))] : [])];
  const where = (roots: readonly string[]) =>
    roots.length > 1 ? 'outside the workspace and RUNNER_TEMP' : 'outside the workspace';

  function check(file: string, from: string, roots: readonly string[]): void {
    if (allowOutside) return;
    const absolute = path.resolve(workspace, file);
    const resolved = resolvedPath(absolute);
    if (roots.some((root) => isInside(resolved, root))) return;
    const via = resolved === absolute ? '' : ` (it leads to ${resolved})`;
    throw new UserError(
      `${from}: ${file}${via} is ${where(roots)}; set '${ALLOW_PATHS_OUTSIDE_WORKSPACE}: true' to allow it`,
    );
  }

  return {
    workspace,
    checkRead: (file, from) => check(file, from, readRoots),
    async checkReadPatterns(patterns, from, options = {}) {
      // The static part of a glob is judged first: `../*` is refused before anything outside is listed.
      for (const pattern of patterns) check(pattern.replace(/[*?[{(!].*$/, '') || '.', from, readRoots);
      for (const file of await expandFilePatterns(patterns, workspace, from)) {
        check(file, from, readRoots);
        if (
          options.directories !== true &&
          statSync(path.resolve(workspace, file), { throwIfNoEntry: false })?.isDirectory()
        ) {
          throw new UserError(
            `${from}: ${file} is a directory, not a file (a glob such as ${path.posix.join(file, '*')} names the files in it)`,
          );
        }
      }
    },
    checkOutputDirectory(dir, from) {
      check(dir, from, writeRoots);
      const info = statSync(path.resolve(workspace, dir), { throwIfNoEntry: false });
      if (info !== undefined && !info.isDirectory()) {
        throw new UserError(`${from}: ${dir} is a file, not a directory`);
      }
    },
  };
}
