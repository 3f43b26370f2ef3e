import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes `target` beside itself and renames the result into place, so a reader (or the next step) never
 * sees half a file, even when the process is stopped mid-write; a failed write removes its partial file.
 */
export async function writeFileAtomically(target: string, contents: string | Uint8Array): Promise<void> {
  const partial = `${target}.${process.pid}.partial`;
  try {
    await writeFile(partial, contents);
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
