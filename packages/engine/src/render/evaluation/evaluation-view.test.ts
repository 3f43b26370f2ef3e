import { describe, expect, it } from '@jest/globals';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import type { EvaluatedMetric, EvaluationReport } from '../../evaluate/report/evaluation-report.js';
import { gate } from '../../gate/gate.js';
import { parseReport } from '../../report/report-file.js';
import { renderReportText } from '../report-text.js';
import { viewOf } from '../report-views.js';
import { changeCell } from './evaluation-cells.js';

const HOSTILE_SLICE = 'slice.team=<img src=x onerror=alert(1)>|@octocat #1.accuracy';

const metrics: EvaluatedMetric[] = [
  {
    name: 'accuracy',
    metric: 'accuracy',
    baseline: 0.912,
    current: 0.909,
    delta: -0.003,
    ci: [-0.011, 0.005],
    alpha: 0.05,
    pValue: 0.42,
    significant: false,
    verdict: 'pass',
    reason: 'not significant',
    rule: 'accuracy',
    bySignificance: true,
  },
  {
    name: HOSTILE_SLICE,
    metric: 'accuracy',
    baseline: 0.9,
    current: 0.7,
    delta: -0.2,
    ci: [-0.3, -0.1],
    alpha: 0.05,
    pValue: 0.0001,
    significant: true,
    verdict: 'fail',
    reason: 'a real regression `rm -rf` **bold**',
    rule: 'slice.*.accuracy',
    bySignificance: true,
  },
  {
    name: 'rmse',
    metric: 'rmse',
    baseline: 3.2,
    current: 3.1,
    delta: -0.1,
    ci: [-0.25, 0.04],
    alpha: 0.05,
    significant: false,
    verdict: 'pass',
    reason: 'within',
  },
  {
    name: 'roc_auc',
    metric: 'roc_auc',
    baseline: null,
    current: null,
    delta: null,
    ci: [null, null],
    significant: false,
    verdict: 'fail',
    reason: 'became NaN',
  },
];

const report: EvaluationReport = {
  kind: 'mlgate/evaluation@1',
  mlgateVersion: '0.1.0',
  subject: {},
  createdAt: '2026-12-05T00:00:00.000Z',
  verdict: 'fail',
  verdictReason: `1 metric failed: ${HOSTILE_SLICE}`,
  task: 'classification',
  average: 'binary',
  files: { current: 'preds/<b>current</b>.csv', baseline: 'preds/baseline.csv' },
  rows: { current: 2000, baseline: 2000 },
  join: {
    matched: 1998,
    missing: { count: 2, first: ['<script>', 'id|2'] },
    extra: { count: 0, first: [] },
  },
  bootstrap: { seed: 1, resamples: 1000 },
  metrics,
};

const markdown = (r: EvaluationReport): string =>
  viewOf(r)
    .sections(r, { now: undefined, label: 'Model evaluation', fold: [] })
    .map((section) => section.text)
    .join('');
const html = (text: string): string =>
  micromark(text, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });

describe('the evaluation view', () => {
  it('shows the change with its interval next to Δ, in points for [0, 1] metrics', () => {
    expect(changeCell(metrics[0]!)).toBe('−0.3 pts [−1.1, +0.5], not significant');
    expect(changeCell(metrics[1]!)).toBe('−20 pts [−30, −10], significant');
    expect(changeCell(metrics[2]!)).toBe('−0.1 [−0.25, +0.04], not significant');
    expect(changeCell(metrics[3]!)).toBe('undefined');
  });

  it('is a valid report of its published schema', () => {
    expect(parseReport(JSON.stringify(report), 'evaluation.json')).toEqual(report);
  });

  it('escapes hostile metric, slice, file and id names: no HTML, no mention, no broken table row', () => {
    const text = markdown(report);
    const rendered = html(text);
    expect(rendered).not.toMatch(/<img|<script|<b>/);
    expect(rendered).not.toContain('@octocat');
    expect(text).toContain('−0.3 pts [−1.1, +0.5], not significant');
    // Every table row has its six cells: the hostile `|` stayed inside its cell.
    const rows = rendered.match(/<tr>[\s\S]*?<\/tr>/g)!;
    for (const row of rows) expect(row.match(/<t[dh][ >]/g)).toHaveLength(6);
    expect(text.indexOf('❌ fail')).toBeLessThan(text.indexOf('✅ pass'));
  });

  it('has findings for the failed metrics and a terminal text without control characters', () => {
    const findings = viewOf(report).findings(report);
    expect(findings.total).toBe(2);
    expect(findings.findings[0]).toMatchObject({ level: 'error', file: 'preds/<b>current</b>.csv' });
    const text = renderReportText([{ ...report, verdictReason: 'x\u001b[2J' }], gate([report], 'fail'));
    expect(text).not.toContain('\u001b');
    expect(text).toContain('−0.3 pts [−1.1, +0.5], not significant');
  });
});
