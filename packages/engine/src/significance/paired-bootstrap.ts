/**
 * The paired bootstrap of metric differences (issue 13), as a streaming Poisson bootstrap at block
 * granularity.
 *
 * Why blocks: resampling rows directly costs rows × resamples × metrics work (10⁹ weighted additions for
 * 1M rows and 1,000 resamples: far over a 5 s budget). Instead each joined row is assigned to one of B blocks
 * at random (seeded), every block's sufficient statistics are summed once (one pass over the rows, both sides
 * and every metric together), and each resample weights the B block sums by independent Poisson(1) draws.
 * The cost is rows × metrics + resamples × B × statistics, independent of rows in the resampling part.
 *
 * Why this keeps the interval honest: the blocks are random subsets, so their sums are exchangeable and, for
 * more than a few rows per block, close to normal; the Poisson bootstrap of B such units estimates the
 * variance of the total with a relative error of about √(2/B) (kurtosis ≈ 3), i.e. the interval's width is
 * off by about √(1/(2B)): 0.7% at B = 10,000, which moves a 95% interval's coverage by about ±0.1 points —
 * less than the Monte Carlo error of the percentiles of 1,000 resamples. With at most B rows there are no
 * blocks: every row is its own unit, the ordinary Poisson bootstrap. Poisson weights (not a multinomial
 * resample) let each unit be weighted independently, so no resample needs the whole set at once; the
 * metrics are ratios of sums (accuracy = correct / n, …), for which the random total weight cancels.
 *
 * Pairing: a block holds the same joined rows for the baseline and the current side, and one weight applies to
 * both, so the interval is that of the difference on the same examples (the correlation between the two
 * models' errors narrows it, as it should).
 *
 * Determinism: integer random numbers (seeded-random.ts), a fixed order of additions, and a random stream that
 * depends only on the row count, the block count and the seed (not on the metrics), so the same inputs and
 * seed give the same interval bit for bit, and adding a metric leaves the others' intervals unchanged.
 */
import type { AdditiveMetric, PredictionMetric } from '../evaluate/prediction-metrics.js';
import { UserError } from '../user-error.js';
import type { IdJoin } from './id-join.js';
import { poissonOne } from './poisson-one.js';
import { SeededRandom } from './seeded-random.js';

export const DEFAULT_RESAMPLES = 1_000;
export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_SEED = 20_240_613;
/**
 * Bounds the work a config can ask for: 100,000 resamples × 1,000 blocks × 20 statistics is 2·10⁹ weighted
 * additions (seconds), and 800 KiB of differences per metric.
 */
export const MAX_RESAMPLES = 100_000;
/** The most blocks: beyond 10,000 the block effect on coverage (above) is lost in the Monte Carlo error. */
export const MAX_BLOCKS = 10_000;
/** The fewest blocks a wide statistics vector may bring B down to: width error ≈ 2.2%. */
export const MIN_BLOCKS = 1_000;
/** Weighted additions the resampling may cost (resamples × blocks × statistics) before B is lowered. */
export const RESAMPLING_WORK = 2e8;

/** The same metric for both sides, each reading its own side's rows. */
export interface MetricPair {
  readonly baseline: AdditiveMetric;
  readonly current: AdditiveMetric;
}

export interface BootstrapOptions {
  readonly resamples?: number;
  /** The interval's level is 1 − alpha. */
  readonly alpha?: number;
  readonly seed?: number;
  /** Overrides the block count (tests); by default chosen from MAX_BLOCKS, MIN_BLOCKS and RESAMPLING_WORK. */
  readonly blocks?: number;
  /** Forces the dense resampling loop (tests: the sparse one must give the same intervals). */
  readonly dense?: boolean;
}

export interface PairedInterval {
  readonly name: PredictionMetric;
  readonly baseline: number;
  readonly current: number;
  /** current − baseline, from the point estimates. */
  readonly delta: number;
  /** The percentile interval of the resampled differences (numpy's linear interpolation); NaN when none. */
  readonly ci: readonly [number, number];
  /** Resamples where the metric was undefined on a side (no rows of a class, …): left out of the interval. */
  readonly undefinedResamples: number;
}

