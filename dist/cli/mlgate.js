import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  DATA_FORMATS,
  DEFAULT_EXAMPLES_PER_COLUMN,
  DEFAULT_INFER_SAMPLE_ROWS,
  DEFAULT_MAX_ERRORS,
  MLGATE_VERSION,
  NAMESPACE_MODES,
  commentMarkdown,
  compareMetrics,
  detectFormat,
  inferTableSchema,
  loadComparisonSetup,
  loadMetricsFiles,
  overallOutcome,
  readBaselineFile,
  readReportFile,
  renderComparisonTable,
  renderComparisonText,
  summaryMarkdown,
  validateDataset
} from "../chunks/chunk-TKNMITJY.js";
import {
  ExitCode,
  UserError,
  isUserError
} from "../chunks/chunk-ZNTMSDSN.js";
import "../chunks/chunk-RMKRTIHN.js";
import "../chunks/chunk-TSX6A5XN.js";
import "../chunks/chunk-JY54KWOX.js";

// packages/cli/src/commands/compare-command.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
var USAGE = `usage: mlgate compare --current <files…> [--baseline <files…>] [--policy mlgate.yml] [--json | --markdown]

Compares metrics files with a baseline under the policy in mlgate.yml (metrics: section).

options:
  --current <files…>     metrics files of this run (JSON, YAML, CSV, TSV); default: metrics.files in the config
  --baseline <files…>    the baseline: a metrics file or an mlgate/baseline@1 snapshot; none gives 'no-baseline'
  --policy <file>        the config with the policy; default: ./mlgate.yml when it exists, else the built-in rule
  --namespace <mode>     auto | stem | none: how metrics from several files are named (default: the config's, auto)
  --require-baseline     no baseline fails instead of giving the neutral 'no-baseline'
  --report <file>        also write the JSON report to this file
  --json                 print the JSON report (verdict, metrics[] with name, baseline, current, delta, verdict)
  --markdown             print a Markdown table

exit status: 0 pass, warn or no-baseline; 1 a metric failed; 2 bad input or config
`;
function parseCompareArgs(args) {
  const lists = { current: [], baseline: [] };
  const values = {};
  let format = "text";
  let requireBaseline = false;
  let help = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, void 0];
    switch (flag) {
      case "--current":
      case "--baseline": {
        const list = lists[flag.slice(2)];
        if (inline !== void 0) list.push(inline);
        while (index + 1 < args.length && !args[index + 1].startsWith("--")) list.push(args[++index]);
        if (list.length === 0) throw new UserError(`${flag} needs at least one file`);
        break;
      }
      case "--policy":
      case "--namespace":
      case "--report": {
        const value = inline ?? args[++index];
        if (value === void 0 || value.startsWith("--")) throw new UserError(`${flag} needs a value`);
        values[flag.slice(2)] = value;
        break;
      }
      case "--json":
      case "--markdown":
        if (format !== "text") throw new UserError("choose one of --json and --markdown");
        format = flag === "--json" ? "json" : "markdown";
        break;
      case "--require-baseline":
        requireBaseline = true;
        break;
      case "--help":
      case "-h":
        help = true;
        break;
      default:
        throw new UserError(`unknown argument '${arg}' (see mlgate compare --help)`);
    }
  }
  const namespace = values.namespace;
  if (namespace !== void 0 && !NAMESPACE_MODES.includes(namespace)) {
    throw new UserError(`--namespace must be one of ${NAMESPACE_MODES.join(", ")}`);
  }
  return {
    current: lists.current,
    baseline: lists.baseline,
    ...values.policy !== void 0 ? { policy: values.policy } : {},
    ...namespace !== void 0 ? { namespace } : {},
    requireBaseline,
    ...values.report !== void 0 ? { report: values.report } : {},
    format,
    help
  };
}
var compareCommand = {
  name: "compare",
  summary: "compare metrics with a baseline under a policy",
  usage: USAGE,
  async run(argv, io) {
    const args = parseCompareArgs(argv);
    if (args.help) {
      io.stdout(USAGE);
      return ExitCode.passed;
    }
    const { config, policy, namespace, currentFiles, current } = await loadComparisonSetup({
      cwd: io.cwd,
      ...args.policy !== void 0 ? { configFile: args.policy } : {},
      metrics: args.current,
      metricsLabel: "--current",
      ...args.namespace !== void 0 ? { namespace: args.namespace } : {}
    });
    const configBaseline = config?.baseline.source.kind === "file" ? [config.baseline.source.path] : [];
    const baselineFiles = args.baseline.length > 0 ? args.baseline : configBaseline;
    const baseline = await readBaseline(baselineFiles, io.cwd, namespace);
    const report = compareMetrics({
      current,
      currentFiles,
      baseline,
      policy,
      requireBaseline: args.requireBaseline || (config?.baseline.require ?? false)
    });
    const json = args.format === "json" || args.report !== void 0 ? `${JSON.stringify(report, null, 2)}
` : "";
    if (args.report !== void 0) await writeFile(path.resolve(io.cwd, args.report), json);
    if (args.format === "json") io.stdout(json);
    else if (args.format === "markdown") io.stdout(renderComparisonTable(report));
    else io.stdout(renderComparisonText(report));
    return report.verdict === "fail" ? ExitCode.verdictFailed : ExitCode.passed;
  }
};
async function readBaseline(files, cwd, namespace) {
  if (files.length === 0)
    return { provenance: { source: "none", reason: "no baseline file given" }, metrics: /* @__PURE__ */ new Map() };
  if (files.length === 1) return readBaselineFile(files[0], cwd);
  return {
    provenance: { source: "file", path: files.join(", ") },
    metrics: await loadMetricsFiles(files, { cwd, namespace })
  };
}

