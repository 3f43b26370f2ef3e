import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../config/config-loader.js';
import { UserError } from '../user-error.js';
import { planRun } from './run-plan.js';
import type { InputNamer } from './run-plan.js';

const asInput: InputNamer = (input) => `input '${input.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}'`;
const config = parseConfig(
  [
    'datasets:',
    '  - name: customers',
    '    path: data/customers.csv',
    '    schema: schemas/customers.json',
    '  - path: data/events/*.parquet',
    '    schema: schemas/events.json',
    '    format: parquet',
    'metrics:',
    '  files: out/metrics.json',
    '  namespace: stem',
    'baseline:',
    '  source: git:main',
    '  name: churn',
    'report:',
    '  comment-id: churn',
    '  comment-mode: recreate',
    '  fold: [pass, improved]',
    '  max-errors: 20',
    '',
  ].join('\n'),
  'mlgate.yml',
);

describe('planning a run', () => {
  it('takes the work from mlgate.yml when no input says otherwise', () => {
    const plan = planRun(config, {}, asInput);
    expect(plan.datasets).toMatchObject([
      { name: 'customers', schema: 'schemas/customers.json', data: ['data/customers.csv'], format: 'auto' },
      { name: 'dataset-2', data: ['data/events/*.parquet'], format: 'parquet', dataFrom: 'datasets.1.path' },
    ]);
    expect(plan.metrics).toMatchObject({
      files: ['out/metrics.json'],
      filesFrom: 'metrics.files',
      namespace: 'stem',
      baseline: { kind: 'git', ref: 'main' },
      baselineName: 'churn',
      requireBaseline: false,
    });
    expect(plan.report).toEqual({
      commentId: 'churn',
      commentMode: 'recreate',
      fold: ['pass', 'improved'],
      maxErrors: 20,
      examplesPerColumn: 20,
    });
    expect(plan.failOn).toBe('fail');
    expect(plan.config).toEqual({ file: 'mlgate.yml', sha256: config.sha256 });
  });

  it('lets every input override the config', () => {
    const plan = planRun(
      config,
      {
        schema: 's.json',
        data: ['a.csv'],
        format: 'csv',
        maxErrors: 5,
        metrics: ['m.json'],
        namespace: 'none',
        baseline: 'release',
        baselineName: 'other',
        requireBaseline: true,
        failOn: 'warn',
        commentId: 'x',
        commentMode: 'hide-previous',
      },
      asInput,
    );
    expect(plan.datasets).toEqual([
      { name: 'data', schema: 's.json', data: ['a.csv'], dataFrom: "input 'data'", format: 'csv' },
    ]);
    expect(plan.metrics).toMatchObject({
      files: ['m.json'],
      filesFrom: "input 'metrics'",
      namespace: 'none',
      baseline: { kind: 'release' },
      baselineName: 'other',
      requireBaseline: true,
    });
    expect(plan).toMatchObject({
      failOn: 'warn',
      report: { commentId: 'x', commentMode: 'hide-previous', maxErrors: 5 },
    });
  });

  it('applies the defaults without a config', () => {
    expect(planRun(undefined, {}, asInput)).toEqual({
      datasets: [],
      failOn: 'fail',
      report: {
        commentId: 'mlgate',
        commentMode: 'upsert',
        fold: ['pass'],
        maxErrors: 100,
        examplesPerColumn: 20,
      },
    });
    expect(planRun(undefined, { metrics: ['m.json'] }, asInput).metrics).toMatchObject({
      baseline: { kind: 'cache' },
      baselineName: 'default',
      namespace: 'auto',
    });
  });

  it("judges drift against the production model's profiles when the metrics baseline is the release", () => {
    const drifting = (baseline: string) =>
      parseConfig(
        `datasets:\n  - path: a.csv\n    schema: s.json\ndrift: {}\nbaseline:\n  source: ${baseline}\n`,
        'mlgate.yml',
      );
    expect(planRun(drifting('release'), {}, asInput).drift?.baseline).toBe('release');
    expect(planRun(drifting('git:main'), {}, asInput).drift?.baseline).toBe('cache');
    expect(planRun(drifting('cache'), { baseline: 'release' }, asInput).drift?.baseline).toBe('release');
    expect(planRun(drifting('release'), { baseline: 'cache' }, asInput).drift?.baseline).toBe('cache');
  });

  it.each([
    [{ data: ['a.csv'] }, "input 'data' needs input 'schema'"],
    [{ schema: 's.json' }, "input 'schema' needs input 'data'"],
    [
      { metrics: ['m.json'], baseline: 'git:' },
      "input 'baseline' is 'git:'; expected cache, release, git:<ref> or file:<path>",
    ],
    [{ commentId: 'a b' }, "input 'comment-id' is 'a b'; use up to 64 letters, digits, '.', '_' and '-'"],
  ])('refuses %j, naming the input', (inputs, message) => {
    expect(() => planRun(undefined, inputs, asInput)).toThrow(new UserError(message));
  });

  it('refuses a configured dataset without a schema, at its line', () => {
    const noSchema = parseConfig('datasets:\n  - path: a.csv\n', 'mlgate.yml');
    const error = (() => {
      try {
        planRun(noSchema, {}, asInput);
      } catch (caught) {
        return caught as UserError;
      }
      throw new Error('expected an error');
    })();
    expect(error.message).toBe('dataset dataset-1 in mlgate.yml has no schema');
    expect(error.location).toMatchObject({ file: 'mlgate.yml', line: 2 });
  });
});
