import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  runValidationStage
} from "./chunk-FTU637RP.js";
import {
  publishValidation,
  uploadPartialArtifact
} from "./chunk-HUDD4C4Q.js";
import "./chunk-BQK7HXF3.js";
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
} from "./chunk-QURJ2BOW.js";
import {
  planRun,
  validateShard,
  writePartial
} from "./chunk-RBU66TPT.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";
import {
  info,
  setOutput
} from "./chunk-GPNEBVUZ.js";
import "./chunk-F2IDUSPK.js";
import "./chunk-JY54KWOX.js";

// packages/github/src/actions/validate-data-action.ts
import { mkdir } from "node:fs/promises";
import path from "node:path";

// packages/github/src/stages/shard-stage.ts
async function runShardStage(datasets, request) {
  return validateShard(
    datasets.map((dataset) => ({
      name: dataset.name,
      cwd: request.workspace,
      schema: dataset.schema,
      data: dataset.data,
      dataFrom: dataset.dataFrom,
      format: dataset.format,
      maxErrors: request.report.maxErrors,
      examplesPerColumn: request.report.examplesPerColumn
    })),
    request.shard,
    request.subject
  );
}

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
  if (shard !== void 0) return validateShard2(plan.datasets, plan.report, shard, reportDir, environment);
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
async function validateShard2(datasets, report, shard, reportDir, { workspace, context }) {
  const run = await runShardStage(datasets, { workspace, subject: subjectOf(context), report, shard });
  const file = path.join(reportDir, `partial-${shard.index}-of-${shard.count}.json`);
  await mkdir(reportDir, { recursive: true });
  const written = await writePartial(file, run);
  const uploaded = await uploadPartialArtifact(written.files, shard);
  setOutput(ValidateDataAction.ownOutputs[0], file);
  for (const dataset of written.partial.datasets) {
    const rows = dataset.results.reduce((sum, result) => sum + result.file.rows, 0) + dataset.pieces.reduce((sum, piece) => sum + piece.state.rows, 0);
    const pieces = dataset.pieces.length > 0 ? ` and a piece of ${dataset.pieces.length}` : "";
    info(
      `validate-data: shard ${shard.index}/${shard.count}, dataset ${dataset.name}: ${dataset.results.length} of ${dataset.files.length} files${pieces}, ${rows} rows`
    );
  }
  info(
    `validate-data: partial uploaded as artifact '${uploaded.name}'; merge-reports judges the whole run`
  );
  return 0;
}
export {
  validateDataAction
};
