import { parentPort } from 'node:worker_threads';
import { runRange } from '../cell-kernel/csv-range.js';
import type { PreparedPlan } from '../cell-kernel/kernel-plan.js';
import { prepare } from '../cell-kernel/kernel-plan.js';
import { prepareJsonLines, runJsonLinesRange } from '../json-kernel/json-lines-range.js';
import type { PreparedJsonLines } from '../json-kernel/json-lines-range.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

/**
 * A worker thread's entry: checks the byte ranges of CSV or JSON Lines files range-worker-pool.ts sends.
 * esbuild bundles it as an entry of its own next to every bundle that can start the pool
 * (scripts/dist-plan.ts), so it loads only the kernels.
 */
const port = parentPort!;
const plans = new Map<number, PreparedPlan | PreparedJsonLines>();

function reply(message: WorkerReply, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
}

port.on('message', (message: WorkerRequest) => {
  if (message.type === 'plan') {
    const { plan } = message;
    plans.set(message.planId, 'kind' in plan ? prepareJsonLines(plan) : prepare(plan));
    return;
  }
  if (message.type === 'forget') {
    plans.delete(message.planId);
    return;
  }
  try {
    const prepared = plans.get(message.planId)!;
    const result =
      'kind' in prepared && prepared.kind === 'json-lines'
        ? runJsonLinesRange(prepared, message.task)
        : runRange(prepared as PreparedPlan, message.task);
    // Handed over, not copied: the worker is done with them.
    const transfer = [result.counts.buffer, result.nulls.buffer] as ArrayBuffer[];
    if (result.present !== undefined) transfer.push(result.present.buffer as ArrayBuffer);
    for (const key of result.keys)
      transfer.push(key.hashes.buffer as ArrayBuffer, key.lines.buffer as ArrayBuffer);
    reply({ taskId: message.taskId, result }, transfer);
  } catch (error) {
    reply({ taskId: message.taskId, error: String((error instanceof Error && error.stack) || error) });
  }
});
