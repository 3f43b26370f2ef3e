import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  JsonRecordChecks,
  RecordChecker,
  keySpecs,
  prepare,
  runRange,
  scannedRecordChecks
} from "./chunks/chunk-5JLT6RT2.js";
import {
  CODE_INDEX
} from "./chunks/chunk-J6O7JMOG.js";
import {
  lineStartAt,
  readAt
} from "./chunks/chunk-CZFNJMKF.js";
import "./chunks/chunk-JY54KWOX.js";

// packages/engine/src/validate/checks/range-workers/cell-worker.ts
import { parentPort } from "node:worker_threads";

// packages/engine/src/validate/checks/json-kernel/json-lines-range.ts
import { closeSync, openSync } from "node:fs";
function prepareJsonLines(plan) {
  const keys = keySpecs(plan.plan);
  return {
    kind: "json-lines",
    checker: new RecordChecker(plan.plan, keys, plan.examplesPerColumn, void 0),
    scanned: plan.parse ? void 0 : scannedRecordChecks(plan.plan, keys, false),
    maxRecordBytes: plan.maxRecordBytes
  };
}
var NL = 10;
var BLOCK = 1024 * 1024;
var spare;
function runJsonLinesRange(prepared, task) {
  const { checker, scanned, maxRecordBytes } = prepared;
  const checks = new JsonRecordChecks(checker, scanned);
  const fd = openSync(task.path, "r");
  try {
    const start = task.speculative && task.start > 0 ? lineStartAt(fd, task.start, task.fileSize) : task.start;
    let buf = spare ?? Buffer.allocUnsafe(BLOCK);
    spare = void 0;
    let base = start;
    let length = 0;
    let pos = 0;
    let eof = start >= task.fileSize;
    let line = 0;
    let fatal = null;
    const oversized = () => ({
      line,
      code: CODE_INDEX["format-error"],
      message: `a record longer than ${maxRecordBytes / 1048576} MiB starts on this line`
    });
    while (base + pos < task.end) {
      const nl = buf.subarray(0, length).indexOf(NL, pos);
      if (nl < 0) {
        if (length - pos > maxRecordBytes) {
          fatal = oversized();
          break;
        }
        if (eof) {
          if (length > pos) checks.line(buf.subarray(pos, length), line, base + pos === 0);
          pos = length;
          break;
        }
        if (pos > 0) {
          buf.copyWithin(0, pos, length);
          base += pos;
          length -= pos;
          pos = 0;
        }
        if (length === buf.length) {
          const grown = Buffer.allocUnsafe(Math.min(buf.length * 2, maxRecordBytes + BLOCK));
          grown.set(buf.subarray(0, length));
          buf = grown;
        }
        const n = readAt(fd, buf, length, buf.length - length, base + length);
        if (n === 0 || base + length + n >= task.fileSize) eof = true;
        length += n;
        continue;
      }
      if (nl - pos > maxRecordBytes) {
        fatal = oversized();
        break;
      }
      checks.line(buf.subarray(pos, nl), line, base + pos === 0);
      line++;
      pos = nl + 1;
    }
    const result = checker.flush();
    spare = buf.length === BLOCK ? buf : void 0;
    const present = Uint8Array.from(checks.present, (has) => has ? 1 : 0);
    return { ...result, lines: line, start, end: Math.min(base + pos, task.fileSize), fatal, present };
  } finally {
    closeSync(fd);
  }
}

// packages/engine/src/validate/checks/range-workers/cell-worker.ts
var port = parentPort;
var plans = /* @__PURE__ */ new Map();
function reply(message, transfer = []) {
  port.postMessage(message, transfer);
}
port.on("message", (message) => {
  if (message.type === "plan") {
    const { plan } = message;
    plans.set(message.planId, "kind" in plan ? prepareJsonLines(plan) : prepare(plan));
    return;
  }
  if (message.type === "forget") {
    plans.delete(message.planId);
    return;
  }
  try {
    const prepared = plans.get(message.planId);
    const result = "kind" in prepared && prepared.kind === "json-lines" ? runJsonLinesRange(prepared, message.task) : runRange(prepared, message.task);
    const transfer = [result.counts.buffer, result.nulls.buffer];
    if (result.present !== void 0) transfer.push(result.present.buffer);
    for (const key of result.keys)
      transfer.push(key.hashes.buffer, key.lines.buffer);
    reply({ taskId: message.taskId, result }, transfer);
  } catch (error) {
    reply({ taskId: message.taskId, error: String(error instanceof Error && error.stack || error) });
  }
});
