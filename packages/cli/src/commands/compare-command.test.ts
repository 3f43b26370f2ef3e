import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../run-cli.js';

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/metrics/', import.meta.url));

async function mlgate(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: fixtures,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

interface JsonRow {
  name: string;
  baseline: unknown;
  current: unknown;
  delta: unknown;
  verdict: string;
}

describe('mlgate compare', () => {
  it('exits 1 on a regression and prints a readable table', async () => {
    const { code, stdout, stderr } = await mlgate(
      'compare',
      '--current',
      'current-regressed.json',
      '--baseline',
      'baseline.json',
    );
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^verdict: fail \(2 metrics failed\)\nbaseline: file baseline\.json\n/);
    expect(stdout).toMatch(/fail +accuracy +0\.9 +0\.85 +-0\.05 +-5\.56% +dropped 0\.05/);
  });

  it('exits 0 on an improvement; --json prints verdict and metrics[] with name, baseline, current, delta, verdict', async () => {
    const { code, stdout } = await mlgate(
      'compare',
      '--current',
      'current-improved.json',
      '--baseline',
      'baseline.json',
      '--json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { verdict: string; metrics: JsonRow[] };
    expect(report.verdict).toBe('pass');
    expect(report.metrics.find((row) => row.name === 'accuracy')).toMatchObject({
      name: 'accuracy',
      baseline: { type: 'number', value: 0.9 },
      current: { type: 'number', value: 0.93 },
      delta: { absolute: expect.any(Number), relative: expect.any(Number) },
      verdict: 'improved',
    });
    for (const row of report.metrics)
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['name', 'baseline', 'current', 'delta', 'verdict']),
      );
  });

  it('takes the policy from ./mlgate.yml, or the file --config names', async () => {
    const implicit = JSON.parse(
      (await mlgate('compare', '--current', 'current-improved.json', '--json')).stdout,
    ) as {
      policy: { file: string };
      baseline: { path: string };
    };
    expect(implicit.policy.file).toBe('mlgate.yml');
    expect(implicit.baseline.path).toBe('baseline.json'); // baseline.source: file:baseline.json
    const explicit = await mlgate(
      'compare',
      '--current',
      'nested.json',
      '--config',
      'policy-glob-nothing.yml',
      '--json',
    );
    expect(JSON.parse(explicit.stdout)).toMatchObject({
      policy: { kind: 'file', file: 'policy-glob-nothing.yml' },
    });
  });

  it('is neutral (no-baseline, exit 0) when there is none, and fails (exit 1) when one is required', async () => {
    const neutral = await mlgate(
      'compare',
      '--current',
      'nested.json',
      '--config',
      'policy-glob-nothing.yml',
      '--json',
    );
    expect(neutral.code).toBe(0);
    expect(JSON.parse(neutral.stdout)).toMatchObject({
      verdict: 'neutral',
      neutralReason: 'no-baseline',
      baseline: {
        source: 'none',
        reason:
          'the cache baseline lives in GitHub Actions; give --baseline git:<ref>, release, file:<path> or a metrics file',
      },
      warnings: [{ message: "the rule 'per_slice.*.auc' matches no metric" }],
    });
    const required = await mlgate(
      'compare',
      '--current',
      'nested.json',
      '--config',
      'policy-glob-nothing.yml',
      '--require-baseline',
    );
    expect(required.code).toBe(1);
  });

  it('fails a metric that became NaN', async () => {
    const { code, stdout } = await mlgate(
      'compare',
      '--current',
      'current-nan.json',
      '--baseline',
      'baseline.json',
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/fail +loss +0\.25 +NaN .* became NaN/);
  });

  it('prints the pull request comment with --markdown, through the one renderer', async () => {
    const { code, stdout } = await mlgate(
      'compare',
      '--current',
      'current-regressed.json',
      '--baseline',
      'baseline.json',
      '--markdown',
    );
    expect(code).toBe(1);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      '## ❌ mlgate: failed',
      '',
      '- ❌ **Metrics**: 2 metrics failed',
    ]);
    expect(stdout).toContain('| ❌ fail | accuracy | 0.9 | 0.85 | -0.05 | -5.56% |');
  });

  it('writes the JSON report with --report', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-compare-'));
    try {
      const target = path.join(dir, 'report.json');
      const { code } = await mlgate(
        'compare',
        '--current',
        'current-improved.json',
        '--baseline',
        'baseline.json',
        '--report',
        target,
      );
      expect(code).toBe(0);
      expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({
        kind: 'mlgate/comparison@1',
        verdict: 'pass',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [
      ['--current', 'bad-value.json'],
      'bad-value.json:3:9: metric \'f1\': value "0.9x" is not a number (a number with a suffix)',
    ],
    [['--current', 'empty.json'], 'empty.json:1: the file is empty'],
    [['--current', 'unparsable.json'], 'unparsable.json:3:15: not valid JSON: expected a quoted key'],
    [
      ['--current', 'dup-a.json', 'dup-b.json', '--namespace', 'none'],
      "dup-b.json:3: metric 'accuracy' is in both dup-a.json (line 1) and dup-b.json (line 3)",
    ],
    [
      ['--current', 'nested.json', '--config', 'policy-misspelt.yml'],
      "policy-misspelt.yml:5:7: unknown key 'tolerence' in metrics.rules.accuracy; did you mean 'tolerance'?",
    ],
    [['--current', 'missing.json'], 'missing.json: no such metrics file'],
    [['--current', 'nested.json', '--json', '--markdown'], 'choose one of --json and --markdown'],
    [
      ['--current', 'nested.json', '--frobnicate'],
      "unknown option '--frobnicate' (see mlgate compare --help)",
    ],
    [['--current'], '--current needs a value'],
    [['--current', 'nested.json', '--policy', 'mlgate.yml'], '--policy is now --config'],
    [['--current', 'nested.json', '--fail-on', 'error'], '--fail-on error is now --fail-on fail'],
    [
      ['--current', 'nested.json', '--baseline', 'cache'],
      'the cache baseline lives in the GitHub Actions cache',
    ],
  ])('exits 2 with one line on bad input: %j', async (args, message) => {
    const { code, stdout, stderr } = await mlgate('compare', ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`mlgate compare: ${message}`);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
