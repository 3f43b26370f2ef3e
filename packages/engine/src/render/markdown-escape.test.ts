import { describe, expect, it } from '@jest/globals';
import { MetricPolicy } from '../policy/metric-policy.js';
import { parseMetricsText } from '../metrics/metrics-loader.js';
import { compareMetrics } from '../compare/metrics-comparison.js';
import { renderComparisonTable } from './comparison-table.js';
import { escapeMarkdown, escapeTableCell } from './markdown-escape.js';

describe('markdown escaping of untrusted text', () => {
  it('keeps a name from breaking out of a table cell', () => {
    expect(escapeTableCell('a|b\nc')).toBe('a&#124;b c');
  });

  it('neutralises mentions, issue links, HTML and link syntax', () => {
    expect(escapeMarkdown('@octocat #12 <img src=x> [x](http://e)')).toBe(
      '&#64;octocat &#35;12 &lt;img src=x&gt; \\[x\\]\\(http\\://e\\)',
    );
  });

  it('escapes code and emphasis markers and entities', () => {
    expect(escapeMarkdown('`x` *y* _z_ ~~w~~ &amp; \\')).toBe(
      '\\`x\\` \\*y\\* \\_z\\_ \\~\\~w\\~\\~ &amp;amp; \\\\',
    );
  });

  it('escapes list and heading markers only where they start a line', () => {
    expect(escapeMarkdown('-1 - 2')).toBe('\\-1 - 2');
    expect(escapeTableCell('-1')).toBe('-1');
  });

  it('leaves ordinary metric names readable', () => {
    expect(escapeMarkdown('per_class.cat.recall')).toBe('per\\_class.cat.recall');
  });
});

describe('the comparison table', () => {
  it('shows status, metric, baseline, current, Δ and Δ%, failures first, names escaped', () => {
    const report = compareMetrics({
      current: parseMetricsText('{"ok": 1, "@team|x": 0.5, "model": "v2"}', 'c.json'),
      currentFiles: ['c.json'],
      baseline: {
        provenance: { source: 'file', path: 'b.json' },
        metrics: parseMetricsText('{"ok": 1, "@team|x": 0.75}', 'b.json'),
      },
      policy: new MetricPolicy({
        source: { kind: 'builtin' },
        rules: [{ pattern: '*', settings: { direction: 'higher' } }],
      }),
    });
    expect(renderComparisonTable(report)).toBe(
      [
        '| Status | Metric | Baseline | Current | Δ | Δ% |',
        '| --- | --- | ---: | ---: | ---: | ---: |',
        '| ❌ fail | &#64;team&#124;x | 0.75 | 0.5 | -0.25 | -33.3% |',
        '| 🆕 new | model | — | v2 | — | — |',
        '| ✅ pass | ok | 1 | 1 | 0 | 0% |',
        '',
      ].join('\n'),
    );
  });
});
