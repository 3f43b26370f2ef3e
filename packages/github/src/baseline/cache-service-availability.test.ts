import { describe, expect, it } from '@jest/globals';
import { cacheUnavailableReason } from './cache-service-availability.js';

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
});
