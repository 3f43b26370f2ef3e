import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { extendHistory } from '../../compare/baseline-history.js';
import type { BaselineHistory } from '../../compare/baseline-history.js';
import type { ComparisonReport, MetricComparison } from '../../compare/comparison-report.js';
import { compareMetrics } from '../../compare/metrics-comparison.js';
import { parseMetricsText } from '../../metrics/metrics-loader.js';
import { MetricPolicy } from '../../policy/metric-policy.js';
import type { RuleInput } from '../../policy/metric-policy.js';
import { renderReport } from '../report-document.js';
import { MAX_TREND_CHARTS } from '../comparison-sections.js';
import { mermaidNumber, trendChart } from './trend-chart.js';
import { trendPoints } from './trend-points.js';
import { sparkline } from './trend-sparkline.js';
import { parseMermaid } from '../testing/mermaid-parser.js';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const validateReport = new Ajv({ allErrors: true, strict: true }).compile(
  JSON.parse(readFileSync(`${root}schemas/comparison-report.schema.json`, 'utf8')) as object,
);

const render = (markdown: string): string =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });

/** What GitHub hands Mermaid: the text of each ```mermaid block, as the Markdown renderer sees it. */
function mermaidBlocks(markdown: string): string[] {
  return [...render(markdown).matchAll(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g)].map(
    (match) =>
      match[1]!
        .replaceAll('&quot;', '"')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&amp;', '&'),
  );
}

const LABEL = /^[\p{L}\p{N} _.,+\-/()]+$/u;
// Mermaid's xychart lexer: NUMBER_WITH_DECIMAL is [+-]?(\d+(\.\d+)?|\.\d+), no exponent.
const NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;

/** Every chart checkChart saw: the last test hands each to Mermaid's own parser. */
const charts: string[] = [];

/**
 * The grammar of a trend chart, line by line (Mermaid's own parser then takes every one, below): what its
 * xychart lexer accepts:
 * xychart-beta, a quoted title, quoted x labels of inert characters (short SHAs, then `PR`), a y range of
 * plain decimals, one line series as long as the labels. Returns the labels and the values.
 */
function checkChart(block: string): { labels: string[]; values: number[] } {
  charts.push(block);
  const lines = block.trimEnd().split('\n');
  expect(lines).toHaveLength(5);
  expect(lines[0]).toBe('xychart-beta');
  const title = /^ {4}title "([^"\n`]*)"$/.exec(lines[1]!);
  expect(title).not.toBeNull();
  expect(title![1]).toMatch(LABEL);
  const axis = /^ {4}x-axis \[(.*)\]$/.exec(lines[2]!);
  expect(axis).not.toBeNull();
  const labels = [...axis![1]!.matchAll(/"([^"]*)"(, |$)/g)].map((match) => match[1]!);
  expect(labels.map((label) => `"${label}"`).join(', ')).toBe(axis![1]);
  for (const label of labels) expect(label).toMatch(LABEL);
  const y = /^ {4}y-axis "([^"\n`]*)" (\S+) --> (\S+)$/.exec(lines[3]!);
  expect(y).not.toBeNull();
  expect(y![1]).toMatch(LABEL);
  expect(y![2]).toMatch(NUMBER);
  expect(y![3]).toMatch(NUMBER);
  const line = /^ {4}line \[(.*)\]$/.exec(lines[4]!);
  expect(line).not.toBeNull();
  const values = line![1]!.split(', ');
  for (const value of values) expect(value).toMatch(NUMBER);
  expect(values).toHaveLength(labels.length);
  // Every point inside the y range.
  for (const value of values.map(Number)) {
    expect(value).toBeGreaterThanOrEqual(Number(y![2]));
    expect(value).toBeLessThanOrEqual(Number(y![3]));
  }
  return { labels, values: values.map(Number) };
}

const sha = (index: number): string => `${index.toString(16).padStart(7, '0')}${'a'.repeat(33)}`;
const metrics = (json: string) => parseMetricsText(json, 'metrics.json');

/** The history a run of pushes to main leaves: one JSON metrics text per push, oldest first. */
function historyOf(pushes: readonly string[]): BaselineHistory {
  let history: BaselineHistory | undefined;
  pushes.forEach((json, index) => {
    history = extendHistory(
      history,
      { commit: sha(index + 1), date: '2026-05-01', metrics: metrics(json) },
      20,
    );
  });
  return history!;
}

