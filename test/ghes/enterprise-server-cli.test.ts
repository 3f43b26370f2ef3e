import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '@mlgate/cli';
import { fakeSha, startLocalGitHub, type LocalGitHub } from '@mlgate/local-github';

// The CLI outside Actions against GitHub Enterprise Server, with only GITHUB_API_URL set (no runner gives
// it GITHUB_SERVER_URL): what it links to must be the instance, which serves its web UI where /api/v3 is.
const [OWNER, REPO, TOKEN] = ['acme', 'cli-model', 'ghs_enterpriseServerCliWriteToken0001'];
const commit = fakeSha('ghes-cli-commit');
let github: LocalGitHub;
let scratch: string;

beforeAll(async () => {
  github = await startLocalGitHub({ layout: 'enterprise-server' });
  github.tokens.add(TOKEN, { access: 'write' });
  github.state.addRepo(OWNER, REPO, { defaultBranch: 'main', headSha: commit });
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-ghes-cli-'));
  await mkdir(path.join(scratch, 'model'));
  await writeFile(path.join(scratch, 'model', 'churn.onnx'), Buffer.alloc(10_000, 5));
});

afterAll(async () => {
  await github?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('mlgate model publish on GitHub Enterprise Server, GITHUB_API_URL only', () => {
  it("links the model card's commit to the instance, not to github.com", async () => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(
      [
        'model',
        'publish',
        'model/churn.onnx',
        '--name',
        'churn',
        '--repo',
        `${OWNER}/${REPO}`,
        '--commit',
        commit,
        '--require',
        'none',
      ],
      {
        cwd: scratch,
        env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.apiUrl },
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
      },
    );
    expect({ code, stderr }).toMatchObject({ code: 0 });
    expect(stdout).toContain(`${github.url}/${OWNER}/${REPO}/releases/tag/churn-v1.0.0`);
    const [release] = github.state.repo(OWNER, REPO).releases;
    expect(release?.body).toContain(`${github.url}/${OWNER}/${REPO}/commit/${commit}`);
    expect(release?.body).not.toContain('https://github.com');
    github.assertNoViolations();
  });
});
