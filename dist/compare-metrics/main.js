import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  FAIL_ON,
  choiceInput,
  listInput,
  optionalBooleanInput,
  requiredStringInput,
  runAction,
  runCompareMetrics,
  stringInput
} from "../chunks/chunk-DI7IOK7O.js";
import "../chunks/chunk-ZNTMSDSN.js";
import {
  context
} from "../chunks/chunk-RMKRTIHN.js";
import {
  info,
  setOutput
} from "../chunks/chunk-TSX6A5XN.js";
import "../chunks/chunk-JY54KWOX.js";

// actions/compare-metrics/main.ts
import os from "node:os";
import path from "node:path";
await runAction(async () => {
  const workspace = process.env["GITHUB_WORKSPACE"] ?? process.cwd();
  const config = stringInput("config");
  const baseline = stringInput("baseline");
  const baselineName = stringInput("baseline-name");
  const requireBaseline = optionalBooleanInput("require-baseline");
  const dataReport = stringInput("data-report");
  const token = stringInput("token");
  const outcome = await runCompareMetrics({
    workspace,
    context,
    metrics: listInput("metrics"),
    // The default config is optional; one the workflow names must exist.
    ...config !== void 0 && config !== "mlgate.yml" ? { configFile: config } : {},
    ...baseline !== void 0 ? { baseline } : {},
    ...baselineName !== void 0 ? { baselineName } : {},
    ...requireBaseline !== void 0 ? { requireBaseline } : {},
    failOn: choiceInput("fail-on", FAIL_ON, "fail"),
    checkName: requiredStringInput("check-name"),
    ...dataReport !== void 0 ? { dataReport } : {},
    ...token !== void 0 ? { token } : {},
    reportDir: stringInput("report-dir") ?? path.join(process.env["RUNNER_TEMP"] ?? os.tmpdir(), "mlgate")
  });
  const { report } = outcome;
  setOutput("verdict", report.verdict);
  setOutput("regressions", String(outcome.regressions));
  setOutput("report", outcome.reportPath);
  setOutput("baseline-source", report.baseline.source);
  setOutput("baseline-sha", report.baseline.source === "none" ? "" : report.baseline.commit ?? "");
  info(`compare-metrics: ${report.verdict} (${report.verdictReason})`);
  return outcome.exitCode;
});
