import { describe, expect, it } from '@jest/globals';
import { lintMlgateUsage, lintWithOfficialParser } from '../scripts/workflow-lint.js';

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
    expect(problems[0]).toMatchObject({ file: 'bad.yml', line: 7 });
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
});
