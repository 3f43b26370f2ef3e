import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { PUBLISHED_SCHEMAS } from '../report/published-schemas.js';
import { UserError } from '../user-error.js';
import { gateFromCheckRuns } from './gate-evidence.js';
import { buildModelManifest } from './model-manifest.js';
import type { ManifestInput, ModelManifest } from './model-manifest.js';
import { MAX_MANIFEST_BYTES, formatModelManifest, parseModelManifest } from './model-manifest-file.js';
import { checkReleaseProfiles, profileAssetName } from './manifest-profiles.js';
import type { ProfileDocument } from '../profile/column-profile.js';
import { parseVersion } from './model-version.js';
import {
  CACHE_BASELINE,
  COMMIT,
  OTHER_COMMIT,
  SUBJECT,
  comparisonReport,
  validationReport,
} from './testing/release-reports.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const schemaFile = 'schemas/model-manifest.schema.json';
const publishedSchema = JSON.parse(readFileSync(`${repoRoot}${schemaFile}`, 'utf8')) as object;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;
const validateManifest = addFormats(new Ajv({ allErrors: true, strict: true })).compile(publishedSchema);

const MODEL_SHA = 'a'.repeat(64);
const TOKENIZER_SHA = 'b'.repeat(64);

const evidence = gateFromCheckRuns(
  [{ id: 31, name: 'mlgate / quality', headSha: COMMIT, status: 'completed', conclusion: 'success' }],
  { sha: COMMIT, checkName: 'mlgate / quality' },
);
if (!evidence.passed) throw new Error('the fixture check run passes');

const comparison = comparisonReport(
  '{"accuracy": 0.91, "loss": 0.2, "model": "xgboost"}',
  '{"accuracy": 0.9, "loss": 0.25, "retired": 1}',
);

function input(overrides: Partial<ManifestInput> = {}): ManifestInput {
  return {
    name: 'churn',
    version: parseVersion('1.3.0'),
    subject: { ...SUBJECT, sha: COMMIT },
    pullRequest: { number: 12, url: 'https://github.com/acme/models/pull/12', approvers: ['bob', 'alice'] },
    gate: evidence as Extract<typeof evidence, { passed: true }>,
    reports: [
      { file: 'reports/validation-train.json', report: validationReport() },
      { file: 'reports/comparison.json', report: comparison },
    ],
    assets: [
      { name: 'tokenizer.json', bytes: 2_048, sha256: TOKENIZER_SHA },
      { name: 'model.onnx', bytes: 1_234_567, sha256: MODEL_SHA },
    ],
    createdAt: new Date('2026-06-01T09:30:00Z'),
    ...overrides,
  };
}

