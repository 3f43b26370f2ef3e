export { GitHubLimits } from './github-limits.js';
export { createGitHubClient } from './github-client.js';
export type { GitHubClient, GitHubClientOptions } from './github-client.js';
