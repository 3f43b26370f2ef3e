import type { ArtifactRegistry } from './artifact-registry.js';
import { ActionsArtifactService } from './artifact-service.js';
import { startAzurite } from './azurite-launcher.js';
import { startBlobFaultProxy } from './blob-fault-proxy.js';
import { ActionsCacheService } from './cache-service.js';
import { FaultInjector } from './fault-injection.js';
import { cacheScopesFor, mintRuntimeToken, type CacheScope } from './runtime-token.js';
import { SignedBlobStore } from './signed-blob-store.js';
import { startTwirpServer } from './twirp-server.js';

const CACHE_CONTAINER = 'actions-cache';
const ARTIFACT_CONTAINER = 'actions-results';

/**
 * The toolkit only speaks cache service v2 when the server URL is GitHub itself (github.com, *.ghe.com or
 * *.localhost); any other host is treated as Enterprise Server and sent to the legacy protocol
 * (@actions/cache lib/internal/config.js `isGhes`; @actions/artifact refuses to run at all). Nothing is
 * fetched from it: the API URL and the results URL point at the local servers.
 */
const SERVER_URL_FOR_V2 = 'https://github.com';

/** Who a runtime token speaks for: a run and job, and the cache scopes GitHub would grant that job. */
export type RuntimeTokenRequest = {
  readonly runId: number;
  readonly jobId: number;
} & (
  | {
      /** The ref the job runs for (`refs/heads/main`, `refs/pull/7/merge`): read and write. */
      readonly ref: string;
      /** Refs it may also restore from, read-only: for a pull request, its base / the default branch. */
      readonly readFrom?: readonly string[];
    }
  | { readonly cacheScopes: readonly CacheScope[] }
);

export interface ActionsServices {
  /** The origin the clients take from ACTIONS_RESULTS_URL. */
  readonly resultsUrl: string;
  readonly cache: ActionsCacheService;
  readonly artifacts: ArtifactRegistry;
  readonly azuriteStartupMs: number;
  /**
   * Faults for the Twirp calls, named `<Service>/<Method>` (`CacheService/GetCacheEntryDownloadURL`,
   * `ArtifactService/CreateArtifact`), and for the blob transfers behind the signed URLs, named
   * `actions-cache/download|upload` and `actions-results/download|upload`: the same rules as the REST server's.
   */
  readonly faults: FaultInjector;
  runtimeToken(request: RuntimeTokenRequest): string;
  /** The environment @actions/cache and @actions/artifact read, for a job described by `request`. */
  envFor(request: RuntimeTokenRequest): Record<string, string>;
  close(): Promise<void>;
}

/** Starts Azurite and the results service (cache v2 + artifacts) in front of it, all on 127.0.0.1. */
export async function startActionsServices(): Promise<ActionsServices> {
  const azurite = await startAzurite();
  const faults = new FaultInjector();
  const blobProxy = await startBlobFaultProxy(new URL(azurite.client.url).origin, faults);
  try {
    const [cacheBlobs, artifactBlobs] = await Promise.all([
      SignedBlobStore.open(azurite.client, azurite.credential, CACHE_CONTAINER, blobProxy.url),
      SignedBlobStore.open(azurite.client, azurite.credential, ARTIFACT_CONTAINER, blobProxy.url),
    ]);
    const cache = new ActionsCacheService(cacheBlobs);
    const artifacts = new ActionsArtifactService(artifactBlobs);
    const twirp = await startTwirpServer([cache.twirpService, artifacts.twirpService], faults);
    const runtimeToken = (request: RuntimeTokenRequest): string =>
      mintRuntimeToken({
        runId: request.runId,
        jobId: request.jobId,
        cacheScopes:
          'cacheScopes' in request ? request.cacheScopes : cacheScopesFor(request.ref, request.readFrom),
      });
    return {
      resultsUrl: twirp.url,
      cache,
      artifacts,
      azuriteStartupMs: azurite.startupMs,
      faults,
      runtimeToken,
      envFor: (request) => ({
        ACTIONS_RESULTS_URL: `${twirp.url}/`,
        ACTIONS_RUNTIME_TOKEN: runtimeToken(request),
        ACTIONS_CACHE_SERVICE_V2: 'true',
        GITHUB_SERVER_URL: SERVER_URL_FOR_V2,
      }),
      close: async () => {
        faults.clear();
        await twirp.close();
        await artifacts.settle();
        await blobProxy.close();
        await azurite.stop();
      },
    };
  } catch (error) {
    await blobProxy.close();
    await azurite.stop();
    throw error;
  }
}
