import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '@mlgate/engine';
import { FileNotAtRefError, readFileAtRef } from './git-file-at-ref.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

describe('reading a baseline file at a git ref', () => {
  let root: string;
  let origin: string;
  let clone: string;
  let mainSha: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'mlgate-git-'));
    origin = path.join(root, 'origin');
    git(root, 'init', '-q', '-b', 'main', origin);
    await writeFile(path.join(origin, 'metrics.json'), '{"accuracy": 0.91}\n');
    git(origin, 'add', '.');
    git(origin, 'commit', '-q', '-m', 'baseline');
    mainSha = git(origin, 'rev-parse', 'HEAD');
    git(origin, 'checkout', '-q', '-b', 'feature');
    await writeFile(path.join(origin, 'metrics.json'), '{"accuracy": 0.85}\n');
    git(origin, 'commit', '-q', '-am', 'worse');
    // What actions/checkout does on a pull request: one commit, one branch.
    clone = path.join(root, 'clone');
    git(root, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, clone);
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('fetches a ref a shallow clone lacks, and names the commit and its date', async () => {
    const baseline = await readFileAtRef(clone, 'main', 'metrics.json');
    expect(baseline.content.toString()).toBe('{"accuracy": 0.91}\n');
    expect(baseline.sha).toBe(mainSha);
    expect(baseline.date).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('says which file is missing at which ref', async () => {
    await expect(readFileAtRef(clone, 'main', 'nope.json')).rejects.toThrow(
      new UserError(`'nope.json' does not exist at main (${mainSha.slice(0, 12)})`),
    );
    // A baseline store reads this one as "no baseline yet" rather than a mistake.
    await expect(readFileAtRef(clone, 'main', 'nope.json')).rejects.toBeInstanceOf(FileNotAtRefError);
  });

  it('says when a ref exists nowhere', async () => {
    await expect(readFileAtRef(clone, 'no-such-branch', 'metrics.json')).rejects.toBeInstanceOf(UserError);
  });
});
