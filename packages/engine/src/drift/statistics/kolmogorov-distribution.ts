/**
 * The survival function P(D_n >= x) of the one-sample two-sided Kolmogorov-Smirnov statistic D_n, which is what
 * scipy's `ks_2samp` evaluates (as `kstwo.sf(d, round(n1·n2/(n1+n2)))`) when a sample has more than 10,000
 * values. The choice of algorithm for each (n, x) region follows Simard & L'Ecuyer (2011), "Computing the
 * two-sided Kolmogorov-Smirnov distribution", J. Stat. Softw. 39(11), with the same region boundaries scipy uses,
 * so that each region is computed the same way and agrees with scipy to rounding error.
 */
import { smirnovSurvival } from './smirnov-distribution.js';

const SCALE_EXPONENT = 128;
const SCALE_UP = 2 ** SCALE_EXPONENT;
const SCALE_DOWN = 2 ** -SCALE_EXPONENT;

export function kolmogorovSurvival(n: number, x: number): number {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    // Ruben & Gambino: for 1/(2n) <= x <= 1/n, P(D_n <= x) = n!/n^n (2t - 1)^n.
    if (t <= 0.5) return 1;
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i += 1) cdf *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clipProbability(1 - cdf);
  }
  // Ruben & Gambino again, for x >= 1 - 1/n.
  if (t >= n - 1) return clipProbability(2 * (1 - x) ** n);
  // Above 1/2 the two one-sided excursions cannot both happen, so the two-sided tail is twice the one-sided one.
  if (x >= 0.5) return clipProbability(2 * smirnovSurvival(n, x));
  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clipProbability(1 - durbinMatrixCdf(n, x));
    if (nxSquared <= 4) return clipProbability(1 - pomeranzCdf(n, x));
    return clipProbability(2 * smirnovSurvival(n, x));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clipProbability(2 * smirnovSurvival(n, x));
  const cdf = n <= 100_000 && n * x ** 1.5 <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
  return clipProbability(1 - cdf);
}

function clipProbability(p: number): number {
  return Math.min(Math.max(p, 0), 1);
}

/** Stirling coefficients B_{2j} / (2j (2j-1)) for j = 8 … 1 (B are the Bernoulli numbers). */
const STIRLING = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
  -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];

/** log(n! / n^n) by Stirling's series with the n·log(n) terms cancelled analytically rather than numerically. */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  const y = rn / n;
  let series = 0;
  for (const coefficient of STIRLING) series = series * y + coefficient;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * series;
}

/**
 * Durbin's matrix formula, P(D_n < d) = n!/n^n · (H^n)_{kk}, with Marsaglia, Tsang & Wang's (2003) evaluation:
 * repeated squaring with a separately kept power-of-two exponent so that H^n neither overflows nor underflows.
 * The matrix is (2k-1)² with k = ⌈n·d⌉; it is only used where k stays small (n·d^1.5 <= 1.4, or n <= 140).
 */
function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j += 1) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - h ** j) * factorial;
  }
  v[m - 1] = (1 + (Math.max(2 * h - 1, 0) ** m - 2 * h ** m)) * factorial;
  let matrix = new Float64Array(m * m);
  for (let i = 1; i < m; i += 1) {
    for (let row = i - 1; row < m; row += 1) matrix[row * m + i] = w[row - i + 1]!;
  }
  for (let row = 0; row < m; row += 1) matrix[row * m] = v[row]!;
  for (let col = 0; col < m; col += 1) matrix[(m - 1) * m + col] = v[m - 1 - col]!;

  let power = identity(m);
  let powerExponent = 0;
  let matrixExponent = 0;
  for (let remaining = n; remaining > 0; remaining = Math.floor(remaining / 2)) {
    if (remaining % 2 === 1) {
      power = multiply(power, matrix, m);
      powerExponent += matrixExponent;
    }
    matrix = multiply(matrix, matrix, m);
    matrixExponent *= 2;
    if (Math.abs(matrix[(k - 1) * m + (k - 1)]!) > SCALE_UP) {
      for (let i = 0; i < matrix.length; i += 1) matrix[i]! /= SCALE_UP;
      matrixExponent += SCALE_EXPONENT;
    }
  }
  let p = power[(k - 1) * m + (k - 1)]!;
  for (let i = 1; i <= n; i += 1) {
    p = (i * p) / n;
    if (Math.abs(p) < SCALE_DOWN) {
      p *= SCALE_UP;
      powerExponent -= SCALE_EXPONENT;
    }
  }
  if (powerExponent !== 0) p *= 2 ** powerExponent;
  return clipProbability(p);
}

function identity(m: number): Float64Array<ArrayBuffer> {
  const result = new Float64Array(m * m);
  for (let i = 0; i < m; i += 1) result[i * m + i] = 1;
  return result;
}

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array<ArrayBuffer> {
  const result = new Float64Array(m * m);
  for (let i = 0; i < m; i += 1) {
    for (let l = 0; l < m; l += 1) {
      const factor = a[i * m + l]!;
      if (factor === 0) continue;
      for (let j = 0; j < m; j += 1) result[i * m + j]! += factor * b[l * m + j]!;
    }
  }
  return result;
}

