import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const READY = /^# local GitHub for acme\/models is ready$/;

let sandbox: ChildProcessWithoutNullStreams | undefined;

/** The NAME=value lines the sandbox prints before its ready line. */
function printedEnvironment(child: ChildProcessWithoutNullStreams): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const environment: Record<string, string> = {};
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (READY.test(line)) resolve(environment);
      const [, name, value] = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line) ?? [];
      if (name !== undefined && value !== undefined) environment[name] = value;
    });
    child.on('exit', (code) => reject(new Error(`the sandbox exited (${code}) before it was ready`)));
  });
}

function exitCode(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

afterAll(() => {
  // Only if the test failed before stopping it.
  if (sandbox?.exitCode === null) sandbox.kill('SIGKILL');
});

describe('npm run local-github', () => {
  it('prints what a shell needs, answers with the token it printed, logs refused requests, and stops on SIGTERM', async () => {
    sandbox = spawn(tsx, ['scripts/local-github-sandbox.ts'], { cwd: root });
    let stderr = '';
    sandbox.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const environment = await printedEnvironment(sandbox);

    expect(Object.keys(environment)).toEqual(
      expect.arrayContaining([
        'GITHUB_API_URL',
        'GITHUB_TOKEN',
        'GITHUB_REPOSITORY',
        'ACTIONS_RESULTS_URL',
        'ACTIONS_RUNTIME_TOKEN',
        'ACTIONS_CACHE_SERVICE_V2',
      ]),
    );
    expect(environment['GITHUB_API_URL']).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const api = `${environment['GITHUB_API_URL']}/repos/${environment['GITHUB_REPOSITORY']}`;
    const headers = { authorization: `token ${environment['GITHUB_TOKEN']}` };

    const repo = await fetch(api, { headers });
    expect(repo.status).toBe(200);
    expect(await repo.json()).toMatchObject({
      full_name: 'acme/models',
      default_branch: 'main',
      permissions: { push: true },
    });
    // A request GitHub would refuse is answered as GitHub answers it, and logged.
    const refused = await fetch(`${api}/issues/1/comments`, { method: 'POST', headers, body: '{}' });
    expect(refused.status).toBe(422);
    expect(stderr).toContain('[local-github] rejected POST /repos/acme/models/issues/1/comments');

    sandbox.kill('SIGTERM');
    expect(await exitCode(sandbox)).toBe(0);
    // Every server is down: the API and the results service (in front of Azurite) refuse connections.
    await expect(fetch(api, { headers })).rejects.toThrow();
    await expect(fetch(environment['ACTIONS_RESULTS_URL'] ?? '')).rejects.toThrow();
  });
});
