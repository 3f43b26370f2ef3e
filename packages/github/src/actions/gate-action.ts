import * as core from '@actions/core';
import { planRun, retrainDecision } from '@mlgate/engine';
import type { ExitCode, ReportFile } from '@mlgate/engine';
import { dispatchRetraining } from '../dispatch/retrain-dispatch.js';
import { workflowIdOf } from '../dispatch/workflow-dispatch.js';
import { subjectOf } from '../event-subject.js';
import { publish } from '../publish/publisher.js';
import { runComparisonStage } from '../stages/comparison-stage.js';
import { runDriftStage } from '../stages/drift-stage.js';
import { runEvaluationStage } from '../stages/evaluation-stage.js';
import { runSchemaDiffStage } from '../stages/schema-diff-stage.js';
import type { SchemaDiffOutcome } from '../stages/schema-diff-stage.js';
import { runValidationStage } from '../stages/validation-stage.js';
import { actionEnvironment, clientForTokenInput, requiredClient } from './action-environment.js';
import { booleanInput, checkNameInput, optionalShardInput, stringInput } from './action-inputs.js';
import { GateAction } from './action-io.js';
import { evaluationWork } from './evaluation-inputs.js';
import {
  actionInputNamer,
  checkPlanPaths,
  loadActionConfig,
  readPlanInputs,
  reportDirectory,
} from './plan-inputs.js';
import { runShardStep } from './shard-step.js';

const { inputs } = GateAction;

/**
 * The root action: the everyday pull-request flow in one step. The datasets and metrics the plan names are
 * validated and compared, then one gate over all of their reports decides the step, the check run, the
 * outputs and the comment's headline alike. When the data drifted or the model regressed, the workflow
 * `dispatch` names is started to retrain it. With `shard`, a matrix job: only its shard of the data, left
 * as a partial for merge-reports, as validate-data's shard step does.
 */
export async function gateAction(): Promise<ExitCode> {
  const environment = actionEnvironment();
  const { workspace, env, context, now, paths } = environment;
  const config = await loadActionConfig(inputs.config, paths);
  const given = readPlanInputs(inputs);
  const plan = planRun(config, given, actionInputNamer(inputs));
  const shard = optionalShardInput(inputs.shard);
  await checkPlanPaths(plan, given, inputs, paths);
  const reportDir = reportDirectory(inputs.reportDir, env, paths);
  if (shard !== undefined) {
    // The rest of the flow judges the whole run: one shard's data alone would give a wrong comment and gate.
    core.info(
      `mlgate: shard ${shard.index}/${shard.count} validates data only: no comparison, evaluation, drift, comment, check run or gate in a shard job; merge-reports reports and gates the whole`,
    );
    const { datasets, report } = plan;
    const partialOutput = GateAction.ownOutputs[0];
    return runShardStep({ step: 'mlgate', datasets, report, shard, reportDir, partialOutput }, environment);
  }
  const evaluation = evaluationWork(inputs.predictions, inputs.baselineName, config, plan, given, paths);
  const checkName = checkNameInput(inputs.checkName);
  const client = clientForTokenInput(inputs.token);
  const dispatchInput = stringInput(inputs.dispatch);
  // The input wins over mlgate.yml's `retrain.workflow`; `retrain.on` says what counts either way.
  const dispatch =
    dispatchInput !== undefined
      ? workflowIdOf(dispatchInput, `input '${inputs.dispatch}'`)
      : config?.retrain === undefined
        ? undefined
        : workflowIdOf(config.retrain.workflow, `${config.file}: retrain.workflow`);
  const retrainOn = config?.retrain?.on;

  const data = await runValidationStage(plan.datasets, {
    workspace,
    subject: subjectOf(context),
    reportDir,
    report: plan.report,
    profile: plan.drift !== undefined,
  });
  const reports: ReportFile[] = [...data];
  const schemaDiffs = await runSchemaDiffStage(plan.datasets, { workspace, context, reportDir, client });
  for (const outcome of schemaDiffs) logSchemaDiff(outcome);
  for (const diff of schemaDiffs)
    if (diff.status === 'changed') reports.push({ file: diff.file, report: diff.report });
  if (plan.drift !== undefined) {
    reports.push(
      ...(await runDriftStage({
        workspace,
        context,
        work: plan.drift,
        reportDir,
        data,
        now: () => now,
        client: requiredClient(client, "baseline 'release'", inputs.token),
      })),
    );
  }
  if (plan.metrics !== undefined) {
    const compared = await runComparisonStage({
      workspace,
      context,
      work: plan.metrics,
      reportDir,
      reportName: checkName,
      client: requiredClient(client, "baseline 'release'", inputs.token),
      data: data.map((file) => file.report),
    });
    reports.push(compared.file);
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
  if (reports.length === 0) {
    core.warning(
      `mlgate: nothing to check: give inputs '${inputs.schema}' and '${inputs.data}' or '${inputs.metrics}' or '${inputs.predictions}', or configure mlgate.yml`,
    );
  }
  const result = await publish(
    {
      reports,
      failOn: plan.failOn,
      fold: plan.report.fold,
      ...(retrainOn !== undefined ? { retrainOn } : {}),
    },
    {
      summary: true,
      annotations: true,
      checkRun: { name: checkName },
      ...(booleanInput(inputs.comment, true)
        ? { comment: { id: plan.report.commentId, mode: plan.report.commentMode, commitComment: false } }
        : {}),
      outputs: GateAction.outputs,
    },
    { context, workspace, env, now, client },
  );
  core.info(`mlgate: ${result.gate.verdict} (${result.gate.verdictReason})`);
  await dispatchRetraining({
    decision: retrainDecision(
      reports.map((file) => file.report),
      retrainOn,
    ),
    workflow: dispatch,
    ref: stringInput(inputs.dispatchRef),
    context,
    client,
    tokenInput: inputs.token,
  });
  return result.gate.exitCode;
}

/** One line per schema the pull request touched, in the log: the diff itself is a report file. */
function logSchemaDiff(outcome: SchemaDiffOutcome): void {
  const { schema } = outcome;
  switch (outcome.status) {
    case 'unchanged':
      return;
    case 'new':
      return core.notice(`mlgate: schema ${schema} is new in this pull request: nothing to compare with`);
    case 'not-compared':
      return core.warning(`mlgate: schema ${schema} not compared with the base branch: ${outcome.reason}`);
    case 'changed': {
      const { verdict, changes } = outcome.report;
      const lines = changes.map(
        (change) =>
          `  ${change.impact} ${change.kind} ${change.field === null ? '' : `${change.field}: `}${change.detail}`,
      );
      core.info([`mlgate: schema ${schema} changed (${verdict}), see ${outcome.file}`, ...lines].join('\n'));
    }
  }
}
