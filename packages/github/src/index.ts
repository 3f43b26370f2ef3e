export { GitHubLimits } from './github-limits.js';
export { createGitHubClient } from './github-client.js';
export type { GitHubClient, GitHubClientOptions } from './github-client.js';
export { runAction } from './action-runner.js';
export {
  booleanInput,
  choiceInput,
  integerInput,
  listInput,
  requiredStringInput,
  stringInput,
} from './action-inputs.js';
export { isForkPullRequest, isPushToDefaultBranch, subjectOf } from './event-subject.js';
export type { EventContext } from './event-subject.js';
