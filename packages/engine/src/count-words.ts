/**
 * Counts as reports and logs print them: digits grouped by thousands as `en-US` groups them ("12,345"), and
 * a count with its noun ("1 file", "12,345 files"). Written out rather than `toLocaleString('en-US')`: the
 * first call of that loads ICU's locale data, some 20 ms at the start of every action that prints a count.
 */
export function groupDigits(n: number): string {
  // Past 2^53, -0, NaN and fractions: as Intl prints them (never a count, so never on a start's path).
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${grouped}` : grouped;
}

/** `n` and its noun: `one` for exactly 1, else `many` (default `one` + "s"). */
export function countWords(n: number, one: string, many = `${one}s`): string {
  return `${groupDigits(n)} ${n === 1 ? one : many}`;
}
