import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveModelFiles } from './model-files.js';

// A model file is read whole and uploaded: a FIFO or a device would block or never end, so it is refused
// before anything is created on GitHub, in one line that says what it is.
const workspace = mkdtempSync(path.join(tmpdir(), 'mlgate-model-files-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('resolveModelFiles', () => {
  it('refuses a FIFO and a device, saying which', async () => {
    execFileSync('mkfifo', [path.join(workspace, 'model.bin')]);
    await expect(resolveModelFiles(['model.bin'], workspace, "input 'files'")).rejects.toThrow(
      "input 'files': model.bin is not a regular file (a pipe)",
    );
    await expect(resolveModelFiles(['/dev/zero'], workspace, "input 'files'")).rejects.toThrow(
      "input 'files': /dev/zero is not a regular file (a character device)",
    );
  });
});
