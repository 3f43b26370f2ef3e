import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  MLGATE_VERSION,
  describeGitHubFailure
} from "./chunk-YKNMKEEN.js";
import {
  ExitCode,
  isUserError
} from "./chunk-LPQDUCI6.js";
import {
  debug,
  error,
  setSecret
} from "./chunk-GPNEBVUZ.js";

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
function redactSecrets(text, secrets2) {
  let redacted = text;
  for (const secret of [...secrets2].sort((a, b) => b.length - a.length)) {
    redacted = redacted.split(secret).join("***");
  }
  return redacted;
}

// packages/github/src/actions/secret-masking.ts
var secrets = /* @__PURE__ */ new Set();
function maskTokens(env = process.env) {
  for (const secret of tokensIn(env)) {
    if (secrets.has(secret)) continue;
    secrets.add(secret);
    setSecret(secret);
  }
}
function redactSecrets2(text) {
  return redactSecrets(text, secrets);
}

// packages/github/src/actions/action-runner.ts
async function runAction(action, load) {
  let stage = "while loading";
  try {
    maskTokens();
    process.on(
      "unhandledRejection",
      (reason) => failAndExit(action, "in an unhandled promise rejection", reason)
    );
    process.on("uncaughtException", (error2) => failAndExit(action, "in a callback", error2));
    const body = await load();
    stage = "while running";
    const code = await body();
    if (code !== ExitCode.passed) process.exitCode = code;
  } catch (error2) {
    process.exitCode = report(action, stage, error2);
  }
}
function failAndExit(action, stage, error2) {
  process.exit(report(action, stage, error2));
}
function report(action, stage, error2) {
  if (isUserError(error2)) {
    const where = error2.location;
    const message = where !== void 0 && !error2.message.includes(where.file) ? `${where.file}: ${error2.message}` : error2.message;
    error(
      redactSecrets2(message),
      where ? { file: where.file, startLine: where.line, startColumn: where.column } : {}
    );
    return ExitCode.badInput;
  }
  const failure = describeGitHubFailure(error2);
  if (failure !== void 0) {
    error(redactSecrets2(failure));
    return ExitCode.badInput;
  }
  const text = error2 instanceof Error ? `${error2.name}: ${error2.message}` : String(error2);
  const described = text.split("\n")[0];
  debug(redactSecrets2(error2 instanceof Error ? error2.stack ?? text : String(error2)));
  error(
    redactSecrets2(
      `mlgate internal error (mlgate ${MLGATE_VERSION}, ${action}, ${stage}): ${described}. This is a bug in mlgate: please report it, with the debug log (re-run the job with debug logging).`
    )
  );
  return ExitCode.internalError;
}

export {
  runAction
};
