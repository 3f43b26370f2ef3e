import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { BatchResult } from './batch-result.js';
import type { RangeTask } from './csv-range.js';
import type { KernelPlan } from './kernel-plan.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

/**
 * Worker threads running the cell kernel (cell-worker.ts) over byte ranges of one CSV file.
 *
 * Splitting: the range after the header is cut into chunks at fixed byte offsets. Every chunk but the first
 * starts speculatively after the first newline past its offset. A chunk's result is merged only when its
 * actual start equals the previous chunk's actual end (the first record start at or after the boundary,
 * found by parsing through any quoted newlines); otherwise the guess landed inside a quoted field and the
 * chunk is parsed again from the known boundary. Results merge strictly in file order, so line numbers, the
 * first-N examples and uniqueness are exactly what a sequential pass gives.
 */

/** The worker entry's output name in every bundle (scripts/dist-plan.ts emits it). */
const WORKER_FILE = 'cell-worker.js';

interface WorkerCode {
  readonly code: string | URL;
  readonly eval: boolean;
}

/**
 * Where the worker's code is, wherever this module's code runs from.
 *
 * From a bundle, cell-worker.js sits at the root of the bundle's output directory, and this code sits in an
 * entry or a chunk at most one directory below it (`dist/cli/mlgate.js`, `dist/chunks/…`,
 * `dist/validate-data/main.js`): the nearer of `./` and `../` that holds the file is it.
 *
 * From the TypeScript sources (jest, tsx) it is cell-worker.ts next to this file. A worker thread does not
 * share jest's transform, so it registers tsx's hooks (a devDependency; a bundle never takes this path) before
 * importing the entry.
 */
function workerCode(): WorkerCode {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = new URL('./cell-worker.ts', here).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
    return { code, eval: true };
  }
  for (const dir of ['./', '../']) {
    const file = new URL(dir + WORKER_FILE, here);
    if (existsSync(file)) return { code: file, eval: false };
  }
  throw new Error(
    `${WORKER_FILE} is neither next to ${here} nor in its parent directory: this bundle was built without the worker entries (WORKER_ENTRIES in scripts/dist-plan.ts)`,
  );
}

const YOUNG_GENERATION_MB = 4;

interface PendingTask {
  readonly index: number;
  readonly task: RangeTask;
}

export class CsvWorkerPool {
  private readonly workers: Worker[] = [];
  private planIds = 0;
  private taskIds = 0;

  constructor(readonly size: number) {}

  private ensureWorkers(): void {
    if (this.workers.length > 0) return;
    const entry = workerCode();
    for (let i = 0; i < this.size; i++) {
      // A small young generation: the kernel's garbage is short-lived strings, and each isolate's default
      // semi-spaces (16 MiB+) would multiply by the worker count in peak RSS.
      const worker = new Worker(entry.code, {
        eval: entry.eval,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      this.workers.push(worker);
    }
  }

  private post(worker: Worker, message: WorkerRequest): void {
    worker.postMessage(message);
  }

  /**
   * Checks the records that start in `range` of `path` (`range.start` a record's start) in chunks of
   * `chunkBytes`, calling `onBatch` in file order. Stops early (without waiting for later chunks) when a merged
   * batch is fatal.
   */
  async runFile(
    plan: KernelPlan,
    path: string,
    fileSize: number,
    range: { readonly start: number; readonly end: number },
    chunkBytes: number,
    onBatch: (batch: BatchResult) => void,
  ): Promise<void> {
    const { start } = range;
    const until = Math.min(range.end, fileSize);
    this.ensureWorkers();
    const planId = ++this.planIds;
    for (const worker of this.workers) this.post(worker, { type: 'plan', planId, plan });
    const chunks: PendingTask[] = [];
    for (let offset = start, index = 0; offset < until || index === 0; offset += chunkBytes, index++) {
      const end = Math.min(offset + chunkBytes, until);
      chunks.push({
        index,
        task: { path, start: offset, end, fileSize, speculative: index > 0 },
      });
      if (end >= until) break;
    }
    const maxAhead = this.workers.length * 3;
    const idle = [...this.workers];
    const redo: PendingTask[] = [];
    const results = new Map<number, BatchResult>();
    const owners = new Map<number, number>(); // taskId → chunk index
    let next = 0;
    let cursor = 0;
    let expectedStart = start;
    let done = false;

    await new Promise<void>((resolve, reject) => {
      const listeners = new Map<Worker, (reply: WorkerReply) => void>();
      const finish = (error?: Error): void => {
        if (done) return;
        done = true;
        for (const [worker, listener] of listeners) worker.off('message', listener);
        for (const worker of this.workers) {
          worker.off('error', fail);
          this.post(worker, { type: 'forget', planId });
        }
        if (error) reject(error);
        else resolve();
      };
      const fail = (error: Error): void => finish(error);
      const dispatch = (worker: Worker, pending: PendingTask): void => {
        const taskId = ++this.taskIds;
        owners.set(taskId, pending.index);
        this.post(worker, { type: 'task', planId, taskId, task: pending.task });
      };
      const pump = (): void => {
        while (idle.length > 0 && !done) {
          if (redo.length > 0) dispatch(idle.pop()!, redo.shift()!);
          else if (next < chunks.length && next - cursor < maxAhead) dispatch(idle.pop()!, chunks[next++]!);
          else break;
        }
      };
      const merge = (): void => {
        while (!done && results.has(cursor)) {
          const batch = results.get(cursor)!;
          results.delete(cursor);
          if (batch.start !== expectedStart) {
            // The guess started inside a quoted field: parse this chunk again from the true boundary.
            redo.push({
              index: cursor,
              task: { ...chunks[cursor]!.task, start: expectedStart, speculative: false },
            });
            return;
          }
          onBatch(batch);
          expectedStart = batch.end;
          cursor++;
          if (batch.fatal !== null || cursor === chunks.length) {
            finish();
            return;
          }
        }
      };
      for (const worker of this.workers) {
        const listener = (reply: WorkerReply): void => {
          if (done || !owners.has(reply.taskId)) return;
          const index = owners.get(reply.taskId)!;
          owners.delete(reply.taskId);
          idle.push(worker);
          if ('error' in reply) {
            finish(new Error(`CSV worker failed: ${reply.error}`));
            return;
          }
          results.set(index, reply.result);
          merge();
          pump();
        };
        listeners.set(worker, listener);
        worker.on('message', listener);
        worker.on('error', fail);
      }
      pump();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers.length = 0;
  }
}
