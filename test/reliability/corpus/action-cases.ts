import { readFileSync } from 'node:fs';
// Bad values for the inputs of every action, each refused with one error annotation and exit 2.
import type { ActionCase, ExpectedOutcome } from './corpus-case.js';

const TABLE = JSON.stringify({ fields: [{ name: 'id', type: 'integer' }] });
const DATA = { 'schemas/t.json': TABLE, 'data/d.csv': 'id\n1\n' };
const METRICS = { 'out/metrics.json': '{"accuracy": 0.9}\n' };
const refused = (says: RegExp, at?: string): ExpectedOutcome => ({ exit: 2, says, ...(at ? { at } : {}) });

/** One case per (action, input, bad value): the input named, the value refused before anything is written. */
function badInput(
  action: string,
  input: string,
  value: string,
  says: RegExp | { says: RegExp; at: string },
  base: {
    files?: ActionCase['files'];
    inputs?: Readonly<Record<string, string>>;
    event?: 'pull_request' | 'push';
  },
): ActionCase {
  return {
    kind: `action input: ${action === '.' ? 'mlgate (root)' : action}`,
    title: `${input}: ${JSON.stringify(value).slice(0, 60)}`,
    action,
    files: base.files ?? {},
    inputs: { ...base.inputs, [input]: value },
    ...(base.event ? { event: base.event } : {}),
    expect: says instanceof RegExp ? refused(says) : refused(says.says, says.at),
  };
}

const validateBase = { files: DATA, inputs: { schema: 'schemas/t.json', data: 'data/d.csv' } };
const compareBase = {
  files: METRICS,
  inputs: { metrics: 'out/metrics.json', baseline: 'file:out/metrics.json' },
};
const commentBase = { files: {}, inputs: {} };
const commentWithReport = {
  files: {
    'reports/r.json': readFileSync(
      new URL('../../fixtures/reports/validation-invalid.json', import.meta.url),
      'utf8',
    ),
  },
  inputs: { reports: 'reports/r.json' },
};
const publishBase = {
  files: { 'model/model.bin': 'weights' },
  inputs: { model: 'model/model.bin', name: 'clf', version: '1.0.0', require: 'gate-passed' },
  event: 'push' as const,
};
const rootBase = {
  files: { ...DATA, ...METRICS },
  inputs: {
    schema: 'schemas/t.json',
    data: 'data/d.csv',
    metrics: 'out/metrics.json',
    baseline: 'file:out/metrics.json',
  },
};

