import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateWithBaseline } from '../evaluate/evaluate-with-baseline.js';
import type { PredictionSide } from '../evaluate/evaluate-with-baseline.js';
import { readPredictions } from '../evaluate/reading/prediction-reader.js';
import { gate } from '../gate/gate.js';
import { MetricPolicy } from '../policy/metric-policy.js';
import { parseReport } from '../report/report-file.js';
import type { ReportFile } from '../report/report-files.js';
import { REPORT_OUTPUTS } from './step-outputs.js';

/** The committed penguin predictions (167 examples, accuracy 0.707) and a regressed metrics comparison. */
const fixtures = fileURLToPath(new URL('../../../../test/fixtures/', import.meta.url));

async function penguins(): Promise<PredictionSide> {
  const read = await readPredictions(`${fixtures}evaluate/binary-sex.csv`, 'binary-sex.csv', {
    task: 'classification',
  });
  return { file: 'binary-sex.csv', columns: read.columns, slices: read.slices };
}

/** The penguins judged against themselves by a policy whose accuracy floor (0.8) they are below. */
async function failedEvaluation(): Promise<ReportFile> {
  const side = await penguins();
  const report = evaluateWithBaseline({
    current: side,
    baseline: side,
    spec: { metrics: ['accuracy', 'f1'], average: 'binary' },
    policy: new MetricPolicy({
      source: { kind: 'file', file: 'mlgate.yml' },
      rules: [{ pattern: 'accuracy', settings: { direction: 'higher', min: 0.8 } }],
    }),
    subject: {},
    createdAt: '2026-12-05T00:00:00.000Z',
  });
  return { file: 'evaluation-metrics.json', report };
}

function comparison(): ReportFile {
  const file = `${fixtures}reports/comparison-regressed.json`;
  return { file, report: parseReport(readFileSync(file, 'utf8'), file) };
}

const regressionsOf = (reports: readonly ReportFile[]): string =>
  REPORT_OUTPUTS.regressions({
    reports,
    gate: gate(
      reports.map(({ report }) => report),
      'fail',
    ),
  });

describe('the regressions output', () => {
  it('counts the metrics computed from predictions that broke a rule, not only the metrics files', async () => {
    const evaluation = await failedEvaluation();
    if (evaluation.report.kind !== 'mlgate/evaluation@1') throw new Error('not an evaluation');
    expect(evaluation.report.metrics.map((metric) => [metric.name, metric.verdict])).toEqual([
      ['accuracy', 'fail'],
      ['f1', 'pass'],
    ]);

    expect(regressionsOf([evaluation])).toBe('1');
    // comparison-regressed.json: two failures and a warning, plus the predictions' accuracy.
    expect(regressionsOf([comparison(), evaluation])).toBe('4');
  });

  it('stays empty when nothing was compared, so "not checked" never reads as 0', () => {
    expect(regressionsOf([])).toBe('');
  });
});
