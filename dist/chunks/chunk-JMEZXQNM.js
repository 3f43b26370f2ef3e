import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  clientLimits
} from "./chunk-QURJ2BOW.js";
import {
  MAX_MANIFEST_BYTES,
  MODEL_MANIFEST_FILE,
  httpStatusOf,
  parseModelManifest,
  readUserText
} from "./chunk-RBU66TPT.js";

// packages/github/src/release/release-manifest.ts
import { mkdtemp, rm as rm2 } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";

// packages/github/src/release/transfer/release-download.ts
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// packages/github/src/release/transfer/streamed-transfer.ts
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

// packages/github/src/release/transfer/socket-garbage.ts
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
var SCAVENGE_EVERY_BYTES = 8 * 1024 * 1024;
var collector;
function scavenger() {
  if (collector !== void 0) return collector;
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc");
    collector = typeof gc === "function" ? gc : null;
  } catch {
    collector = null;
  }
  return collector;
}
function socketGarbageCollector() {
  const collect = scavenger();
  if (collect === null) return () => {
  };
  let since = 0;
  return (bytes) => {
    since += bytes;
    if (since < SCAVENGE_EVERY_BYTES) return;
    since = 0;
    collect({ type: "minor" });
  };
}

// packages/github/src/release/transfer/streamed-transfer.ts
var GitHubTransferError = class extends Error {
  constructor(message, status, request, response) {
    super(message);
    this.status = status;
    this.request = request;
    this.response = response;
  }
  status;
  request;
  response;
  name = "HttpError";
};
async function transferClient(socketTimeout) {
  const { HttpClient } = await import("./lib-FVMKG23F.js");
  return new HttpClient("mlgate", [], { allowRetries: false, maxRetries: 0, socketTimeout });
}
var CONNECTION_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ERR_STREAM_PREMATURE_CLOSE"
]);
function connectionFailure(method, url, cause) {
  const message = cause?.message;
  const timedOut = typeof message === "string" && message.startsWith("Request timeout");
  const code = timedOut ? "ETIMEDOUT" : cause?.code;
  if (typeof code !== "string" || !CONNECTION_CODES.has(code)) return cause;
  return Object.assign(new Error(cause.message, { cause }), {
    code: code === "ERR_STREAM_PREMATURE_CLOSE" ? "ECONNRESET" : code,
    request: { method, url }
  });
}
function silentFor(ms) {
  return Object.assign(new Error(`no answer within ${ms / 1e3} s`), { code: "ETIMEDOUT" });
}
async function authorization(client) {
  const auth = await client.auth();
  if (auth.token === void 0) throw new Error("the GitHub client has no token");
  return `Bearer ${auth.token}`;
}
function parsed(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
function failure(method, url, status, data, headers) {
  const message = data?.message;
  return new GitHubTransferError(
    typeof message === "string" ? message : `HTTP ${status}`,
    status,
    { method, url },
    { data, headers }
  );
}
var UPLOAD_CHUNK_BYTES = 1024 * 1024;
async function uploadFileToRelease(client, uploadUrl, file) {
  const url = `${uploadUrl.replace(/\{[^}]*\}$/, "")}?name=${encodeURIComponent(file.name)}`;
  const { requestTimeoutMs } = clientLimits(client);
  const agent = (await transferClient(requestTimeoutMs)).getAgent(url);
  const request = (url.startsWith("https:") ? https : http).request(url, {
    method: "POST",
    agent,
    headers: {
      authorization: await authorization(client),
      accept: "application/vnd.github+json",
      "user-agent": "mlgate",
      "content-type": file.contentType ?? "application/octet-stream",
      "content-length": String(file.bytes)
    }
  });
  request.setTimeout(requestTimeoutMs, () => request.destroy(silentFor(requestTimeoutMs)));
  const answered = new Promise((resolve, reject) => {
    request.once("response", resolve);
    request.once("error", (error) => reject(connectionFailure("POST", url, error)));
  });
  let stopped = false;
  void answered.then(
    () => stopped = true,
    () => stopped = true
  );
  const handle = await open(file.path, "r");
  try {
    const buffer = Buffer.allocUnsafe(UPLOAD_CHUNK_BYTES);
    for (let offset = 0; offset < file.bytes && !stopped; ) {
      const { bytesRead } = await handle.read(
        buffer,
        0,
        Math.min(buffer.length, file.bytes - offset),
        offset
      );
      if (bytesRead === 0) throw new Error(`${file.path} ended at ${offset} bytes, not ${file.bytes}`);
      await new Promise(
        (resolve, reject) => request.write(
          buffer.subarray(0, bytesRead),
          (error) => error ? reject(connectionFailure("POST", url, error)) : resolve()
        )
      );
      offset += bytesRead;
    }
  } catch (error) {
    request.destroy();
    throw error;
  } finally {
    await handle.close();
  }
  request.end();
  const response = await answered;
  const chunks = [];
  try {
    for await (const chunk of response) chunks.push(chunk);
  } catch (error) {
    throw connectionFailure("POST", url, error);
  }
  const data = parsed(Buffer.concat(chunks).toString("utf8"));
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) throw failure("POST", url, status, data, response.headers);
  return data;
}
async function downloadAssetToFile(client, repository, assetId, target) {
  const base = client.request.endpoint.DEFAULTS.baseUrl.replace(/\/+$/, "");
  const url = `${base}/repos/${repository.owner}/${repository.repo}/releases/assets/${assetId}`;
  const { requestTimeoutMs } = clientLimits(client);
  const http2 = await transferClient(requestTimeoutMs);
  const response = await http2.get(url, { authorization: await authorization(client), accept: "application/octet-stream" }).catch((error) => {
    throw connectionFailure("GET", url, error);
  });
  const status = response.message.statusCode ?? 0;
  if (status < 200 || status >= 300)
    throw failure("GET", url, status, parsed(await response.readBody()), response.message.headers);
  const hash = createHash("sha256");
  const collectGarbage = socketGarbageCollector();
  const hashing = new Transform({
    transform(chunk, _encoding, done) {
      hash.update(chunk);
      collectGarbage(chunk.length);
      done(null, chunk);
    }
  });
  await pipeline(response.message, hashing, createWriteStream(target)).catch((error) => {
    throw connectionFailure("GET", url, error);
  });
  return hash.digest("hex");
}

