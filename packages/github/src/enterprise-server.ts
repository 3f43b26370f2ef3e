/**
 * Whether the run is on GitHub Enterprise Server, by the toolkit's own rule: any GITHUB_SERVER_URL host but
 * github.com, *.ghe.com and *.localhost (@actions/cache and @actions/artifact 6, lib/internal/config.js
 * `isGhes`). What they decide by it, mlgate must decide the same way: the cache speaks only its legacy
 * protocol there, and the artifact client refuses to run at all (GHESNotSupportedError).
 */
export function isEnterpriseServer(serverUrl: string | undefined): boolean {
  let host: string;
  try {
    host = new URL(serverUrl || 'https://github.com').hostname.toUpperCase();
  } catch {
    return false;
  }
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}