function compare(
  pushes: readonly string[],
  current: string,
  rules: Record<string, RuleInput>,
): ComparisonReport {
  const history = historyOf(pushes);
  const last = pushes.at(-1)!;
  const report = compareMetrics({
    current: metrics(current),
    currentFiles: ['metrics.json'],
    baseline: {
      provenance: { source: 'cache', key: 'k', commit: sha(pushes.length), date: '2026-05-01' },
      metrics: metrics(last),
      history,
    },
    policy: new MetricPolicy({
      source: { kind: 'file', file: 'mlgate.yml' },
      rules: Object.entries(rules).map(([pattern, settings]) => ({ pattern, settings })),
    }),
  });
  expect(validateReport(report)).toBe(true);
  return report;
}

const row = (report: ComparisonReport, name: string): MetricComparison =>
  report.metrics.find((metric) => metric.name === name)!;

const ACCURACY = [0.9, 0.91, 0.92, 0.93, 0.94];
const pushes = ACCURACY.map((accuracy, index) =>
  JSON.stringify({ accuracy, loss: 0.5 - index / 100, latency: index === 2 ? 'NaN' : 10 + index }),
);

describe('the sparkline', () => {
  it('scales the points from lowest to highest, one block each', () => {
    const points = [0, 1, 2, 3, 4, 5, 6, 7].map((value) => ({ value }));
    expect(sparkline(points)).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([{ value: 3 }, { value: 3 }, { value: 3 }])).toBe('▄▄▄');
    expect(sparkline([{ value: 1 }])).toBe('');
    expect(sparkline([])).toBe('');
  });

  it('runs over the last main values and this pull request, skipping NaN rather than drawing it as 0', () => {
    const report = compare(pushes, '{"accuracy": 0.8, "loss": 0.4, "latency": 14}', {});
    expect(sparkline(trendPoints(row(report, 'accuracy')))).toBe('▆▇▇██▁');
    // The NaN at the third push is left out: five points, not six, and none at the bottom for it.
    expect(trendPoints(row(report, 'latency')).map((point) => point.value)).toEqual([10, 11, 13, 14, 14]);
    expect(sparkline(trendPoints(row(report, 'latency')))).toBe('▁▃▆██');
  });
});

describe('the trend chart', () => {
  it('draws the last main values with this pull request last, line by line', () => {
    const report = compare(pushes, '{"accuracy": 0.8}', {});
    const chart = trendChart(row(report, 'accuracy'))!;
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      'xychart-beta',
      '    title "accuracy - last 5 on main, then this PR"',
      '    x-axis ["0000001", "0000002", "0000003", "0000004", "0000005", "PR"]',
      '    y-axis "accuracy" 0.786 --> 0.954',
      '    line [0.9, 0.91, 0.92, 0.93, 0.94, 0.8]',
      '```',
      '',
    ]);
    expect(checkChart(chart.split('\n').slice(1, -2).join('\n')).labels.at(-1)).toBe('PR');
  });

  it('skips non-finite points, and draws nothing from fewer than two', () => {
    const report = compare(pushes, '{"latency": "Infinity", "fresh": 1}', {});
    const { labels, values } = checkChart(
      trendChart(row(report, 'latency'))!.split('\n').slice(1, -2).join('\n'),
    );
    expect(labels).toEqual(['0000001', '0000002', '0000004', '0000005']);
    expect(values).toEqual([10, 11, 13, 14]);
    expect(trendChart(row(report, 'fresh'))).toBeUndefined();
  });

  it('writes numbers Mermaid can lex: never an exponent', () => {
    expect(mermaidNumber(1e-7)).toBe('0.0000001');
    expect(mermaidNumber(-2.5e-9)).toBe('-0.0000000025');
    expect(mermaidNumber(1.23456789e22)).toBe('12345700000000000000000');
    expect(mermaidNumber(0.1 + 0.2)).toBe('0.3');
    const tiny = compare(['{"p": 1e-9}', '{"p": 2e-9}'], '{"p": 3e-9}', {});
    checkChart(trendChart(row(tiny, 'p'))!.split('\n').slice(1, -2).join('\n'));
  });
});

