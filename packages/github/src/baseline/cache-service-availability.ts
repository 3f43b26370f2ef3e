import { isEnterpriseServer } from '../enterprise-server.js';

/**
 * Why the Actions cache cannot be used, naming the variable @actions/cache 6 looked for. It speaks cache
 * service v2 (ACTIONS_RESULTS_URL) only when ACTIONS_CACHE_SERVICE_V2 is set and the server is github.com,
 * *.ghe.com or *.localhost; on any other host, i.e. GitHub Enterprise Server, it speaks the legacy protocol
 * at ACTIONS_CACHE_URL (lib/internal/config.js `isGhes`, `getCacheServiceVersion`; lib/cache.js
 * `isFeatureAvailable`). Naming the wrong one sends a GHES administrator after a variable that never matters.
 */
export function cacheUnavailableReason(env: NodeJS.ProcessEnv = process.env): string {
  const legacy = isEnterpriseServer(env['GITHUB_SERVER_URL']) || !env['ACTIONS_CACHE_SERVICE_V2'];
  return legacy
    ? 'the Actions cache service is not available here (ACTIONS_CACHE_URL is not set)'
    : 'the Actions cache service is not available here (ACTIONS_RESULTS_URL is not set)';
}
