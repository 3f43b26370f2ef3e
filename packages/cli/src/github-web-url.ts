/**
 * The web root links should point at (commits in a model card, runs in a report), outside Actions where
 * the runner's GITHUB_SERVER_URL may be missing: GITHUB_SERVER_URL, else what GITHUB_API_URL implies.
 * GitHub Enterprise Server serves its REST API at `<web root>/api/v3`, so a user who set only the API URL
 * (all `model` needs) still gets links to their instance, not to github.com. Any other API URL says
 * nothing certain about the web root: undefined, and the renderers' github.com default applies.
 */
export function githubWebUrl(env: NodeJS.ProcessEnv): string | undefined {
  const server = env['GITHUB_SERVER_URL'];
  if (server !== undefined && server !== '') return server;
  const api = env['GITHUB_API_URL'];
  if (api === undefined || api === '') return undefined;
  let url: URL;
  try {
    url = new URL(api);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const path = url.pathname.replace(/\/+$/, '');
  return path === '/api/v3' ? url.origin : undefined;
}
