import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  evaluationWork,
  runComparisonStage,
  runEvaluationStage
} from "./chunk-RDZ22MGO.js";
import "./chunk-DW2FX2QY.js";
import {
  planRun,
  publish
} from "./chunk-ZEILNVVH.js";
import {
  CompareMetricsAction,
  actionEnvironment,
  actionInputNamer,
  checkNameInput,
  checkPlanPaths,
  clientForTokenInput,
  loadActionConfig,
  readPlanInputs,
  readReportFile,
  reportDirectory,
  requiredClient,
  stringInput
} from "./chunk-MJ5NRDFC.js";
import "./chunk-YKNMKEEN.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";
import {
  info
} from "./chunk-GPNEBVUZ.js";
import "./chunk-5JLT6RT2.js";
import "./chunk-J6O7JMOG.js";
import "./chunk-CZFNJMKF.js";
import "./chunk-JY54KWOX.js";

// packages/github/src/actions/compare-metrics-action.ts
var { inputs } = CompareMetricsAction;
async function dataReport(paths) {
  const file = stringInput(inputs.dataReport);
  if (file === void 0) return [];
  paths.checkRead(file, `input '${inputs.dataReport}'`);
  const { report } = await readReportFile(file, paths.workspace);
  if (report.kind !== "mlgate/validation@1") {
    throw new UserError(
      `input '${inputs.dataReport}': ${file} is a ${report.kind} report, not a validation report`
    );
  }
  return [report];
}
async function compareMetricsAction() {
  const { workspace, env, context, now, paths } = actionEnvironment();
  const config = await loadActionConfig(inputs.config, paths);
  const given = readPlanInputs(inputs);
  const plan = planRun(config, given, actionInputNamer(inputs));
  await checkPlanPaths(plan, given, inputs, paths);
  const evaluation = evaluationWork(inputs.predictions, inputs.baselineName, config, plan, given, paths);
  if (plan.metrics === void 0 && evaluation === void 0) {
    throw new UserError(
      `input '${inputs.metrics}' needs at least one metrics file (or metrics.files in mlgate.yml), or give input '${inputs.predictions}'`
    );
  }
  const checkName = checkNameInput(inputs.checkName);
  const client = clientForTokenInput(inputs.token);
  const reportDir = reportDirectory(inputs.reportDir, env, paths);
  const reports = [];
  if (plan.metrics !== void 0) {
    const { file } = await runComparisonStage({
      workspace,
      context,
      work: plan.metrics,
      reportDir,
      reportName: checkName,
      client: requiredClient(client, "baseline 'release'", inputs.token),
      data: await dataReport(paths)
    });
    reports.push(file);
  }
  if (evaluation !== void 0) {
    reports.push(
      await runEvaluationStage({
        workspace,
        context,
        work: evaluation,
        reportDir,
        reportName: checkName,
        now: () => now
      })
    );
  }
  const result = await publish(
    { reports, failOn: plan.failOn, fold: plan.report.fold },
    {
      summary: true,
      annotations: true,
      checkRun: { name: checkName },
      outputs: CompareMetricsAction.outputs
    },
    { context, workspace, env, now, client }
  );
  info(`compare-metrics: ${result.gate.verdict} (${result.gate.verdictReason})`);
  return result.gate.exitCode;
}
export {
  compareMetricsAction
};
