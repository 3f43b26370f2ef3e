import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ComparisonReport, MetricComparison } from '@mlgate/engine';
import { runCli } from '../../packages/cli/src/run-cli.js';
import { startLocalGitHub } from '@mlgate/local-github';
import type { LocalGitHub } from '@mlgate/local-github';
import {
  HEAD_SHA,
  OWNER,
  REPO,
  REPOSITORY,
  WRITE_TOKEN,
  commentsOn,
  comparisonReport,
  pullRequestEvent,
  removeWorkspace,
  runComment,
  seedPullRequest,
  validationReport,
  workspaceWith,
} from './comment-test-setup.js';

let github: LocalGitHub;
const workspaces: string[] = [];

beforeAll(async () => {
  github = await startLocalGitHub();
  github.tokens.add(WRITE_TOKEN, { access: 'write' });
  github.state.addRepo(OWNER, REPO);
}, 120_000);

afterAll(async () => {
  await github?.close();
  for (const dir of workspaces) await removeWorkspace(dir);
});

const subject = (pullRequest: number) => ({ repository: REPOSITORY, sha: HEAD_SHA, pullRequest, runId: 42 });

function failing(template: MetricComparison, name: string): MetricComparison {
  return { ...template, name, verdict: 'fail', source: { file: 'metrics.json', line: 1 } };
}

async function postAndRead(pullRequest: number, reports: Record<string, unknown>) {
  const workspace = await workspaceWith(reports);
  workspaces.push(workspace);
  seedPullRequest(github, pullRequest);
  const run = await runComment(github, {
    inputs: { reports: 'reports/*.json' },
    event: pullRequestEvent(pullRequest),
    workspace,
    runId: 42,
  });
  expect(run.outcome).toBe('success');
  const [comment] = commentsOn(github, pullRequest);
  if (comment === undefined) throw new Error(`no comment on #${pullRequest}: ${run.log.join('\n')}`);
  return { run, workspace, body: comment.body };
}

describe('what the comment shows, as posted', () => {
  it('is exactly what `mlgate report --markdown` prints, below the stamp line', async () => {
    const { body, workspace } = await postAndRead(20, {
      'comparison.json': await comparisonReport(subject(20)),
      'validation.json': await validationReport(subject(20)),
    });
    let stdout = '';
    const code = await runCli(
      [
        'report',
        'reports/comparison.json',
        'reports/validation.json',
        '--markdown',
        '--server-url',
        'https://github.com',
      ],
      { cwd: workspace, stdout: (text) => (stdout += text), stderr: () => undefined },
    );
    expect(code).toBe(1);
    expect(body.slice(body.indexOf('\n') + 1)).toBe(stdout);
    expect(stdout).toContain(`[workflow run](https://github.com/${REPOSITORY}/actions/runs/42)`);
    github.assertNoViolations();
  }, 120_000);

  it('cuts a 200,000-character report below 65,536 characters, keeping the verdict and the regressions', async () => {
    const base = await comparisonReport(subject(21));
    const template = base.metrics[0]!;
    const metrics = Array.from({ length: 1200 }, (_, index) =>
      failing(template, `model.layer_${String(index).padStart(4, '0')}.${'weight_norm'.repeat(8)}`),
    );
    const passing = Array.from({ length: 400 }, (_, index) => ({
      ...template,
      name: `stable_${index}`,
      verdict: 'pass' as const,
    }));
    const report: ComparisonReport = {
      ...base,
      metrics: [...metrics, ...passing],
      summary: { ...base.summary, total: 1600, fail: 1200, pass: 400, warn: 0, missing: 0 },
    };
    const full = JSON.stringify(report).length;
    expect(full).toBeGreaterThan(200_000);
    const { body, run } = await postAndRead(21, { 'comparison.json': report });
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(60_000);
    expect(body).toContain('## ❌ mlgate: failed');
    expect(body).toContain('model.layer\\_0000.');
    expect(body).toMatch(/\| … \| \d+ more regressions, in the full report \|/);
    expect(body).not.toContain('stable\\_0');
    expect(body).toContain(
      'The [job summary](https://github.com/octo-org/model-zoo/actions/runs/42) has the full report.',
    );
    // The job summary carries everything.
    expect(run.summary).toContain('model.layer\\_1199.');
    expect(run.summary).toContain('stable\\_399');
    github.assertNoViolations();
  }, 120_000);

  it('renders injection payloads in metric names and data inert', async () => {
    const base = await comparisonReport(subject(22));
    const template = base.metrics[0]!;
    const payloads = [
      '<img src=x onerror=alert(1)>',
      '@octo-org/security-team please approve',
      '[click me](javascript:alert(document.cookie))',
      'a|b|c',
      'fixes #123',
      '`rm -rf /`',
      '![tracker](https://evil.example/pixel.png)',
      '<!-- hidden --><details open>',
      'www.evil.example/login',
    ];
    const report: ComparisonReport = { ...base, metrics: payloads.map((name) => failing(template, name)) };
    const validation = await validationReport(subject(22));
    const poisoned = {
      ...validation,
      errors: [{ ...validation.errors[0]!, file: '<script>x</script>.csv', value: '@here ](javascript:x)' }],
    };
    const { body } = await postAndRead(22, { 'comparison.json': report, 'validation.json': poisoned });
    const shown = body.slice(body.indexOf('\n') + 1);
    for (const raw of ['<img', '<script', '<!-- hidden', '<details open', '](javascript', '![tracker]']) {
      expect(shown).not.toContain(raw);
    }
    // A backtick only ever appears backslash-escaped, so no code span opens.
    expect(shown.replace(/```mermaid[\s\S]*?```/, '')).not.toMatch(/(^|[^\\])`/m);
    expect(shown).not.toMatch(/@octo-org|@here|#123|www\.evil/);
    expect(shown).toContain('&#64;&#8203;octo-org/security-team');
    expect(shown).toContain('&#35;&#8203;123');
    // Every regression row still has its seven cells: a `|` in a name did not add one.
    const rows = shown.split('\n').filter((line) => line.startsWith('| ❌ fail |'));
    expect(rows).toHaveLength(payloads.length);
    for (const row of rows) expect(row.split('|')).toHaveLength(9);
    github.assertNoViolations();
  }, 120_000);
});
