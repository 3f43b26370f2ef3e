import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UserError } from '@mlgate/engine';

const run = promisify(execFile);

export interface FileAtRef {
  readonly content: Buffer;
  /** The commit the ref resolved to. */
  readonly sha: string;
  /** That commit's committer date, ISO 8601. */
  readonly date: string;
}

/** The ref exists but the file does not at it: for a baseline, "nothing to compare with yet", not a mistake. */
export class FileNotAtRefError extends UserError {
  constructor(
    message: string,
    readonly sha: string,
  ) {
    super(message);
  }
}

async function git(cwd: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

async function resolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    return undefined;
  }
}

/**
 * Reads a file as it is at a ref (`main`, `origin/main`, a tag, a SHA). actions/checkout clones one commit
 * deep by default, so a ref that is not there is fetched (one commit deep) from origin before giving up.
 */
export async function readFileAtRef(
  cwd: string,
  ref: string,
  file: string,
  options: { readonly maxBytes?: number; readonly what?: string } = {},
): Promise<FileAtRef> {
  if (ref.startsWith('-')) throw new UserError(`baseline ref '${ref}' is not a ref`);
  let sha = await resolveCommit(cwd, ref);
  if (sha === undefined) {
    const branch = ref.replace(/^origin\//, '');
    try {
      await git(cwd, [
        'fetch',
        '--no-tags',
        '--depth=1',
        'origin',
        `+${branch}:refs/remotes/origin/${branch}`,
      ]);
    } catch {
      try {
        await git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', branch]);
      } catch {
        throw new UserError(
          `baseline ref '${ref}' is not in this clone and could not be fetched from origin`,
        );
      }
    }
    sha =
      (await resolveCommit(cwd, ref)) ??
      (await resolveCommit(cwd, `origin/${branch}`)) ??
      (await resolveCommit(cwd, 'FETCH_HEAD'));
    if (sha === undefined) throw new UserError(`baseline ref '${ref}' does not name a commit`);
  }
  const relative = file.replace(/^\.\//, '');
  if (options.maxBytes !== undefined) {
    // Sized before it is read: `git show` would hold the whole blob in memory first.
    let size: number;
    try {
      size = Number((await git(cwd, ['cat-file', '-s', `${sha}:${relative}`])).trim());
    } catch {
      throw new FileNotAtRefError(`'${relative}' does not exist at ${ref} (${sha.slice(0, 12)})`, sha);
    }
    if (!(size <= options.maxBytes))
      throw new UserError(
        `the ${options.what ?? 'file'} '${relative}' has ${size} bytes at ${ref}; at most ${options.maxBytes} are read`,
      );
  }
  let content: Buffer;
  try {
    const { stdout } = await run('git', ['show', `${sha}:${relative}`], {
      cwd,
      encoding: 'buffer',
      maxBuffer: 256 * 1024 * 1024,
    });
    content = stdout;
  } catch {
    throw new FileNotAtRefError(`'${relative}' does not exist at ${ref} (${sha.slice(0, 12)})`, sha);
  }
  const date = (await git(cwd, ['show', '-s', '--format=%cI', sha])).trim();
  return { content, sha, date };
}
