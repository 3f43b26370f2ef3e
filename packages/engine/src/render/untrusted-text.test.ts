import { describe, expect, it } from '@jest/globals';
import { MetricPolicy } from '../policy/metric-policy.js';
import { parseMetricsText } from '../metrics/metrics-loader.js';
import { compareMetrics } from '../compare/metrics-comparison.js';
import { renderReport } from './report-document.js';
import { comparisonText } from './comparison-text.js';
import { escapeMarkdown, escapeTableCell, terminalText } from './untrusted-text.js';

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

describe('untrusted text in a terminal', () => {
  it('keeps to one line, with no escape sequence and no bidi override', () => {
    expect(terminalText('a\nb\u001b[31mred\u009b2J\u202Eevil')).toBe(
      'a\uFFFDb\uFFFD[31mred\uFFFD2J\uFFFDevil',
    );
  });
});

describe('the comparison rows', () => {
  const report = compareMetrics({
    current: parseMetricsText('{"ok": 1, "@team|x": 0.5, "model": "v2", "fresh": 3}', 'c.json'),
    currentFiles: ['c.json'],
    baseline: {
      provenance: { source: 'file', path: 'b.json' },
      metrics: parseMetricsText('{"ok": 1, "@team|x": 0.75, "model": "v1"}', 'b.json'),
    },
    policy: new MetricPolicy({
      source: { kind: 'builtin' },
      rules: [{ pattern: '*', settings: { direction: 'higher' } }],
    }),
  });

  it('show status, metric, baseline, current, Δ and Δ%, failures first, names escaped', () => {
    const rows = renderReport([report])
      .split('\n')
      .filter((line) => /^\| (❌|🔄|🆕|✅) /.test(line));
    expect(rows).toEqual([
      '| ❌ fail | &#64;&#8203;team&#124;x | 0.75 | 0.5 | -0.25 | -33.3% | dropped 0.25 \\(-33.3%\\), more than the tolerance 0 |',
      '| 🆕 new | fresh | — | 3 | — | — | no baseline value |',
      '| 🔄 changed | model | v1 | v2 | — | — | changed \\(informational\\) |',
      '| ✅ pass | ok | 1 | 1 | 0 | 0% |',
    ]);
  });

  it('count a text metric that changed as changed, never as passed', () => {
    expect(report.summary).toMatchObject({ fail: 1, new: 1, changed: 1, pass: 1 });
    expect(comparisonText(report)).toMatch(/^changed +model +v1 +v2 .*changed \(informational\)$/m);
  });
});
