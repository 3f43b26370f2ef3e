import { IdKeys } from '../significance/id-keys.js';
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { retrainDecision } from '../gate/retrain-decision.js';
import { MetricPolicy } from '../policy/metric-policy.js';
import type { RuleInput } from '../policy/metric-policy.js';
import { parseReport } from '../report/report-file.js';
import { mcnemarExactPValue } from '../significance/mcnemar-exact.js';
import { evaluateWithBaseline } from './evaluate-with-baseline.js';
import type { EvaluationInput, PredictionSide } from './evaluate-with-baseline.js';
import type { MetricSpec, PredictionColumns } from './prediction-metrics.js';
import { readPredictions } from './reading/prediction-reader.js';
import type { EvaluatedMetric, EvaluationReport } from './report/evaluation-report.js';

/**
 * `evaluateWithBaseline` on the committed penguin predictions (test/fixtures/evaluate/), against a second
 * run built from them deterministically: a few correct predictions flipped (noise) or many (a real drop).
 */
const fixtures = fileURLToPath(new URL('../../../../test/fixtures/evaluate/', import.meta.url));
const reference = JSON.parse(readFileSync(`${fixtures}reference.json`, 'utf8')) as {
  binary: { byAverage: { binary: Record<string, number | null> } };
};

type Classification = Extract<PredictionColumns, { task: 'classification' }>;

async function penguins(): Promise<PredictionSide> {
  const read = await readPredictions(`${fixtures}binary-sex.csv`, 'binary-sex.csv', {
    task: 'classification',
    slices: ['island'],
  });
  return { file: 'binary-sex.csv', columns: read.columns, slices: read.slices };
}

/** The same predictions with the first `worse` correct ones made wrong and the first `better` wrong ones right. */
function flipped(side: PredictionSide, worse: number, better: number): PredictionSide {
  const columns = side.columns as Classification;
  const prediction = Int32Array.from(columns.prediction!);
  let madeWorse = 0;
  let madeBetter = 0;
  prediction.forEach((predicted, row) => {
    const label = columns.label[row]!;
    if (predicted === label && madeWorse < worse) {
      prediction[row] = 1 - label;
      madeWorse++;
    } else if (predicted !== label && madeBetter < better) {
      prediction[row] = label;
      madeBetter++;
    }
  });
  return { ...side, file: 'changed.csv', columns: { ...columns, prediction } };
}

const SPEC: MetricSpec = { metrics: ['accuracy', 'f1'], average: 'binary' };

function policyOf(rules: Record<string, RuleInput>): MetricPolicy {
  return new MetricPolicy({
    source: { kind: 'file', file: 'mlgate.yml' },
    rules: Object.entries(rules).map(([pattern, settings]) => ({ pattern, settings })),
  });
}

const SIGNIFICANT = policyOf({
  '*': { direction: 'higher', tolerance: 0, significance: { alpha: 0.05 } },
});
const PLAIN = policyOf({ '*': { direction: 'higher', tolerance: 0 } });

function run(input: Partial<EvaluationInput> & Pick<EvaluationInput, 'current'>): EvaluationReport {
  return evaluateWithBaseline({
    spec: SPEC,
    policy: SIGNIFICANT,
    subject: {},
    createdAt: '2026-12-05T00:00:00.000Z',
    ...input,
  });
}

function metric(report: EvaluationReport, name: string): EvaluatedMetric {
  const found = report.metrics.find((m) => m.name === name);
  if (found === undefined) throw new Error(`no ${name} in the report`);
  return found;
}

/** The report survives JSON and its published schema, as a report from another workflow must. */
function roundTrip(report: EvaluationReport): void {
  expect(parseReport(JSON.stringify(report), 'evaluation.json')).toEqual(report);
}

