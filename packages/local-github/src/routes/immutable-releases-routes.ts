import { GitHubHttpError, errorBody } from '../github-error-responses.js';
import { json, noContent, repoOf, type RouteContext, type RouteTable } from './route-context.js';

/**
 * The repository's immutable releases setting. Reading it, too, takes administration access: a GITHUB_TOKEN
 * gets 403 "Resource not accessible by integration" (ori-platform/ori-runtime#298, 2026), so a workflow
 * learns whether a release is immutable from the release's own `immutable` field.
 */
function requireAdministration(context: RouteContext): void {
  if (!context.canAdminister) {
    throw new GitHubHttpError(
      403,
      errorBody(403, 'Resource not accessible by integration', context.operation.documentationUrl),
    );
  }
}

export const immutableReleasesRoutes: RouteTable = {
  'repos/check-immutable-releases': {
    resource: 'Repository',
    handle: (context) => {
      const repo = repoOf(context);
      requireAdministration(context);
      // 200 with `enabled: false` when off, as GitHub answers (unicity-aos/aos-ce#33, 2026), although the
      // description says a 404 would come: a client must take both to mean "off".
      const { enabled, enforcedByOwner } = repo.immutableReleases;
      return json(200, { enabled, enforced_by_owner: enforcedByOwner });
    },
  },
  'repos/enable-immutable-releases': {
    resource: 'Repository',
    handle: (context) => {
      const repo = repoOf(context);
      requireAdministration(context);
      repo.immutableReleases.enabled = true;
      return noContent();
    },
  },
  'repos/disable-immutable-releases': {
    resource: 'Repository',
    handle: (context) => {
      const repo = repoOf(context);
      requireAdministration(context);
      if (repo.immutableReleases.enforcedByOwner) {
        // The 409 the description declares; GitHub's wording for it is not on record.
        throw new GitHubHttpError(
          409,
          errorBody(
            409,
            'Immutable releases are enforced by the repository owner',
            context.operation.documentationUrl,
          ),
        );
      }
      repo.immutableReleases.enabled = false;
      return noContent();
    },
  },
};
