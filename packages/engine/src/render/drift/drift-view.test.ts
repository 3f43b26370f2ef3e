import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import type { ColumnDrift, DriftReport } from '../../drift/drift-report.js';
import { gate } from '../../gate/gate.js';
import { PUBLISHED_SCHEMAS } from '../../report/published-schemas.js';
import { parseReport } from '../../report/report-file.js';
import { UserError } from '../../user-error.js';
import { renderReport } from '../report-document.js';
import { renderReportText } from '../report-text.js';
import { viewOf } from '../report-views.js';
import { driftChart } from './drift-chart.js';
import { mermaidLabel } from './mermaid-label.js';
import { parseMermaid } from '../testing/mermaid-parser.js';

const root = new URL('../../../../../', import.meta.url);
const fixtureText = readFileSync(new URL('test/fixtures/reports/drift-penguins.json', root), 'utf8');
const penguins = parseReport(fixtureText, 'drift-penguins.json') as DriftReport;
const view = viewOf(penguins);
const context = { now: undefined, label: 'Data drift', fold: ['pass'] as const };
const markdownOf = (report: DriftReport): string =>
  view
    .sections(report, context)
    .map((section) => section.text)
    .join('');

const render = (markdown: string): string =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });

/** What GitHub hands Mermaid: the text of each ```mermaid block, as the Markdown renderer sees it. */
function mermaidBlocks(markdown: string): string[] {
  const html = render(markdown);
  return [...html.matchAll(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g)].map((match) =>
    match[1]!
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&'),
  );
}

const LABEL = /^[\p{L}\p{N} _.,+\-/()]+$/u;
const NUMBERS = /^\[(-?\d+(\.\d+)?(, -?\d+(\.\d+)?)*)\]$/;

/** Every chart checkChart saw: the last tests hand each to Mermaid's own parser. */
const charts: string[] = [];

/**
 * The grammar of the charts mlgate writes, line by line (Mermaid's own parser then takes every one, below):
 * xychart-beta, a quoted title, quoted x labels of inert characters, a numeric y range, one bar and
 * one line series as long as the labels. Returns the x labels.
 */
function checkChart(block: string): string[] {
  charts.push(block);
  const lines = block.trimEnd().split('\n');
  expect(lines).toHaveLength(6);
  expect(lines[0]).toBe('xychart-beta');
  const title = /^ {4}title "([^"\n`]*)"$/.exec(lines[1]!);
  expect(title).not.toBeNull();
  expect(title![1]).toMatch(LABEL);
  const axis = /^ {4}x-axis \[(.*)\]$/.exec(lines[2]!);
  expect(axis).not.toBeNull();
  const labels = [...axis![1]!.matchAll(/"([^"]*)"(, |$)/g)].map((match) => match[1]!);
  expect(labels.map((label) => `"${label}"`).join(', ')).toBe(axis![1]);
  for (const label of labels) expect(label).toMatch(LABEL);
  expect(lines[3]).toMatch(/^ {4}y-axis "% of rows" 0 --> \d+$/);
  const bar = /^ {4}bar (.*)$/.exec(lines[4]!)![1]!;
  const line = /^ {4}line (.*)$/.exec(lines[5]!)![1]!;
  for (const series of [bar, line]) {
    expect(series).toMatch(NUMBERS);
    expect(series.slice(1, -1).split(', ')).toHaveLength(labels.length);
  }
  return labels;
}

function column(name: string, drifted: boolean, overrides: Partial<ColumnDrift> = {}): ColumnDrift {
  return {
    name,
    type: 'number',
    kind: 'numeric',
    method: 'wasserstein',
    statistic: drifted ? 0.31 : 0.02,
    threshold: 0.1,
    drifted,
    methodReason: 'auto: numeric, 5,000 reference rows > 1,000, 812 distinct values',
    baselineCount: 5000,
    currentCount: 4800,
    histogram: { edges: [0, 1, 2, 3], baseline: [0.2, 0.5, 0.3], current: [0.5, 0.3, 0.2] },
    ...overrides,
  };
}

function reportWith(columns: readonly ColumnDrift[], overrides: Partial<DriftReport> = {}): DriftReport {
  const drifted = columns.filter((c) => c.drifted).map((c) => c.name);
  return {
    ...penguins,
    verdict: drifted.length > 0 ? 'fail' : 'pass',
    verdictReason: `${drifted.length} of ${columns.length} columns drifted`,
    columns,
    driftedColumns: drifted,
    share: columns.length === 0 ? 0 : drifted.length / columns.length,
    datasetDrifted: drifted.length >= columns.length / 2,
    ...overrides,
  } as DriftReport;
}

const HOSTILE = [
  'a`b',
  '```\n## injected',
  '"quoted" \'single\'',
  'line\nbreak\r\nand\ttab',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '@octo/team #12 https://evil.example www.evil.example',
  'pipe | cell ] [link](https://x)',
  '%% comment\n    line [1000]',
  'bidi \u202Eevil\u202C',
  '',
  'x'.repeat(5000),
];

