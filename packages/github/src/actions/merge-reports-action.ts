import type { ExitCode, ReportFile } from '@mlgate/engine';
import { mergePartials, planRun, reportFileName, writeReportFile } from '@mlgate/engine';
import { subjectOf } from '../event-subject.js';
import { downloadPartialArtifacts } from '../publish/partial-artifacts.js';
import { actionEnvironment } from './action-environment.js';
import { MergeReportsAction } from './action-io.js';
import { actionInputNamer, loadActionConfig, readPlanInputs, reportDirectory } from './plan-inputs.js';
import { publishValidation } from './validation-publishing.js';

const { inputs } = MergeReportsAction;

/**
 * merge-reports: the merge job of a sharded run. Every shard's partial from the run's artifacts, merged into
 * the reports one validate-data step over all the files would have written, then reported and gated exactly
 * as validate-data reports and gates.
 */
export async function mergeReportsAction(): Promise<ExitCode> {
  const environment = actionEnvironment();
  const { env, context, now, paths } = environment;
  const config = await loadActionConfig(inputs.config, paths);
  const plan = planRun(config, readPlanInputs(inputs), actionInputNamer(inputs));
  const reportDir = reportDirectory(inputs.reportDir, env, paths);
  const merged = mergePartials(await downloadPartialArtifacts(env), {
    createdAt: now.toISOString(),
    subject: subjectOf(context),
  });
  const reports: ReportFile[] = [];
  for (const { name, report } of merged) {
    const file = await writeReportFile(reportDir, reportFileName('validation', name), report);
    reports.push({ file, report });
  }
  return publishValidation(
    reports,
    {
      step: 'merge-reports',
      failOn: plan.failOn,
      fold: plan.report.fold,
      inputs,
      outputs: MergeReportsAction.outputs,
    },
    environment,
  );
}
