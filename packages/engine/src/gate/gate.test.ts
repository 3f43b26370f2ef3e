import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { ComparisonReport } from '../compare/comparison-report.js';
import { parseReport } from '../report/report-file.js';
import type { ValidationReport } from '../validate/report/validation-report.js';
import { gate } from './gate.js';

const fixture = <R>(name: string): R =>
  parseReport(
    readFileSync(new URL(`../../../../test/fixtures/reports/${name}`, import.meta.url), 'utf8'),
    name,
  ) as R;
const invalidData = fixture<ValidationReport>('validation-invalid.json');
const regressed = fixture<ComparisonReport>('comparison-regressed.json');
const validData: ValidationReport = { ...invalidData, verdict: 'pass', verdictReason: '1 file valid' };
const goodMetrics: ComparisonReport = { ...regressed, verdict: 'pass', verdictReason: 'no regressions' };
const warnedMetrics: ComparisonReport = { ...regressed, verdict: 'warn', verdictReason: '1 metric warned' };
const noBaseline: ComparisonReport = {
  ...regressed,
  verdict: 'neutral',
  neutralReason: 'no-baseline',
  verdictReason: 'no baseline: no cache entry yet',
};

describe('the gate over every report of a run', () => {
  it('fails on invalid data even when the metrics pass, with the data as the reason', () => {
    expect(gate([invalidData, goodMetrics], 'fail')).toMatchObject({
      verdict: 'fail',
      verdictReason: '12 errors in 1 of 1 file',
      fails: true,
      exitCode: 1,
      conclusion: 'failure',
    });
  });

  it('passes when every report passes', () => {
    expect(gate([validData, goodMetrics], 'fail')).toMatchObject({
      verdict: 'pass',
      verdictReason: '1 file valid; no regressions',
      exitCode: 0,
      conclusion: 'success',
    });
  });

  it('lets fail-on decide what fails the step, never what the verdict is', () => {
    expect(gate([validData, warnedMetrics], 'fail')).toMatchObject({
      verdict: 'warn',
      fails: false,
      conclusion: 'neutral',
    });
    expect(gate([validData, warnedMetrics], 'warn')).toMatchObject({
      verdict: 'warn',
      fails: true,
      conclusion: 'failure',
    });
    expect(gate([invalidData], 'never')).toMatchObject({
      verdict: 'fail',
      fails: false,
      exitCode: 0,
      conclusion: 'neutral',
    });
  });

  it('is neutral with the reason when there is no baseline, and when there is nothing to check', () => {
    expect(gate([validData, noBaseline], 'fail')).toMatchObject({
      verdict: 'neutral',
      neutralReason: 'no-baseline',
      exitCode: 0,
      conclusion: 'neutral',
    });
    expect(gate([], 'fail')).toMatchObject({ verdict: 'neutral', neutralReason: 'nothing-to-check' });
  });
});
