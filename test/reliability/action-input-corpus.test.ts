import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fakeSha, startLocalGitHub, type LocalGitHub } from '@mlgate/local-github';
import { runAction, webhookEvent } from '@mlgate/runner-harness';
import { repoActions, type RepoActions } from '../../scripts/repo-actions.js';
import { actionCases } from './corpus/action-cases.js';
import { fingerprint, layOut } from './corpus/case-files.js';
import type { ActionCase } from './corpus/corpus-case.js';

// Every input of every action, given a bad value, through the bundled action on Node 24 as the runner runs
// it: one error annotation naming the input (and the file and line where there is one), exit 2, no stack,
// nothing written to GitHub, no input file touched.
const [OWNER, REPO, TOKEN] = ['acme', 'models', 'ghs_corpusActionToken0000000000000001'];
const head = fakeSha('corpus-head');
const main = fakeSha('corpus-main');

let github: LocalGitHub;
let actions: RepoActions;
const scratch = mkdtempSync(path.join(tmpdir(), 'mlgate-action-corpus-'));

beforeAll(async () => {
  [github, actions] = await Promise.all([startLocalGitHub(), repoActions()]);
  github.state.addRepo(OWNER, REPO, { defaultBranch: 'main' });
  github.tokens.add(TOKEN, { access: 'write' });
  github.state.addPullRequest(OWNER, REPO, {
    number: 7,
    head: { ref: 'topic', sha: head },
    base: { ref: 'main', sha: main },
  });
}, 120_000);
afterAll(async () => {
  await github?.close();
  rmSync(scratch, { recursive: true, force: true });
});

function eventFor(testCase: ActionCase) {
  return testCase.event === 'push'
    ? webhookEvent('push', {
        repository: `${OWNER}/${REPO}`,
        overrides: { ref: 'refs/heads/main', after: main, repository: { default_branch: 'main' } },
      })
    : webhookEvent('pull_request', {
        action: 'synchronize',
        repository: `${OWNER}/${REPO}`,
        overrides: {
          number: 7,
          pull_request: { number: 7, head: { sha: head, ref: 'topic' }, base: { sha: main, ref: 'main' } },
          repository: { default_branch: 'main' },
        },
      });
}

const STACK_LINE = /\n\s+at .+:\d+:\d+\)?/;

const byKind = new Map<string, ActionCase[]>();
for (const testCase of actionCases)
  byKind.set(testCase.kind, [...(byKind.get(testCase.kind) ?? []), testCase]);

let counter = 0;
for (const [kind, cases] of byKind) {
  describe(`corpus: ${kind}`, () => {
    for (const testCase of cases) {
      it(`${testCase.title} → exit ${testCase.expect.exit}`, async () => {
        const workspace = path.join(scratch, `case-${++counter}`);
        layOut(workspace, testCase.files ?? {});
        const before = fingerprint(workspace);
        const writesBefore = github.requests.filter((r) => r.method !== 'GET').length;
        const run = await runAction(actions.dir(testCase.action), {
          event: eventFor(testCase),
          workspace,
          inputs: testCase.inputs,
          ...(testCase.env ? { env: testCase.env } : {}),
          github: { token: TOKEN, apiUrl: github.apiUrl },
        });
        const log = [...run.log, run.stderr].join('\n');
        const errors = run.annotations.filter((a) => a.level === 'error');
        expect({ exit: run.exitCode, errors: errors.map((e) => e.message) }).toMatchObject({
          exit: testCase.expect.exit,
        });
        expect(log).not.toMatch(STACK_LINE);
        expect(log).not.toMatch(/internal error/);
        expect(log).not.toContain(TOKEN);
        expect(errors).toHaveLength(1);
        expect(errors[0]!.message).toMatch(testCase.expect.says);
        if (testCase.expect.at !== undefined) {
          const [file, line] = testCase.expect.at.split(':');
          expect({ file: errors[0]!.file, line: errors[0]!.line }).toEqual({
            file,
            line: line === undefined ? errors[0]!.line : Number(line),
          });
        }
        for (const text of testCase.never ?? []) {
          if (typeof text === 'string') expect(log).not.toContain(text);
          else expect(errors.map((e) => e.message).join('\n')).not.toMatch(text);
        }
        expect(github.requests.filter((r) => r.method !== 'GET').length).toBe(writesBefore);
        const after = fingerprint(workspace);
        for (const [file, sum] of Object.entries(before))
          expect({ file, sum: after[file] }).toEqual({ file, sum });
        rmSync(workspace, { recursive: true, force: true });
      }, 60_000);
    }
  });
}
