import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  displayPath,
  loadSchema,
  runValidationStage
} from "./chunk-WKVP2T25.js";
import {
  PartialKeysBuffer,
  keysDigest,
  publishValidation,
  uploadPartialArtifact
} from "./chunk-HB4HOFLQ.js";
import "./chunk-Y5NRZDWX.js";
import {
  COLUMNAR_OPENERS,
  keySpecs,
  planRun,
  validateFilePiece,
  validateFiles
} from "./chunk-UO7PWVKY.js";
import {
  VALIDATION_PARTIAL_KIND,
  ValidateDataAction,
  actionEnvironment,
  actionInputNamer,
  checkPlanPaths,
  detectFormat,
  expandFilePatterns,
  loadActionConfig,
  optionalShardInput,
  readPlanInputs,
  reportDirectory,
  shardItems,
  subjectOf,
  writeFileAtomically
} from "./chunk-DVGUS2L5.js";
import {
  MLGATE_VERSION
} from "./chunk-YKNMKEEN.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";
import {
  info,
  setOutput
} from "./chunk-GPNEBVUZ.js";
import "./chunk-NUYAXNPL.js";
import "./chunk-55NDRWLO.js";
import "./chunk-JY54KWOX.js";

// packages/github/src/actions/validate-data-action.ts
import { mkdir } from "node:fs/promises";
import path3 from "node:path";

// packages/engine/src/validate/shards/shard-run.ts
import path2 from "node:path";

// packages/engine/src/validate/shards/dataset-shard.ts
import { statSync } from "node:fs";
import path from "node:path";
async function validateDatasetShard(request, shard, keys) {
  const { cwd, schema: schemaFile, data, dataFrom, format = "auto", name, ...rest } = request;
  const options = { ...rest, format };
  const schema = await loadSchema(path.resolve(cwd, schemaFile), displayPath(cwd, schemaFile));
  const files = (await expandFilePatterns(data, cwd, dataFrom)).map((file) => ({
    path: path.resolve(cwd, file),
    displayPath: displayPath(cwd, file)
  }));
  if (files.length === 0) throw new UserError("no data files given");
  const planned = await Promise.all(
    files.map((file) => plannedFile(file, options, files.length < shard.count))
  );
  const items = shardItems(planned, shard);
  const wholePositions = items.filter((item) => item.piece === void 0).map((item) => item.position);
  const results = await validateFiles(
    wholePositions.map((position) => files[position]),
    schema,
    options
  );
  const pieces = [];
  for (const item of items) {
    if (item.piece === void 0) continue;
    const result = await validateFilePiece(files[item.position], schema, options, item.piece);
    pieces.push({
      position: item.position,
      piece: item.piece,
      format: result.format,
      present: result.present,
      state: result.piece,
      keys: result.keys.map((hashes) => keys.append(hashes)),
      ...result.whole !== void 0 ? { whole: result.whole } : {}
    });
  }
  return {
    name,
    schema: { path: schema.path, language: schema.language, sha256: schema.sha256 },
    limits: { maxErrors: options.maxErrors, examplesPerColumn: options.examplesPerColumn },
    files: files.map((file) => file.displayPath),
    results: results.map((result, i) => ({ position: wholePositions[i], ...result })),
    pieces,
    finish: finishPlan(schema)
  };
}
function finishPlan(schema) {
  const { plan } = schema;
  const { minRows, maxRows, maxNullFraction } = plan.dataset;
  return {
    plan: {
      columns: plan.columns.map((column) => ({ name: column.name, kind: column.kind })),
      dataset: {
        ...minRows !== void 0 ? { minRows } : {},
        ...maxRows !== void 0 ? { maxRows } : {},
        maxNullFraction
      }
    },
    keys: keySpecs(plan).map((key) => ({ columns: [...key.columns], code: key.code, label: key.label }))
  };
}
async function plannedFile(file, options, mayVary) {
  const size = sizeOf(file.path, file.displayPath);
  if (!mayVary) return { size };
  const format = await detectFormat(file.path, file.displayPath, options.format);
  if (format !== "parquet" && format !== "arrow") return { size };
  const opener = (options.columnar ?? COLUMNAR_OPENERS)[format];
  if (opener === void 0) return { size };
  const source = await opener(file.path, file.displayPath);
  try {
    return source.units === void 0 ? { size } : { size, units: source.units };
  } finally {
    await source.close?.();
  }
}
function sizeOf(file, shownAs) {
  const stats = statSync(file);
  if (!stats.isFile())
    throw new UserError("a sharded run reads regular files only (every shard must see the same data)", {
      file: shownAs
    });
  return stats.size;
}

// packages/engine/src/validate/shards/shard-run.ts
async function validateShard(datasets, shard, subject) {
  const keys = new PartialKeysBuffer();
  const parts = [];
  for (const dataset of datasets) parts.push(await validateDatasetShard(dataset, shard, keys));
  return {
    partial: {
      kind: VALIDATION_PARTIAL_KIND,
      mlgateVersion: MLGATE_VERSION,
      shard,
      subject,
      datasets: parts
    },
    keys
  };
}
async function writePartial(target, run) {
  const files = [target];
  let partial = run.partial;
  if (run.keys.size > 0) {
    const contents = run.keys.contents();
    const name = `${path2.basename(target)}.keys`;
    const keysTarget = path2.join(path2.dirname(target), name);
    await writeFileAtomically(keysTarget, contents);
    partial = { ...partial, keysFile: { name, bytes: contents.length, sha256: keysDigest(contents) } };
    files.push(keysTarget);
  }
  await writeFileAtomically(target, `${JSON.stringify(partial)}
`);
  return { partial, files };
}
function shardSummary(dataset) {
  const rows = dataset.results.reduce((sum, result) => sum + result.file.rows, 0) + dataset.pieces.reduce((sum, piece) => sum + piece.state.rows, 0);
  const pieces = dataset.pieces.length > 0 ? `, a piece of ${dataset.pieces.length} more` : "";
  return `${dataset.results.length} of ${dataset.files.length} files whole${pieces}, ${rows.toLocaleString("en-US")} rows`;
}

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
  const file = path3.join(reportDir, `partial-${shard.index}-of-${shard.count}.json`);
  await mkdir(reportDir, { recursive: true });
  const written = await writePartial(file, run);
  const uploaded = await uploadPartialArtifact(written.files, shard);
  setOutput(ValidateDataAction.ownOutputs[0], file);
  for (const dataset of written.partial.datasets)
    info(
      `validate-data: shard ${shard.index}/${shard.count}, dataset ${dataset.name}: ${shardSummary(dataset)}`
    );
  info(
    `validate-data: partial uploaded as artifact '${uploaded.name}'; merge-reports judges the whole run`
  );
  return 0;
}
export {
  validateDataAction
};