export interface PairedBootstrap {
  readonly intervals: readonly PairedInterval[];
  readonly resamples: number;
  readonly alpha: number;
  readonly seed: number;
  /** Resampling units: min(joined rows, the block count). */
  readonly blocks: number;
}

type JoinedRows = Pick<IdJoin, 'size' | 'baselineRows' | 'currentRows'>;

export function pairedBootstrap(
  pairs: readonly MetricPair[],
  join: JoinedRows,
  options: BootstrapOptions = {},
): PairedBootstrap {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(resamples) || resamples < 1 || resamples > MAX_RESAMPLES)
    throw new UserError(`significance: resamples must be a whole number from 1 to 100,000, got ${resamples}`);
  if (!(alpha > 0 && alpha < 1))
    throw new UserError(`significance: alpha must be between 0 and 1, got ${alpha}`);
  if (!Number.isInteger(seed)) throw new UserError(`significance: seed must be a whole number, got ${seed}`);

  const offsets: number[] = [];
  let width = 0;
  for (const pair of pairs) {
    offsets.push(width);
    width += pair.baseline.size + pair.current.size;
  }
  const blocks = Math.min(join.size, options.blocks ?? chooseBlocks(resamples, width));
  const random = new SeededRandom(seed);
  const blockStats = sumBlocks(pairs, offsets, width, join, blocks, random);

  const total = new Float64Array(width);
  for (let k = 0; k < blockStats.value.length; k++) total[blockStats.index[k]!]! += blockStats.value[k]!;

  const deltas = pairs.map(() => new Float64Array(resamples));
  const sum = new Float64Array(width);
  // Under half the statistics non-zero, the resampling adds only those; otherwise a plain array is faster.
  const sparse = options.dense !== true && 2 * blockStats.value.length < blocks * width;
  const dense = sparse ? undefined : denseOf(blockStats, blocks, width);
  for (let r = 0; r < resamples; r++) {
    sum.fill(0);
    for (let b = 0; b < blocks; b++) {
      const weight = poissonOne(random);
      if (weight === 0) continue;
      if (dense === undefined) {
        // The same additions as the dense loop below, less those of zeros: the same sums, bit for bit.
        const { starts, index, value } = blockStats;
        const end = starts[b + 1]!;
        if (weight === 1) for (let k = starts[b]!; k < end; k++) sum[index[k]!]! += value[k]!;
        else for (let k = starts[b]!; k < end; k++) sum[index[k]!]! += weight * value[k]!;
        continue;
      }
      const base = b * width;
      if (weight === 1) for (let s = 0; s < width; s++) sum[s]! += dense[base + s]!;
      else for (let s = 0; s < width; s++) sum[s]! += weight * dense[base + s]!;
    }
    for (let m = 0; m < pairs.length; m++) {
      const { baseline, current } = pairs[m]!;
      const offset = offsets[m]!;
      deltas[m]![r] = current.value(sum, offset + baseline.size) - baseline.value(sum, offset);
    }
  }

  const intervals = pairs.map((pair, m): PairedInterval => {
    const offset = offsets[m]!;
    const baseline = pair.baseline.exact?.() ?? pair.baseline.value(total, offset);
    const current = pair.current.exact?.() ?? pair.current.value(total, offset + pair.baseline.size);
    const defined = deltas[m]!.filter((d) => !Number.isNaN(d)).sort();
    return {
      name: pair.current.name,
      baseline,
      current,
      delta: current - baseline,
      ci: [quantile(defined, alpha / 2), quantile(defined, 1 - alpha / 2)],
      undefinedResamples: resamples - defined.length,
    };
  });
  return { intervals, resamples, alpha, seed, blocks };
}

