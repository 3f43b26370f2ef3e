import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  runValidationStage
} from "./chunk-X3HVVL54.js";
import {
  publish
} from "./chunk-UM53I5S7.js";
import {
  ValidateDataAction,
  actionEnvironment,
  actionInputNamer,
  checkNameInput,
  checkPlanPaths,
  clientForTokenInput,
  loadActionConfig,
  readPlanInputs,
  reportDirectory,
  subjectOf
} from "./chunk-DRWSWFGX.js";
import {
  planRun
} from "./chunk-2FVGFAGU.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";
import "./chunk-F2IDUSPK.js";
import {
  info
} from "./chunk-GPNEBVUZ.js";
import "./chunk-JY54KWOX.js";

// packages/github/src/actions/validate-data-action.ts
var { inputs } = ValidateDataAction;
async function validateDataAction() {
  const { workspace, env, context, now, paths } = actionEnvironment();
  const config = await loadActionConfig(inputs.config, paths);
  const given = readPlanInputs(inputs);
  const plan = planRun(config, given, actionInputNamer(inputs));
  if (plan.datasets.length === 0) {
    throw new UserError(
      `nothing to validate: give inputs '${inputs.schema}' and '${inputs.data}', or \`datasets:\` in mlgate.yml`
    );
  }
  await checkPlanPaths(plan, given, inputs, paths);
  const reports = await runValidationStage(plan.datasets, {
    workspace,
    subject: subjectOf(context),
    reportDir: reportDirectory(inputs.reportDir, env, paths),
    report: plan.report
  });
  const result = await publish(
    { reports, failOn: plan.failOn, fold: plan.report.fold },
    {
      summary: true,
      annotations: true,
      checkRun: { name: checkNameInput(inputs.checkName) },
      outputs: ValidateDataAction.outputs
    },
    { context, workspace, env, now, client: clientForTokenInput(inputs.token) }
  );
  info(`validate-data: ${result.gate.verdict} (${result.gate.verdictReason})`);
  return result.gate.exitCode;
}
export {
  validateDataAction
};
