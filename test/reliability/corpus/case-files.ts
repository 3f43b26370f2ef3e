// Lays out a case's files in its scratch directory, and fingerprints them so a test can prove no input was
// touched.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { CaseFile } from './corpus-case.js';

export function layOut(dir: string, files: Readonly<Record<string, CaseFile>>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, file] of Object.entries(files)) {
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    if (typeof file === 'string' || file instanceof Uint8Array) writeFileSync(target, file);
    else if ('fifo' in file) execFileSync('mkfifo', [target]);
    else if ('directory' in file) mkdirSync(target, { recursive: true });
    else if ('symlinkTo' in file) symlinkSync(file.symlinkTo, target);
    else {
      writeFileSync(target, '');
      truncateSync(target, file.sparseBytes);
    }
  }
}

/** Every regular file under `dir` (relative path → sha256); FIFOs and other special files are skipped. */
export function fingerprint(dir: string): Record<string, string> {
  const sums: Record<string, string> = {};
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const full = path.join(folder, entry);
      const stat = lstatSync(full);
      if (stat.isDirectory()) visit(full);
      else if (stat.isFile()) {
        // A huge (sparse) input is fingerprinted by size and time: hashing 300 MiB twice per case is slow.
        sums[path.relative(dir, full)] =
          stat.size > 16 * 1024 * 1024
            ? `${stat.size}:${stat.mtimeMs}`
            : createHash('sha256').update(readFileSync(full)).digest('hex');
      }
    }
  };
  visit(dir);
  return sums;
}
