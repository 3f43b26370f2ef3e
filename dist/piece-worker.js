import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  validateUnitPiece
} from "./chunks/chunk-YJOBYP7S.js";
import "./chunks/chunk-PVDNNDE4.js";
import "./chunks/chunk-3USVN5N6.js";
import "./chunks/chunk-XUY3SBQT.js";
import {
  isUserError
} from "./chunks/chunk-LPQDUCI6.js";
import "./chunks/chunk-TNZOWEDI.js";
import "./chunks/chunk-OYXCJDPN.js";
import "./chunks/chunk-JY54KWOX.js";

// packages/engine/src/validate/pieces/piece-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
port.once("message", (request) => {
  void validate(request).then(({ reply, transfer }) => port.postMessage(reply, transfer));
});
async function validate(request) {
  try {
    const result = await validateUnitPiece(
      request.file,
      request.format,
      request.plan,
      { examplesPerColumn: request.examplesPerColumn },
      request.piece
    );
    const transfer = result.keys.flatMap((key) => [key.hashes.buffer, key.rows.buffer]);
    return { reply: { result }, transfer };
  } catch (error) {
    return { reply: { failure: failureOf(error) }, transfer: [] };
  }
}
function failureOf(error) {
  if (isUserError(error))
    return {
      userError: true,
      message: error.message,
      ...error.location !== void 0 ? { location: { ...error.location } } : {}
    };
  return { userError: false, message: String(error instanceof Error && error.stack || error) };
}
