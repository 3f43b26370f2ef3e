import type { PatternDfa } from '../../schema/pattern-dfa.js';

/**
 * Runs a pattern's DFA (pattern-dfa.ts) over ASCII bytes: 1 match, 0 no match, -1 undecided (no DFA, or a
 * byte ≥ 0x80 before the answer was certain: the caller tests the RegExp on the text instead).
 */
export function matchPattern(dfa: PatternDfa | null, buf: Uint8Array, s: number, e: number): number {
  if (dfa === null) return -1;
  const table = dfa.table;
  let state = dfa.start;
  for (let i = s; i < e; i++) {
    const b = buf[i]!;
    if (b >= 128) return -1;
    state = table[state * 128 + b]!;
    // Dead: no NFA state is left, so no continuation, ASCII or not, can match.
    if (state === 0) return 0;
  }
  return dfa.accept[state]!;
}
