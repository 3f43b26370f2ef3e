import { judgeMetric } from '../../compare/metric-judgement.js';
import type { Judgement } from '../../compare/metric-judgement.js';
import { numberValue } from '../../metrics/metric-value.js';
import type { PolicyRule } from '../../policy/metric-policy.js';
import { allowanceAround, toleranceText } from '../../policy/tolerance.js';
import { formatNumber, formatSignedNumber } from '../../render/metric-number-format.js';
import { judgePairedChange } from '../../significance/paired-change.js';

/** A metric's paired change as the bootstrap and McNemar's test measured it. */
export interface MeasuredChange {
  readonly baseline: number;
  readonly current: number;
  readonly delta: number;
  readonly ci: readonly [number, number];
  readonly pValue?: number;
}

export interface ChangeJudgement extends Judgement {
  readonly significant: boolean;
  /** Judged by the interval (the rule has `significance:` and a direction). */
  readonly bySignificance: boolean;
}

/** Only the current value: its bounds and NaN decide, else there is nothing to compare it with. */
export function judgeCurrentOnly(rule: PolicyRule, current: number): Judgement {
  return judgeMetric(rule, null, numberValue(current));
}

/**
 * Judges a paired change under its rule. Bounds and NaN are checked first, as compareMetrics checks them.
 * A rule with `significance:` and a direction then judges by the interval: the metric regressed only when
 * the whole interval lies beyond the tolerance on the bad side ('certain'); an interval that only reaches
 * past it is "not significant" and passes. Any other rule is the plain tolerance rule on the point values.
 */
export function judgeChange(rule: PolicyRule, change: MeasuredChange): ChangeJudgement {
  const significant = !Number.isNaN(change.ci[0]) && (change.ci[0] > 0 || change.ci[1] < 0);
  const plain = judgeMetric(rule, numberValue(change.baseline), numberValue(change.current));
  const direction = rule.direction;
  if (rule.significance === undefined || (direction !== 'higher' && direction !== 'lower'))
    return { ...plain, significant, bySignificance: false };
  const bounds = judgeMetric(rule, null, numberValue(change.current));
  if (bounds.verdict === 'fail' || bounds.verdict === 'warn')
    return { ...bounds, significant, bySignificance: true };
  if (!Number.isFinite(change.baseline)) return { ...plain, significant, bySignificance: true };
  const tolerance = allowanceAround(rule.tolerance, change.baseline);
  const judged = judgePairedChange(change, { direction, tolerance });
  const interval = `Δ ${formatSignedNumber(change.delta)}, ${Math.round((1 - rule.significance.alpha) * 100)}% interval [${formatNumber(change.ci[0])}, ${formatNumber(change.ci[1])}]`;
  const limit = `the tolerance ${toleranceText(rule.tolerance)}`;
  if (judged.regression === 'certain')
    return {
      verdict: rule.severity,
      reason: `${interval} lies wholly beyond ${limit}: a real regression`,
      significant,
      bySignificance: true,
    };
  const better = direction === 'higher' ? change.delta > 0 : change.delta < 0;
  if (judged.significant && better)
    return {
      verdict: 'improved',
      reason: `${interval}: a significant improvement`,
      significant,
      bySignificance: true,
    };
  if (judged.regression === 'possible')
    return {
      verdict: 'pass',
      reason: `${interval} reaches beyond ${limit} but not wholly: not significant`,
      significant,
      bySignificance: true,
    };
  return {
    verdict: 'pass',
    reason: `${interval}, within ${limit}${significant ? '' : ': not significant'}`,
    significant,
    bySignificance: true,
  };
}
