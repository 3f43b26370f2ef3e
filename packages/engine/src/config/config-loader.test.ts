import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { PUBLISHED_SCHEMAS } from '../report/published-schemas.js';
import { ConfigError, loadConfig, parseConfig } from './config-loader.js';
import { MLGATE_CONFIG_SCHEMA } from './mlgate-config-schema.js';

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/metrics/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

function configError(text: string): ConfigError {
  try {
    parseConfig(text, 'mlgate.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('mlgate.yml', () => {
  it('loads every section into a typed config, leaving unset what inputs may still decide', async () => {
    const config = await loadConfig('mlgate.yml', { cwd: fixtures });
    expect(config).toMatchObject({
      file: 'mlgate.yml',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      datasets: [
        {
          name: 'train',
          paths: ['data/train-*.csv'],
          schema: 'schemas/train.schema.json',
          location: { file: 'mlgate.yml', line: 4 },
        },
      ],
      metrics: { files: ['current-*.json'] },
      baseline: { source: { kind: 'file', path: 'baseline.json' }, name: 'classifier' },
      report: { commentId: 'classifier', fold: ['pass', 'improved'] },
      publish: { model: 'classifier', files: ['model/*.onnx'], requiredApprovals: 1 },
    });
    expect(config.metrics.namespace).toBeUndefined();
    expect(config.baseline.require).toBeUndefined();
    const { policy } = config.metrics;
    expect(policy.ruleFor('per_class.cat.recall')).toMatchObject({
      direction: 'higher',
      tolerance: { kind: 'absolute', amount: 0.02 },
      severity: 'warn',
      origin: {
        match: 'glob',
        pattern: 'per_class.*.recall',
        location: { file: 'mlgate.yml', line: 20, column: 5 },
      },
    });
    expect(policy.ruleFor('loss').tolerance).toEqual({ kind: 'relative', fraction: 0.1, text: '10%' });
    expect(policy.ruleFor('anything')).toMatchObject({ direction: 'none', origin: { match: 'default' } });
  });

  it('takes an empty file as nothing set: the plan applies the defaults', () => {
    expect(parseConfig('# nothing yet\n', 'mlgate.yml')).toMatchObject({
      datasets: [],
      metrics: { files: [] },
      baseline: {},
      report: {},
    });
  });

  it('names the line of a baseline source it cannot read', () => {
    const error = configError("baseline:\n  source: 'git:'\n");
    expect(error.message).toMatch(/^baseline\.source: "git:" is not valid/);
    expect(error.location).toMatchObject({ file: 'mlgate.yml', line: 2 });
  });

  it('names a misspelt key and its line, and suggests the closest valid key', async () => {
    const error = await loadConfig('policy-misspelt.yml', { cwd: fixtures }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      "unknown key 'tolerence' in metrics.rules.accuracy; did you mean 'tolerance'?",
    );
    expect((error as ConfigError).location).toEqual({ file: 'policy-misspelt.yml', line: 5, column: 7 });
  });

  it('finds unknown keys anywhere, at the top level too', () => {
    expect(configError('metric:\n  files: a.json\n').message).toBe(
      "unknown key 'metric' in the top level; did you mean 'metrics'?",
    );
    expect(configError('publish:\n  model: m\n  required_approvals: 2\n').message).toBe(
      "unknown key 'required_approvals' in publish; did you mean 'required-approvals'?",
    );
  });

  it('reports every bad value with its key and line, first one in the message', async () => {
    const error = (await loadConfig('policy-bad-values.yml', { cwd: fixtures }).catch(
      (caught: unknown) => caught,
    )) as ConfigError;
    expect(error.problems).toEqual([
      {
        message: 'metrics.default.direction: "up" is not one of higher, lower, equal, none',
        location: { file: 'policy-bad-values.yml', line: 3, column: 16 },
      },
      {
        message:
          'metrics.rules.loss.tolerance: "2 percent" is not valid: How far the metric may move the wrong way: an absolute number ≥ 0, or a percentage of the baseline such as "2%".',
        location: { file: 'policy-bad-values.yml', line: 6, column: 18 },
      },
      {
        message: expect.stringMatching(/^baseline\.source: "s3" is not valid: Where the baseline comes from/),
        location: { file: 'policy-bad-values.yml', line: 10, column: 11 },
      },
    ]);
    expect(error.message).toMatch(/^metrics\.default\.direction: .* \(and 2 more\)$/);
  });

  it('refuses a rule whose min is above its max', () => {
    const error = configError('metrics:\n  rules:\n    loss:\n      min: 1\n      max: 0\n');
    expect(error.message).toBe('metrics.rules.loss: min 1 is above max 0');
    expect(error.location).toEqual({ file: 'mlgate.yml', line: 4, column: 7 });
  });

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    expect(configError('metrics:\n  rules: [\n').location?.line).toBe(3);
    const duplicate = configError('metrics:\n  namespace: stem\n  namespace: none\n');
    expect(duplicate.message).toMatch(/^not valid YAML: Map keys must be unique/);
    expect(duplicate.location?.line).toBe(3);
  });

  it('has its published schema file in step with the code', () => {
    const file = 'schemas/mlgate.schema.json';
    expect(JSON.parse(readFileSync(`${repoRoot}${file}`, 'utf8'))).toEqual(PUBLISHED_SCHEMAS[file]);
  });
});

