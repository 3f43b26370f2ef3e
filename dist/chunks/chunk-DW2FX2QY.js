import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  BUILTIN_RULE,
  MODEL_MANIFEST_FILE,
  MODEL_MANIFEST_KIND,
  MODEL_MANIFEST_SCHEMA,
  RELEASE_OWN_FILES,
  allowanceAround,
  checkModelName,
  clientLimits,
  documentValidator,
  formatNumber,
  formatSignedPercent,
  formatVersion,
  isNonFinite,
  isNumeric,
  isPlainAssetName,
  metricValueText,
  numericOf,
  parseBoundedJson,
  parseVersion,
  readUserText,
  sameValue,
  schemaProblem,
  toleranceText
} from "./chunk-MJ5NRDFC.js";
import {
  httpStatusOf
} from "./chunk-YKNMKEEN.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";

// packages/engine/src/model/model-manifest-file.ts
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
function inconsistency(manifest) {
  try {
    checkModelName(manifest.name);
    const version = formatVersion(parseVersion(manifest.version));
    if (manifest.tag !== `${manifest.name}-v${version}`) {
      return `tag '${manifest.tag}' is not ${manifest.name}-v${version}`;
    }
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  if (manifest.commit !== manifest.subject.sha) return "commit and subject.sha differ";
  if (manifest.gate.source !== "not-required" && manifest.gate.sha !== manifest.commit) {
    return `the gate is shown for ${manifest.gate.sha}, not for commit ${manifest.commit}`;
  }
  const names = /* @__PURE__ */ new Set();
  for (const { name } of manifest.assets) {
    if (!isPlainAssetName(name)) return `asset '${name}' is not a plain asset name`;
    if (RELEASE_OWN_FILES.includes(name))
      return `asset '${name}' is one of the release's own files`;
    if (names.has(name)) return `asset '${name}' is listed twice`;
    names.add(name);
  }
  for (const { asset } of manifest.profiles ?? []) {
    if (!isPlainAssetName(asset)) return `profile asset '${asset}' is not a plain asset name`;
    if (RELEASE_OWN_FILES.includes(asset) || names.has(asset))
      return `profile asset '${asset}' has the name of another file of the release`;
    names.add(asset);
  }
  return void 0;
}
function parseModelManifest(text, source) {
  return checkManifest(parseBoundedJson(text, source, "a model manifest", MAX_MANIFEST_BYTES), source);
}
function checkManifest(value, source) {
  const kind = value?.kind;
  if (kind !== MODEL_MANIFEST_KIND) {
    throw new UserError(
      `${source}: not an mlgate model manifest (kind ${JSON.stringify(kind ?? null)}; expected ${MODEL_MANIFEST_KIND})`
    );
  }
  const validator = documentValidator(MODEL_MANIFEST_SCHEMA);
  if (!validator(value)) {
    throw new UserError(
      `${source}: breaks the ${MODEL_MANIFEST_KIND} schema: ${schemaProblem(validator.errors, "the manifest")}`
    );
  }
  const manifest = value;
  const problem = inconsistency(manifest);
  if (problem !== void 0) throw new UserError(`${source}: ${problem}`);
  return manifest;
}
function formatModelManifest(manifest) {
  const text = `${JSON.stringify(manifest, null, 2)}
`;
  try {
    checkManifest(JSON.parse(text), "the manifest built for the release");
  } catch (error) {
    if (error instanceof UserError) throw new Error(error.message, { cause: error });
    throw error;
  }
  return text;
}

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
  const { request: send } = url.startsWith("https:") ? await import("node:https") : await import("node:http");
  const request = send(url, {
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
  const http = await transferClient(requestTimeoutMs);
  const response = await http.get(url, { authorization: await authorization(client), accept: "application/octet-stream" }).catch((error) => {
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

// packages/engine/src/compare/metric-judgement.ts
var EPSILON = 1e-12;
function deltaOf(baseline, current) {
  if (baseline?.type !== "number" || current?.type !== "number") return null;
  const absolute = current.value - baseline.value;
  return { absolute, relative: baseline.value === 0 ? null : absolute / Math.abs(baseline.value) };
}
function judgeMetric(rule, baseline, current) {
  const broke = (reason) => ({ verdict: rule.severity, reason });
  const baselineValue = baseline?.type === "null" ? null : baseline;
  if (current === null || current.type === "null") {
    const what = current === null ? "not in the current run" : "null in the current run";
    if (rule.required) return broke(`required, but ${what}`);
    if (baselineValue !== null) return { verdict: "missing", reason: what };
    return { verdict: "missing", reason: "null in the current run and absent from the baseline" };
  }
  if (isNonFinite(current) && !rule.allowNan) return broke(nonFiniteReason(baselineValue, current));
  const bounds = checkBounds(rule, current);
  if (bounds !== void 0) return bounds;
  return judgeChange(rule, baselineValue, current);
}
function checkBounds(rule, current) {
  if (rule.min === void 0 && rule.max === void 0) return void 0;
  if (!isNumeric(current)) {
    return { verdict: rule.severity, reason: `has bounds but is ${current.type}, not a number` };
  }
  if (current.type === "nan") return void 0;
  const value = numericOf(current);
  if (rule.min !== void 0 && value < rule.min) {
    return { verdict: rule.severity, reason: `${beside(value, rule.min)} is below the minimum ${rule.min}` };
  }
  if (rule.max !== void 0 && value > rule.max) {
    return { verdict: rule.severity, reason: `${beside(value, rule.max)} is above the maximum ${rule.max}` };
  }
  return void 0;
}
function beside(value, bound) {
  const shown = formatNumber(value);
  return Number(shown) === bound ? String(value) : shown;
}
function judgeChange(rule, baseline, current) {
  const broke = (reason) => ({ verdict: rule.severity, reason });
  if (baseline === null) return { verdict: "new", reason: "no baseline value" };
  if (!isNumeric(current)) {
    if (rule.direction === "equal" && !sameValue(baseline, current)) {
      return broke(`changed from ${metricValueText(baseline)} to ${metricValueText(current)}`);
    }
    if (isNumeric(baseline) && (rule.direction === "higher" || rule.direction === "lower")) {
      return broke(`was a number, now ${current.type}`);
    }
    return sameValue(baseline, current) ? { verdict: "pass", reason: "unchanged" } : { verdict: "changed", reason: "changed (informational)" };
  }
  if (!isNumeric(baseline))
    return { verdict: "new", reason: `the baseline held ${baseline.type}, not a number` };
  if (isNonFinite(current)) {
    const shown = metricValueText(current);
    return sameValue(baseline, current) ? { verdict: "pass", reason: `unchanged (${shown}, allowed by the rule)` } : { verdict: "changed", reason: `became ${shown}, allowed by the rule` };
  }
  if (isNonFinite(baseline)) {
    const shown = metricValueText(baseline);
    if (!rule.allowNan && rule.direction !== "none") {
      return broke(`the baseline was ${shown}, not a finite number, so the change cannot be judged`);
    }
    if (rule.direction === "equal") return broke(`changed from ${shown}`);
    const reason = baseline.type === "nan" ? "was NaN" : `was ${shown}, not a finite number`;
    return { verdict: rule.direction === "none" ? "changed" : "improved", reason };
  }
  const before = numericOf(baseline);
  const after = numericOf(current);
  if (before === after) return { verdict: "pass", reason: "unchanged" };
  if (rule.direction === "none") {
    return { verdict: "changed", reason: `${describeChange(after - before, before)} (informational)` };
  }
  const change = after - before;
  const allowance = allowanceAround(rule.tolerance, before);
  const slack = allowance + EPSILON * Math.max(Math.abs(before), Math.abs(after), 1);
  const described = describeChange(change, before);
  const limit = `the tolerance ${toleranceText(rule.tolerance)}`;
  if (rule.direction === "equal") {
    return Math.abs(change) <= slack ? { verdict: "pass", reason: `${described}, within ${limit}` } : broke(`${described}, more than ${limit}`);
  }
  const better = rule.direction === "higher" ? change > 0 : change < 0;
  if (Math.abs(change) <= slack) return { verdict: "pass", reason: `${described}, within ${limit}` };
  return better ? { verdict: "improved", reason: described } : broke(`${described}, more than ${limit}`);
}
function nonFiniteReason(baseline, current) {
  const shown = metricValueText(current);
  if (baseline !== null && sameValue(baseline, current)) {
    return current.type === "nan" ? "NaN (the baseline was NaN too)" : `${shown}, not a finite number (the baseline was ${shown} too)`;
  }
  if (current.type === "nan") return "became NaN";
  return baseline === null ? `${shown}, not a finite number` : `became ${shown}, not a finite number`;
}
function describeChange(change, before) {
  const verb = change > 0 ? "rose" : "dropped";
  const relative = before === 0 ? "" : ` (${formatSignedPercent(change / Math.abs(before))})`;
  return `${verb} ${formatNumber(Math.abs(change))}${relative}`;
}

// packages/engine/src/model/release-comparison.ts
function releaseMetrics(manifest) {
  const values = /* @__PURE__ */ new Map();
  for (const group of manifest.metrics) {
    for (const metric of group.metrics) if (!values.has(metric.name)) values.set(metric.name, metric.value);
  }
  return values;
}
function compareReleases(current, previous) {
  const now = releaseMetrics(current);
  const before = releaseMetrics(previous);
  const row = (name, baseline, value) => {
    const judgement = judgeMetric(BUILTIN_RULE, baseline, value);
    return {
      name,
      baseline,
      current: value,
      delta: deltaOf(baseline, value),
      verdict: judgement.verdict,
      reason: judgement.reason,
      rule: BUILTIN_RULE.origin
    };
  };
  return [
    ...[...now].map(([name, value]) => row(name, before.get(name) ?? null, value)),
    ...[...before].filter(([name]) => !now.has(name)).map(([name, value]) => row(name, value, null))
  ];
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
  deltaOf,
  judgeMetric,
  releaseMetrics,
  compareReleases,
  commitOfTag,
  formatModelManifest,
  uploadFileToRelease,
  transferRetryWaitMs,
  downloadReleaseAsset,
  readReleaseManifest
};
