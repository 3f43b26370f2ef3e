import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  RecordChecker,
  keySpecs,
  prepare,
  recordOfLine,
  runRange,
  scannedRecordChecks
} from "./chunks/chunk-TNZOWEDI.js";
import {
  CODE_INDEX
} from "./chunks/chunk-OYXCJDPN.js";
import "./chunks/chunk-JY54KWOX.js";

// packages/engine/src/validate/checks/range-workers/cell-worker.ts
import { parentPort } from "node:worker_threads";

// packages/engine/src/validate/checks/json-kernel/json-lines-range.ts
import { closeSync, openSync, readSync } from "node:fs";
function prepareJsonLines(plan) {
  const keys = keySpecs(plan.plan);
  return {
    kind: "json-lines",
    plan: plan.plan,
    checker: new RecordChecker(plan.plan, keys, plan.examplesPerColumn, void 0),
    scanned: plan.parse ? void 0 : scannedRecordChecks(plan.plan, keys, false),
    maxRecordBytes: plan.maxRecordBytes
  };
}
var NL = 10;
var BLOCK = 1024 * 1024;
var spare;
function readAt(fd, buffer, offset, length, position) {
  let total = 0;
  while (total < length) {
    const n = readSync(fd, buffer, offset + total, length - total, position + total);
    if (n === 0) break;
    total += n;
  }
  return total;
}
function lineStartAt(fd, offset, fileSize) {
  const probe = Buffer.allocUnsafe(65536);
  for (let at = offset - 1; at < fileSize; ) {
    const n = readAt(fd, probe, 0, probe.length, at);
    if (n === 0) break;
    const i = probe.subarray(0, n).indexOf(NL);
    if (i >= 0) return at + i + 1;
    at += n;
  }
  return fileSize;
}
function runJsonLinesRange(prepared, task) {
  const { checker, scanned, plan, maxRecordBytes } = prepared;
  const columns = plan.columns.length;
  const present = new Uint8Array(columns);
  let missing = columns;
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
    const check = (bytes, first) => {
      if (scanned !== void 0 && scanned.scan(bytes)) {
        for (let c = 0; missing > 0 && c < columns; c++)
          if (present[c] === 0 && scanned.has(c)) {
            present[c] = 1;
            missing--;
          }
        checker.checkScanned(scanned, bytes, line);
        return;
      }
      const item = recordOfLine(bytes, line, first);
      if (item.kind === "problem") {
        checker.rowProblem(item.line, item.code, item.message, item.value);
        return;
      }
      for (let c = 0; missing > 0 && c < columns; c++)
        if (present[c] === 0 && plan.columns[c].name in item.value) {
          present[c] = 1;
          missing--;
        }
      checker.check(item.value, item.line);
    };
    while (base + pos < task.end) {
      const nl = buf.subarray(0, length).indexOf(NL, pos);
      if (nl < 0) {
        if (length - pos > maxRecordBytes) {
          fatal = oversized();
          break;
        }
        if (eof) {
          if (length > pos) check(buf.subarray(pos, length), base + pos === 0);
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
      check(buf.subarray(pos, nl), base + pos === 0);
      line++;
      pos = nl + 1;
    }
    const result = checker.flush();
    spare = buf.length === BLOCK ? buf : void 0;
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
