import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import type { MetricValue } from '../metrics/metric-value.js';
import { gateFromCheckRuns } from './gate-evidence.js';
import { GitHubLimits } from '../surfaces/github-limits.js';
import { renderHubModelCard, renderReleaseBody } from './model-card.js';
import { buildModelManifest } from './model-manifest.js';
import type { ManifestGate, ModelManifest } from './model-manifest.js';
import { parseVersion } from './model-version.js';
import { COMMIT, SUBJECT, comparisonReport, validationReport } from './testing/release-reports.js';

function manifestOf(
  version: string,
  metrics: string,
  overrides: { name?: string; gate?: ManifestGate; repository?: string } = {},
): ModelManifest {
  return buildModelManifest({
    name: overrides.name ?? 'churn',
    version: parseVersion(version),
    subject: {
      ...SUBJECT,
      sha: COMMIT,
      ...(overrides.repository !== undefined ? { repository: overrides.repository } : {}),
    },
    pullRequest: { number: 12, url: 'https://github.com/acme/models/pull/12', approvers: ['bob', 'alice'] },
    gate: overrides.gate ?? { source: 'not-required' },
    reports: [
      { file: 'reports/validation.json', report: validationReport() },
      {
        file: 'reports/comparison.json',
        report: comparisonReport(metrics, '{"accuracy": 0.9, "loss": 0.3}'),
      },
    ],
    assets: [{ name: 'model.onnx', bytes: 1_234_567, sha256: 'a'.repeat(64) }],
    createdAt: new Date('2026-06-01T09:30:00Z'),
  });
}

const previous = manifestOf('1.2.0', '{"accuracy": 0.9, "loss": 0.3, "retired": 4}');
const current = manifestOf('1.3.0', '{"accuracy": 0.91, "loss": 0.25, "f1": 0.8}');
const lines = (text: string): string[] => text.split('\n');

describe('the release body', () => {
  const body = renderReleaseBody({ manifest: current, previous: { tag: previous.tag, manifest: previous } });

  it('opens with the model and version, and the commit it was built from', () => {
    expect(lines(body).slice(0, 3)).toEqual([
      '## churn 1.3.0',
      '',
      `Built from commit [\`0123456\`](https://github.com/acme/models/commit/${COMMIT}) of acme/models.`,
    ]);
  });

  it('shows the metrics against the previous release of the model, with deltas, in the comparison’s own cells', () => {
    expect(body).toContain(
      [
        'Against the previous release, churn-v1.2.0:',
        '',
        '| Metric | churn-v1.2.0 | This release | Δ | Δ% |',
        '| --- | ---: | ---: | ---: | ---: |',
        '| accuracy | 0.9 | 0.91 | +0.01 | +1.11% |',
        '| loss | 0.3 | 0.25 | -0.05 | -16.7% |',
        '| f1 | — | 0.8 | — | — |',
        '| retired | 4 | — | — | — |',
      ].join('\n'),
    );
  });

  it('gives the lineage: commit, pull request with approvers, gate, the gate’s baseline, time', () => {
    expect(body).toContain(
      [
        '### Lineage',
        '',
        `- **Commit:** [\`${COMMIT}\`](https://github.com/acme/models/commit/${COMMIT})`,
        '- **Pull request:** [#12](https://github.com/acme/models/pull/12), approved by alice, bob',
        '- **Gate:** not required for this release',
      ].join('\n'),
    );
    expect(body).toMatch(
      /- \*\*Metrics compared by the gate with:\*\* cache mlgate-baseline-churn-fedcba9\S+ .*\(verdict pass\)\n/,
    );
    expect(body).toContain('- **Created:** 2026-06-01 09:30:00 UTC by mlgate ');
  });

  it('names the gate’s evidence when there was some', () => {
    const gate = gateFromCheckRuns(
      [
        {
          id: 31,
          name: 'mlgate / quality',
          headSha: COMMIT,
          status: 'completed',
          conclusion: 'success',
          url: 'https://github.com/acme/models/runs/31',
        },
      ],
      { sha: COMMIT, checkName: 'mlgate / quality' },
    );
    if (!gate.passed) throw new Error('the fixture check run passes');
    expect(renderReleaseBody({ manifest: manifestOf('1.3.0', '{"accuracy": 0.91}', { gate }) })).toContain(
      "- **Gate:** passed: 'mlgate / quality' on 0123456 concluded success ([check run 31](https://github.com/acme/models/runs/31))\n",
    );
  });

  it('lists the data fingerprints and the model files', () => {
    const report = validationReport();
    expect(body).toContain(
      `| people.schema.json | \`022d43fb3482…\` | \`${report.fingerprint}\` | 1 | 6 |\n`,
    );
    expect(body).toContain('| model.onnx | 1,234,567 | `aaaaaaaaaaaa…` |\n');
  });

  it('says how to download and verify the release', () => {
    expect(body).toContain(
      [
        '```sh',
        'mlgate model download churn@1.3.0 --repo acme/models',
        '```',
        '',
        "Or with the GitHub CLI, then check every file against the release's SHA256SUMS:",
        '',
        '```sh',
        'gh release download churn-v1.3.0 --repo acme/models',
        'sha256sum -c SHA256SUMS',
        '```',
      ].join('\n'),
    );
  });

  it('says so when the model has no earlier release, or the earlier one no manifest', () => {
    const first = renderReleaseBody({ manifest: current });
    expect(first).toContain(
      'The first release of churn: no earlier release to compare with.\n\n| Metric | Value |\n| --- | ---: |\n| accuracy | 0.91 |\n',
    );
    expect(
      renderReleaseBody({ manifest: current, previous: { tag: 'churn-v0.9.0', manifest: undefined } }),
    ).toContain('The previous release, churn-v0.9.0, has no manifest.json to compare with.');
  });

  it('links to the commit on GitHub Enterprise Server when given its URL', () => {
    expect(renderReleaseBody({ manifest: current, serverUrl: 'https://ghe.example.com/' })).toContain(
      `[\`0123456\`](https://ghe.example.com/acme/models/commit/${COMMIT})`,
    );
  });
});

