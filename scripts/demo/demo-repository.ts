// The team's repository on the local GitHub (every request checked against GitHub's OpenAPI description),
// with the Actions cache and artifact services on Azurite, and the steps of its workflows run as the
// runner runs them: the bundled actions on Node 24, one job each, with the event that starts it.
import path from 'node:path';
import {
  fakeSha,
  startActionsServices,
  startLocalGitHub,
  type ActionsServices,
  type LocalGitHub,
} from '@mlgate/local-github';
import { runAction, webhookEvent, type ActionRun, type WebhookEvent } from '@mlgate/runner-harness';
import { repoActions, type RepoActions } from '../repo-actions.js';

export const OWNER = 'acme';
export const REPO = 'penguins';
const TOKEN = 'ghs_demoWeekWriteToken00000000000001';
/** retrain.yml's inputs, as workflows-examples/retrain.yml declares them. */
const RETRAIN_INPUTS = {
  reason: { required: true },
  'drifted-columns': {},
  'regressed-metrics': {},
  sha: {},
};

/** The job a step runs in: what started it. */
export type Trigger =
  | { readonly kind: 'push'; readonly sha: string }
  | { readonly kind: 'pull_request'; readonly number: number; readonly sha: string; readonly title: string }
  | { readonly kind: 'schedule'; readonly sha: string; readonly cron: string };

export class DemoRepository {
  private runId = 100;

  private constructor(
    readonly github: LocalGitHub,
    readonly services: ActionsServices,
    private readonly actions: RepoActions,
  ) {}

  static async start(mainSha: string): Promise<DemoRepository> {
    const [github, services, actions] = await Promise.all([
      startLocalGitHub(),
      startActionsServices(),
      repoActions(),
    ]);
    github.state.addRepo(OWNER, REPO, { defaultBranch: 'main', headSha: mainSha });
    github.tokens.add(TOKEN, { access: 'write' });
    github.state.addWorkflow(OWNER, REPO, { file: 'retrain.yml', inputs: RETRAIN_INPUTS });
    return new DemoRepository(github, services, actions);
  }

  get apiUrl(): string {
    return this.github.apiUrl;
  }

  get token(): string {
    return TOKEN;
  }

  get state() {
    return this.github.state.repo(OWNER, REPO);
  }

  openPullRequest(number: number, title: string, head: string): void {
    this.github.state.addPullRequest(OWNER, REPO, {
      number,
      title,
      user: 'dana',
      head: { ref: `pr-${number}`, sha: head },
      base: { ref: 'main', sha: this.mainSha() },
    });
  }

  approve(number: number, reviewer: string, body: string): void {
    this.github.state.addReviews(OWNER, REPO, number, [{ user: reviewer, state: 'APPROVED', body }]);
  }

  /** Merges as GitHub's merge button does: the pull request closed and merged, main moved to the merge commit. */
  merge(number: number, mergeCommit: string): void {
    const pull = this.state.pulls.get(number);
    if (pull === undefined) throw new Error(`no pull request #${number}`);
    const now = new Date();
    Object.assign(pull, { state: 'closed', closedAt: now, mergedAt: now, mergeCommitSha: mergeCommit });
    this.github.state.addRef(OWNER, REPO, 'refs/heads/main', mergeCommit);
  }

  mainSha(): string {
    return this.state.refs.get('refs/heads/main') ?? fakeSha('main');
  }

  /** The root action (validate, drift, compare, evaluate, comment, gate) in `workspace`. */
  gate(trigger: Trigger, workspace: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
    return this.run('.', trigger, workspace, { 'report-dir': path.join(workspace, 'reports'), ...inputs });
  }

  /**
   * publish-model, the step after the gate on a push to main, given the gate's reports (the model card's
   * metrics and data) and the profiles it wrote (later runs judge drift against the released model's data).
   */
  publish(trigger: Trigger, workspace: string, gate: ActionRun): Promise<ActionRun> {
    return this.run('publish-model', trigger, workspace, {
      reports: gate.outputs['reports'] ?? '',
      profiles: path.join(workspace, 'reports', 'profiles', '*.json'),
    });
  }

  private run(
    action: string,
    trigger: Trigger,
    workspace: string,
    inputs: Record<string, string>,
  ): Promise<ActionRun> {
    const runId = ++this.runId;
    const pull = trigger.kind === 'pull_request';
    // The pull-request workflow grants no `actions: write` (least privilege): GitHub refuses its token a
    // workflow_dispatch with 403, and a pull request's drift or regression starts no retraining of main.
    if (pull) {
      this.github.faults.add({
        operationId: 'actions/create-workflow-dispatch',
        fault: { kind: 'status', status: 403, message: 'Resource not accessible by integration' },
      });
    }
    return runAction(this.actions.dir(action), {
      event: eventOf(trigger, this.mainSha()),
      workspace,
      inputs,
      // A pull request's cache scope reads main's entries; main's jobs read and write their own.
      env: this.services.envFor({
        runId,
        jobId: 1,
        ref: pull ? `refs/pull/${trigger.number}/merge` : 'refs/heads/main',
        ...(pull ? { readFrom: ['refs/heads/main'] } : {}),
      }),
      github: {
        token: TOKEN,
        apiUrl: this.github.apiUrl,
        runId: String(runId),
        sha: trigger.sha,
        ...(pull ? {} : { ref: 'refs/heads/main' }),
      },
      timeoutMs: 120_000,
    }).finally(() => this.github.faults.clear());
  }

  async close(): Promise<void> {
    await Promise.all([this.github.close(), this.services.close()]);
  }
}

function eventOf(trigger: Trigger, mainSha: string): WebhookEvent {
  const repository = `${OWNER}/${REPO}`;
  switch (trigger.kind) {
    case 'push':
      return webhookEvent('push', {
        repository,
        overrides: { ref: 'refs/heads/main', after: trigger.sha, repository: { default_branch: 'main' } },
      });
    case 'pull_request':
      return webhookEvent('pull_request', {
        action: 'opened',
        repository,
        overrides: {
          number: trigger.number,
          pull_request: {
            number: trigger.number,
            title: trigger.title,
            head: { sha: trigger.sha, ref: `pr-${trigger.number}` },
            base: { ref: 'main', sha: mainSha },
          },
          repository: { default_branch: 'main' },
        },
      });
    case 'schedule': {
      // GitHub's schedule payload: the cron line and the repository (there is no recorded example to copy).
      const push = webhookEvent('push', {
        repository,
        overrides: { repository: { default_branch: 'main' } },
      });
      return {
        name: 'schedule',
        payload: { schedule: trigger.cron, repository: push.payload['repository'] },
      };
    }
  }
}
