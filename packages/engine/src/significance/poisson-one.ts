import type { SeededRandom } from './seeded-random.js';

/**
 * Thresholds for drawing Poisson(1) by inverse transform on one 32-bit draw u: the value is the number of
 * thresholds ≤ u. THRESHOLDS[k] = ⌊P(X ≤ k) · 2³²⌋, computed once with 40-digit arithmetic (mpmath) and
 * written down as integers, so no platform's Math.exp can change a draw. The last threshold is 2³²: values
 * above 12 are merged into 13 (their true mass, 6.4·10⁻¹¹, is below the 2⁻³² resolution of a draw).
 */
const THRESHOLDS = new Float64Array([
  1580030168, 3160060337, 3950075421, 4213413783, 4279248373, 4292415291, 4294609777, 4294923276, 4294962463,
  4294966817, 4294967252, 4294967292, 4294967295, 4294967296,
]);

/**
 * The value for each top byte of a draw, when every draw with that top byte has the same value (251 of the
 * 256 bytes), else -1: one table read answers 98% of draws without the scan.
 */
const BY_TOP_BYTE = Int8Array.from({ length: 256 }, (_, byte) => {
  const low = scan(byte * 2 ** 24);
  return low === scan((byte + 1) * 2 ** 24 - 1) ? low : -1;
});

function scan(u: number): number {
  let k = 0;
  while (u >= THRESHOLDS[k]!) k++;
  return k;
}

/** One Poisson(1) draw: a table read, or, for the few draws near a threshold, a scan of the thresholds. */
export function poissonOne(random: SeededRandom): number {
  const u = random.nextUint32();
  const k = BY_TOP_BYTE[u >>> 24]!;
  return k >= 0 ? k : scan(u);
}
