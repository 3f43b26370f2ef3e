import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fakeSha, startLocalGitHub, type LocalGitHub } from '@mlgate/local-github';
import { runAction, webhookEvent } from '@mlgate/runner-harness';
import { repoActions } from '../../scripts/repo-actions.js';

// A pull request that edits the Table Schema its data is checked against, through the bundled root action on
// Node 24: the workspace holds only the head (as actions/checkout leaves it, one commit deep), so the base
// version comes from the Contents API at the pull request's base SHA.
const demo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'demo-project');
const [OWNER, REPO, TOKEN] = ['acme', 'churn-schema', 'ghs_schemaDiffRootActionToken000000001'];
const SCHEMA = 'schemas/customers.schema.json';
const baseSha = fakeSha('schema-diff-main');
const headSha = fakeSha('schema-diff-head');

interface TableSchema {
  fields: { name: string; constraints?: Record<string, unknown> }[];
  [key: string]: unknown;
}

let github: LocalGitHub;
let scratch: string;

beforeAll(async () => {
  github = await startLocalGitHub();
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-root-schema-diff-'));
  github.state.addRepo(OWNER, REPO, { defaultBranch: 'main' });
  github.tokens.add(TOKEN, { access: 'write' });
  github.state.addPullRequest(OWNER, REPO, {
    number: 12,
    head: { ref: 'drop-churned', sha: headSha },
    base: { ref: 'main', sha: baseSha },
  });
  github.state.addFile(OWNER, REPO, SCHEMA, await readFile(path.join(demo, SCHEMA)), { ref: baseSha });
});

afterAll(async () => {
  github?.assertNoViolations();
  await github?.close();
  await rm(scratch, { recursive: true, force: true });
});

/** The head of the pull request: `churned` dropped from schema and data, monthly_spend given a ceiling. */
async function headWorkspace(): Promise<string> {
  const dir = await mkdtemp(path.join(scratch, 'head-'));
  const schema = JSON.parse(await readFile(path.join(demo, SCHEMA), 'utf8')) as TableSchema;
  schema.fields = schema.fields.filter((field) => field.name !== 'churned');
  const spend = schema.fields.find((field) => field.name === 'monthly_spend')!;
  spend.constraints = { ...spend.constraints, maximum: 1000 };
  await mkdir(path.join(dir, 'schemas'));
  await writeFile(path.join(dir, SCHEMA), `${JSON.stringify(schema, null, 2)}\n`);
  const csv = await readFile(path.join(demo, 'main', 'data', 'customers.csv'), 'utf8');
  await mkdir(path.join(dir, 'data'));
  await writeFile(
    path.join(dir, 'data', 'customers.csv'),
    csv.replace(/,[^,\n]*$/gm, ''), // the last column, churned
  );
  await writeFile(
    path.join(dir, 'mlgate.yml'),
    [
      'version: 1',
      'datasets:',
      '  - name: customers',
      '    path: [data/customers.csv]',
      `    schema: ${SCHEMA}`,
      '',
    ].join('\n'),
  );
  return dir;
}

describe('the root action on a pull request that changes a schema', () => {
  it('diffs the schema against the base branch version and writes the report', async () => {
    const workspace = await headWorkspace();
    const run = await runAction((await repoActions()).dir('.'), {
      event: webhookEvent('pull_request', {
        action: 'synchronize',
        repository: `${OWNER}/${REPO}`,
        overrides: {
          number: 12,
          pull_request: {
            number: 12,
            head: { sha: headSha, ref: 'drop-churned' },
            base: { sha: baseSha, ref: 'main' },
          },
          repository: { default_branch: 'main' },
        },
      }),
      workspace,
      inputs: { 'report-dir': 'mlgate-reports' },
      env: { GITHUB_REF: 'refs/pull/12/merge' },
      github: { token: TOKEN, apiUrl: github.apiUrl, runId: '9012' },
    });

    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(
      await readFile(path.join(workspace, 'mlgate-reports', 'schema-diff-customers.json'), 'utf8'),
    );
    expect(report).toMatchObject({
      kind: 'mlgate/schema-diff@1',
      verdict: 'breaking',
      old: { path: `${SCHEMA}@${baseSha.slice(0, 12)}` },
      new: { path: SCHEMA },
    });
    expect(
      report.changes.map((change: { kind: string; field: string }) => [change.kind, change.field]),
    ).toEqual([
      ['field-removed', 'churned'],
      ['constraint-tightened', 'monthly_spend'],
    ]);
    expect(run.log.join('\n')).toContain(`mlgate: schema ${SCHEMA} changed (breaking)`);
    const comments = github.state.findRepo(OWNER, REPO)!.issueComments;
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('churned');
    const reads = github.requests.filter((request) => request.operationId === 'repos/get-content');
    expect(reads.map((request) => request.status)).toEqual([200]);
  });
});