// packages/github/src/release/transfer/transfer-retry.ts
function rateLimitWaitSeconds(error) {
  const status = httpStatusOf(error);
  const { message } = error;
  const secondary = status === 403 && typeof message === "string" && /\bsecondary rate\b/i.test(message);
  if (status !== 429 && !secondary) return void 0;
  const headers = error.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter;
  const reset = Number(headers["x-ratelimit-reset"]);
  return Number.isFinite(reset) ? Math.max(0, Math.ceil(reset - Date.now() / 1e3)) : 60;
}
function transferRetryWaitMs(client, error, triesDone, backoffMs) {
  const limits = clientLimits(client);
  const status = httpStatusOf(error);
  const rateLimit = rateLimitWaitSeconds(error);
  let wait;
  if (rateLimit !== void 0) {
    if (rateLimit > 60) return void 0;
    wait = rateLimit * limits.rateLimitSecondMs;
  } else if (status === void 0 || status >= 500) {
    wait = backoffMs * 2 ** (triesDone - 1);
  } else {
    return void 0;
  }
  return limits.ledger.reserve(wait) ? wait : void 0;
}

// packages/github/src/release/transfer/release-download.ts
var DOWNLOAD_ATTEMPTS = 4;
async function downloadReleaseAsset(client, repository, asset, dir) {
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, asset.name);
  const partial = `${target}.${process.pid}.partial`;
  const { retryBaseMs, ledger } = clientLimits(client);
  for (let attempt = 1; ; attempt++) {
    const started = Date.now();
    try {
      const sha256 = await downloadAssetToFile(client, repository, asset.id, partial);
      await rename(partial, target);
      return sha256;
    } catch (error) {
      await rm(partial, { force: true });
      ledger.spend(Date.now() - started);
      const wait = attempt < DOWNLOAD_ATTEMPTS ? transferRetryWaitMs(client, error, attempt, retryBaseMs) : void 0;
      if (wait === void 0) throw error;
      await sleep(wait);
    }
  }
}

// packages/github/src/release/release-manifest.ts
async function readReleaseManifest(client, repository, release) {
  const asset = release.assets.find((candidate) => candidate.name === MODEL_MANIFEST_FILE);
  if (asset === void 0) return void 0;
  const dir = await mkdtemp(path2.join(os.tmpdir(), "mlgate-manifest-"));
  try {
    await downloadReleaseAsset(client, repository, asset, dir);
    const source = `${release.tag_name}/${MODEL_MANIFEST_FILE}`;
    const text = await readUserText(path2.join(dir, asset.name), {
      what: "release manifest",
      shownAs: source,
      maxBytes: MAX_MANIFEST_BYTES
    });
    return parseModelManifest(text, source);
  } finally {
    await rm2(dir, { recursive: true, force: true });
  }
}

// packages/github/src/tag-commit.ts
async function commitOfTag(client, repository, tag) {
  const { owner, repo } = repository;
  try {
    const { data: ref } = await client.rest.git.getRef({ owner, repo, ref: `tags/${tag}` });
    if (ref.object.type === "commit") return ref.object.sha;
    const { data: annotated } = await client.rest.git.getTag({ owner, repo, tag_sha: ref.object.sha });
    return annotated.object.sha;
  } catch (error) {
    if (httpStatusOf(error) === 404) return void 0;
    throw error;
  }
}

export {
  commitOfTag,
  uploadFileToRelease,
  transferRetryWaitMs,
  downloadReleaseAsset,
  readReleaseManifest
};
