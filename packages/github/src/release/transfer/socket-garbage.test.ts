import { describe, expect, it } from '@jest/globals';
import { socketGarbageCollector } from './socket-garbage.js';

describe('collecting dead socket buffers during a transfer', () => {
  it('keeps the dead buffers of a long transfer to a few MiB, not V8’s 64 MiB soft limit', () => {
    const received = socketGarbageCollector();
    let peak = 0;
    // 256 MiB arriving as 64 KiB reads, each dead once counted: what a download's pipeline leaves behind.
    for (let read = 0; read < 4096; read++) {
      const chunk = Buffer.alloc(64 * 1024, read);
      received(chunk.length);
      peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    }
    expect(peak).toBeLessThan(32 * 1024 * 1024);
  });

  it('does not put gc on the process’s globals', () => {
    socketGarbageCollector();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
