import * as core from '@actions/core';
import type { ExitCode, FailOn, FoldableVerdict, ReportFile } from '@mlgate/engine';
import { publish } from '../publish/publisher.js';
import type { OutputName } from '../publish/publisher.js';
import type { ActionEnvironment } from './action-environment.js';
import { clientForTokenInput } from './action-environment.js';
import { checkNameInput } from './action-inputs.js';

export interface ValidationPublishing {
  /** The step's name in the log line: `validate-data`, `merge-reports`. */
  readonly step: string;
  readonly failOn: FailOn;
  readonly fold: readonly FoldableVerdict[];
  /** The action's inputs naming the check run and the token for it. */
  readonly inputs: { readonly checkName: string; readonly token: string };
  readonly outputs: readonly OutputName[];
}

/**
 * How validation reports reach the workflow, whether one step validated everything (validate-data) or a
 * merge job assembled them from shards (merge-reports): the job summary, annotations on the data files, the
 * check run `mlgate / <check-name>`, the outputs, and the gate's exit code.
 */
export async function publishValidation(
  reports: readonly ReportFile[],
  publishing: ValidationPublishing,
  { workspace, env, context, now }: ActionEnvironment,
): Promise<ExitCode> {
  const result = await publish(
    { reports, failOn: publishing.failOn, fold: publishing.fold },
    {
      summary: true,
      annotations: true,
      checkRun: { name: checkNameInput(publishing.inputs.checkName) },
      outputs: publishing.outputs,
    },
    { context, workspace, env, now, client: clientForTokenInput(publishing.inputs.token) },
  );
  core.info(`${publishing.step}: ${result.gate.verdict} (${result.gate.verdictReason})`);
  return result.gate.exitCode;
}
