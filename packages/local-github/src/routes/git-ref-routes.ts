import { GitHubHttpError, errorBody, notFound } from '../github-error-responses.js';
import { renderGitRef } from '../github-representations.js';
import type { RepoRecord } from '../github-state.js';
import { protectedTagRef } from '../immutable-release-refusals.js';
import {
  bodyOf,
  json,
  noContent,
  optionalString,
  repoOf,
  type RouteContext,
  type RouteTable,
} from './route-context.js';

function unprocessable(context: RouteContext, message: string): GitHubHttpError {
  return new GitHubHttpError(422, errorBody(422, message, context.operation.documentationUrl));
}

/** `{ref}` in these paths has no `refs/` prefix (`heads/main`); GitHub also accepts the full name. */
function fullRefName(context: RouteContext): string {
  const ref = context.params['ref'] ?? '';
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

const tagName = (ref: string): string | undefined =>
  ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;

/** The tag of an immutable release that still exists cannot move or go (GitHub docs, "Immutable releases"). */
function lockedByImmutableRelease(repo: RepoRecord, ref: string): boolean {
  const tag = tagName(ref);
  return repo.releases.some((release) => release.immutable && release.tagName === tag);
}

function createRef(context: RouteContext) {
  const repo = repoOf(context);
  const body = bodyOf(context);
  const ref = optionalString(body['ref']) ?? '';
  const sha = (optionalString(body['sha']) ?? '').toLowerCase();
  if (!/^refs\/[^/]+\/.+/.test(ref)) {
    throw unprocessable(context, "Reference name must start with 'refs/' and have at least two slashes.");
  }
  if (!/^[0-9a-f]{40}$/.test(sha)) throw unprocessable(context, 'Object does not exist');
  if (repo.refs.has(ref)) throw unprocessable(context, 'Reference already exists');
  // A tag name an immutable release used can never be made again, even after release and tag are gone.
  const tag = tagName(ref);
  if (tag !== undefined && repo.tagsOfImmutableReleases.has(tag)) {
    throw protectedTagRef(context.operation.documentationUrl, 'create');
  }
  repo.refs.set(ref, sha);
  return json(201, renderGitRef(context.urls, repo, ref, sha), {
    location: `${context.urls.api}/repos/${repo.owner.login}/${repo.name}/git/${ref}`,
  });
}

export const gitRefRoutes: RouteTable = {
  'git/create-ref': { resource: 'Reference', handle: createRef },
  'git/get-ref': {
    resource: 'Reference',
    handle: (context) => {
      const repo = repoOf(context);
      const ref = fullRefName(context);
      const sha = repo.refs.get(ref);
      if (sha === undefined) throw notFound(context.operation.documentationUrl);
      return json(200, renderGitRef(context.urls, repo, ref, sha));
    },
  },
  'git/list-matching-refs': {
    resource: 'Reference',
    handle: (context) => {
      const repo = repoOf(context);
      const prefix = fullRefName(context);
      const refs = [...repo.refs.entries()]
        .filter(([ref]) => ref.startsWith(prefix))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([ref, sha]) => renderGitRef(context.urls, repo, ref, sha));
      return json(200, refs);
    },
  },
  'git/update-ref': {
    resource: 'Reference',
    handle: (context) => {
      const repo = repoOf(context);
      const ref = fullRefName(context);
      const sha = (optionalString(bodyOf(context)['sha']) ?? '').toLowerCase();
      if (!repo.refs.has(ref)) throw unprocessable(context, 'Reference does not exist');
      if (!/^[0-9a-f]{40}$/.test(sha)) throw unprocessable(context, 'Object does not exist');
      if (lockedByImmutableRelease(repo, ref))
        throw protectedTagRef(context.operation.documentationUrl, 'update');
      repo.refs.set(ref, sha);
      return json(200, renderGitRef(context.urls, repo, ref, sha));
    },
  },
  'git/delete-ref': {
    resource: 'Reference',
    handle: (context) => {
      const repo = repoOf(context);
      const ref = fullRefName(context);
      if (!repo.refs.has(ref)) throw unprocessable(context, 'Reference does not exist');
      if (lockedByImmutableRelease(repo, ref))
        throw protectedTagRef(context.operation.documentationUrl, 'delete');
      repo.refs.delete(ref);
      return noContent();
    },
  },
};