/** B: as many blocks as the work budget allows, within [MIN_BLOCKS, MAX_BLOCKS]. */
export function chooseBlocks(resamples: number, width: number): number {
  const affordable = Math.floor(RESAMPLING_WORK / (resamples * Math.max(1, width)));
  return Math.max(MIN_BLOCKS, Math.min(MAX_BLOCKS, affordable));
}

/** Each block's non-zero statistics: block b's are `value[k]` at `index[k]` for k in [starts[b], starts[b + 1]). */
interface BlockStats {
  readonly starts: Int32Array;
  readonly index: Int32Array;
  readonly value: Float64Array;
}

/**
 * Every block's statistics, summed block by block over its rows (in row order, as one pass over the rows
 * would add them) and kept without their zeros. roc_auc's 2,048 statistics per side (bins of positives and
 * negatives, roc-auc-metric.ts) are mostly zero in a block of a thousand rows: a blocks × width array of them
 * took 33 MiB for 1M joined rows, and the resampling added three times the numbers it needed (1M rows, 1,000
 * resamples, roc_auc among 4 metrics: 5.4 s; bench/evaluate-bench.ts).
 */
function sumBlocks(
  pairs: readonly MetricPair[],
  offsets: readonly number[],
  width: number,
  join: JoinedRows,
  blocks: number,
  random: SeededRandom,
): BlockStats {
  // With no more rows than blocks every row is its own unit; otherwise a seeded random block per row, drawn
  // in row order (the draws that follow, the resamples' weights, depend on it).
  const ownUnits = join.size <= blocks;
  const firstRow = new Int32Array(blocks + 1);
  const blockOf = new Int32Array(join.size);
  for (let j = 0; j < join.size; j++) {
    const block = ownUnits ? j : random.below(blocks);
    blockOf[j] = block;
    firstRow[block + 1]!++;
  }
  for (let b = 0; b < blocks; b++) firstRow[b + 1]! += firstRow[b]!;
  // The joined rows grouped by block, each block's in row order (a counting sort).
  const rowsByBlock = new Int32Array(join.size);
  const next = firstRow.slice(0, blocks);
  for (let j = 0; j < join.size; j++) rowsByBlock[next[blockOf[j]!]!++] = j;

  const stats = new Float64Array(width);
  const starts = new Int32Array(blocks + 1);
  let index = new Int32Array(Math.max(1024, 2 * blocks));
  let value = new Float64Array(index.length);
  let k = 0;
  for (let b = 0; b < blocks; b++) {
    stats.fill(0);
    for (let i = firstRow[b]!; i < firstRow[b + 1]!; i++) {
      const j = rowsByBlock[i]!;
      const baselineRow = join.baselineRows[j]!;
      const currentRow = join.currentRows[j]!;
      for (let m = 0; m < pairs.length; m++) {
        const { baseline, current } = pairs[m]!;
        baseline.add(baselineRow, 1, stats, offsets[m]!);
        current.add(currentRow, 1, stats, offsets[m]! + baseline.size);
      }
    }
    starts[b] = k;
    for (let s = 0; s < width; s++) {
      const v = stats[s]!;
      if (v === 0) continue;
      if (k === index.length) {
        const grownIndex = new Int32Array(2 * k);
        grownIndex.set(index);
        index = grownIndex;
        const grownValue = new Float64Array(2 * k);
        grownValue.set(value);
        value = grownValue;
      }
      index[k] = s;
      value[k++] = v;
    }
  }
  starts[blocks] = k;
  return { starts, index: index.subarray(0, k), value: value.subarray(0, k) };
}

/** The blocks × width array of the statistics, for the dense resampling loop. */
function denseOf(stats: BlockStats, blocks: number, width: number): Float64Array {
  const dense = new Float64Array(blocks * width);
  for (let b = 0; b < blocks; b++)
    for (let k = stats.starts[b]!; k < stats.starts[b + 1]!; k++)
      dense[b * width + stats.index[k]!] = stats.value[k]!;
  return dense;
}

/** numpy.quantile's default (linear interpolation between order statistics) of sorted values; NaN if none. */
function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}
