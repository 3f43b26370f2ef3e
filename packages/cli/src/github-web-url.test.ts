import { describe, expect, it } from '@jest/globals';
import { githubWebUrl } from './github-web-url.js';

describe('the web root CLI links point at', () => {
  it('is GITHUB_SERVER_URL when it is set', () => {
    expect(
      githubWebUrl({
        GITHUB_SERVER_URL: 'https://ghes.example.com',
        GITHUB_API_URL: 'https://x.example/api/v3',
      }),
    ).toBe('https://ghes.example.com');
  });

  it("is a GitHub Enterprise Server's host when only its /api/v3 API URL is set", () => {
    expect(githubWebUrl({ GITHUB_API_URL: 'https://ghes.example.com/api/v3' })).toBe(
      'https://ghes.example.com',
    );
    expect(githubWebUrl({ GITHUB_API_URL: 'http://10.0.0.5:8080/api/v3/' })).toBe('http://10.0.0.5:8080');
  });

  it('is left to the default for api.github.com, another API URL, or none', () => {
    expect(githubWebUrl({ GITHUB_API_URL: 'https://api.github.com' })).toBeUndefined();
    expect(githubWebUrl({ GITHUB_API_URL: 'https://proxy.example/github' })).toBeUndefined();
    expect(githubWebUrl({ GITHUB_API_URL: 'not a url' })).toBeUndefined();
    expect(githubWebUrl({ GITHUB_SERVER_URL: '' })).toBeUndefined();
  });
});