describe('the drift view of a real report', () => {
  it('reads the committed report against its published schema, and the file is in step with the code', () => {
    expect(penguins.columns).toHaveLength(6);
    const published = JSON.parse(readFileSync(new URL('schemas/drift-report.schema.json', root), 'utf8'));
    expect(published).toEqual(PUBLISHED_SCHEMAS['schemas/drift-report.schema.json']);
  });

  it('refuses a report that breaks the schema: unknown method, extra field, p-value out of range', () => {
    const broken = (change: (report: Record<string, unknown>) => void) => {
      const report = JSON.parse(fixtureText) as Record<string, unknown>;
      change(report);
      return () => parseReport(JSON.stringify(report), 'x.json');
    };
    const firstColumn = (r: Record<string, unknown>) => (r.columns as Record<string, unknown>[])[0]!;
    expect(broken((r) => (firstColumn(r).method = 'eyeball'))).toThrow(UserError);
    expect(broken((r) => (r.extra = 1))).toThrow(UserError);
    expect(broken((r) => (firstColumn(r).pValue = 2))).toThrow(UserError);
    expect(broken((r) => delete r.severity)).toThrow(/severity/);
  });

  it('leads with how many columns drifted against which baseline, drifted columns first', () => {
    const markdown = markdownOf(penguins);
    expect(markdown.startsWith('### ❌ Data drift: 3 of 6 columns drifted')).toBe(true);
    expect(markdown).toContain(
      '3 of 6 columns drifted (50%) against the baseline of 0b1c2d3 · **the dataset drifted**',
    );
    expect(markdown).toContain('drift counts as **fail**');
    expect(markdown).toContain('| ✓ | body\\_mass\\_g | Kolmogorov-Smirnov | 0.4121 | < 0.0001 | p < 0.05 |');
    expect(markdown).toContain('| ✗ | sex | L-infinity | 0.04 |   | 0.04 < 0.1 |');
    const order = [
      '**3 drifted columns**',
      '```mermaid',
      '<details><summary>3 columns without drift</summary>',
      '**1 column not compared**',
      '- year: only in the baseline',
    ];
    const at = order.map((text) => markdown.indexOf(text));
    expect(at.every((position) => position > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The undrifted rows are inside the folded block.
    expect(markdown.indexOf('| ✗ | bill\\_length\\_mm')).toBeGreaterThan(markdown.indexOf('<details>'));
  });

  it('charts the worst drifted columns, numeric bins and categories, as Mermaid the renderer keeps whole', () => {
    const blocks = mermaidBlocks(markdownOf(penguins));
    expect(blocks).toHaveLength(3);
    const [mass, species] = blocks.map(checkChart);
    expect(mass).toEqual(['2700', '3060', '3420', '3780', '4140', '4500', '4860', '5220', '5580', '5940']);
    expect(species).toEqual(['Gentoo', 'Adelie', 'Chinstrap']);
    expect(blocks[1]).toContain('    bar [0, 66.2, 33.8]\n    line [100, 0, 0]');
    expect(blocks[0]).toContain('title "body_mass_g - baseline (bars) vs current (line)"');
  });

  it('merges many bins and sums the rarest categories so a chart stays readable', () => {
    const edges = Array.from({ length: 101 }, (_, i) => i);
    const share = Array.from({ length: 100 }, () => 0.01);
    const wide = checkChart(
      driftChart(column('wide', true, { histogram: { edges, baseline: share, current: share } }))!.slice(
        11,
        -4,
      ),
    );
    expect(wide.length).toBeLessThanOrEqual(12);
    const values = Array.from({ length: 40 }, (_, i) => `c${i}`);
    const many = driftChart(
      column('cat', true, {
        kind: 'categorical',
        histogram: undefined,
        categories: {
          values,
          baseline: values.map(() => 1 / 40),
          current: values.map((_, i) => (i === 39 ? 1 : 0)),
        },
      }),
    )!;
    const labels = checkChart(many.slice(11, -4));
    expect(labels).toHaveLength(12);
    expect(labels[0]).toBe('c39');
    expect(labels.at(-1)).toBe('other values');
  });

  it('writes the terminal text for `mlgate drift`, one aligned row per column', () => {
    const text = view.text(penguins);
    const lines = text.split('\n');
    expect(lines[0]).toBe('verdict: fail (3 of 6 columns drifted: body_mass_g, species, flipper_length_mm)');
    expect(lines[1]).toBe('baseline: cache entry mlgate-profile-main at 0b1c2d3e4f5a, 151 rows (raw data)');
    expect(lines[3]).toBe(
      'drift: 3 of 6 columns (50%); dataset drifted (threshold 50% of columns); counts as fail',
    );
    expect(lines[5]).toMatch(/^drifted +column +method +statistic +p-value +threshold +why$/);
    expect(lines[6]).toMatch(/^yes +body_mass_g +ks +0\.4121 +< 0\.0001 +p < 0\.05 +auto: numeric/);
    expect(lines.at(-2)).toBe('skipped: year: only in the baseline');
    expect(renderReportText([penguins], gate([penguins], 'fail'))).toBe(text);
  });

  it('makes one finding per drifted column, as severe as the policy says', () => {
    const { findings, total } = view.findings(penguins);
    expect(total).toBe(3);
    expect(findings[0]).toEqual({
      level: 'error',
      title: 'mlgate: drift in body_mass_g',
      message:
        'body_mass_g drifted from the baseline: Kolmogorov-Smirnov 0.4121, p-value < 0.0001 (p < 0.05; auto: numeric, 151 reference rows <= 1,000, 94 distinct values)',
      file: 'data/penguins.csv',
    });
    const warned = view.findings({ ...penguins, severity: 'warn', verdict: 'warn' });
    expect(warned.findings.map((finding) => finding.level)).toEqual(['warning', 'warning', 'warning']);
    expect(view.findings(reportWith([column('a', false)])).findings).toEqual([]);
  });

  it('says so when nothing drifted, with no chart', () => {
    const markdown = markdownOf(reportWith([column('a', false), column('b', false)], { skipped: [] }));
    expect(markdown).toContain('0 of 2 columns drifted (0%)');
    expect(markdown).toContain('No column drifted.');
    expect(markdown).not.toContain('```mermaid');
  });
});

describe('hostile names in a drift report', () => {
  const hostile = reportWith(
    HOSTILE.map((name, index) =>
      column(name, index < 3, {
        kind: 'categorical',
        histogram: undefined,
        categories: {
          values: HOSTILE,
          baseline: HOSTILE.map(() => 1 / HOSTILE.length),
          current: HOSTILE.map((_, i) => (i === 0 ? 1 : 0)),
        },
      }),
    ),
    {
      dataset: '<script>alert(1)</script>',
      skipped: [{ name: '```\n# x', reason: '<b>@admin</b>' }],
      baseline: { rows: 10, source: '`x`', sha: '"><img src=x>' },
    },
  );

  it('cannot break out of a chart, a table or the page', () => {
    const markdown = markdownOf(hostile);
    const html = render(markdown);
    expect(html).not.toMatch(/<script|<img|<b>|<h[1-6]>[^<]*injected|href=/i);
    expect(html).not.toMatch(/\u202E/);
    const blocks = mermaidBlocks(markdown);
    expect(blocks).toHaveLength(3);
    for (const block of blocks) {
      const labels = checkChart(block);
      expect(new Set(labels).size).toBe(labels.length);
    }
    // Three fenced blocks opened, three closed: nothing left the chart.
    expect(markdown.match(/^```/gm)).toHaveLength(6);
    // Every column's row is one table row: a name cannot end the row or the table.
    expect(html.match(/<tr>/g)).toHaveLength(2 + HOSTILE.length);
  });

  it('keeps every label within Mermaid’s inert characters, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const label = mermaidLabel(text);
        expect(label).toMatch(LABEL);
        expect(Array.from(label).length).toBeLessThanOrEqual(24);
      }),
    );
    expect(mermaidLabel('   ')).toBe('(blank)');
    expect(mermaidLabel('"a" `b`\n```')).toBe('_a_ _b_ ___');
  });

  it('keeps the terminal on one line per column with no escape sequence', () => {
    const text = view.text({ ...hostile, columns: [column('\u001b[2Jx\nnext', true)] });
    expect(text).not.toContain('\u001b');
    expect(text.split('\n').filter((line) => line.startsWith('yes'))).toHaveLength(1);
  });
});

describe('a drift report of hundreds of columns in a pull request comment', () => {
  const COMMENT_LIMIT = 65_536;
  const wide = reportWith(
    Array.from({ length: 600 }, (_, i) =>
      column(`feature_${i}_${'w'.repeat(60)}`, i < 250, { statistic: i < 250 ? 1 - i / 1000 : 0.01 }),
    ),
  );

  it('fits under the limit: the charts go first, then the undrifted columns; the headline stays', () => {
    const full = renderReport([wide]);
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);
    const started = performance.now();
    const comment = renderReport([wide], { maxLength: COMMENT_LIMIT, fullReport: 'job-summary' });
    // Far above a loaded runner's time for it, far below what re-rendering per dropped row would take.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(comment).toContain('250 of 600 columns drifted (42%)');
    expect(comment).not.toContain('```mermaid');
    expect(comment).not.toContain('columns without drift</summary>');
    expect(comment).toMatch(
      /leaving out: drift chart of feature\\_2\\_w+…, drift chart of feature\\_1\\_w+…, drift chart of feature\\_0\\_w+…, columns without drift/,
    );
  });

  it('drops the charts before the folded table, the least drifted chart first', () => {
    const full = renderReport([wide]);
    const cut = renderReport([wide], { maxLength: full.length - 100 });
    expect(cut.length).toBeLessThanOrEqual(full.length - 100);
    // The note saying what was left out takes room too: one or two charts go, the worst one stays.
    expect(cut.match(/```mermaid/g)).toHaveLength(1);
    expect(cut).toContain('title "feature_0_wwwwwwwwwww... - baseline');
    expect(cut).toContain('<details><summary>350 columns without drift</summary>');
    expect(cut).toMatch(/leaving out: drift chart of feature\\_2\\_w+…, drift chart of feature\\_1\\_w+…\. /);
  });
});

describe("Mermaid's own parser", () => {
  it('parses every drift chart the tests above drew, hostile column names included', async () => {
    expect(charts.length).toBeGreaterThan(3);
    for (const chart of charts) await expect(parseMermaid(chart)).resolves.toBe('xychart');
  });
});
