import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  publishValidation
} from "./chunk-SYPBOC7O.js";
import {
  downloadPartialArtifacts,
  mergePartials
} from "./chunk-GQFQRTPN.js";
import {
  planRun
} from "./chunk-ZEILNVVH.js";
import {
  MergeReportsAction,
  actionEnvironment,
  actionInputNamer,
  loadActionConfig,
  readPlanInputs,
  reportDirectory,
  reportFileName,
  subjectOf,
  writeReportFile
} from "./chunk-MJ5NRDFC.js";
import "./chunk-YKNMKEEN.js";
import "./chunk-LPQDUCI6.js";
import "./chunk-GPNEBVUZ.js";
import "./chunk-5JLT6RT2.js";
import "./chunk-J6O7JMOG.js";
import "./chunk-CZFNJMKF.js";
import "./chunk-JY54KWOX.js";

// packages/github/src/actions/merge-reports-action.ts
var { inputs } = MergeReportsAction;
async function mergeReportsAction() {
  const environment = actionEnvironment();
  const { env, context, now, paths } = environment;
  const config = await loadActionConfig(inputs.config, paths);
  const plan = planRun(config, readPlanInputs(inputs), actionInputNamer(inputs));
  const reportDir = reportDirectory(inputs.reportDir, env, paths);
  const merged = mergePartials(await downloadPartialArtifacts(env), {
    createdAt: now.toISOString(),
    subject: subjectOf(context)
  });
  const reports = [];
  for (const { name, report } of merged) {
    const file = await writeReportFile(reportDir, reportFileName("validation", name), report);
    reports.push({ file, report });
  }
  return publishValidation(
    reports,
    {
      step: "merge-reports",
      failOn: plan.failOn,
      fold: plan.report.fold,
      inputs,
      outputs: MergeReportsAction.outputs
    },
    environment
  );
}
export {
  mergeReportsAction
};
