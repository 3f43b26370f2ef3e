import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  runShardStep,
  runValidationStage
} from "./chunk-CUK6GG5Q.js";
import {
  publishValidation
} from "./chunk-SYPBOC7O.js";
import "./chunk-GQFQRTPN.js";
import {
  planRun
} from "./chunk-ZEILNVVH.js";
import {
  ValidateDataAction,
  actionEnvironment,
  actionInputNamer,
  checkPlanPaths,
  loadActionConfig,
  optionalShardInput,
  readPlanInputs,
  reportDirectory,
  subjectOf
} from "./chunk-MJ5NRDFC.js";
import "./chunk-YKNMKEEN.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";
import "./chunk-GPNEBVUZ.js";
import "./chunk-5JLT6RT2.js";
import "./chunk-J6O7JMOG.js";
import "./chunk-CZFNJMKF.js";
import "./chunk-JY54KWOX.js";

// packages/github/src/actions/validate-data-action.ts
var { inputs } = ValidateDataAction;
async function validateDataAction() {
  const environment = actionEnvironment();
  const { workspace, env, context, paths } = environment;
  const config = await loadActionConfig(inputs.config, paths);
  const given = readPlanInputs(inputs);
  const plan = planRun(config, given, actionInputNamer(inputs));
  if (plan.datasets.length === 0) {
    throw new UserError(
      `nothing to validate: give inputs '${inputs.schema}' and '${inputs.data}', or \`datasets:\` in mlgate.yml`
    );
  }
  const shard = optionalShardInput(inputs.shard);
  await checkPlanPaths(plan, given, inputs, paths);
  const reportDir = reportDirectory(inputs.reportDir, env, paths);
  if (shard !== void 0) {
    const { datasets, report } = plan;
    const partialOutput = ValidateDataAction.ownOutputs[0];
    return runShardStep(
      { step: "validate-data", datasets, report, shard, reportDir, partialOutput },
      environment
    );
  }
  const reports = await runValidationStage(plan.datasets, {
    workspace,
    subject: subjectOf(context),
    reportDir,
    report: plan.report
  });
  return publishValidation(
    reports,
    {
      step: "validate-data",
      failOn: plan.failOn,
      fold: plan.report.fold,
      inputs,
      outputs: ValidateDataAction.outputs
    },
    environment
  );
}
export {
  validateDataAction
};
