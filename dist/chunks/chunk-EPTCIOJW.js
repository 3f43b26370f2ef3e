import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  publish
} from "./chunk-2272JGB5.js";
import {
  checkNameInput,
  clientForTokenInput
} from "./chunk-M3M6EC4J.js";
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