describe('mlgate.yml: drift and retrain', () => {
  const driftFixtures = fileURLToPath(new URL('../../../../test/fixtures/drift/', import.meta.url));

  it('loads the drift policy and the retraining trigger', async () => {
    const config = await loadConfig('mlgate.yml', { cwd: driftFixtures });
    expect(config.drift).toEqual({
      location: { file: 'mlgate.yml', line: 2, column: 1 },
      source: 'mlgate.yml drift.method',
      severity: 'fail',
      method: 'auto',
      threshold: 0.08,
      datasetShare: 0.3,
      columns: { delay: { method: 'psi', threshold: 0.2 }, flight_id: { ignore: true } },
    });
    expect(config.retrain).toMatchObject({ workflow: 'train.yml', on: ['drift'] });
  });

  it('leaves both out when the file does not set them, and triggers on both by default', () => {
    const config = parseConfig('metrics:\n  files: m.json\n', 'mlgate.yml');
    expect(config.drift).toBeUndefined();
    expect(config.retrain).toBeUndefined();
    expect(parseConfig('retrain:\n  workflow: train.yaml\n', 'mlgate.yml').retrain?.on).toEqual([
      'drift',
      'regression',
    ]);
  });

  it('names unknown keys and bad values with their line', () => {
    const misspelt = configError('drift:\n  columns:\n    age:\n      treshold: 0.1\n');
    expect(misspelt.message).toBe("unknown key 'treshold' in drift.columns.age; did you mean 'threshold'?");
    expect(misspelt.location).toMatchObject({ line: 4 });
    expect(configError('drift:\n  method: kolmogorov\n').message).toMatch(
      /^drift\.method: "kolmogorov" is not one of auto, ks/,
    );
    expect(configError('drift:\n  dataset-share: 0\n').location).toMatchObject({ line: 2 });
    expect(configError('retrain:\n  workflow: .github/workflows/train.yml\n').location).toMatchObject({
      line: 2,
    });
    expect(configError('retrain:\n  on: [drift, schedule]\n').problems.length).toBeGreaterThanOrEqual(1);
  });
});

describe('the config schema', () => {
  it('is a valid JSON Schema under strict mode', () => {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
    expect(ajv.validateSchema(MLGATE_CONFIG_SCHEMA)).toBe(true);
    expect(() => ajv.compile(MLGATE_CONFIG_SCHEMA)).not.toThrow();
  });
});
