import { createHash } from 'node:crypto';
import type { SourceLocation } from '../user-error.js';
import { bySpecificity, compileMetricGlob, isMetricGlob } from './metric-glob.js';
import type { MetricGlob } from './metric-glob.js';
import { ZERO_TOLERANCE, parseTolerance } from './tolerance.js';
import type { Tolerance } from './tolerance.js';

export type Direction = 'higher' | 'lower' | 'equal' | 'none';
export type Severity = 'fail' | 'warn';
export const DIRECTIONS: readonly Direction[] = ['higher', 'lower', 'equal', 'none'];
export const SEVERITIES: readonly Severity[] = ['fail', 'warn'];

/** A rule as written in `mlgate.yml`: every field optional, unset fields come from the default rule. */
export interface RuleInput {
  readonly direction?: Direction;
  readonly tolerance?: number | string;
  readonly min?: number;
  readonly max?: number;
  readonly severity?: Severity;
  readonly required?: boolean;
  readonly allowNan?: boolean;
  readonly headline?: boolean;
  readonly significance?: SignificanceRule;
}

/**
 * `significance: {alpha, resamples}`: judge a change by its paired bootstrap interval (needs per-example
 * predictions, `mlgate evaluate`): a regression breaks the rule only when the whole 1 − alpha interval lies
 * beyond the tolerance on the bad side.
 */
export interface SignificanceRule {
  readonly alpha: number;
  /** Bootstrap resamples; the bootstrap's default (1,000) when absent. */
  readonly resamples?: number;
}

/** What a rule decides, every field resolved. */
export interface RuleSettings {
  readonly direction: Direction;
  readonly tolerance: Tolerance;
  readonly min?: number;
  readonly max?: number;
  /** What breaking this rule does (a regression, a bound, a required metric missing, a NaN). */
  readonly severity: Severity;
  /** The current run must have this metric (a glob: at least one metric matching it). */
  readonly required: boolean;
  /** A NaN current value is accepted instead of breaking the rule. */
  readonly allowNan: boolean;
  /** One of the metrics a reader watches: the comment charts its trend even when it did not regress. */
  readonly headline: boolean;
  /** Absent: the plain tolerance rule, whatever the uncertainty. */
  readonly significance?: SignificanceRule;
}

/** Which rule decided: written into the report next to each metric. */
export type RuleOrigin =
  | { readonly match: 'exact' | 'glob'; readonly pattern: string; readonly location?: SourceLocation }
  | { readonly match: 'default'; readonly location?: SourceLocation }
  /** No policy, or a policy without `default`: the built-in rule below. */
  | { readonly match: 'builtin' };

export interface PolicyRule extends RuleSettings {
  readonly origin: RuleOrigin;
}

export type PolicySource = { readonly kind: 'builtin' } | { readonly kind: 'file'; readonly file: string };

/**
 * The built-in rule for metrics no rule names: informational (no direction), but a NaN still breaks it, so
 * a run whose metric became NaN fails even with no policy at all.
 */
export const BUILTIN_RULE: PolicyRule = {
  direction: 'none',
  tolerance: ZERO_TOLERANCE,
  severity: 'fail',
  required: false,
  allowNan: false,
  headline: false,
  origin: { match: 'builtin' },
};

export interface PolicyInput {
  readonly source: PolicySource;
  readonly default?: { readonly settings: RuleInput; readonly location?: SourceLocation };
  readonly rules: readonly {
    readonly pattern: string;
    readonly settings: RuleInput;
    readonly location?: SourceLocation;
  }[];
}

/**
 * The metric policy. A metric's rule: the rule whose key equals its name, else the most specific matching
 * glob (more wildcard-free segments, then more literal characters, then the one declared first), else the
 * default rule, else the built-in rule.
 */