// packages/cli/src/commands/report-command.ts
var USAGE2 = `usage: mlgate report <report.json…> [--markdown | --summary] [--server-url <url>]

Renders mlgate reports (mlgate/validation@1, mlgate/comparison@1) as the comment action shows them.
Each file is checked against its kind's JSON Schema first.

options:
  --markdown           the pull request comment, exactly as the comment action posts it (without its
                       hidden marker line)
  --summary            the job summary: the full report, up to 1 MiB
  --server-url <url>   where run links point (default: $GITHUB_SERVER_URL, else https://github.com)

Without an option, prints one verdict line per report.

exit status: 0 every report passed (or warned); 1 a report failed; 2 a file is not a valid report
`;
function parseReportArgs(args) {
  const files = [];
  let format = "text";
  let serverUrl;
  let help = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--markdown" || arg === "--summary") {
      if (format !== "text") throw new UserError("choose one of --markdown and --summary");
      format = arg === "--markdown" ? "markdown" : "summary";
    } else if (arg === "--server-url" || arg.startsWith("--server-url=")) {
      serverUrl = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[++index];
      if (serverUrl === void 0 || serverUrl === "") throw new UserError("--server-url needs a value");
    } else if (arg === "--help" || arg === "-h") {
      help = true;
    } else if (arg.startsWith("--")) {
      throw new UserError(`unknown argument '${arg}' (see mlgate report --help)`);
    } else {
      files.push(arg);
    }
  }
  return { files, format, ...serverUrl !== void 0 ? { serverUrl } : {}, help };
}
function verdictLine(file, report) {
  if (report.kind === "mlgate/comparison@1") return `${file}: ${report.verdict} (${report.verdictReason})`;
  return `${file}: ${report.valid ? "valid" : "invalid"} (${report.errorCount} errors in ${report.rows} rows)`;
}
var reportCommand = {
  name: "report",
  summary: "render reports as the PR comment and job summary show them",
  usage: USAGE2,
  async run(argv, io) {
    const args = parseReportArgs(argv);
    if (args.help) {
      io.stdout(USAGE2);
      return ExitCode.passed;
    }
    if (args.files.length === 0) throw new UserError("give at least one report file");
    const files = await Promise.all(args.files.map((file) => readReportFile(file, io.cwd)));
    const reports = files.map((file) => file.report);
    const envServer = process.env["GITHUB_SERVER_URL"];
    const serverUrl = args.serverUrl ?? (envServer !== void 0 && envServer !== "" ? envServer : void 0);
    const context = { now: /* @__PURE__ */ new Date(), ...serverUrl !== void 0 ? { serverUrl } : {} };
    if (args.format === "markdown") io.stdout(commentMarkdown(reports, context));
    else if (args.format === "summary") io.stdout(summaryMarkdown(reports, context));
    else io.stdout(`${files.map(({ file, report }) => verdictLine(file, report)).join("\n")}
`);
    return overallOutcome(reports) === "fail" ? ExitCode.verdictFailed : ExitCode.passed;
  }
};

