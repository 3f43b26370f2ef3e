import { describe, expect, it } from '@jest/globals';
import { isEnterpriseServer } from './enterprise-server.js';

describe('whether a run is on GitHub Enterprise Server', () => {
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
