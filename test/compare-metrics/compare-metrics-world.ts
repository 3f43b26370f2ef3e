// One repository on the local GitHub, the Actions cache over Azurite, and the bundled compare-metrics
// action, with helpers that run it for a push to main or a pull request the way a workflow job would.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fakeSha,
  startActionsServices,
  startLocalGitHub,
  type ActionsServices,
  type LocalGitHub,
} from '@mlgate/local-github';
import { runAction, webhookEvent, type ActionRun, type WebhookEvent } from '@mlgate/runner-harness';
import { repoActions } from '../../scripts/repo-actions.js';

export const OWNER = 'acme';
export const REPO = 'models';
export const WRITE_TOKEN = 'ghs_compareMetricsWriteToken0001';
export const READ_TOKEN = 'ghs_compareMetricsReadOnlyToken01';

const here = path.dirname(fileURLToPath(import.meta.url));
export const METRICS_FIXTURES = path.join(here, '..', 'fixtures', 'metrics');
export const COMPARE_FIXTURES = path.join(here, '..', 'fixtures', 'compare-metrics');

export interface World {
  readonly github: LocalGitHub;
  readonly services: ActionsServices;
  readonly actionDir: string;
  /** A fresh workspace holding `metrics.json` (a copy of a metrics fixture) and the fixture mlgate.yml. */
  workspace(metricsFixture: string, extra?: Readonly<Record<string, string>>): Promise<string>;
  close(): Promise<void>;
}

export async function startWorld(options: { services?: boolean } = {}): Promise<World> {
  const started = await Promise.allSettled([
    startLocalGitHub(),
    options.services === false ? Promise.resolve(undefined) : startActionsServices(),
    repoActions(),
  ] as const);
  const [githubStart, servicesStart, actionsStart] = started;
  if (
    githubStart.status === 'rejected' ||
    servicesStart.status === 'rejected' ||
    actionsStart.status === 'rejected'
  ) {
    // Stop whatever did start, so a failed setup leaves no server behind to keep jest alive.
    if (githubStart.status === 'fulfilled') await githubStart.value.close();
    if (servicesStart.status === 'fulfilled') await servicesStart.value?.close();
    throw started.map((result) => (result.status === 'rejected' ? result.reason : undefined)).find(Boolean);
  }
  const [github, services, actions] = [githubStart.value, servicesStart.value, actionsStart.value];
  github.state.addRepo(OWNER, REPO, { defaultBranch: 'main' });
  github.tokens.add(WRITE_TOKEN, { access: 'write' });
  github.tokens.add(READ_TOKEN, { access: 'read' });
  const root = await mkdtemp(path.join(tmpdir(), 'mlgate-compare-'));
  let count = 0;
  return {
    github,
    services: services as ActionsServices,
    actionDir: actions.dir('compare-metrics'),
    async workspace(metricsFixture, extra = {}) {
      const dir = path.join(root, `workspace-${++count}`);
      await mkdir(dir, { recursive: true });
      await copyFile(path.join(METRICS_FIXTURES, metricsFixture), path.join(dir, 'metrics.json'));
      await copyFile(path.join(COMPARE_FIXTURES, 'mlgate.yml'), path.join(dir, 'mlgate.yml'));
      for (const [name, content] of Object.entries(extra)) {
        await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
        await writeFile(path.join(dir, name), content);
      }
      return dir;
    },
    async close() {
      await Promise.all([github.close(), services?.close()]);
      await rm(root, { recursive: true, force: true });
    },
  };
}

export const commit = (label: string): string => fakeSha(label);

export function pushToMain(after: string, before: string = '0'.repeat(40)): WebhookEvent {
  return webhookEvent('push', {
    repository: `${OWNER}/${REPO}`,
    overrides: {
      ref: 'refs/heads/main',
      before,
      after,
      base_ref: null,
      repository: { default_branch: 'main', master_branch: 'main' },
    },
  });
}

export function pullRequest(
  number: number,
  head: string,
  base: string,
  action: 'opened' | 'synchronize' = 'opened',
): WebhookEvent {
  return webhookEvent('pull_request', {
    action,
    repository: `${OWNER}/${REPO}`,
    overrides: {
      number,
      pull_request: {
        number,
        head: { sha: head, ref: `feature-${number}` },
        base: { sha: base, ref: 'main' },
        merge_commit_sha: commit(`merge-${number}-${head}`),
      },
      repository: { default_branch: 'main' },
    },
  });
}

let runIds = 9000;

export interface RunOptions {
  readonly event: WebhookEvent;
  readonly workspace: string;
  readonly inputs?: Readonly<Record<string, string>>;
  readonly token?: string;
  /** Without the cache service's variables: as outside GitHub Actions. */
  readonly noCache?: boolean;
}

/** Runs the bundled action as one job of a workflow run for the event, with a runtime token scoped as GitHub would. */
export function runCompare(world: World, options: RunOptions): Promise<ActionRun> {
  const runId = ++runIds;
  const { event } = options;
  const pull = event.payload['pull_request'] as { number: number } | undefined;
  const cacheEnv =
    options.noCache === true
      ? {}
      : world.services.envFor(
          pull === undefined
            ? { runId, jobId: 1, ref: String(event.payload['ref']) }
            : { runId, jobId: 1, ref: `refs/pull/${pull.number}/merge`, readFrom: ['refs/heads/main'] },
        );
  return runAction(world.actionDir, {
    event,
    workspace: options.workspace,
    inputs: options.inputs ?? {},
    env: cacheEnv,
    github: {
      token: options.token ?? WRITE_TOKEN,
      apiUrl: world.github.apiUrl,
      runId: String(runId),
    },
  });
}
