import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parseMetricsText } from '../metrics/metrics-loader.js';
import { MetricPolicy } from '../policy/metric-policy.js';
import type { RuleInput } from '../policy/metric-policy.js';
import { PUBLISHED_SCHEMAS } from '../report/published-schemas.js';
import type { BaselineProvenance } from './baseline-provenance.js';
import { createBaselineSnapshot, parseBaselineText } from './baseline-snapshot.js';
import type { ComparisonReport, MetricComparison } from './comparison-report.js';
import { compareMetrics } from './metrics-comparison.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const schemaFile = 'schemas/comparison-report.schema.json';
const publishedSchema = JSON.parse(readFileSync(`${repoRoot}${schemaFile}`, 'utf8')) as object;
const validateReport = new Ajv({ allErrors: true, strict: true }).compile(publishedSchema);

const CACHE: BaselineProvenance = {
  source: 'cache',
  key: 'mlgate-baseline-default-0123456789abcdef0123456789abcdef01234567',
  commit: '0123456789abcdef0123456789abcdef01234567',
  date: '2026-05-01T12:00:00Z',
};

function compare(
  current: string,
  baseline: string | undefined,
  rules: Record<string, RuleInput> = {},
  options: { defaultRule?: RuleInput; requireBaseline?: boolean } = {},
): ComparisonReport {
  const policy = new MetricPolicy({
    source: { kind: 'file', file: 'mlgate.yml' },
    ...(options.defaultRule ? { default: { settings: options.defaultRule } } : {}),
    rules: Object.entries(rules).map(([pattern, settings], index) => ({
      pattern,
      settings,
      location: { file: 'mlgate.yml', line: index + 3 },
    })),
  });
  const report = compareMetrics({
    current: parseMetricsText(current, 'current.json'),
    currentFiles: ['current.json'],
    baseline:
      baseline === undefined
        ? { provenance: { source: 'none', reason: 'no cache entry yet' }, metrics: new Map() }
        : { provenance: CACHE, metrics: parseMetricsText(baseline, 'baseline.json') },
    policy,
    subject: { repository: 'acme/model', sha: 'fedcba9876543210fedcba9876543210fedcba98', pullRequest: 7 },
    ...(options.requireBaseline !== undefined ? { requireBaseline: options.requireBaseline } : {}),
  });
  expect(validateReport(JSON.parse(JSON.stringify(report)))).toBe(true);
  return report;
}
const row = (report: ComparisonReport, name: string): MetricComparison => {
  const found = report.metrics.find((metric) => metric.name === name);
  if (found === undefined) throw new Error(`no row ${name}`);
  return found;
};
const verdicts = (report: ComparisonReport) =>
  Object.fromEntries(report.metrics.map((metric) => [metric.name, metric.verdict]));

