import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMMENT_MODES,
  DATA_FORMATS,
  DEFAULT_CONFIG_FILE,
  FAIL_ON,
  RENAMED_FAIL_ON,
  checkCheckName,
  expandFilePatterns,
  findConfig,
  networkFailureCode,
  parseShard
} from "./chunk-RBU66TPT.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";
import {
  getInput,
  warning
} from "./chunk-GPNEBVUZ.js";

// packages/github/src/event-subject.ts
import { readFileSync, statSync } from "node:fs";
function pullRequestOf(context) {
  const pr = context.payload["pull_request"];
  return pr !== void 0 && typeof pr.number === "number" ? pr : void 0;
}
function subjectOf(context) {
  const pr = pullRequestOf(context);
  return {
    repository: `${context.repo.owner}/${context.repo.repo}`,
    sha: pr?.head.sha ?? context.sha,
    ...pr !== void 0 ? { pullRequest: pr.number } : {},
    runId: context.runId,
    runAttempt: context.runAttempt
  };
}
function isForkPullRequest(context) {
  const pr = pullRequestOf(context);
  if (pr === void 0) return false;
  const head = pr.head.repo?.full_name;
  const base = pr.base.repo?.full_name;
  return head === void 0 || head !== base;
}
function isPushToDefaultBranch(context) {
  if (context.eventName !== "push") return false;
  const repository = context.payload["repository"];
  const defaultBranch = repository?.default_branch;
  return defaultBranch !== void 0 && context.ref === `refs/heads/${defaultBranch}`;
}
var MAX_EVENT_BYTES = 25 * 1024 * 1024;
function positiveInteger(text, fallback) {
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set([
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "pull_request_review_comment"
]);
function readEventPayload(file) {
  let text;
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new UserError(`the event file ${file} is not a regular file`);
    if (info.size > MAX_EVENT_BYTES) {
      throw new UserError(`the event file ${file} is larger than ${MAX_EVENT_BYTES} bytes`);
    }
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = error.code;
    throw new UserError(
      code === "ENOENT" ? `the event file ${file} (GITHUB_EVENT_PATH) does not exist` : `cannot read the event file ${file} (${code ?? String(error)})`
    );
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(`the event file ${file} is not JSON (${error.message})`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    const kind = Array.isArray(parsed) ? "array" : parsed === null ? "null" : typeof parsed;
    throw new UserError(`the event file ${file} is a JSON ${kind}, not an object`);
  }
  return parsed;
}
function checkPullRequest(file, eventName, payload) {
  if (!PULL_REQUEST_EVENTS.has(eventName)) return;
  const pr = payload["pull_request"];
  const missing = typeof pr !== "object" || pr === null ? "pull_request" : typeof pr.number !== "number" ? "pull_request.number" : typeof pr.head?.sha !== "string" || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(pr.head.sha) ? "pull_request.head.sha" : void 0;
  if (missing !== void 0) {
    throw new UserError(`the event file ${file} has no ${missing}, which a ${eventName} event carries`);
  }
}
function readEventContext(env = process.env) {
  let payload = {};
  const file = env["GITHUB_EVENT_PATH"];
  const eventName = env["GITHUB_EVENT_NAME"] ?? "";
  if (file !== void 0 && file !== "") {
    payload = readEventPayload(file);
    checkPullRequest(file, eventName, payload);
  }
  const [owner = "", repo = ""] = (env["GITHUB_REPOSITORY"] ?? "").split("/");
  const fromPayload = payload["repository"];
  return {
    eventName,
    sha: env["GITHUB_SHA"] ?? "",
    ref: env["GITHUB_REF"] ?? "",
    runId: positiveInteger(env["GITHUB_RUN_ID"], 1),
    runAttempt: positiveInteger(env["GITHUB_RUN_ATTEMPT"], 1),
    repo: owner !== "" && repo !== "" ? { owner, repo } : {
      owner: typeof fromPayload?.owner?.login === "string" ? fromPayload.owner.login : "",
      repo: typeof fromPayload?.name === "string" ? fromPayload.name : ""
    },
    payload
  };
}

// packages/github/src/actions/action-inputs.ts
function stringInput(name) {
  const value = getInput(name).trim();
  return value === "" ? void 0 : value;
}
function requiredStringInput(name) {
  const value = stringInput(name);
  if (value === void 0) throw new UserError(`input '${name}' is required`);
  return value;
}
function checkNameInput(name) {
  return checkCheckName(requiredStringInput(name), `input '${name}'`);
}
function listInput(name) {
  return getInput(name).split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function optionalChoiceInput(name, choices, renamed = {}) {
  const value = stringInput(name);
  if (value === void 0) return void 0;
  if (choices.includes(value)) return value;
  if (Object.hasOwn(renamed, value)) {
    throw new UserError(`input '${name}' is '${value}', which is now called '${renamed[value]}'`);
  }
  throw new UserError(`input '${name}' is '${value}'; expected one of: ${choices.join(", ")}`);
}
function booleanInput(name, fallback) {
  return optionalBooleanInput(name) ?? fallback;
}
function optionalBooleanInput(name) {
  const value = stringInput(name);
  if (value === void 0) return void 0;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new UserError(`input '${name}' is '${value}'; expected true or false`);
}
function integerInput(name, fallback, range = {}) {
  return optionalIntegerInput(name, range) ?? fallback;
}
function optionalIntegerInput(name, range = {}) {
  const value = stringInput(name);
  if (value === void 0) return void 0;
  const parsed = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(parsed))
    throw new UserError(`input '${name}' is '${value}'; expected a whole number`);
  if (range.min !== void 0 && parsed < range.min)
    throw new UserError(`input '${name}' must be at least ${range.min}`);
  if (range.max !== void 0 && parsed > range.max)
    throw new UserError(`input '${name}' must be at most ${range.max}`);
  return parsed;
}
function optionalShardInput(name) {
  const value = stringInput(name);
  return value === void 0 ? void 0 : parseShard(value, `input '${name}'`);
}

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
  const failure = error;
  const code = networkFailureCode(error);
  if (code !== void 0) {
    if (UNREACHABLE.has(code)) return retryCount >= 1 ? "final" : "backoff";
    const isGraphQL = /\/graphql$/.test(failure.request?.url ?? "");
    return method.toUpperCase() === "POST" && !isGraphQL ? "final" : "backoff";
  }
  return typeof failure.status === "number" && failure.status >= 500 ? "backoff" : "plugins";
}
var finals = /* @__PURE__ */ new WeakSet();
function markFinal(error) {
  if (typeof error !== "object" || error === null) return error;
  const failure = error;
  if (failure.request !== void 0) failure.request = { ...failure.request, request: void 0 };
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
  const text = env[name];
  const seconds = text === void 0 || text.trim() === "" ? NaN : Number(text);
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

// packages/github/src/actions/workspace-paths.ts
import { realpathSync, statSync as statSync2 } from "node:fs";
import path from "node:path";
var ALLOW_PATHS_OUTSIDE_WORKSPACE = "allow-paths-outside-workspace";
function resolvedPath(absolute) {
  const rest = [];
  let at = absolute;
  for (; ; ) {
    try {
      return path.join(realpathSync(at), ...rest);
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return absolute;
      rest.unshift(path.basename(at));
      at = parent;
    }
  }
}
function isInside(file, root) {
  const relative = path.relative(root, file);
  return relative === "" || !relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative);
}
function workspacePaths(workspace, env, allowOutside) {
  const runnerTemp = env["RUNNER_TEMP"];
  const readRoots = [resolvedPath(path.resolve(workspace))];
  const writeRoots = [...readRoots, ...runnerTemp ? [resolvedPath(path.resolve(runnerTemp))] : []];
  const where = (roots) => roots.length > 1 ? "outside the workspace and RUNNER_TEMP" : "outside the workspace";
  function check(file, from, roots) {
    if (allowOutside) return;
    const absolute = path.resolve(workspace, file);
    const resolved = resolvedPath(absolute);
    if (roots.some((root) => isInside(resolved, root))) return;
    const via = resolved === absolute ? "" : ` (it leads to ${resolved})`;
    throw new UserError(
      `${from}: ${file}${via} is ${where(roots)}; set '${ALLOW_PATHS_OUTSIDE_WORKSPACE}: true' to allow it`
    );
  }
  return {
    workspace,
    checkRead: (file, from) => check(file, from, readRoots),
    async checkReadPatterns(patterns, from, options = {}) {
      for (const pattern of patterns) check(pattern.replace(/[*?[{(!].*$/, "") || ".", from, readRoots);
      for (const file of await expandFilePatterns(patterns, workspace, from)) {
        check(file, from, readRoots);
        if (options.directories !== true && statSync2(path.resolve(workspace, file), { throwIfNoEntry: false })?.isDirectory()) {
          throw new UserError(
            `${from}: ${file} is a directory, not a file (a glob such as ${path.posix.join(file, "*")} names the files in it)`
          );
        }
      }
    },
    checkOutputDirectory(dir, from) {
      check(dir, from, writeRoots);
      const info = statSync2(path.resolve(workspace, dir), { throwIfNoEntry: false });
      if (info !== void 0 && !info.isDirectory()) {
        throw new UserError(`${from}: ${dir} is a file, not a directory`);
      }
    }
  };
}

// packages/github/src/actions/action-environment.ts
function actionEnvironment(env = process.env) {
  const workspace = env["GITHUB_WORKSPACE"] || process.cwd();
  return {
    workspace,
    env,
    context: readEventContext(env),
    now: /* @__PURE__ */ new Date(),
    paths: workspacePaths(workspace, env, booleanInput(ALLOW_PATHS_OUTSIDE_WORKSPACE, false))
  };
}
function clientForTokenInput(tokenInput) {
  const token = stringInput(tokenInput);
  if (token === void 0) return void 0;
  let client;
  return () => client ??= createGitHubClient({ token, warn: (message) => warning(message) });
}
function requiredClient(client, what, tokenInput) {
  return () => {
    if (client === void 0) throw new UserError(`${what} needs a token (input '${tokenInput}')`);
    return client();
  };
}

// packages/github/src/actions/action-io.ts
var GateAction = {
  dir: ".",
  inputs: {
    config: "config",
    schema: "schema",
    data: "data",
    format: "format",
    maxErrors: "max-errors",
    metrics: "metrics",
    predictions: "predictions",
    baseline: "baseline",
    baselineName: "baseline-name",
    requireBaseline: "require-baseline",
    failOn: "fail-on",
    checkName: "check-name",
    comment: "comment",
    commentId: "comment-id",
    commentMode: "comment-mode",
    reportDir: "report-dir",
    allowPathsOutsideWorkspace: "allow-paths-outside-workspace",
    dispatch: "dispatch",
    dispatchRef: "dispatch-ref",
    token: "token"
  },
  outputs: [
    "verdict",
    "reason",
    "valid",
    "error-count",
    "regressions",
    "baseline-source",
    "baseline-sha",
    "reports",
    "check-run-url",
    "comment-url",
    "retrain",
    "drifted-columns"
  ]
};
var ValidateDataAction = {
  dir: "actions/validate-data",
  inputs: {
    config: "config",
    schema: "schema",
    data: "data",
    format: "format",
    maxErrors: "max-errors",
    failOn: "fail-on",
    checkName: "check-name",
    reportDir: "report-dir",
    allowPathsOutsideWorkspace: "allow-paths-outside-workspace",
    shard: "shard",
    token: "token"
  },
  outputs: ["verdict", "valid", "error-count", "rows", "fingerprint", "reports", "check-run-url"],
  /** A shard's step (input `shard`) publishes nothing: it leaves its partial for merge-reports. */
  ownOutputs: ["partial"]
};
var MergeReportsAction = {
  dir: "actions/merge-reports",
  inputs: {
    config: "config",
    failOn: "fail-on",
    checkName: "check-name",
    reportDir: "report-dir",
    allowPathsOutsideWorkspace: "allow-paths-outside-workspace",
    token: "token"
  },
  outputs: ValidateDataAction.outputs
};
var CompareMetricsAction = {
  dir: "actions/compare-metrics",
  inputs: {
    config: "config",
    metrics: "metrics",
    predictions: "predictions",
    baseline: "baseline",
    baselineName: "baseline-name",
    requireBaseline: "require-baseline",
    failOn: "fail-on",
    checkName: "check-name",
    dataReport: "data-report",
    reportDir: "report-dir",
    allowPathsOutsideWorkspace: "allow-paths-outside-workspace",
    token: "token"
  },
  outputs: [
    "verdict",
    "reason",
    "regressions",
    "baseline-source",
    "baseline-sha",
    "reports",
    "check-run-url"
  ]
};
var CommentAction = {
  dir: "actions/comment",
  inputs: {
    config: "config",
    reports: "reports",
    id: "id",
    mode: "mode",
    prNumber: "pr-number",
    commitComment: "commit-comment",
    fromArtifact: "from-artifact",
    artifactName: "artifact-name",
    allowPathsOutsideWorkspace: "allow-paths-outside-workspace",
    token: "token"
  },
  outputs: ["outcome", "verdict", "reason", "comment-id", "comment-url"]
};
var PublishModelAction = {
  dir: "actions/publish-model",
  inputs: {
    model: "model",
    name: "name",
    version: "version",
    bump: "bump",
    require: "require",
    minApprovals: "min-approvals",
    allowStaleApprovals: "allow-stale-approvals",
    checkName: "check-name",
    reports: "reports",
    profiles: "profiles",
    prerelease: "prerelease",
    makeLatest: "make-latest",
    config: "config",
    allowPathsOutsideWorkspace: "allow-paths-outside-workspace",
    token: "token"
  },
  outputs: ["released", "version", "tag", "release-url", "manifest"]
};
var REPORTING_ACTIONS = [
  GateAction,
  ValidateDataAction,
  MergeReportsAction,
  CompareMetricsAction,
  CommentAction
];
var ACTIONS = [...REPORTING_ACTIONS, PublishModelAction];

// packages/github/src/actions/plan-inputs.ts
import os from "node:os";
import path2 from "node:path";
function readPlanInputs(names) {
  const read = (name, reader) => name === void 0 ? void 0 : reader(name);
  return {
    schema: read(names.schema, stringInput),
    data: read(names.data, listInput),
    format: read(names.format, (name) => optionalChoiceInput(name, ["auto", ...DATA_FORMATS])),
    maxErrors: read(names.maxErrors, (name) => optionalIntegerInput(name, { min: 0 })),
    metrics: read(names.metrics, listInput),
    baseline: read(names.baseline, stringInput),
    baselineName: read(names.baselineName, stringInput),
    requireBaseline: read(names.requireBaseline, optionalBooleanInput),
    failOn: read(names.failOn, (name) => optionalChoiceInput(name, FAIL_ON, RENAMED_FAIL_ON)),
    commentId: read(names.commentId, stringInput),
    commentMode: read(names.commentMode, (name) => optionalChoiceInput(name, COMMENT_MODES))
  };
}
function actionInputNamer(names) {
  return (input) => `input '${names[input] ?? input}'`;
}
async function loadActionConfig(configInput, paths) {
  const file = stringInput(configInput);
  paths.checkRead(file ?? DEFAULT_CONFIG_FILE, `input '${configInput}'`);
  return findConfig(paths.workspace, file === DEFAULT_CONFIG_FILE ? void 0 : file);
}
async function checkPlanPaths(plan, given, names, paths) {
  for (const dataset of plan.datasets) {
    const fromInputs = given.schema !== void 0 && dataset.schema === given.schema;
    paths.checkRead(
      dataset.schema,
      fromInputs ? `input '${names.schema}'` : dataset.dataFrom.replace(/\.path$/, ".schema")
    );
    await paths.checkReadPatterns(dataset.data, dataset.dataFrom);
  }
  if (plan.metrics !== void 0) {
    await paths.checkReadPatterns(plan.metrics.files, plan.metrics.filesFrom);
    const baseline = plan.metrics.baseline;
    if (baseline.kind === "file") {
      paths.checkRead(
        baseline.path,
        given.baseline !== void 0 ? `input '${names.baseline}'` : "baseline.source"
      );
    }
  }
}
function reportDirectory(reportDirInput, env, paths) {
  const given = stringInput(reportDirInput);
  if (given === void 0) return path2.join(env["RUNNER_TEMP"] || os.tmpdir(), "mlgate");
  paths.checkOutputDirectory(given, `input '${reportDirInput}'`);
  return given;
}

export {
  subjectOf,
  isForkPullRequest,
  isPushToDefaultBranch,
  clientLimits,
  stringInput,
  requiredStringInput,
  checkNameInput,
  listInput,
  optionalChoiceInput,
  booleanInput,
  integerInput,
  optionalIntegerInput,
  optionalShardInput,
  actionEnvironment,
  clientForTokenInput,
  requiredClient,
  GateAction,
  ValidateDataAction,
  MergeReportsAction,
  CompareMetricsAction,
  CommentAction,
  PublishModelAction,
  readPlanInputs,
  actionInputNamer,
  loadActionConfig,
  checkPlanPaths,
  reportDirectory
};
