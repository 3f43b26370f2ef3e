/**
 * Where a GitHub serves its REST API, its uploads and GraphQL, on one origin. github.com spreads them over
 * hosts (api.github.com, uploads.github.com, api.github.com/graphql), which the local GitHub folds onto its
 * origin at the root, `/uploads` and `/graphql`. GitHub Enterprise Server serves them all from its own host
 * under fixed prefixes: REST at `/api/v3` (the `servers` of @octokit/openapi's ghes-3.x descriptions),
 * uploads at `/api/uploads` (the upload operation's own `servers` there), GraphQL at `/api/graphql`
 * (@octokit/graphql rewrites a `…/api/v3` base URL to it), and the web UI at the root.
 */
export interface UrlLayout {
  readonly name: UrlLayoutName;
  /** The REST API's path prefix: '' for the root. */
  readonly api: string;
  /** Where `upload_url` points, with the upload host's paths below it. */
  readonly uploads: string;
  readonly graphql: string;
}

export type UrlLayoutName = 'github.com' | 'enterprise-server';

export const URL_LAYOUTS: Readonly<Record<UrlLayoutName, UrlLayout>> = {
  'github.com': { name: 'github.com', api: '', uploads: '/uploads', graphql: '/graphql' },
  'enterprise-server': {
    name: 'enterprise-server',
    api: '/api/v3',
    uploads: '/api/uploads',
    graphql: '/api/graphql',
  },
};

/** Where a request lands: the REST API (its path below the prefix), the upload host, GraphQL, or nowhere. */
export type LayoutTarget =
  | { readonly kind: 'rest'; readonly path: string }
  | { readonly kind: 'uploads'; readonly path: string }
  | { readonly kind: 'graphql' }
  | { readonly kind: 'outside' };

export function layoutTarget(layout: UrlLayout, pathname: string): LayoutTarget {
  if (pathname === layout.graphql) return { kind: 'graphql' };
  if (pathname.startsWith(`${layout.uploads}/`))
    return { kind: 'uploads', path: pathname.slice(layout.uploads.length) };
  if (layout.api === '') return { kind: 'rest', path: pathname };
  if (pathname.startsWith(`${layout.api}/`)) return { kind: 'rest', path: pathname.slice(layout.api.length) };
  return { kind: 'outside' };
}
