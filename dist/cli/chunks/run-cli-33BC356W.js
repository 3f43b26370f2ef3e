import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  CLASSIFICATION_METRICS,
  DATA_FORMATS,
  DEFAULT_EXAMPLES_PER_COLUMN,
  DEFAULT_INFER_SAMPLE_ROWS,
  DEFAULT_MAX_ERRORS,
  DEFAULT_SEED,
  DRIFT_METHODS,
  FAIL_ON,
  MAX_MANIFEST_BYTES,
  MAX_PROFILE_BYTES,
  MAX_RESAMPLES,
  MLGATE_VERSION,
  MODEL_CARD_FILE,
  MODEL_MANIFEST_FILE,
  MetricPolicy,
  NAMESPACE_MODES,
  REGRESSION_METRICS,
  RELEASE_OWN_FILES,
  RENAMED_FAIL_ON,
  SHA256SUMS_FILE,
  baselineSpecText,
  buildModelManifest,
  canonicalJson,
  checkAssetName,
  checkBaselineName,
  checkCheckName,
  checkFilePattern,
  checkModelFiles,
  checkModelName,
  checkReleaseProfiles,
  checkRunName,
  combineMetricsFiles,
  commandLabel,
  commentMarkdown,
  compareMetrics,
  compareVersions,
  compileSchema,
  createBaselineSnapshot,
  datasetDrift,
  describeDigestCheck,
  detectFormat,
  diffSchemas,
  displayPath,
  evaluateApproval,
  evaluateWithBaseline,
  expandFilePatterns,
  fileKind,
  findConfig,
  formatModelManifest,
  formatSha256Sums,
  formatVersion,
  gate,
  gateFromCheckRuns,
  gateFromReports,
  glob,
  inferTableSchema,
  internalErrorLine,
  isDynamicPattern,
  isPlainServerUrl,
  loadCurrentMetrics,
  loadMetricsFiles,
  loadSchema,
  measurePredictions,
  mergePartials,
  openDataInputs,
  parseBaselineText,
  parseMetricsText,
  parseModelManifest,
  parsePartial,
  parseProfile,
  parseSha256Sums,
  parseShard,
  parseVersion,
  parseVersionBump,
  planRun,
  profileAssetName,
  readBaselineFile,
  readPredictions,
  readReportFile,
  readReportFiles,
  readUserBytes,
  readUserText,
  redactSecrets,
  releaseMetrics,
  renderHubModelCard,
  renderReleaseBody,
  renderReportText,
  reportFileName,
  resolveVersion,
  sha256File,
  sha256OfAssetDigest,
  sideOf,
  sideShape,
  summaryMarkdown,
  terminalText,
  tokensIn,
  userErrorLine,
  validateAndProfileData,
  validateDataset,
  validateShard,
  verifySha256Sums,
  versionOfTag,
  wantsDebug,
  writeFileAtomically,
  writePartial,
  writeReportFile
} from "./chunk-BQIY6PAP.js";
import "./chunk-F2IDUSPK.js";
import {
  ExitCode,
  UserError,
  isUserError
} from "./chunk-LPQDUCI6.js";
import {
  warning
} from "./chunk-5YVQPYT3.js";
import "./chunk-JY54KWOX.js";

// packages/github/src/event-subject.ts
function isPushToDefaultBranch(context) {
  if (context.eventName !== "push") return false;
  const repository = context.payload["repository"];
  const defaultBranch = repository?.default_branch;
  return defaultBranch !== void 0 && context.ref === `refs/heads/${defaultBranch}`;
}
var MAX_EVENT_BYTES = 25 * 1024 * 1024;

// packages/github/src/github-failure.ts
function describeGitHubFailure(error) {
  const failure2 = error;
  const code = networkFailureCode(error);
  if (code !== void 0 && failure2?.request !== void 0) {
    const url2 = (failure2.request.url ?? "").replace(/\?.*$/, "");
    const request = `${failure2.request.method ?? "a request"} ${url2}`;
    if (code === "ETIMEDOUT")
      return `GitHub at ${originOf(url2)} did not answer ${request}: ${firstLine(failure2.message)}`;
    return `cannot reach GitHub at ${originOf(url2)}: ${code} (${request})`;
  }
  if (failure2?.name !== "HttpError" || failure2.request === void 0 || typeof failure2.status !== "number") {
    return void 0;
  }
  const url = (failure2.request.url ?? "").replace(/\?.*$/, "");
  return `GitHub answered ${failure2.status} to ${failure2.request.method ?? "a request"} ${url}: ${firstLine(failure2.message)}`;
}
function firstLine(message) {
  return (message ?? "").split("\n")[0].slice(0, 300);
}
function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
function httpStatusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function networkFailureCode(error) {
  const failure2 = error;
  if (typeof failure2 !== "object" || failure2 === null) return void 0;
  if (failure2.response !== void 0) return void 0;
  if (typeof failure2.status === "number" && failure2.status !== 500) return void 0;
  let cause = failure2;
  for (let depth = 0; depth < 5 && typeof cause === "object" && cause !== null; depth++) {
    const code = cause.code;
    if (typeof code === "string" && code !== "") return code.startsWith("UND_ERR") ? "ECONNRESET" : code;
    cause = cause.cause;
  }
  return failure2.status === 500 && "cause" in failure2 ? "ECONNRESET" : void 0;
}

