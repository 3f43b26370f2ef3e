/**
 * The exact two-sided p-value of the two-sample Kolmogorov-Smirnov test, P(D_{n1,n2} >= h / lcm(n1, n2)), by
 * counting lattice paths from (0, 0) to (n1, n2) (Hodges 1958, after Drion, Gnedenko and Korolyuk). These are the
 * two computations scipy's `ks_2samp` uses for `method='exact'`, reimplemented from the mathematics so that the
 * p-values agree with scipy's to rounding error.
 */

/**
 * n1 = n2 = n: P(D >= h/n) = 2 Σ_k (-1)^(k+1) C(2n, n-kh) / C(2n, n), evaluated from the innermost term outwards
 * (a Horner scheme on ratios of binomials) because summing the alternating terms directly cancels badly.
 */
export function probabilityOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k -= 1) {
    // C(2n, n-(k+1)h) / C(2n, n-kh), as a product of h simple factors.
    let ratio = 1;
    for (let j = 0; j < h; j += 1) ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
    p = ratio * (1 - p);
  }
  return 2 * p;
}

/**
 * n1 ≠ n2: the proportion of monotone paths that leave the band |x/m - y/n| < h/lcm(m, n), computed column by
 * column as the complement directly (Viehmann 2021, arXiv:2102.08037), which keeps small p-values accurate.
 * Each entry is already divided by the number of paths reaching it, so nothing overflows. Time O(m · band width),
 * at most m·n: bounded because the exact path is only taken for samples of at most 10,000 values.
 */
export function probabilityOutsideBand(n1: number, n2: number, g: number, h: number): number {
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  // Column of the proportion of paths to (i, j) that have left the band; a slot past the window holds 1 (every
  // path there has left it).
  const column = new Float64Array(lenA).fill(1);
  column.fill(0, minj, maxj);
  for (let i = 1; i <= m; i += 1) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let value = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj += 1) {
      const j = jj + minj;
      const left = jj + minj - lastminj;
      value = ((left < lenA ? column[left]! : 1) * i + value * j) / (i + j);
      column[jj] = value;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) column.fill(1, maxj - minj, Math.min(maxj - minj + (lastlen - curlen), lenA));
  }
  return column[maxj - minj - 1]!;
}
