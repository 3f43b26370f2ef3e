import { COMMENT_MODES, ExitCode, planRun, readReportFiles } from '@mlgate/engine';
import type { ReportFile } from '@mlgate/engine';
import { publish } from '../publish/publisher.js';
import { reportsFromArtifact } from '../publish/comment-surface.js';
import type { ArtifactTarget } from '../publish/comment-surface.js';
import { actionEnvironment, clientForTokenInput, requiredClient } from './action-environment.js';
import {
  booleanInput,
  integerInput,
  listInput,
  optionalChoiceInput,
  requiredStringInput,
  stringInput,
} from './action-inputs.js';
import { CommentAction } from './action-io.js';
import { loadActionConfig } from './plan-inputs.js';

const { inputs } = CommentAction;

/**
 * The comment action: the job summary and one sticky pull request comment for reports other steps wrote,
 * and the fork-safe split between the pull_request run (uploads) and the workflow_run run (posts). It
 * never fails on the verdict: gating is the gating actions' job.
 */
export async function commentAction(): Promise<ExitCode> {
  const { workspace, env, context, now, paths } = actionEnvironment();
  const config = await loadActionConfig(inputs.config, paths);
  const id = stringInput(inputs.id);
  const mode = optionalChoiceInput(inputs.mode, COMMENT_MODES);
  const plan = planRun(
    config,
    { ...(id !== undefined ? { commentId: id } : {}), ...(mode !== undefined ? { commentMode: mode } : {}) },
    (input) => `input '${input === 'commentId' ? inputs.id : input === 'commentMode' ? inputs.mode : input}'`,
  );
  const token = requiredStringInput(inputs.token);
  const client = requiredClient(clientForTokenInput(inputs.token), 'the comment', inputs.token);
  const prNumber = integerInput(inputs.prNumber, 0, { min: 0 });
  const artifactName = stringInput(inputs.artifactName);

  let reports: ReportFile[] = [];
  let target: ArtifactTarget | undefined;
  if (booleanInput(inputs.fromArtifact, false)) {
    ({ reports, target } = await reportsFromArtifact(
      { context, client: await client(), env },
      {
        id: plan.report.commentId,
        token,
        ...(artifactName !== undefined ? { artifactName } : {}),
        ...(prNumber > 0 ? { prNumber } : {}),
      },
    ));
  } else if (plan.report.commentMode !== 'delete') {
    const patterns = listInput(inputs.reports);
    await paths.checkReadPatterns(patterns, `input '${inputs.reports}'`);
    reports = await readReportFiles(patterns, workspace);
  }
  await publish(
    { reports, failOn: 'never', fold: plan.report.fold },
    {
      summary: reports.length > 0,
      annotations: false,
      comment: {
        id: plan.report.commentId,
        mode: plan.report.commentMode,
        commitComment: booleanInput(inputs.commitComment, false),
        ...(prNumber > 0 ? { prNumber } : {}),
        ...(artifactName !== undefined ? { artifactName } : {}),
        ...(target !== undefined ? { target } : {}),
      },
      outputs: reports.length > 0 ? CommentAction.outputs : ['outcome', 'comment-id', 'comment-url'],
    },
    { context, workspace, env, now, client },
  );
  return ExitCode.passed;
}