describe('trends in the pull request comment', () => {
  const rules = { accuracy: { direction: 'higher', tolerance: 0.01 }, loss: { headline: true } } as const;

  it('has a Trend column, and charts the regression and the headline metric', () => {
    const report = compare(pushes, '{"accuracy": 0.8, "loss": 0.45, "latency": 14}', rules);
    const markdown = renderReport([report]);
    expect(markdown).toContain('| Status | Metric | Baseline | Current | Δ | Δ% | Trend | Why |');
    expect(markdown).toContain('| ❌ fail | accuracy | 0.94 | 0.8 | -0.14 | -14.9% | ▆▇▇██▁ |');
    expect(markdown).toMatch(/\| latency \| 14 \| 14 \| 0 \| 0% \| ▁▃▆██ \|/);
    const blocks = mermaidBlocks(markdown);
    expect(blocks.map((block) => /title "(\w+)/.exec(block)![1])).toEqual(['accuracy', 'loss']);
    for (const block of blocks) checkChart(block);
  });

  it('has no Trend column and no chart when the baseline has no history', () => {
    const report = compareMetrics({
      current: metrics('{"accuracy": 0.8}'),
      currentFiles: ['metrics.json'],
      baseline: { provenance: { source: 'file', path: 'old.json' }, metrics: metrics('{"accuracy": 0.9}') },
      policy: MetricPolicy.builtin(),
    });
    const markdown = renderReport([report]);
    expect(markdown).not.toContain('Trend');
    expect(markdown).not.toContain('```mermaid');
  });

  it('charts at most a few, and drops them first when the comment is tight', () => {
    const many = Array.from({ length: 6 }, (_, index) => `m${index}`);
    const json = (value: number) => JSON.stringify(Object.fromEntries(many.map((name) => [name, value])));
    const report = compare([json(0.9), json(0.91)], json(0.5), { '*': { direction: 'higher' } });
    const full = renderReport([report]);
    expect(mermaidBlocks(full)).toHaveLength(MAX_TREND_CHARTS);
    const cut = renderReport([report], { maxLength: full.length - 100 });
    expect(cut).toContain('**6 regressions**');
    expect(cut).toContain('▁');
    expect(cut).toMatch(/leaving out: trend chart of m2(, trend chart of m1)?\./);
  });

  it('cannot break out of a chart, a table or the page, whatever the metric is called', () => {
    const HOSTILE = [
      'acc"]\n```\n<script>alert(1)</script>',
      '%%{init: {"theme": "dark"}}%%',
      'x-axis ["a"]; line [1]',
      '\u202Eevil `code` #1 @team',
    ];
    const json = (value: number) => JSON.stringify(Object.fromEntries(HOSTILE.map((name) => [name, value])));
    const rules = Object.fromEntries(HOSTILE.map((name) => [name, { headline: true }]));
    const report = compare([json(1), json(2)], json(3), rules);
    const markdown = renderReport([report]);
    const html = render(markdown);
    expect(html).not.toMatch(/<script|<img|href=/i);
    expect(html).not.toMatch(/\u202E/);
    const blocks = mermaidBlocks(markdown);
    expect(blocks).toHaveLength(MAX_TREND_CHARTS);
    for (const block of blocks) {
      checkChart(block);
      expect(block).not.toMatch(/%%|;|`|<|#/);
    }
    // As many fences closed as opened: nothing left a chart.
    expect(markdown.match(/^```/gm)).toHaveLength(2 * MAX_TREND_CHARTS);
    // One table row per metric: a name cannot end the row or the table.
    expect(html.match(/<tr>/g)).toHaveLength(1 + HOSTILE.length);
  });
});

describe("Mermaid's own parser", () => {
  it('parses every trend chart the tests above drew, hostile metric names included', async () => {
    expect(charts.length).toBeGreaterThan(5);
    for (const chart of charts) await expect(parseMermaid(chart)).resolves.toBe('xychart');
  });

  it('refuses a broken chart, so the test above checks something', async () => {
    await expect(parseMermaid('xychart-beta\n    line [0.9, 0.91\n')).rejects.toThrow(/Parse error/);
  });
});
