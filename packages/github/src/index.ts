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
export { formatStamp, isNewerThan, isValidCommentId, parseStamp } from './comment-marker.js';
export type { CommentStamp } from './comment-marker.js';
export { StickyModes, postStickyComment, stampedBody } from './sticky-comment.js';
export type {
  PostedComment,
  StickyCommentRequest,
  StickyCommentResult,
  StickyMode,
} from './sticky-comment.js';
export { publishCheckRun } from './check-run.js';
export type { CheckAnnotation, CheckConclusion, CheckRunRequest, CheckRunResult } from './check-run.js';
export { fitToBytes, writeStepSummary } from './step-summary.js';
export { emitAnnotations } from './workflow-annotations.js';
export type { WorkflowAnnotation } from './workflow-annotations.js';
