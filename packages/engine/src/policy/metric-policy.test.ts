import { describe, expect, it } from '@jest/globals';
import { MetricPolicy } from './metric-policy.js';
import type { RuleInput } from './metric-policy.js';

const policy = (rules: Record<string, RuleInput>, defaultRule?: RuleInput) =>
  new MetricPolicy({
    source: { kind: 'builtin' },
    ...(defaultRule ? { default: { settings: defaultRule } } : {}),
    rules: Object.entries(rules).map(([pattern, settings]) => ({ pattern, settings })),
  });
const decidedBy = (p: MetricPolicy, name: string) => p.ruleFor(name).origin;

describe('metric globs', () => {
  const p = policy({ 'per_class.*.recall': { direction: 'higher' }, 'slices.**': { direction: 'lower' } });

  it("lets '*' match within one dot-separated segment", () => {
    expect(decidedBy(p, 'per_class.cat.recall')).toEqual({ match: 'glob', pattern: 'per_class.*.recall' });
    expect(decidedBy(p, 'per_class.cat.top1.recall')).toEqual({ match: 'builtin' });
    expect(decidedBy(p, 'per_classXcatXrecall')).toEqual({ match: 'builtin' });
  });

  it("lets '**' cross segments", () => {
    expect(decidedBy(p, 'slices.age.18-25.auc')).toEqual({ match: 'glob', pattern: 'slices.**' });
    expect(decidedBy(p, 'slices.auc')).toEqual({ match: 'glob', pattern: 'slices.**' });
  });

  it("treats '/' in a metric name as an ordinary character", () => {
    const slash = policy({ 'eval/*': { direction: 'higher' } });
    expect(decidedBy(slash, 'eval/accuracy')).toEqual({ match: 'glob', pattern: 'eval/*' });
    expect(decidedBy(slash, 'eval/a.b')).toEqual({ match: 'builtin' });
  });
});

describe('rule precedence', () => {
  const p = policy(
    {
      '**.recall': { severity: 'warn' },
      'per_class.*.recall': { tolerance: 0.02 },
      'per_class.cat.*': { tolerance: 0.05 },
      'per_class.cat.recall': { tolerance: '1%' },
    },
    { direction: 'higher' },
  );

  it('prefers the exact key over any glob', () => {
    expect(decidedBy(p, 'per_class.cat.recall')).toMatchObject({ match: 'exact' });
  });

  it('prefers the glob with more wildcard-free segments, then more literal characters', () => {
    expect(decidedBy(p, 'per_class.dog.recall')).toMatchObject({ pattern: 'per_class.*.recall' });
    expect(decidedBy(p, 'per_class.cat.precision')).toMatchObject({ pattern: 'per_class.cat.*' });
    expect(decidedBy(p, 'slice.recall')).toMatchObject({ pattern: '**.recall' });
  });

  it('falls back to the default rule, whose fields every rule inherits', () => {
    expect(p.ruleFor('accuracy').origin).toEqual({ match: 'default' });
    expect(p.ruleFor('per_class.dog.recall')).toMatchObject({
      direction: 'higher',
      tolerance: { kind: 'absolute', amount: 0.02 },
      severity: 'fail',
    });
    expect(p.ruleFor('per_class.cat.recall').tolerance).toEqual({
      kind: 'relative',
      fraction: 0.01,
      text: '1%',
    });
  });

  it('hashes what the rules decide, not how they are spelt', () => {
    expect(policy({ a: { tolerance: '2%' } }).sha256).toBe(policy({ a: { tolerance: '2.0%' } }).sha256);
    expect(policy({ a: { tolerance: 0.02 } }).sha256).not.toBe(policy({ a: { tolerance: '2%' } }).sha256);
  });
});
