import { IdKeys } from '../significance/id-keys.js';
import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { UserError } from '../user-error.js';
import { additiveMetrics } from './additive-metrics.js';
import { evaluate, pointValue } from './evaluate-predictions.js';
import { ROC_BINS } from './metrics/roc-auc-metric.js';
import { CLASSIFICATION_METRICS, REGRESSION_METRICS } from './prediction-metrics.js';
import type { AdditiveMetric, MetricSpec, PredictionColumns } from './prediction-metrics.js';
import { readPredictions } from './reading/prediction-reader.js';

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/evaluate/', import.meta.url));

async function fixture(name: string, task: 'classification' | 'regression'): Promise<PredictionColumns> {
  return (await readPredictions(`${fixtures}${name}`, name, { task })).columns;
}

function statsOf(
  metric: AdditiveMetric,
  rows: Iterable<number>,
  weight: (row: number) => number,
): Float64Array {
  const stats = new Float64Array(metric.size);
  for (const row of rows) metric.add(row, weight(row), stats, 0);
  return stats;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** A deterministic stand-in for Poisson(1) bootstrap weights. */
function weightsFor(rows: number): Float64Array {
  const weights = new Float64Array(rows);
  let state = 12345;
  for (let i = 0; i < rows; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    weights[i] = state % 4;
  }
  return weights;
}

/** The same predictions with row `i` repeated `times[i]` times: what a resample with those weights holds. */
function repeated(columns: PredictionColumns, times: Float64Array): PredictionColumns {
  const rows = range(columns.label.length).flatMap((r) => Array<number>(times[r]!).fill(r));
  const ids = IdKeys.fromTexts(rows.map((r, i) => `${columns.ids.text(r)}#${i}`));
  if (columns.task === 'regression')
    return {
      ...columns,
      ids,
      label: Float64Array.from(rows, (r) => columns.label[r]!),
      prediction: Float64Array.from(rows, (r) => columns.prediction[r]!),
    };
  const k = columns.classes.length;
  return {
    ...columns,
    ids,
    label: Int32Array.from(rows, (r) => columns.label[r]!),
    ...(columns.prediction ? { prediction: Int32Array.from(rows, (r) => columns.prediction![r]!) } : {}),
    ...(columns.scores
      ? { scores: Float64Array.from(rows.flatMap((r) => range(k).map((c) => columns.scores![r * k + c]!))) }
      : {}),
  };
}

const cases: [string, 'classification' | 'regression', MetricSpec][] = [
  ['binary-sex.csv', 'classification', { metrics: CLASSIFICATION_METRICS, average: 'binary' }],
  ['multiclass-species.csv', 'classification', { metrics: CLASSIFICATION_METRICS, average: 'macro' }],
  ['multiclass-species.csv', 'classification', { metrics: CLASSIFICATION_METRICS, average: 'weighted' }],
  [
    'multiclass-species.csv',
    'classification',
    { metrics: CLASSIFICATION_METRICS.filter((m) => m !== 'roc_auc'), average: 'micro' },
  ],
  ['regression-cars.csv', 'regression', { metrics: REGRESSION_METRICS, average: 'macro' }],
];

describe('metrics as additive statistics', () => {
  for (const [name, task, spec] of cases) {
    it(`${name} (${spec.average}): halves add up to the whole, and weights act as repeated rows`, async () => {
      const columns = await fixture(name, task);
      const rows = columns.label.length;
      const weights = weightsFor(rows);
      const resample = repeated(columns, weights);
      const metrics = additiveMetrics(columns, spec);
      const onResample = additiveMetrics(resample, spec);
      metrics.forEach((metric, m) => {
        const whole = statsOf(metric, range(rows), () => 1);
        const first = statsOf(
          metric,
          range(rows).filter((r) => r % 3 === 0),
          () => 1,
        );
        const rest = statsOf(
          metric,
          range(rows).filter((r) => r % 3 !== 0),
          () => 1,
        );
        expect(Array.from(whole, (v, i) => Math.abs(v - first[i]! - rest[i]!) < 1e-9)).not.toContain(false);
        // The fixtures' scores have fewer distinct values than ROC_BINS: the binned AUC is exact there.
        expect(metric.value(whole, 0)).toBeCloseTo(pointValue(metric, undefined, columns), 12);
        const weighted = statsOf(metric, range(rows), (r) => weights[r]!);
        expect([metric.name, metric.value(weighted, 0)]).toEqual([
          metric.name,
          expect.closeTo(pointValue(onResample[m]!, undefined, resample), 12),
        ]);
      });
    });
  }

  it('the binned roc_auc stays within 1/ROC_BINS of the exact value on many distinct scores', () => {
    const rows = 20_000;
    const label = new Int32Array(rows);
    const scores = new Float64Array(rows * 2);
    let state = 7;
    for (let r = 0; r < rows; r++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      const u = state / 2 ** 32;
      label[r] = u < 0.3 ? 1 : 0;
      const s = Math.min(
        1,
        Math.max(0, (label[r] ? 0.6 : 0.4) + (u * 1000 - Math.floor(u * 1000) - 0.5) * 0.8),
      );
      scores[2 * r] = 1 - s;
      scores[2 * r + 1] = s;
    }
    const columns: PredictionColumns = {
      task: 'classification',
      ids: IdKeys.fromTexts([]),
      classes: ['0', '1'],
      label,
      scores,
    };
    const [auc] = additiveMetrics(columns, { metrics: ['roc_auc'], average: 'macro' });
    const binned = auc!.value(
      statsOf(auc!, range(rows), () => 1),
      0,
    );
    expect(Math.abs(binned - auc!.exact!())).toBeLessThan(1 / ROC_BINS);
  });
});

describe('a spec that does not fit the predictions is a UserError', () => {
  const hardOnly: PredictionColumns = {
    task: 'classification',
    ids: IdKeys.fromTexts(['a', 'b', 'c']),
    classes: ['x', 'y', 'z'],
    label: Int32Array.from([0, 1, 2]),
    prediction: Int32Array.from([0, 2, 2]),
  };
  const cases: [string, PredictionColumns, MetricSpec, string][] = [
    ['roc_auc without scores', hardOnly, { metrics: ['roc_auc'], average: 'macro' }, 'roc_auc needs scores'],
    [
      'average binary over three classes',
      hardOnly,
      { metrics: ['f1'], average: 'binary' },
      'average binary needs two classes',
    ],
    [
      'a regression metric on classes',
      hardOnly,
      { metrics: ['rmse'], average: 'macro' },
      'rmse is a regression metric',
    ],
    [
      'multiclass roc_auc with micro',
      { ...hardOnly, scores: Float64Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1]) },
      { metrics: ['roc_auc'], average: 'micro' },
      'one-vs-rest with average macro or weighted',
    ],
    [
      'an unknown positive class',
      {
        ...hardOnly,
        classes: ['x', 'y'],
        label: Int32Array.from([0, 1, 1]),
        prediction: Int32Array.from([0, 1, 0]),
      },
      { metrics: ['precision'], average: 'binary', positiveClass: 'z' },
      'the positive class "z" is not among the classes (x, y)',
    ],
  ];
  for (const [what, columns, spec, message] of cases) {
    it(what, () => {
      expect(() => evaluate(columns, spec)).toThrow(UserError);
      expect(() => evaluate(columns, spec)).toThrow(message);
    });
  }
});