// packages/cli/src/commands/schema-infer-command.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";
var USAGE3 = `usage: mlgate schema infer <data file> [--output <file>] [--format <format>] [--sample-rows <n>]

Writes a Table Schema guessed from the first rows of a CSV, TSV, JSONL or JSON file, to start from.

options:
  --output <file>        write the schema here instead of stdout
  --format <format>      auto (default), csv, tsv, jsonl, json
  --sample-rows <n>      rows to look at (default ${DEFAULT_INFER_SAMPLE_ROWS})
`;
async function infer(args, io) {
  let output;
  let format = "auto";
  let sampleRows = DEFAULT_INFER_SAMPLE_ROWS;
  const files = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--help" || arg === "-h") {
      io.stdout(USAGE3);
      return ExitCode.passed;
    }
    if (arg === "--output" || arg === "--format" || arg === "--sample-rows") {
      const value = args[++i];
      if (value === void 0) throw new UserError(`${arg} needs a value`);
      if (arg === "--output") output = value;
      else if (arg === "--format") {
        if (value !== "auto" && !DATA_FORMATS.includes(value))
          throw new UserError(`--format must be auto or one of ${DATA_FORMATS.join(", ")}`);
        format = value;
      } else {
        sampleRows = Number(value);
        if (!Number.isInteger(sampleRows) || sampleRows < 1)
          throw new UserError("--sample-rows needs a positive integer");
      }
      continue;
    }
    if (arg.startsWith("--")) throw new UserError(`unknown option ${arg}`);
    files.push(arg);
  }
  if (files.length !== 1) throw new UserError("give exactly one data file");
  const file = path2.resolve(io.cwd, files[0]);
  const detected = await detectFormat(file, files[0], format);
  if (detected === "parquet" || detected === "arrow")
    throw new UserError(`schema infer reads CSV, TSV, JSONL and JSON, not ${detected}`, { file: files[0] });
  const schema = await inferTableSchema(file, detected, sampleRows);
  const text = `${JSON.stringify(schema, null, 2)}
`;
  if (output !== void 0) await writeFile2(path2.resolve(io.cwd, output), text);
  else io.stdout(text);
  return ExitCode.passed;
}
var SUBCOMMANDS = {
  infer
};
var schemaCommand = {
  name: "schema",
  summary: "schema tools: `schema infer <file>` writes a Table Schema from data",
  usage: USAGE3,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === void 0 || sub === "--help" || sub === "-h") {
      (sub === void 0 ? io.stderr : io.stdout)(USAGE3);
      return sub === void 0 ? ExitCode.badInput : ExitCode.passed;
    }
    const handler = SUBCOMMANDS[sub];
    if (!handler)
      throw new UserError(
        `unknown subcommand 'schema ${sub}' (known: ${Object.keys(SUBCOMMANDS).join(", ")})`
      );
    return handler(rest, io);
  }
};

