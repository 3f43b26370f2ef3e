/**
 * Sorts doubles ascending, in place, in the order Float64Array.prototype.sort gives (−0 before +0): an LSD
 * radix sort on the doubles' bits, mapped so that unsigned order is numeric order. roc_auc's exact value
 * sorts every score; V8's comparison sort took 0.73 s per 5M scores on a runner's 2 cores, this sort a
 * fraction of it (bench/evaluate-bench.ts). Passes whose digit is the same for every value are skipped
 * (probabilities share their top bits).
 *
 * Small arrays go to the built-in sort: below a few thousand values the radix sort's histograms cost more.
 */
export function sortFloats(values: Float64Array, scratch?: Uint32Array): void {
  const n = values.length;
  if (n < RADIX_MIN) {
    values.sort();
    return;
  }
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  toSortable(words, n);
  const counts = histograms(words, n);
  let source = words;
  // Fresh memory is slow to touch (bench/evaluate-bench.ts): a caller sorting twice lends one scratch.
  let target =
    scratch !== undefined && scratch.length >= 2 * n ? scratch.subarray(0, 2 * n) : new Uint32Array(2 * n);
  for (let pass = 0; pass < PASSES; pass++) {
    const count = counts.subarray(pass * BUCKETS, (pass + 1) * BUCKETS);
    const { word, shift } = DIGITS[pass]!;
    // One bucket holding every value: this digit orders nothing.
    if (count[(source[word]! >>> shift) & MASK] === n) continue;
    let total = 0;
    for (let d = 0; d < BUCKETS; d++) {
      const c = count[d]!;
      count[d] = total;
      total += c;
    }
    for (let i = 0; i < n; i++) {
      const lo = source[2 * i]!;
      const hi = source[2 * i + 1]!;
      const at = 2 * count[((word === 0 ? lo : hi) >>> shift) & MASK]!++;
      target[at] = lo;
      target[at + 1] = hi;
    }
    const swap = source;
    source = target;
    target = swap;
  }
  if (source !== words) words.set(source);
  fromSortable(words, n);
}

const RADIX_MIN = 4096;
/** 11-bit digits: 2,048 buckets keep the scatter's write positions in cache; 6 passes cover 64 bits. */
const BITS = 11;
const BUCKETS = 1 << BITS;
const MASK = BUCKETS - 1;
/** Each pass's digit: the 32-bit word (0 low, 1 high) and the shift within it (11 + 11 + 10 bits per word). */
const DIGITS = [
  { word: 0, shift: 0 },
  { word: 0, shift: 11 },
  { word: 0, shift: 22 },
  { word: 1, shift: 0 },
  { word: 1, shift: 11 },
  { word: 1, shift: 22 },
] as const;
const PASSES = DIGITS.length;

/** Every pass's digit counts in one read of the values. */
function histograms(words: Uint32Array, n: number): Int32Array {
  const counts = new Int32Array(PASSES * BUCKETS);
  for (let i = 0; i < n; i++) {
    const lo = words[2 * i]!;
    const hi = words[2 * i + 1]!;
    counts[lo & MASK]!++;
    counts[BUCKETS + ((lo >>> 11) & MASK)]!++;
    counts[2 * BUCKETS + (lo >>> 22)]!++;
    counts[3 * BUCKETS + (hi & MASK)]!++;
    counts[4 * BUCKETS + ((hi >>> 11) & MASK)]!++;
    counts[5 * BUCKETS + (hi >>> 22)]!++;
  }
  return counts;
}

/** Negative doubles: every bit flipped; the others: the sign bit set. Unsigned order is then numeric order. */
function toSortable(words: Uint32Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1]!;
    if (hi & 0x80000000) {
      words[2 * i] = ~words[2 * i]! >>> 0;
      words[2 * i + 1] = ~hi >>> 0;
    } else words[2 * i + 1] = (hi | 0x80000000) >>> 0;
  }
}

function fromSortable(words: Uint32Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1]!;
    if (hi & 0x80000000) words[2 * i + 1] = (hi & 0x7fffffff) >>> 0;
    else {
      words[2 * i] = ~words[2 * i]! >>> 0;
      words[2 * i + 1] = ~hi >>> 0;
    }
  }
}