describe('scikit-learn edge cases', () => {
  it('zero_division: a class never predicted scores precision 0, and the macro average counts it', () => {
    const columns: PredictionColumns = {
      task: 'classification',
      ids: IdKeys.fromTexts(['a', 'b', 'c', 'd']),
      classes: ['0', '1', '2'],
      label: Int32Array.from([0, 1, 2, 2]),
      prediction: Int32Array.from([0, 0, 2, 2]),
    };
    // sklearn: precision_score([0,1,2,2], [0,0,2,2], average='macro') = (0.5 + 0 + 1) / 3
    expect(evaluate(columns, { metrics: ['precision'], average: 'macro' }).precision).toBeCloseTo(0.5, 15);
    // f1_score(..., average='weighted') = (1*(2/3) + 1*0 + 2*1) / 4
    expect(evaluate(columns, { metrics: ['f1'], average: 'weighted' }).f1).toBeCloseTo((2 / 3 + 2) / 4, 15);
  });

  it('r2 of a constant target: 1 when predicted exactly, 0 otherwise; NaN on one row', () => {
    const constant = (prediction: number[]): PredictionColumns => ({
      task: 'regression',
      ids: IdKeys.fromTexts(prediction.map((_, i) => String(i))),
      label: Float64Array.from(prediction, () => 3),
      prediction: Float64Array.from(prediction),
    });
    expect(evaluate(constant([3, 3]), { metrics: ['r2'], average: 'macro' }).r2).toBe(1);
    expect(evaluate(constant([3, 4]), { metrics: ['r2'], average: 'macro' }).r2).toBe(0);
    expect(evaluate(constant([3]), { metrics: ['r2'], average: 'macro' }).r2).toBeNaN();
  });

  it('log_loss clips at float64 epsilon: a confident wrong answer costs -ln(eps), not infinity', () => {
    const columns: PredictionColumns = {
      task: 'classification',
      ids: IdKeys.fromTexts(['a']),
      classes: ['0', '1'],
      label: Int32Array.from([1]),
      scores: Float64Array.from([1, 0]),
    };
    // sklearn 1.2: log_loss([1], [[1, 0]], labels=[0, 1]) = -ln(eps / (1 - eps + eps))
    expect(evaluate(columns, { metrics: ['log_loss'], average: 'macro' }).log_loss).toBeCloseTo(
      -Math.log(2 ** -52),
      12,
    );
  });
});
