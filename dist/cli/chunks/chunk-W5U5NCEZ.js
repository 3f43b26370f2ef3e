import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  ExitCode,
  isUserError
} from "./chunk-LPQDUCI6.js";

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

// packages/engine/src/secret-redaction.ts
var TOKEN_VARIABLE = /(^|[_-])TOKEN$/i;
function tokensIn(env) {
  const found = /* @__PURE__ */ new Set();
  for (const [name, value] of Object.entries(env)) {
    if (!TOKEN_VARIABLE.test(name) || value === void 0) continue;
    for (const line of value.split(/\r?\n/)) {
      const secret = line.trim();
      if (secret !== "") found.add(secret);
    }
  }
  return [...found];
}
function redactSecrets(text, secrets) {
  let redacted = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    redacted = redacted.split(secret).join("***");
  }
  return redacted;
}

// packages/cli/src/cli-failure.ts
function wantsDebug(argv, env) {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).includes("--debug") || Boolean(env["MLGATE_DEBUG"]);
}
function commandLabel(argv, subcommands = []) {
  const [name, sub] = argv.filter((arg) => arg !== "--debug");
  if (name === void 0 || name.startsWith("-")) return "mlgate";
  return sub !== void 0 && subcommands.includes(sub) ? `mlgate ${name} ${sub}` : `mlgate ${name}`;
}
function internalErrorLine(label, error, debug, env) {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = `${label}: internal error (mlgate ${MLGATE_VERSION}): ${text.split("\n")[0]}. This is a bug in mlgate: please report it${debug ? "" : " (--debug shows the stack)"}.
`;
  const stack = debug && error instanceof Error && error.stack !== void 0 ? `${error.stack}
` : "";
  return redactSecrets(line + stack, tokensIn(env));
}
function userErrorLine(label, error) {
  const where = error.location ? `${[error.location.file, error.location.line, error.location.column].filter((part) => part !== void 0).join(":")}: ` : "";
  return `${label}: ${where}${error.message}
`;
}
function reportCliFailure(argv, io, error) {
  const env = io.env ?? process.env;
  if (isUserError(error)) {
    io.stderr(redactSecrets(userErrorLine(commandLabel(argv), error), tokensIn(env)));
    return ExitCode.badInput;
  }
  io.stderr(internalErrorLine(commandLabel(argv), error, wantsDebug(argv, env), env));
  return ExitCode.internalError;
}
function installCliFailureHandlers(argv, io) {
  const stop = (error) => process.exit(reportCliFailure(argv, io, error));
  process.on("unhandledRejection", stop);
  process.on("uncaughtException", stop);
}

export {
  MLGATE_VERSION,
  COMMIT_SHA_SCHEMA,
  SUBJECT_SCHEMA,
  tokensIn,
  redactSecrets,
  wantsDebug,
  commandLabel,
  internalErrorLine,
  userErrorLine,
  reportCliFailure,
  installCliFailureHandlers
};
