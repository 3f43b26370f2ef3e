/**
 * The chi-squared survival function, P(X >= x) for X ~ χ²(k) = Q(k/2, x/2), the regularized upper incomplete
 * gamma function. Q is computed by the power series of P = 1 - Q when x < a + 1 (where the series converges
 * fast and 1 - P loses nothing worth mentioning since P is then small or moderate) and by Lentz's continued
 * fraction otherwise (where Q itself is small and must keep its relative precision, e.g. p-values of 1e-300).
 */
const EPSILON = 1e-16;
const MAX_ITERATIONS = 10_000;

export function chiSquaredSurvival(statistic: number, degreesOfFreedom: number): number {
  if (statistic <= 0) return 1;
  return regularizedUpperGamma(degreesOfFreedom / 2, statistic / 2);
}

export function regularizedUpperGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  // x^a e^-x / Γ(a), in log space.
  const logPrefactor = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS; n += 1) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
    }
    return Math.max(0, 1 - sum * Math.exp(logPrefactor));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let fraction = d;
  for (let i = 1; i < MAX_ITERATIONS; i += 1) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    fraction *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.exp(logPrefactor) * fraction;
}

/** Coefficients of Lanczos' approximation with g = 607/128, n = 15 (Godfrey's set), good to ~1e-15 relative. */
const LANCZOS_G = 607 / 128;
const LANCZOS = [
  0.9999999999999971, 57.15623566586292, -59.59796035547549, 14.136097974741746, -0.4919138160976202,
  3.399464998481189e-5, 4.652362892704858e-5, -9.837447530487956e-5, 0.0001580887032249125,
  -0.00021026444172410488, 0.00021743961811521265, -0.0001643181065367639, 8.441822398385275e-5,
  -2.6190838401581408e-5, 3.6899182659531625e-6,
];

/** log Γ(a) for a > 0 (degrees of freedom are positive). */
export function logGamma(a: number): number {
  if (a < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * a)) - logGamma(1 - a);
  const z = a - 1;
  let series = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i += 1) series += LANCZOS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(series);
}
