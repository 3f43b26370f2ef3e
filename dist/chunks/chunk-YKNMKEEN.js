import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);

// packages/engine/src/report/report-subject.ts
var MLGATE_VERSION = "0.1.0";
var COMMIT_SHA_SCHEMA = { type: "string", pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" };
var SUBJECT_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    repository: { type: "string", pattern: "^[^/\\s]+/[^/\\s]+$" },
    sha: COMMIT_SHA_SCHEMA,
    pullRequest: { type: "integer", minimum: 1 },
    runId: { type: "integer", minimum: 1 },
    runAttempt: { type: "integer", minimum: 1 }
  }
};

// packages/github/src/github-failure.ts
function describeGitHubFailure(error) {
  const failure = error;
  const code = networkFailureCode(error);
  if (code !== void 0 && failure?.request !== void 0) {
    const url2 = (failure.request.url ?? "").replace(/\?.*$/, "");
    const request = `${failure.request.method ?? "a request"} ${url2}`;
    if (code === "ETIMEDOUT")
      return `GitHub at ${originOf(url2)} did not answer ${request}: ${firstLine(failure.message)}`;
    return `cannot reach GitHub at ${originOf(url2)}: ${code} (${request})`;
  }
  if (failure?.name !== "HttpError" || failure.request === void 0 || typeof failure.status !== "number") {
    return void 0;
  }
  const url = (failure.request.url ?? "").replace(/\?.*$/, "");
  return `GitHub answered ${failure.status} to ${failure.request.method ?? "a request"} ${url}: ${firstLine(failure.message)}`;
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
  const failure = error;
  if (typeof failure !== "object" || failure === null) return void 0;
  if (failure.response !== void 0) return void 0;
  if (typeof failure.status === "number" && failure.status !== 500) return void 0;
  let cause = failure;
  for (let depth = 0; depth < 5 && typeof cause === "object" && cause !== null; depth++) {
    const code = cause.code;
    if (typeof code === "string" && code !== "") return code.startsWith("UND_ERR") ? "ECONNRESET" : code;
    cause = cause.cause;
  }
  return failure.status === 500 && "cause" in failure ? "ECONNRESET" : void 0;
}

export {
  MLGATE_VERSION,
  COMMIT_SHA_SCHEMA,
  SUBJECT_SCHEMA,
  describeGitHubFailure,
  httpStatusOf,
  networkFailureCode
};
