import type { NeutralReason, Verdict } from '../gate/verdict.js';

/** How a verdict looks at a glance, the same on every surface. */
export const VERDICT_ICON: Readonly<Record<Verdict, string>> = {
  fail: '❌',
  warn: '⚠️',
  neutral: 'ℹ️',
  pass: '✅',
};

const VERDICT_WORD: Readonly<Record<Exclude<Verdict, 'neutral'>, string>> = {
  fail: 'failed',
  warn: 'passed with warnings',
  pass: 'passed',
};

const NEUTRAL_WORD: Readonly<Record<NeutralReason, string>> = {
  'no-baseline': 'nothing to compare against',
  'nothing-to-check': 'nothing to check',
};

/** The headline's words: `failed`, `passed with warnings`, `nothing to compare against`, … */
export function verdictWord(verdict: Verdict, neutralReason: NeutralReason | undefined): string {
  return verdict === 'neutral' ? NEUTRAL_WORD[neutralReason ?? 'nothing-to-check'] : VERDICT_WORD[verdict];
}
