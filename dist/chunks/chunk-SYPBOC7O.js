import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  publish
} from "./chunk-ZEILNVVH.js";
import {
  checkNameInput,
  clientForTokenInput
} from "./chunk-MJ5NRDFC.js";
import {
  info
} from "./chunk-GPNEBVUZ.js";

// packages/github/src/actions/validation-publishing.ts
async function publishValidation(reports, publishing, { workspace, env, context, now }) {
  const result = await publish(
    { reports, failOn: publishing.failOn, fold: publishing.fold },
    {
      summary: true,
      annotations: true,
      checkRun: { name: checkNameInput(publishing.inputs.checkName) },
      outputs: publishing.outputs
    },
    { context, workspace, env, now, client: clientForTokenInput(publishing.inputs.token) }
  );
  info(`${publishing.step}: ${result.gate.verdict} (${result.gate.verdictReason})`);
  return result.gate.exitCode;
}

export {
  publishValidation
};
