import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate } from './evaluate-predictions.js';
import type { MetricValues } from './evaluate-predictions.js';
import { CLASSIFICATION_METRICS, REGRESSION_METRICS } from './prediction-metrics.js';
import type { Average, EvaluationTask } from './prediction-metrics.js';
import { readPredictions } from './reading/prediction-reader.js';

/**
 * Every metric, on every slice, against scikit-learn's values on the same predictions
 * (test/fixtures/evaluate/make-reference.py: penguins sex, penguins species, cars MPG), read from CSV, JSON
 * Lines and Parquet alike. null in the reference is where sklearn raises; the engine gives NaN there.
 */
const fixtures = fileURLToPath(new URL('../../../../test/fixtures/evaluate/', import.meta.url));

type Values = Record<string, number | null>;
interface ClassificationCase {
  readonly files: readonly string[];
  readonly rows: number;
  readonly classes: readonly string[];
  readonly slices: readonly string[];
  readonly byAverage: Record<string, Values>;
}
interface RegressionCase {
  readonly files: readonly string[];
  readonly rows: number;
  readonly slices: readonly string[];
  readonly metrics: Values;
}
const reference = JSON.parse(readFileSync(`${fixtures}reference.json`, 'utf8')) as {
  sklearn: string;
  binary: ClassificationCase;
  multiclass: ClassificationCase;
  regression: RegressionCase;
};

function expectMatches(actual: MetricValues, expected: Values): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [name, value] of Object.entries(expected)) {
    if (value === null) expect([name, actual[name]]).toEqual([name, Number.NaN]);
    else
      expect([name, Math.abs(actual[name]! - value) <= 1e-9 ? value : actual[name]]).toEqual([name, value]);
  }
}

async function read(file: string, task: EvaluationTask, slices: readonly string[]) {
  return readPredictions(`${fixtures}${file}`, file, { task, slices });
}

describe(`metrics equal scikit-learn ${reference.sklearn}'s to 1e-9`, () => {
  for (const which of ['binary', 'multiclass'] as const) {
    const fixture = reference[which];
    for (const file of fixture.files) {
      it(`${which} classification, every average and slice, from ${file}`, async () => {
        const predictions = await read(file, 'classification', fixture.slices);
        expect(predictions.columns.task === 'classification' && predictions.columns.classes).toEqual(
          fixture.classes,
        );
        expect(predictions.columns.ids).toHaveLength(fixture.rows);
        for (const [average, expected] of Object.entries(fixture.byAverage)) {
          const metrics = CLASSIFICATION_METRICS.filter((m) => m in expected);
          const actual = evaluate(
            predictions.columns,
            { metrics, average: average as Average },
            predictions.slices,
          );
          expectMatches(actual, expected);
        }
      });
    }
  }

  for (const file of reference.regression.files) {
    it(`regression, every slice, from ${file}`, async () => {
      const predictions = await read(file, 'regression', reference.regression.slices);
      expect(predictions.columns.ids).toHaveLength(reference.regression.rows);
      const actual = evaluate(
        predictions.columns,
        { metrics: REGRESSION_METRICS, average: 'macro' },
        predictions.slices,
      );
      expectMatches(actual, reference.regression.metrics);
    });
  }

  it('binary metrics from a single score column equal those from two probability columns', async () => {
    const file = `${fixtures}binary-sex.csv`;
    const fromScore = await readPredictions(file, 'binary-sex.csv', {
      task: 'classification',
      columns: { probabilityPrefix: 'no_such_prefix_' },
    });
    const expected = reference.binary.byAverage['binary']!;
    const actual = evaluate(fromScore.columns, { metrics: CLASSIFICATION_METRICS, average: 'binary' });
    for (const metric of CLASSIFICATION_METRICS) expect(actual[metric]).toBeCloseTo(expected[metric]!, 12);
  });
});
