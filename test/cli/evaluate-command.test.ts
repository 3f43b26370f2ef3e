import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '@mlgate/cli';

// `mlgate evaluate` in-process on the committed penguin predictions, against second runs written from them
// deterministically: a few correct predictions flipped (noise) or many (a real drop).
const root = fileURLToPath(new URL('../..', import.meta.url));
const predictions = 'test/fixtures/evaluate/binary-sex.csv';
const scratch = mkdtempSync(join(tmpdir(), 'mlgate-cli-evaluate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function mlgate(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd: root, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** binary-sex.csv with the first `worse` correct predictions made wrong, and the header renamed as given. */
function changedPredictions(name: string, worse: number, header?: (line: string) => string): string {
  const [head, ...rows] = readFileSync(join(root, predictions), 'utf8').trimEnd().split('\n');
  let flipped = 0;
  const changed = rows.map((row) => {
    const cells = row.split(',');
    if (cells[1] === cells[2] && flipped < worse) {
      cells[2] = cells[1] === 'MALE' ? 'FEMALE' : 'MALE';
      flipped++;
    }
    return cells.join(',');
  });
  const file = join(scratch, name);
  writeFileSync(file, `${[header ? header(head!) : head, ...changed].join('\n')}\n`);
  return file;
}

function config(name: string, text: string): string {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
}

const SIGNIFICANCE = config(
  'mlgate.yml',
  `metrics:
  rules:
    accuracy:
      direction: higher
      significance: { alpha: 0.05 }
`,
);

describe('mlgate evaluate', () => {
  it('without baseline predictions: the metrics, neutral, exit 0', async () => {
    const result = await mlgate(
      'evaluate',
      '--predictions',
      predictions,
      '--metrics',
      'accuracy,f1',
      '--json',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ kind: 'mlgate/evaluation@1', verdict: 'neutral', average: 'binary' });
    expect(report.metrics.map((m: { name: string }) => m.name)).toEqual(['accuracy', 'f1']);
    expect(report.metrics[0].current).toBeCloseTo(0.7065868263473054, 12);
  });

  it('a small noisy drop passes as not significant; the text shows the interval next to Δ', async () => {
    const current = changedPredictions('noisy.csv', 2);
    const result = await mlgate(
      'evaluate',
      '--predictions',
      current,
      '--baseline-predictions',
      predictions,
      '--metrics',
      'accuracy',
      '--config',
      SIGNIFICANCE,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/accuracy .*−1\.2 pts \[−[\d.]+, [+0][\d.]*\], not significant/);
  });

  it('a real drop fails with exit 1, and --report writes the same report', async () => {
    const current = changedPredictions('dropped.csv', 30);
    const reportFile = join(scratch, 'evaluation.json');
    const result = await mlgate(
      'evaluate',
      '--predictions',
      current,
      '--baseline-predictions',
      predictions,
      '--slices',
      'island',
      '--config',
      SIGNIFICANCE,
      '--json',
      '--report',
      reportFile,
      '--seed',
      '11',
      '--resamples',
      '500',
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ verdict: 'fail', bootstrap: { seed: 11, resamples: 500 } });
    expect(report.metrics.find((m: { name: string }) => m.name === 'accuracy')).toMatchObject({
      verdict: 'fail',
      significant: true,
    });
    expect(report.metrics.map((m: { name: string }) => m.name)).toContain('slice.island=Dream.accuracy');
    expect(JSON.parse(readFileSync(reportFile, 'utf8'))).toEqual(report);
  });

  it('--fail-on decides which verdict exits 1, as in validate and compare', async () => {
    const current = changedPredictions('dropped-again.csv', 30);
    const args = ['evaluate', '--predictions', current, '--baseline-predictions', predictions];
    const judged = [...args, '--metrics', 'accuracy', '--config', SIGNIFICANCE];
    expect((await mlgate(...judged, '--fail-on', 'never')).code).toBe(0);
    expect((await mlgate(...judged, '--fail-on', 'fail')).code).toBe(1);
    const bad = await mlgate(...judged, '--fail-on', 'sometimes');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/fail-on/);
  });

  it('reads the column names from evaluate: in mlgate.yml', async () => {
    const current = changedPredictions('renamed.csv', 0, (head) =>
      head.replace(/^id,label,prediction/, 'example,truth,guess'),
    );
    const renamed = config('renamed.yml', 'evaluate:\n  id: example\n  label: truth\n  prediction: guess\n');
    const result = await mlgate(
      'evaluate',
      '--predictions',
      current,
      '--metrics',
      'accuracy',
      '--config',
      renamed,
      '--json',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout).metrics[0].current).toBeCloseTo(0.7065868263473054, 12);
  });

  it('exit 2 with one line for a bad config, a bad flag or a missing column', async () => {
    const typo = config(
      'typo.yml',
      'metrics:\n  rules:\n    accuracy:\n      significance: { alpha: 0.05, resample: 10 }\n',
    );
    const cases = [
      ['--predictions', predictions, '--config', typo],
      ['--predictions', predictions, '--task', 'ranking'],
      ['--predictions', predictions, '--metrics', 'accuracy,speed'],
      ['--predictions', predictions, '--task', 'regression'],
      ['--baseline-predictions', predictions],
    ];
    const results = await Promise.all(cases.map((argv) => mlgate('evaluate', ...argv)));
    for (const result of results) {
      expect(result.code).toBe(2);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(results[0]!.stderr).toMatch(/typo\.yml:4:.*resample/);
  });
});
