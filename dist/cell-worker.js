import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  prepare,
  runRange
} from "./chunks/chunk-NUYAXNPL.js";
import "./chunks/chunk-55NDRWLO.js";
import "./chunks/chunk-JY54KWOX.js";

// packages/engine/src/validate/checks/cell-kernel/cell-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
var plans = /* @__PURE__ */ new Map();
function reply(message, transfer = []) {
  port.postMessage(message, transfer);
}
port.on("message", (message) => {
  if (message.type === "plan") {
    plans.set(message.planId, prepare(message.plan));
    return;
  }
  if (message.type === "forget") {
    plans.delete(message.planId);
    return;
  }
  try {
    const result = runRange(plans.get(message.planId), message.task);
    const transfer = [result.counts.buffer, result.nulls.buffer];
    for (const key of result.keys)
      transfer.push(key.hashes.buffer, key.lines.buffer);
    reply({ taskId: message.taskId, result }, transfer);
  } catch (error) {
    reply({ taskId: message.taskId, error: String(error instanceof Error && error.stack || error) });
  }
});
