import { UserError } from '@mlgate/engine';
import { FileNotAtRefError, readFileAtRef } from '../baseline/git-file-at-ref.js';
import type { GitHubClient } from '../github-client.js';
import { describeGitHubFailure, httpStatusOf } from '../github-failure.js';

/** A file as it is at a commit: its bytes, or `missing` when the commit has no such file. */
export type BaseFile = { readonly found: true; readonly content: Buffer } | { readonly found: false };

export interface BaseFileSource {
  readonly workspace: string;
  readonly repository: { readonly owner: string; readonly repo: string };
  /** The commit to read at: a pull request's base SHA. */
  readonly sha: string;
  /** The REST client, when there is a token; without one the local clone is asked. */
  readonly client: (() => Promise<GitHubClient>) | undefined;
  /** Larger files are refused before their bytes are held. */
  readonly maxBytes: number;
  /** What the file is, in messages: `schema file`. */
  readonly what: string;
}

interface ContentFile {
  readonly type?: string;
  readonly size?: number;
  readonly encoding?: string;
  readonly content?: string;
}

/**
 * Reads a repository file at a commit. actions/checkout clones one commit deep, so the base of a pull request
 * is usually not in the workspace: the Contents API reads it with the token the job already has (contents:
 * read). Without a token, or for a file the API does not inline (over 1 MiB it answers with no content),
 * the clone fetches the commit, one deep, and git reads it.
 */
export async function readBaseFile(source: BaseFileSource, file: string): Promise<BaseFile> {
  if (source.client !== undefined) {
    const answer = await contentsAt(source, file, await source.client());
    if (answer !== 'not inlined') return answer;
  }
  try {
    const { content } = await readFileAtRef(source.workspace, source.sha, file, {
      maxBytes: source.maxBytes,
      what: source.what,
    });
    return { found: true, content };
  } catch (error) {
    if (error instanceof FileNotAtRefError) return { found: false };
    throw error;
  }
}

async function contentsAt(
  source: BaseFileSource,
  file: string,
  client: GitHubClient,
): Promise<BaseFile | 'not inlined'> {
  let data: unknown;
  try {
    ({ data } = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...source.repository,
      path: file,
      ref: source.sha,
    }));
  } catch (error) {
    if (httpStatusOf(error) === 404) return { found: false };
    const failure = describeGitHubFailure(error);
    if (failure !== undefined) throw new UserError(failure);
    throw error;
  }
  const entry = data as ContentFile | readonly unknown[];
  if (Array.isArray(entry) || (entry as ContentFile).type !== 'file')
    throw new UserError(`'${file}' is not a file at ${source.sha.slice(0, 12)}`);
  const { size, encoding, content } = entry as ContentFile;
  if (typeof size === 'number' && size > source.maxBytes)
    throw new UserError(
      `the ${source.what} '${file}' has ${size} bytes at ${source.sha.slice(0, 12)}; at most ${source.maxBytes} are read`,
    );
  if (encoding !== 'base64' || typeof content !== 'string') return 'not inlined';
  return { found: true, content: Buffer.from(content, 'base64') };
}
