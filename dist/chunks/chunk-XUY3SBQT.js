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

export {
  MLGATE_VERSION,
  COMMIT_SHA_SCHEMA,
  SUBJECT_SCHEMA
};
