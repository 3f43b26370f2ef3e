import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { DatasetWork, ExitCode, ReportWork, Shard } from '@mlgate/engine';
import { UserError, planRun, shardSummary, writePartial } from '@mlgate/engine';
import { subjectOf } from '../event-subject.js';
import { uploadPartialArtifact } from '../publish/partial-artifacts.js';
import { runShardStage } from '../stages/shard-stage.js';
import { runValidationStage } from '../stages/validation-stage.js';
import { actionEnvironment } from './action-environment.js';
import type { ActionEnvironment } from './action-environment.js';
import { optionalShardInput } from './action-inputs.js';
import { ValidateDataAction } from './action-io.js';
import {
  actionInputNamer,
  checkPlanPaths,
  loadActionConfig,
  readPlanInputs,
  reportDirectory,
} from './plan-inputs.js';
import { publishValidation } from './validation-publishing.js';

const { inputs } = ValidateDataAction;

/** validate-data: the planned datasets against their schemas, one report each, one gate over them. */
export async function validateDataAction(): Promise<ExitCode> {
  const environment = actionEnvironment();
  const { workspace, env, context, paths } = environment;
  const config = await loadActionConfig(inputs.config, paths);
  const given = readPlanInputs(inputs);
  const plan = planRun(config, given, actionInputNamer(inputs));
  if (plan.datasets.length === 0) {
    throw new UserError(
      `nothing to validate: give inputs '${inputs.schema}' and '${inputs.data}', or \`datasets:\` in mlgate.yml`,
    );
  }
  const shard = optionalShardInput(inputs.shard);
  await checkPlanPaths(plan, given, inputs, paths);
  const reportDir = reportDirectory(inputs.reportDir, env, paths);
  if (shard !== undefined) return validateShard(plan.datasets, plan.report, shard, reportDir, environment);
  const reports = await runValidationStage(plan.datasets, {
    workspace,
    subject: subjectOf(context),
    reportDir,
    report: plan.report,
  });
  return publishValidation(
    reports,
    {
      step: 'validate-data',
      failOn: plan.failOn,
      fold: plan.report.fold,
      inputs,
      outputs: ValidateDataAction.outputs,
    },
    environment,
  );
}

/**
 * One job of a matrix: this shard's files only, its partial written beside where the reports would go and
 * left as the run's artifact. Whether the data is valid is the merge's to say, over every shard: the step
 * succeeds once the partial is uploaded, with no check run and no gate.
 */
async function validateShard(
  datasets: readonly DatasetWork[],
  report: Pick<ReportWork, 'maxErrors' | 'examplesPerColumn'>,
  shard: Shard,
  reportDir: string,
  { workspace, context }: ActionEnvironment,
): Promise<ExitCode> {
  const run = await runShardStage(datasets, { workspace, subject: subjectOf(context), report, shard });
  const file = path.join(reportDir, `partial-${shard.index}-of-${shard.count}.json`);
  await mkdir(reportDir, { recursive: true });
  // The partial and, when pieces of files have key hashes, its keys file: one artifact holds both.
  const written = await writePartial(file, run);
  const uploaded = await uploadPartialArtifact(written.files, shard);
  core.setOutput(ValidateDataAction.ownOutputs[0], file);
  for (const dataset of written.partial.datasets)
    core.info(
      `validate-data: shard ${shard.index}/${shard.count}, dataset ${dataset.name}: ${shardSummary(dataset)}`,
    );
  core.info(
    `validate-data: partial uploaded as artifact '${uploaded.name}'; merge-reports judges the whole run`,
  );
  return 0;
}
