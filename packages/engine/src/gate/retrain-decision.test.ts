import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { ComparisonReport } from '../compare/comparison-report.js';
import type { DriftReport } from '../drift/drift-report.js';
import { parseReport } from '../report/report-file.js';
import {
  MAX_DISPATCH_INPUT_CHARS,
  boundedList,
  retrainDecision,
  retrainDispatchInputs,
} from './retrain-decision.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../../test/fixtures/reports/${name}`, import.meta.url), 'utf8');
// accuracy and loss failed, per_class.dog.recall warned, dropped_metric is missing (not required).
const regressed = parseReport(fixture('comparison-regressed.json'), 'comparison-regressed.json');
const validation = parseReport(fixture('validation-invalid.json'), 'validation-invalid.json');
const drifted = parseReport(fixture('drift-customers.json'), 'drift-customers.json') as DriftReport;
const SHA = '4f1c2d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e';

const noDrift: DriftReport = {
  ...drifted,
  verdict: 'pass',
  verdictReason: 'no column drifted',
  columns: drifted.columns.map((column) => ({ ...column, drifted: false })),
  driftedColumns: [],
  share: 0,
  datasetDrifted: false,
};
const allPass = (report: ComparisonReport): ComparisonReport => ({
  ...report,
  metrics: report.metrics.map((metric) => ({ ...metric, verdict: 'pass' })),
});

describe('whether to retrain', () => {
  it('retrains when data drifted, naming the drifted columns', () => {
    expect(retrainDecision([drifted])).toEqual({
      retrain: true,
      reason: 'drift: age, income',
      driftedColumns: ['age', 'income'],
      regressedMetrics: [],
    });
  });

  it('retrains when metrics failed or warned under the policy, and a missing one is no regression', () => {
    expect(retrainDecision([regressed])).toEqual({
      retrain: true,
      reason: 'regression: accuracy, loss, per_class.dog.recall',
      driftedColumns: [],
      regressedMetrics: ['accuracy', 'loss', 'per_class.dog.recall'],
    });
  });

  it('gives both reasons, drift first, and names a column drifted in two datasets once', () => {
    const other: DriftReport = { ...drifted, dataset: 'events', driftedColumns: ['income', 'clicks'] };
    const decision = retrainDecision([validation, regressed, drifted, other]);
    expect(decision).toMatchObject({
      retrain: true,
      reason: 'drift: age, income, clicks; regression: accuracy, loss, per_class.dog.recall',
      driftedColumns: ['age', 'income', 'clicks'],
    });
  });

  it('lets only the triggers mlgate.yml names count (retrain.on)', () => {
    expect(retrainDecision([drifted, regressed], ['regression'])).toMatchObject({
      reason: 'regression: accuracy, loss, per_class.dog.recall',
      driftedColumns: [],
    });
    expect(retrainDecision([drifted, regressed], ['drift'])).toMatchObject({
      reason: 'drift: age, income',
      regressedMetrics: [],
    });
    expect(retrainDecision([regressed], ['drift'])).toEqual({ retrain: false });
  });

  it('does not retrain on invalid data alone, on steady data, or on metrics that held', () => {
    expect(retrainDecision([])).toEqual({ retrain: false });
    expect(retrainDecision([validation])).toEqual({ retrain: false });
    expect(retrainDecision([noDrift, allPass(regressed as ComparisonReport)])).toEqual({ retrain: false });
  });
});

describe('the inputs of the retraining dispatch', () => {
  it('are strings: the reason, comma-separated names and the commit', () => {
    const decision = retrainDecision([drifted, regressed]);
    if (!decision.retrain) throw new Error('expected a decision to retrain');
    expect(retrainDispatchInputs(decision, SHA)).toEqual({
      reason: 'drift: age, income; regression: accuracy, loss, per_class.dog.recall',
      'drifted-columns': 'age,income',
      'regressed-metrics': 'accuracy,loss,per_class.dog.recall',
      sha: SHA,
    });
  });

  it('stay within the bound however many columns drifted, counting those left out', () => {
    const columns = Array.from({ length: 5000 }, (_, i) => `feature_${String(i).padStart(4, '0')}`);
    const decision = retrainDecision([{ ...drifted, driftedColumns: columns }]);
    if (!decision.retrain) throw new Error('expected a decision to retrain');
    const inputs = retrainDispatchInputs(decision, SHA);

    for (const value of Object.values(inputs))
      expect(value.length).toBeLessThanOrEqual(MAX_DISPATCH_INPUT_CHARS);
    expect(inputs['drifted-columns']).toMatch(/^feature_0000,feature_0001,.*,feature_\d{4} \(\+\d+ more\)$/);
    const kept = inputs['drifted-columns'].replace(/ \(\+\d+ more\)$/, '').split(',');
    expect(Number(/\+(\d+) more/.exec(inputs['drifted-columns'])?.[1]) + kept.length).toBe(5000);
    expect(inputs.reason.endsWith('…')).toBe(true);
  });

  it('never cut a name in the middle', () => {
    expect(boundedList(['a'.repeat(30)], ',', 20)).toBe('(+1 more)');
    expect(boundedList(['abc', 'def', 'ghi'], ',', 11)).toBe('abc,def,ghi');
    expect(boundedList(['abc', 'def', 'ghijkl'], ',', 13)).toBe('abc (+2 more)');
  });
});
