import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../report/report-file.js';
import { escapeUntrusted, escapeUntrustedCell } from './untrusted-text.js';
import { renderReport } from './report-document.js';
import { KEEP, fitSections } from './report-sections.js';

const fixture = (name: string) => {
  const file = new URL(`../../../../test/fixtures/reports/${name}`, import.meta.url);
  return parseReport(readFileSync(file, 'utf8'), name);
};

describe('escaping untrusted text', () => {
  it('breaks mentions, references and autolinks that an entity alone would not', () => {
    expect(escapeUntrusted('@org/team #12 https://x www.y.z')).toBe(
      '&#64;&#8203;org/team &#35;&#8203;12 https\\:&#8203;//x www&#8203;.y.z',
    );
  });

  it('caps a cell and replaces bidi overrides', () => {
    expect(escapeUntrustedCell(`a\u202Eb${'x'.repeat(200)}`, 10)).toBe('a\uFFFDbxxxxxx…');
  });
});

describe('renderReport', () => {
  const reports = [fixture('comparison-regressed.json'), fixture('validation-invalid.json')];

  it('puts the verdict first, regressions before changes, and folds the metrics that passed', () => {
    const markdown = renderReport(reports);
    expect(markdown.startsWith('## ❌ mlgate: failed\n')).toBe(true);
    const order = ['**3 regressions**', '**1 other change**', '<details><summary>3 metrics passed</summary>'];
    const positions = order.map((text) => markdown.indexOf(text));
    expect(positions.every((at) => at > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(markdown).toContain('| ❌ | people.invalid.csv | csv | 6 | 12 |');
  });

  it('folds the verdicts report.fold names, never a regression', () => {
    const markdown = renderReport(reports, { fold: ['pass', 'missing'] });
    expect(markdown).toContain('**3 regressions**');
    expect(markdown).not.toContain('**1 other change**');
    expect(markdown).toContain('<details><summary>4 more metrics (1 missing, 3 passed)</summary>');
    expect(renderReport(reports, { fold: [] })).not.toContain('<details><summary>3 metrics passed');
  });

  it('drops the least important sections first and says so', () => {
    const full = renderReport(reports);
    const cut = renderReport(reports, { maxLength: full.length - 200, fullReport: 'job-summary' });
    expect(cut.length).toBeLessThanOrEqual(full.length - 200);
    expect(cut).not.toContain('```mermaid');
    expect(cut).toContain('**3 regressions**');
    expect(cut).toContain('leaving out: errors chart');
  });
});

describe('fitSections', () => {
  it('shortens a kept table row by row when dropping is not enough', () => {
    const table = {
      head: 'H\n',
      rows: ['r1\n', 'r2\n', 'r3\n', 'r4\n'],
      tail: '',
      more: (n: number) => `+${n}\n`,
    };
    const text = fitSections(
      [
        { title: 'rows', priority: KEEP, text: 'H\nr1\nr2\nr3\nr4\n', table },
        { title: 'extra', priority: 1, text: 'extra\n' },
      ],
      { maxLength: 15, unit: 'chars', note: (left) => (left.length > 0 ? `[${left.length}]` : '') },
    );
    expect(text).toBe('H\nr1\nr2\n+2\n[2]');
  });
});
