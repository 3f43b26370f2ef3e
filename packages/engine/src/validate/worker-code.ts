import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** A worker thread entry: its output name in every bundle, and its TypeScript source. */
export interface WorkerEntry {
  /** The file name scripts/dist-plan.ts's WORKER_ENTRIES gives it in each bundle (`cell-worker.js`). */
  readonly output: string;
  /** Its source, resolved by the module that starts it: `new URL('./cell-worker.ts', import.meta.url)`. */
  readonly source: URL;
}

interface WorkerCode {
  readonly code: string | URL;
  readonly eval: boolean;
}

/**
 * Where a worker entry's code is, wherever this module's code runs from.
 *
 * From a bundle, every worker entry sits at the root of the bundle's output directory, and this code sits in
 * an entry or a chunk at most one directory below it (`dist/cli/mlgate.js`, `dist/chunks/…`,
 * `dist/validate-data/main.js`): the nearer of `./` and `../` that holds the file is it.
 *
 * From the TypeScript sources (jest, tsx) it is the entry's source. A worker thread does not share jest's
 * transform, so it registers tsx's hooks (a devDependency; a bundle never takes this path) before importing
 * the entry.
 */
export function workerCode(entry: WorkerEntry): WorkerCode {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const tsx = import.meta.resolve('tsx/esm/api');
    const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.source.href)}); });`;
    return { code, eval: true };
  }
  for (const dir of ['./', '../']) {
    const file = new URL(dir + entry.output, here);
    if (existsSync(file)) return { code: file, eval: false };
  }
  throw new Error(
    `${entry.output} is neither next to ${here} nor in its parent directory: this bundle was built without the worker entries (WORKER_ENTRIES in scripts/dist-plan.ts)`,
  );
}

/**
 * Starts a thread running `entry`. A small young generation: a worker's garbage is short-lived, and each
 * isolate's default semi-spaces (16 MiB+) would multiply by the worker count in peak RSS.
 */
export function startWorker(entry: WorkerEntry, youngGenerationMb: number): Worker {
  const code = workerCode(entry);
  return new Worker(code.code, {
    eval: code.eval,
    resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
  });
}
