import { notFound } from '../github-error-responses.js';
import { renderContentFile, renderFullRepository, renderTag } from '../github-representations.js';
import { paginate } from '../pagination.js';
import { json, repoOf, type RouteContext, type RouteTable } from './route-context.js';

function listTags(context: RouteContext) {
  const repo = repoOf(context);
  const tags = [...repo.refs.entries()]
    .filter(([ref]) => ref.startsWith('refs/tags/'))
    // An annotated tag lists the commit it tags, not its tag object.
    .map(([ref, sha]) =>
      renderTag(
        context.urls,
        repo,
        ref.slice('refs/tags/'.length),
        context.state.resolveCommit(repo, sha) ?? sha,
      ),
    )
    .reverse();
  const page = paginate(tags, context.url);
  return json(200, page.items, page.link === undefined ? undefined : { link: page.link });
}

function getContent(context: RouteContext) {
  const repo = repoOf(context);
  const ref = context.url.searchParams.get('ref') ?? repo.defaultBranch;
  const path = (context.params['path'] ?? '').replace(/^\/+|\/+$/g, '');
  const sha = context.state.resolveCommit(repo, ref);
  // Files are seeded per ref; a SHA finds the files of the branch or tag pointing at it.
  const refNames = [
    ref,
    ...[...repo.refs.entries()]
      .filter(([, target]) => target === sha)
      .map(([name]) => name.replace(/^refs\/(heads|tags)\//, '')),
  ];
  for (const name of refNames) {
    const bytes = repo.files.get(name)?.get(path);
    if (bytes !== undefined) return json(200, renderContentFile(context.urls, repo, ref, path, bytes));
  }
  throw notFound(context.operation.documentationUrl);
}

/** Source: GitHub REST docs, "Rate limits for the REST API": 30 search requests per minute. */
const SEARCH_RATE_LIMIT = 30;

export const repositoryRoutes: RouteTable = {
  'repos/get': {
    resource: 'Repository',
    handle: (context) => json(200, renderFullRepository(context.urls, repoOf(context), context.canWrite)),
  },
  'repos/list-tags': { resource: 'Tag', handle: listTags },
  'repos/get-content': { resource: 'Content', handle: getContent },
  'rate-limit/get': {
    resource: 'RateLimit',
    handle: (context) => {
      const core = context.rateLimit;
      const search = { limit: SEARCH_RATE_LIMIT, remaining: SEARCH_RATE_LIMIT, reset: core.reset, used: 0 };
      return json(200, { resources: { core, search }, rate: core });
    },
  },
};
