import type { BatchResult } from '../cell-kernel/batch-result.js';
import type { RangeTask } from '../cell-kernel/csv-range.js';
import type { KernelPlan } from '../cell-kernel/kernel-plan.js';
import type { JsonLinesPlan } from '../json-kernel/json-lines-range.js';

/** The protocol between range-worker-pool.ts and each cell-worker.ts thread (CSV or JSON Lines plans). */
export type WorkerRequest =
  /** Prepare a file's plan once per worker; tasks name it by id. */
  | { readonly type: 'plan'; readonly planId: number; readonly plan: KernelPlan | JsonLinesPlan }
  | { readonly type: 'forget'; readonly planId: number }
  | { readonly type: 'task'; readonly planId: number; readonly taskId: number; readonly task: RangeTask };

export type WorkerReply =
  | { readonly taskId: number; readonly result: BatchResult }
  | { readonly taskId: number; readonly error: string };
