import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '@mlgate/cli';
import { parseFlags, train } from '../../examples/penguins/train.js';

// The example project's training (examples/penguins/train.ts) on the committed Palmer penguins: the same
// flags give the same files byte for byte, and the metrics it writes are the ones mlgate computes from
// the predictions it writes, so the gate judges exactly what the team reads in out/metrics.json.
const project = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'penguins');
let scratch: string;

async function checkout(name: string): Promise<string> {
  const dir = path.join(scratch, name);
  await cp(project, dir, { recursive: true, filter: (source) => !/[/\\](out|model)$/.test(source) });
  return dir;
}

async function mlgate(
  cwd: string,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let [stdout, stderr] = ['', ''];
  const code = await runCli(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const FLAGS = ['--trees', '8', '--seed', '3'];
const files = ['out/metrics.json', 'out/predictions.csv', 'model/penguin-sex.json', 'model/info.json'];
let first: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-penguins-'));
  first = await checkout('first');
  train(parseFlags(FLAGS, first));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('examples/penguins/train.ts', () => {
  it('writes the same files, byte for byte, from the same flags', async () => {
    const second = await checkout('second');
    train(parseFlags(FLAGS, second));
    for (const file of files) {
      expect(await readFile(path.join(second, file), 'utf8')).toBe(
        await readFile(path.join(first, file), 'utf8'),
      );
    }
  });

  it('predicts every labelled bird out of fold, leaving out the eleven whose sex was not recorded', async () => {
    const lines = (await readFile(path.join(first, 'out/predictions.csv'), 'utf8')).trimEnd().split('\n');
    expect(lines[0]).toBe('id,label,prediction,score,proba_FEMALE,proba_MALE,island');
    expect(lines).toHaveLength(1 + 333);
    const ids = lines.slice(1).map((line) => line.split(',')[0]);
    expect(new Set(ids).size).toBe(333);
    // penguin-004 was never measured; penguin-337's sex was entered as '.'.
    expect(ids).not.toContain('penguin-004');
    expect(ids).not.toContain('penguin-337');
    const metrics = JSON.parse(await readFile(path.join(first, 'out/metrics.json'), 'utf8')) as {
      data: Record<string, number>;
    };
    expect(metrics.data).toEqual({ rows: 344, labelled: 333, imputed_cells: 0 });
  });

  it("writes the metrics mlgate evaluate computes from its predictions (scikit-learn's definitions)", async () => {
    const evaluated = await mlgate(first, 'evaluate', '--predictions', 'out/predictions.csv', '--json');
    expect(evaluated.stderr).toBe('');
    expect(evaluated.code).toBe(0);
    const report = JSON.parse(evaluated.stdout) as { metrics: { name: string; current: number }[] };
    const written = JSON.parse(await readFile(path.join(first, 'out/metrics.json'), 'utf8')) as {
      cv: Record<string, number>;
    };
    expect(Object.keys(written.cv).sort()).toEqual(
      ['accuracy', 'f1', 'log_loss', 'precision', 'recall', 'roc_auc'].sort(),
    );
    for (const [name, value] of Object.entries(written.cv)) {
      const computed = report.metrics.find((metric) => metric.name === name)?.current;
      // train.ts rounds to 6 decimals, as it rounds the probabilities it writes.
      expect(Math.abs(computed! - value)).toBeLessThanOrEqual(5e-7);
    }
  });

  it('stops on an unknown flag or feature with one line', () => {
    expect(() => parseFlags(['--tres', '5'], first)).toThrow("unknown flag '--tres'");
    expect(() => parseFlags(['--features', 'species,beak'], first)).toThrow(/unknown feature\(s\) beak/);
    expect(() => parseFlags(['--trees', '0'], first)).toThrow('--trees takes an integer ≥ 1');
  });
});

describe('examples/penguins as committed', () => {
  it('its data passes its schema, quirks included, and its metrics pass mlgate compare under its config', async () => {
    const validated = await mlgate(first, 'validate');
    expect(validated).toMatchObject({ code: 0, stderr: '' });
    expect(validated.stdout).toContain('344 rows, no errors');
    const compared = await mlgate(first, 'compare', '--baseline', 'out/metrics.json');
    expect(compared.stderr).toBe('');
    expect(compared.code).toBe(0);
  });
});
