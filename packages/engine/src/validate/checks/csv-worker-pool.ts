import { Worker } from 'node:worker_threads';
import type { BatchResult, KernelPlan, RangeTask } from './csv-kernel.js';
import { createCsvKernel } from './csv-kernel.js';

/**
 * Worker threads running the CSV kernel over byte ranges of one file.
 *
 * The worker's code is the kernel's own source text (`createCsvKernel.toString()`) evaluated with
 * `{ eval: true }`: no second entry file to locate, so it works the same from TypeScript source under
 * jest/tsx and from an esbuild bundle in dist/ (test/validate-bundle.test.ts runs the bundled form, plain and
 * minified with keep-names).
 *
 * Splitting: the range after the header is cut into chunks at fixed byte offsets. Every chunk but the first
 * starts speculatively after the first newline past its offset. A chunk's result is merged only when its
 * actual start equals the previous chunk's actual end (the first record start at or after the boundary,
 * found by parsing through any quoted newlines); otherwise the guess landed inside a quoted field and the
 * chunk is parsed again from the known boundary. Results merge strictly in file order, so line numbers, the
 * first-N examples and uniqueness are exactly what a sequential pass gives.
 */
const WORKER_PRELUDE = `
const { parentPort } = require('node:worker_threads');
const deps = { fs: require('node:fs'), isUtf8: require('node:buffer').isUtf8 };
// The kernel references no free names but globals. A bundler's keep-names helper (esbuild's __name, renamed
// when minified) is the one exception it may add: an unknown name is bound to that helper's identity.
const shims = new Map();
let kernel;
for (let attempt = 0; kernel === undefined; attempt++) {
  try {
    kernel = new Function(...shims.keys(), 'deps', 'return (' + KERNEL_SOURCE + ')(deps);')(...shims.values(), deps);
  } catch (error) {
    const missing = error instanceof ReferenceError && /^([\\w$]+) is not defined$/.exec(error.message);
    if (!missing || attempt > 8) throw error;
    shims.set(missing[1], (target) => target);
  }
}
const plans = new Map();
parentPort.on('message', (message) => {
  if (message.type === 'plan') { plans.set(message.planId, kernel.prepare(message.plan)); return; }
  if (message.type === 'forget') { plans.delete(message.planId); return; }
  try {
    const result = kernel.runRange(plans.get(message.planId), message.task);
    const transfer = [result.counts.buffer, result.nulls.buffer];
    for (const key of result.keys) transfer.push(key.hashes.buffer, key.lines.buffer);
    parentPort.postMessage({ taskId: message.taskId, result }, transfer);
  } catch (error) {
    parentPort.postMessage({ taskId: message.taskId, error: String((error && error.stack) || error) });
  }
});
`;

const YOUNG_GENERATION_MB = 4;

interface PendingTask {
  readonly index: number;
  readonly task: RangeTask;
}

type WorkerReply = { taskId: number; result: BatchResult } | { taskId: number; error: string };

export class CsvWorkerPool {
  private readonly workers: Worker[] = [];
  private planIds = 0;
  private taskIds = 0;

  constructor(readonly size: number) {}

  private ensureWorkers(): void {
    if (this.workers.length > 0) return;
    const source = `const KERNEL_SOURCE = ${JSON.stringify(createCsvKernel.toString())};\n${WORKER_PRELUDE}`;
    for (let i = 0; i < this.size; i++) {
      // A small young generation: the kernel's garbage is short-lived strings, and each isolate's default
      // semi-spaces (16 MiB+) would multiply by the worker count in peak RSS.
      const worker = new Worker(source, {
        eval: true,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      this.workers.push(worker);
    }
  }

  /**
   * Checks [start, fileSize) of `path` in chunks of `chunkBytes`, calling `onBatch` in file order.
   * Stops early (without waiting for later chunks) when a merged batch is fatal.
   */
  async runFile(
    plan: KernelPlan,
    path: string,
    fileSize: number,
    start: number,
    chunkBytes: number,
    onBatch: (batch: BatchResult) => void,
  ): Promise<void> {
    this.ensureWorkers();
    const planId = ++this.planIds;
    for (const worker of this.workers) worker.postMessage({ type: 'plan', planId, plan });
    const chunks: PendingTask[] = [];
    for (let offset = start, index = 0; offset < fileSize || index === 0; offset += chunkBytes, index++) {
      const end = Math.min(offset + chunkBytes, fileSize);
      chunks.push({ index, task: { path, start: offset, end, fileSize, speculative: index > 0 } });
      if (end >= fileSize) break;
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
          worker.postMessage({ type: 'forget', planId });
        }
        if (error) reject(error);
        else resolve();
      };
      const fail = (error: Error): void => finish(error);
      const dispatch = (worker: Worker, pending: PendingTask): void => {
        const taskId = ++this.taskIds;
        owners.set(taskId, pending.index);
        worker.postMessage({ type: 'task', planId, taskId, task: pending.task });
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
