import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from './evaluate-predictions.js';
import type { MetricValues } from './evaluate-predictions.js';
import type { Average, MetricSpec, PredictionMetric } from './prediction-metrics.js';
import { readPredictions } from './reading/prediction-reader.js';
import type { PredictionReadOptions } from './reading/prediction-reader.js';
import { WINDOW_ROWS } from './reading/prediction-reader.js';
import { measurePredictions } from './streamed-metrics.js';
import type { StreamedPredictions } from './streamed-metrics.js';

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/evaluate/', import.meta.url));
const reference = JSON.parse(readFileSync(`${fixtures}reference.json`, 'utf8')) as {
  binary: { byAverage: Record<string, Record<string, number | null>> };
  multiclass: { byAverage: Record<string, Record<string, number | null>> };
};
const ALL: PredictionMetric[] = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'log_loss'];
const HARD: PredictionMetric[] = ['accuracy', 'precision', 'recall', 'f1'];
/** Scores from the `score` column alone: the fixtures also carry one probability column per class. */
const SCORE_ONLY = { probabilityPrefix: '' };

async function streamed(path: string, options: PredictionReadOptions): Promise<StreamedPredictions> {
  const measured = await measurePredictions(path, path, options);
  if (measured.kind !== 'streamed') throw new Error(`${path} was read whole`);
  return measured.streamed;
}

async function whole(path: string, options: PredictionReadOptions, spec: MetricSpec): Promise<MetricValues> {
  return evaluate((await readPredictions(path, path, options)).columns, spec);
}

/** Equal to 1e-12 relative: only log_loss's summation order differs between the two reads. */
function expectSame(actual: MetricValues, expected: MetricValues): void {
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
  for (const [name, value] of Object.entries(expected)) {
    const got = actual[name]!;
    const close = Number.isNaN(value)
      ? Number.isNaN(got)
      : Math.abs(got - value) <= 1e-12 * Math.max(1, Math.abs(value));
    expect([name, close ? value : got]).toEqual([name, value]);
  }
}

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'mlgate-streamed-')), name);
  writeFileSync(path, text);
  return path;
}

describe('metrics of a predictions file streamed, without holding its rows', () => {
  for (const name of ['binary-sex.csv', 'binary-sex.jsonl', 'binary-sex.parquet']) {
    it(`equal the whole-file values and scikit-learn's, from a score column (${name})`, async () => {
      const options = { task: 'classification', columns: SCORE_ONLY } as const;
      const measured = await streamed(`${fixtures}${name}`, options);
      expect(measured).toMatchObject({ rows: 167, classes: ['FEMALE', 'MALE'], hasScores: true });
      for (const average of ['binary', 'macro', 'micro', 'weighted'] as Average[]) {
        const spec = { metrics: ALL, average };
        const values = measured.values(spec);
        expectSame(values, await whole(`${fixtures}${name}`, options, spec));
        for (const metric of ALL)
          expect([metric, values[metric]]).toEqual([
            metric,
            expect.closeTo(reference.binary.byAverage[average]![metric]!, 9),
          ]);
      }
    });
  }

  it("equal them from hard predictions of three classes, every average (scikit-learn's too)", async () => {
    const options = { task: 'classification', columns: SCORE_ONLY } as const;
    const path = `${fixtures}multiclass-species.parquet`;
    const measured = await streamed(path, options);
    expect(measured.hasScores).toBe(false);
    for (const average of ['macro', 'micro', 'weighted'] as Average[]) {
      const values = measured.values({ metrics: HARD, average });
      expectSame(values, await whole(path, options, { metrics: HARD, average }));
      for (const metric of HARD)
        expect(values[metric]).toBeCloseTo(reference.multiclass.byAverage[average]![metric]!, 9);
    }
  });

  it('equal them across many windows, with a late label spelled differently (1.0, still the class 1) and tied scores', async () => {
    // Three windows and more; ids half texts, half numbers; scores often exactly 0.5 (a tie for argmax and AUC).
    const rows = 2 * WINDOW_ROWS + 12_345;
    const lines = ['id,label,prediction,score'];
    for (let i = 0; i < rows; i++) {
      const label = i === rows - 7 ? '1.0' : String((i * 7) % 3 === 0 ? 1 : 0);
      const score = i % 5 === 0 ? 0.5 : ((i * 7919) % 1000) / 1000;
      lines.push(`${i % 2 === 0 ? `r${i}` : i},${label},${(i * 13) % 4 === 0 ? 1 : 0},${score}`);
    }
    const path = file('many.csv', `${lines.join('\n')}\n`);
    const measured = await streamed(path, { task: 'classification' });
    expect(measured).toMatchObject({ rows, classes: ['0', '1'] });
    for (const average of ['binary', 'macro', 'weighted'] as Average[]) {
      const spec = { metrics: ALL, average };
      expectSame(measured.values(spec), await whole(path, { task: 'classification' }, spec));
    }
  });

  it('keeps no scores and takes no logarithms for metrics not asked for', async () => {
    const path = `${fixtures}binary-sex.parquet`;
    const options = { task: 'classification', columns: SCORE_ONLY } as const;
    const spec = { metrics: HARD, average: 'binary' } as const;
    const measured = await measurePredictions(path, path, { ...options, metrics: HARD });
    if (measured.kind !== 'streamed') throw new Error('read whole');
    expectSame(measured.streamed.values(spec), await whole(path, options, spec));
    expect(() => measured.streamed.values({ metrics: ['roc_auc'], average: 'binary' })).toThrow(
      'roc_auc was not among the metrics',
    );
  });

  it('reads whole what it cannot stream: slices, one probability column per class, regression', async () => {
    const cases: [string, PredictionReadOptions][] = [
      ['binary-sex.csv', { task: 'classification', columns: SCORE_ONLY, slices: ['island'] }],
      ['multiclass-species.csv', { task: 'classification' }],
      ['regression-cars.csv', { task: 'regression' }],
    ];
    for (const [name, options] of cases)
      expect((await measurePredictions(`${fixtures}${name}`, name, options)).kind).toBe('whole');
  });

  it('refuses what the whole-file read refuses, in the same words', async () => {
    const threeClasses = file('three.csv', 'id,label,score\n1,a,0.2\n2,b,0.9\n3,c,0.4\n');
    const read = (path: string) => readPredictions(path, 'p.csv', { task: 'classification' });
    const measure = (path: string) => measurePredictions(path, 'p.csv', { task: 'classification' });
    const message = await read(threeClasses).catch((error: Error) => error.message);
    expect(message).toContain('a score column "score" is the positive class');
    await expect(measure(threeClasses)).rejects.toThrow(message);
    const hard = await streamed(file('hard.csv', 'id,label,prediction\n1,a,a\n2,b,a\n'), {
      task: 'classification',
    });
    expect(() => hard.values({ metrics: ['roc_auc'], average: 'binary' })).toThrow(
      'roc_auc needs scores (a score column, or one probability column per class); these predictions have only hard labels',
    );
    const duplicate = file('dup.csv', 'id,label,score\n1,a,0.2\n2,b,0.9\n1,a,0.4\n');
    await expect(measure(duplicate)).rejects.toThrow('duplicate id "1" in column "id" (first at row 1)');
  });
});
