import type { ExitCode } from '@mlgate/engine';
import { UserError, planRun } from '@mlgate/engine';
import { subjectOf } from '../event-subject.js';
import { runValidationStage } from '../stages/validation-stage.js';
import { actionEnvironment } from './action-environment.js';
import { optionalShardInput } from './action-inputs.js';
import { ValidateDataAction } from './action-io.js';
import {
  actionInputNamer,
  checkPlanPaths,
  loadActionConfig,
  readPlanInputs,
  reportDirectory,
} from './plan-inputs.js';
import { runShardStep } from './shard-step.js';
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
  if (shard !== undefined) {
    const { datasets, report } = plan;
    const partialOutput = ValidateDataAction.ownOutputs[0];
    return runShardStep(
      { step: 'validate-data', datasets, report, shard, reportDir, partialOutput },
      environment,
    );
  }
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
