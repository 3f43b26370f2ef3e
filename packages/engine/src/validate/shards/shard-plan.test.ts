import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../user-error.js';
import { parseShard, shardFiles, shardItems } from './shard-plan.js';

describe('splitting a run into shards', () => {
  it('reads k/n, from 1', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '1/257', '1/0', '1', '1/2/3', 'a/b', '-1/2', '1.5/2', ''])
      expect(() => parseShard(bad)).toThrow(UserError);
  });

  it('gives every file to exactly one shard, in list order, whatever the sizes', () => {
    const sizes = [5, 900, 0, 300, 300, 12, 7_000, 1, 1, 450];
    for (let count = 1; count <= 12; count++) {
      const shards = Array.from({ length: count }, (_, k) => shardFiles(sizes, { index: k + 1, count }));
      expect(shards.flat().sort((a, b) => a - b)).toEqual(sizes.map((_, i) => i));
      for (const shard of shards) expect(shard).toEqual([...shard].sort((a, b) => a - b));
    }
  });

  it('balances bytes: the largest files first, each to the lightest shard', () => {
    const sizes = [100, 100, 100, 100, 400];
    const load = (k: number) =>
      shardFiles(sizes, { index: k, count: 2 }).reduce((sum, position) => sum + sizes[position]!, 0);
    expect([load(1), load(2)]).toEqual([400, 400]);
    expect(shardFiles(sizes, { index: 1, count: 2 })).toEqual([4]);
  });

  it('leaves a shard without files when there are fewer files than shards', () => {
    expect(shardFiles([10], { index: 1, count: 3 })).toEqual([0]);
    expect(shardFiles([10], { index: 3, count: 3 })).toEqual([]);
  });
});

describe('splitting files between more shards than there are files', () => {
  it('gives each shard its piece of every file that splits, and the others whole, each to one shard', () => {
    const files = [{ size: 900, units: 5 }, { size: 50 }, { size: 70, units: 1 }];
    const items = [1, 2, 3, 4].map((index) => shardItems(files, { index, count: 4 }));
    for (const [k, shard] of items.entries())
      expect(shard.filter((item) => item.piece !== undefined)).toEqual([
        { position: 0, piece: { index: k, count: 4 } },
      ]);
    const whole = items.flatMap((shard) =>
      shard.filter((item) => item.piece === undefined).map((i) => i.position),
    );
    expect(whole.sort()).toEqual([1, 2]);
  });

  it('splits nothing while every shard can have a whole file', () => {
    const files = [
      { size: 10, units: 8 },
      { size: 10, units: 8 },
    ];
    expect(shardItems(files, { index: 2, count: 2 })).toEqual([{ position: 1 }]);
  });
});
