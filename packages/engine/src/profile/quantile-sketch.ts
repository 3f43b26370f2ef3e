/**
 * A mergeable quantile sketch (KLL: Karnin, Lang and Liberty, "Optimal Quantile Approximation in Streams",
 * 2016), for column profiles that must stay a few KiB whatever the row count and merge across files and
 * shards. Level h holds items that each stand for 2^h values; a full level is sorted and every other item,
 * from a random start, moves up a level. The rank of any value is then off by at most about 1.65/k of the
 * count with 99% confidence (Apache DataSketches' measured bound for KLL); with the default k = 200, under
 * 1% of the rows. The random choices come from a seeded generator, so the same values in the same order
 * always give the same sketch (a profile is reproducible byte for byte).
 */

/** The top level's capacity: the accuracy knob (rank error about 1.65/k at 99% confidence). */
export const DEFAULT_SKETCH_K = 200;
/** Each lower level holds 2/3 of the level above (KLL's c); no level holds fewer than 8 items (DataSketches' m), so the lowest levels are not halved every other value. */
const CAPACITY_DECAY = 2 / 3;
const MIN_LEVEL_CAPACITY = 8;

/** What a profile stores: enough to rebuild the sketch and go on adding or merging. */
export interface QuantileSketchState {
  readonly k: number;
  /** Values counted, including those the compaction has folded into heavier items. */
  readonly count: number;
  readonly min: number;
  readonly max: number;
  /** levels[h]: the items of weight 2^h. */
  readonly levels: readonly (readonly number[])[];
  /** The generator's state, so a restored sketch continues exactly as the original would have. */
  readonly seed: number;
}

export class QuantileSketch {
  private readonly levels: number[][] = [[]];
  private count = 0;
  private min = Infinity;
  private max = -Infinity;
  private size = 0;
  /** Each level's capacity and their sum, recomputed only when a level is added (read on every add). */
  private capacities: number[] = [];
  private totalCapacity = 0;
  private random: number;

  constructor(
    readonly k: number = DEFAULT_SKETCH_K,
    seed = 0x9e3779b9,
  ) {
    if (!Number.isInteger(k) || k < 8 || k > 65_535)
      throw new RangeError(`sketch k must be 8..65535, got ${k}`);
    this.random = seed >>> 0 || 1;
    this.recomputeCapacities();
  }

  static restore(state: QuantileSketchState): QuantileSketch {
    const sketch = new QuantileSketch(state.k, state.seed);
    sketch.levels.length = 0;
    for (const level of state.levels) sketch.levels.push([...level]);
    if (sketch.levels.length === 0) sketch.levels.push([]);
    sketch.count = state.count;
    // An empty sketch's extremes are written as 0 (JSON has no infinities): they mean nothing until a value.
    sketch.min = state.count === 0 ? Infinity : state.min;
    sketch.max = state.count === 0 ? -Infinity : state.max;
    sketch.size = sketch.levels.reduce((total, level) => total + level.length, 0);
    sketch.recomputeCapacities();
    return sketch;
  }

  get n(): number {
    return this.count;
  }

  /** Adds one finite value; the caller counts NaN and the infinities apart (they have no rank). */
  add(value: number): void {
    if (!Number.isFinite(value)) throw new RangeError(`a quantile sketch takes finite values, got ${value}`);
    this.levels[0]!.push(value);
    this.size += 1;
    this.count += 1;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (this.size > this.totalCapacity) this.compress();
  }

  /**
   * Adds sorted values that each stand for 2^level values (a stratified sample of a batch, batch-profile.ts):
   * they join the level their weight belongs to, as the sketch's own compaction would have placed them.
   * `min` and `max`, when given, are the batch's exact extremes (a sample may miss them).
   */
  addWeighted(sorted: ArrayLike<number>, level: number, min?: number, max?: number): void {
    if (sorted.length === 0) return;
    while (this.levels.length <= level) this.addLevel();
    const target = this.levels[level]!;
    for (let i = 0; i < sorted.length; i++) target.push(sorted[i]!);
    this.size += sorted.length;
    this.count += sorted.length * 2 ** level;
    const low = Math.min(sorted[0]!, min ?? Infinity);
    const high = Math.max(sorted[sorted.length - 1]!, max ?? -Infinity);
    if (low < this.min) this.min = low;
    if (high > this.max) this.max = high;
    while (this.size > this.totalCapacity) this.compress();
  }