describe('comparing against a baseline', () => {
  it('fails a drop beyond the tolerance, passes one within it, and marks a rise as improved', () => {
    const report = compare('{"a": 0.85, "b": 0.895, "c": 0.95}', '{"a": 0.9, "b": 0.9, "c": 0.9}', {
      '*': { direction: 'higher', tolerance: 0.01 },
    });
    expect(verdicts(report)).toEqual({ a: 'fail', b: 'pass', c: 'improved' });
    expect(row(report, 'a')).toMatchObject({
      baseline: { type: 'number', value: 0.9 },
      current: { type: 'number', value: 0.85 },
      reason: 'dropped 0.05 (-5.56%), more than the tolerance 0.01',
      rule: { match: 'glob', pattern: '*', location: { file: 'mlgate.yml', line: 3 } },
      source: { file: 'current.json', line: 1 },
    });
    expect(row(report, 'a').delta?.absolute).toBeCloseTo(-0.05, 15);
    expect(row(report, 'a').delta?.relative).toBeCloseTo(-0.05 / 0.9, 15);
    expect(report).toMatchObject({ verdict: 'fail', summary: { total: 3, fail: 1, pass: 1, improved: 1 } });
  });

  it('takes a value exactly at the tolerance as passing despite floating-point rounding', () => {
    const report = compare('{"a": 0.88}', '{"a": 0.9}', { a: { direction: 'higher', tolerance: 0.02 } });
    expect(row(report, 'a').verdict).toBe('pass');
  });

  it('scales a relative tolerance by the baseline, for lower-is-better metrics too', () => {
    const report = compare('{"loss": 0.104, "latency": 10.6}', '{"loss": 0.1, "latency": 10}', {
      loss: { direction: 'lower', tolerance: '5%' },
      latency: { direction: 'lower', tolerance: '5%' },
    });
    expect(verdicts(report)).toEqual({ loss: 'pass', latency: 'fail' });
  });

  it("gives a broken rule's severity: warn instead of fail", () => {
    const report = compare('{"a": 0.5}', '{"a": 0.9}', { a: { direction: 'higher', severity: 'warn' } });
    expect(row(report, 'a').verdict).toBe('warn');
    expect(report.verdict).toBe('warn');
  });

  it("holds 'equal' within its tolerance, and applies it to text", () => {
    const report = compare(
      '{"n": 100.4, "m": 101, "model": "vit"}',
      '{"n": 100, "m": 100, "model": "resnet"}',
      {
        n: { direction: 'equal', tolerance: 0.5 },
        m: { direction: 'equal', tolerance: 0.5 },
        model: { direction: 'equal' },
      },
    );
    expect(verdicts(report)).toEqual({ n: 'pass', m: 'fail', model: 'fail' });
    expect(row(report, 'model').reason).toBe('changed from resnet to vit');
  });

  it("reports a value that moved under 'none' (or no rule) as changed, informational", () => {
    const report = compare(
      '{"a": 0.1, "notes": "new data", "ok": false, "same": "v1"}',
      '{"a": 0.9, "notes": "old", "ok": true, "same": "v1"}',
    );
    expect(verdicts(report)).toEqual({ a: 'changed', notes: 'changed', ok: 'changed', same: 'pass' });
    expect(report.verdict).toBe('pass');
    expect(report.summary).toMatchObject({ changed: 3, pass: 1 });
    expect(row(report, 'a')).toMatchObject({
      reason: 'dropped 0.8 (-88.9%) (informational)',
      rule: { match: 'builtin' },
    });
    expect(row(report, 'notes').delta).toBeNull();
  });

  it('fails a metric that becomes NaN by default, even with no rule, unless allow-nan', () => {
    const report = compare('{"loss": NaN, "aux": NaN}', '{"loss": 0.2, "aux": 0.3}', {
      aux: { allowNan: true },
    });
    expect(row(report, 'loss')).toMatchObject({
      verdict: 'fail',
      reason: 'became NaN',
      current: { type: 'nan' },
    });
    expect(row(report, 'aux')).toMatchObject({
      verdict: 'changed',
      reason: 'became NaN, allowed by the rule',
    });
  });

  it('fails a metric that is not a finite number (Infinity, an overflowing 1e400, "inf"), like NaN', () => {
    const higher: RuleInput = { direction: 'higher', tolerance: 0.01 };
    const report = compare(
      '{"a": Infinity, "b": 1e400, "c": "Infinity", "d": -Infinity, "e": "-inf", "f": 5}',
      '{"a": 0.9, "b": 0.9, "c": 0.9, "d": 0.9, "e": 0.9, "f": Infinity}',
      { a: higher, b: higher, c: higher, d: higher, e: { direction: 'none' }, f: higher },
    );
    expect(verdicts(report)).toEqual({
      a: 'fail',
      b: 'fail',
      c: 'fail',
      d: 'fail',
      e: 'fail',
      f: 'fail',
    });
    expect(row(report, 'a')).toMatchObject({
      reason: 'became Infinity, not a finite number',
      current: { type: 'infinity', sign: 1 },
      delta: null,
    });
    // 1e400 overflows a double: it is Infinity, and says so, rather than a "number" whose JSON would be null.
    expect(row(report, 'b').current).toEqual({ type: 'infinity', sign: 1 });
    expect(row(report, 'e').reason).toBe('became -Infinity, not a finite number');
    // A baseline that was not a finite number is no measurement to hold the current one to.
    expect(row(report, 'f').reason).toBe(
      'the baseline was Infinity, not a finite number, so the change cannot be judged',
    );
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('lets allow-nan accept a non-finite baseline, so a repaired metric can pass', () => {
    const report = compare('{"a": 0.9, "n": 0.5}', '{"a": Infinity, "n": NaN}', {
      a: { direction: 'lower', allowNan: true },
      n: { direction: 'higher', allowNan: true },
    });
    expect(verdicts(report)).toEqual({ a: 'improved', n: 'improved' });
    expect(row(report, 'a').reason).toBe('was Infinity, not a finite number');
  });

  it('fails a non-finite value even within bounds or without a baseline, unless allow-nan', () => {
    const report = compare('{"a": Infinity, "b": -Infinity}', undefined, {
      a: { max: Infinity },
      b: { allowNan: true },
    });
    expect(verdicts(report)).toEqual({ a: 'fail', b: 'new' });
    expect(row(report, 'a').reason).toBe('Infinity, not a finite number');
  });

  it('reports a metric gone from the current run as missing, and fails it when required', () => {
    const report = compare('{"a": 1}', '{"a": 1, "gone": 2, "needed": 3}', { needed: { required: true } });
    expect(verdicts(report)).toEqual({ a: 'pass', gone: 'missing', needed: 'fail' });
    expect(row(report, 'needed').reason).toBe('required, but not in the current run');
    expect(row(report, 'gone').source).toBeUndefined();
  });

  it('fails a required glob that matches no metric at all', () => {
    const report = compare('{"a": 1}', '{"a": 1}', { 'per_class.*.recall': { required: true } });
    expect(row(report, 'per_class.*.recall')).toMatchObject({
      verdict: 'fail',
      current: null,
      reason: 'required, but no metric matches',
    });
  });

  it('warns, in the report, about a rule that matches no metric (not an error)', () => {
    const report = compare('{"accuracy": 1}', '{"accuracy": 1}', {
      'per_slice.*.auc': { direction: 'higher' },
      acuracy: { direction: 'higher' },
    });
    expect(report.verdict).toBe('pass');
    expect(report.warnings).toEqual([
      { message: "the rule 'per_slice.*.auc' matches no metric", location: { file: 'mlgate.yml', line: 3 } },
      {
        message: "the rule 'acuracy' names a metric that is in neither the current run nor the baseline",
        location: { file: 'mlgate.yml', line: 4 },
      },
    ]);
  });

  it('does not warn about a rule with significance, which judges predictions rather than metrics files', () => {
    const report = compare('{"cv": {"accuracy": 0.9}}', '{"cv": {"accuracy": 0.9}}', {
      accuracy: { direction: 'higher', significance: { alpha: 0.05 } },
      'slice.*.accuracy': { direction: 'higher', significance: { alpha: 0.05 } },
      'cv.acuracy': { direction: 'higher' },
    });
    expect(report.warnings.map((warning) => warning.message)).toEqual([
      "the rule 'cv.acuracy' names a metric that is in neither the current run nor the baseline",
    ]);
  });

  it('does not warn about a glob whose metrics a more specific rule decides', () => {
    const report = compare('{"a.b": 1}', '{"a.b": 1}', { 'a.*': {}, 'a.b': {} });
    expect(report.warnings).toEqual([]);
  });
});

describe('without a baseline', () => {
  it("is neutral, for want of a baseline ('no-baseline'), with every metric new", () => {
    const report = compare('{"a": 0.9, "b": 0.1}', undefined, { a: { direction: 'higher' } });
    expect(report).toMatchObject({
      verdict: 'neutral',
      neutralReason: 'no-baseline',
      verdictReason: 'no baseline: no cache entry yet',
      baseline: { source: 'none', reason: 'no cache entry yet' },
      summary: { new: 2 },
    });
  });

  it('still checks bounds, required metrics and NaN', () => {
    const report = compare('{"acc": 0.7, "loss": NaN}', undefined, {
      acc: { min: 0.8 },
      f1: { required: true },
    });
    expect(verdicts(report)).toEqual({ acc: 'fail', loss: 'fail', f1: 'fail' });
    expect(row(report, 'acc').reason).toBe('0.7 is below the minimum 0.8');
    expect(report.verdict).toBe('fail');
  });

  it('shows a computed value beside its bound in six digits, unless that reads as the bound', () => {
    const report = compare('{"acc": 0.7537537537537538, "auc": 0.79999999}', undefined, {
      acc: { min: 0.8 },
      auc: { min: 0.8 },
    });
    expect(row(report, 'acc').reason).toBe('0.753754 is below the minimum 0.8');
    expect(row(report, 'auc').reason).toBe('0.79999999 is below the minimum 0.8');
  });

  it('shows a bound broken at severity warn as warn, not behind neutral', () => {
    const report = compare('{"acc": 0.7}', undefined, { acc: { min: 0.8, severity: 'warn' } });
    expect(verdicts(report)).toEqual({ acc: 'warn' });
    expect(report).toMatchObject({ verdict: 'warn', verdictReason: '1 metric warned' });
    expect('neutralReason' in report).toBe(false);
  });

  it('fails when a baseline is required', () => {
    expect(compare('{"a": 1}', undefined, {}, { requireBaseline: true }).verdict).toBe('fail');
  });
});

describe('the comparison report', () => {
  it('names its kind, version, subject, baseline provenance and policy', () => {
    const report = compare('{"a": 1}', '{"a": 1}');
    expect(report).toMatchObject({
      kind: 'mlgate/comparison@1',
      mlgateVersion: expect.any(String),
      subject: { repository: 'acme/model', pullRequest: 7 },
      baseline: CACHE,
      policy: { kind: 'file', file: 'mlgate.yml', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      current: { files: ['current.json'] },
    });
  });

  it('is rejected by its schema when a value state is impossible', () => {
    const report = JSON.parse(JSON.stringify(compare('{"a": 1}', '{"a": 1}'))) as {
      metrics: { current: unknown }[];
    };
    report.metrics[0]!.current = { type: 'number', value: 'NaN' };
    expect(validateReport(report)).toBe(false);
  });

  it('has its published schema file in step with the code', () => {
    expect(publishedSchema).toEqual(PUBLISHED_SCHEMAS[schemaFile]);
  });
});

describe('baseline snapshots', () => {
  it('round-trip metrics, NaN and infinity included, with their provenance', () => {
    const metrics = parseMetricsText(
      '{"a": {"b": 0.5}, "n": NaN, "i": -Infinity, "t": "x", "z": null}',
      'm.json',
    );
    const snapshot = createBaselineSnapshot(metrics, CACHE);
    const read = parseBaselineText(JSON.stringify(snapshot, null, 2), 'baseline.json');
    expect(read.provenance).toEqual(CACHE);
    expect(Object.fromEntries([...read.metrics].map(([name, metric]) => [name, metric.value]))).toEqual(
      Object.fromEntries([...metrics].map(([name, metric]) => [name, metric.value])),
    );
  });

  it('take a plain metrics file as a file baseline', () => {
    expect(parseBaselineText('{"a": 1}', 'base.json').provenance).toEqual({
      source: 'file',
      path: 'base.json',
    });
  });
});
