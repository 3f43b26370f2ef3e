import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  DATA_FAIL_ON,
  DATA_FORMATS,
  choiceInput,
  findConfig,
  integerInput,
  listInput,
  runAction,
  runValidateData,
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

// actions/validate-data/main.ts
import os from "node:os";
import path from "node:path";
await runAction(async () => {
  const workspace = process.env["GITHUB_WORKSPACE"] ?? process.cwd();
  const configInput = stringInput("config");
  const schema = stringInput("schema");
  const config = await findConfig(workspace, configInput !== "mlgate.yml" ? configInput : void 0);
  const outcome = await runValidateData({
    workspace,
    context,
    ...schema !== void 0 ? { schema } : {},
    data: listInput("data"),
    format: choiceInput("format", ["auto", ...DATA_FORMATS], "auto"),
    ...config !== void 0 ? { config } : {},
    maxErrors: integerInput("max-errors", 100, { min: 0 }),
    failOn: choiceInput("fail-on", DATA_FAIL_ON, "error"),
    reportDir: stringInput("report-dir") ?? path.join(process.env["RUNNER_TEMP"] ?? os.tmpdir(), "mlgate"),
    ...process.env["GITHUB_SERVER_URL"] !== void 0 ? { serverUrl: process.env["GITHUB_SERVER_URL"] } : {}
  });
  setOutput("valid", String(outcome.valid));
  setOutput("error-count", String(outcome.errorCount));
  setOutput("rows", String(outcome.rows));
  setOutput("report", outcome.datasets.map((d) => d.reportPath).join("\n"));
  setOutput("fingerprint", outcome.datasets.map((d) => d.report.fingerprint).join("\n"));
  info(
    `validate-data: ${outcome.valid ? "valid" : "invalid"}, ${outcome.rows} rows, ${outcome.errorCount} errors`
  );
  return outcome.exitCode;
});
