import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/config-loader.js';
import { parseMetricsText } from '../metrics/metrics-loader.js';
import { planRun } from '../plan/run-plan.js';
import { UserError } from '../user-error.js';
import { MAX_HISTORY_CELLS, MAX_HISTORY_LENGTH, extendHistory, metricHistory } from './baseline-history.js';
import type { BaselineHistory } from './baseline-history.js';
import { createBaselineSnapshot, parseBaselineText } from './baseline-snapshot.js';
import type { BaselineSnapshot } from './baseline-snapshot.js';
import { compareMetrics } from './metrics-comparison.js';

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/trends/', import.meta.url));
const FILE = '.mlgate/baseline/default/baseline.json';

const sha = (index: number): string => index.toString(16).padStart(40, '0');
const metrics = (json: object) => parseMetricsText(JSON.stringify(json), 'metrics.json');

/** What a push to main does: restore the last snapshot, save the next one extending its history. */
function push(previous: string | undefined, index: number, values: object, length: number): string {
  const history = previous === undefined ? undefined : parseBaselineText(previous, FILE).history;
  const snapshot = createBaselineSnapshot(
    metrics(values),
    {
      source: 'cache',
      key: `k-${index}`,
      commit: sha(index),
      date: `2026-05-${String(index).padStart(2, '0')}`,
    },
    undefined,
    { previous: history, length },
  );
  return JSON.stringify(snapshot, null, 2);
}

describe('the history a baseline carries', () => {
  it('keeps the last N baselines, oldest dropped, this one last', () => {
    let text: string | undefined;
    for (let index = 1; index <= 6; index++) text = push(text, index, { accuracy: 0.9 + index / 100 }, 5);
    const history = parseBaselineText(text!, FILE).history!;
    expect(history.commits.map((entry) => entry.commit)).toEqual([2, 3, 4, 5, 6].map(sha));
    expect(metricHistory(history, 'accuracy').map((point) => point.value)).toEqual(
      [2, 3, 4, 5, 6].map((index) => ({ type: 'number', value: 0.9 + index / 100 })),
    );
    expect(metricHistory(history, 'accuracy').at(-1)).toEqual({
      commit: sha(6),
      date: '2026-05-06',
      value: { type: 'number', value: 0.9 + 6 / 100 },
    });
  });

  it('writes each metric name once, a null where a baseline lacked it, and keeps NaN as NaN', () => {
    let text = push(undefined, 1, { accuracy: 0.9 }, 20);
    text = push(text, 2, { accuracy: 0.91, recall: 'NaN', model: 'resnet' }, 20);
    const snapshot = JSON.parse(text) as BaselineSnapshot;
    expect(snapshot.history).toEqual({
      commits: [
        { commit: sha(1), date: '2026-05-01' },
        { commit: sha(2), date: '2026-05-02' },
      ],
      values: { accuracy: [0.9, 0.91], recall: [null, 'NaN'] },
    });
    expect(metricHistory(parseBaselineText(text, FILE).history!, 'recall')).toEqual([
      { commit: sha(2), date: '2026-05-02', value: { type: 'nan' } },
    ]);
  });

  it('reads a snapshot saved before trends as a history of itself, and extends it', () => {
    const old = readFileSync(`${fixtures}baseline-before-trends.json`, 'utf8');
    const restored = parseBaselineText(old, FILE);
    expect(restored.metrics.get('accuracy')?.value).toEqual({ type: 'number', value: 0.912 });
    expect(restored.history?.commits).toEqual([{ commit: '1'.repeat(40), date: '2026-04-01T09:00:00.000Z' }]);
    const next = JSON.parse(push(old, 2, { accuracy: 0.92 }, 20)) as { history: { values: object } };
    expect(next.history.values).toEqual({ accuracy: [0.912, 0.92], loss: ['NaN', null] });
    // A plain metrics file has no commit, so no history.
    expect(parseBaselineText('{"accuracy": 0.9}', 'metrics.json').history).toBeUndefined();
  });

  it('stays within MAX_HISTORY_CELLS: many metrics keep fewer baselines, the newest always', () => {
    const wide = new Map(
      metrics(Object.fromEntries(Array.from({ length: 2_000 }, (_, index) => [`m${index}`, index]))),
    );
    let history: BaselineHistory | undefined;
    for (let index = 1; index <= 60; index++) {
      history = extendHistory(history, { commit: sha(index), date: '', metrics: wide }, MAX_HISTORY_LENGTH);
    }
    expect(history!.commits.length * history!.values.size).toBeLessThanOrEqual(MAX_HISTORY_CELLS);
    expect(history!.commits.length).toBeGreaterThanOrEqual(40);
    expect(history!.commits.at(-1)?.commit).toBe(sha(60));
    // Bounded length whatever is asked.
    const long = extendHistory(history, { commit: sha(61), date: '', metrics: wide }, 10_000);
    expect(long.commits.length).toBeLessThanOrEqual(MAX_HISTORY_LENGTH);
  });

  it('refuses a hostile history in one line, and a metric named __proto__ stays a metric', () => {
    const base = JSON.parse(
      push(
        undefined,
        1,
        Object.fromEntries([
          ['__proto__', 1],
          ['accuracy', 0.9],
        ]),
        20,
      ),
    ) as Record<string, unknown>;
    expect(metricHistory(parseBaselineText(JSON.stringify(base), FILE).history!, '__proto__')).toHaveLength(
      1,
    );
    const hostile = [
      { commits: 'x', values: {} },
      { commits: [{ commit: 'main; rm -rf', date: '' }], values: {} },
      { commits: [{ commit: sha(1), date: '' }], values: { accuracy: [1, 2] } },
      { commits: [{ commit: sha(1), date: '' }], values: { accuracy: [{ value: 1 }] } },
    ];
    for (const history of hostile) {
      const text = JSON.stringify({ ...base, history });
      expect(() => parseBaselineText(text, FILE)).toThrow(UserError);
      expect(() => parseBaselineText(text, FILE)).toThrow(/^the baseline's history [^\n]+$/);
    }
  });
});

describe('history and headlines in the comparison', () => {
  it('fills each metric from the restored baseline, and marks the headline metric from mlgate.yml', async () => {
    const config = await loadConfig(`${fixtures}mlgate.yml`);
    const work = planRun(config, {}, (input) => input).metrics!;
    expect(work.historyLength).toBe(5);
    expect(work.policy.ruleFor('accuracy').headline).toBe(true);
    expect(work.policy.ruleFor('loss').headline).toBe(false);

    let text: string | undefined;
    for (let index = 1; index <= 3; index++)
      text = push(text, index, { accuracy: 0.9 + index / 100, loss: 0.3 }, 5);
    const report = compareMetrics({
      current: metrics({ accuracy: 0.95, loss: 0.2, fresh: 1 }),
      currentFiles: ['metrics.json'],
      baseline: parseBaselineText(text!, FILE),
      policy: work.policy,
    });
    const row = (name: string) => report.metrics.find((metric) => metric.name === name)!;
    expect(row('accuracy').headline).toBe(true);
    expect(row('accuracy').history?.map((point) => point.commit)).toEqual([1, 2, 3].map(sha));
    expect(row('loss').headline).toBeUndefined();
    expect(row('fresh').history).toBeUndefined();
  });
});
