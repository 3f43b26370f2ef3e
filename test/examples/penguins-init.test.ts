import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { runCli } from '@mlgate/cli';
import { parseFlags, train } from '../../examples/penguins/train.js';

// `mlgate init` in the example project as a team has it before adopting mlgate: its data, its training
// script and the files one training run wrote, but no mlgate.yml and no schemas. What init writes then
// passes `mlgate validate` and `mlgate compare` unchanged.
const project = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'penguins');
let scratch: string;
let dir: string;

async function mlgate(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let [stdout, stderr] = ['', ''];
  const code = await runCli(argv, { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-penguins-init-'));
  dir = path.join(scratch, 'penguins');
  await cp(project, dir, {
    recursive: true,
    filter: (source) => !/[/\\](out|model|schemas|mlgate\.yml)$/.test(source),
  });
  train(parseFlags(['--trees', '5'], dir));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('mlgate init in examples/penguins without its config', () => {
  it('finds the penguins, the training metrics and the predictions, and writes a config, a schema and the workflows', async () => {
    const init = await mlgate('init');
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('schemas/penguins.schema.json');
    const config = parse(await readFile(path.join(dir, 'mlgate.yml'), 'utf8')) as {
      datasets: { name: string; path: string[] }[];
      metrics: { files: string[]; rules: Record<string, { direction: string }> };
      evaluate: unknown;
    };
    expect(config.datasets).toContainEqual(
      expect.objectContaining({ name: 'penguins', path: ['data/penguins.csv'] }),
    );
    expect(config.metrics.files).toEqual(['out/metrics.json']);
    // The per-bird predictions are judged against main's, not validated as a second dataset.
    expect(config.datasets.map((dataset) => dataset.name)).toEqual(['penguins']);
    expect(config.evaluate).toEqual({ predictions: 'out/predictions.csv' });
    expect(config.metrics.rules['accuracy']).toMatchObject({
      direction: 'higher',
      significance: { alpha: 0.05 },
    });
    expect(config.metrics.rules['cv.accuracy']?.direction).toBe('higher');
    expect(config.metrics.rules['cv.log_loss']?.direction).toBe('lower');
  });

  it('the config it wrote passes mlgate validate, the quirks of the data included', async () => {
    const validated = await mlgate('validate');
    expect(validated.stderr).toBe('');
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain('344 rows, no errors');
  });

  it('and mlgate evaluate, another seed against this run: not significant, exit 0', async () => {
    await cp(path.join(dir, 'out', 'predictions.csv'), path.join(scratch, 'main-predictions.csv'));
    train(parseFlags(['--trees', '5', '--seed', '9'], dir));
    const evaluated = await mlgate(
      'evaluate',
      '--predictions',
      'out/predictions.csv',
      '--baseline-predictions',
      path.join(scratch, 'main-predictions.csv'),
      '--json',
    );
    expect(evaluated.stderr).toBe('');
    expect(evaluated.code).toBe(0);
    const report = JSON.parse(evaluated.stdout) as { metrics: { name: string; significant?: boolean }[] };
    expect(report.metrics.find((metric) => metric.name === 'accuracy')?.significant).toBe(false);
  });

  it('and mlgate compare against the same run', async () => {
    const compared = await mlgate('compare', '--baseline', 'out/metrics.json', '--json');
    expect(compared.stderr).toBe('');
    expect(compared.code).toBe(0);
    const report = JSON.parse(compared.stdout) as { verdict: string; metrics: { name: string }[] };
    expect(report.verdict).toBe('pass');
    expect(report.metrics.map((metric) => metric.name)).toContain('cv.accuracy');
  });
});
