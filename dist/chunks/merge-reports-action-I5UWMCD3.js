import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  publishValidation
} from "./chunk-YLDNRTYI.js";
import {
  downloadPartialArtifacts,
  mergePartials
} from "./chunk-FNH4AOXJ.js";
import {
  planRun
} from "./chunk-B2QU6DT5.js";
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
} from "./chunk-UFHG7HJU.js";
import "./chunk-EMYEQWT6.js";
import "./chunk-GPNEBVUZ.js";
import "./chunk-PVDNNDE4.js";
import "./chunk-3USVN5N6.js";
import "./chunk-XUY3SBQT.js";
import "./chunk-LPQDUCI6.js";
import "./chunk-TNZOWEDI.js";
import "./chunk-OYXCJDPN.js";
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
