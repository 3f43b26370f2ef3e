import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '@mlgate/cli';
import { startLocalGitHub, type LocalGitHub } from '@mlgate/local-github';

// `mlgate compare` reads a baseline from the same stores the compare-metrics action does: a git ref of a
// real repository, the latest release on the (spec-checked local) GitHub, a file. The cache needs the runner.
const metrics = fileURLToPath(new URL('../fixtures/metrics/', import.meta.url));
const policy = fileURLToPath(new URL('../fixtures/compare-metrics/mlgate.yml', import.meta.url));
const [OWNER, REPO, TOKEN] = ['acme', 'cli-models', 'ghp_cliCompareReadToken000000000001'];

let root: string;
let repo: string;
let mainSha: string;
let github: LocalGitHub;

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

async function mlgate(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: repo,
    env,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'mlgate-cli-baselines-'));
  repo = path.join(root, 'repo');
  git(root, 'init', '-q', '-b', 'main', repo);
  copyFileSync(path.join(metrics, 'baseline.json'), path.join(repo, 'metrics.json'));
  copyFileSync(policy, path.join(repo, 'mlgate.yml'));
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'baseline');
  mainSha = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', '-b', 'retrain');
  copyFileSync(path.join(metrics, 'current-regressed.json'), path.join(repo, 'metrics.json'));
  git(repo, 'commit', '-q', '-am', 'retrained, worse');

  github = await startLocalGitHub();
  github.state.addRepo(OWNER, REPO, { defaultBranch: 'main' });
  github.tokens.add(TOKEN, { access: 'read' });
});

afterAll(async () => {
  await github?.close();
  rmSync(root, { recursive: true, force: true });
});

interface Report {
  verdict: string;
  neutralReason?: string;
  baseline: Record<string, unknown>;
}

describe('mlgate compare --baseline', () => {
  it('git:main reads the same metrics file as committed on main, in a real repository', async () => {
    const { code, stdout, stderr } = await mlgate([
      'compare',
      '--current',
      'metrics.json',
      '--baseline',
      'git:main',
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(JSON.parse(stdout) as Report).toMatchObject({
      verdict: 'fail',
      baseline: { source: 'git', ref: 'main', path: 'metrics.json', commit: mainSha },
    });
  });

  it('takes the store from baseline.source in mlgate.yml when no flag names one', async () => {
    const config = readFileSync(policy, 'utf8').replace('baseline:\n', 'baseline:\n  source: git:main\n');
    writeFileSync(path.join(repo, 'git-main.yml'), config);
    const { code, stdout } = await mlgate([
      'compare',
      '--config',
      'git-main.yml',
      '--current',
      'metrics.json',
      '--json',
    ]);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as Report).baseline).toMatchObject({ source: 'git', commit: mainSha });
  });

  it('file:<path> and a plain path read a metrics file', async () => {
    for (const baseline of [
      `file:${path.join(metrics, 'baseline.json')}`,
      path.join(metrics, 'baseline.json'),
    ]) {
      const { code, stdout } = await mlgate([
        'compare',
        '--current',
        'metrics.json',
        '--baseline',
        baseline,
        '--json',
      ]);
      expect(code).toBe(1);
      expect((JSON.parse(stdout) as Report).baseline).toMatchObject({ source: 'file' });
    }
  });

  it('release reads the metrics.json asset of the latest release, with GITHUB_TOKEN and GITHUB_API_URL', async () => {
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.apiUrl, GITHUB_REPOSITORY: `${OWNER}/${REPO}` };
    const none = await mlgate(
      ['compare', '--current', 'metrics.json', '--baseline', 'release', '--json'],
      env,
    );
    expect(none.code).toBe(0);
    expect(JSON.parse(none.stdout) as Report).toMatchObject({
      verdict: 'neutral',
      neutralReason: 'no-baseline',
    });

    const release = github.state.addRelease(OWNER, REPO, { tagName: 'model-v1', targetCommitish: 'main' });
    github.state.addReleaseAsset(OWNER, REPO, release.id, {
      name: 'metrics.json',
      contentType: 'application/json',
      content: readFileSync(path.join(metrics, 'baseline.json')),
    });
    const { code, stdout, stderr } = await mlgate(
      ['compare', '--current', 'metrics.json', '--baseline', 'release', '--json'],
      env,
    );
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as Report).baseline).toMatchObject({
      source: 'release',
      tag: 'model-v1',
      asset: 'metrics.json',
    });
    github.assertNoViolations();
  });

  it('release without a token or a repository says which variable to set (exit 2)', async () => {
    const noToken = await mlgate(['compare', '--current', 'metrics.json', '--baseline', 'release']);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toBe(
      "mlgate compare: baseline 'release' needs GITHUB_TOKEN (and GITHUB_API_URL off github.com)\n",
    );
    const noRepository = await mlgate(['compare', '--current', 'metrics.json', '--baseline', 'release'], {
      GITHUB_TOKEN: TOKEN,
    });
    expect(noRepository.code).toBe(2);
    expect(noRepository.stderr).toBe(
      "mlgate compare: baseline 'release' needs the repository: set GITHUB_REPOSITORY=owner/name\n",
    );
  });

  it('cache: named on the command line, an error that says what to use instead (exit 2)', async () => {
    const { code, stderr } = await mlgate(['compare', '--current', 'metrics.json', '--baseline', 'cache']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'mlgate compare: the cache baseline lives in the GitHub Actions cache, which only a workflow run can read; use git:<ref>, release or file:<path> here\n',
    );
  });
});
