import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);

// packages/engine/src/user-error.ts
var UserError = class extends Error {
  name = "UserError";
  /** Where the mistake is, when it has a place: shown as `file:line:column` and as a workflow annotation. */
  location;
  constructor(message, location) {
    super(message.replace(/\s*\n\s*/g, " "));
    this.location = location;
  }
};
var ExitCode = {
  passed: 0,
  verdictFailed: 1,
  badInput: 2,
  internalError: 3
};
function isUserError(error) {
  return error instanceof UserError;
}

export {
  UserError,
  ExitCode,
  isUserError
};
