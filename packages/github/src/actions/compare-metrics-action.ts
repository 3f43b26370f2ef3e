import * as core from '@actions/core';
import { UserError, planRun, readReportFile } from '@mlgate/engine';
import type { ExitCode, ReportFile, ValidationReport } from '@mlgate/engine';
import { publish } from '../publish/publisher.js';
import { runComparisonStage } from '../stages/comparison-stage.js';
import { runEvaluationStage } from '../stages/evaluation-stage.js';
import { actionEnvironment, clientForTokenInput, requiredClient } from './action-environment.js';
import { checkNameInput, stringInput } from './action-inputs.js';
import { CompareMetricsAction } from './action-io.js';
import { evaluationWork } from './evaluation-inputs.js';
import type { WorkspacePaths } from './workspace-paths.js';
import {
  actionInputNamer,
  checkPlanPaths,
  loadActionConfig,
  readPlanInputs,
  reportDirectory,
} from './plan-inputs.js';

const { inputs } = CompareMetricsAction;

/** The validation report named by `data-report`, whose fingerprints the baseline keeps. */
async function dataReport(paths: WorkspacePaths): Promise<ValidationReport[]> {
  const file = stringInput(inputs.dataReport);
  if (file === undefined) return [];
  paths.checkRead(file, `input '${inputs.dataReport}'`);
  const { report } = await readReportFile(file, paths.workspace);
  if (report.kind !== 'mlgate/validation@1') {
    throw new UserError(
      `input '${inputs.dataReport}': ${file} is a ${report.kind} report, not a validation report`,
    );
  }
  return [report];
}

/** compare-metrics: the planned metrics against their baseline under the policy, gated. */
export async function compareMetricsAction(): Promise<ExitCode> {
  const { workspace, env, context, now, paths } = actionEnvironment();
  const config = await loadActionConfig(inputs.config, paths);
  const given = readPlanInputs(inputs);
  const plan = planRun(config, given, actionInputNamer(inputs));
  await checkPlanPaths(plan, given, inputs, paths);
  const evaluation = evaluationWork(inputs.predictions, inputs.baselineName, config, plan, given, paths);
  if (plan.metrics === undefined && evaluation === undefined) {
    throw new UserError(
      `input '${inputs.metrics}' needs at least one metrics file (or metrics.files in mlgate.yml), or give input '${inputs.predictions}'`,
    );
  }
  const checkName = checkNameInput(inputs.checkName);
  const client = clientForTokenInput(inputs.token);
  const reportDir = reportDirectory(inputs.reportDir, env, paths);
  const reports: ReportFile[] = [];
  if (plan.metrics !== undefined) {
    const { file } = await runComparisonStage({
      workspace,
      context,
      work: plan.metrics,
      reportDir,
      reportName: checkName,
      client: requiredClient(client, "baseline 'release'", inputs.token),
      data: await dataReport(paths),
    });
    reports.push(file);
  }
  if (evaluation !== undefined) {
    reports.push(
      await runEvaluationStage({
        workspace,
        context,
        work: evaluation,
        reportDir,
        reportName: checkName,
        now: () => now,
      }),
    );
  }
  const result = await publish(
    { reports, failOn: plan.failOn, fold: plan.report.fold },
    {
      summary: true,
      annotations: true,
      checkRun: { name: checkName },
      outputs: CompareMetricsAction.outputs,
    },
    { context, workspace, env, now, client },
  );
  core.info(`compare-metrics: ${result.gate.verdict} (${result.gate.verdictReason})`);
  return result.gate.exitCode;
}
