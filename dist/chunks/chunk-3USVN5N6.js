import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-LPQDUCI6.js";

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
async function head(path2, displayPath, bytes) {
  let handle;
  try {
    handle = await open(path2, "r");
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
async function detectFormat(path2, displayPath, choice) {
  const prefix = await head(path2, displayPath, 8);
  const sniffed = binaryFormat(prefix);
  const declared = choice !== "auto" ? choice : BY_EXTENSION[extname(path2).toLowerCase()];
  const format = declared ?? sniffed;
  if (format === void 0) {
    throw new UserError(
      `cannot tell the format from the extension "${extname(path2)}"; pass --format (${DATA_FORMATS.join(", ")})`,
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
    const size = opened.info.size;
    if (size > maxBytes) {
      throw new UserError(`the ${options.what} has ${size} bytes; at most ${maxBytes} are read`, where);
    }
    const buffer = Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > size)
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

// packages/engine/src/validate/report/file-sha256.ts
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { Worker } from "node:worker_threads";
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
async function sha256File(path2, size, options = {}) {
  if (size < OFF_THREAD_MIN_BYTES || options.inThread === true) return hashInThread(path2, createHash, fs);
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: path2 });
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

// packages/engine/src/profile/column-profile.ts
var PROFILE_KIND = "mlgate/profile@1";

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

export {
  PROFILE_KIND,
  DATA_FORMATS,
  detectFormat,
  fileKind,
  openUserFile,
  readUserText,
  readUserBytes,
  readUserStream,
  sha256File,
  groupDigits,
  countWords,
  VALIDATION_REPORT_KIND,
  validationVerdict
};