describe('untrusted text in the card', () => {
  const hostile = manifestOf('2.0.0', '{"@org/team <img src=x> | `x`": 1, "[a](http://evil)": 2}', {
    name: 'fraud_v2.model',
  });
  const body = renderReleaseBody({ manifest: hostile });

  it('goes through the one escaper: no mention, HTML, link or broken table row', () => {
    expect(body).toContain('## fraud\\_v2.model 2.0.0\n');
    expect(body).toContain('| &#64;&#8203;org/team &lt;img src=x&gt; &#124; \\`x\\` | 1 |\n');
    expect(body).toContain('| \\[a\\]\\(http\\:&#8203;//evil\\) | 2 |\n');
    expect(body).not.toMatch(/<img|@org|\]\(http:\/\/evil/);
  });

  it('keeps every table row whole', () => {
    for (const line of lines(body).filter((text) => text.startsWith('|')))
      expect(line.endsWith('|')).toBe(true);
  });

  it('puts only a plain owner/name into a command or a link', () => {
    const odd = renderReleaseBody({
      manifest: { ...current, subject: { ...current.subject, repository: 'a/b`c' } },
    });
    expect(odd).toContain('mlgate model download churn@1.3.0 --repo OWNER/REPO\n');
    expect(odd).not.toContain('/commit/');
    const badPr = renderReleaseBody({
      manifest: { ...current, pullRequest: { number: 12, url: 'https://e.com/x)[y](z', approvers: [] } },
    });
    expect(badPr).toContain('- **Pull request:** #12, no approval counted\n');
  });
});

describe('a release body too long for GitHub', () => {
  const many = (count: number, prefix: string): Record<string, MetricValue> =>
    Object.fromEntries(
      Array.from({ length: count }, (_, index) => [
        `${prefix}.${'x'.repeat(60)}.${index}`,
        { type: 'number', value: index },
      ]),
    );
  const huge: ModelManifest = {
    ...current,
    metrics: [
      {
        ...current.metrics[0]!,
        metrics: Object.entries(many(3_000, 'metric')).map(([name, value]) => ({
          name,
          value,
          baseline: null,
          verdict: 'new',
        })),
      },
    ],
    data: [
      {
        ...current.data[0]!,
        files: Array.from({ length: 2_000 }, (_, index) => ({
          path: `data/part-${index}.${'y'.repeat(40)}.parquet`,
          format: 'parquet' as const,
          bytes: 1,
          rows: 1,
          sha256: 'c'.repeat(64),
        })),
      },
    ],
  };
  const body = renderReleaseBody({ manifest: huge });

  it('fits the release body limit, dropping the file lists first and saying what was left out', () => {
    expect(GitHubLimits.releaseBodyChars).toBe(125_000);
    expect(body.length).toBeLessThanOrEqual(GitHubLimits.releaseBodyChars);
    expect(body).toContain(
      "> Shortened to fit GitHub's release body limit, leaving out: data files, model files, part of the metrics.",
    );
    expect(body).toContain('manifest.json has everything.');
  });

  it('keeps the headline, the lineage, the fingerprints and how to verify', () => {
    for (const heading of [
      '## churn 1.3.0',
      '### Lineage',
      '### Data',
      '### Download and verify',
      'sha256sum -c SHA256SUMS',
    ]) {
      expect(body).toContain(heading);
    }
    expect(body).toMatch(/\| … 1,\d{3} more metrics in manifest\.json \| \|\n/);
    expect(body).toContain(`| \`${validationReport().fingerprint}\` | 2,000 | 2,000 |`);
  });
});

