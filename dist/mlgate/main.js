import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  DATA_FORMATS,
  FAIL_ON,
  GitHubLimits,
  booleanInput,
  choiceInput,
  createGitHubClient,
  findConfig,
  listInput,
  optionalBooleanInput,
  requiredStringInput,
  runAction,
  runCommentFlow,
  runCompareMetrics,
  runValidateData,
  stringInput
} from "../chunks/chunk-DI7IOK7O.js";
import {
  ExitCode
} from "../chunks/chunk-ZNTMSDSN.js";
import {
  context
} from "../chunks/chunk-RMKRTIHN.js";
import {
  setOutput,
  warning
} from "../chunks/chunk-TSX6A5XN.js";
import "../chunks/chunk-JY54KWOX.js";

// actions/mlgate/main.ts
import os from "node:os";
import path from "node:path";
await runAction(async () => {
  const workspace = process.env["GITHUB_WORKSPACE"] ?? process.cwd();
  const configInput = stringInput("config");
  const configFile = configInput !== void 0 && configInput !== "mlgate.yml" ? configInput : void 0;
  const config = await findConfig(workspace, configFile);
  const token = stringInput("token");
  const failOn = choiceInput("fail-on", FAIL_ON, "fail");
  const reportDir = stringInput("report-dir") ?? path.join(process.env["RUNNER_TEMP"] ?? os.tmpdir(), "mlgate");
  const reports = [];
  let exitCode = ExitCode.passed;
  const schema = stringInput("schema");
  const data = listInput("data");
  const metrics = listInput("metrics");
  const validating = schema !== void 0 || data.length > 0 || (config?.datasets.length ?? 0) > 0;
  const comparing = metrics.length > 0 || (config?.metrics.files.length ?? 0) > 0;
  const annotationCap = validating && comparing ? GitHubLimits.runnerAnnotationsPerKindPerStep / 2 : void 0;
  let dataReport;
  if (validating) {
    const validated = await runValidateData({
      workspace,
      context,
      ...schema !== void 0 ? { schema } : {},
      data,
      format: choiceInput("format", ["auto", ...DATA_FORMATS], "auto"),
      ...config !== void 0 ? { config } : {},
      maxErrors: 100,
      failOn: failOn === "never" ? "never" : "error",
      reportDir,
      writeSummary: false,
      ...annotationCap !== void 0 ? { annotationCap } : {}
    });
    reports.push(...validated.datasets.map((dataset) => dataset.reportPath));
    dataReport = validated.datasets[0]?.reportPath;
    setOutput("valid", String(validated.valid));
    exitCode = Math.max(exitCode, validated.exitCode);
  }
  if (comparing) {
    const baseline = stringInput("baseline");
    const baselineName = stringInput("baseline-name");
    const requireBaseline = optionalBooleanInput("require-baseline");
    const compared = await runCompareMetrics({
      workspace,
      context,
      metrics,
      ...configFile !== void 0 ? { configFile } : {},
      ...baseline !== void 0 ? { baseline } : {},
      ...baselineName !== void 0 ? { baselineName } : {},
      ...requireBaseline !== void 0 ? { requireBaseline } : {},
      failOn,
      checkName: requiredStringInput("check-name"),
      ...token !== void 0 ? { token } : {},
      ...dataReport !== void 0 ? { dataReport } : {},
      reportDir,
      writeSummary: false,
      ...annotationCap !== void 0 ? { annotationCap } : {}
    });
    reports.push(compared.reportPath);
    setOutput("regressions", String(compared.regressions));
    exitCode = Math.max(exitCode, compared.exitCode);
  }
  if (reports.length === 0) {
    warning("mlgate: nothing to check: give `data` and `schema` or `metrics`, or configure mlgate.yml");
    setOutput("verdict", "neutral");
    return exitCode;
  }
  setOutput("reports", reports.join("\n"));
  if (booleanInput("comment", true) && token !== void 0) {
    const result = await runCommentFlow(
      { context, client: createGitHubClient({ token }), cwd: workspace, env: process.env, now: /* @__PURE__ */ new Date() },
      {
        reports,
        id: stringInput("comment-id") ?? config?.report.commentId ?? "mlgate",
        mode: "upsert",
        commitComment: false,
        fromArtifact: false,
        token
      }
    );
    if (result.verdict !== void 0) setOutput("verdict", result.verdict);
    if (result.commentUrl !== void 0) setOutput("comment-url", result.commentUrl);
  }
  return exitCode;
});
