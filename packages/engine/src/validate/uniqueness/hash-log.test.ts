import { describe, expect, it } from '@jest/globals';
import { HashLog } from './hash-log.js';

describe('a hash log', () => {
  it('gives back what was appended, in order, across its buffer and the disk, after takebacks', () => {
    const log = new HashLog();
    const model: [number, number][] = [];
    let state = 7;
    const next = (): number => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return state >>> 0;
    };
    for (let i = 0; i < 50_000; i++) {
      // Take the last one back now and then, as a demoted spike does, right after a buffer flush too.
      if (i % 997 === 0 && model.length > 0) {
        expect(log.pop()).toEqual({ hi: model.at(-1)![0], lo: model.at(-1)![1] });
        model.pop();
      }
      const entry: [number, number] = [next(), next()];
      log.append(...entry);
      model.push(entry);
    }
    expect(log.count).toBe(model.length);
    const seen: [number, number][] = [];
    let inOrder = true;
    log.forEach((hi, lo, index) => {
      inOrder &&= index === seen.length;
      seen.push([hi, lo]);
    });
    expect(inOrder).toBe(true);
    expect(seen).toEqual(model);
    log.close();
    log.close();
  });

  it('refuses to take back more than it holds in memory', () => {
    const log = new HashLog();
    expect(() => log.pop()).toThrow('nothing to take back');
  });
});
