import { describe, expect, it } from '@jest/globals';
import { socketGarbageCollector } from './socket-garbage.js';

describe('collecting dead socket buffers during a transfer', () => {
  it('keeps the dead buffers of a long transfer to a few MiB, not V8’s 64 MiB soft limit', () => {
    const received = socketGarbageCollector();
    // What earlier tests in this worker left is not this transfer's: measure the growth.
    const before = process.memoryUsage().arrayBuffers;
    let peak = before;
    // 256 MiB arriving as 64 KiB reads, each dead once counted: what a download's pipeline leaves behind.
    for (let read = 0; read < 4096; read++) {
      const chunk = Buffer.alloc(64 * 1024, read);
      received(chunk.length);
      peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    }
    expect(peak - before).toBeLessThan(32 * 1024 * 1024);
  });

  it('leaves the globals as they were (gc is not put on them)', () => {
    // Jest gives each test file a new context, which sees gc once any file has set the flag: compare.
    const before = Object.hasOwn(globalThis, 'gc');
    socketGarbageCollector();
    expect(Object.hasOwn(globalThis, 'gc')).toBe(before);
  });
});