  /** Folds `other` in: the result summarises both streams with the same error bound. */
  merge(other: QuantileSketch): void {
    if (other.k !== this.k) throw new RangeError(`cannot merge sketches of k ${this.k} and ${other.k}`);
    if (other.count === 0) return;
    for (let h = 0; h < other.levels.length; h++) {
      if (this.levels[h] === undefined) this.addLevel();
      for (const value of other.levels[h]!) this.levels[h]!.push(value);
    }
    this.size += other.size;
    this.count += other.count;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    while (this.size > this.totalCapacity) this.compress();
  }

  /**
   * The value at quantile `q` (0 ≤ q ≤ 1): the smallest retained value whose weighted rank reaches q·n, with
   * the exact minimum and maximum at the ends. Undefined for an empty sketch.
   */
  quantile(q: number): number | undefined {
    if (!(q >= 0 && q <= 1)) throw new RangeError(`a quantile is between 0 and 1, got ${q}`);
    if (this.count === 0) return undefined;
    if (q === 0) return this.min;
    if (q === 1) return this.max;
    const items = this.weightedItems();
    const target = q * this.count;
    let rank = 0;
    for (const [value, weight] of items) {
      rank += weight;
      if (rank >= target) return value;
    }
    return this.max;
  }

  /** The estimated fraction of values ≤ `value`. */
  rank(value: number): number {
    if (this.count === 0) return 0;
    let below = 0;
    for (let h = 0; h < this.levels.length; h++) {
      const weight = 2 ** h;
      for (const item of this.levels[h]!) if (item <= value) below += weight;
    }
    return below / this.count;
  }

  /** Whether the sketch still holds every value it was given (nothing compacted or sampled yet). */
  isExact(): boolean {
    return (
      this.levels.every((level, h) => h === 0 || level.length === 0) && this.levels[0]!.length === this.count
    );
  }

  state(): QuantileSketchState {
    return {
      k: this.k,
      count: this.count,
      min: this.count === 0 ? 0 : this.min,
      max: this.count === 0 ? 0 : this.max,
      levels: this.levels.map((level) => [...level]),
      seed: this.random,
    };
  }

  private weightedItems(): [number, number][] {
    const items: [number, number][] = [];
    for (let h = 0; h < this.levels.length; h++) {
      const weight = 2 ** h;
      for (const value of this.levels[h]!) items.push([value, weight]);
    }
    return items.sort((a, b) => a[0] - b[0]);
  }

  private capacity(level: number): number {
    const depth = this.levels.length - 1 - level;
    return Math.max(MIN_LEVEL_CAPACITY, Math.ceil(this.k * CAPACITY_DECAY ** depth));
  }

  private recomputeCapacities(): void {
    this.capacities = this.levels.map((_, h) => this.capacity(h));
    this.totalCapacity = this.capacities.reduce((total, capacity) => total + capacity, 0);
  }

  /**
   * Halves the lowest level that is at its capacity into the level above; when none is (a new level just
   * shrank the ones below), the lowest that can be halved at all, so every call makes progress.
   */
  private compress(): void {
    const full = this.levels.findIndex((level, h) => level.length >= this.capacities[h]!);
    const h = full >= 0 ? full : this.levels.findIndex((level) => level.length >= 2);
    if (h >= 0) {
      const level = this.levels[h]!;
      if (h + 1 === this.levels.length) this.addLevel();
      // A typed array sorts numerically without a comparator call per pair: the hot path of profiling.
      const sorted = Float64Array.from(level).sort();
      for (let i = 0; i < sorted.length; i++) level[i] = sorted[i]!;
      // An odd item stays behind, so only pairs are halved and the total weight is kept exactly.
      const kept = level.length % 2 === 1 ? level.pop() : undefined;
      const offset = this.nextBit();
      const above = this.levels[h + 1]!;
      for (let i = offset; i < level.length; i += 2) above.push(level[i]!);
      this.size -= level.length / 2;
      level.length = 0;
      if (kept !== undefined) level.push(kept);
    }
  }

  private addLevel(): void {
    this.levels.push([]);
    this.recomputeCapacities();
  }

  /** xorshift32: tiny, seeded, and good enough for a coin flip per compaction. */
  private nextBit(): number {
    let x = this.random;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.random = x;
    return x & 1;
  }
}
