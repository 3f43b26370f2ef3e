import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);

// packages/engine/src/validate/readers/file-range.ts
import { readSync } from "node:fs";
var TruncatedError = class extends Error {
  constructor(end) {
    super(`the file ends before byte ${end}`);
  }
};
async function readExactly(handle, start, length, into) {
  const bytes = into ? into.subarray(0, length) : new Uint8Array(length);
  for (let done = 0; done < length; ) {
    const { bytesRead } = await handle.read(bytes, done, length - done, start + done);
    if (bytesRead === 0) throw new TruncatedError(start + length);
    done += bytesRead;
  }
  return bytes;
}
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
    const i = probe.subarray(0, n).indexOf(10);
    if (i >= 0) return at + i + 1;
    at += n;
  }
  return fileSize;
}

export {
  TruncatedError,
  readExactly,
  readAt,
  lineStartAt
};
