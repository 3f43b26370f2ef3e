import { UserError } from '@mlgate/engine';
import type { BaselineSourceSpec, NamespaceMode } from '@mlgate/engine';
import type { EventContext } from '../event-subject.js';
import type { GitHubClient } from '../github-client.js';
import type { BaselineStore } from './baseline-store.js';
import { cacheBaselineStore } from './cache-baseline-store.js';
import { fileBaselineStore } from './file-baseline-store.js';
import { gitBaselineStore } from './git-baseline-store.js';
import { releaseBaselineStore } from './release-baseline-store.js';

export interface BaselineStoreContext {
  readonly workspace: string;
  /** Names the cached baseline (`mlgate-baseline-<name>-<sha>`). */
  readonly name: string;
  /** The workflow run; absent outside Actions (the CLI), where the cache cannot be reached. */
  readonly context?: EventContext;
  /** The current run's metrics files, which `git:<ref>` reads at the ref. */
  readonly currentFiles: readonly string[];
  readonly namespace: NamespaceMode;
  /** The REST client, made on first need: only `release` talks to the API. */
  readonly client: () => Promise<GitHubClient>;
  /** The repository whose releases `release` reads. */
  readonly repository: () => Promise<{ readonly owner: string; readonly repo: string }>;
}

export function openBaselineStore(spec: BaselineSourceSpec, store: BaselineStoreContext): BaselineStore {
  switch (spec.kind) {
    case 'cache':
      if (store.context === undefined) {
        throw new UserError(
          'the cache baseline lives in the GitHub Actions cache, which only a workflow run can read; use git:<ref>, release or file:<path> here',
        );
      }
      return cacheBaselineStore({ workspace: store.workspace, name: store.name, context: store.context });
    case 'git':
      return gitBaselineStore({
        workspace: store.workspace,
        ref: spec.ref,
        files: store.currentFiles,
        namespace: store.namespace,
      });
    case 'release':
      return releaseBaselineStore({ client: store.client, repository: store.repository });
    case 'file':
      return fileBaselineStore(store.workspace, spec.path);
  }
}
