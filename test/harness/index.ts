// A model of the GitHub runner for tests: run bundled actions, fixtures and real webhook payloads.
export { runAction, DEFAULT_STEP_TIMEOUT_MS } from './run-action.js';
export type { ActionRun, RunActionOptions, StepOutcome, StepRun } from './run-action.js';
export { buildFixtureAction } from './fixture-action.js';
export type { BuiltAction } from './fixture-action.js';
export {
  webhookEvent,
  webhookExample,
  webhookPayload,
  deepMerge,
  WebhookExampleError,
} from './webhook-payloads.js';
export type { PayloadOverrides, WebhookPayloadOptions } from './webhook-payloads.js';
export { eventRefs, syntheticSha } from './runner-env.js';
export type { EventRefs, GitHubRunOptions, WebhookEvent } from './runner-env.js';
export { HarnessError, inputEnvName } from './action-inputs.js';
export { actionNodeBinary, NodeRuntimeError } from './node-runtime.js';
export { MAX_ANNOTATIONS_PER_LEVEL } from './step-context.js';
export type { Annotation, AnnotationLevel } from './step-context.js';
export { STEP_SUMMARY_LIMIT_BYTES, parseKeyValueFile, parsePathFile } from './file-commands.js';
export { parseWorkflowCommand, escapeData, escapeProperty } from './workflow-commands.js';
export type { WorkflowCommand } from './workflow-commands.js';
export { repoActions } from './repo-actions.js';
export type { RepoActions } from './repo-actions.js';
