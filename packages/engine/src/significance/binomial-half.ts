/**
 * The Binomial(n, ½) distribution, accurate to about 1e-14 relative for any n a prediction file can hold:
 * the probability mass by Loader's saddle-point expansion ("Fast and accurate computation of binomial
 * probabilities", 2000; R's dbinom_raw), which avoids the cancellation of log-gamma differences at large n,
 * and the lower tail by summing the mass downwards.
 */

/** stirlerr(n) = ln n! − ((n + ½) ln n − n + ln √(2π)) for n = 0…15: mpmath's 40-digit values, rounded to doubles. */
const STIRLERR_SMALL = [
  0, 0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093, 0.016644691189821193,
  0.013876128823070748, 0.01189670994589177, 0.010411265261972096, 0.009255462182712733, 0.00833056343336287,
  0.007573675487951841, 0.00694284010720953, 0.006408994188004207, 0.0059513701127588475,
  0.005554733551962801,
];

const S0 = 1 / 12;
const S1 = 1 / 360;
const S2 = 1 / 1260;
const S3 = 1 / 1680;
const S4 = 1 / 1188;

/** The error of Stirling's formula for ln n!, n a non-negative integer. */
function stirlerr(n: number): number {
  if (n <= 15) return STIRLERR_SMALL[n]!;
  const nn = n * n;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

/** x ln(x / m) + m − x, without cancellation when x is close to m. */
function bd0(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v = v * v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}

/** P(X = k) for X ~ Binomial(n, ½). */
export function binomialHalfMass(k: number, n: number): number {
  if (k < 0 || k > n) return 0;
  if (k === 0 || k === n) return Math.pow(2, -n);
  const half = n / 2;
  const lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, half) - bd0(n - k, half);
  const lf = Math.log(2 * Math.PI) + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(lc - 0.5 * lf);
}

/** P(X ≤ k) for X ~ Binomial(n, ½). */
export function binomialHalfCdf(k: number, n: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  // Summing below the mean, the terms shrink geometrically; above it, use the symmetry P(X ≤ k) = 1 − P(X ≤ n−k−1).
  if (2 * k > n) return 1 - binomialHalfCdf(n - k - 1, n);
  let term = binomialHalfMass(k, n);
  let sum = term;
  for (let j = k; j > 0 && term > sum * 1e-17; j--) {
    term *= j / (n - j + 1);
    sum += term;
  }
  return sum;
}
