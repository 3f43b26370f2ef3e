export { GitHubLimits } from './github-limits.js';
export { createGitHubClient } from './github-client.js';
export type { GitHubClient, GitHubClientOptions } from './github-client.js';
export { runAction } from './action-runner.js';
export {
  booleanInput,
  choiceInput,
  integerInput,
  listInput,
  optionalBooleanInput,
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
export { MAX_STAMP_LINE_CHARS } from './comment-marker.js';
export { checkRunMarkdown, commentMarkdown, summaryMarkdown } from './report-surfaces.js';
export type { SurfaceContext } from './report-surfaces.js';
export { readReportFile, readReportFiles } from './report-files.js';
export type { ReportFile } from './report-files.js';
export { downloadReportArtifact, reportArtifactName, uploadReportArtifact } from './report-artifact.js';
export type { ArtifactSource } from './report-artifact.js';
export { runCommentFlow } from './comment-flow.js';
export type { CommentFlowDeps, CommentFlowResult, CommentInputs, CommentOutcome } from './comment-flow.js';
export { runCompareMetrics } from './compare-metrics-flow.js';
export type { CompareMetricsOutcome, CompareMetricsRequest } from './compare-metrics-flow.js';
export { FAIL_ON, checkConclusion, gateExitCode, gateFails } from './comparison-gate.js';
export type { FailOn } from './comparison-gate.js';
export type { BaselineSaveRequest, BaselineSaveResult, BaselineStore } from './baseline/baseline-store.js';
export { openBaselineStore, parseBaselineSpec } from './baseline/open-baseline-store.js';
export type { BaselineStoreContext } from './baseline/open-baseline-store.js';
export { baselineCacheKeyPrefix, baselineCachePath } from './baseline/cache-baseline-store.js';
export { RELEASE_METRICS_ASSET } from './baseline/release-baseline-store.js';
export { DATA_FAIL_ON, dataAnnotations, runValidateData } from './validate-data-flow.js';
export type {
  DataFailOn,
  DatasetOutcome,
  ValidateDataOutcome,
  ValidateDataRequest,
} from './validate-data-flow.js';
