import { UserError } from '@mlgate/engine';
import type { BaselineSourceSpec, NamespaceMode } from '@mlgate/engine';
import type { EventContext } from '../event-subject.js';
import type { GitHubClient } from '../github-client.js';
import type { BaselineStore } from './baseline-store.js';
import { cacheBaselineStore } from './cache-baseline-store.js';
import { fileBaselineStore } from './file-baseline-store.js';
import { gitBaselineStore } from './git-baseline-store.js';
import { releaseBaselineStore } from './release-baseline-store.js';

/** `cache` | `release` | `git:<ref>` | `file:<path>`, as the `baseline` input and mlgate.yml write it. */
export function parseBaselineSpec(text: string, where: string): BaselineSourceSpec {
  if (text === 'cache' || text === 'release') return { kind: text };
  const [kind, rest] = [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1).trim()];
  if ((kind === 'git' || kind === 'file') && rest !== '') {
    return kind === 'git' ? { kind, ref: rest } : { kind, path: rest };
  }
  throw new UserError(`${where} is '${text}'; expected cache, release, git:<ref> or file:<path>`);
}

export interface BaselineStoreContext {
  readonly workspace: string;
  /** Names the cached baseline (`mlgate-baseline-<name>-<sha>`). */
  readonly name: string;
  readonly context: EventContext;
  /** The current run's metrics files, which `git:<ref>` reads at the ref. */
  readonly currentFiles: readonly string[];
  readonly namespace: NamespaceMode;
  /** The REST client, made on first need: only `release` talks to the API. */
  readonly client: () => GitHubClient;
}

export function openBaselineStore(spec: BaselineSourceSpec, store: BaselineStoreContext): BaselineStore {
  switch (spec.kind) {
    case 'cache':
      return cacheBaselineStore({ workspace: store.workspace, name: store.name, context: store.context });
    case 'git':
      return gitBaselineStore({
        workspace: store.workspace,
        ref: spec.ref,
        files: store.currentFiles,
        namespace: store.namespace,
      });
    case 'release':
      return releaseBaselineStore({
        client: store.client(),
        owner: store.context.repo.owner,
        repo: store.context.repo.repo,
      });
    case 'file':
      return fileBaselineStore(store.workspace, spec.path);
  }
}
