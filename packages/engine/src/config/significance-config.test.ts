import { describe, expect, it } from '@jest/globals';
import { ConfigError, parseConfig } from './config-loader.js';

describe('mlgate.yml significance: and evaluate:', () => {
  it('a rule carries significance down to the metrics it decides, and evaluate: names the columns', () => {
    const config = parseConfig(
      [
        'metrics:',
        '  default: { direction: higher, significance: { alpha: 0.05 } }',
        '  rules:',
        "    'slice.*.accuracy': { tolerance: 0.02, significance: { alpha: 0.1, resamples: 2000 } }",
        '    loss: { direction: lower }',
        'evaluate: { id: example, proba-prefix: p_ }',
        '',
      ].join('\n'),
      'mlgate.yml',
    );
    const { policy } = config.metrics;
    expect(policy.ruleFor('accuracy').significance).toEqual({ alpha: 0.05 });
    expect(policy.ruleFor('slice.island=Dream.accuracy').significance).toEqual({
      alpha: 0.1,
      resamples: 2000,
    });
    // A rule without its own significance inherits the default's, like every other setting.
    expect(policy.ruleFor('loss').significance).toEqual({ alpha: 0.05 });
    expect(config.evaluate).toEqual({ columns: { id: 'example', probabilityPrefix: 'p_' } });
  });

  it('changes the policy hash only when set', () => {
    const plain = parseConfig('metrics:\n  rules:\n    accuracy: { direction: higher }\n', 'a.yml');
    const again = parseConfig('metrics:\n  rules:\n    accuracy:\n      direction: higher\n', 'b.yml');
    const significant = parseConfig(
      'metrics:\n  rules:\n    accuracy: { direction: higher, significance: { alpha: 0.05 } }\n',
      'c.yml',
    );
    expect(again.metrics.policy.sha256).toBe(plain.metrics.policy.sha256);
    expect(significant.metrics.policy.sha256).not.toBe(plain.metrics.policy.sha256);
  });

  it.each([
    ['significance: { alpha: 0 }', /alpha/],
    ['significance: { alpha: 1 }', /alpha/],
    ['significance: { resamples: 100 }', /alpha/],
    ['significance: { alpha: 0.05, resamples: 1000001 }', /resamples/],
    ['significance: { alpha: 0.05, seed: 1 }', /unknown key 'seed'/],
  ])('refuses %s with its line', (rule, message) => {
    let error: unknown;
    try {
      parseConfig(`metrics:\n  rules:\n    accuracy:\n      ${rule}\n`, 'mlgate.yml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(message);
    expect((error as ConfigError).location).toMatchObject({ file: 'mlgate.yml', line: 4 });
  });

  it('refuses an unknown key under evaluate:', () => {
    expect(() => parseConfig('evaluate:\n  score-column: p\n', 'mlgate.yml')).toThrow(
      /unknown key 'score-column'/,
    );
  });
  it('evaluate: names the predictions file the actions evaluate, and their task', () => {
    const config = parseConfig(
      'evaluate:\n  predictions: out/predictions.csv\n  task: regression\n',
      'mlgate.yml',
    );
    expect(config.evaluate).toEqual({ columns: {}, predictions: 'out/predictions.csv', task: 'regression' });
  });

  it.each([
    ['predictions: ""', /predictions/],
    ['predictions: [a.csv, b.csv]', /predictions/],
    ['task: ranking', /task/],
  ])('refuses evaluate: %s with its line', (entry, message) => {
    let error: unknown;
    try {
      parseConfig(`metrics:\n  files: m.json\nevaluate:\n  ${entry}\n`, 'mlgate.yml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(message);
    expect((error as ConfigError).location).toMatchObject({ file: 'mlgate.yml', line: 4 });
  });
});
