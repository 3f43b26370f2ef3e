import type { GitHubClient } from './github-client.js';
import { httpStatusOf } from './github-failure.js';

/** The commit a tag points at (through an annotated tag object), or undefined when there is no such tag. */
export async function commitOfTag(
  client: GitHubClient,
  repository: { readonly owner: string; readonly repo: string },
  tag: string,
): Promise<string | undefined> {
  const { owner, repo } = repository;
  try {
    const { data: ref } = await client.rest.git.getRef({ owner, repo, ref: `tags/${tag}` });
    if (ref.object.type === 'commit') return ref.object.sha;
    const { data: annotated } = await client.rest.git.getTag({ owner, repo, tag_sha: ref.object.sha });
    return annotated.object.sha;
  } catch (error) {
    if (httpStatusOf(error) === 404) return undefined;
    throw error;
  }
}
