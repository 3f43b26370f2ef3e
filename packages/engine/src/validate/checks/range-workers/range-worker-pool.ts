import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../worker-code.js';
import type { WorkerEntry } from '../../worker-code.js';
import type { BatchResult } from '../cell-kernel/batch-result.js';
import type { RangeTask } from '../cell-kernel/csv-range.js';
import type { KernelPlan } from '../cell-kernel/kernel-plan.js';
import type { JsonLinesPlan } from '../json-kernel/json-lines-range.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

/**
 * Worker threads (cell-worker.ts) checking byte ranges of one CSV file (the cell kernel) or JSON Lines file
 * (json-kernel/json-lines-range.ts; a line break always ends a JSON Lines record, so its guesses always hold).
 *
 * Splitting: the range after the header is cut into chunks at fixed byte offsets. Every chunk but the first
 * starts speculatively after the first newline past its offset. A chunk's result is merged only when its
 * actual start equals the previous chunk's actual end (the first record start at or after the boundary,
 * found by parsing through any quoted newlines); otherwise the guess landed inside a quoted field and the
 * chunk is parsed again from the known boundary. Results merge strictly in file order, so line numbers, the
 * first-N examples and uniqueness are exactly what a sequential pass gives.
 */

/** The kernel's thread (scripts/dist-plan.ts emits it in every bundle). */
const CELL_WORKER: WorkerEntry = {
  output: 'cell-worker.js',
  source: new URL('./cell-worker.ts', import.meta.url),
};

const YOUNG_GENERATION_MB = 4;

interface PendingTask {
  readonly index: number;
  readonly task: RangeTask;
}

export class RangeWorkerPool {
  private readonly workers: Worker[] = [];
  private planIds = 0;
  private taskIds = 0;

  constructor(readonly size: number) {}

  private ensureWorkers(): void {
    if (this.workers.length > 0) return;
    for (let i = 0; i < this.size; i++) {
      // The kernel's garbage is short-lived strings (worker-code.ts).
      const worker = startWorker(CELL_WORKER, YOUNG_GENERATION_MB);
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
    plan: KernelPlan | JsonLinesPlan,
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