export class MetricPolicy {
  readonly source: PolicySource;
  /** sha256 of the resolved rules in canonical JSON: unchanged by comments, order of keys or formatting. */
  readonly sha256: string;
  readonly defaultRule: PolicyRule;
  readonly rules: readonly PolicyRule[];
  private readonly exact = new Map<string, PolicyRule>();
  private readonly globs: readonly { glob: MetricGlob; rule: PolicyRule }[];

  constructor(input: PolicyInput) {
    this.source = input.source;
    this.defaultRule =
      input.default === undefined
        ? BUILTIN_RULE
        : resolveRule(input.default.settings, BUILTIN_RULE, {
            match: 'default',
            ...(input.default.location ? { location: input.default.location } : {}),
          });
    const globs: { glob: MetricGlob; rule: PolicyRule }[] = [];
    this.rules = input.rules.map(({ pattern, settings, location }) => {
      const glob = isMetricGlob(pattern);
      const rule = resolveRule(settings, this.defaultRule, {
        match: glob ? 'glob' : 'exact',
        pattern,
        ...(location ? { location } : {}),
      });
      // A key is always tried as an exact name first, so a metric literally named `acc[0]` finds its rule.
      if (!this.exact.has(pattern)) this.exact.set(pattern, rule);
      if (glob) globs.push({ glob: compileMetricGlob(pattern, location), rule });
      return rule;
    });
    this.globs = globs.sort((a, b) => bySpecificity(a.glob, b.glob));
    this.sha256 = createHash('sha256').update(canonicalPolicy(this.defaultRule, this.rules)).digest('hex');
  }

  static builtin(): MetricPolicy {
    return new MetricPolicy({ source: { kind: 'builtin' }, rules: [] });
  }

  ruleFor(name: string): PolicyRule {
    const exact = this.exact.get(name);
    if (exact !== undefined) return exact;
    for (const { glob, rule } of this.globs) if (glob.test(name)) return rule;
    return this.defaultRule;
  }

  /** Whether `pattern` (a rule key) names or matches the metric. */
  matches(rule: PolicyRule, name: string): boolean {
    if (rule.origin.match === 'exact') return rule.origin.pattern === name;
    if (rule.origin.match !== 'glob') return false;
    if (rule.origin.pattern === name) return true;
    const entry = this.globs.find((candidate) => candidate.rule === rule);
    return entry !== undefined && entry.glob.test(name);
  }
}

function resolveRule(input: RuleInput, base: RuleSettings, origin: RuleOrigin): PolicyRule {
  const min = input.min ?? base.min;
  const max = input.max ?? base.max;
  const significance = input.significance ?? base.significance;
  return {
    direction: input.direction ?? base.direction,
    tolerance: input.tolerance === undefined ? base.tolerance : parseTolerance(input.tolerance),
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    severity: input.severity ?? base.severity,
    required: input.required ?? base.required,
    allowNan: input.allowNan ?? base.allowNan,
    headline: input.headline ?? base.headline,
    ...(significance !== undefined ? { significance } : {}),
    origin,
  };
}

/** What decides verdicts; `headline` only chooses what the comment charts, so it leaves the hash alone. */
function canonicalSettings(rule: RuleSettings): unknown[] {
  return [
    rule.direction,
    rule.tolerance.kind === 'absolute' ? rule.tolerance.amount : `${rule.tolerance.fraction * 100}%`,
    rule.min ?? null,
    rule.max ?? null,
    rule.severity,
    rule.required,
    rule.allowNan,
    // Appended only when set, so the hash of every policy written before `significance` existed is unchanged.
    ...(rule.significance !== undefined
      ? [[rule.significance.alpha, rule.significance.resamples ?? null]]
      : []),
  ];
}

function canonicalPolicy(defaultRule: PolicyRule, rules: readonly PolicyRule[]): string {
  return JSON.stringify({
    default: canonicalSettings(defaultRule),
    rules: rules.map((rule) => [
      rule.origin.match === 'builtin' || rule.origin.match === 'default' ? null : rule.origin.pattern,
      canonicalSettings(rule),
    ]),
  });
}
