import { UserError } from '../../user-error.js';

/** One shard of a run split across a matrix: the `index`-th (from 1) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** The most shards a run may be split into (GitHub Actions' matrix allows 256 jobs). */
export const MAX_SHARDS = 256;

/** `k/n`, as `--shard` and the actions' `shard` input take it: 1 ≤ k ≤ n ≤ MAX_SHARDS. */
export function parseShard(text: string, from = '--shard'): Shard {
  const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!(index >= 1 && count >= 1 && index <= count && count <= MAX_SHARDS))
    throw new UserError(
      `${from} must be k/n with 1 ≤ k ≤ n ≤ ${MAX_SHARDS} (the k-th of n shards), got ${JSON.stringify(text.slice(0, 40))}`,
    );
  return { index, count };
}

/**
 * Which files (positions in the run's file list) a shard validates: whole files, balanced by size, the
 * same answer in every shard given the same list and sizes. Largest file first to the shard with the fewest
 * bytes so far (ties: the lower shard, then the earlier file); each shard then takes its files in list order,
 * as the whole run would. A file is never split yet: one file larger than the rest together bounds the
 * shards' speed-up.
 */
export function shardFiles(sizes: readonly number[], shard: Shard): number[] {
  const order = sizes.map((_, position) => position).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const load = new Array<number>(shard.count).fill(0);
  const mine: number[] = [];
  for (const position of order) {
    let least = 0;
    for (let s = 1; s < shard.count; s++) if (load[s]! < load[least]!) least = s;
    load[least]! += sizes[position]!;
    if (least === shard.index - 1) mine.push(position);
  }
  return mine.sort((a, b) => a - b);
}

/**
 * A file as the plan sees it: its size, and how it splits: into `units` (Parquet row groups, Arrow record
 * batches; undefined: it does not), or anywhere between records (`byteRanges`: CSV, TSV, JSON Lines).
 */
export interface PlannedFile {
  readonly size: number;
  readonly units?: number;
  readonly byteRanges?: boolean;
}

/** What a shard validates of one file: all of it, or piece `piece.index` (from 0) of `piece.count`. */
export interface ShardItem {
  readonly position: number;
  readonly piece?: { readonly index: number; readonly count: number };
}

/**
 * What a shard validates. With at least as many files as shards, whole files (shardFiles). With fewer, every
 * file that splits (two units or more, or byte ranges) is cut into one piece per shard, piece k to shard k,
 * and the others go whole, balanced by size as shardFiles balances; every row of every file is then validated
 * by exactly one shard.
 */
export function shardItems(files: readonly PlannedFile[], shard: Shard): ShardItem[] {
  if (files.length >= shard.count)
    return shardFiles(
      files.map((file) => file.size),
      shard,
    ).map((position) => ({ position }));
  const split = files.map(
    (file) => file.byteRanges === true || (file.units !== undefined && file.units >= 2),
  );
  const whole = files.map((file, position) => ({ file, position })).filter((_, position) => !split[position]);
  const mine = new Set(
    shardFiles(
      whole.map(({ file }) => file.size),
      shard,
    ).map((i) => whole[i]!.position),
  );
  const items: ShardItem[] = [];
  files.forEach((_, position) => {
    if (split[position]) items.push({ position, piece: { index: shard.index - 1, count: shard.count } });
    else if (mine.has(position)) items.push({ position });
  });
  return items;
}
