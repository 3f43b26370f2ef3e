// The actions' bodies: each actions/<name>/main.ts loads one of these inside runAction.
export { gateAction } from './actions/gate-action.js';
export { validateDataAction } from './actions/validate-data-action.js';
export { mergeReportsAction } from './actions/merge-reports-action.js';
export { compareMetricsAction } from './actions/compare-metrics-action.js';
export { commentAction } from './actions/comment-action.js';
export { publishModelAction } from './actions/publish-model-action.js';
export {
  ACTIONS,
  CommentAction,
  CompareMetricsAction,
  GateAction,
  MergeReportsAction,
  PublishModelAction,
  REPORTING_ACTIONS,
  ValidateDataAction,
} from './actions/action-io.js';
export type { ActionIo } from './actions/action-io.js';
export { runAction } from './actions/action-runner.js';
export type { ActionBody } from './actions/action-runner.js';
export { describeGitHubFailure } from './github-failure.js';
// The GitHub client and what a run is about.
export { createGitHubClient } from './github-client.js';
export type { GitHubClient, GitHubClientOptions } from './github-client.js';
export { isForkPullRequest, isPushToDefaultBranch, readEventContext, subjectOf } from './event-subject.js';
export type { EventContext } from './event-subject.js';
// The root action's stage that diffs the schemas a pull request changed against its base.
export { runSchemaDiffStage } from './stages/schema-diff-stage.js';
export type { SchemaDiffOutcome, SchemaDiffStageRequest } from './stages/schema-diff-stage.js';
// Starting workflows.
export { dispatchWorkflow, workflowIdOf } from './dispatch/workflow-dispatch.js';
export type { WorkflowDispatchRequest } from './dispatch/workflow-dispatch.js';
// The one publisher and its surfaces.
export { SURFACE_OUTPUTS, publish } from './publish/publisher.js';
export type {
  OutputName,
  PublishDeps,
  PublishRequest,
  PublishResult,
  PublishSurfaces,
} from './publish/publisher.js';
export { postStickyComment, stampedBody } from './publish/sticky-comment.js';
export type { PostedComment, StickyCommentRequest, StickyCommentResult } from './publish/sticky-comment.js';
export { publishCheckRun } from './publish/check-run.js';
export type { CheckRunRequest, CheckRunResult } from './publish/check-run.js';
export { fitToBytes, writeStepSummary } from './publish/step-summary.js';
export {
  downloadReportArtifact,
  reportArtifactName,
  uploadReportArtifact,
} from './publish/report-artifact.js';
export type { ArtifactSource } from './publish/report-artifact.js';
export type { CommentOutcome, CommentResult, CommentSurface } from './publish/comment-surface.js';
// Baselines.
export type { BaselineSaveRequest, BaselineSaveResult, BaselineStore } from './baseline/baseline-store.js';
export { openBaselineStore } from './baseline/open-baseline-store.js';
export type { BaselineStoreContext } from './baseline/open-baseline-store.js';
export { baselineCacheKeyPrefix, baselineCachePath } from './baseline/cache-baseline-store.js';
export { RELEASE_METRICS_ASSET } from './baseline/release-baseline-store.js';
// Model releases.
export { findModelVersion, manifestOf, modelVersions, restoreModel } from './release/model-restore.js';
export type { ModelVersion, RestoredModel } from './release/model-restore.js';
export { publishModelRelease } from './release/model-release.js';
export { PUBLISH_REQUIREMENTS, parseRequirements, publishModel } from './release/model-publication.js';
export type {
  ModelPublicationOutcome,
  ModelPublicationRequest,
  PublishRequirement,
} from './release/model-publication.js';
export { hashModelFiles, resolveModelFiles } from './release/model-files.js';
export { readReleaseProfiles } from './release/release-profiles.js';
export type { ReleaseProfile } from './release/release-profiles.js';
export type { HashedModelFile, ModelFile as ModelFileOnDisk } from './release/model-files.js';
export type { ModelReleaseOutcome, ModelReleaseRequest } from './release/model-release.js';
