import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OFF_THREAD_MIN_BYTES, sha256File } from './file-sha256.js';

describe('sha256File', () => {
  it.each([
    ['on this thread', 1000],
    ['in a worker thread', OFF_THREAD_MIN_BYTES + 12345],
  ])('hashes a file %s, the same as hashing its bytes', async (_, size) => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-sha-'));
    try {
      const bytes = Buffer.alloc(size, 0);
      for (let i = 0; i < size; i += 4096) bytes[i] = (i / 4096) % 251;
      const file = join(dir, 'data.bin');
      writeFileSync(file, bytes);
      expect(await sha256File(file, size)).toBe(createHash('sha256').update(bytes).digest('hex'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects with the reason when the worker cannot read the file', async () => {
    await expect(sha256File(join(tmpdir(), 'mlgate-no-such-file'), OFF_THREAD_MIN_BYTES)).rejects.toThrow(
      /ENOENT/,
    );
  });
});
