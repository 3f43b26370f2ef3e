import * as core from '@actions/core';
import type { ExitCode } from '@mlgate/engine';
import { UserError, planRun } from '@mlgate/engine';
import { subjectOf } from '../event-subject.js';
import { publish } from '../publish/publisher.js';
import { runValidationStage } from '../stages/validation-stage.js';
import { actionEnvironment, clientForTokenInput } from './action-environment.js';
import { checkNameInput } from './action-inputs.js';
import { ValidateDataAction } from './action-io.js';
import {
  actionInputNamer,
  checkPlanPaths,
  loadActionConfig,
  readPlanInputs,
  reportDirectory,
} from './plan-inputs.js';

const { inputs } = ValidateDataAction;

/** validate-data: the planned datasets against their schemas, one report each, one gate over them. */
export async function validateDataAction(): Promise<ExitCode> {
  const { workspace, env, context, now, paths } = actionEnvironment();
  const config = await loadActionConfig(inputs.config, paths);
  const given = readPlanInputs(inputs);
  const plan = planRun(config, given, actionInputNamer(inputs));
  if (plan.datasets.length === 0) {
    throw new UserError(
      `nothing to validate: give inputs '${inputs.schema}' and '${inputs.data}', or \`datasets:\` in mlgate.yml`,
    );
  }
  await checkPlanPaths(plan, given, inputs, paths);
  const reports = await runValidationStage(plan.datasets, {
    workspace,
    subject: subjectOf(context),
    reportDir: reportDirectory(inputs.reportDir, env, paths),
    report: plan.report,
  });
  const result = await publish(
    { reports, failOn: plan.failOn, fold: plan.report.fold },
    {
      summary: true,
      annotations: true,
      checkRun: { name: checkNameInput(inputs.checkName) },
      outputs: ValidateDataAction.outputs,
    },
    { context, workspace, env, now, client: clientForTokenInput(inputs.token) },
  );
  core.info(`validate-data: ${result.gate.verdict} (${result.gate.verdictReason})`);
  return result.gate.exitCode;
}
