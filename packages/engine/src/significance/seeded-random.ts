/**
 * The bootstrap's random numbers: xoshiro128** seeded through splitmix32. Integer arithmetic only (Math.imul
 * and shifts), so a seed gives the same stream, bit for bit, on every platform and Node version — unlike
 * anything built on Math.random or on Math.exp/Math.log, whose last bits V8 does not promise.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 spreads any seed (0 included) over the 128-bit state, which must not be all zeros.
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    if ((this.a | this.b | this.c | this.d) === 0) this.d = 1;
  }

  /**
   * A uniform 32-bit unsigned integer. The multiplications by 5 and 9 are shifts and adds: the same bits as
   * Math.imul, and no builtin call in the hot loop (under Jest's VM contexts a Math call costs ~100× more).
   */
  nextUint32(): number {
    const b5 = rotl(((this.b << 2) + this.b) | 0, 7);
    const result = ((b5 << 3) + b5) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /**
   * A uniform integer in [0, n) for 1 ≤ n ≤ 2^21, by the high bits of a 32-bit draw times n (Lemire's reduction
   * without the rejection step): the bias is below n / 2^32, under 5·10⁻⁴ for n = 2^21 and 2·10⁻⁶ for the
   * bootstrap's at most 10,000 blocks.
   */
  below(n: number): number {
    return ((this.nextUint32() * n) / 4294967296) | 0;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
