// npm run demo: the whole pull-request flow, end to end, on this machine. A local GitHub (every request
// checked against GitHub's OpenAPI description), the Actions cache service on Azurite, and the bundled root
// action run on Node 24 exactly as the runner runs it: a push to main keeps the baseline, then a pull
// request that broke the data and the model is gated, with the sticky comment and the check run it leaves.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeSha, startActionsServices, startLocalGitHub } from '@mlgate/local-github';
import { runAction, webhookEvent, type ActionRun } from '@mlgate/runner-harness';
import { repoActions } from './repo-actions.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const project = path.join(root, 'test', 'fixtures', 'demo-project');
const out = path.join(root, '.tmp', 'demo');
const [OWNER, REPO, TOKEN] = ['acme', 'churn-model', 'ghs_demoWriteToken000000000000000001'];

const say = (text = ''): void => void process.stdout.write(`${text}\n`);

async function workspaceFor(stage: 'main' | 'pull-request', into: string): Promise<string> {
  await mkdir(into, { recursive: true });
  await cp(path.join(project, 'mlgate.yml'), path.join(into, 'mlgate.yml'));
  await cp(path.join(project, 'schemas'), path.join(into, 'schemas'), { recursive: true });
  await cp(path.join(project, stage), into, { recursive: true });
  return into;
}

function show(run: ActionRun): void {
  say(`   exit code ${run.exitCode}; outputs: ${JSON.stringify(run.outputs)}`);
  for (const a of run.annotations.slice(0, 6)) {
    say(`   ${a.level}: ${a.file ?? ''}${a.line !== undefined ? `:${a.line}` : ''} ${a.message}`);
  }
}

const started = Date.now();
const [github, services, actions] = await Promise.all([
  startLocalGitHub(),
  startActionsServices(),
  repoActions(),
]);
const scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-demo-'));
try {
  github.state.addRepo(OWNER, REPO, { defaultBranch: 'main' });
  github.tokens.add(TOKEN, { access: 'write' });
  const mainSha = fakeSha('main-1');
  const headSha = fakeSha('feature-1');
  github.state.addPullRequest(OWNER, REPO, {
    number: 7,
    title: 'Retrain on the new customer export',
    head: { ref: 'retrain', sha: headSha },
    base: { ref: 'main', sha: mainSha },
  });
  const job = (runId: number, ref: string, readFrom?: string[]) => ({
    env: services.envFor({ runId, jobId: 1, ref, ...(readFrom ? { readFrom } : {}) }),
    github: { token: TOKEN, apiUrl: github.apiUrl, runId: String(runId) },
  });

  say('mlgate demo: local GitHub + Actions cache on Azurite + the bundled root action on Node 24\n');
  say(`1. push to main (${mainSha.slice(0, 7)}): measure, and keep the metrics as the baseline`);
  const push = await runAction(actions.dir('.'), {
    event: webhookEvent('push', {
      repository: `${OWNER}/${REPO}`,
      overrides: { ref: 'refs/heads/main', after: mainSha, repository: { default_branch: 'main' } },
    }),
    workspace: await workspaceFor('main', path.join(scratch, 'main')),
    ...job(101, 'refs/heads/main'),
  });
  show(push);
  say(
    `   cache: ${services.cache
      .list()
      .map((entry) => entry.key)
      .join(', ')}`,
  );

  say(`\n2. pull request #7 (${headSha.slice(0, 7)}): a bad data export and a worse model`);
  const pr = await runAction(actions.dir('.'), {
    event: webhookEvent('pull_request', {
      action: 'opened',
      repository: `${OWNER}/${REPO}`,
      overrides: {
        number: 7,
        pull_request: {
          number: 7,
          head: { sha: headSha, ref: 'retrain' },
          base: { sha: mainSha, ref: 'main' },
        },
        repository: { default_branch: 'main' },
      },
    }),
    workspace: await workspaceFor('pull-request', path.join(scratch, 'pr')),
    ...job(102, 'refs/pull/7/merge', ['refs/heads/main']),
  });
  show(pr);

  const repo = github.state.findRepo(OWNER, REPO);
  const comment = repo?.issueComments.find((c) => c.issueNumber === 7);
  const checks = (repo?.checkRuns ?? []).filter((c) => c.headSha === headSha);
  say(
    `\n   check runs on ${headSha.slice(0, 7)}: ${checks.map((c) => `${c.name} → ${c.conclusion}`).join(', ')}`,
  );
  await mkdir(out, { recursive: true });
  if (comment !== undefined) await writeFile(path.join(out, 'comment.md'), comment.body);
  if (pr.summary !== undefined) await writeFile(path.join(out, 'summary.md'), pr.summary);
  say(`\n--- the sticky comment on pull request #7 (also in .tmp/demo/comment.md) ---\n`);
  say(comment?.body ?? '(no comment was posted)');
  say('--- end of comment ---');
  github.assertNoViolations();
  const ok = push.exitCode === 0 && pr.exitCode === 1 && comment !== undefined;
  say(
    `\nThe local GitHub saw ${github.requests.length} requests, all valid against GitHub's OpenAPI description.`,
  );
  say(`demo ${ok ? 'finished' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await Promise.all([github.close(), services.close()]);
  await rm(scratch, { recursive: true, force: true });
}