describe('the model manifest of a release', () => {
  const manifest = buildModelManifest(input());

  it('names the model, version, tag and commit, with the pull request and its approvers', () => {
    expect(manifest).toMatchObject({
      kind: 'mlgate/model-manifest@1',
      mlgateVersion: expect.any(String),
      subject: { repository: 'acme/models', sha: COMMIT, pullRequest: 12, runId: 4242 },
      name: 'churn',
      version: '1.3.0',
      tag: 'churn-v1.3.0',
      commit: COMMIT,
      createdAt: '2026-06-01T09:30:00.000Z',
      pullRequest: { number: 12, url: 'https://github.com/acme/models/pull/12', approvers: ['alice', 'bob'] },
    });
  });

  it('records how the gate was shown to pass, without the evidence’s own flag', () => {
    expect(manifest.gate).toEqual({
      source: 'check-run',
      sha: COMMIT,
      checkName: 'mlgate / quality',
      checkRunId: 31,
      verdict: 'pass',
      reason: "'mlgate / quality' on 0123456 concluded success",
    });
  });

  it('takes the metrics of this run from the comparison, with the baseline they were compared against', () => {
    expect(manifest.metrics).toEqual([
      {
        files: ['metrics.json'],
        baseline: CACHE_BASELINE,
        verdict: 'pass',
        metrics: [
          {
            name: 'accuracy',
            value: { type: 'number', value: 0.91 },
            baseline: { type: 'number', value: 0.9 },
            verdict: 'pass',
          },
          {
            name: 'loss',
            value: { type: 'number', value: 0.2 },
            baseline: { type: 'number', value: 0.25 },
            verdict: 'improved',
          },
          { name: 'model', value: { type: 'text', value: 'xgboost' }, baseline: null, verdict: 'new' },
        ],
      },
    ]);
  });

  it('takes the data lineage from each validation report: fingerprint, schema and files', () => {
    const report = validationReport();
    expect(manifest.data).toEqual([
      {
        fingerprint: report.fingerprint,
        schema: { path: 'people.schema.json', sha256: report.schema.sha256 },
        files: [
          { path: 'people.invalid.csv', format: 'csv', bytes: 339, rows: 6, sha256: report.files[0]!.sha256 },
        ],
      },
    ]);
  });

  it('lists the model files by name', () => {
    expect(manifest.assets.map((asset) => asset.name)).toEqual(['model.onnx', 'tokenizer.json']);
  });

  it('is valid under its published schema, and is rejected by it when a field is off', () => {
    expect(validateManifest(manifest)).toBe(true);
    expect(validateManifest({ ...manifest, extra: 1 })).toBe(false);
    expect(validateManifest({ ...manifest, version: 'v1.3.0' })).toBe(false);
    expect(validateManifest({ ...manifest, assets: [{ name: '../x', bytes: 1, sha256: MODEL_SHA }] })).toBe(
      false,
    );
  });

  it('records a gate that was not required, and no pull request, as such', () => {
    const bare = buildModelManifest(
      input({ gate: { source: 'not-required' }, pullRequest: null, reports: [] }),
    );
    expect(bare).toMatchObject({
      gate: { source: 'not-required' },
      pullRequest: null,
      metrics: [],
      data: [],
    });
    expect(validateManifest(bare)).toBe(true);
  });

  it('refuses a report about another commit: its lineage is not this release’s', () => {
    const elsewhere = validationReport({ ...SUBJECT, sha: OTHER_COMMIT });
    expect(() => buildModelManifest(input({ reports: [{ file: 'old.json', report: elsewhere }] }))).toThrow(
      new UserError("old.json is about commit fedcba9, not 0123456: its lineage is not this release's"),
    );
  });

  it('refuses model files a release cannot carry', () => {
    expect(() =>
      buildModelManifest(input({ assets: [{ name: 'manifest.json', bytes: 1, sha256: MODEL_SHA }] })),
    ).toThrow(UserError);
  });
});

describe('reading a manifest back from a release', () => {
  const manifest = buildModelManifest(input());
  const text = formatModelManifest(manifest);
  const edited = (change: (value: Record<string, unknown>) => void): string => {
    const value = JSON.parse(text) as Record<string, unknown>;
    change(value);
    return JSON.stringify(value);
  };

  it('gives back the manifest that was written', () => {
    expect(parseModelManifest(text, 'churn-v1.3.0/manifest.json')).toEqual(manifest);
  });

  it('refuses what is not a manifest, naming the source', () => {
    expect(() => parseModelManifest('{', 'm.json')).toThrow(
      /^m\.json: a model manifest is not valid JSON at line 1, column 2: /,
    );
    expect(() => parseModelManifest('{"kind": "mlgate/comparison@1"}', 'm.json')).toThrow(
      new UserError(
        'm.json: not an mlgate model manifest (kind "mlgate/comparison@1"; expected mlgate/model-manifest@1)',
      ),
    );
    expect(() => parseModelManifest(' '.repeat(MAX_MANIFEST_BYTES + 1), 'm.json')).toThrow(/at most/);
  });

  it('refuses a manifest that breaks the schema', () => {
    expect(() =>
      parseModelManifest(
        edited((m) => (m['injected'] = true)),
        'm.json',
      ),
    ).toThrow(
      "m.json: breaks the mlgate/model-manifest@1 schema: the manifest must NOT have additional properties ('injected')",
    );
    expect(() =>
      parseModelManifest(
        edited((m) => (m['assets'] = [{ name: '../../.bashrc', bytes: 1, sha256: MODEL_SHA }])),
        'm.json',
      ),
    ).toThrow(/breaks the .* schema: \/assets\/0\/name/);
  });

  it('refuses fields that disagree: tag and version, commit and subject, repeated assets', () => {
    expect(() =>
      parseModelManifest(
        edited((m) => (m['tag'] = 'churn-v9.9.9')),
        'm.json',
      ),
    ).toThrow(new UserError("m.json: tag 'churn-v9.9.9' is not churn-v1.3.0"));
    expect(() =>
      parseModelManifest(
        edited((m) => (m['commit'] = OTHER_COMMIT)),
        'm.json',
      ),
    ).toThrow(/commit and subject\.sha differ/);
    expect(() =>
      parseModelManifest(
        edited((m) => (m['assets'] = [...(m['assets'] as unknown[]), (m['assets'] as unknown[])[0]])),
        'm.json',
      ),
    ).toThrow(/asset 'model\.onnx' is listed twice/);
  });
});