// PyYAML's resolvers (the Hub reads card metadata with PyYAML's safe_load, YAML 1.1): a value is a float or an
// int only if it matches these, so a number written any other way would reach the Hub as a string.
const PYYAML_FLOAT = /^[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?$/;
const PYYAML_INT = /^[-+]?(?:0|[1-9][0-9_]*)$/;

function frontMatter(card: string): { yaml: string; markdown: string } {
  expect(card.startsWith('---\n')).toBe(true);
  const end = card.indexOf('\n---\n', 4);
  return { yaml: card.slice(4, end + 1), markdown: card.slice(end + 5) };
}

describe('MODEL_CARD.md in Hugging Face form', () => {
  it('has model-index front matter with the task, the dataset and every numeric metric', () => {
    const card = renderHubModelCard(
      {
        manifest: manifestOf(
          '1.3.0',
          '{"accuracy": 0.91, "tiny": 1e-7, "huge": 1e21, "count": 3, "label": "x", "bad": "NaN"}',
        ),
      },
      {
        task: { type: 'tabular-classification', name: 'Churn' },
        dataset: { type: 'acme/churn', name: 'Churn 2026', split: 'test' },
      },
    );
    const { yaml, markdown } = frontMatter(card);
    expect(parse(yaml, { version: '1.1' })).toEqual({
      tags: ['mlgate'],
      'model-index': [
        {
          name: 'churn',
          results: [
            {
              task: { type: 'tabular-classification', name: 'Churn' },
              dataset: { type: 'acme/churn', name: 'Churn 2026', split: 'test' },
              metrics: [
                { type: 'accuracy', value: 0.91, name: 'accuracy' },
                { type: 'tiny', value: 1e-7, name: 'tiny' },
                { type: 'huge', value: 1e21, name: 'huge' },
                { type: 'count', value: 3, name: 'count' },
              ],
            },
          ],
        },
      ],
    });
    expect(markdown.startsWith('\n## churn 1.3.0\n')).toBe(true);
  });

  it('writes numbers as PyYAML reads numbers', () => {
    const card = renderHubModelCard({
      manifest: manifestOf('1.3.0', '{"a": 1e-7, "b": 1e21, "c": 0.5, "d": 3, "e": -2.5e-300}'),
    });
    const values = [...frontMatter(card).yaml.matchAll(/^\s+value: (.*)$/gm)].map((match) => match[1]!);
    expect(values).toEqual(['1.0e-7', '1.0e+21', '0.5', '3', '-2.5e-300']);
    for (const value of values) expect(PYYAML_FLOAT.test(value) || PYYAML_INT.test(value)).toBe(true);
  });

  it('defaults the task and dataset it cannot know', () => {
    const { yaml } = frontMatter(renderHubModelCard({ manifest: current }));
    expect(parse(yaml)['model-index'][0].results[0]).toMatchObject({
      task: { type: 'other' },
      dataset: { type: 'custom', name: 'churn evaluation data' },
    });
  });

  it('keeps a hostile metric name inside its value: no new key, no early end of the front matter', () => {
    const card = renderHubModelCard({
      manifest: manifestOf('1.3.0', '{"x\\n---\\nlicense: mit": 1, "yes": 2, "\\u202eevil": 3}'),
    });
    const { yaml } = frontMatter(card);
    const metadata = parse(yaml, { version: '1.1' });
    expect(Object.keys(metadata)).toEqual(['tags', 'model-index']);
    expect(
      metadata['model-index'][0].results[0].metrics.map((metric: { type: string }) => metric.type),
    ).toEqual(['x\uFFFD---\uFFFDlicense: mit', 'yes', '\uFFFDevil']);
    for (const line of lines(yaml)) expect(/^(tags:|model-index:|\s|$)/.test(line)).toBe(true);
  });

  it('leaves model-index out when the release has no numeric metric', () => {
    const { yaml } = frontMatter(renderHubModelCard({ manifest: manifestOf('1.3.0', '{"label": "x"}') }));
    expect(parse(yaml)).toEqual({ tags: ['mlgate'] });
  });
});

describe('a manifest mlgate did not make', () => {
  it('is refused rather than shown unescaped in a command', () => {
    expect(() => renderReleaseBody({ manifest: { ...current, name: 'x\n```\n<script>' } })).toThrow(
      /a manifest neither built nor parsed by mlgate/,
    );
  });
});
