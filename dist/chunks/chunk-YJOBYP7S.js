import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COLUMNAR_OPENERS,
  ColumnarChecker,
  RangeWorkerPool,
  addHeaderProblems,
  checkDeclaredTypes,
  checkJsonRecords,
  csvRun,
  jsonLinesToCheck,
  mapColumns,
  recordChecker,
  validateCsvPiece
} from "./chunk-PVDNNDE4.js";
import {
  detectFormat,
  sha256File
} from "./chunk-3USVN5N6.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";
import {
  FileAccumulator,
  keySpecs
} from "./chunk-TNZOWEDI.js";

// packages/engine/src/validate/pieces/file-piece.ts
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
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
    const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 8));
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
  const bytes = piece.index === 0 ? statSync(file.path).size : 0;
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
    const size = statSync(file.path).size;
    const range = {
      start: Math.floor(size * piece.index / piece.count),
      end: Math.floor(size * (piece.index + 1) / piece.count),
      covered: { start: 0, end: 0, lines: 0 }
    };
    const { groups, scanned } = jsonLinesToCheck(file.path, schema, options, profiler, range);
    const checker = recordChecker(schema, options, profiler);
    const present = await checkJsonRecords(groups, accumulator, checker, scanned);
    if (piece.index === 0 && size === 0) accumulator.stop("the file is empty", null);
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
      const size = Math.max(2 * this.rows.length, this.count + batch.count);
      const hashes = new Uint32Array(2 * size);
      hashes.set(this.hashes.subarray(0, 2 * this.count));
      this.hashes = hashes;
      const rows = new Uint32Array(size);
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
  validateFilePiece,
  validateUnitPiece
};