describe("the datasets' profiles a release carries", () => {
  const PROFILE_SHA = 'c'.repeat(64);
  const profiles = [
    { dataset: 'weather', asset: 'profile-weather.json', sha256: PROFILE_SHA, rows: 731 },
    { dataset: 'customers', asset: 'profile-customers.json', sha256: PROFILE_SHA, rows: 12 },
  ];
  const profile = (dataset: string, sha?: string): ProfileDocument => ({
    kind: 'mlgate/profile@1',
    mlgateVersion: '0.0.0',
    subject: { ...SUBJECT, ...(sha !== undefined ? { sha } : {}) },
    createdAt: '2026-06-01T09:00:00Z',
    dataset,
    rows: 0,
    files: [],
    columns: [],
  });

  it('names each profile asset by dataset, with its digest and rows, valid under the schema', () => {
    const manifest = buildModelManifest(input({ profiles }));
    expect(manifest.profiles).toEqual([profiles[1], profiles[0]]);
    expect(validateManifest(manifest)).toBe(true);
    expect(parseModelManifest(formatModelManifest(manifest), 'm.json')).toEqual(manifest);
  });

  it('leaves the entry out when no profile was given, as manifests before profiles did', () => {
    expect(buildModelManifest(input())).not.toHaveProperty('profiles');
  });

  it('publishes a profile under the name the root action writes it as', () => {
    expect(profileAssetName('weather')).toBe('profile-weather.json');
    expect(profileAssetName('daily weather/2024')).toBe('profile-daily-weather-2024.json');
  });

  it('refuses a profile named like a model file, and a profile asset a manifest cannot name', () => {
    expect(() =>
      buildModelManifest(
        input({ profiles: [{ dataset: 'm', asset: 'model.onnx', sha256: PROFILE_SHA, rows: 1 }] }),
      ),
    ).toThrow(/published as model\.onnx, a name the release already has: rename the model file$/);
    const text = formatModelManifest(buildModelManifest(input({ profiles })));
    const value = JSON.parse(text) as { profiles: { asset: string }[] };
    value.profiles[0]!.asset = 'manifest.json';
    expect(() => parseModelManifest(JSON.stringify(value), 'm.json')).toThrow(
      "m.json: profile asset 'manifest.json' has the name of another file of the release",
    );
    value.profiles[0]!.asset = '../x.json';
    expect(() => parseModelManifest(JSON.stringify(value), 'm.json')).toThrow(/\/profiles\/0\/asset/);
  });

  it('refuses a profile about another commit, and two profiles of one asset name', () => {
    expect(() =>
      checkReleaseProfiles([{ file: 'p.json', profile: profile('weather') }], COMMIT),
    ).not.toThrow();
    expect(() =>
      checkReleaseProfiles([{ file: 'old.json', profile: profile('weather', OTHER_COMMIT) }], COMMIT),
    ).toThrow(
      new UserError('old.json is about commit fedcba9, not 0123456: it is not the data of this release'),
    );
    expect(() =>
      checkReleaseProfiles(
        [
          { file: 'a.json', profile: profile('a b') },
          { file: 'b.json', profile: profile('a-b') },
        ],
        COMMIT,
      ),
    ).toThrow(/a\.json and b\.json would both be published as profile-a-b\.json/);
  });
});

describe('the published schema', () => {
  it('is in step with the code', () => {
    expect(publishedSchema).toEqual(PUBLISHED_SCHEMAS[schemaFile]);
  });

  it('is the contract every field of a manifest is checked against', () => {
    // Every field, the optional profiles too.
    const manifest: ModelManifest = buildModelManifest(
      input({ profiles: [{ dataset: 'd', asset: 'profile-d.json', sha256: 'c'.repeat(64), rows: 1 }] }),
    );
    expect(Object.keys((publishedSchema as { properties: object }).properties).sort()).toEqual(
      Object.keys(manifest).sort(),
    );
  });
});

describe('writing a manifest into a release', () => {
  it('checks it as a download will, so a manifest that would be refused there is never published', () => {
    const manifest = buildModelManifest(
      input({ pullRequest: { number: 12, url: 'ftp://example.com/pull/12', approvers: [] } }),
    );
    expect(() => formatModelManifest(manifest)).toThrow(
      'the manifest built for the release: breaks the mlgate/model-manifest@1 schema: /pullRequest/url must match pattern "^https?://"',
    );
    // The builder made it: a bug, not the user's mistake.
    expect(() => formatModelManifest(manifest)).not.toThrow(UserError);
  });
});