// packages/cli/src/commands/validate-command.ts
import { writeFile as writeFile3 } from "node:fs/promises";
import path3 from "node:path";
var USAGE4 = `usage: mlgate validate --schema <file> [options] <data files…>

Checks data files (CSV, TSV, JSONL, JSON, Parquet, Arrow) against a Table Schema or a JSON Schema for one row.

options:
  --schema <file>        Table Schema (has "fields") or JSON Schema, as JSON or YAML (required)
  --format <format>      auto (default: extension and magic bytes), ${DATA_FORMATS.join(", ")}
  --delimiter <char>     CSV delimiter (default: "," for csv, tab for tsv)
  --max-errors <n>       errors listed in the report and output (default ${DEFAULT_MAX_ERRORS}); counts stay exact
  --examples-per-column <n>  errors kept per column and file (default ${DEFAULT_EXAMPLES_PER_COLUMN})
  --workers <n>          worker threads for large CSV files (default: available cores, at most 8)
  --report <file>        also write the JSON report to this file
  --json                 print the JSON report instead of the text summary

exit status: 0 valid; 1 the data broke the schema; 2 bad usage, schema or unreadable input
`;
function count(flag, value, minimum) {
  const n = Number(value);
  if (value === void 0 || !Number.isInteger(n) || n < minimum)
    throw new UserError(`${flag} needs an integer of at least ${minimum}`);
  return n;
}
function parseValidateArgs(args) {
  const values = /* @__PURE__ */ new Map();
  const files = [];
  let json = false;
  const takesValue = /* @__PURE__ */ new Set([
    "--schema",
    "--format",
    "--delimiter",
    "--max-errors",
    "--examples-per-column",
    "--workers",
    "--report"
  ]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--json") {
      json = true;
      continue;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const flag = eq > 0 ? arg.slice(0, eq) : arg;
      if (!takesValue.has(flag)) throw new UserError(`unknown option ${flag}`);
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === void 0) throw new UserError(`${flag} needs a value`);
      values.set(flag, value);
      continue;
    }
    files.push(arg);
  }
  const schema = values.get("--schema");
  if (schema === void 0) throw new UserError("--schema <file> is required");
  if (files.length === 0) throw new UserError("give at least one data file");
  const format = values.get("--format") ?? "auto";
  if (format !== "auto" && !DATA_FORMATS.includes(format))
    throw new UserError(`--format must be auto or one of ${DATA_FORMATS.join(", ")}`);
  const delimiter = values.get("--delimiter");
  const unescaped = delimiter === "\\t" ? "	" : delimiter;
  if (unescaped !== void 0 && (unescaped.length !== 1 || unescaped.charCodeAt(0) > 127 || /["\r\n]/.test(unescaped))) {
    throw new UserError("--delimiter must be one ASCII character other than a quote or a newline");
  }
  return {
    schema,
    files,
    format,
    ...unescaped !== void 0 ? { delimiter: unescaped } : {},
    maxErrors: values.has("--max-errors") ? count("--max-errors", values.get("--max-errors"), 0) : DEFAULT_MAX_ERRORS,
    examplesPerColumn: values.has("--examples-per-column") ? count("--examples-per-column", values.get("--examples-per-column"), 1) : DEFAULT_EXAMPLES_PER_COLUMN,
    ...values.has("--workers") ? { workers: count("--workers", values.get("--workers"), 1) } : {},
    ...values.has("--report") ? { report: values.get("--report") } : {},
    json
  };
}
var plural = (n, word) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
function renderValidationText(report) {
  const lines = report.errors.map((e) => {
    const where = [e.file, e.row ?? void 0, e.field ?? void 0].filter((part) => part !== void 0).join(":");
    return `${where}: ${e.code} ${e.message}`;
  });
  if (report.errorsTruncated)
    lines.push(
      `… ${plural(report.errorCount - report.errors.length, "more error")} not listed (see --max-errors, --json)`
    );
  const codes = Object.entries(report.errorsByCode).map(([code2, n]) => `${code2} ${n.toLocaleString("en-US")}`).join(", ");
  const summary = `${plural(report.files.length, "file")}, ${plural(report.rows, "row")}`;
  lines.push(
    report.valid ? `valid: ${summary}, no errors` : `invalid: ${summary}, ${plural(report.errorCount, "error")} (${codes})`
  );
  return `${lines.join("\n")}
`;
}
async function run(args, io) {
  const parsed = parseValidateArgs(args);
  if (parsed === "help") {
    io.stdout(USAGE4);
    return ExitCode.passed;
  }
  const report = await validateDataset({
    cwd: io.cwd,
    schema: parsed.schema,
    data: parsed.files,
    format: parsed.format,
    maxErrors: parsed.maxErrors,
    examplesPerColumn: parsed.examplesPerColumn,
    ...parsed.workers !== void 0 ? { workers: parsed.workers } : {},
    ...parsed.delimiter !== void 0 ? { delimiter: parsed.delimiter } : {}
  });
  const json = `${JSON.stringify(report, null, 2)}
`;
  if (parsed.report !== void 0) await writeFile3(path3.resolve(io.cwd, parsed.report), json);
  io.stdout(parsed.json ? json : renderValidationText(report));
  return report.valid ? ExitCode.passed : ExitCode.verdictFailed;
}
var validateCommand = {
  name: "validate",
  summary: "check data files against a Table Schema or JSON Schema",
  usage: USAGE4,
  run
};

// packages/cli/src/commands/index.ts
var commands = [
  compareCommand,
  validateCommand,
  schemaCommand,
  reportCommand
];

// packages/cli/src/run-cli.ts
function usage(list) {
  const width = Math.max(...list.map((c) => c.name.length));
  const lines = list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `usage: mlgate <command> [options]

commands:
${lines.join("\n")}

Run 'mlgate <command> --help' for a command's options.
`;
}
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    (name === void 0 ? io.stderr : io.stdout)(usage(commands));
    return name === void 0 ? ExitCode.badInput : ExitCode.passed;
  }
  if (name === "--version") {
    io.stdout(`${MLGATE_VERSION}
`);
    return ExitCode.passed;
  }
  const command = commands.find((c) => c.name === name);
  if (command === void 0) {
    io.stderr(`mlgate: unknown command '${name}'

${usage(commands)}`);
    return ExitCode.badInput;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isUserError(error)) {
      const where = error.location ? `${error.location.file}${error.location.line !== void 0 ? `:${error.location.line}` : ""}${error.location.column !== void 0 ? `:${error.location.column}` : ""}: ` : "";
      io.stderr(`mlgate ${name}: ${where}${error.message}
`);
      return ExitCode.badInput;
    }
    throw error;
  }
}

// packages/cli/src/main.ts
var code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
});
process.exitCode = code;
