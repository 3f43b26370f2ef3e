export {};
export { startActionsServices, type ActionsServices, type RuntimeTokenRequest } from './actions-services.js';
export { ActionsCacheService, type CacheEntrySummary } from './cache-service.js';
export { ActionsArtifactService } from './artifact-service.js';
export { startAzurite, type AzuriteBlobService } from './azurite-launcher.js';
export { CachePermission, cacheScopesFor, mintRuntimeToken, type CacheScope } from './runtime-token.js';
export {
  startLocalGitHub,
  type LocalGitHub,
  type LocalGitHubOptions,
  type LoggedRequest,
  type RequestViolation,
  type ResponseViolation,
} from './local-github-server.js';
export {
  GitHubState,
  fakeSha,
  type AuthorAssociation,
  type SeedAnnotatedTag,
  type SeedCheckRun,
  type SeedRelease,
  type SeedReleaseAsset,
  type SeedReview,
  type SeedWorkflow,
  type WorkflowDispatchRecord,
  type WorkflowInputDeclaration,
  type WorkflowRecord,
} from './github-state.js';
export { MAX_RELEASE_ASSET_BYTES } from './routes/release-asset-routes.js';
export { TokenRegistry, GITHUB_ACTIONS_BOT, type TokenAccess, type TokenOptions } from './token-auth.js';
export type { Route, RouteContext, RouteResult, RouteTable } from './routes/route-context.js';
export {
  FaultInjector,
  type Fault,
  type FaultRule,
  type FaultTarget,
  type FiredFault,
} from './fault-injection.js';