describe('evaluateWithBaseline', () => {
  it('without baseline predictions: the current values (scikit-learn exact), neutral, per slice too', async () => {
    const report = run({
      current: await penguins(),
      spec: { metrics: ['accuracy', 'precision', 'roc_auc'], average: 'binary' },
    });
    const expected = reference.binary.byAverage.binary;
    expect(report).toMatchObject({
      verdict: 'neutral',
      neutralReason: 'no-baseline',
      task: 'classification',
    });
    expect(report.join).toBeUndefined();
    for (const m of report.metrics) {
      expect(m.current).toBeCloseTo(expected[m.name]!, 9);
      expect(m).toMatchObject({ verdict: 'new' });
      expect(m.delta).toBeUndefined();
    }
    expect(report.metrics.map((m) => m.name)).toContain('slice.island=Torgersen.roc_auc');
    roundTrip(report);
  });

  it('without baseline predictions, a min bound still fails', async () => {
    const report = run({ current: await penguins(), policy: policyOf({ accuracy: { min: 0.8 } }) });
    expect(metric(report, 'accuracy')).toMatchObject({
      verdict: 'fail',
      reason: expect.stringContaining('below the minimum 0.8'),
    });
    expect(report.verdict).toBe('fail');
  });

  it('a small noisy drop is "not significant" and passes under significance: {alpha: 0.05}', async () => {
    const baseline = await penguins();
    const report = run({ baseline, current: flipped(baseline, 3, 2) });
    const accuracy = metric(report, 'accuracy');
    expect(accuracy.delta).toBeCloseTo(-1 / 167, 12);
    expect(accuracy.ci![0]!).toBeLessThan(0);
    expect(accuracy.ci![1]!).toBeGreaterThan(0);
    expect(accuracy).toMatchObject({
      significant: false,
      verdict: 'pass',
      bySignificance: true,
      rule: '*',
      reason: expect.stringContaining('not significant'),
    });
    expect(accuracy.pValue).toBeCloseTo(1, 12); // 3 against 2 discordant pairs
    expect(report.verdict).toBe('pass');
    roundTrip(report);
  });

  it('the same noisy drop fails under the plain tolerance rule', async () => {
    const baseline = await penguins();
    const report = run({ baseline, current: flipped(baseline, 3, 2), policy: PLAIN });
    expect(metric(report, 'accuracy')).toMatchObject({ verdict: 'fail', significant: false });
    expect(metric(report, 'accuracy').bySignificance).toBeUndefined();
  });

  it('a real drop fails: the whole interval lies beyond the tolerance; McNemar as statsmodels', async () => {
    const baseline = await penguins();
    const report = run({ baseline, current: flipped(baseline, 25, 0) });
    const accuracy = metric(report, 'accuracy');
    expect(accuracy.delta).toBeCloseTo(-25 / 167, 12);
    expect(accuracy.ci![1]!).toBeLessThan(0);
    expect(accuracy).toMatchObject({
      significant: true,
      verdict: 'fail',
      reason: expect.stringContaining('a real regression'),
      pValue: mcnemarExactPValue({ bothCorrect: 0, baselineOnly: 25, currentOnly: 0, bothWrong: 0 }),
    });
    expect(report.verdict).toBe('fail');
    expect(report.verdictReason).toMatch(/^\d+ metrics failed: accuracy, f1/);
  });

  it('a rule with severity warn warns instead, and slices follow their own glob rules', async () => {
    const baseline = await penguins();
    const policy = policyOf({
      accuracy: { direction: 'higher', significance: { alpha: 0.05 }, severity: 'warn' },
      'slice.*.accuracy': {
        direction: 'higher',
        tolerance: 0.5,
        significance: { alpha: 0.1, resamples: 200 },
      },
    });
    const report = run({
      baseline,
      current: flipped(baseline, 25, 0),
      policy,
      spec: { metrics: ['accuracy'], average: 'binary' },
    });
    expect(metric(report, 'accuracy')).toMatchObject({ verdict: 'warn', rule: 'accuracy', alpha: 0.05 });
    const slice = metric(report, 'slice.island=Biscoe.accuracy');
    expect(slice).toMatchObject({
      verdict: 'pass',
      rule: 'slice.*.accuracy',
      alpha: 0.1,
      bySignificance: true,
    });
    expect(report.metrics.map((m) => m.name)).toEqual([
      'accuracy',
      'slice.island=Biscoe.accuracy',
      'slice.island=Dream.accuracy',
      'slice.island=Torgersen.accuracy',
    ]);
    expect(report.verdict).toBe('warn');
  });

  it('reports ids on one side only, and compares only the rows both share', async () => {
    const baseline = await penguins();
    const columns = baseline.columns as Classification;
    const keep = 160;
    // The current run lost the last 7 baseline rows and gained 2 new examples (copies under new ids).
    const ids = IdKeys.fromTexts([...columns.ids.texts().slice(0, keep), 'new-1', 'new-2']);
    const rows = [...Array(keep).keys(), 0, 1];
    const pick = <T extends Int32Array | Float64Array>(array: T, width = 1): T => {
      const out = new (array.constructor as new (n: number) => T)(rows.length * width);
      rows.forEach((row, i) => {
        for (let c = 0; c < width; c++) out[i * width + c] = array[row * width + c]!;
      });
      return out;
    };
    const current: PredictionSide = {
      file: 'current.csv',
      columns: {
        ...columns,
        ids,
        label: pick(columns.label),
        prediction: pick(columns.prediction!),
        scores: pick(columns.scores!, 2),
      },
      slices: baseline.slices.map((slice) => ({ ...slice, codes: pick(slice.codes) })),
    };
    const report = run({ baseline, current });
    expect(report.join).toEqual({
      matched: keep,
      missing: { count: 7, first: columns.ids.texts().slice(keep, keep + 5) },
      extra: { count: 2, first: ['new-1', 'new-2'] },
    });
    expect(report.rows).toEqual({ current: 162, baseline: 167 });
    // Same predictions on the shared rows: no change at all.
    expect(metric(report, 'accuracy')).toMatchObject({
      delta: 0,
      ci: [0, 0],
      significant: false,
      verdict: 'pass',
    });
    expect(report.verdictReason).toContain('7 baseline ids missing, 2 extra ids');
    roundTrip(report);
  });

  it('is deterministic: the same inputs and seed give the same report; another seed, another interval', async () => {
    const baseline = await penguins();
    const current = flipped(baseline, 6, 2);
    const first = run({ baseline, current, seed: 7 });
    expect(run({ baseline, current, seed: 7 })).toEqual(first);
    expect(first.bootstrap).toEqual({ seed: 7, resamples: 1000 });
    expect(metric(run({ baseline, current, seed: 8 }), 'accuracy').ci).not.toEqual(
      metric(first, 'accuracy').ci,
    );
  });

  it('refuses predictions that share no id', async () => {
    const baseline = await penguins();
    const columns = baseline.columns as Classification;
    const current = {
      ...baseline,
      columns: { ...columns, ids: IdKeys.fromTexts(columns.ids.texts().map((id) => `other-${id}`)) },
    };
    expect(() => run({ baseline, current })).toThrow(/share no id/);
  });
});

describe('predictions and retraining', () => {
  it('a significant drop calls for retraining; a change its interval calls noise does not', async () => {
    const baseline = await penguins();
    const real = run({ baseline, current: flipped(baseline, 40, 0) });
    expect(metric(real, 'accuracy').verdict).toBe('fail');
    expect(retrainDecision([real])).toMatchObject({ retrain: true, regressedMetrics: ['accuracy', 'f1'] });
    const noise = run({ baseline, current: flipped(baseline, 2, 0) });
    expect(metric(noise, 'accuracy')).toMatchObject({ significant: false, verdict: 'pass' });
    expect(retrainDecision([noise])).toEqual({ retrain: false });
    expect(retrainDecision([real], ['drift'])).toEqual({ retrain: false });
  });
});
