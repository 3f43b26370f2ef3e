import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Every socket read arrives in a fresh buffer (64 KiB over plain HTTP, a TLS record over HTTPS) that is dead
 * once hashed and written. V8 counts those bytes as external memory and collects them only when they pass its
 * soft limit of about 64 MiB, so a 1 GiB download carried 60 MiB of dead buffers at every moment. The buffers'
 * wrappers die young, so a scavenge of the young generation (about 0.1 ms) every few MiB returns their memory
 * as soon as it is dead: the download's peak RSS fell from 170 to about 110 MiB (bench/publish-model-bench.ts).
 */

/** How many bytes received between two scavenges. */
const SCAVENGE_EVERY_BYTES = 8 * 1024 * 1024;

type Collect = (options: { type: 'minor' }) => void;

let collector: Collect | null | undefined;

/**
 * V8's own collector, reached the way `--expose-gc` reaches it but without putting `gc` on this process's
 * globals: only a context created after the flag is set gets it. If the flag is refused, nothing is forced.
 */
function scavenger(): Collect | null {
  if (collector !== undefined) return collector;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    collector = typeof gc === 'function' ? (gc as Collect) : null;
  } catch {
    collector = null;
  }
  return collector;
}

/** A counter for one transfer: call it with each chunk's size; it scavenges every few MiB. */
export function socketGarbageCollector(): (bytes: number) => void {
  const collect = scavenger();
  if (collect === null) return () => {};
  let since = 0;
  return (bytes) => {
    since += bytes;
    if (since < SCAVENGE_EVERY_BYTES) return;
    since = 0;
    collect({ type: 'minor' });
  };
}
