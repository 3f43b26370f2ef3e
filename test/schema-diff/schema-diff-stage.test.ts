import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DatasetWork } from '@mlgate/engine';
import { createGitHubClient, runSchemaDiffStage } from '@mlgate/github';
import type { EventContext, SchemaDiffOutcome, SchemaDiffStageRequest } from '@mlgate/github';
import { fakeSha, startLocalGitHub, type LocalGitHub } from '@mlgate/local-github';

// The root action's schema-diff stage: the base version comes from the Contents API at the pull request's
// base SHA (actions/checkout clones one commit deep), or from git when there is no token.
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'schema-diff');
const [OWNER, REPO, TOKEN] = ['acme', 'penguins', 'ghs_schemaDiffStageReadToken0000000001'];
const SCHEMA = 'schemas/penguins.schema.json';

let github: LocalGitHub;
let scratch: string;
let cases = 0;

/** A base commit seeded with `base` files (path → fixture name or text), and a workspace with `head` files. */
async function pullRequest(base: Record<string, string>, head: Record<string, string>) {
  const baseSha = fakeSha(`schema-diff-base-${++cases}`);
  for (const [file, content] of Object.entries(base))
    github.state.addFile(OWNER, REPO, file, await fixtureOrText(content), { ref: baseSha });
  const workspace = await mkdtemp(path.join(scratch, 'workspace-'));
  for (const [file, content] of Object.entries(head)) {
    await mkdir(path.dirname(path.join(workspace, file)), { recursive: true });
    await writeFile(path.join(workspace, file), await fixtureOrText(content));
  }
  return { baseSha, workspace };
}

async function fixtureOrText(content: string): Promise<string> {
  return content.endsWith('.json') || content.endsWith('.yaml')
    ? readFile(path.join(fixtures, content), 'utf8')
    : content;
}

function context(eventName: string, baseSha: string): EventContext {
  return {
    eventName,
    sha: fakeSha('merge'),
    ref: 'refs/pull/3/merge',
    runId: 1,
    runAttempt: 1,
    repo: { owner: OWNER, repo: REPO },
    payload: {
      pull_request: { number: 3, base: { sha: baseSha, ref: 'main' }, head: { sha: fakeSha('h') } },
    },
  };
}

function dataset(name: string, schema = SCHEMA): DatasetWork {
  return { name, schema, data: ['data/*.csv'], dataFrom: 'datasets.0.path', format: 'auto' };
}

function request(workspace: string, baseSha: string, eventName = 'pull_request'): SchemaDiffStageRequest {
  let client: ReturnType<typeof createGitHubClient> | undefined;
  return {
    workspace,
    context: context(eventName, baseSha),
    reportDir: path.join(workspace, 'mlgate-reports'),
    client: () => (client ??= createGitHubClient({ token: TOKEN, baseUrl: github.apiUrl, warn: () => {} })),
  };
}

function only(outcomes: SchemaDiffOutcome[]): SchemaDiffOutcome {
  expect(outcomes).toHaveLength(1);
  return outcomes[0]!;
}

beforeAll(async () => {
  github = await startLocalGitHub();
  github.state.addRepo(OWNER, REPO, { defaultBranch: 'main' });
  github.tokens.add(TOKEN, { access: 'read' });
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-schema-diff-stage-'));
});

