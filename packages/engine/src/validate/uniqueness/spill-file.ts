import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A temp file for data that would not fit the memory budget, read back later by position. Unlinked while
 * open (POSIX), so the disk is freed even if the process dies; Windows refuses, so there `close` removes it.
 */
export class SpillFile {
  /** Bytes written so far: the next append goes here. */
  end = 0;
  private readonly fd: number;
  private path: string | null;
  private closed = false;

  constructor(prefix: string) {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    const file = join(dir, 'spill');
    this.fd = openSync(file, 'w+');
    this.path = dir;
    try {
      unlinkSync(file);
      rmSync(dir, { recursive: true, force: true });
      this.path = null;
    } catch {
      // keep `path` for close()
    }
  }

  /** Writes all of `bytes` at `position`. */
  write(bytes: Uint8Array, position: number): void {
    for (let done = 0; done < bytes.length;)
      done += writeSync(this.fd, bytes, done, bytes.length - done, position + done);
  }

  append(bytes: Uint8Array): void {
    this.write(bytes, this.end);
    this.end += bytes.length;
  }

  /** Fills `into` from `position`; throws if the file ends first. */
  read(into: Uint8Array, position: number): void {
    for (let done = 0; done < into.length;) {
      const got = readSync(this.fd, into, done, into.length - done, position + done);
      if (got === 0) throw new Error('a spill file ended early');
      done += got;
    }
  }

  /** Safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    if (this.path) rmSync(this.path, { recursive: true, force: true });
  }
}
