import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  MLGATE_VERSION
} from "./chunk-XUY3SBQT.js";
import {
  BatchProfiler,
  CATEGORY_BOUND,
  CODE_COUNT,
  CODE_INDEX,
  EXACT_CATEGORY_BOUND,
  FileAccumulator,
  NUMERIC_DISTINCT_BOUND,
  OrderedKey,
  RecordChecker,
  checkColumnData,
  kernelOnThisThread,
  keySpecs,
  numericWindow,
  profileColumnData,
  profileKindOf,
  readJsonArray,
  readJsonLineBytes,
  readJsonLineGroups,
  recordOfLine,
  recordStartAt,
  scannedRecordChecks
} from "./chunk-ZYLVMJNI.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";

// packages/engine/src/validate/pieces/file-piece.ts
import { statSync as statSync3 } from "node:fs";
import { availableParallelism as availableParallelism2 } from "node:os";

// packages/engine/src/validate/worker-code.ts
import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
function workerCode(entry) {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const tsx = import.meta.resolve("tsx/esm/api");
    const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.source.href)}); });`;
    return { code, eval: true };
  }
  for (const dir of ["./", "../"]) {
    const file = new URL(dir + entry.output, here);
    if (existsSync(file)) return { code: file, eval: false };
  }
  throw new Error(
    `${entry.output} is neither next to ${here} nor in its parent directory: this bundle was built without the worker entries (WORKER_ENTRIES in scripts/dist-plan.ts)`
  );
}
function startWorker(entry, youngGenerationMb) {
  const code = workerCode(entry);
  return new Worker(code.code, {
    eval: code.eval,
    resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb }
  });
}

// packages/engine/src/validate/checks/range-workers/range-worker-pool.ts
var CELL_WORKER = {
  output: "cell-worker.js",
  source: new URL("./cell-worker.ts", import.meta.url)
};
var YOUNG_GENERATION_MB = 4;
var RangeWorkerPool = class {
  constructor(size2) {
    this.size = size2;
  }
  size;
  workers = [];
  planIds = 0;
  taskIds = 0;
  ensureWorkers() {
    if (this.workers.length > 0) return;
    for (let i = 0; i < this.size; i++) {
      const worker = startWorker(CELL_WORKER, YOUNG_GENERATION_MB);
      this.workers.push(worker);
    }
  }
  post(worker, message) {
    worker.postMessage(message);
  }
  /**
   * Checks the records that start in `range` of `path` (`range.start` a record's start) in chunks of
   * `chunkBytes`, calling `onBatch` in file order. Stops early (without waiting for later chunks) when a merged
   * batch is fatal.
   */
  async runFile(plan, path3, fileSize, range, chunkBytes, onBatch) {
    const { start } = range;
    const until = Math.min(range.end, fileSize);
    this.ensureWorkers();
    const planId = ++this.planIds;
    for (const worker of this.workers) this.post(worker, { type: "plan", planId, plan });
    const chunks = [];
    for (let offset = start, index = 0; offset < until || index === 0; offset += chunkBytes, index++) {
      const end = Math.min(offset + chunkBytes, until);
      chunks.push({
        index,
        task: { path: path3, start: offset, end, fileSize, speculative: index > 0 }
      });
      if (end >= until) break;
    }
    const maxAhead = this.workers.length * 3;
    const idle = [...this.workers];
    const redo = [];
    const results = /* @__PURE__ */ new Map();
    const owners = /* @__PURE__ */ new Map();
    let next = 0;
    let cursor = 0;
    let expectedStart = start;
    let done = false;
    await new Promise((resolve, reject) => {
      const listeners = /* @__PURE__ */ new Map();
      const finish = (error) => {
        if (done) return;
        done = true;
        for (const [worker, listener] of listeners) worker.off("message", listener);
        for (const worker of this.workers) {
          worker.off("error", fail);
          this.post(worker, { type: "forget", planId });
        }
        if (error) reject(error);
        else resolve();
      };
      const fail = (error) => finish(error);
      const dispatch = (worker, pending) => {
        const taskId = ++this.taskIds;
        owners.set(taskId, pending.index);
        this.post(worker, { type: "task", planId, taskId, task: pending.task });
      };
      const pump = () => {
        while (idle.length > 0 && !done) {
          if (redo.length > 0) dispatch(idle.pop(), redo.shift());
          else if (next < chunks.length && next - cursor < maxAhead) dispatch(idle.pop(), chunks[next++]);
          else break;
        }
      };
      const merge = () => {
        while (!done && results.has(cursor)) {
          const batch = results.get(cursor);
          results.delete(cursor);
          if (batch.start !== expectedStart) {
            redo.push({
              index: cursor,
              task: { ...chunks[cursor].task, start: expectedStart, speculative: false }
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
        const listener = (reply) => {
          if (done || !owners.has(reply.taskId)) return;
          const index = owners.get(reply.taskId);
          owners.delete(reply.taskId);
          idle.push(worker);
          if ("error" in reply) {
            finish(new Error(`CSV worker failed: ${reply.error}`));
            return;
          }
          results.set(index, reply.result);
          merge();
          pump();
        };
        listeners.set(worker, listener);
        worker.on("message", listener);
        worker.on("error", fail);
      }
      pump();
    });
  }
  async close() {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers.length = 0;
  }
};

// packages/engine/src/validate/checks/column-mapping.ts
function mapColumns(names, plan) {
  const problems = [];
  const fields = plan.columns.map((c) => c.name);
  const index = new Map(fields.map((name, i) => [name, i]));
  const seen = /* @__PURE__ */ new Set();
  for (const name of names) {
    if (seen.has(name)) problems.push({ field: name, message: `the header repeats the column "${name}"` });
    seen.add(name);
  }
  let colMap;
  if (plan.fieldsMatch === "exact") {
    colMap = names.map((_, i) => i < fields.length ? i : -1);
    names.forEach((name, i) => {
      if (i >= fields.length)
        problems.push({ field: name, message: `column ${i + 1} "${name}" is not in the schema` });
      else if (name !== fields[i])
        problems.push({
          field: fields[i],
          message: `column ${i + 1} is "${name}", the schema expects "${fields[i]}" (fieldsMatch: exact)`
        });
    });
    for (let i = names.length; i < fields.length; i++)
      problems.push({ field: fields[i], message: `column "${fields[i]}" is missing (fieldsMatch: exact)` });
  } else {
    colMap = names.map((name) => index.get(name) ?? -1);
    const present2 = new Set(names);
    const extra = names.filter((name) => !index.has(name));
    const missing = fields.filter((name) => !present2.has(name));
    if (plan.fieldsMatch === "equal" || plan.fieldsMatch === "superset") {
      for (const name of extra)
        problems.push({
          field: name,
          message: `column "${name}" is not in the schema (fieldsMatch: ${plan.fieldsMatch})`
        });
    }
    if (plan.fieldsMatch === "equal" || plan.fieldsMatch === "subset") {
      for (const name of missing)
        problems.push({
          field: name,
          message: `column "${name}" is missing (fieldsMatch: ${plan.fieldsMatch})`
        });
    }
    if (plan.fieldsMatch === "partial" && names.length > 0 && extra.length === names.length) {
      problems.push({
        field: null,
        message: "no column of the file is in the schema (fieldsMatch: partial)"
      });
    }
  }
  const present = fields.map((_, i) => colMap.includes(i));
  const reported = new Set(problems.map((p) => p.field));
  plan.columns.forEach((column, i) => {
    if (column.required && !present[i] && !reported.has(column.name)) {
      problems.push({ field: column.name, message: `required column "${column.name}" is missing` });
    }
  });
  return { colMap, present, problems };
}

// packages/engine/src/validate/checks/columnar-checker.ts
var INTS = [
  "int8",
  "int16",
  "int32",
  "int64",
  "uint8",
  "uint16",
  "uint32",
  "uint64"
];
var FLOATS = ["float32", "float64"];
var COMPATIBLE = {
  number: [...INTS, ...FLOATS],
  integer: INTS,
  year: INTS,
  boolean: ["bool"],
  string: ["utf8"],
  date: ["date-days", "utf8"],
  datetime: ["timestamp-ms", "utf8"],
  time: ["time-seconds", "utf8"],
  yearmonth: ["utf8"],
  duration: ["utf8"],
  geopoint: ["utf8"],
  object: ["utf8"],
  array: ["utf8"],
  any: [...INTS, ...FLOATS, "bool", "utf8", "date-days", "timestamp-ms", "time-seconds"]
};
function checkDeclaredTypes(plan, declared) {
  const byName = new Map(declared.map((d) => [d.name, d]));
  const problems = [];
  for (const column of plan.columns) {
    const file = byName.get(column.name);
    if (!file || file.type === "values") continue;
    if (!COMPATIBLE[column.kind].includes(file.type)) {
      problems.push({
        field: column.name,
        message: `column "${column.name}" is declared ${file.declared} in the file, the schema wants ${column.kind}`
      });
    }
  }
  return problems;
}
var ColumnarChecker = class {
  constructor(plan, keys, maxExamplesPerColumn, incompatible, profileMode) {
    this.plan = plan;
    this.keys = keys;
    this.profileMode = profileMode;
    this.skip = new Set(incompatible);
    this.windows = plan.columns.map(numericWindow);
    this.keyed = new Set(keys.flatMap((k) => k.columns));
    this.order = keys.map((k) => k.columns.length === 1 ? new OrderedKey() : void 0);
    this.prepared = this.kernel.prepare({
      delimiter: 44,
      columns: plan.columns,
      colMap: plan.columns.map((_, i) => i),
      keys: [],
      codes: CODE_INDEX,
      codeCount: CODE_COUNT,
      maxExamplesPerColumn,
      rowsMode: false,
      maxRecordBytes: 0,
      blockBytes: 0
    });
  }
  plan;
  keys;
  profileMode;
  kernel = kernelOnThisThread();
  prepared;
  encoder = new TextEncoder();
  skip;
  /** Per column, computed once: the window of values that need no kernel check. */
  windows;
  keyed;
  /** Per key: order tracking for single-column keys (ordered-key.ts), undefined for composite keys. */
  order;
  /**
   * Hash, row and flag buffers, reused batch after batch: the accumulator takes a batch's key hashes and
   * inserts them before the next batch is checked.
   */
  scratch = /* @__PURE__ */ new Map();
  identity = new Uint32Array(0);
  batches = 0;
  buffer(name, length) {
    let buffer = this.scratch.get(name);
    if (!buffer || buffer.length < length) this.scratch.set(name, buffer = new Uint32Array(length));
    return buffer.subarray(0, length);
  }
  bytes(name, length) {
    const words = this.buffer(name, Math.ceil(length / 4));
    return new Uint8Array(words.buffer, words.byteOffset, length);
  }
  /** 0, 1, 2, …: the rows of a key without nulls. */
  rowsUpTo(count) {
    if (this.identity.length < count) {
      this.identity = new Uint32Array(count);
      for (let i = 0; i < count; i++) this.identity[i] = i;
    }
    return this.identity.subarray(0, count);
  }
  /** Lines in the result are row offsets within the batch; merge with base = first row number of the batch. */
  check(batch) {
    const { kernel, prepared } = this;
    const target = kernel.newTarget(prepared);
    const profiler = this.profileMode === void 0 ? void 0 : new BatchProfiler(
      this.plan.columns.map((column) => column.kind),
      this.profileMode,
      2654435769 ^ this.batches++
    );
    const byName = new Map(batch.columns.map((c) => [c.name, c]));
    const hashes = /* @__PURE__ */ new Map();
    const checkValueText = (c) => (text, row) => {
      const bytes = this.encoder.encode(text);
      kernel.checkText(prepared, c, bytes, 0, bytes.length, row, target);
    };
    this.plan.columns.forEach((column, c) => {
      const data = byName.get(column.name);
      if (!data || this.skip.has(column.name)) return;
      const columnHashes = this.keyed.has(c) ? this.buffer(`column ${c}`, batch.rowCount * 2) : void 0;
      if (columnHashes) hashes.set(c, columnHashes);
      const context = {
        kernel,
        prepared,
        target,
        column: c,
        rows: batch.rowCount,
        validity: data.validity,
        hashes: columnHashes,
        checkValueText: checkValueText(c)
      };
      checkColumnData(context, data.data, this.windows[c], this.encoder);
      if (profiler !== void 0) profileColumnData(profiler, c, data.data, batch.rowCount, data.validity);
    });
    const result = kernel.finishTarget(prepared, target, batch.rowCount, batch.rowCount);
    return {
      ...result,
      ...profiler !== void 0 ? { profile: profiler.finish() } : {},
      keys: this.keys.map((key, k) => this.keyHashes(k, key, hashes, byName, batch.rowCount))
    };
  }
  keyHashes(k, key, hashes, byName, rows) {
    const parts = key.columns.map((c) => hashes.get(c));
    if (parts.some((p) => p === void 0))
      return { hashes: new Uint32Array(0), lines: new Uint32Array(0), count: 0 };
    const nullable = key.columns.map((c) => byName.get(this.plan.columns[c].name)?.validity).filter((v) => v !== void 0);
    const single = parts.length === 1 ? parts[0] : void 0;
    const column = single && byName.get(this.plan.columns[key.columns[0]].name);
    const freshRows = this.bytes(`key ${k} fresh`, rows);
    const classified = column !== void 0 && this.order[k].classify(column.data, rows, column.validity, freshRows);
    if (single !== void 0 && nullable.length === 0) {
      const keyHashes2 = { hashes: single, lines: this.rowsUpTo(rows), count: rows };
      return classified ? { ...keyHashes2, fresh: freshRows } : keyHashes2;
    }
    const out = this.buffer(`key ${k}`, rows * 2);
    const lines = this.buffer(`key ${k} rows`, rows);
    let count = 0;
    rows: for (let i = 0; i < rows; i++) {
      for (let n = 0; n < nullable.length; n++) if (nullable[n][i] === 0) continue rows;
      if (single !== void 0) {
        out[count * 2] = single[i * 2];
        out[count * 2 + 1] = single[i * 2 + 1];
      } else {
        let hi = 625341585;
        let lo = 1640531527;
        for (const part of parts) {
          hi = Math.imul(hi ^ part[i * 2], 2654435761) ^ hi >>> 15;
          lo = Math.imul(lo ^ part[i * 2 + 1], 2246822519) ^ hi;
        }
        out[count * 2] = hi >>> 0;
        out[count * 2 + 1] = lo >>> 0;
      }
      if (classified) freshRows[count] = freshRows[i];
      lines[count++] = i;
    }
    const keyHashes = { hashes: out.subarray(0, count * 2), lines: lines.subarray(0, count), count };
    return classified ? { ...keyHashes, fresh: freshRows.subarray(0, count) } : keyHashes;
  }
};

// packages/engine/src/validate/checks/csv-validator.ts
import { closeSync, openSync, readSync } from "node:fs";
import * as fs from "node:fs";
import { isUtf8 } from "node:buffer";

// packages/engine/src/validate/readers/data-reader.ts
var MAX_RECORD_BYTES = 64 * 1024 * 1024;

// packages/engine/src/validate/checks/csv-validator.ts
var DEFAULT_CSV_OPTIONS = {
  parallelThresholdBytes: 16 * 1024 * 1024,
  // Measured on the 2M-row benchmark: 2 MiB chunks keep peak RSS ~40 MiB lower than 8 MiB at the same speed.
  chunkBytes: 2 * 1024 * 1024,
  blockBytes: 256 * 1024,
  maxRecordBytes: MAX_RECORD_BYTES
};
var BOM = [239, 187, 191];
function readHeader(path3, size2, delimiter, maxRecordBytes) {
  const fd = openSync(path3, "r");
  try {
    let capacity = Math.min(size2, 65536);
    for (; ; ) {
      const buffer = new Uint8Array(capacity + 1);
      const length = readSync(fd, buffer, 0, capacity, 0);
      const skip = BOM.every((b, i) => buffer[i] === b) ? 3 : 0;
      const atEnd = length >= size2;
      if (atEnd && buffer[length - 1] !== 10) buffer[length] = 10;
      const record = kernelOnThisThread().readRecord(buffer, skip, atEnd ? length + 1 : length, delimiter);
      if (record) {
        return {
          names: record.cells,
          end: Math.min(record.end, size2),
          lines: record.lines,
          validUtf8: isUtf8(buffer.subarray(skip, Math.min(record.end, length)))
        };
      }
      if (atEnd || capacity >= maxRecordBytes) return null;
      capacity = Math.min(capacity * 4, size2, maxRecordBytes);
    }
  } finally {
    closeSync(fd);
  }
}
async function validateCsvFile(run) {
  const accumulator = new FileAccumulator(
    run.displayPath,
    run.plan,
    keySpecs(run.plan),
    run.options.maxExamplesPerColumn,
    run.profiler
  );
  const prepared = prepareCsv(run, accumulator, true);
  if (prepared.kind === "stopped") return accumulator.finish(run.plan.columns.map(() => false));
  const { header, size: size2 } = prepared;
  try {
    await checkRecords(run, prepared, accumulator, { start: header.end, end: size2 }, 1 + header.lines);
  } catch (error) {
    accumulator.dispose();
    throw error;
  }
  return accumulator.finish(prepared.mapping.present);
}
async function validateCsvPiece(run, piece, keySink) {
  const keys = keySpecs(run.plan);
  const accumulator = new FileAccumulator(
    run.displayPath,
    run.plan,
    keys,
    run.options.maxExamplesPerColumn,
    run.profiler,
    keySink
  );
  try {
    const first = piece.index === 0;
    const prepared = prepareCsv(run, accumulator, first);
    if (prepared.kind === "stopped") {
      const size3 = prepared.size;
      return {
        piece: accumulator.piece(),
        range: { start: size3, end: size3, lines: 0 },
        present: run.plan.columns.map(() => false)
      };
    }
    const { header, size: size2 } = prepared;
    const body = size2 - header.end;
    const range = {
      start: recordStartAt(
        run.path,
        header.end,
        header.end + Math.floor(body * piece.index / piece.count),
        size2
      ),
      end: header.end + Math.floor(body * (piece.index + 1) / piece.count)
    };
    const covered = await checkRecords(run, prepared, accumulator, range, first ? 1 + header.lines : 1);
    return {
      piece: accumulator.piece(),
      range: { start: covered.start, end: covered.end, lines: covered.lines + (first ? header.lines : 0) },
      present: prepared.mapping.present
    };
  } finally {
    accumulator.dispose();
  }
}
function prepareCsv(run, accumulator, reportHeader) {
  const { path: path3, plan, options } = run;
  const size2 = fs.statSync(path3).size;
  const delimiter = options.delimiter.charCodeAt(0);
  const stop = (message, line) => {
    if (reportHeader) accumulator.stop(message, line);
    return { kind: "stopped", size: size2 };
  };
  if (size2 === 0) return stop("the file is empty: no header row", null);
  const header = readHeader(path3, size2, delimiter, options.maxRecordBytes);
  if (header === null)
    return stop("the header row never ends (an unclosed quote, or a header beyond the size cap)", 1);
  if (header.names.length === 1 && header.names[0] === "") {
    if (reportHeader && !header.validUtf8)
      accumulator.addError(-1, "encoding-error", 1, null, "invalid UTF-8 in the header row");
    return stop("the header row is blank", 1);
  }
  if (reportHeader && !header.validUtf8)
    accumulator.addError(-1, "encoding-error", 1, null, "invalid UTF-8 in the header row");
  const mapping = mapColumns(header.names, plan);
  if (reportHeader)
    for (const problem of mapping.problems) {
      const column = problem.field === null ? -1 : plan.columns.findIndex((c) => c.name === problem.field);
      accumulator.addError(column, "schema-mismatch", 1, null, problem.message);
    }
  const kernelPlan = {
    delimiter,
    columns: plan.columns,
    colMap: mapping.colMap,
    keys: keySpecs(plan).map((k) => k.columns),
    codes: CODE_INDEX,
    codeCount: CODE_COUNT,
    maxExamplesPerColumn: options.maxExamplesPerColumn,
    rowsMode: plan.mode === "rows",
    maxRecordBytes: options.maxRecordBytes,
    blockBytes: options.blockBytes,
    ...run.profiler !== void 0 ? { profile: run.profiler.mode } : {}
  };
  return { kind: "ready", size: size2, header, mapping, kernelPlan };
}
async function checkRecords(run, prepared, accumulator, range, firstLine) {
  const { path: path3, plan, options } = run;
  const { size: size2, kernelPlan } = prepared;
  const hasKeys = kernelPlan.keys.length > 0;
  let line = firstLine;
  let covered;
  const add = (batch) => {
    if (covered === void 0 && hasKeys && batch.rows > 0 && batch.end > batch.start)
      accumulator.expectRows(Math.ceil((range.end - range.start) * batch.rows / (batch.end - batch.start)));
    covered = { start: covered?.start ?? batch.start, end: batch.end };
    accumulator.addBatch(batch, line);
    line += batch.lines;
  };
  const parallel = run.pool !== void 0 && run.pool.size > 1 && !kernelPlan.rowsMode && range.end - range.start >= options.parallelThresholdBytes;
  if (parallel) {
    await run.pool.runFile(kernelPlan, path3, size2, range, options.chunkBytes, add);
  } else {
    const kernel = kernelOnThisThread();
    const onRow = kernelPlan.rowsMode && run.rowValidator ? rowCallback(plan, run.rowValidator) : void 0;
    const prepared2 = kernel.prepare(kernelPlan);
    for (let start2 = range.start; start2 < range.end; ) {
      const end2 = Math.min(start2 + options.chunkBytes, range.end);
      const batch = kernel.runRange(
        prepared2,
        { path: path3, start: start2, end: end2, fileSize: size2, speculative: false },
        onRow
      );
      add(batch);
      if (batch.fatal !== null || batch.end <= start2) break;
      start2 = batch.end;
    }
  }
  const { start, end } = covered ?? { start: range.start, end: range.start };
  return { start, end, lines: line - firstLine };
}
function rowCallback(plan, validate) {
  const names = plan.columns.map((c) => c.name);
  const index = new Map(names.map((n, i) => [n, i]));
  return (values, line, batch) => {
    const row = /* @__PURE__ */ Object.create(null);
    for (let i = 0; i < names.length; i++) if (values[i] !== void 0) row[names[i]] = values[i];
    for (const violation of validate(row)) {
      const column = violation.field === null ? -1 : index.get(violation.field) ?? -1;
      const value = violation.value === void 0 ? null : String(violation.value).slice(0, 80);
      batch.addError(column, CODE_INDEX[violation.code], line, value, violation.message);
    }
  };
}

// packages/engine/src/validate/readers/columnar-readers.ts
var COLUMNAR_OPENERS = {
  parquet: async (file, display) => (await import("./parquet-reader-3TK5EAJ3.js")).openParquet(file, display),
  arrow: async (file, display) => (await import("./arrow-reader-FAW5ICUX.js")).openArrow(file, display)
};

// packages/engine/src/validate/readers/data-format.ts
import { open } from "node:fs/promises";
import { extname } from "node:path";
var DATA_FORMATS = ["csv", "tsv", "jsonl", "json", "parquet", "arrow"];
var PARQUET_MAGIC = "PAR1";
var ARROW_FILE_MAGIC = "ARROW1";
var ARROW_STREAM_MARKER = [255, 255, 255, 255];
var BY_EXTENSION = {
  ".csv": "csv",
  ".tsv": "tsv",
  ".tab": "tsv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
  ".parquet": "parquet",
  ".pq": "parquet",
  ".arrow": "arrow",
  ".feather": "arrow",
  ".arrows": "arrow",
  ".ipc": "arrow"
};
async function head(path3, displayPath, bytes) {
  let handle;
  try {
    handle = await open(path3, "r");
  } catch (error) {
    const code = error.code;
    throw new UserError(
      code === "ENOENT" ? "data file not found" : `cannot read the data file (${code ?? String(error)})`,
      { file: displayPath }
    );
  }
  try {
    const stat2 = await handle.stat();
    if (stat2.isDirectory()) throw new UserError("is a directory, not a data file", { file: displayPath });
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
function binaryFormat(prefix) {
  if (prefix.subarray(0, 4).toString("latin1") === PARQUET_MAGIC) return "parquet";
  if (prefix.subarray(0, 6).toString("latin1") === ARROW_FILE_MAGIC) return "arrow";
  if (ARROW_STREAM_MARKER.every((b, i) => prefix[i] === b)) return "arrow";
  return void 0;
}
async function detectFormat(path3, displayPath, choice) {
  const prefix = await head(path3, displayPath, 8);
  const sniffed = binaryFormat(prefix);
  const declared = choice !== "auto" ? choice : BY_EXTENSION[extname(path3).toLowerCase()];
  const format = declared ?? sniffed;
  if (format === void 0) {
    throw new UserError(
      `cannot tell the format from the extension "${extname(path3)}"; pass --format (${DATA_FORMATS.join(", ")})`,
      { file: displayPath }
    );
  }
  if ((format === "parquet" || format === "arrow") && sniffed !== format) {
    throw new UserError(
      `not a ${format === "parquet" ? "Parquet" : "Arrow IPC"} file: wrong magic bytes (${JSON.stringify(prefix.subarray(0, 6).toString("latin1"))})`,
      { file: displayPath }
    );
  }
  if (format !== "parquet" && format !== "arrow" && sniffed !== void 0) {
    throw new UserError(
      `declared ${format} but the file is ${sniffed === "parquet" ? "Parquet" : "Arrow IPC"} (magic bytes)`,
      { file: displayPath }
    );
  }
  return format;
}

// packages/engine/src/validate/report/file-sha256.ts
import { createHash } from "node:crypto";
import * as fs2 from "node:fs";
import { Worker as Worker2 } from "node:worker_threads";
var OFF_THREAD_MIN_BYTES = 8 * 1024 * 1024;
var HASH_LOOP = `
function hashFile(path, createHash, fs) {
  const hash = createHash('sha256');
  const fd = fs.openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    for (;;) {
      const bytesRead = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}`;
var WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
${HASH_LOOP}
try {
  parentPort.postMessage({ hex: hashFile(workerData, require('node:crypto').createHash, require('node:fs')) });
} catch (error) {
  parentPort.postMessage({ error: String((error && error.message) || error) });
}
`;
var hashInThread = new Function(`${HASH_LOOP}; return hashFile;`)();
async function sha256File(path3, size2, options = {}) {
  if (size2 < OFF_THREAD_MIN_BYTES || options.inThread === true) return hashInThread(path3, createHash, fs2);
  const worker = new Worker2(WORKER_SOURCE, { eval: true, workerData: path3 });
  try {
    return await new Promise((resolve, reject) => {
      worker.once(
        "message",
        (reply) => "hex" in reply ? resolve(reply.hex) : reject(new Error(reply.error))
      );
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the sha256 worker exited early (code ${code})`)));
    });
  } finally {
    await worker.terminate();
  }
}

// packages/engine/src/profile/quantile-sketch.ts
var DEFAULT_SKETCH_K = 200;
var CAPACITY_DECAY = 2 / 3;
var MIN_LEVEL_CAPACITY = 8;
var QuantileSketch = class _QuantileSketch {
  constructor(k = DEFAULT_SKETCH_K, seed = 2654435769) {
    this.k = k;
    if (!Number.isInteger(k) || k < 8 || k > 65535)
      throw new RangeError(`sketch k must be 8..65535, got ${k}`);
    this.random = seed >>> 0 || 1;
    this.recomputeCapacities();
  }
  k;
  levels = [[]];
  count = 0;
  min = Infinity;
  max = -Infinity;
  size = 0;
  /** Each level's capacity and their sum, recomputed only when a level is added (read on every add). */
  capacities = [];
  totalCapacity = 0;
  random;
  static restore(state) {
    const sketch = new _QuantileSketch(state.k, state.seed);
    sketch.levels.length = 0;
    for (const level of state.levels) sketch.levels.push([...level]);
    if (sketch.levels.length === 0) sketch.levels.push([]);
    sketch.count = state.count;
    sketch.min = state.count === 0 ? Infinity : state.min;
    sketch.max = state.count === 0 ? -Infinity : state.max;
    sketch.size = sketch.levels.reduce((total, level) => total + level.length, 0);
    sketch.recomputeCapacities();
    return sketch;
  }
  get n() {
    return this.count;
  }
  /** Adds one finite value; the caller counts NaN and the infinities apart (they have no rank). */
  add(value) {
    if (!Number.isFinite(value)) throw new RangeError(`a quantile sketch takes finite values, got ${value}`);
    this.levels[0].push(value);
    this.size += 1;
    this.count += 1;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (this.size > this.totalCapacity) this.compress();
  }
  /**
   * Adds sorted values that each stand for 2^level values (a stratified sample of a batch, batch-profile.ts):
   * they join the level their weight belongs to, as the sketch's own compaction would have placed them.
   * `min` and `max`, when given, are the batch's exact extremes (a sample may miss them).
   */
  addWeighted(sorted, level, min, max) {
    if (sorted.length === 0) return;
    while (this.levels.length <= level) this.addLevel();
    const target = this.levels[level];
    for (let i = 0; i < sorted.length; i++) target.push(sorted[i]);
    this.size += sorted.length;
    this.count += sorted.length * 2 ** level;
    const low = Math.min(sorted[0], min ?? Infinity);
    const high = Math.max(sorted[sorted.length - 1], max ?? -Infinity);
    if (low < this.min) this.min = low;
    if (high > this.max) this.max = high;
    while (this.size > this.totalCapacity) this.compress();
  }
  /** Folds `other` in: the result summarises both streams with the same error bound. */
  merge(other) {
    if (other.k !== this.k) throw new RangeError(`cannot merge sketches of k ${this.k} and ${other.k}`);
    if (other.count === 0) return;
    for (let h = 0; h < other.levels.length; h++) {
      if (this.levels[h] === void 0) this.addLevel();
      for (const value of other.levels[h]) this.levels[h].push(value);
    }
    this.size += other.size;
    this.count += other.count;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    while (this.size > this.totalCapacity) this.compress();
  }
  /**
   * The value at quantile `q` (0 ≤ q ≤ 1): the smallest retained value whose weighted rank reaches q·n, with
   * the exact minimum and maximum at the ends. Undefined for an empty sketch.
   */
  quantile(q) {
    if (!(q >= 0 && q <= 1)) throw new RangeError(`a quantile is between 0 and 1, got ${q}`);
    if (this.count === 0) return void 0;
    if (q === 0) return this.min;
    if (q === 1) return this.max;
    const items = this.weightedItems();
    const target = q * this.count;
    let rank = 0;
    for (const [value, weight] of items) {
      rank += weight;
      if (rank >= target) return value;
    }
    return this.max;
  }
  /** The estimated fraction of values ≤ `value`. */
  rank(value) {
    if (this.count === 0) return 0;
    let below = 0;
    for (let h = 0; h < this.levels.length; h++) {
      const weight = 2 ** h;
      for (const item of this.levels[h]) if (item <= value) below += weight;
    }
    return below / this.count;
  }
  /** Whether the sketch still holds every value it was given (nothing compacted or sampled yet). */
  isExact() {
    return this.levels.every((level, h) => h === 0 || level.length === 0) && this.levels[0].length === this.count;
  }
  state() {
    return {
      k: this.k,
      count: this.count,
      min: this.count === 0 ? 0 : this.min,
      max: this.count === 0 ? 0 : this.max,
      levels: this.levels.map((level) => [...level]),
      seed: this.random
    };
  }
  weightedItems() {
    const items = [];
    for (let h = 0; h < this.levels.length; h++) {
      const weight = 2 ** h;
      for (const value of this.levels[h]) items.push([value, weight]);
    }
    return items.sort((a, b) => a[0] - b[0]);
  }
  capacity(level) {
    const depth = this.levels.length - 1 - level;
    return Math.max(MIN_LEVEL_CAPACITY, Math.ceil(this.k * CAPACITY_DECAY ** depth));
  }
  recomputeCapacities() {
    this.capacities = this.levels.map((_, h) => this.capacity(h));
    this.totalCapacity = this.capacities.reduce((total, capacity) => total + capacity, 0);
  }
  /**
   * Halves the lowest level that is at its capacity into the level above; when none is (a new level just
   * shrank the ones below), the lowest that can be halved at all, so every call makes progress.
   */
  compress() {
    const full = this.levels.findIndex((level, h2) => level.length >= this.capacities[h2]);
    const h = full >= 0 ? full : this.levels.findIndex((level) => level.length >= 2);
    if (h >= 0) {
      const level = this.levels[h];
      if (h + 1 === this.levels.length) this.addLevel();
      const sorted = Float64Array.from(level).sort();
      for (let i = 0; i < sorted.length; i++) level[i] = sorted[i];
      const kept = level.length % 2 === 1 ? level.pop() : void 0;
      const offset = this.nextBit();
      const above = this.levels[h + 1];
      for (let i = offset; i < level.length; i += 2) above.push(level[i]);
      this.size -= level.length / 2;
      level.length = 0;
      if (kept !== void 0) level.push(kept);
    }
  }
  addLevel() {
    this.levels.push([]);
    this.recomputeCapacities();
  }
  /** xorshift32: tiny, seeded, and good enough for a coin flip per compaction. */
  nextBit() {
    let x = this.random;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.random = x;
    return x & 1;
  }
};

// packages/engine/src/profile/sketch-histogram.ts
var HISTOGRAM_BINS = 20;
function sketchHistogram(sketch, min, max, count) {
  if (count === 0) return { edges: [], counts: [], exact: true };
  const exact = sketch.isExact();
  if (min === max) return { edges: [min, max], counts: [count], exact: true };
  const edges = [];
  for (let i = 0; i <= HISTOGRAM_BINS; i++)
    edges.push(i === HISTOGRAM_BINS ? max : min + (max - min) * i / HISTOGRAM_BINS);
  const shares = [];
  let below = 0;
  for (let i = 1; i <= HISTOGRAM_BINS; i++) {
    const upTo = i === HISTOGRAM_BINS ? 1 : sketch.rank(edges[i]);
    shares.push(Math.max(0, upTo - below) * count);
    below = Math.max(below, upTo);
  }
  const counts = shares.map(Math.floor);
  let missing = count - counts.reduce((sum, c) => sum + c, 0);
  const order = shares.map((share, i) => ({ i, rest: share - Math.floor(share) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let j = 0; missing > 0 && j < order.length; j++, missing--) counts[order[j].i] += 1;
  return { edges, counts, exact };
}

// packages/engine/src/profile/column-profiler.ts
var PROFILE_CATEGORY_LIMIT = 100;
var PROFILE_SKETCH_K = 128;
function numberText(value) {
  return Object.is(value, -0) ? "0" : String(value);
}
var ColumnProfiler = class _ColumnProfiler {
  constructor(name, type, kind, mode) {
    this.name = name;
    this.type = type;
    this.kind = kind;
    this.mode = mode;
  }
  name;
  type;
  kind;
  mode;
  count = 0;
  mean = 0;
  m2 = 0;
  min = Infinity;
  max = -Infinity;
  nan = 0;
  positiveInfinity = 0;
  negativeInfinity = 0;
  sketch = new QuantileSketch(PROFILE_SKETCH_K);
  /** Numeric distinct values (as numbers), null once past NUMERIC_DISTINCT_BOUND. */
  distinct = /* @__PURE__ */ new Map();
  categories = /* @__PURE__ */ new Map();
  other = 0;
  otherDistinct = 0;
  textCount = 0;
  rawValues = [];
  addNumeric(batch) {
    this.addNumericPart(batch, batch.distinct);
    if (batch.count === 0) return;
    this.sketch.addWeighted(batch.sample, batch.sampleLevel, batch.min, batch.max);
    if (this.mode === "exact") this.rawValues.push(batch.sample);
  }
  /**
   * Folds in `other`, a profiler of the same column fed the batches that come after this one's (a later
   * shard): counts, moments, extremes and distinct values as if those batches had come here; the sketches
   * merge within their error bound; categories as `addCategories` would take them from one batch.
   */
  merge(other) {
    if (other.name !== this.name || other.type !== this.type || other.kind !== this.kind)
      throw new RangeError(
        `cannot merge column ${other.name} (${other.type}) into ${this.name} (${this.type})`
      );
    this.addNumericPart(
      {
        count: other.count,
        mean: other.mean,
        m2: other.m2,
        min: other.min,
        max: other.max,
        nan: other.nan,
        positiveInfinity: other.positiveInfinity,
        negativeInfinity: other.negativeInfinity
      },
      other.distinct
    );
    this.sketch.merge(other.sketch);
    if (this.mode === "exact") for (const values of other.rawValues) this.rawValues.push(values);
    if (other.categories.size > 0 || other.other > 0)
      this.addCategories({
        values: [...other.categories.keys()],
        counts: [...other.categories.values()],
        other: other.other,
        otherDistinct: other.otherDistinct
      });
  }
  /** Counts, moments (Chan et al.'s parallel update), extremes and distinct values of a batch or a profiler. */
  addNumericPart(part, distinct) {
    this.nan += part.nan;
    this.positiveInfinity += part.positiveInfinity;
    this.negativeInfinity += part.negativeInfinity;
    if (part.count === 0) return;
    const total = this.count + part.count;
    const delta = part.mean - this.mean;
    this.mean += delta * part.count / total;
    this.m2 += part.m2 + delta * delta * this.count * part.count / total;
    this.count = total;
    if (part.min < this.min) this.min = part.min;
    if (part.max > this.max) this.max = part.max;
    if (this.distinct === null) return;
    if (distinct === null) {
      this.distinct = null;
      return;
    }
    const counted = this.distinct;
    const add = (value, count) => {
      counted.set(value, (counted.get(value) ?? 0) + count);
    };
    if (distinct instanceof Map) distinct.forEach((count, value) => add(value, count));
    else {
      const { values, counts } = distinct;
      for (let i = 0; i < values.length; i++) add(values[i], counts[i]);
    }
    if (counted.size > NUMERIC_DISTINCT_BOUND) this.distinct = null;
  }
  addCategories(batch) {
    const bound = this.mode === "exact" ? EXACT_CATEGORY_BOUND : CATEGORY_BOUND;
    for (let i = 0; i < batch.values.length; i++) {
      const value = batch.values[i];
      this.textCount += batch.counts[i];
      this.categories.set(value, (this.categories.get(value) ?? 0) + batch.counts[i]);
    }
    this.textCount += batch.other;
    this.other += batch.other;
    this.otherDistinct += batch.otherDistinct;
    if (this.categories.size >= bound * 2) {
      const sorted = [...this.categories].sort((a, b) => b[1] - a[1]);
      for (const [value, count] of sorted.slice(bound)) {
        this.other += count;
        this.otherDistinct += 1;
        this.categories.delete(value);
      }
    }
  }
  /**
   * The running state as plain data (profile-state.ts): what `finish` reads, so a profiler restored from it
   * finishes, goes on adding and merges exactly as this one. Sketch mode only: exact mode keeps every value.
   */
  state() {
    if (this.mode === "exact")
      throw new RangeError("an exact-mode profile keeps every value: it has no bounded state");
    const base = { name: this.name, type: this.type, kind: this.kind };
    if (this.kind === "numeric") {
      const empty = this.count === 0;
      const distinct = this.distinct === null ? null : { values: [...this.distinct.keys()], counts: [...this.distinct.values()] };
      return {
        ...base,
        numeric: {
          count: this.count,
          mean: this.mean,
          m2: this.m2,
          min: empty ? null : this.min,
          max: empty ? null : this.max,
          nan: this.nan,
          positiveInfinity: this.positiveInfinity,
          negativeInfinity: this.negativeInfinity,
          sketch: this.sketch.state(),
          distinct
        }
      };
    }
    if (this.kind === "categorical") {
      return {
        ...base,
        categories: {
          // In insertion order: a later fold breaks ties between equal counts by it.
          values: [...this.categories.keys()],
          counts: [...this.categories.values()],
          other: this.other,
          otherDistinct: this.otherDistinct
        }
      };
    }
    return base;
  }
  /** The profiler `state` was taken from (a checked state: profile-state-file.ts checks untrusted ones). */
  static restore(state) {
    const profiler = new _ColumnProfiler(state.name, state.type, state.kind, "sketch");
    const numeric = state.numeric;
    if (numeric !== void 0) {
      profiler.count = numeric.count;
      profiler.mean = numeric.mean;
      profiler.m2 = numeric.m2;
      profiler.min = numeric.min ?? Infinity;
      profiler.max = numeric.max ?? -Infinity;
      profiler.nan = numeric.nan;
      profiler.positiveInfinity = numeric.positiveInfinity;
      profiler.negativeInfinity = numeric.negativeInfinity;
      profiler.sketch = QuantileSketch.restore(numeric.sketch);
      profiler.distinct = numeric.distinct === null ? null : new Map(numeric.distinct.values.map((value, i) => [value, numeric.distinct.counts[i]]));
    }
    const categories = state.categories;
    if (categories !== void 0) {
      categories.values.forEach((value, i) => profiler.categories.set(value, categories.counts[i]));
      profiler.other = categories.other;
      profiler.otherDistinct = categories.otherDistinct;
      profiler.textCount = categories.counts.reduce((sum, count) => sum + count, 0) + categories.other;
    }
    return profiler;
  }
  /** The column's profile, given its null count (the checks count nulls), and its raw values in exact mode. */
  finish(nulls) {
    const base = { name: this.name, type: this.type, kind: this.kind ?? "categorical" };
    if (this.kind === "numeric") {
      const numeric = this.numericSummary();
      const categories = this.distinct === null ? void 0 : this.numericCategories(this.distinct);
      const profile = {
        ...base,
        count: this.count + this.nan + this.positiveInfinity + this.negativeInfinity,
        nulls,
        numeric,
        ...categories ? { categories } : {}
      };
      if (this.mode !== "exact") return { profile };
      const values = concatenated(this.rawValues).sort();
      return { profile, raw: { kind: "numeric", values } };
    }
    if (this.kind === "categorical") {
      const profile = {
        ...base,
        count: this.textCount,
        nulls,
        categories: this.categorySummary()
      };
      if (this.mode !== "exact") return { profile };
      return { profile, raw: { kind: "categorical", counts: new Map(this.categories) } };
    }
    return { profile: { ...base, count: 0, nulls } };
  }
  numericSummary() {
    const empty = this.count === 0;
    const state = this.sketch.state();
    return {
      count: this.count,
      min: empty ? null : this.min,
      max: empty ? null : this.max,
      mean: empty ? null : this.mean,
      std: empty ? null : Math.sqrt(this.m2 / this.count),
      nan: this.nan,
      positiveInfinity: this.positiveInfinity,
      negativeInfinity: this.negativeInfinity,
      sketch: state,
      histogram: sketchHistogram(this.sketch, empty ? 0 : this.min, empty ? 0 : this.max, this.count)
    };
  }
  numericCategories(distinct) {
    const values = [...distinct].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([value, count]) => ({ value: numberText(value), count }));
    return { exact: true, distinct: values.length, values, other: 0, bound: NUMERIC_DISTINCT_BOUND };
  }
  categorySummary() {
    const sorted = [...this.categories].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)
    );
    const listed = sorted.slice(0, PROFILE_CATEGORY_LIMIT);
    const unlisted = sorted.slice(PROFILE_CATEGORY_LIMIT).reduce((sum, [, count]) => sum + count, 0);
    const exact = this.otherDistinct === 0 && sorted.length <= PROFILE_CATEGORY_LIMIT;
    return {
      exact,
      distinct: sorted.length + this.otherDistinct,
      values: listed.map(([value, count]) => ({ value, count })),
      other: this.other + unlisted,
      bound: PROFILE_CATEGORY_LIMIT
    };
  }
};
function concatenated(parts) {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Float64Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
var DatasetProfiler = class _DatasetProfiler {
  constructor(columns, mode) {
    this.mode = mode;
    this.columns = columns.map((c) => new ColumnProfiler(c.name, c.type, c.kind, mode));
  }
  mode;
  columns;
  /** A profiler over restored columns (profile-state.ts). */
  static of(columns, mode) {
    const profiler = new _DatasetProfiler([], mode);
    profiler.columns.push(...columns);
    return profiler;
  }
  /** Folds in a profiler of the same columns fed the batches after this one's (see ColumnProfiler.merge). */
  merge(other) {
    if (other.columns.length !== this.columns.length || other.mode !== this.mode)
      throw new RangeError("cannot merge profilers of different columns or modes");
    this.columns.forEach((column, c) => column.merge(other.columns[c]));
  }
  add(batch) {
    for (let c = 0; c < this.columns.length; c++) {
      const numeric = batch.numeric[c];
      if (numeric) this.columns[c].addNumeric(numeric);
      const categories = batch.categories[c];
      if (categories) this.columns[c].addCategories(categories);
    }
  }
};

// packages/engine/src/profile/column-profile.ts
var PROFILE_KIND = "mlgate/profile@1";

// packages/engine/src/profile/profile-document.ts
function datasetProfile(profiler, facts) {
  const columns = [];
  const raw = /* @__PURE__ */ new Map();
  profiler.columns.forEach((column, c) => {
    const finished = column.finish(facts.nulls[c] ?? 0);
    columns.push(finished.profile);
    if (finished.raw !== void 0) raw.set(column.name, finished.raw);
  });
  const document = {
    kind: PROFILE_KIND,
    mlgateVersion: MLGATE_VERSION,
    subject: facts.subject,
    createdAt: facts.createdAt,
    dataset: facts.dataset,
    rows: facts.files.reduce((sum, file) => sum + file.rows, 0),
    files: facts.files,
    columns
  };
  return profiler.mode === "exact" ? { document, raw } : { document };
}

// packages/engine/src/validate/validate-data.ts
import { createHash as createHash2 } from "node:crypto";
import { statSync as statSync2 } from "node:fs";
import { availableParallelism } from "node:os";

// packages/engine/src/validate/readers/data-input.ts
import { constants as constants2 } from "node:fs";
import { mkdtemp, open as open3, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path2 from "node:path";

// packages/engine/src/user-file.ts
import { constants } from "node:fs";
import { open as open2, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
function fileKind(info) {
  if (info.isFile()) return "regular file";
  if (info.isDirectory()) return "directory";
  if (info.isFIFO()) return "pipe";
  if (info.isCharacterDevice()) return "character device";
  if (info.isBlockDevice()) return "block device";
  if (info.isSocket()) return "socket";
  return "special file";
}
var MAX_USER_TEXT_BYTES = 64 * 1024 * 1024;
var FIFO_WRITER_WAIT_MS = 5e3;
var RETRY_MS = 10;
function cannotRead(what, error, where) {
  const code = error.code;
  return new UserError(
    code === "ENOENT" ? `no such ${what}` : `cannot read the ${what} (${code ?? String(error)})`,
    where
  );
}
async function openUserFile(absolute) {
  const before = fileKind(await stat(absolute));
  if (before === "socket" || before === "directory") return { handle: void 0, kind: before };
  const handle = await open2(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    return { handle, kind: fileKind(info), info };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
async function readUserText(file, options) {
  return (await readUserBytes(file, options)).toString("utf8");
}
async function readUserBytes(file, options) {
  const where = { file: options.shownAs ?? file };
  const absolute = options.cwd === void 0 ? file : path.resolve(options.cwd, file);
  const maxBytes = options.maxBytes ?? MAX_USER_TEXT_BYTES;
  let opened;
  try {
    opened = await openUserFile(absolute);
  } catch (error) {
    throw cannotRead(options.what, error, where);
  }
  const { handle, kind } = opened;
  try {
    if (kind === "directory") throw new UserError(`the ${options.what} is a folder, not a file`, where);
    if (handle === void 0 || kind !== "regular file")
      throw new UserError(`the ${options.what} is not a regular file (a ${kind})`, where);
    const size2 = opened.info.size;
    if (size2 > maxBytes) {
      throw new UserError(`the ${options.what} has ${size2} bytes; at most ${maxBytes} are read`, where);
    }
    const buffer = Buffer.allocUnsafe(size2 + 1);
    let length = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > size2)
        throw new UserError(`the ${options.what} grew while it was read; read it again`, where);
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw cannotRead(options.what, error, where);
  } finally {
    await handle?.close();
  }
}
async function mayAwaitWriter(absolute, kind) {
  if (kind !== "pipe") return false;
  return realpath(absolute).then(
    (resolved) => !resolved.includes("pipe:["),
    () => false
  );
}
async function* readUserStream(absolute, opened, shownAs, options = {}) {
  const chunkBytes = options.chunkBytes ?? 1024 * 1024;
  const writerWaitMs = options.writerWaitMs ?? FIFO_WRITER_WAIT_MS;
  let awaitingWriter = await mayAwaitWriter(absolute, opened.kind);
  const started = Date.now();
  const buffer = Buffer.allocUnsafe(chunkBytes);
  for (; ; ) {
    let bytesRead;
    try {
      ({ bytesRead } = await opened.handle.read(buffer, 0, chunkBytes, null));
    } catch (error) {
      const code = error.code;
      if (code !== "EAGAIN" && code !== "EWOULDBLOCK") throw cannotRead("file", error, { file: shownAs });
      awaitingWriter = false;
      await sleep(RETRY_MS);
      continue;
    }
    if (bytesRead > 0) {
      awaitingWriter = false;
      yield buffer.subarray(0, bytesRead);
      continue;
    }
    if (!awaitingWriter) return;
    if (Date.now() - started >= writerWaitMs) {
      throw new UserError(
        `nothing was written to the pipe: no writer opened it within ${writerWaitMs / 1e3} s`,
        { file: shownAs }
      );
    }
    await sleep(RETRY_MS * 5);
  }
}

// packages/engine/src/validate/readers/data-input.ts
var DEFAULT_STREAM_LIMITS = {
  maxBytes: 1024 * 1024 * 1024,
  maxLineBytes: MAX_RECORD_BYTES
};
var LINE_FORMATS = /* @__PURE__ */ new Set(["csv", "tsv", "jsonl"]);
function size(bytes) {
  if (bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3} GiB`;
  return bytes % 1024 ** 2 === 0 ? `${bytes / 1024 ** 2} MiB` : `${bytes} bytes`;
}
var StreamGuard = class {
  constructor(format, limits, displayPath) {
    this.format = format;
    this.limits = limits;
    this.displayPath = displayPath;
  }
  format;
  limits;
  displayPath;
  line = 1;
  lineBytes = 0;
  total = 0;
  sawContent = false;
  check(chunk) {
    this.total += chunk.length;
    if (this.total > this.limits.maxBytes) {
      throw new UserError(
        `the stream is longer than ${size(this.limits.maxBytes)}, the most read from a pipe or a device; write it to a file and validate the file`,
        { file: this.displayPath }
      );
    }
    if (this.format === "json" && !this.sawContent) this.checkJsonStart(chunk);
    if (LINE_FORMATS.has(this.format)) this.checkLines(chunk);
  }
  checkJsonStart(chunk) {
    for (const [i, b] of chunk.entries()) {
      if (b === 32 || b === 9 || b === 10 || b === 13) continue;
      if (this.total === chunk.length && i < 3 && [239, 187, 191][i] === b) continue;
      if (b !== 91) {
        throw new UserError(
          "a JSON data file must hold an array of records (use --format jsonl for one record per line)",
          { file: this.displayPath, line: 1 }
        );
      }
      this.sawContent = true;
      return;
    }
  }
  checkLines(chunk) {
    let from = 0;
    for (; ; ) {
      const nl = chunk.indexOf(10, from);
      const run = this.lineBytes + (nl < 0 ? chunk.length : nl) - from;
      if (run > this.limits.maxLineBytes) {
        throw new UserError(
          `line ${this.line} is longer than ${size(this.limits.maxLineBytes)}, the longest line read from a stream`,
          { file: this.displayPath, line: this.line }
        );
      }
      if (nl < 0) {
        this.lineBytes = run;
        return;
      }
      this.line++;
      this.lineBytes = 0;
      from = nl + 1;
    }
  }
};
async function openDataInputs(files, format, limits = DEFAULT_STREAM_LIMITS) {
  let spoolDir;
  const dispose = async () => {
    if (spoolDir !== void 0) await rm(spoolDir, { recursive: true, force: true });
  };
  const inputs = [];
  try {
    for (const file of files) {
      const where = { file: file.displayPath };
      let opened;
      try {
        opened = await openUserFile(file.path);
      } catch (error) {
        const code = error.code;
        throw new UserError(
          code === "ENOENT" ? "data file not found" : `cannot read the data file (${code ?? String(error)})`,
          where
        );
      }
      if (opened.kind === "directory") throw new UserError("is a directory, not a data file", where);
      if (opened.handle === void 0) throw new UserError(`not a regular file (a ${opened.kind})`, where);
      try {
        if (opened.kind === "regular file") {
          inputs.push(file);
          continue;
        }
        if (format === "auto") {
          throw new UserError(
            `not a regular file (a ${opened.kind}); give --format to read it as a stream`,
            where
          );
        }
        spoolDir ??= await mkdtemp(path2.join(tmpdir(), "mlgate-stream-"));
        const copy = path2.join(spoolDir, `${inputs.length}.${format}`);
        const out = await open3(copy, constants2.O_WRONLY | constants2.O_CREAT | constants2.O_EXCL, 384);
        try {
          const guard = new StreamGuard(format, limits, file.displayPath);
          const chunks = readUserStream(file.path, opened, file.displayPath, {
            ...limits.writerWaitMs !== void 0 ? { writerWaitMs: limits.writerWaitMs } : {}
          });
          for await (const chunk of chunks) {
            guard.check(chunk);
            await out.write(chunk);
          }
        } finally {
          await out.close();
        }
        inputs.push({ path: copy, displayPath: file.displayPath });
      } finally {
        await opened.handle.close();
      }
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  return { inputs, dispose };
}

// packages/engine/src/validate/pieces/piece-assembly.ts
function piecesRead(pieces) {
  const read = [];
  for (const piece of pieces) {
    read.push(piece);
    if (piece.state.stoppedAt !== null) break;
  }
  return read;
}
function assemblePieces(setup, pieces, present) {
  const accumulator = new FileAccumulator(setup.file, setup.plan, setup.keys, setup.examplesPerColumn);
  try {
    const read = piecesRead(pieces);
    accumulator.expectRows(
      read.reduce((sum, piece) => sum + piece.state.rows, 0),
      true
    );
    for (const piece of read) accumulator.addPiece(piece.state, piece.rowOffset);
    setup.keys.forEach((_, k) => {
      for (const piece of read) {
        const hashes = piece.keyHashes(k);
        if (hashes !== void 0 && hashes.count > 0) accumulator.replayKeys(k, hashes, piece.rowOffset);
      }
    });
    return accumulator.finish(present);
  } finally {
    accumulator.dispose();
  }
}

// packages/engine/src/validate/pieces/piece-threads.ts
var DEFAULT_PIECE_THREADS = {
  minBytes: Number.POSITIVE_INFINITY,
  maxThreads: 2
};
var PIECE_WORKER = {
  output: "piece-worker.js",
  source: new URL("./piece-worker.ts", import.meta.url)
};
var YOUNG_GENERATION_MB2 = 8;
async function validateInThreads(file, format, plan, examplesPerColumn, count) {
  const settled = await Promise.allSettled(
    Array.from(
      { length: count },
      (_, index) => validatePiece({ file, format, plan, examplesPerColumn, piece: { index, count } })
    )
  );
  const failed = settled.find((outcome) => outcome.status === "rejected");
  if (failed !== void 0) throw failed.reason;
  const pieces = settled.map((outcome) => outcome.value);
  return assemblePieces(
    { file: file.displayPath, plan, keys: keySpecs(plan), examplesPerColumn },
    pieces.map((piece) => ({
      state: piece.piece,
      // Units number their rows as the whole file does.
      rowOffset: 0,
      keyHashes: (k) => {
        const keys = piece.keys[k];
        return keys && { hashes: keys.hashes, lines: keys.rows, count: keys.count };
      }
    })),
    pieces[0].present
  );
}
function validatePiece(request) {
  const worker = startWorker(PIECE_WORKER, YOUNG_GENERATION_MB2);
  const outcome = new Promise((resolve, reject) => {
    worker.once("message", (reply) => {
      if ("result" in reply) resolve(reply.result);
      else if (reply.failure.userError) reject(new UserError(reply.failure.message, reply.failure.location));
      else reject(new Error(`validation thread failed: ${reply.failure.message}`));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`validation thread exited (${code}) before replying`)));
  });
  worker.postMessage(request);
  return outcome.finally(() => worker.terminate());
}

// packages/engine/src/count-words.ts
function groupDigits(n) {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString("en-US");
  const digits = String(Math.abs(n));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${grouped}` : grouped;
}
function countWords(n, one, many = `${one}s`) {
  return `${groupDigits(n)} ${n === 1 ? one : many}`;
}

// packages/engine/src/validate/report/validation-report.ts
var VALIDATION_REPORT_KIND = "mlgate/validation@1";
function validationVerdict(files, errorCount) {
  if (errorCount === 0) return { verdict: "pass", verdictReason: `${countWords(files.length, "file")} valid` };
  const invalid = files.filter((file) => !file.valid).length;
  return {
    verdict: "fail",
    verdictReason: `${countWords(errorCount, "error")} in ${invalid} of ${countWords(files.length, "file")}`
  };
}

// packages/engine/src/validate/validate-data.ts
var DEFAULT_MAX_ERRORS = 100;
var DEFAULT_EXAMPLES_PER_COLUMN = 20;
async function validateAndProfileData(files, schema, options, profile) {
  if (files.length === 0) throw new UserError("no data files given");
  const opened = await openDataInputs(files, options.format, options.streams);
  try {
    return await validateInputs(opened.inputs, schema, options, profile);
  } finally {
    await opened.dispose();
  }
}
async function validateInputs(files, schema, options, profile) {
  const profiler = profile === void 0 ? void 0 : schemaProfiler(schema, profile.mode);
  const results = await validateFiles(files, schema, options, profiler);
  const report = assembleValidationReport(results, schema, {
    maxErrors: options.maxErrors,
    examplesPerColumn: options.examplesPerColumn,
    subject: options.subject ?? {},
    createdAt: (options.now?.() ?? /* @__PURE__ */ new Date()).toISOString()
  });
  if (profiler === void 0 || profile === void 0) return { report };
  return { report, profile: finishProfile(profiler, report, profile.dataset) };
}
function schemaProfiler(schema, mode) {
  return new DatasetProfiler(
    schema.plan.columns.map((c) => ({ name: c.name, type: c.kind, kind: profileKindOf(c.kind) })),
    mode
  );
}
function finishProfile(profiler, report, dataset) {
  const reports = report.files;
  return datasetProfile(profiler, {
    dataset,
    subject: report.subject,
    createdAt: report.createdAt,
    files: reports.map((file) => ({ path: file.path, sha256: file.sha256, rows: file.rows })),
    nulls: profiler.columns.map(
      (_, c) => reports.reduce((sum, file) => sum + (file.columns[c]?.nulls ?? 0), 0)
    )
  });
}
async function validateFiles(files, schema, options, profiler) {
  const formats = await Promise.all(files.map((f) => detectFormat(f.path, f.displayPath, options.format)));
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 8));
  const pool = workers > 1 && files.length > 0 ? new RangeWorkerPool(workers) : void 0;
  const results = [];
  try {
    for (const [i, file] of files.entries()) {
      const format = formats[i];
      const [outcome, sha256] = await Promise.all([
        validateFile(file, format, schema, options, pool, profiler),
        sha256File(file.path, statSync2(file.path).size)
      ]);
      results.push({ file: fileReport(file, format, sha256, outcome), examples: outcome.examples });
    }
  } finally {
    await pool?.close();
  }
  return results;
}
function assembleValidationReport(results, schema, settings) {
  const reports = results.map((result) => result.file);
  const examples = [];
  for (const result of results) {
    for (const example of result.examples) {
      if (examples.length === settings.maxErrors) break;
      examples.push(example);
    }
  }
  const errorsByCode = {};
  for (const report of reports) {
    for (const [code, count] of Object.entries(report.errorsByCode))
      errorsByCode[code] = (errorsByCode[code] ?? 0) + count;
  }
  const errorCount = reports.reduce((sum, r) => sum + r.errorCount, 0);
  const fingerprint = createHash2("sha256").update(
    `mlgate-fingerprint@1
${schema.sha256}
${reports.map((r) => r.sha256).sort().join("\n")}
`
  ).digest("hex");
  return {
    kind: VALIDATION_REPORT_KIND,
    mlgateVersion: MLGATE_VERSION,
    subject: settings.subject,
    ...validationVerdict(reports, errorCount),
    createdAt: settings.createdAt,
    valid: errorCount === 0,
    rows: reports.reduce((sum, r) => sum + r.rows, 0),
    errorCount,
    errorsByCode,
    errors: examples,
    errorsTruncated: examples.length < errorCount,
    limits: { maxErrors: settings.maxErrors, examplesPerColumn: settings.examplesPerColumn },
    schema: { path: schema.path, language: schema.language, sha256: schema.sha256 },
    files: reports,
    fingerprint
  };
}
function fileReport(file, format, sha256, outcome) {
  return fileReportOf(file.displayPath, statSync2(file.path).size, format, sha256, outcome);
}
function fileReportOf(displayPath, bytes, format, sha256, outcome) {
  return {
    path: displayPath,
    format,
    bytes,
    sha256,
    rows: outcome.rows,
    valid: outcome.errorCount === 0,
    errorCount: outcome.errorCount,
    errorsByCode: outcome.errorsByCode,
    columns: outcome.columns.map((c) => ({
      name: c.name,
      type: c.type,
      present: c.present,
      nulls: c.nulls,
      errors: c.errors
    })),
    rowErrors: outcome.rowErrors,
    ...outcome.stoppedAt ? { stoppedAt: outcome.stoppedAt } : {}
  };
}
function csvRun(file, format, schema, options, pool, profiler) {
  return {
    path: file.path,
    displayPath: file.displayPath,
    plan: schema.plan,
    ...schema.rowValidator ? { rowValidator: schema.rowValidator } : {},
    options: {
      ...DEFAULT_CSV_OPTIONS,
      ...options.csv,
      delimiter: options.delimiter ?? (format === "tsv" ? "	" : ","),
      maxExamplesPerColumn: options.examplesPerColumn
    },
    ...pool ? { pool } : {},
    ...profiler ? { profiler } : {}
  };
}
function recordChecker(schema, options, profiler) {
  return new RecordChecker(
    schema.plan,
    keySpecs(schema.plan),
    options.examplesPerColumn,
    schema.language === "json-schema" ? schema.rowValidator : void 0,
    profiler?.mode
  );
}
async function checkJsonRecords(groups, accumulator, checker, scanned) {
  const { plan } = checker;
  let pending = 0;
  const present = plan.columns.map(() => false);
  let missing = present.length;
  groups: for await (const group of groups) {
    for (const read of group) {
      if (read.kind === "line" && scanned !== void 0 && scanned.scan(read.bytes)) {
        for (let c = 0; missing > 0 && c < present.length; c++) {
          if (!present[c] && scanned.has(c)) {
            present[c] = true;
            missing--;
          }
        }
        checker.checkScanned(scanned, read.bytes, read.line);
      } else {
        const item = read.kind === "line" ? recordOfLine(read.bytes, read.line, read.first) : read;
        if (item.kind === "problem") {
          if (item.fatal) {
            accumulator.addBatch(checker.flush(), 0);
            accumulator.stop(item.message, item.line, item.code);
            break groups;
          }
          checker.rowProblem(item.line, item.code, item.message, item.value);
        } else {
          for (let c = 0; missing > 0 && c < present.length; c++) {
            if (!present[c] && plan.columns[c].name in item.value) {
              present[c] = true;
              missing--;
            }
          }
          checker.check(item.value, item.line);
        }
      }
      if (++pending === 1e4) {
        accumulator.addBatch(checker.flush(), 0);
        pending = 0;
      }
    }
  }
  if (!accumulator.stopped) accumulator.addBatch(checker.flush(), 0);
  return present;
}
function jsonLinesToCheck(path3, schema, options, profiler, range) {
  const scanned = options.jsonLines === "parse" ? void 0 : scannedRecordChecks(schema.plan, keySpecs(schema.plan), profiler !== void 0);
  if (scanned === void 0) return { groups: readJsonLineGroups(path3, MAX_RECORD_BYTES, range) };
  return { groups: readJsonLineBytes(path3, MAX_RECORD_BYTES, range), scanned };
}
async function* singly(items) {
  for await (const item of items) yield [item];
}
async function validateFile(file, format, schema, options, pool, profiler) {
  const { plan } = schema;
  if (format === "csv" || format === "tsv")
    return validateCsvFile(csvRun(file, format, schema, options, pool, profiler));
  if (format === "parquet" || format === "arrow")
    return validateColumnarFile(file, format, plan, options, profiler);
  if (format === "jsonl" && pool !== void 0 && pool.size > 1 && profiler === void 0) {
    const size2 = statSync2(file.path).size;
    const threshold = options.csv?.parallelThresholdBytes ?? DEFAULT_CSV_OPTIONS.parallelThresholdBytes;
    if (plan.language === "table-schema" && size2 >= threshold)
      return validateJsonLinesOnWorkers(file, size2, plan, options, pool);
  }
  const accumulator = new FileAccumulator(
    file.displayPath,
    plan,
    keySpecs(plan),
    options.examplesPerColumn,
    profiler
  );
  try {
    const { groups, scanned } = format === "jsonl" ? jsonLinesToCheck(file.path, schema, options, profiler) : { groups: singly(readJsonArray(file.path, MAX_RECORD_BYTES)) };
    const checker = recordChecker(schema, options, profiler);
    const present = await checkJsonRecords(groups, accumulator, checker, scanned);
    if (accumulator.rowCount === 0 && !accumulator.stopped && statSync2(file.path).size === 0)
      accumulator.stop("the file is empty", null);
    return accumulator.finish(present);
  } finally {
    accumulator.dispose();
  }
}
async function validateJsonLinesOnWorkers(file, size2, plan, options, pool) {
  const keys = keySpecs(plan);
  const accumulator = new FileAccumulator(file.displayPath, plan, keys, options.examplesPerColumn);
  const present = plan.columns.map(() => false);
  const chunkBytes = options.csv?.chunkBytes ?? DEFAULT_CSV_OPTIONS.chunkBytes;
  let line = 1;
  try {
    await pool.runFile(
      {
        kind: "json-lines",
        plan,
        examplesPerColumn: options.examplesPerColumn,
        parse: options.jsonLines === "parse",
        maxRecordBytes: MAX_RECORD_BYTES
      },
      file.path,
      size2,
      { start: 0, end: size2 },
      chunkBytes,
      (batch) => {
        if (line === 1 && keys.length > 0 && batch.rows > 0 && batch.end > batch.start)
          accumulator.expectRows(Math.ceil(size2 * batch.rows / (batch.end - batch.start)));
        accumulator.addBatch(batch, line);
        line += batch.lines;
        batch.present?.forEach((has, c) => {
          if (has === 1) present[c] = true;
        });
      }
    );
    return accumulator.finish(present);
  } finally {
    accumulator.dispose();
  }
}
async function validateColumnarFile(file, format, plan, options, profiler) {
  const opener = (options.columnar ?? COLUMNAR_OPENERS)[format];
  if (!opener)
    throw new UserError(`reading ${format} files is not available in this build`, { file: file.displayPath });
  const source = await opener(file.path, file.displayPath);
  let threads;
  try {
    threads = profiler === void 0 && options.columnar === void 0 ? pieceThreads(file, source, options) : 1;
    if (threads === 1) return await checkBatches(file, source, plan, options, profiler);
  } finally {
    await source.close?.();
  }
  return validateInThreads(file, format, plan, options.examplesPerColumn, threads);
}
async function checkBatches(file, source, plan, options, profiler) {
  const keys = keySpecs(plan);
  const accumulator = new FileAccumulator(file.displayPath, plan, keys, options.examplesPerColumn, profiler);
  try {
    const problems = checkDeclaredTypes(plan, source.columns);
    const mapping = mapColumns(
      source.columns.map((c) => c.name),
      plan
    );
    addHeaderProblems(accumulator, plan, problems, mapping.problems);
    const checker = new ColumnarChecker(
      plan,
      keys,
      options.examplesPerColumn,
      problems.map((p) => p.field),
      profiler?.mode
    );
    if (source.rows !== void 0) accumulator.expectRows(source.rows, true);
    let firstRow = 1;
    for await (const batch of source.batches()) {
      if (firstRow === 1 && source.rows === void 0) {
        const estimate = source.estimateRows?.(batch);
        if (estimate !== void 0) accumulator.expectRows(estimate, true);
      }
      accumulator.addBatch(checker.check(batch), firstRow);
      firstRow += batch.rowCount;
    }
    return accumulator.finish(mapping.present);
  } finally {
    accumulator.dispose();
  }
}
function pieceThreads(file, source, options) {
  const settings = { ...DEFAULT_PIECE_THREADS, ...options.pieceThreads };
  const workers = Math.min(options.workers ?? availableParallelism(), 8, settings.maxThreads);
  if (source.units === void 0 || workers < 2 || statSync2(file.path).size < settings.minBytes) return 1;
  return Math.max(1, Math.min(workers, source.units));
}
function addHeaderProblems(accumulator, plan, typeProblems, mappingProblems) {
  for (const problem of typeProblems)
    accumulator.addError(
      plan.columns.findIndex((c) => c.name === problem.field),
      "schema-mismatch",
      null,
      null,
      problem.message
    );
  for (const problem of mappingProblems)
    accumulator.addError(
      problem.field === null ? -1 : plan.columns.findIndex((c) => c.name === problem.field),
      "schema-mismatch",
      null,
      null,
      problem.message
    );
}

// packages/engine/src/validate/pieces/file-piece.ts
function unitRange(units, piece) {
  return {
    from: Math.floor(units * piece.index / piece.count),
    to: Math.floor(units * (piece.index + 1) / piece.count)
  };
}
async function validateFilePiece(file, schema, options, piece, profiler) {
  const format = await detectFormat(file.path, file.displayPath, options.format);
  const keys = keySpecs(schema.plan).map(() => new KeyHashCollector());
  const sink = (k, hashes, baseLine) => keys[k].add(hashes, baseLine);
  let result;
  if (format === "parquet" || format === "arrow")
    result = await validateUnitPiece(file, format, schema.plan, options, piece, profiler);
  else if (format === "csv" || format === "tsv") {
    const workers = Math.max(1, Math.min(options.workers ?? availableParallelism2(), 8));
    const pool = workers > 1 ? new RangeWorkerPool(workers) : void 0;
    try {
      const run = csvRun(file, format, schema, options, pool, profiler);
      const outcome = await validateCsvPiece(run, piece, sink);
      result = { format, ...outcome, keys: keys.map((c) => c.finish()) };
    } finally {
      await pool?.close();
    }
  } else if (format === "jsonl") {
    result = await validateJsonLines(file, schema, options, piece, sink, profiler);
    result = { ...result, keys: keys.map((c) => c.finish()) };
  } else
    throw new UserError(`${format} files are not split between shards: give each shard whole files`, {
      file: file.displayPath
    });
  const bytes = piece.index === 0 ? statSync3(file.path).size : 0;
  const whole = piece.index === 0 ? { bytes, sha256: await sha256File(file.path, bytes) } : void 0;
  return {
    ...result,
    ...whole !== void 0 ? { whole } : {}
  };
}
async function validateUnitPiece(file, format, plan, options, piece, profiler) {
  const keys = keySpecs(plan);
  const collectors = keys.map(() => new KeyHashCollector());
  const sink = (k, hashes, baseLine) => collectors[k].add(hashes, baseLine);
  const accumulator = new FileAccumulator(
    file.displayPath,
    plan,
    keys,
    options.examplesPerColumn,
    profiler,
    sink
  );
  const opener = (options.columnar ?? COLUMNAR_OPENERS)[format];
  if (!opener)
    throw new UserError(`reading ${format} files is not available in this build`, { file: file.displayPath });
  const source = await opener(file.path, file.displayPath);
  try {
    if (source.units === void 0)
      throw new UserError("an Arrow stream has no footer to split it by: give it to one shard whole", {
        file: file.displayPath
      });
    const problems = checkDeclaredTypes(plan, source.columns);
    const mapping = mapColumns(
      source.columns.map((c) => c.name),
      plan
    );
    if (piece.index === 0) addHeaderProblems(accumulator, plan, problems, mapping.problems);
    const checker = new ColumnarChecker(
      plan,
      keys,
      options.examplesPerColumn,
      problems.map((p) => p.field),
      profiler?.mode
    );
    for await (const batch of source.batches(unitRange(source.units, piece))) {
      accumulator.addBatch(checker.check(batch), (batch.firstRow ?? 0) + 1);
      if (accumulator.stopped) break;
    }
    return {
      format,
      present: mapping.present,
      piece: accumulator.piece(),
      keys: collectors.map((c) => c.finish())
    };
  } finally {
    accumulator.dispose();
    await source.close?.();
  }
}
async function validateJsonLines(file, schema, options, piece, sink, profiler) {
  const accumulator = new FileAccumulator(
    file.displayPath,
    schema.plan,
    keySpecs(schema.plan),
    options.examplesPerColumn,
    profiler,
    sink
  );
  try {
    const size2 = statSync3(file.path).size;
    const range = {
      start: Math.floor(size2 * piece.index / piece.count),
      end: Math.floor(size2 * (piece.index + 1) / piece.count),
      covered: { start: 0, end: 0, lines: 0 }
    };
    const { groups, scanned } = jsonLinesToCheck(file.path, schema, options, profiler, range);
    const checker = recordChecker(schema, options, profiler);
    const present = await checkJsonRecords(groups, accumulator, checker, scanned);
    if (piece.index === 0 && size2 === 0) accumulator.stop("the file is empty", null);
    return {
      format: "jsonl",
      present,
      piece: accumulator.piece(),
      keys: [],
      range: { ...range.covered }
    };
  } finally {
    accumulator.dispose();
  }
}
var KeyHashCollector = class {
  hashes = new Uint32Array(2048);
  rows = new Uint32Array(1024);
  count = 0;
  add(batch, baseLine) {
    if (this.count + batch.count > this.rows.length) {
      const size2 = Math.max(2 * this.rows.length, this.count + batch.count);
      const hashes = new Uint32Array(2 * size2);
      hashes.set(this.hashes.subarray(0, 2 * this.count));
      this.hashes = hashes;
      const rows = new Uint32Array(size2);
      rows.set(this.rows.subarray(0, this.count));
      this.rows = rows;
    }
    this.hashes.set(batch.hashes.subarray(0, 2 * batch.count), 2 * this.count);
    for (let i = 0; i < batch.count; i++) this.rows[this.count + i] = baseLine + batch.lines[i];
    this.count += batch.count;
  }
  finish() {
    return {
      hashes: this.hashes.subarray(0, 2 * this.count),
      rows: this.rows.subarray(0, this.count),
      count: this.count
    };
  }
};

export {
  QuantileSketch,
  PROFILE_SKETCH_K,
  ColumnProfiler,
  DatasetProfiler,
  PROFILE_KIND,
  COLUMNAR_OPENERS,
  MAX_RECORD_BYTES,
  DATA_FORMATS,
  detectFormat,
  fileKind,
  readUserText,
  readUserBytes,
  openDataInputs,
  sha256File,
  piecesRead,
  assemblePieces,
  groupDigits,
  countWords,
  VALIDATION_REPORT_KIND,
  DEFAULT_MAX_ERRORS,
  DEFAULT_EXAMPLES_PER_COLUMN,
  validateAndProfileData,
  schemaProfiler,
  finishProfile,
  validateFiles,
  assembleValidationReport,
  fileReportOf,
  validateFilePiece,
  validateUnitPiece
};