afterAll(async () => {
  github?.assertNoViolations();
  await github?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('the schema-diff stage on a pull request', () => {
  it('diffs a schema the pull request changed against its version at the base SHA', async () => {
    const { baseSha, workspace } = await pullRequest(
      { [SCHEMA]: 'penguins.v1.schema.json' },
      { [SCHEMA]: 'penguins.v2-breaking.schema.json' },
    );
    const outcome = only(await runSchemaDiffStage([dataset('penguins')], request(workspace, baseSha)));

    expect(outcome).toMatchObject({ status: 'changed', dataset: 'penguins', schema: SCHEMA });
    if (outcome.status !== 'changed') return;
    expect(outcome.file).toBe(path.join(workspace, 'mlgate-reports', 'schema-diff-penguins.json'));
    const written = JSON.parse(await readFile(outcome.file, 'utf8'));
    expect(written).toEqual(outcome.report);
    expect(written).toMatchObject({
      kind: 'mlgate/schema-diff@1',
      verdict: 'breaking',
      old: { path: `${SCHEMA}@${baseSha.slice(0, 12)}`, language: 'table-schema' },
      new: { path: SCHEMA, language: 'table-schema' },
    });
    expect(outcome.report.changes.map((change) => [change.kind, change.impact, change.field])).toEqual([
      ['field-removed', 'consumers', 'Beak Depth (mm)'],
      ['type-changed', 'consumers', 'Flipper Length (mm)'],
      ['constraint-tightened', 'data', 'Body Mass (g)'],
      ['enum-value-added', 'consumers', 'Sex'],
    ]);
    // Read through the API: the workspace is no git repository, and the base commit's files exist only there.
    expect(
      github.requests
        .filter((entry) => entry.operationId === 'repos/get-content')
        .map((entry) => entry.status),
    ).toEqual([200]);
  });

  it('writes no report for a schema the pull request left alone', async () => {
    const { baseSha, workspace } = await pullRequest(
      { [SCHEMA]: 'penguins.v1.schema.json' },
      { [SCHEMA]: 'penguins.v1.schema.json' },
    );
    const outcome = only(await runSchemaDiffStage([dataset('penguins')], request(workspace, baseSha)));
    expect(outcome).toEqual({ dataset: 'penguins', schema: SCHEMA, status: 'unchanged' });
    await expect(readdir(path.join(workspace, 'mlgate-reports'))).rejects.toThrow(/ENOENT/);
  });

  it('reports a schema the base does not have as new, not as an error', async () => {
    const { baseSha, workspace } = await pullRequest({}, { [SCHEMA]: 'penguins.v1.schema.json' });
    const outcome = only(await runSchemaDiffStage([dataset('penguins')], request(workspace, baseSha)));
    expect(outcome).toEqual({ dataset: 'penguins', schema: SCHEMA, status: 'new' });
  });

  it('says in one line that the base version does not parse', async () => {
    const { baseSha, workspace } = await pullRequest(
      { [SCHEMA]: '{ "fields": [ { "name": "Species", ' },
      { [SCHEMA]: 'penguins.v1.schema.json' },
    );
    const outcome = only(await runSchemaDiffStage([dataset('penguins')], request(workspace, baseSha)));
    expect(outcome).toMatchObject({ status: 'not-compared', schema: SCHEMA });
    if (outcome.status !== 'not-compared') return;
    expect(outcome.reason).toMatch(new RegExp(`^${SCHEMA}@${baseSha.slice(0, 12)}(:\\d+)*: `));
    expect(outcome.reason).not.toContain('\n');
  });

  it('compares a schema shared by two datasets once, and a YAML schema as YAML', async () => {
    const yaml = 'schemas/penguins.schema.yaml';
    const { baseSha, workspace } = await pullRequest(
      { [yaml]: 'penguins.v1.schema.yaml' },
      { [yaml]: 'penguins.v1.schema.yaml' },
    );
    await writeFile(
      path.join(workspace, yaml),
      `${await readFile(path.join(workspace, yaml), 'utf8')}\n# reworded\n`,
    );
    const outcome = only(
      await runSchemaDiffStage([dataset('a', yaml), dataset('b', `./${yaml}`)], request(workspace, baseSha)),
    );
    // Changed bytes that check the same things: reported, as identical.
    expect(outcome).toMatchObject({ status: 'changed', dataset: 'a', report: { verdict: 'identical' } });
  });

  it('does nothing on a push: there is no base to compare with', async () => {
    const { baseSha, workspace } = await pullRequest(
      { [SCHEMA]: 'penguins.v1.schema.json' },
      { [SCHEMA]: 'penguins.v2-breaking.schema.json' },
    );
    expect(await runSchemaDiffStage([dataset('penguins')], request(workspace, baseSha, 'push'))).toEqual([]);
  });

  it('refuses a base version over the schema size limit before reading it', async () => {
    const { baseSha, workspace } = await pullRequest(
      { [SCHEMA]: `{"fields": [], "x": "${'a'.repeat(17 * 1024 * 1024)}"}` },
      { [SCHEMA]: 'penguins.v1.schema.json' },
    );
    const outcome = only(await runSchemaDiffStage([dataset('penguins')], request(workspace, baseSha)));
    expect(outcome).toMatchObject({ status: 'not-compared' });
    if (outcome.status === 'not-compared')
      expect(outcome.reason).toMatch(/has \d+ bytes at .*; at most 16777216/);
  });
});

describe('the schema-diff stage without a token', () => {
  it('reads the base version with git, fetching the base commit a shallow clone lacks', async () => {
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd,
        encoding: 'utf8',
      }).trim();
    const origin = await mkdtemp(path.join(scratch, 'origin-'));
    git(origin, 'init', '-q', '-b', 'main');
    await mkdir(path.join(origin, 'schemas'));
    await copyFile(path.join(fixtures, 'penguins.v1.schema.json'), path.join(origin, SCHEMA));
    git(origin, 'add', '.');
    git(origin, 'commit', '-q', '-m', 'v1');
    const baseSha = git(origin, 'rev-parse', 'HEAD');
    git(origin, 'checkout', '-q', '-b', 'tighten');
    await copyFile(path.join(fixtures, 'penguins.v2-breaking.schema.json'), path.join(origin, SCHEMA));
    git(origin, 'commit', '-q', '-am', 'v2');
    const clone = path.join(scratch, `clone-${++cases}`);
    git(scratch, 'clone', '-q', '--depth=1', '--branch', 'tighten', `file://${origin}`, clone);

    const outcome = only(
      await runSchemaDiffStage([dataset('penguins')], { ...request(clone, baseSha), client: undefined }),
    );
    expect(outcome).toMatchObject({ status: 'changed', report: { verdict: 'breaking' } });
  });
});
