import { describe, expect, it } from '@jest/globals';
import { cacheUnavailableReason, isEnterpriseServer } from './cache-service-availability.js';

describe('which cache variable a missing Actions cache names', () => {
  it('names ACTIONS_RESULTS_URL on github.com with cache service v2', () => {
    expect(
      cacheUnavailableReason({ GITHUB_SERVER_URL: 'https://github.com', ACTIONS_CACHE_SERVICE_V2: 'true' }),
    ).toContain('ACTIONS_RESULTS_URL is not set');
  });

  it('names ACTIONS_CACHE_URL on GitHub Enterprise Server, which only speaks the legacy protocol', () => {
    expect(
      cacheUnavailableReason({
        GITHUB_SERVER_URL: 'https://ghes.example.com',
        ACTIONS_CACHE_SERVICE_V2: 'true',
      }),
    ).toContain('ACTIONS_CACHE_URL is not set');
  });

  it('names ACTIONS_CACHE_URL when v2 is not switched on, wherever the server is', () => {
    expect(cacheUnavailableReason({ GITHUB_SERVER_URL: 'https://github.com' })).toContain(
      'ACTIONS_CACHE_URL',
    );
  });

  it('treats hosts as the toolkit does: github.com, *.ghe.com and *.localhost are not Enterprise Server', () => {
    expect(isEnterpriseServer(undefined)).toBe(false);
    expect(isEnterpriseServer('https://GitHub.com')).toBe(false);
    expect(isEnterpriseServer('https://acme.ghe.com')).toBe(false);
    expect(isEnterpriseServer('http://runner.localhost:8080')).toBe(false);
    expect(isEnterpriseServer('https://ghes.example.com')).toBe(true);
    expect(isEnterpriseServer('http://127.0.0.1:3000')).toBe(true);
    expect(isEnterpriseServer('not a url')).toBe(false);
  });
});