/**
 * Pomeranz's (1974) recursion for P(D_n <= x): 2n+1 rows, each the convolution of the previous row with one of
 * three truncated Poisson weight sequences; only a short window of each row can be non-zero.
 */
function pomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const powers = 2 * (ll + 1);
  const gPower = new Float64Array(powers);
  const twoGPower = new Float64Array(powers);
  const oneMinusTwoGPower = new Float64Array(powers);
  gPower[0] = twoGPower[0] = oneMinusTwoGPower[0] = 1;
  for (let i = 1; i < powers; i += 1) {
    gPower[i] = (gPower[i - 1]! * (g / n)) / i;
    twoGPower[i] = (twoGPower[i - 1]! * ((2 * g) / n)) / i;
    oneMinusTwoGPower[i] = (oneMinusTwoGPower[i - 1]! * ((1 - 2 * g) / n)) / i;
  }
  let previous = new Float64Array(powers);
  let current = new Float64Array(powers);
  current[0] = 1;
  let previousStart = 0;
  let currentStart = 0;
  let exponent = 0;
  let [j1] = pomeranzWindow(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i += 1) {
    const k1 = j1;
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
    current.fill(0);
    let j2: number;
    [j1, j2] = pomeranzWindow(i, n, ll, ceilf, roundf);
    const weights = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
    const length = j2 - k1 + 1;
    if (length > 0) {
      const offset = k1 - previousStart;
      const convStart = j1 - k1;
      const convLength = j2 - j1 + 1;
      let largest = 0;
      for (let out = 0; out < convLength; out += 1) {
        const index = convStart + out;
        let sum = 0;
        for (let a = Math.max(0, index - length + 1); a <= Math.min(index, length - 1); a += 1) {
          sum += previous[offset + a]! * weights[index - a]!;
        }
        current[out] = sum;
        largest = Math.max(largest, sum);
      }
      if (largest > 0 && largest < SCALE_DOWN) {
        for (let out = 0; out < convLength; out += 1) current[out]! *= SCALE_UP;
        exponent -= SCALE_EXPONENT;
      }
      currentStart = previousStart + j1 - k1;
    }
  }
  let answer = current[n - currentStart]!;
  for (let i = 1; i <= n; i += 1) {
    if (Math.abs(answer) > SCALE_UP) {
      answer *= SCALE_DOWN;
      exponent += SCALE_EXPONENT;
    }
    answer *= i;
  }
  if (exponent !== 0) answer *= 2 ** exponent;
  return clipProbability(answer);
}

function pomeranzWindow(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/**
 * Pelz & Good (1976): the Li-Chien/Korolyuk expansion P(D_n <= x) ≈ K0(z) + K1(z)/√n + K2(z)/n + K3(z)/n^1.5,
 * z = x√n, with each K rewritten through Jacobi's theta identity into series that converge fast for small z.
 */
function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z ** 2;
  const z4 = z ** 4;
  const z6 = z ** 6;
  const pi2 = Math.PI ** 2;
  const pi4 = Math.PI ** 4;
  const pi6 = Math.PI ** 6;
  const qlog = -pi2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = pi2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * pi2) / 4;
  const k2c = (pi4 * (1 - 2 * z2)) / 16;
  const k3d = (pi6 * (5 - 30 * z2)) / 64;
  const k3c = (pi4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (pi2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const terms = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  // Horner scheme over odd m = 2k-1 of c_m q^(m²).
  for (let k = maxk; k >= 1; k -= 1) {
    const m2 = (2 * k - 1) ** 2;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qPower = q ** (8 * k);
    const coefficients = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i += 1) terms[i] = terms[i]! * qPower + coefficients[i]!;
  }
  const sqrt2pi = Math.sqrt(2 * Math.PI);
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i += 1) terms[i] = (terms[i]! * q * sqrt2pi) / divisors[i]!;
  // The remaining sums over all integers k for K2 and K3.
  q = Math.exp(-pi2 / 2 / z2);
  const sqrt3z = Math.sqrt(3) * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k >= 1; k -= 1) {
    const k2 = k * k;
    const qPower = q ** k2;
    k2extra += k2 * qPower;
    k3extra += (sqrt3z + Math.PI * k) * (sqrt3z - Math.PI * k) * k2 * qPower;
  }
  terms[2]! += (k2extra * pi2 * sqrt2pi) / (-36 * z ** 3);
  terms[3]! += (k3extra * pi2 * sqrt2pi) / (216 * z6);
  let cdf = 0;
  for (let i = 0; i < 4; i += 1) cdf += terms[i]! / n ** (i / 2);
  return cdf;
}
