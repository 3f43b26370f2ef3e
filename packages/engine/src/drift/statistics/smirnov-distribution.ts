/**
 * The one-sided Smirnov tail P(D_n^+ >= x) by Birnbaum & Tingey's (1951) finite sum
 *   P = x · Σ_{v=0}^{⌊n(1-x)⌋} C(n, v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v).
 * Every term is positive, so the sum has no cancellation; each term is formed in log space (with log C(n, v)
 * built up one ratio at a time, which keeps its rounding error near machine precision even for n in the
 * hundreds of thousands) so that nothing overflows. O(n).
 */
export function smirnovSurvival(n: number, x: number): number {
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  const last = Math.floor(n * (1 - x));
  let logBinomial = 0;
  let sum = 0;
  for (let v = 0; v <= last; v += 1) {
    const up = x + v / n;
    const down = 1 - up;
    if (down > 0) {
      sum += Math.exp(logBinomial + (v - 1) * Math.log(up) + (n - v) * Math.log(down));
    } else if (v === n) {
      sum += Math.exp(logBinomial + (v - 1) * Math.log(up));
    }
    logBinomial += Math.log((n - v) / (v + 1));
  }
  return Math.min(Math.max(x * sum, 0), 1);
}
