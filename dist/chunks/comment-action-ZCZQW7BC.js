import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  planRun,
  publish,
  reportsFromArtifact
} from "./chunk-ZEILNVVH.js";
import {
  COMMENT_MODES,
  CommentAction,
  actionEnvironment,
  booleanInput,
  clientForTokenInput,
  integerInput,
  listInput,
  loadActionConfig,
  optionalChoiceInput,
  readReportFiles,
  requiredClient,
  requiredStringInput,
  stringInput
} from "./chunk-MJ5NRDFC.js";
import "./chunk-YKNMKEEN.js";
import {
  ExitCode
} from "./chunk-LPQDUCI6.js";
import "./chunk-GPNEBVUZ.js";
import "./chunk-5JLT6RT2.js";
import "./chunk-J6O7JMOG.js";
import "./chunk-CZFNJMKF.js";
import "./chunk-JY54KWOX.js";

// packages/github/src/actions/comment-action.ts
var { inputs } = CommentAction;
async function commentAction() {
  const { workspace, env, context, now, paths } = actionEnvironment();
  const config = await loadActionConfig(inputs.config, paths);
  const id = stringInput(inputs.id);
  const mode = optionalChoiceInput(inputs.mode, COMMENT_MODES);
  const plan = planRun(
    config,
    { ...id !== void 0 ? { commentId: id } : {}, ...mode !== void 0 ? { commentMode: mode } : {} },
    (input) => `input '${input === "commentId" ? inputs.id : input === "commentMode" ? inputs.mode : input}'`
  );
  const token = requiredStringInput(inputs.token);
  const client = requiredClient(clientForTokenInput(inputs.token), "the comment", inputs.token);
  const prNumber = integerInput(inputs.prNumber, 0, { min: 0 });
  const artifactName = stringInput(inputs.artifactName);
  let reports = [];
  let target;
  if (booleanInput(inputs.fromArtifact, false)) {
    ({ reports, target } = await reportsFromArtifact(
      { context, client: await client(), env },
      {
        id: plan.report.commentId,
        token,
        ...artifactName !== void 0 ? { artifactName } : {},
        ...prNumber > 0 ? { prNumber } : {}
      }
    ));
  } else if (plan.report.commentMode !== "delete") {
    const patterns = listInput(inputs.reports);
    await paths.checkReadPatterns(patterns, `input '${inputs.reports}'`);
    reports = await readReportFiles(patterns, workspace);
  }
  await publish(
    { reports, failOn: "never", fold: plan.report.fold },
    {
      summary: reports.length > 0,
      annotations: false,
      comment: {
        id: plan.report.commentId,
        mode: plan.report.commentMode,
        commitComment: booleanInput(inputs.commitComment, false),
        ...prNumber > 0 ? { prNumber } : {},
        ...artifactName !== void 0 ? { artifactName } : {},
        ...target !== void 0 ? { target } : {}
      },
      outputs: reports.length > 0 ? CommentAction.outputs : ["outcome", "comment-id", "comment-url"]
    },
    { context, workspace, env, now, client }
  );
  return ExitCode.passed;
}
export {
  commentAction
};