// packages/github/src/actions-service-call.ts
var ACTIONS_SERVICE_BUDGET_MS = 12e4;
var ActionsServiceTimeout = class extends Error {
  name = "ActionsServiceTimeout";
};
async function withinBudget(call, budgetMs, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new ActionsServiceTimeout(`${what} did not answer within ${Math.round(budgetMs / 1e3)} s`)),
      budgetMs
    );
    timer.unref();
  });
  try {
    return await Promise.race([call, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
async function watchedWithinBudget(prefix, call, budgetMs, what) {
  const write = process.stdout.write;
  let failure2;
  let watching = true;
  const pattern = new RegExp(`^::(?:warning|error)(?: [^:]*)?::${prefix}(.*)$`, "m");
  const watch = function(chunk, ...rest) {
    if (watching && failure2 === void 0) {
      const text2 = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      const match = pattern.exec(text2);
      if (match !== null) failure2 = match[1]?.replaceAll("%0A", " ").replaceAll("%25", "%");
    }
    return write.call(this, chunk, ...rest);
  };
  process.stdout.write = watch;
  try {
    const value = await withinBudget(call(), budgetMs, what);
    return { value, failure: failure2 };
  } finally {
    watching = false;
    if (process.stdout.write === watch) process.stdout.write = write;
  }
}

// packages/github/src/baseline/cache-baseline-store.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// packages/github/src/baseline/cache-entry.ts
import { rm } from "node:fs/promises";
var DOWNLOAD_TIMEOUT_MS = 3e4;
var NO_COMMIT = /^0{40}$/;
function text(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function anchorCommit(context) {
  const pull = context.payload["pull_request"];
  const sha = text(pull?.base?.sha) ?? (context.eventName === "push" ? text(context.payload["before"]) : void 0);
  return sha !== void 0 && !NO_COMMIT.test(sha) ? sha : void 0;
}
async function restoreCacheEntry(relative, directory, prefix, context, budgetMs = ACTIONS_SERVICE_BUDGET_MS) {
  const cache = await import("./cache-34LOD6XF.js");
  if (!cache.isFeatureAvailable()) return { kind: "unavailable" };
  const anchor = anchorCommit(context);
  await rm(directory, { recursive: true, force: true });
  try {
    const restored = await watchedWithinBudget(
      "Failed to restore: ",
      () => cache.restoreCache([relative], anchor !== void 0 ? `${prefix}${anchor}` : prefix, [prefix], {
        timeoutInMs: DOWNLOAD_TIMEOUT_MS,
        segmentTimeoutInMs: DOWNLOAD_TIMEOUT_MS
      }),
      budgetMs,
      "the Actions cache service"
    );
    if (restored.failure !== void 0) return { kind: "failed", why: restored.failure };
    return restored.value === void 0 ? { kind: "none" } : { kind: "restored", key: restored.value };
  } catch (error) {
    return { kind: "failed", why: error.message };
  }
}

// packages/github/src/baseline/baseline-store.ts
function noBaseline(reason) {
  return { provenance: { source: "none", reason }, metrics: /* @__PURE__ */ new Map() };
}

// packages/github/src/baseline/cache-baseline-store.ts
var SNAPSHOT_FILE = "baseline.json";
function baselineCacheKeyPrefix(name) {
  return `mlgate-baseline-${name}-`;
}
function baselineCachePath(name) {
  return `.mlgate/baseline/${name}`;
}
function cacheBaselineStore(options) {
  const { workspace, name, context } = options;
  const budgetMs = options.budgetMs ?? ACTIONS_SERVICE_BUDGET_MS;
  checkBaselineName(name, "baseline name");
  const prefix = baselineCacheKeyPrefix(name);
  const relative = baselineCachePath(name);
  const directory = path.join(workspace, relative);
  const snapshotFile = path.join(directory, SNAPSHOT_FILE);
  const cacheClient = () => import("./cache-34LOD6XF.js");
  return {
    source: "cache",
    async restore() {
      const entry = await restoreCacheEntry(relative, directory, prefix, context, budgetMs);
      if (entry.kind === "unavailable") {
        return noBaseline("the Actions cache service is not available here (ACTIONS_RESULTS_URL is not set)");
      }
      if (entry.kind === "failed") return unreadable(entry.why);
      if (entry.kind === "none") {
        return noBaseline(`no cache entry '${prefix}*' yet: a push to the default branch saves one`);
      }
      const matched = entry.key;
      let snapshot;
      try {
        snapshot = await readFile(snapshotFile, "utf8");
      } catch {
        return noBaseline(`cache entry '${matched}' holds no ${SNAPSHOT_FILE}`);
      }
      const restored = parseBaselineText(snapshot, `${relative}/${SNAPSHOT_FILE}`);
      const saved = restored.provenance;
      return {
        provenance: {
          source: "cache",
          key: matched,
          commit: saved.source !== "none" && saved.commit !== void 0 ? saved.commit : matched.slice(prefix.length),
          date: saved.source !== "none" && saved.date !== void 0 ? saved.date : ""
        },
        metrics: restored.metrics,
        ...restored.history !== void 0 ? { history: restored.history } : {}
      };
    },
    async save(request) {
      if (!isPushToDefaultBranch(context)) {
        return { saved: false, reason: "baselines are saved only by pushes to the default branch" };
      }
      const cache = await cacheClient();
      if (!cache.isFeatureAvailable()) {
        return { saved: false, reason: "the Actions cache service is not available here" };
      }
      const key = `${prefix}${context.sha}`;
      const snapshot = createBaselineSnapshot(
        request.metrics,
        { source: "cache", key, commit: context.sha, date: (/* @__PURE__ */ new Date()).toISOString() },
        request.data,
        { previous: request.history, length: request.historyLength }
      );
      await mkdir(directory, { recursive: true });
      await writeFile(snapshotFile, `${JSON.stringify(snapshot, null, 2)}
`);
      let id;
      try {
        const saved = await watchedWithinBudget(
          "Failed to save: ",
          () => cache.saveCache([relative], key),
          budgetMs,
          "the Actions cache service"
        );
        if (saved.failure !== void 0) {
          return { saved: false, reason: `the Actions cache service failed: ${saved.failure}` };
        }
        id = saved.value;
      } catch (error) {
        const reason = `the Actions cache service failed: ${error.message}`;
        warning(`The baseline was not saved: ${reason}`);
        return { saved: false, reason };
      }
      if (id === -1) {
        return { saved: false, reason: `the cache did not take '${key}'` };
      }
      return { saved: true, key };
    }
  };
}
function unreadable(why) {
  warning(`The Actions cache service failed, so the baseline could not be read: ${why}`);
  return noBaseline(`the baseline could not be read: the Actions cache service failed (${why})`);
}

// packages/github/src/baseline/file-baseline-store.ts
function fileBaselineStore(workspace, file) {
  return { source: "file", restore: () => readBaselineFile(file, workspace) };
}

// packages/github/src/baseline/git-file-at-ref.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var FileNotAtRefError = class extends UserError {
  constructor(message, sha) {
    super(message);
    this.sha = sha;
  }
  sha;
};
async function git(cwd, args) {
  const { stdout } = await run("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}
async function resolveCommit(cwd, ref) {
  try {
    return (await git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim();
  } catch {
    return void 0;
  }
}
async function readFileAtRef(cwd, ref, file, options = {}) {
  if (ref.startsWith("-")) throw new UserError(`baseline ref '${ref}' is not a ref`);
  let sha = await resolveCommit(cwd, ref);
  if (sha === void 0) {
    const branch = ref.replace(/^origin\//, "");
    try {
      await git(cwd, [
        "fetch",
        "--no-tags",
        "--depth=1",
        "origin",
        `+${branch}:refs/remotes/origin/${branch}`
      ]);
    } catch {
      try {
        await git(cwd, ["fetch", "--no-tags", "--depth=1", "origin", branch]);
      } catch {
        throw new UserError(
          `baseline ref '${ref}' is not in this clone and could not be fetched from origin`
        );
      }
    }
    sha = await resolveCommit(cwd, ref) ?? await resolveCommit(cwd, `origin/${branch}`) ?? await resolveCommit(cwd, "FETCH_HEAD");
    if (sha === void 0) throw new UserError(`baseline ref '${ref}' does not name a commit`);
  }
  const relative = file.replace(/^\.\//, "");
  if (options.maxBytes !== void 0) {
    let size;
    try {
      size = Number((await git(cwd, ["cat-file", "-s", `${sha}:${relative}`])).trim());
    } catch {
      throw new FileNotAtRefError(`'${relative}' does not exist at ${ref} (${sha.slice(0, 12)})`, sha);
    }
    if (!(size <= options.maxBytes))
      throw new UserError(
        `the ${options.what ?? "file"} '${relative}' has ${size} bytes at ${ref}; at most ${options.maxBytes} are read`
      );
  }
  let content;
  try {
    const { stdout } = await run("git", ["show", `${sha}:${relative}`], {
      cwd,
      encoding: "buffer",
      maxBuffer: 256 * 1024 * 1024
    });
    content = stdout;
  } catch {
    throw new FileNotAtRefError(`'${relative}' does not exist at ${ref} (${sha.slice(0, 12)})`, sha);
  }
  const date = (await git(cwd, ["show", "-s", "--format=%cI", sha])).trim();
  return { content, sha, date };
}

// packages/github/src/baseline/git-baseline-store.ts
function gitBaselineStore(options) {
  const { workspace, ref } = options;
  return {
    source: "git",
    async restore() {
      const found = [];
      const absent = [];
      for (const file of options.files) {
        try {
          found.push({ file, at: await readFileAtRef(workspace, ref, file) });
        } catch (error) {
          if (!(error instanceof FileNotAtRefError)) throw error;
          absent.push(file);
        }
      }
      const [first] = found;
      if (first === void 0) return noBaseline(`${absent.join(", ")} not at ${ref}`);
      const files = found.map(({ file, at }) => ({
        file,
        metrics: parseMetricsText(at.content.toString("utf8"), `${ref}:${file}`)
      }));
      return {
        provenance: {
          source: "git",
          ref,
          path: found.map(({ file }) => file).join(", "),
          commit: first.at.sha,
          date: first.at.date
        },
        metrics: combineMetricsFiles(files, options.namespace)
      };
    }
  };
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

// packages/github/src/release/release-manifest.ts
import { mkdtemp, rm as rm3 } from "node:fs/promises";
import os from "node:os";
import path3 from "node:path";

// packages/github/src/release/transfer/release-download.ts
import { mkdir as mkdir2, rename, rm as rm2 } from "node:fs/promises";
import path2 from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// packages/github/src/retry-budget.ts
var RetryLedger = class {
  constructor(budgetMs) {
    this.budgetMs = budgetMs;
  }
  budgetMs;
  spentMs = 0;
  /** Charges time already lost (a failed try). */
  spend(ms) {
    this.spentMs += ms;
  }
  /** Charges a wait before a retry if it fits; false means give up now. */
  reserve(ms) {
    if (this.spentMs + ms > this.budgetMs) return false;
    this.spentMs += ms;
    return true;
  }
  get spent() {
    return this.spentMs;
  }
};
function nextRetryWaitMs(retryCount, retryBaseMs) {
  return (retryCount + 1) ** 2 * retryBaseMs;
}
var UNREACHABLE = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
function retryVerdict(error, method, retryCount) {
  const failure2 = error;
  const code = networkFailureCode(error);
  if (code !== void 0) {
    if (UNREACHABLE.has(code)) return retryCount >= 1 ? "final" : "backoff";
    const isGraphQL = /\/graphql$/.test(failure2.request?.url ?? "");
    return method.toUpperCase() === "POST" && !isGraphQL ? "final" : "backoff";
  }
  return typeof failure2.status === "number" && failure2.status >= 500 ? "backoff" : "plugins";
}
var finals = /* @__PURE__ */ new WeakSet();
function markFinal(error) {
  if (typeof error !== "object" || error === null) return error;
  const failure2 = error;
  if (failure2.request !== void 0) failure2.request = { ...failure2.request, request: void 0 };
  finals.add(error);
  return error;
}
function isFinal(error) {
  return typeof error === "object" && error !== null && finals.has(error);
}

// packages/github/src/github-client.ts
var DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;
var DEFAULT_RETRY_BUDGET_SECONDS = 300;
var WRITE_SPACING_MS = 1e3;
var NOTIFYING_WRITE_SPACING_MS = 3e3;
var limitsOf = /* @__PURE__ */ new WeakMap();
function clientLimits(client) {
  return limitsOf.get(client) ?? {
    requestTimeoutMs: DEFAULT_REQUEST_TIMEOUT_SECONDS * 1e3,
    retryBaseMs: 1e3,
    rateLimitSecondMs: 1e3,
    ledger: new RetryLedger(DEFAULT_RETRY_BUDGET_SECONDS * 1e3)
  };
}
function secondsFromEnv(env, name, fallback) {
  const text2 = env[name];
  const seconds = text2 === void 0 || text2.trim() === "" ? NaN : Number(text2);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : fallback) * 1e3;
}
var clientCount = 0;
async function createGitHubClient(options) {
  const { token } = options;
  if (token === "") throw new TypeError("createGitHubClient needs a token");
  const [{ getOctokit }, { retry }, { throttling }, { default: Bottleneck }] = await Promise.all([
    import("./github-Z7V2PHBK.js"),
    import("./dist-bundle-VHLI33CW.js"),
    import("./dist-bundle-D7J62PDO.js"),
    import("./light-OQU44MHC.js")
  ]);
  const env = options.env ?? process.env;
  const { warn } = options;
  const retries = options.retries ?? 3;
  const retryBaseMs = options.retryBaseMs ?? 1e3;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const secondMs = options.rateLimitSecondMs ?? 1e3;
  const limits = {
    retryBaseMs,
    rateLimitSecondMs: secondMs,
    requestTimeoutMs: options.requestTimeoutMs ?? secondsFromEnv(env, "MLGATE_GITHUB_TIMEOUT_SECONDS", DEFAULT_REQUEST_TIMEOUT_SECONDS),
    ledger: new RetryLedger(
      options.retryBudgetMs ?? secondsFromEnv(env, "MLGATE_GITHUB_RETRY_BUDGET_SECONDS", DEFAULT_RETRY_BUDGET_SECONDS)
    )
  };
  const shouldWait = (kind) => (retryAfter, request, _octokit, retryCount) => {
    const wait = retryCount < rateLimitRetries && retryAfter <= maxWait && limits.ledger.reserve(retryAfter * secondMs);
    warn(
      `GitHub ${kind} rate limit on ${request.method} ${request.url}: ${wait ? `retrying in ${retryAfter}s` : "giving up"}`
    );
    return wait;
  };
  const writeSpacing = options.writeSpacingMs ?? WRITE_SPACING_MS;
  const spacing = (minTime) => new Bottleneck.Group({ maxConcurrent: 1, minTime });
  const client = getOctokit(
    token,
    {
      ...options.baseUrl !== void 0 ? { baseUrl: options.baseUrl } : {},
      retry: {
        retries,
        retryAfterBaseValue: retryBaseMs,
        // 429 is the throttling plugin's to wait out, at the time GitHub names, not at octokit's backoff.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
      },
      throttle: {
        id: `mlgate-${++clientCount}`,
        retryAfterBaseValue: secondMs,
        write: spacing(writeSpacing),
        notifications: spacing(
          options.writeSpacingMs === void 0 ? NOTIFYING_WRITE_SPACING_MS : writeSpacing
        ),
        onRateLimit: shouldWait("primary"),
        onSecondaryRateLimit: shouldWait("secondary")
      }
    },
    // First: its hook runs innermost, once per try, inside the retries and the throttling.
    boundedTries(limits, { retries, retryBaseMs }),
    retry,
    throttling
  );
  limitsOf.set(client, limits);
  return client;
}
var callerSignals = /* @__PURE__ */ new WeakMap();
function boundedTries(limits, backoff) {
  return (octokit) => {
    octokit.hook.wrap("request", async (request, endpoint) => {
      const options = { ...endpoint, url: octokit.request.endpoint.parse(endpoint).url };
      const started = Date.now();
      const timeout = AbortSignal.timeout(limits.requestTimeoutMs);
      if (!callerSignals.has(endpoint)) callerSignals.set(endpoint, endpoint.request?.signal ?? void 0);
      const own = callerSignals.get(endpoint);
      const signal = own === void 0 ? timeout : AbortSignal.any([own, timeout]);
      endpoint.request = { ...endpoint.request, signal };
      try {
        const response = await request(endpoint);
        if (isCutShort(response)) throw connectionLost(options, "the answer broke off before its end");
        return response;
      } catch (caught) {
        if (isFinal(caught)) throw caught;
        const error = timeout.aborted && !own?.aborted ? timedOut(options, limits.requestTimeoutMs, caught) : caught;
        limits.ledger.spend(Date.now() - started);
        const retryCount = options.request?.retryCount ?? 0;
        const verdict = retryVerdict(error, options.method, retryCount);
        if (verdict === "final") throw markFinal(error);
        if (verdict === "backoff") {
          const retriesLeft = (options.request?.retries ?? backoff.retries) > retryCount;
          if (retriesLeft && !limits.ledger.reserve(nextRetryWaitMs(retryCount, backoff.retryBaseMs))) {
            throw markFinal(error);
          }
        }
        throw error;
      }
    });
  };
}
function isCutShort(response) {
  const { status, data, headers } = response;
  return status !== 204 && data === "" && Number(headers["content-length"] ?? "0") > 0;
}
function noAnswer(options, reason) {
  const { authorization: _token, ...headers } = options.headers ?? {};
  return Object.assign(new Error(reason.message, { cause: reason }), {
    name: "HttpError",
    status: 500,
    request: { ...options, headers }
  });
}
function timedOut(options, timeoutMs, cause) {
  const seconds = timeoutMs / 1e3;
  return noAnswer(
    options,
    Object.assign(new Error(`no answer within ${seconds} s`), { code: "ETIMEDOUT", cause })
  );
}
function connectionLost(options, message) {
  return noAnswer(options, Object.assign(new Error(message), { code: "ECONNRESET" }));
}

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
  const timedOut2 = typeof message === "string" && message.startsWith("Request timeout");
  const code = timedOut2 ? "ETIMEDOUT" : cause?.code;
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
function parsed(text2) {
  try {
    return JSON.parse(text2);
  } catch {
    return text2;
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
  await mkdir2(dir, { recursive: true });
  const target = path2.join(dir, asset.name);
  const partial = `${target}.${process.pid}.partial`;
  const { retryBaseMs, ledger } = clientLimits(client);
  for (let attempt = 1; ; attempt++) {
    const started = Date.now();
    try {
      const sha256 = await downloadAssetToFile(client, repository, asset.id, partial);
      await rename(partial, target);
      return sha256;
    } catch (error) {
      await rm2(partial, { force: true });
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
  const dir = await mkdtemp(path3.join(os.tmpdir(), "mlgate-manifest-"));
  try {
    await downloadReleaseAsset(client, repository, asset, dir);
    const source = `${release.tag_name}/${MODEL_MANIFEST_FILE}`;
    const text2 = await readUserText(path3.join(dir, asset.name), {
      what: "release manifest",
      shownAs: source,
      maxBytes: MAX_MANIFEST_BYTES
    });
    return parseModelManifest(text2, source);
  } finally {
    await rm3(dir, { recursive: true, force: true });
  }
}

// packages/github/src/baseline/release-baseline-store.ts
var RELEASE_METRICS_ASSET = "metrics.json";
function releaseBaselineStore(options) {
  return {
    source: "release",
    async restore() {
      const client = await options.client();
      const { owner, repo } = await options.repository();
      let release;
      try {
        ({ data: release } = await client.rest.repos.getLatestRelease({ owner, repo }));
      } catch (error) {
        if (httpStatusOf(error) === 404) return noBaseline(`${owner}/${repo} has no published release`);
        throw error;
      }
      const provenance = async (asset2, snapshotCommit2) => ({
        source: "release",
        tag: release.tag_name,
        asset: asset2,
        commit: await commitOfTag(client, { owner, repo }, release.tag_name) ?? snapshotCommit2 ?? release.target_commitish,
        date: release.published_at ?? release.created_at,
        url: release.html_url
      });
      const manifest = await readReleaseManifest(client, { owner, repo }, release);
      if (manifest !== void 0 && manifest.metrics.length > 0) {
        const source = `${release.tag_name}/${MODEL_MANIFEST_FILE}`;
        const metrics = new Map(
          [...releaseMetrics(manifest)].map(([name, value]) => [
            name,
            { name, value, file: source, line: 1 }
          ])
        );
        return { provenance: await provenance(MODEL_MANIFEST_FILE, manifest.commit), metrics };
      }
      const asset = release.assets.find((candidate) => candidate.name === RELEASE_METRICS_ASSET);
      if (asset === void 0) {
        return noBaseline(
          `release ${release.tag_name} has no metrics: neither a ${MODEL_MANIFEST_FILE} with metrics nor a ${RELEASE_METRICS_ASSET} asset`
        );
      }
      const { data } = await client.rest.repos.getReleaseAsset({
        owner,
        repo,
        asset_id: asset.id,
        headers: { accept: "application/octet-stream" }
      });
      const text2 = Buffer.from(data).toString("utf8");
      const parsed2 = parseBaselineText(text2, `${release.tag_name}/${asset.name}`);
      const snapshotCommit = parsed2.provenance.source !== "none" ? parsed2.provenance.commit : void 0;
      return { provenance: await provenance(asset.name, snapshotCommit), metrics: parsed2.metrics };
    }
  };
}

// packages/github/src/baseline/open-baseline-store.ts
function openBaselineStore(spec, store) {
  switch (spec.kind) {
    case "cache":
      if (store.context === void 0) {
        throw new UserError(
          "the cache baseline lives in the GitHub Actions cache, which only a workflow run can read; use git:<ref>, release or file:<path> here"
        );
      }
      return cacheBaselineStore({ workspace: store.workspace, name: store.name, context: store.context });
    case "git":
      return gitBaselineStore({
        workspace: store.workspace,
        ref: spec.ref,
        files: store.currentFiles,
        namespace: store.namespace
      });
    case "release":
      return releaseBaselineStore({ client: store.client, repository: store.repository });
    case "file":
      return fileBaselineStore(store.workspace, spec.path);
  }
}

// packages/github/src/release/model-files.ts
import { stat } from "node:fs/promises";
import path4 from "node:path";
async function filesOf(pattern, workspace, from) {
  if (isDynamicPattern(pattern)) {
    const matches = (await glob(checkFilePattern(pattern, from), { cwd: workspace, onlyFiles: true })).sort();
    if (matches.length === 0) throw new UserError(`${from}: '${pattern}' matches no file`);
    return matches;
  }
  const info = await stat(path4.resolve(workspace, pattern)).catch(() => void 0);
  if (info === void 0) throw new UserError(`${from}: no such file or directory: ${pattern}`);
  if (!info.isDirectory()) return [pattern];
  const inside = (await glob("**/*", { cwd: path4.resolve(workspace, pattern), onlyFiles: true })).sort();
  if (inside.length === 0) throw new UserError(`${from}: the directory ${pattern} holds no file`);
  return inside.map((file) => path4.join(pattern, file));
}
async function resolveModelFiles(patterns, workspace, from) {
  if (patterns.length === 0) throw new UserError(`${from}: give the model's files`);
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    for (const file of await filesOf(pattern, workspace, from)) {
      const absolute = path4.resolve(workspace, file);
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      const info = await stat(absolute);
      const shownAs = file.split(path4.sep).join("/");
      if (!info.isFile())
        throw new UserError(`${from}: ${shownAs} is not a regular file (a ${fileKind(info)})`);
      files.push({ name: path4.basename(file), path: absolute, shownAs, bytes: info.size });
    }
  }
  checkModelFiles(files);
  return files;
}
async function hashModelFiles(files) {
  const hashed = [];
  for (const file of files) {
    hashed.push({ ...file, sha256: await sha256File(file.path, file.bytes, { inThread: true }) });
  }
  return hashed;
}

// packages/github/src/release/model-publication.ts
import { mkdir as mkdir3, writeFile as writeFile2 } from "node:fs/promises";
import path5 from "node:path";

// packages/github/src/release/transfer/release-asset-upload.ts
import { setTimeout as sleep2 } from "node:timers/promises";
function defaultUploadPolicy(client) {
  return { attempts: 4, backoffMs: clientLimits(client).retryBaseMs };
}
function assetSha256(asset) {
  return sha256OfAssetDigest(asset.digest);
}
function isAlreadyExists(error) {
  const errors = error.response?.data?.errors;
  return httpStatusOf(error) === 422 && errors?.some((entry) => entry.code === "already_exists") === true;
}
async function listReleaseAssets(client, release) {
  return client.paginate(client.rest.repos.listReleaseAssets, {
    owner: release.owner,
    repo: release.repo,
    release_id: release.id,
    per_page: 100
  });
}
async function deleteReleaseAsset(client, release, id) {
  await client.rest.repos.deleteReleaseAsset({ owner: release.owner, repo: release.repo, asset_id: id });
}
async function uploadReleaseAsset(client, release, file, policy = defaultUploadPolicy(client)) {
  let lastError;
  let wait = 0;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (wait > 0) await sleep2(wait);
    wait = 0;
    const started = Date.now();
    try {
      const data = await uploadFileToRelease(client, release.uploadUrl, file);
      const digest = assetSha256(data);
      if (digest === void 0 || digest === file.sha256) return data;
      lastError = new Error(`${file.name} arrived with sha256 ${digest}, not ${file.sha256}`);
      await deleteReleaseAsset(client, release, data.id);
    } catch (error) {
      lastError = error;
      clientLimits(client).ledger.spend(Date.now() - started);
      if (isAlreadyExists(error)) {
        const present = (await listReleaseAssets(client, release)).find((asset) => asset.name === file.name);
        if (present !== void 0 && assetSha256(present) === file.sha256) return present;
        if (present !== void 0) await deleteReleaseAsset(client, release, present.id);
        continue;
      }
      if (attempt === policy.attempts) break;
      const next = transferRetryWaitMs(client, error, attempt, policy.backoffMs);
      if (next === void 0) throw error;
      wait = next;
    }
  }
  throw lastError;
}

// packages/github/src/release/model-release.ts
function validationErrors(error) {
  if (httpStatusOf(error) !== 422) return [];
  return error.response?.data?.errors ?? [];
}
var short = (sha) => sha.slice(0, 7);
async function releasesWithTag(client, owner, repo, tag) {
  const releases = await client.paginate(client.rest.repos.listReleases, { owner, repo, per_page: 100 });
  return releases.filter((release) => release.tag_name === tag).sort((a, b) => a.id - b.id);
}
function asDraft(request, release) {
  return { owner: request.owner, repo: request.repo, id: release.id, uploadUrl: release.upload_url };
}
function differences(assets, expected, present = []) {
  const byName = new Map(assets.map((asset) => [asset.name, asset]));
  const problems = [];
  for (const file of expected) {
    const asset = byName.get(file.name);
    if (asset === void 0) problems.push(`${file.name} is missing`);
    else if (assetSha256(asset) !== file.sha256) problems.push(`${file.name} differs`);
    byName.delete(file.name);
  }
  for (const name of present) {
    if (!byName.delete(name)) problems.push(`${name} is missing`);
  }
  for (const name of byName.keys()) problems.push(`${name} is not one of the model's files`);
  return problems;
}
function settle(request, releases) {
  const published = releases.find((release) => !release.draft);
  if (published !== void 0) return published;
  const drafts = releases.filter((release) => release.draft);
  const foreign = drafts.find((release) => release.target_commitish !== request.commit);
  if (foreign !== void 0 && drafts.every((release) => release.target_commitish !== request.commit)) {
    throw new UserError(
      `a draft release ${request.tag} exists for ${short(foreign.target_commitish)}, not ${short(request.commit)}: delete it, or choose another version`
    );
  }
  return drafts.find((release) => release.target_commitish === request.commit);
}
async function claimRelease(client, request) {
  const { owner, repo, tag, commit } = request;
  const found = settle(request, await releasesWithTag(client, owner, repo, tag));
  if (found !== void 0) {
    return found.draft ? { state: "draft", release: found } : { state: "published", release: found };
  }
  let created;
  try {
    ({ data: created } = await client.rest.repos.createRelease({
      owner,
      repo,
      tag_name: tag,
      target_commitish: commit,
      name: request.title,
      body: `${request.title}: being published by mlgate.`,
      draft: true,
      prerelease: request.prerelease
    }));
  } catch (error) {
    if (validationErrors(error).some((entry) => /used by an immutable release/.test(entry.message ?? ""))) {
      throw new UserError(
        `the tag ${tag} was used by an immutable release and can never be used again: choose another version`
      );
    }
    throw error;
  }
  const winner = settle(request, await releasesWithTag(client, owner, repo, tag)) ?? created;
  if (winner.id !== created.id) {
    await client.rest.repos.deleteRelease({ owner, repo, release_id: created.id });
    request.log(`another run made the release ${tag} at the same time; continuing with it`);
    return winner.draft ? { state: "draft", release: winner } : { state: "published", release: winner };
  }
  request.log(`created the draft release ${tag}`);
  return { state: "draft", release: created };
}
var OWN_FILE_NAMES = [MODEL_MANIFEST_FILE, MODEL_CARD_FILE, SHA256SUMS_FILE];
async function confirmPublished(client, request, release) {
  const assets = await listReleaseAssets(client, asDraft(request, release));
  const problems = differences(assets, request.modelFiles, request.ownFileNames ?? OWN_FILE_NAMES);
  if (problems.length > 0) {
    throw new UserError(
      `the release ${request.tag} is already published with other files (${problems.join("; ")}): choose another version`
    );
  }
  request.log(`the release ${request.tag} is already published with these files; nothing changed`);
  return {
    outcome: "already-published",
    release: { id: release.id, tag: request.tag, url: release.html_url }
  };
}
async function publishModelRelease(client, request) {
  const { owner, repo, tag, commit } = request;
  const tagged = await commitOfTag(client, { owner, repo }, tag);
  if (tagged !== void 0 && tagged !== commit) {
    throw new UserError(
      `the tag ${tag} already points at ${short(tagged)}, not ${short(commit)}: choose another version`
    );
  }
  const claim = await claimRelease(client, request);
  if (claim.state === "published") return confirmPublished(client, request, claim.release);
  const release = claim.release;
  const draft = asDraft(request, release);
  const files = [
    ...request.modelFiles,
    ...await request.ownFiles({ createdAt: new Date(release.created_at) })
  ];
  const wanted = new Map(files.map((file) => [file.name, file]));
  const kept = /* @__PURE__ */ new Set();
  for (const asset of await listReleaseAssets(client, draft)) {
    const file = wanted.get(asset.name);
    if (file !== void 0 && asset.state === "open") continue;
    if (file !== void 0 && assetSha256(asset) === file.sha256) kept.add(asset.name);
    else await deleteReleaseAsset(client, draft, asset.id);
  }
  for (const file of files) {
    if (kept.has(file.name)) continue;
    await uploadReleaseAsset(client, draft, file, request.uploadPolicy ?? defaultUploadPolicy(client));
    request.log(`uploaded ${file.name} (${file.bytes} bytes, sha256 ${file.sha256.slice(0, 12)}…)`);
  }
  const problems = differences(await listReleaseAssets(client, draft), files);
  if (problems.length > 0) {
    throw new Error(
      `the draft ${tag} does not hold the model after uploading (${problems.join("; ")}); nothing was published`
    );
  }
  let published;
  try {
    ({ data: published } = await client.rest.repos.updateRelease({
      owner,
      repo,
      release_id: release.id,
      name: request.title,
      body: request.body(),
      draft: false,
      prerelease: request.prerelease,
      make_latest: request.makeLatest ? "true" : "false"
    }));
  } catch (error) {
    if (!validationErrors(error).some((entry) => entry.code === "already_exists")) throw error;
    const theirs = (await releasesWithTag(client, owner, repo, tag)).find((other) => !other.draft);
    if (theirs === void 0) throw error;
    await client.rest.repos.deleteRelease({ owner, repo, release_id: release.id });
    return confirmPublished(client, request, theirs);
  }
  const immutable = published.immutable === true;
  request.log(`published ${tag}${immutable ? " (immutable)" : ""}: ${published.html_url}`);
  return { outcome: "published", release: { id: published.id, tag, url: published.html_url } };
}

// packages/github/src/release/publish-evidence.ts
function of(pull) {
  return { number: pull.number, url: pull.html_url, headSha: pull.head.sha };
}
async function pullRequestOfCommit(client, context, commit) {
  const fromEvent = context.payload?.["pull_request"];
  if (fromEvent !== void 0 && typeof fromEvent.number === "number") {
    const { owner: owner2, repo: repo2 } = context.repo;
    const { data } = await client.rest.pulls.get({ owner: owner2, repo: repo2, pull_number: fromEvent.number });
    return of(data);
  }
  const { owner, repo } = context.repo;
  const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
    owner,
    repo,
    commit_sha: commit,
    per_page: 100
  });
  const merged = pulls.find((pull) => pull.merged_at != null && pull.merge_commit_sha === commit);
  const headed = pulls.find((pull) => pull.head.sha === commit);
  const chosen = merged ?? headed;
  return chosen === void 0 ? void 0 : of(chosen);
}
async function reviewsOf(client, context, number) {
  const { owner, repo } = context.repo;
  const reviews = await client.paginate(client.rest.pulls.listReviews, {
    owner,
    repo,
    pull_number: number,
    per_page: 100
  });
  return reviews.map((review) => ({
    user: review.user?.login ?? null,
    state: review.state,
    commitId: review.commit_id ?? null,
    submittedAt: review.submitted_at ?? null
  }));
}
async function checkRunsOf(client, context, sha, name) {
  const { owner, repo } = context.repo;
  const runs = await client.paginate(client.rest.checks.listForRef, {
    owner,
    repo,
    ref: sha,
    check_name: name,
    filter: "all",
    per_page: 100
  });
  return runs.map((run9) => ({
    id: run9.id,
    name: run9.name,
    headSha: run9.head_sha,
    status: run9.status,
    conclusion: run9.conclusion,
    ...run9.html_url != null ? { url: run9.html_url } : {}
  }));
}

// packages/github/src/release/model-publication.ts
var PUBLISH_REQUIREMENTS = ["gate-passed", "pr-approved"];
function parseRequirements(text2, where) {
  const words = text2.split(/[\s,]+/).map((word) => word.trim()).filter((word) => word !== "");
  if (words.length === 1 && words[0] === "none") return /* @__PURE__ */ new Set();
  for (const word of words) {
    if (!PUBLISH_REQUIREMENTS.includes(word)) {
      throw new UserError(`${where} has '${word}'; expected ${PUBLISH_REQUIREMENTS.join(", ")}, or none`);
    }
  }
  return new Set(words);
}
async function checkPreconditions(client, request, firstRelease) {
  const { source, commit } = request;
  const refusals = [];
  let pullRequest = null;
  const pull = await pullRequestOfCommit(client, source, commit);
  if (request.requirements.has("pr-approved")) {
    if (pull === void 0) {
      refusals.push(`pr-approved: no pull request is associated with commit ${commit.slice(0, 7)}`);
    } else {
      const decision = evaluateApproval({
        reviews: await reviewsOf(client, source, pull.number),
        headSha: pull.headSha,
        minApprovals: request.minApprovals,
        allowStaleApprovals: request.allowStaleApprovals
      });
      if (decision.decision === "refused") {
        refusals.push(...decision.reasons.map((reason) => `pr-approved: #${pull.number}: ${reason}`));
      } else {
        request.log(`pr-approved: #${pull.number}: ${decision.reason}`);
      }
      pullRequest = { number: pull.number, url: pull.url, approvers: decision.approvers.map((a) => a.login) };
    }
  } else if (pull !== void 0) {
    pullRequest = { number: pull.number, url: pull.url, approvers: [] };
  }
  let gate2 = { source: "not-required" };
  if (request.requirements.has("gate-passed")) {
    const fromChecks = gateFromCheckRuns(await checkRunsOf(client, source, commit, request.checkName), {
      sha: commit,
      checkName: request.checkName
    });
    const evidence = fromChecks.passed || request.reports.length === 0 ? fromChecks : gateFromReports(request.reports, {
      sha: commit,
      repository: `${source.repo.owner}/${source.repo.repo}`,
      firstRelease
    });
    if (evidence.passed) {
      request.log(`gate-passed: ${evidence.reason}`);
      gate2 = evidence;
    } else {
      refusals.push(
        `gate-passed: ${evidence.reason}${evidence === fromChecks ? "" : ` (and ${fromChecks.reason})`}`
      );
    }
  }
  return { pullRequest, gate: gate2, refusals };
}
async function writeOwnFiles(dir, manifest, hubCard, modelFiles, profiles) {
  await mkdir3(dir, { recursive: true });
  const write = async (name, text2, contentType = "text/plain") => {
    const file = path5.join(dir, name);
    await writeFile2(file, text2);
    const bytes = Buffer.byteLength(text2);
    return { name, path: file, bytes, sha256: await sha256File(file, bytes), contentType };
  };
  const profileFiles = [];
  for (const profile of profiles) {
    const written = await write(profile.asset, profile.text, "application/json");
    if (written.sha256 !== profile.sha256) throw new Error(`${profile.asset} was not written as it was read`);
    profileFiles.push(written);
  }
  const manifestFile = await write(MODEL_MANIFEST_FILE, formatModelManifest(manifest));
  const card = await write(MODEL_CARD_FILE, hubCard);
  const sums = await write(
    SHA256SUMS_FILE,
    formatSha256Sums(
      [...modelFiles, ...profileFiles, manifestFile, card].map(({ name, sha256 }) => ({ name, sha256 }))
    )
  );
  return [manifestFile, card, sums, ...profileFiles];
}
function checkProfiles(request) {
  checkReleaseProfiles(
    request.profiles.map(({ shownAs, profile }) => ({ file: shownAs, profile })),
    request.commit
  );
  const taken = /* @__PURE__ */ new Set([...RELEASE_OWN_FILES, ...request.files.map((file) => file.name)]);
  for (const profile of request.profiles) {
    if (taken.has(profile.asset)) {
      throw new UserError(
        `the profile ${profile.shownAs} would be published as ${profile.asset}, the name of a model file: rename the model file`
      );
    }
  }
}
async function publishModel(client, request) {
  const { source, commit, name } = request;
  const { owner, repo } = source.repo;
  checkProfiles(request);
  const releases = await client.paginate(client.rest.repos.listReleases, { owner, repo, per_page: 100 });
  const version = resolveVersion({
    name,
    requested: request.version,
    bump: request.bump,
    existing: releases.map((release) => ({ tag: release.tag_name, commit: release.target_commitish })),
    commit
  });
  request.log(`version ${version.reason}`);
  const versionText = formatVersion(version.version);
  const preconditions = await checkPreconditions(client, request, version.previous === void 0);
  if (preconditions.refusals.length > 0) {
    return { status: "refused", version: versionText, tag: version.tag, reasons: preconditions.refusals };
  }
  const modelFiles = await hashModelFiles(request.files);
  const previousRelease = releases.find((release) => release.tag_name === version.previous?.tag);
  const previous = version.previous === void 0 ? void 0 : {
    tag: version.previous.tag,
    manifest: previousRelease === void 0 ? void 0 : await readReleaseManifest(client, { owner, repo }, previousRelease)
  };
  let body = "";
  let manifestPath;
  const ownFiles = async ({ createdAt }) => {
    const manifest = buildModelManifest({
      name,
      version: version.version,
      subject: {
        sha: commit,
        repository: `${owner}/${repo}`,
        ...preconditions.pullRequest !== null ? { pullRequest: preconditions.pullRequest.number } : {}
      },
      pullRequest: preconditions.pullRequest,
      gate: preconditions.gate,
      reports: request.reports,
      assets: modelFiles.map(({ name: asset, bytes, sha256 }) => ({ name: asset, bytes, sha256 })),
      profiles: request.profiles.map(({ dataset, asset, sha256, rows }) => ({
        dataset,
        asset,
        sha256,
        rows
      })),
      createdAt
    });
    const card = {
      manifest,
      ...previous !== void 0 ? { previous } : {},
      ...request.serverUrl !== void 0 ? { serverUrl: request.serverUrl } : {}
    };
    body = renderReleaseBody(card);
    const own = await writeOwnFiles(
      path5.join(request.workDir, `release-${version.tag}`),
      manifest,
      renderHubModelCard(card),
      modelFiles,
      request.profiles
    );
    manifestPath = own[0].path;
    return own;
  };
  const outcome = await publishModelRelease(client, {
    owner,
    repo,
    tag: version.tag,
    commit,
    title: `${name} ${versionText}`,
    body: () => body,
    prerelease: request.prerelease,
    makeLatest: request.makeLatest,
    modelFiles,
    ownFiles,
    ownFileNames: [...RELEASE_OWN_FILES, ...request.profiles.map((profile) => profile.asset)],
    log: request.log
  });
  return {
    status: outcome.outcome,
    version: versionText,
    tag: version.tag,
    url: outcome.release.url,
    ...manifestPath !== void 0 ? { manifest: manifestPath } : {}
  };
}

// packages/github/src/release/release-profiles.ts
import { createHash as createHash2 } from "node:crypto";
import path6 from "node:path";
async function readReleaseProfiles(patterns, workspace, from) {
  const files = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const matches = (await glob(checkFilePattern(pattern, from), {
      cwd: workspace,
      onlyFiles: true,
      expandDirectories: false
    })).sort();
    if (matches.length === 0) throw new UserError(`${from}: '${pattern}' matches no file`);
    for (const match of matches) files.add(match);
  }
  const profiles = [];
  for (const file of files) {
    const shownAs = file.split(path6.sep).join("/");
    const text2 = await readUserText(path6.resolve(workspace, file), {
      what: "profile",
      shownAs,
      maxBytes: MAX_PROFILE_BYTES
    });
    const profile = parseProfile(text2, shownAs);
    profiles.push({
      shownAs,
      profile,
      text: text2,
      bytes: Buffer.byteLength(text2),
      dataset: profile.dataset,
      asset: profileAssetName(profile.dataset),
      sha256: createHash2("sha256").update(text2).digest("hex"),
      rows: profile.rows
    });
  }
  return profiles;
}

// packages/github/src/release/model-restore.ts
import { rm as rm4 } from "node:fs/promises";
import path7 from "node:path";
async function modelVersions(client, repository, name) {
  const releases = await client.paginate(client.rest.repos.listReleases, { ...repository, per_page: 100 });
  return releases.filter((release) => !release.draft).flatMap((release) => {
    const version = versionOfTag(name, release.tag_name);
    return version === void 0 ? [] : [{ version, release }];
  }).sort((a, b) => compareVersions(b.version, a.version));
}
async function findModelVersion(client, repository, name, wanted) {
  const versions = await modelVersions(client, repository, name);
  const found = wanted === "latest" ? versions.find((candidate) => !candidate.release.prerelease) ?? versions[0] : versions.find((candidate) => compareVersions(candidate.version, wanted) === 0);
  if (found === void 0) {
    const what = wanted === "latest" ? `no published release of ${name}` : `no release ${name}-v${formatVersion(wanted)}`;
    throw new UserError(`${what} in ${repository.owner}/${repository.repo}`);
  }
  return found;
}
function manifestOf(client, repository, version) {
  return readReleaseManifest(client, repository, version.release);
}
async function restoreModel(client, repository, version, dir) {
  const { release } = version;
  const sumsAsset = release.assets.find((asset) => asset.name === SHA256SUMS_FILE);
  if (sumsAsset === void 0) {
    throw new UserError(`${release.tag_name} has no ${SHA256SUMS_FILE}: it was not published by mlgate`);
  }
  const sumsSha256 = await downloadReleaseAsset(client, repository, sumsAsset, dir);
  const vouched = sha256OfAssetDigest(sumsAsset.digest);
  if (vouched !== void 0 && vouched !== sumsSha256) {
    await rm4(path7.join(dir, SHA256SUMS_FILE), { force: true });
    throw new UserError(`${release.tag_name}/${SHA256SUMS_FILE} is not the file GitHub holds a digest for`);
  }
  const expected = parseSha256Sums(
    await readUserText(path7.join(dir, SHA256SUMS_FILE), {
      what: "checksum file",
      shownAs: `${release.tag_name}/${SHA256SUMS_FILE}`
    }),
    `${release.tag_name}/${SHA256SUMS_FILE}`
  );
  const actual = [];
  for (const entry of expected) {
    const asset = release.assets.find((candidate) => candidate.name === entry.name);
    if (asset === void 0) continue;
    checkAssetName(asset.name);
    actual.push({ name: asset.name, sha256: await downloadReleaseAsset(client, repository, asset, dir) });
  }
  const verification = verifySha256Sums(expected, actual);
  const removed = [];
  for (const check of verification.checks) {
    if (check.status === "mismatch") {
      await rm4(path7.join(dir, check.name), { force: true });
      removed.push(check.name);
    }
  }
  return { verification, removed };
}

// packages/cli/src/commands/compare-command.ts
import path9 from "node:path";

// packages/cli/src/argument-parser.ts
import { parseArgs } from "node:util";
function commandUsage(spec) {
  const rows = Object.entries(spec.options).map(([name, option]) => {
    const value = option.type === "string" ? ` ${option.value ?? "<value>"}${option.list ? "…" : ""}` : "";
    return [`--${name}${value}`, option.description];
  });
  rows.push(["--help", "show this help"]);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  const lines = rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`);
  return [
    `usage: mlgate ${spec.name} ${spec.synopsis}`,
    "",
    spec.summary,
    "",
    "options:",
    ...lines,
    ...spec.epilog !== void 0 ? ["", spec.epilog.trimEnd()] : [],
    ""
  ].join("\n");
}
function refusal(spec, error) {
  const see = `(see mlgate ${spec.name} --help)`;
  const quoted = /'(-[^']*)'/.exec(error.message)?.[1];
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UserError(`unknown option '${quoted ?? "?"}' ${see}`);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return new UserError(
        /argument missing|ambiguous/.test(error.message) ? `${/--[\w-]+/.exec(error.message)?.[0] ?? "an option"} needs a value ${see}` : `${/--[\w-]+/.exec(error.message)?.[0] ?? "an option"} takes no value ${see}`
      );
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new UserError(`unexpected argument '${/'([^']*)'/.exec(error.message)?.[1] ?? "?"}' ${see}`);
    default:
      return new UserError(`${error.message} ${see}`);
  }
}
function parseCommandArgs(spec, argv) {
  for (const arg of argv) {
    const flag = arg.split("=")[0];
    const now = spec.renamed?.[flag];
    if (now !== void 0) throw new UserError(`${flag} is now ${now} (see mlgate ${spec.name} --help)`);
  }
  const options = {
    help: { type: "boolean", short: "h" }
  };
  for (const [name, option] of Object.entries(spec.options)) {
    options[name] = { type: option.type, ...option.list ? { multiple: true } : {} };
  }
  let parsed2;
  try {
    parsed2 = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw refusal(spec, error);
  }
  if (parsed2.values["help"] === true) return { help: true };
  const values = { ...parsed2.values };
  const positionals = [];
  let list2;
  for (const token of parsed2.tokens) {
    if (token.kind === "option") {
      list2 = spec.options[token.name]?.list ? token.name : void 0;
    } else if (token.kind === "positional") {
      if (list2 !== void 0) values[list2].push(token.value);
      else positionals.push(token.value);
    } else {
      list2 = void 0;
    }
  }
  for (const [name, option] of Object.entries(spec.options)) {
    if (option.list) values[name] ??= [];
  }
  if (spec.positionals === void 0 && positionals.length > 0) {
    throw new UserError(`unexpected argument '${positionals[0]}' (see mlgate ${spec.name} --help)`);
  }
  return {
    help: false,
    values,
    positionals
  };
}
function integerOption(flag, value, minimum, fallback) {
  if (value === void 0) return fallback;
  const n = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < minimum) {
    throw new UserError(`--${flag} needs a whole number of at least ${minimum}`);
  }
  return n;
}
function choiceOption(flag, value, choices, renamed = {}) {
  if (value === void 0) return void 0;
  if (choices.includes(value)) return value;
  if (Object.hasOwn(renamed, value))
    throw new UserError(`--${flag} ${value} is now --${flag} ${renamed[value]}`);
  throw new UserError(`--${flag} must be one of ${choices.join(", ")}`);
}

// packages/cli/src/cli-baseline.ts
import { execFile as execFile2 } from "node:child_process";
import { promisify as promisify2 } from "node:util";
function isBaselineSpec(text2) {
  return text2 === "cache" || text2 === "release" || /^(git|file):/.test(text2);
}
var GITHUB_REMOTE = /github\.com[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/;
async function repositoryOf(cwd, env) {
  const fromEnv = env["GITHUB_REPOSITORY"];
  if (fromEnv !== void 0 && /^[^/\s]+\/[^/\s]+$/.test(fromEnv)) {
    const [owner, repo] = fromEnv.split("/");
    return { owner, repo };
  }
  try {
    const { stdout } = await promisify2(execFile2)("git", ["remote", "get-url", "origin"], { cwd });
    const match = GITHUB_REMOTE.exec(stdout.trim());
    if (match !== null) return { owner: match[1], repo: match[2] };
  } catch {
  }
  throw new UserError("baseline 'release' needs the repository: set GITHUB_REPOSITORY=owner/name");
}
async function restoreCliBaseline(request) {
  const { cwd, env, work } = request;
  if (request.files.length === 1) return readBaselineFile(request.files[0], cwd);
  if (request.files.length > 1) {
    return {
      provenance: { source: "file", path: request.files.join(", ") },
      metrics: await loadMetricsFiles(request.files, { cwd, namespace: work.namespace })
    };
  }
  const spec = work.baseline;
  if (spec.kind === "cache" && !request.fromFlag) {
    return {
      provenance: {
        source: "none",
        reason: "the cache baseline lives in GitHub Actions; give --baseline git:<ref>, release, file:<path> or a metrics file"
      },
      metrics: /* @__PURE__ */ new Map()
    };
  }
  const store = openBaselineStore(spec, {
    workspace: cwd,
    name: work.baselineName,
    currentFiles: request.currentFiles,
    namespace: work.namespace,
    client: () => {
      const token = env["GITHUB_TOKEN"] || env["GH_TOKEN"];
      if (token === void 0 || token === "") {
        throw new UserError(
          `baseline '${baselineSpecText(spec)}' needs GITHUB_TOKEN (and GITHUB_API_URL off github.com)`
        );
      }
      return createGitHubClient({
        token,
        ...env["GITHUB_API_URL"] ? { baseUrl: env["GITHUB_API_URL"] } : {},
        warn: request.warn
      });
    },
    repository: () => repositoryOf(cwd, env)
  });
  return store.restore();
}

// packages/cli/src/cli-io.ts
function defineCommand(spec, summary, body) {
  return {
    name: spec.name,
    summary,
    async run(argv, io) {
      const args = parseCommandArgs(spec, argv);
      if (args.help) {
        io.stdout(commandUsage(spec));
        return 0;
      }
      return body(args, io);
    }
  };
}

// packages/cli/src/cli-plan.ts
var FLAGS = {
  schema: "--schema",
  data: "data files",
  format: "--format",
  maxErrors: "--max-errors",
  metrics: "--current",
  namespace: "--namespace",
  baseline: "--baseline",
  baselineName: "baseline.name",
  requireBaseline: "--require-baseline",
  failOn: "--fail-on",
  commentId: "report.comment-id",
  commentMode: "report.comment-mode"
};
var cliInputNamer = (input) => FLAGS[input];
var CONFIG_OPTION = {
  type: "string",
  value: "<file>",
  description: "the mlgate config (default: ./mlgate.yml when it exists)"
};

// packages/cli/src/output-options.ts
import { stat as stat2 } from "node:fs/promises";
import path8 from "node:path";
var FAIL_ON_OPTION = {
  type: "string",
  value: "<verdict>",
  description: `${FAIL_ON.join(" | ")}: which verdict exits 1 (default fail; warn also fails on warnings; never only reports)`
};
function failOnOption(value) {
  return choiceOption("fail-on", value, FAIL_ON, RENAMED_FAIL_ON);
}
var REPORT_OPTION = {
  type: "string",
  value: "<file>",
  description: "also write the JSON report to this file"
};
var OUTPUT_OPTIONS = {
  json: { type: "boolean", description: "print the JSON report" },
  markdown: { type: "boolean", description: "print the pull request comment mlgate posts for it" }
};
function outputFormat(values) {
  if (values.json === true && values.markdown === true)
    throw new UserError("choose one of --json and --markdown");
  return values.json === true ? "json" : values.markdown === true ? "markdown" : "text";
}
async function outputTarget(cwd, flag, file, inputs) {
  if (file === void 0) return void 0;
  const target = path8.resolve(cwd, file);
  const folder = await stat2(path8.dirname(target)).catch(() => void 0);
  if (folder === void 0 || !folder.isDirectory()) {
    throw new UserError(`${flag} ${file}: the folder ${path8.dirname(file) || "."} does not exist`);
  }
  if ((await stat2(target).catch(() => void 0))?.isDirectory()) {
    throw new UserError(`${flag} ${file} is a folder; give a file name`);
  }
  if (inputs.some((input) => path8.resolve(cwd, input) === target)) {
    throw new UserError(`${flag} ${file} is one of the input files; it would be overwritten`);
  }
  return target;
}
function reportTarget(cwd, report, inputs) {
  return outputTarget(cwd, "--report", report, inputs);
}
async function outputFolder(cwd, flag, dir) {
  if (dir === void 0) return void 0;
  const target = path8.resolve(cwd, dir);
  const found = await stat2(target).catch(() => void 0);
  if (found !== void 0 && !found.isDirectory()) {
    throw new UserError(`${flag} ${dir} is a file, not a folder`);
  }
  let parent = path8.dirname(target);
  while (found === void 0) {
    const above = await stat2(parent).catch(() => void 0);
    if (above !== void 0) {
      if (!above.isDirectory())
        throw new UserError(
          `${flag} ${dir}: ${path8.relative(cwd, parent) || parent} is a file, not a folder`
        );
      break;
    }
    if (path8.dirname(parent) === parent) break;
    parent = path8.dirname(parent);
  }
  return target;
}

// packages/cli/src/commands/compare-command.ts
var SPEC = {
  name: "compare",
  synopsis: "[--current <files…>] [--baseline <store | files…>] [options]",
  summary: "Compares metrics files with a baseline under the policy in mlgate.yml (metrics:), as the compare-metrics action does.",
  options: {
    current: {
      type: "string",
      list: true,
      value: "<files>",
      description: "metrics files of this run (JSON, YAML, CSV, TSV); default: metrics.files in the config"
    },
    baseline: {
      type: "string",
      list: true,
      value: "<store|files>",
      description: "git:<ref>, release, file:<path>, or metrics files / an mlgate/baseline@1 snapshot; default: baseline.source in the config ('cache' works only in GitHub Actions)"
    },
    config: CONFIG_OPTION,
    namespace: {
      type: "string",
      value: "<mode>",
      description: `${NAMESPACE_MODES.join(" | ")}: how metrics from several files are named (default: the config's, auto)`
    },
    "require-baseline": {
      type: "boolean",
      description: "no baseline fails instead of giving 'neutral' (no-baseline)"
    },
    "fail-on": FAIL_ON_OPTION,
    report: REPORT_OPTION,
    ...OUTPUT_OPTIONS
  },
  renamed: { "--policy": "--config" },
  epilog: `--json prints the report: verdict, neutralReason, metrics[] with name, baseline, current, delta, verdict.
environment for --baseline release: GITHUB_TOKEN, GITHUB_REPOSITORY (else the origin remote), GITHUB_API_URL.

exit status: 0 passed (or neutral, or a verdict --fail-on lets through); 1 the verdict failed;
2 bad input, config or environment; 3 internal error`
};
async function run2({ values }, io) {
  const format = outputFormat(values);
  const env = io.env ?? process.env;
  const store = values.baseline.length === 1 && isBaselineSpec(values.baseline[0]) ? values.baseline[0] : void 0;
  const baselineFiles = store === void 0 ? values.baseline : [];
  const config = await findConfig(io.cwd, values.config);
  const plan = planRun(
    config,
    {
      metrics: values.current,
      namespace: choiceOption("namespace", values.namespace, NAMESPACE_MODES),
      baseline: store,
      requireBaseline: values["require-baseline"],
      failOn: failOnOption(values["fail-on"])
    },
    cliInputNamer
  );
  if (plan.metrics === void 0) {
    throw new UserError("--current needs at least one metrics file (or metrics.files in mlgate.yml)");
  }
  const target = await reportTarget(io.cwd, values.report, [...values.current, ...baselineFiles]);
  const current = await loadCurrentMetrics(plan.metrics, io.cwd);
  const baseline = await restoreCliBaseline({
    cwd: io.cwd,
    env,
    work: plan.metrics,
    currentFiles: current.files,
    files: baselineFiles,
    fromFlag: store !== void 0,
    warn: (message) => io.stderr(`mlgate compare: ${message}
`)
  });
  const report = compareMetrics({
    current: current.metrics,
    currentFiles: current.files,
    baseline,
    policy: plan.metrics.policy,
    requireBaseline: plan.metrics.requireBaseline
  });
  const verdict = gate([report], plan.failOn);
  if (target !== void 0) await writeReportFile(path9.dirname(target), path9.basename(target), report);
  if (format === "json") io.stdout(`${JSON.stringify(report, null, 2)}
`);
  else if (format === "markdown") io.stdout(commentMarkdown([report], { now: /* @__PURE__ */ new Date() }));
  else io.stdout(renderReportText([report], verdict));
  return verdict.exitCode;
}
var compareCommand = defineCommand(SPEC, "compare metrics with a baseline under a policy", run2);

// packages/cli/src/commands/drift-command.ts
import { open as open2 } from "node:fs/promises";
import path11 from "node:path";

// packages/cli/src/profile-input.ts
import { createHash as createHash3 } from "node:crypto";
import path10 from "node:path";
async function dataFiles(io, files, from) {
  if (files.length === 0) throw new UserError(`${from} needs at least one data file`);
  const found = await expandFilePatterns(files, io.cwd, from);
  return found.map((file) => ({ path: path10.resolve(io.cwd, file), displayPath: displayPath(io.cwd, file) }));
}
async function schemaFor(io, schema, first, format) {
  if (schema !== void 0) return loadSchema(path10.resolve(io.cwd, schema), displayPath(io.cwd, schema));
  return inferredSchema(first, format);
}
async function profileDataFiles(io, request) {
  const files = await dataFiles(io, request.files, request.from);
  return validateAndProfileData(
    files,
    request.schema,
    { format: request.format, maxErrors: 0, examplesPerColumn: DEFAULT_EXAMPLES_PER_COLUMN },
    { mode: request.mode, dataset: request.dataset ?? files[0].displayPath }
  );
}
async function inferredSchema(file, format) {
  const opened = await openDataInputs([file], format);
  try {
    const input = opened.inputs[0];
    const detected = await detectFormat(input.path, file.displayPath, format);
    const inferred = await inferTableSchema(
      input.path,
      detected,
      DEFAULT_INFER_SAMPLE_ROWS,
      file.displayPath
    );
    const document = { ...inferred, fields: inferred.fields.map(({ name, type }) => ({ name, type })) };
    const shownAs = `(schema inferred from ${file.displayPath})`;
    return {
      path: shownAs,
      sha256: createHash3("sha256").update(canonicalJson(document)).digest("hex"),
      ...compileSchema(document, shownAs)
    };
  } finally {
    await opened.dispose();
  }
}
function warnAboutInvalidRows(io, validation, side = "") {
  const label = side === "" ? "" : `${side}: `;
  const { report } = validation;
  if (report.errorCount === 0) return;
  io.stderr(
    `mlgate: warning: ${label}${report.errorCount.toLocaleString("en-US")} values broke the schema (${report.schema.path}) and are not profiled; run mlgate validate for details
`
  );
}

// packages/cli/src/commands/drift-command.ts
var METHODS = ["auto", ...DRIFT_METHODS];
var SPEC2 = {
  name: "drift",
  synopsis: "--baseline <profile.json | data files…> --current <data files…> [options]",
  summary: `Compares the current data's distributions with the baseline's, column by column (kind mlgate/drift@1).
The baseline is a saved profile (mlgate profile --out) or data files; from data on both sides the statistics
equal scipy's, from a profile they stay within the sketch's documented error (docs/drift.md). Methods and
thresholds come from --method, then drift: in mlgate.yml, then Evidently's defaults (auto).`,
  options: {
    baseline: {
      type: "string",
      value: "<files>",
      list: true,
      description: "a profile (.json) or data files"
    },
    current: { type: "string", value: "<files>", list: true, description: "the data files to judge" },
    schema: {
      type: "string",
      value: "<file>",
      description: "Table Schema or JSON Schema for both sides (default: inferred from the first current file)"
    },
    config: CONFIG_OPTION,
    method: {
      type: "string",
      value: "<method>",
      description: `${METHODS.join(" | ")} for every column (default: drift.method in mlgate.yml, else auto)`
    },
    threshold: {
      type: "string",
      value: "<x>",
      description: "the threshold for every column: a p-value for tests, a distance otherwise"
    },
    format: {
      type: "string",
      value: "<format>",
      description: `auto (default: extension and magic bytes), ${DATA_FORMATS.join(", ")}`
    },
    report: REPORT_OPTION,
    ...OUTPUT_OPTIONS
  },
  epilog: "exit status: 0 no drift; 1 a column drifted beyond its threshold; 2 bad usage, config or input; 3 internal error"
};
var PROFILE_MARKER = /^\s*\{\s*"kind"\s*:\s*"mlgate\/profile@1"/;
async function isProfileFile(file) {
  if (!file.toLowerCase().endsWith(".json")) return false;
  const handle = await open2(file, "r").catch(() => void 0);
  if (handle === void 0) return false;
  try {
    const head = Buffer.alloc(256);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return PROFILE_MARKER.test(head.subarray(0, bytesRead).toString("utf8"));
  } finally {
    await handle.close();
  }
}
function thresholdOption(value) {
  if (value === void 0) return void 0;
  const threshold = Number(value);
  if (value.trim() === "" || !Number.isFinite(threshold) || threshold < 0) {
    throw new UserError(`--threshold must be a number of at least 0, got ${JSON.stringify(value)}`);
  }
  return threshold;
}
async function run3({ values }, io) {
  const output = outputFormat(values);
  const format = choiceOption("format", values.format, ["auto", ...DATA_FORMATS]) ?? "auto";
  const method = choiceOption("method", values.method, METHODS);
  const threshold = thresholdOption(values.threshold);
  const baselineArgs = values.baseline;
  if (baselineArgs.length === 0) throw new UserError("give --baseline <profile.json | data files…>");
  if (values.current.length === 0) throw new UserError("give --current <data files…>");
  const target = await reportTarget(io.cwd, values.report, [...baselineArgs, ...values.current]);
  const config = await findConfig(io.cwd, values.config);
  const policy = {
    ...config?.drift,
    ...method !== void 0 ? { method, source: "--method" } : {},
    ...threshold !== void 0 ? { threshold } : {}
  };
  const current = await dataFiles(io, values.current, "--current");
  const schema = await schemaFor(io, values.schema, current[0], format);
  const first = path11.resolve(io.cwd, baselineArgs[0]);
  const fromProfile = baselineArgs.length === 1 && await isProfileFile(first);
  let baseline;
  if (fromProfile) {
    const shownAs = displayPath(io.cwd, baselineArgs[0]);
    const text2 = await readUserText(first, { what: "profile", shownAs, maxBytes: MAX_PROFILE_BYTES });
    baseline = { profile: parseProfile(text2, shownAs) };
  } else {
    const profiled2 = await profileDataFiles(io, {
      files: baselineArgs,
      from: "--baseline",
      schema,
      format,
      mode: "exact"
    });
    warnAboutInvalidRows(io, profiled2, "baseline");
    baseline = {
      profile: profiled2.profile.document,
      ...profiled2.profile.raw ? { raw: profiled2.profile.raw } : {}
    };
  }
  const profiled = await profileDataFiles(io, {
    files: values.current,
    from: "--current",
    schema,
    format,
    mode: fromProfile ? "sketch" : "exact"
  });
  warnAboutInvalidRows(io, profiled, "current");
  const report = datasetDrift(
    baseline,
    { profile: profiled.profile.document, ...profiled.profile.raw ? { raw: profiled.profile.raw } : {} },
    {
      policy,
      subject: {},
      createdAt: (/* @__PURE__ */ new Date()).toISOString(),
      baselineSource: fromProfile ? displayPath(io.cwd, baselineArgs[0]) : baselineArgs.join(" "),
      currentFiles: current.map((file) => file.displayPath),
      dataset: profiled.profile.document.dataset
    }
  );
  if (target !== void 0) await writeReportFile(path11.dirname(target), path11.basename(target), report);
  if (output === "json") io.stdout(`${JSON.stringify(report, null, 2)}
`);
  else if (output === "markdown") io.stdout(commentMarkdown([report], { now: /* @__PURE__ */ new Date() }));
  else io.stdout(renderReportText([report], gate([report], "fail")));
  return report.driftedColumns.length > 0 ? 1 : 0;
}
var driftCommand = defineCommand(
  SPEC2,
  "compares the current data's distributions with a baseline profile or data (kind mlgate/drift@1)",
  run3
);

// packages/cli/src/commands/evaluate-command.ts
import path12 from "node:path";
var TASKS = ["classification", "regression"];
var AVERAGES = ["macro", "micro", "weighted", "binary"];
var ALL_METRICS = [...CLASSIFICATION_METRICS, ...REGRESSION_METRICS];
var SPEC3 = {
  name: "evaluate",
  synopsis: "--predictions <file> [--baseline-predictions <file>] [options]",
  summary: `Computes metrics from per-example predictions (CSV, JSON Lines, Parquet; kind mlgate/evaluation@1),
equal to scikit-learn's. With baseline predictions, joins the two by id and gives each metric's change a
paired bootstrap interval (and McNemar's exact p-value for accuracy); a rule with significance: {alpha} in
mlgate.yml fails only when the whole interval lies beyond its tolerance. Column names: evaluate: in mlgate.yml.`,
  options: {
    predictions: { type: "string", value: "<file>", description: "the current predictions" },
    "baseline-predictions": {
      type: "string",
      value: "<file>",
      description: "the baseline predictions, joined by id"
    },
    task: { type: "string", value: "<task>", description: "classification (default) | regression" },
    metrics: {
      type: "string",
      value: "<a,b,…>",
      description: `some of ${ALL_METRICS.join(", ")} (default: every metric the task and columns allow)`
    },
    average: {
      type: "string",
      value: "<average>",
      description: `${AVERAGES.join(" | ")} for precision, recall, f1 (default: binary for two classes, else macro)`
    },
    slices: {
      type: "string",
      value: "<col,…>",
      description: "columns to compute every metric per value of (slice.<col>=<value>.<metric>)"
    },
    config: CONFIG_OPTION,
    seed: { type: "string", value: "<n>", description: `the bootstrap's seed (default ${DEFAULT_SEED})` },
    resamples: {
      type: "string",
      value: "<n>",
      description: "bootstrap resamples where no rule sets its own (default 1000)"
    },
    report: REPORT_OPTION,
    ...OUTPUT_OPTIONS
  },
  epilog: "exit status: 0 passed; 1 the verdict failed; 2 bad usage, config or input; 3 internal error"
};
function wholeNumber(flag, value, min, max) {
  if (value === void 0) return void 0;
  const number = Number(value);
  if (value.trim() === "" || !Number.isInteger(number) || number < min || number > max)
    throw new UserError(
      `--${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`
    );
  return number;
}
function commaList(value) {
  if (value === void 0) return void 0;
  const items = value.split(",").map((item) => item.trim());
  return items.filter((item) => item !== "");
}
function metricList(value) {
  const items = commaList(value);
  if (items === void 0) return void 0;
  if (items.length === 0) throw new UserError("--metrics names no metric");
  for (const item of items)
    if (!ALL_METRICS.includes(item))
      throw new UserError(
        `--metrics: unknown metric ${JSON.stringify(item)}; expected some of ${ALL_METRICS.join(", ")}`
      );
  return [...new Set(items)];
}
function defaultMetrics(side) {
  const shape = sideShape(side);
  if (shape.task === "regression") return [...REGRESSION_METRICS];
  return shape.hasScores ? [...CLASSIFICATION_METRICS] : CLASSIFICATION_METRICS.filter((metric) => metric !== "roc_auc" && metric !== "log_loss");
}
async function run4({ values }, io) {
  const output = outputFormat(values);
  if (values.predictions === void 0) throw new UserError("give --predictions <file>");
  const task = choiceOption("task", values.task, TASKS) ?? "classification";
  const average = choiceOption("average", values.average, AVERAGES);
  const metrics = metricList(values.metrics);
  const slices = commaList(values.slices) ?? [];
  const seed = wholeNumber("seed", values.seed, 0, 2 ** 31 - 1) ?? DEFAULT_SEED;
  const resamples = wholeNumber("resamples", values.resamples, 1, MAX_RESAMPLES);
  const baselineArg = values["baseline-predictions"];
  const inputs = [values.predictions, ...baselineArg !== void 0 ? [baselineArg] : []];
  const target = await reportTarget(io.cwd, values.report, inputs);
  const config = await findConfig(io.cwd, values.config);
  const columns = config?.evaluate?.columns ?? {};
  const read = async (file) => {
    const shownAs = displayPath(io.cwd, file);
    const read2 = await readPredictions(path12.resolve(io.cwd, file), shownAs, { task, columns, slices });
    return { file: shownAs, columns: read2.columns, slices: read2.slices };
  };
  const measure = async (file) => {
    const shownAs = displayPath(io.cwd, file);
    return sideOf(
      shownAs,
      await measurePredictions(path12.resolve(io.cwd, file), shownAs, {
        task,
        columns,
        slices,
        ...metrics !== void 0 ? { metrics } : {}
      })
    );
  };
  const sides = baselineArg !== void 0 ? { current: await read(values.predictions), baseline: await read(baselineArg) } : { current: await measure(values.predictions) };
  const shape = sideShape(sides.current);
  const spec = {
    metrics: metrics ?? defaultMetrics(sides.current),
    average: average ?? (shape.classes === 2 ? "binary" : "macro")
  };
  const report = evaluateWithBaseline({
    ...sides,
    spec,
    policy: config?.metrics.policy ?? MetricPolicy.builtin(),
    subject: {},
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    seed,
    ...resamples !== void 0 ? { resamples } : {}
  });
  if (target !== void 0) await writeReportFile(path12.dirname(target), path12.basename(target), report);
  const decided = gate([report], "fail");
  if (output === "json") io.stdout(`${JSON.stringify(report, null, 2)}
`);
  else if (output === "markdown") io.stdout(commentMarkdown([report], { now: /* @__PURE__ */ new Date() }));
  else io.stdout(renderReportText([report], decided));
  return report.verdict === "fail" ? 1 : 0;
}
var evaluateCommand = defineCommand(
  SPEC3,
  "computes metrics from predictions and judges their change against baseline predictions (kind mlgate/evaluation@1)",
  run4
);

// packages/cli/src/commands/merge-command.ts
import path13 from "node:path";
var MAX_PARTIAL_BYTES = 256 * 1024 * 1024;
var MAX_KEYS_BYTES = 2 * 1024 * 1024 * 1024;
var SPEC4 = {
  name: "merge",
  synopsis: "<partials…> [options]",
  summary: `Merges the partials of a run split across jobs (mlgate validate --shard k/n --partial FILE) into the
reports the whole run would have given, and judges them as mlgate validate does.`,
  positionals: "<partials…>",
  options: {
    "fail-on": FAIL_ON_OPTION,
    report: { ...REPORT_OPTION, description: "also write the JSON report to this file (one dataset)" },
    "report-dir": {
      type: "string",
      value: "<dir>",
      description: "write one JSON report per dataset here, as validation-<dataset>.json"
    },
    ...OUTPUT_OPTIONS
  },
  epilog: `Every shard's partial must be given, each once, all from one run (same shard count, datasets, schemas,
files and mlgate version).

exit status: 0 valid; 1 the data broke the schema; 2 bad usage or partials that do not make one run; 3 internal error`
};
async function run5({ values, positionals }, io) {
  const format = outputFormat(values);
  if (positionals.length === 0) throw new UserError("give the partials to merge (one per shard)");
  const inputs = await Promise.all(
    positionals.map(
      async (file) => parsePartial(
        await readUserText(file, { what: "partial", cwd: io.cwd, maxBytes: MAX_PARTIAL_BYTES }),
        file,
        (name) => readUserBytes(path13.join(path13.dirname(file), name), {
          what: "partial keys file",
          cwd: io.cwd,
          maxBytes: MAX_KEYS_BYTES
        })
      )
    )
  );
  const merged = mergePartials(inputs, { createdAt: (/* @__PURE__ */ new Date()).toISOString() });
  if (values.report !== void 0 && merged.length > 1)
    throw new UserError(`--report takes one dataset; the partials hold ${merged.length}: use --report-dir`);
  const target = await reportTarget(io.cwd, values.report, positionals);
  const reportDir = await outputFolder(io.cwd, "--report-dir", values["report-dir"]);
  const reports = merged.map((dataset) => dataset.report);
  if (target !== void 0) await writeReportFile(path13.dirname(target), path13.basename(target), reports[0]);
  if (reportDir !== void 0)
    for (const dataset of merged)
      await writeReportFile(reportDir, reportFileName("validation", dataset.name), dataset.report);
  const verdict = gate(reports, failOnOption(values["fail-on"]) ?? "fail");
  if (format === "json")
    io.stdout(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}
`);
  else if (format === "markdown") io.stdout(commentMarkdown(reports, { now: /* @__PURE__ */ new Date() }));
  else io.stdout(renderReportText(reports, verdict));
  return verdict.exitCode;
}
var mergeCommand = defineCommand(
  SPEC4,
  "merge the partials of a validation split across jobs into the whole run’s reports",
  run5
);

// packages/cli/src/commands/model-command.ts
import { execFile as execFile3 } from "node:child_process";
import os2 from "node:os";
import path14 from "node:path";
import { promisify as promisify3 } from "node:util";
var REPO_OPTION = {
  type: "string",
  value: "<owner/name>",
  description: "the repository of the releases"
};
var ENVIRONMENT = `environment: GITHUB_TOKEN (or GH_TOKEN); GITHUB_API_URL for GitHub Enterprise Server or a local GitHub.`;
var DOWNLOAD = {
  name: "model download",
  synopsis: "<name>@<version|latest> --repo <owner/name> [--dir <dir>]",
  summary: "Downloads a model release's files and checks each against the release's SHA256SUMS, whose own digest GitHub vouches for.",
  positionals: "<name>@<version|latest>",
  options: {
    repo: REPO_OPTION,
    dir: { type: "string", value: "<dir>", description: "where the files go (default: ./<name>-v<version>)" }
  },
  epilog: `${ENVIRONMENT}

exit status: 0 every file verified; 1 a file does not match (it is removed, and named); 2 no such release, bad usage or environment`
};
var LIST = {
  name: "model list",
  synopsis: "<name> --repo <owner/name> [--json]",
  summary: "Lists a model's published releases, newest first, with their date, commit and gate verdict.",
  positionals: "<name>",
  options: {
    repo: REPO_OPTION,
    json: {
      type: "boolean",
      description: "print a JSON array: name, version, tag, publishedAt, commit, gate, prerelease, url"
    }
  },
  epilog: ENVIRONMENT
};
var PUBLISH = {
  name: "model publish",
  synopsis: "<model files…> --name <name> --repo <owner/name> [options]",
  summary: "Publishes a model as the release <name>-v<version>, as the publish-model action does: only when the gate passed on the commit and its pull request was approved (or --require none), every file checked by digest before the release is published once.",
  positionals: "<model files…>",
  options: {
    name: {
      type: "string",
      value: "<name>",
      description: "the model name (default: publish.model in the config)"
    },
    repo: REPO_OPTION,
    commit: {
      type: "string",
      value: "<sha>",
      description: "the commit released (default: git rev-parse HEAD)"
    },
    version: {
      type: "string",
      value: "<semver|auto>",
      description: "the version (default auto: the latest bumped)"
    },
    bump: {
      type: "string",
      value: "<part>",
      description: "patch | minor | major, for auto (default: publish.bump, else patch)"
    },
    require: {
      type: "string",
      value: "<conditions>",
      description: `${PUBLISH_REQUIREMENTS.join(", ")} (default both), or none`
    },
    "min-approvals": {
      type: "string",
      value: "<n>",
      description: "approvals needed (default: publish.required-approvals, else 1)"
    },
    "allow-stale-approvals": { type: "boolean", description: "an approval of an older head counts too" },
    "check-name": {
      type: "string",
      value: "<name>",
      description: "the gate's check run is 'mlgate / <name>' (default quality)"
    },
    reports: {
      type: "string",
      list: true,
      value: "<files>",
      description: "the run's mlgate reports: gate evidence, metrics and lineage"
    },
    profiles: {
      type: "string",
      list: true,
      value: "<files>",
      description: "the datasets' profiles, published beside the model (drift against production)"
    },
    prerelease: { type: "boolean", description: "publish as a prerelease" },
    "not-latest": { type: "boolean", description: "do not mark the release as the latest" },
    config: CONFIG_OPTION
  },
  epilog: `${ENVIRONMENT}

exit status: 0 published (or already published with these files); 1 refused, nothing created; 2 bad input or environment`
};
function repositoryOf2(text2) {
  const match = text2 === void 0 ? null : /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text2);
  if (match === null) throw new UserError("--repo <owner/name> is required");
  return { owner: match[1], repo: match[2] };
}
async function clientFor(io, command) {
  const env = io.env ?? process.env;
  const token = env["GITHUB_TOKEN"] || env["GH_TOKEN"];
  if (token === void 0 || token === "") throw new UserError(`${command} needs GITHUB_TOKEN (or GH_TOKEN)`);
  return createGitHubClient({
    token,
    ...env["GITHUB_API_URL"] ? { baseUrl: env["GITHUB_API_URL"] } : {},
    warn: (message) => io.stderr(`mlgate ${command}: ${message}
`)
  });
}
function modelSpec(text2) {
  const at = text2?.lastIndexOf("@") ?? -1;
  if (text2 === void 0 || at <= 0) throw new UserError("give the model as <name>@<version|latest>");
  const name = checkModelName(text2.slice(0, at));
  const version = text2.slice(at + 1);
  return { name, version: version === "latest" ? "latest" : parseVersion(version) };
}
async function download({ values, positionals }, io) {
  if (positionals.length !== 1) throw new UserError("give one model: <name>@<version|latest>");
  const { name, version } = modelSpec(positionals[0]);
  const repository = repositoryOf2(values.repo);
  const chosenDir = await outputFolder(io.cwd, "--dir", values.dir);
  const client = await clientFor(io, "model download");
  const found = await findModelVersion(client, repository, name, version);
  const dir = chosenDir ?? path14.resolve(io.cwd, found.release.tag_name);
  const { verification, removed } = await restoreModel(client, repository, found, dir);
  for (const check of verification.checks) io.stdout(`${terminalText(describeDigestCheck(check))}
`);
  if (!verification.ok) {
    const failed = verification.checks.filter((check) => check.status !== "ok").map((check) => check.name);
    io.stderr(
      `mlgate model download: ${found.release.tag_name}: ${failed.map(terminalText).join(", ")} failed the check${removed.length > 0 ? ` (removed: ${removed.map(terminalText).join(", ")})` : ""}
`
    );
    return 1;
  }
  io.stdout(`restored ${found.release.tag_name} to ${dir}: ${verification.checks.length} files verified
`);
  return 0;
}
async function list({ values, positionals }, io) {
  if (positionals.length !== 1) throw new UserError("give one model name");
  const name = checkModelName(positionals[0]);
  const repository = repositoryOf2(values.repo);
  const client = await clientFor(io, "model list");
  const rows = [];
  for (const found of await modelVersions(client, repository, name)) {
    const manifest = await manifestOf(client, repository, found);
    rows.push({
      name,
      version: formatVersion(found.version),
      tag: found.release.tag_name,
      publishedAt: found.release.published_at,
      commit: manifest?.commit ?? found.release.target_commitish,
      gate: manifest === void 0 ? null : manifest.gate.source === "not-required" ? "not-required" : manifest.gate.verdict,
      prerelease: found.release.prerelease,
      url: found.release.html_url
    });
  }
  if (values.json === true) {
    io.stdout(`${JSON.stringify(rows, null, 2)}
`);
    return 0;
  }
  if (rows.length === 0) io.stdout(`no published release of ${name}
`);
  for (const row of rows) {
    const date = row.publishedAt?.slice(0, 10) ?? "unpublished";
    io.stdout(
      `${row.version.padEnd(12)}  ${date}  ${terminalText(row.commit).slice(0, 7)}  gate ${row.gate ?? "unknown"}${row.prerelease ? "  prerelease" : ""}
`
    );
  }
  return 0;
}
async function headCommit(cwd) {
  try {
    return (await promisify3(execFile3)("git", ["rev-parse", "HEAD"], { cwd })).stdout.trim();
  } catch {
    throw new UserError("give --commit <sha>: this is not a git checkout");
  }
}
async function publish({ values, positionals }, io) {
  const config = await findConfig(io.cwd, values.config);
  const publishing = config?.publish;
  const name = values.name ?? publishing?.model;
  if (name === void 0) throw new UserError("--name <name> is required (or publish.model in mlgate.yml)");
  checkModelName(name);
  if (values.version !== void 0 && values.version !== "auto") parseVersion(values.version, "--version");
  const given = positionals.length > 0;
  const files = await resolveModelFiles(
    given ? positionals : publishing?.files ?? [],
    io.cwd,
    given ? "model files" : "publish.files"
  );
  const profiles = await readReleaseProfiles(values.profiles, io.cwd, "--profiles");
  const repository = repositoryOf2(values.repo);
  const commit = values.commit ?? await headCommit(io.cwd);
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit))
    throw new UserError(`--commit ${commit} is not a full commit SHA`);
  const client = await clientFor(io, "model publish");
  const env = io.env ?? process.env;
  const outcome = await publishModel(client, {
    source: { repo: repository },
    commit,
    name,
    files,
    version: values.version ?? "auto",
    bump: parseVersionBump(values.bump ?? publishing?.bump ?? "patch", "--bump"),
    requirements: parseRequirements(values.require ?? PUBLISH_REQUIREMENTS.join(", "), "--require"),
    minApprovals: values["min-approvals"] === void 0 ? publishing?.requiredApprovals ?? 1 : integerOption("min-approvals", values["min-approvals"], 0, 1),
    allowStaleApprovals: values["allow-stale-approvals"] === true,
    checkName: checkRunName(checkCheckName(values["check-name"] ?? "quality", "--check-name")),
    reports: values.reports.length > 0 ? await readReportFiles(values.reports, io.cwd) : [],
    profiles,
    prerelease: values.prerelease === true,
    makeLatest: values["not-latest"] !== true,
    ...env["GITHUB_SERVER_URL"] ? { serverUrl: env["GITHUB_SERVER_URL"] } : {},
    workDir: path14.join(os2.tmpdir(), "mlgate"),
    // Progress on stderr, so stdout carries only the result line a script reads.
    log: (line) => io.stderr(`${terminalText(line)}
`)
  });
  if (outcome.status === "refused") {
    for (const reason of outcome.reasons)
      io.stderr(`mlgate model publish: not published: ${terminalText(reason)}
`);
    return 1;
  }
  io.stdout(
    `${outcome.status === "published" ? "published" : "already published"} ${outcome.tag}: ${outcome.url}
`
  );
  return 0;
}
var SUBCOMMANDS = {
  publish: defineCommand(PUBLISH, "publish a model as a checked, approved release", publish),
  download: defineCommand(DOWNLOAD, "download a model release and verify it", download),
  list: defineCommand(LIST, "list a model's releases", list)
};
var modelCommand = {
  name: "model",
  subcommands: Object.keys(SUBCOMMANDS),
  summary: "model releases: `model publish` releases an approved model, `model download <name>@<version>` restores and verifies it, `model list <name>`",
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === void 0) {
      throw new UserError(`give a subcommand: ${Object.keys(SUBCOMMANDS).join(", ")} (mlgate model --help)`);
    }
    if (sub === "--help" || sub === "-h") {
      io.stdout([PUBLISH, DOWNLOAD, LIST].map((spec) => commandUsage(spec)).join("\n"));
      return 0;
    }
    const handler = SUBCOMMANDS[sub];
    if (handler === void 0) {
      throw new UserError(
        `unknown subcommand 'model ${sub}' (known: ${Object.keys(SUBCOMMANDS).join(", ")})`
      );
    }
    return handler.run(rest, io);
  }
};

// packages/cli/src/commands/profile-command.ts
var SPEC5 = {
  name: "profile",
  synopsis: "<data files…> [--schema <file>] [--json | --out <file>]",
  summary: `Profiles data files in one streaming pass: per column the count, nulls, min, max, mean, standard
deviation, a quantile sketch, a histogram, and value counts for text columns (kind mlgate/profile@1, a few KiB
per column whatever the row count). Save one as a drift baseline: mlgate drift --baseline profile.json.`,
  positionals: "<data files…>",
  options: {
    schema: {
      type: "string",
      value: "<file>",
      description: "Table Schema or JSON Schema for the columns (default: inferred from the first file)"
    },
    format: {
      type: "string",
      value: "<format>",
      description: `auto (default: extension and magic bytes), ${DATA_FORMATS.join(", ")}`
    },
    dataset: {
      type: "string",
      value: "<name>",
      description: "the dataset name in the profile (default: the first file)"
    },
    json: { type: "boolean", description: "print the profile as JSON" },
    out: { type: "string", value: "<file>", description: "write the profile (JSON) to this file" }
  },
  epilog: "exit status: 0 profiled; 2 bad usage, schema or unreadable input; 3 internal error"
};
function shown(value) {
  if (value === null || value === void 0) return "-";
  return Number.isInteger(value) ? value.toLocaleString("en-US") : value.toPrecision(6).replace(/\.?0+$/, "");
}
function columnLine(column) {
  const head = `${column.name}  ${column.type}  ${column.count.toLocaleString("en-US")} values, ${column.nulls.toLocaleString("en-US")} null`;
  if (column.numeric !== void 0) {
    const n = column.numeric;
    const median = n.sketch.count > 0 ? ` median≈${shown(medianOf(n))}` : "";
    return `${head}; min ${shown(n.min)} mean ${shown(n.mean)} max ${shown(n.max)} std ${shown(n.std)}${median}`;
  }
  if (column.categories !== void 0) {
    const c = column.categories;
    const top = c.values.slice(0, 3).map((v) => `${JSON.stringify(v.value)} ${v.count.toLocaleString("en-US")}`).join(", ");
    return `${head}; ${c.exact ? "" : "≥"}${c.distinct.toLocaleString("en-US")} distinct; top ${top}`;
  }
  return head;
}
function medianOf(numeric) {
  const items = numeric.sketch.levels.flatMap((level, h) => level.map((value) => [value, 2 ** h])).sort((a, b) => a[0] - b[0]);
  let rank = 0;
  for (const [value, weight] of items) {
    rank += weight;
    if (rank >= numeric.sketch.count / 2) return value;
  }
  return numeric.max ?? 0;
}
function profileText(profile) {
  const lines = profile.columns.map(columnLine);
  return `${profile.dataset}: ${profile.rows.toLocaleString("en-US")} rows, ${profile.columns.length} columns
${lines.map((l) => `  ${l}
`).join("")}`;
}
async function run6({ values, positionals }, io) {
  if (values.json === true && values.out !== void 0) throw new UserError("choose one of --json and --out");
  const format = choiceOption("format", values.format, ["auto", ...DATA_FORMATS]) ?? "auto";
  const inputs = [...positionals, ...values.schema !== void 0 ? [values.schema] : []];
  const target = await outputTarget(io.cwd, "--out", values.out, inputs);
  const files = await dataFiles(io, positionals, "mlgate profile");
  const profiled = await profileDataFiles(io, {
    files: positionals,
    from: "mlgate profile",
    schema: await schemaFor(io, values.schema, files[0], format),
    format,
    mode: "sketch",
    ...values.dataset !== void 0 ? { dataset: values.dataset } : {}
  });
  warnAboutInvalidRows(io, profiled);
  const document = profiled.profile.document;
  const json = `${JSON.stringify(document)}
`;
  if (target !== void 0) {
    await writeFileAtomically(target, json);
    io.stderr(`mlgate: wrote the profile of ${document.columns.length} columns to ${values.out}
`);
  } else if (values.json === true) io.stdout(json);
  else io.stdout(profileText(document));
  return 0;
}
var profileCommand = defineCommand(SPEC5, "profiles data files (kind mlgate/profile@1)", run6);

// packages/cli/src/commands/report-command.ts
var SPEC6 = {
  name: "report",
  synopsis: "<report.json…> [--markdown | --summary] [options]",
  summary: "Renders mlgate reports (mlgate/validation@1, mlgate/comparison@1) as the actions show them, and gates on them.\nEach file is checked against its kind's JSON Schema first.",
  positionals: "<report.json…>",
  options: {
    markdown: {
      type: "boolean",
      description: "the pull request comment, exactly as mlgate posts it (without its hidden marker line)"
    },
    summary: { type: "boolean", description: "the job summary: the full report, up to 1 MiB" },
    "server-url": {
      type: "string",
      value: "<url>",
      description: "where run links point (default: $GITHUB_SERVER_URL, else https://github.com)"
    },
    "fail-on": FAIL_ON_OPTION
  },
  epilog: `Without --markdown or --summary, prints each report for a terminal and the verdict over all of them.

exit status: 0 the verdict passed (or --fail-on lets it through); 1 it failed; 2 a file is not a valid report`
};
async function run7({ values, positionals }, io) {
  if (values.markdown === true && values.summary === true) {
    throw new UserError("choose one of --markdown and --summary");
  }
  if (positionals.length === 0) throw new UserError("give at least one report file");
  const failOn = failOnOption(values["fail-on"]) ?? "fail";
  if (values["server-url"] !== void 0 && !isPlainServerUrl(values["server-url"])) {
    throw new UserError(`--server-url must be an http(s) URL, got ${JSON.stringify(values["server-url"])}`);
  }
  const reports = [];
  for (const file of positionals) reports.push((await readReportFile(file, io.cwd)).report);
  const envServer = (io.env ?? process.env)["GITHUB_SERVER_URL"];
  const serverUrl = values["server-url"] ?? (envServer !== void 0 && envServer !== "" ? envServer : void 0);
  const options = { now: /* @__PURE__ */ new Date(), ...serverUrl !== void 0 ? { serverUrl } : {} };
  const verdict = gate(reports, failOn);
  if (values.markdown === true) io.stdout(commentMarkdown(reports, options));
  else if (values.summary === true) io.stdout(summaryMarkdown(reports, options));
  else io.stdout(renderReportText(reports, verdict));
  return verdict.exitCode;
}
var reportCommand = defineCommand(
  SPEC6,
  "render reports as the PR comment and job summary show them, and gate on them",
  run7
);

// packages/cli/src/commands/schema-infer-command.ts
import path16 from "node:path";

// packages/cli/src/commands/schema-diff-command.ts
import path15 from "node:path";
var SPEC7 = {
  name: "schema diff",
  synopsis: "<old schema> <new schema> [--json]",
  summary: `Compares two versions of a Table Schema or a JSON Schema for one row and says, for each change, what it
breaks: data (rows valid before may now fail), consumers (code relying on the old guarantees may see new
values or miss a column) or none.`,
  positionals: "<old schema> <new schema>",
  options: {
    json: { type: "boolean", description: "print the report (kind mlgate/schema-diff@1) as JSON" }
  },
  epilog: `--json prints: kind, verdict (identical | compatible | breaking), old and new (path, language, sha256),
changes[] with kind, impact (data | consumers | none), field (null for the whole schema) and detail.

exit status: 0 identical or compatible (every change has impact none); 1 breaking; 2 a schema unreadable or
invalid, or the two in different languages; 3 internal error`
};
async function diff({ values, positionals }, io) {
  if (positionals.length !== 2) throw new UserError("give two schema files: the old version, then the new");
  const [before, after] = await Promise.all(
    positionals.map((file) => loadSchema(path15.resolve(io.cwd, file), displayPath(io.cwd, file)))
  );
  const report = diffSchemas(before, after);
  io.stdout(values.json ? `${JSON.stringify(report, null, 2)}
` : diffText(report));
  return report.verdict === "breaking" ? 1 : 0;
}
function diffText(report) {
  const { changes, verdict } = report;
  const count = changes.length === 1 ? "1 change" : `${changes.length} changes`;
  const breaking = changes.filter((change) => change.impact !== "none").length;
  const summary = verdict === "identical" ? `identical: ${report.old.path} and ${report.new.path} check the same things` : verdict === "compatible" ? `compatible: ${count}, none breaks data or consumers` : `breaking: ${count}, ${breaking} breaking data or consumers`;
  const width = Math.max(0, ...changes.map((change) => change.kind.length));
  const lines = changes.map(
    (change) => `  ${change.impact.padEnd(9)}  ${change.kind.padEnd(width)}  ${change.field === null ? "" : `${change.field}: `}${change.detail}`
  );
  return `${[summary, ...lines].join("\n")}
`;
}
var schemaDiffCommand = defineCommand(
  SPEC7,
  "compares two versions of a schema: what breaks data, what breaks consumers",
  diff
);

// packages/cli/src/commands/schema-infer-command.ts
var SPEC8 = {
  name: "schema infer",
  synopsis: "<data file> [--output <file>] [options]",
  summary: `Writes a Table Schema guessed from the first rows of a data file, to start from: CSV, TSV, JSONL and JSON
columns get the narrowest type their values fit, Parquet and Arrow columns the type the file declares. A
column is required when none of the rows looked at is null.`,
  positionals: "<data file>",
  options: {
    output: { type: "string", value: "<file>", description: "write the schema here instead of stdout" },
    format: {
      type: "string",
      value: "<format>",
      description: `auto (default: extension and magic bytes), ${DATA_FORMATS.join(", ")}; required to read a pipe or device (e.g. /dev/stdin)`
    },
    "sample-rows": {
      type: "string",
      value: "<n>",
      description: `rows to look at (default ${DEFAULT_INFER_SAMPLE_ROWS})`
    }
  }
};
async function infer({ values, positionals }, io) {
  if (positionals.length !== 1) throw new UserError("give exactly one data file");
  const format = choiceOption("format", values.format, ["auto", ...DATA_FORMATS]) ?? "auto";
  const sampleRows = integerOption("sample-rows", values["sample-rows"], 1, DEFAULT_INFER_SAMPLE_ROWS);
  const given = positionals[0];
  const file = path16.resolve(io.cwd, given);
  const target = await outputTarget(io.cwd, "--output", values.output, [given]);
  const opened = await openDataInputs([{ path: file, displayPath: given }], format);
  let schema;
  try {
    const input = opened.inputs[0];
    const detected = await detectFormat(input.path, given, format);
    schema = await inferTableSchema(input.path, detected, sampleRows, given);
  } finally {
    await opened.dispose();
  }
  const text2 = `${JSON.stringify(schema, null, 2)}
`;
  if (target !== void 0) await writeFileAtomically(target, text2);
  else io.stdout(text2);
  return 0;
}
var SUBCOMMANDS2 = {
  infer: defineCommand(SPEC8, "writes a Table Schema from data", infer),
  diff: schemaDiffCommand
};
var schemaCommand = {
  name: "schema",
  subcommands: Object.keys(SUBCOMMANDS2),
  summary: "schema tools: `schema infer <file>` writes a Table Schema from data, `schema diff <old> <new>` says what a change breaks",
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === void 0) {
      throw new UserError(`give a subcommand: ${Object.keys(SUBCOMMANDS2).join(", ")} (mlgate schema --help)`);
    }
    if (sub === "--help" || sub === "-h") {
      io.stdout(commandUsage(SPEC8));
      return 0;
    }
    const handler = SUBCOMMANDS2[sub];
    if (!handler)
      throw new UserError(
        `unknown subcommand 'schema ${sub}' (known: ${Object.keys(SUBCOMMANDS2).join(", ")})`
      );
    return handler.run(rest, io);
  }
};

// packages/cli/src/commands/validate-command.ts
import path17 from "node:path";
var SPEC9 = {
  name: "validate",
  synopsis: "[--schema <file> <data files…>] [options]",
  summary: "Checks data files (CSV, TSV, JSONL, JSON, Parquet, Arrow) against a Table Schema or a JSON Schema for one row.\nWithout --schema and files, validates every dataset of mlgate.yml (datasets:), as the actions do.",
  positionals: "<data files…>",
  options: {
    schema: {
      type: "string",
      value: "<file>",
      description: 'Table Schema (has "fields") or JSON Schema, as JSON or YAML'
    },
    config: CONFIG_OPTION,
    format: {
      type: "string",
      value: "<format>",
      description: `auto (default: extension and magic bytes), ${DATA_FORMATS.join(", ")}; required to read a pipe or device (e.g. /dev/stdin)`
    },
    delimiter: {
      type: "string",
      value: "<char>",
      description: 'CSV delimiter (default: "," for csv, tab for tsv)'
    },
    "max-errors": {
      type: "string",
      value: "<n>",
      description: `errors listed in the report and output (default: report.max-errors, else ${DEFAULT_MAX_ERRORS}); counts stay exact`
    },
    "examples-per-column": {
      type: "string",
      value: "<n>",
      description: `errors kept per column and file (default ${DEFAULT_EXAMPLES_PER_COLUMN})`
    },
    workers: {
      type: "string",
      value: "<n>",
      description: "worker threads for large CSV files (default: available cores, at most 8)"
    },
    "fail-on": FAIL_ON_OPTION,
    report: { ...REPORT_OPTION, description: "also write the JSON report to this file (one dataset)" },
    "report-dir": {
      type: "string",
      value: "<dir>",
      description: "write one JSON report per dataset here, as validation-<dataset>.json"
    },
    shard: {
      type: "string",
      value: "<k>/<n>",
      description: "validate only the k-th of n shards of the files (a matrix job); needs --partial"
    },
    partial: {
      type: "string",
      value: "<file>",
      description: "with --shard: write what this shard found here, for mlgate merge"
    },
    ...OUTPUT_OPTIONS
  },
  epilog: `With several datasets, --json prints an array of reports.

A run split across n jobs: each runs validate --shard k/n --partial shard-k.json (whole files balanced by size;
with fewer files than jobs, Parquet row groups and Arrow record batches are split, and key hashes go to
shard-k.json.keys beside it), then mlgate merge shard-*.json gives the report the whole run would have given.
A shard exits 0 once its partial is written (errors are the merge's to judge), 2 on unusable input.

exit status: 0 valid; 1 the data broke the schema; 2 bad usage, schema, config or unreadable input; 3 internal error`
};
function delimiterOf(value) {
  const unescaped = value === "\\t" ? "	" : value;
  if (unescaped !== void 0 && (unescaped.length !== 1 || unescaped.charCodeAt(0) > 127 || /["\r\n]/.test(unescaped))) {
    throw new UserError("--delimiter must be one ASCII character other than a quote or a newline");
  }
  return unescaped;
}
async function run8({ values, positionals }, io) {
  const format = outputFormat(values);
  const delimiter = delimiterOf(values.delimiter);
  const workers = values.workers === void 0 ? void 0 : integerOption("workers", values.workers, 1, 1);
  const examplesPerColumn = integerOption(
    "examples-per-column",
    values["examples-per-column"],
    1,
    DEFAULT_EXAMPLES_PER_COLUMN
  );
  if (positionals.length > 0 && values.schema === void 0) {
    throw new UserError("--schema <file> is required with data files");
  }
  if (positionals.length === 0 && values.schema !== void 0) {
    throw new UserError("--schema needs at least one data file");
  }
  const config = await findConfig(io.cwd, values.config);
  const plan = planRun(
    config,
    {
      schema: values.schema,
      data: positionals,
      format: choiceOption("format", values.format, ["auto", ...DATA_FORMATS]),
      maxErrors: values["max-errors"] === void 0 ? void 0 : integerOption("max-errors", values["max-errors"], 0, 0),
      failOn: failOnOption(values["fail-on"])
    },
    cliInputNamer
  );
  if (plan.datasets.length === 0) {
    throw new UserError("nothing to validate: give --schema and data files, or datasets: in mlgate.yml");
  }
  if (values.report !== void 0 && plan.datasets.length > 1) {
    throw new UserError(
      `--report takes one dataset; mlgate.yml has ${plan.datasets.length}: use --report-dir`
    );
  }
  const inputs = plan.datasets.flatMap((dataset) => [dataset.schema, ...dataset.data]);
  if (values.shard === void 0 !== (values.partial === void 0))
    throw new UserError("--shard <k>/<n> and --partial <file> go together");
  if (values.shard !== void 0) {
    if (values.report !== void 0 || values["report-dir"] !== void 0)
      throw new UserError("a shard writes a partial (--partial), not reports: mlgate merge writes those");
    const shard = parseShard(values.shard);
    const partialTarget = await reportTarget(io.cwd, values.partial, inputs);
    await reportTarget(io.cwd, `${partialTarget}.keys`, inputs);
    const run9 = await validateShard(
      plan.datasets.map((dataset) => ({
        name: dataset.name,
        cwd: io.cwd,
        schema: dataset.schema,
        data: dataset.data,
        dataFrom: dataset.dataFrom,
        format: dataset.format,
        maxErrors: plan.report.maxErrors,
        examplesPerColumn,
        ...workers !== void 0 ? { workers } : {},
        ...delimiter !== void 0 ? { delimiter } : {}
      })),
      shard,
      {}
    );
    const { datasets } = (await writePartial(partialTarget, run9)).partial;
    for (const dataset of datasets) {
      const rows = dataset.results.reduce((sum, result) => sum + result.file.rows, 0) + dataset.pieces.reduce((sum, piece) => sum + piece.state.rows, 0);
      const pieces = dataset.pieces.length > 0 ? ` and a piece of ${dataset.pieces.length}` : "";
      io.stdout(
        `shard ${shard.index}/${shard.count}, dataset ${dataset.name}: ${dataset.results.length} of ${dataset.files.length} files${pieces}, ${rows.toLocaleString("en-US")} rows
`
      );
    }
    io.stdout(`partial written to ${values.partial}: merge every shard's with mlgate merge
`);
    return 0;
  }
  const target = await reportTarget(io.cwd, values.report, inputs);
  const reportDir = await outputFolder(io.cwd, "--report-dir", values["report-dir"]);
  const reports = [];
  for (const dataset of plan.datasets) {
    reports.push(
      await validateDataset({
        cwd: io.cwd,
        schema: dataset.schema,
        data: dataset.data,
        dataFrom: dataset.dataFrom,
        format: dataset.format,
        maxErrors: plan.report.maxErrors,
        examplesPerColumn,
        ...workers !== void 0 ? { workers } : {},
        ...delimiter !== void 0 ? { delimiter } : {}
      })
    );
  }
  if (target !== void 0) await writeReportFile(path17.dirname(target), path17.basename(target), reports[0]);
  if (reportDir !== void 0) {
    for (const [index, report] of reports.entries()) {
      await writeReportFile(reportDir, reportFileName("validation", plan.datasets[index].name), report);
    }
  }
  const verdict = gate(reports, plan.failOn);
  if (format === "json") {
    io.stdout(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}
`);
  } else if (format === "markdown") {
    io.stdout(commentMarkdown(reports, { now: /* @__PURE__ */ new Date() }));
  } else {
    io.stdout(renderReportText(reports, verdict));
  }
  return verdict.exitCode;
}
var validateCommand = defineCommand(
  SPEC9,
  "check data files against a Table Schema or JSON Schema (or the datasets of mlgate.yml)",
  run8
);

// packages/cli/src/commands/index.ts
var commands = [
  compareCommand,
  validateCommand,
  mergeCommand,
  schemaCommand,
  profileCommand,
  driftCommand,
  evaluateCommand,
  reportCommand,
  modelCommand
];

// packages/cli/src/run-cli.ts
function usage(list2) {
  const width = Math.max(...list2.map((c) => c.name.length));
  const lines = list2.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `usage: mlgate <command> [options]

commands:
${lines.join("\n")}

Run 'mlgate <command> --help' for a command's options.
`;
}
async function runCli(given, io) {
  const debug = wantsDebug(given, io.env ?? process.env);
  const argv = given.filter((arg) => arg !== "--debug");
  const [name, ...rest] = argv;
  const names = commands.map((c) => c.name).join(", ");
  if (name === void 0) {
    io.stderr(`mlgate: give a command: ${names} (mlgate --help describes them)
`);
    return ExitCode.badInput;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(usage(commands));
    return ExitCode.passed;
  }
  if (name === "--version") {
    io.stdout(`${MLGATE_VERSION}
`);
    return ExitCode.passed;
  }
  const command = commands.find((c) => c.name === name);
  if (command === void 0) {
    io.stderr(
      `mlgate: unknown command '${name}'; the commands are ${names} (mlgate --help describes them)
`
    );
    return ExitCode.badInput;
  }
  const label = commandLabel(argv, command.subcommands);
  const env = io.env ?? process.env;
  const secrets = tokensIn(env);
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(redactSecrets(userErrorLine(label, error), secrets));
      return ExitCode.badInput;
    }
    const failure2 = describeGitHubFailure(error);
    if (failure2 !== void 0) {
      io.stderr(redactSecrets(`${label}: ${failure2}
`, secrets));
      return ExitCode.badInput;
    }
    io.stderr(internalErrorLine(label, error, debug, env));
    return ExitCode.internalError;
  }
}
export {
  runCli
};
