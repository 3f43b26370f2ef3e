import { notFound } from '../github-error-responses.js';
import { renderTagObject } from '../github-representations.js';
import { json, repoOf, type RouteTable } from './route-context.js';

/** Annotated tag objects, which `refs/tags/…` of an annotated tag points at (seeded with `addAnnotatedTag`). */
export const gitTagRoutes: RouteTable = {
  'git/get-tag': {
    resource: 'Tag',
    handle: (context) => {
      const repo = repoOf(context);
      const tag = repo.tagObjects.get((context.params['tag_sha'] ?? '').toLowerCase());
      if (tag === undefined) throw notFound(context.operation.documentationUrl);
      return json(200, renderTagObject(context.urls, repo, tag));
    },
  },
};