export const actionCases: readonly ActionCase[] = [
  // validate-data
  badInput(
    'validate-data',
    'schema',
    'schemas/nope.json',
    { says: /no such/, at: 'schemas/nope.json' },
    validateBase,
  ),
  badInput('validate-data', 'data', 'data/*.parquet', /matches no file|no data/, validateBase),
  badInput('validate-data', 'format', 'xlsx', /format/, validateBase),
  badInput('validate-data', 'max-errors', 'lots', /max-errors/, validateBase),
  badInput('validate-data', 'max-errors', '-5', /max-errors/, validateBase),
  badInput('validate-data', 'fail-on', 'error', /fail-on/, validateBase),
  badInput('validate-data', 'config', 'nope.yml', { says: /no such/, at: 'nope.yml' }, validateBase),
  badInput('validate-data', 'check-name', 'a\nb', /check-name/, validateBase),
  badInput('validate-data', 'check-name', 'x'.repeat(300), /check-name/, validateBase),
  badInput('validate-data', 'report-dir', 'data/d.csv', /report-dir|d\.csv/, validateBase),
  {
    kind: 'action input: validate-data',
    title: 'schema: a schema that is not valid JSON, annotated at its line',
    action: 'validate-data',
    files: { ...DATA, 'schemas/bad.json': '{"fields": [\n  {"name": "id",}\n]}' },
    inputs: { schema: 'schemas/bad.json', data: 'data/d.csv' },
    expect: refused(/JSON/, 'schemas/bad.json:2'),
  },
  {
    kind: 'paths outside the workspace',
    title: 'validate-data schema: /etc/hostname',
    action: 'validate-data',
    files: DATA,
    inputs: { schema: '/etc/hostname', data: 'data/d.csv' },
    expect: refused(/outside the workspace/),
    never: [/^[a-z0-9-]+$/m],
  },
  {
    kind: 'paths outside the workspace',
    title: 'validate-data data: ../../etc/passwd',
    action: 'validate-data',
    files: DATA,
    inputs: { schema: 'schemas/t.json', data: '../../etc/passwd' },
    expect: refused(/outside the workspace/),
    never: ['root:x:0:0'],
  },
  {
    kind: 'paths outside the workspace',
    title: 'compare-metrics metrics: a symlink in the workspace to /etc/passwd',
    action: 'compare-metrics',
    files: { 'out/metrics.json': { symlinkTo: '/etc/passwd' } },
    inputs: compareBase.inputs,
    expect: refused(/outside the workspace/),
    never: ['root:x:0:0'],
  },
  {
    kind: 'paths outside the workspace',
    title: 'the root action report-dir: /etc',
    action: '.',
    files: rootBase.files,
    inputs: { ...rootBase.inputs, 'report-dir': '/etc' },
    expect: refused(/outside the workspace|RUNNER_TEMP/),
  },
  // compare-metrics
  badInput(
    'compare-metrics',
    'metrics',
    'out/nope.json',
    { says: /no such/, at: 'out/nope.json' },
    compareBase,
  ),
  badInput('compare-metrics', 'config', 'nope.yml', { says: /no such/, at: 'nope.yml' }, compareBase),
  badInput('compare-metrics', 'baseline', 's3:bucket/key', /baseline/, compareBase),
  badInput('compare-metrics', 'baseline-name', 'a/b c', /baseline-name/, compareBase),
  badInput('compare-metrics', 'require-baseline', 'maybe', /require-baseline/, compareBase),
  badInput('compare-metrics', 'fail-on', 'sometimes', /fail-on/, compareBase),
  badInput('compare-metrics', 'check-name', '', /check-name/, {
    ...compareBase,
    inputs: { ...compareBase.inputs },
  }),
  badInput(
    'compare-metrics',
    'data-report',
    'out/nope.json',
    { says: /no such/, at: 'out/nope.json' },
    compareBase,
  ),
  badInput('compare-metrics', 'report-dir', 'out/metrics.json', /report-dir|metrics\.json/, compareBase),
  {
    kind: 'action input: compare-metrics',
    title: 'data-report: a report that is not valid JSON',
    action: 'compare-metrics',
    files: { ...METRICS, 'out/validation.json': '{"kind": ' },
    inputs: { ...compareBase.inputs, 'data-report': 'out/validation.json' },
    expect: refused(/JSON/, 'out/validation.json'),
  },
  {
    kind: 'action input: compare-metrics',
    title: 'metrics: a metrics file nested 5,000 levels deep',
    action: 'compare-metrics',
    files: { 'out/metrics.json': `{"acc": ${'{"x":'.repeat(5000)}1${'}'.repeat(5000)}}` },
    inputs: compareBase.inputs,
    expect: refused(/nest|deep/, 'out/metrics.json'),
  },
  // comment
  badInput('comment', 'reports', 'reports/*.json', /matches no file|no report/, commentBase),
  badInput('comment', 'id', 'a b<c>', /id/, commentBase),
  badInput('comment', 'mode', 'shout', /mode/, commentBase),
  badInput('comment', 'pr-number', 'seven', /pr-number/, commentBase),
  badInput('comment', 'commit-comment', 'maybe', /commit-comment/, commentWithReport),
  badInput('comment', 'from-artifact', 'maybe', /from-artifact/, commentBase),
  badInput('comment', 'config', 'nope.yml', { says: /no such/, at: 'nope.yml' }, commentBase),
  {
    kind: 'action input: comment',
    title: 'reports: a report that breaks its schema',
    action: 'comment',
    files: { 'reports/r.json': '{"kind": "mlgate/validation@1", "verdict": "maybe"}' },
    inputs: { reports: 'reports/r.json' },
    expect: refused(/schema|verdict|required/, 'reports/r.json'),
  },
  {
    kind: 'catastrophic patterns',
    title: 'comment reports: a glob *a*a*a*a*b against a 200-character file name',
    action: 'comment',
    files: { [`reports/${'a'.repeat(200)}`]: '{}' },
    inputs: { reports: 'reports/*a*a*a*a*b' },
    expect: refused(/wildcards in one path segment/),
  },
  // publish-model
  badInput('publish-model', 'model', 'model/nope.bin', /nope\.bin|matches no file/, publishBase),
  badInput('publish-model', 'name', 'my model!', /name/, publishBase),
  badInput('publish-model', 'version', 'v1.x', /version/, publishBase),
  badInput('publish-model', 'bump', 'huge', /bump/, publishBase),
  badInput('publish-model', 'require', 'luck', /require/, publishBase),
  badInput('publish-model', 'min-approvals', '-1', /min-approvals/, publishBase),
  badInput('publish-model', 'allow-stale-approvals', 'maybe', /allow-stale-approvals/, publishBase),
  badInput('publish-model', 'prerelease', 'maybe', /prerelease/, publishBase),
  badInput('publish-model', 'make-latest', 'maybe', /make-latest/, publishBase),
  badInput('publish-model', 'reports', 'reports/*.json', /matches no file|no report/, publishBase),
  badInput('publish-model', 'config', 'nope.yml', { says: /no such/, at: 'nope.yml' }, publishBase),
  badInput('publish-model', 'check-name', 'a\nb', /check-name/, publishBase),
  // the root action
  badInput('.', 'data', 'data/*.parquet', /matches no file|no data/, rootBase),
  badInput('.', 'format', 'xlsx', /format/, rootBase),
  badInput('.', 'max-errors', '-3', /max-errors/, rootBase),
  badInput('.', 'metrics', 'out/nope.json', { says: /no such/, at: 'out/nope.json' }, rootBase),
  badInput('.', 'baseline', 'ftp://x', /baseline/, rootBase),
  badInput('.', 'baseline-name', '../x', /baseline-name/, rootBase),
  badInput('.', 'require-baseline', 'maybe', /require-baseline/, rootBase),
  badInput('.', 'fail-on', 'error', /fail-on/, rootBase),
  badInput('.', 'comment', 'maybe', /comment/, rootBase),
  badInput('.', 'comment-id', 'a b<c>', /comment-id/, rootBase),
  badInput('.', 'comment-mode', 'shout', /comment-mode/, rootBase),
  badInput('.', 'check-name', 'a\nb', /check-name/, rootBase),
  badInput('.', 'report-dir', 'data/d.csv', /report-dir|d\.csv/, rootBase),
  badInput('.', 'config', 'nope.yml', { says: /no such/, at: 'nope.yml' }, rootBase),
  badInput('.', 'schema', 'schemas/nope.json', { says: /no such/, at: 'schemas/nope.json' }, rootBase),
];
