// A model of the GitHub runner for tests, the demo and benches: run bundled actions with real webhook payloads,
// and read an action.yml the way the runner does.
export { runAction, DEFAULT_STEP_TIMEOUT_MS } from './run-action.js';
export type { ActionRun, RunActionOptions, StepOutcome, StepRun } from './run-action.js';
export {
  webhookEvent,
  webhookExample,
  webhookPayload,
  deepMerge,
  WebhookExampleError,
} from './webhook-payloads.js';
export type { PayloadOverrides, WebhookPayloadOptions } from './webhook-payloads.js';
export { eventRefs, githubContext, runnerContext, runnerEnvironment, syntheticSha } from './runner-env.js';
export type { EventRefs, GitHubRunOptions, RunnerEnvInput, WebhookEvent } from './runner-env.js';
export { HarnessError, inputEnvName, resolveInputs } from './action-inputs.js';
export { actionNodeBinary, NodeRuntimeError } from './node-runtime.js';
export { MAX_ANNOTATIONS_PER_LEVEL } from './step-context.js';
export type { Annotation, AnnotationLevel } from './step-context.js';
export { STEP_SUMMARY_LIMIT_BYTES, parseKeyValueFile, parsePathFile } from './file-commands.js';
export { parseWorkflowCommand, escapeData, escapeProperty } from './workflow-commands.js';
export type { WorkflowCommand } from './workflow-commands.js';
export {
  ACTION_NODE_RUNTIME,
  ACTION_STAGES,
  ActionManifestError,
  readActionManifest,
  stageScripts,
} from './action-manifest.js';
export type { ActionInput, ActionManifest, ActionStage } from './action-manifest.js';
