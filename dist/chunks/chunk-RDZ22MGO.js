import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  commitOfTag,
  deltaOf,
  judgeMetric,
  readReleaseManifest,
  releaseMetrics
} from "./chunk-DW2FX2QY.js";
import {
  ACTIONS_SERVICE_BUDGET_MS,
  COLUMNAR_OPENERS,
  DEFAULT_BASELINE_NAME,
  MAX_RECORD_BYTES,
  checkBaselineName,
  isEnterpriseServer,
  watchedWithinBudget
} from "./chunk-ZEILNVVH.js";
import {
  CLASSIFICATION_METRICS,
  COMPARISON_REPORT_KIND,
  DEFAULT_ALPHA,
  DEFAULT_RESAMPLES,
  DEFAULT_SEED,
  EVALUATION_REPORT_KIND,
  METRIC_VERDICTS,
  MODEL_MANIFEST_FILE,
  MetricPolicy,
  REGRESSION_METRICS,
  allowanceAround,
  countWords,
  detectFormat,
  expandFilePatterns,
  extendHistory,
  formatNumber,
  formatSignedNumber,
  hasBaseline,
  historyJson,
  isCommitSha,
  isPushToDefaultBranch,
  metricHistory,
  numberValue,
  pairedBootstrap,
  parseYamlDocument,
  readHistory,
  readUserText,
  reportFileName,
  require_dist,
  stringInput,
  subjectOf,
  toleranceText,
  writeReportFile
} from "./chunk-MJ5NRDFC.js";
import {
  MLGATE_VERSION,
  httpStatusOf
} from "./chunk-YKNMKEEN.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";
import {
  info,
  warning
} from "./chunk-GPNEBVUZ.js";
import {
  defaultColumn,
  kernelOnThisThread,
  readJsonArray,
  readJsonLineGroups
} from "./chunk-5JLT6RT2.js";
import {
  CODE_COUNT,
  CODE_INDEX,
  MAX_NESTING_DEPTH,
  NESTED_TOO_DEEP
} from "./chunk-J6O7JMOG.js";
import {
  __toESM
} from "./chunk-JY54KWOX.js";

// packages/engine/src/compare/metrics-comparison.ts
function compareMetrics(options) {
  const { current, policy } = options;
  const baseline = options.baseline.metrics;
  const requireBaseline = options.requireBaseline ?? false;
  const { history } = options.baseline;
  const rows = [];
  const usedRules = /* @__PURE__ */ new Set();
  const add = (name, before, after) => {
    const rule = policy.ruleFor(name);
    usedRules.add(rule);
    const judgement = judgeMetric(rule, before, after);
    const source = current.get(name);
    const points = history !== void 0 ? metricHistory(history, name) : [];
    rows.push({
      name,
      baseline: before,
      current: after,
      delta: deltaOf(before, after),
      verdict: judgement.verdict,
      reason: judgement.reason,
      rule: rule.origin,
      ...rule.headline ? { headline: true } : {},
      ...source !== void 0 ? { source: { file: source.file, line: source.line } } : {},
      ...points.length > 0 ? { history: points } : {}
    });
  };
  for (const [name, metric] of current) add(name, baseline.get(name)?.value ?? null, metric.value);
  for (const [name, metric] of baseline) if (!current.has(name)) add(name, metric.value, null);
  const warnings = [];
  for (const rule of policy.rules) {
    if (rule.origin.match === "builtin" || rule.origin.match === "default") continue;
    const matchesSomething = usedRules.has(rule) || (rule.origin.match === "exact" ? current.has(rule.origin.pattern) || baseline.has(rule.origin.pattern) : rows.some((row) => policy.matches(rule, row.name)));
    const { pattern } = rule.origin;
    if (!matchesSomething && rule.required) {
      rows.push({
        name: pattern,
        baseline: null,
        current: null,
        delta: null,
        verdict: rule.severity,
        reason: rule.origin.match === "glob" ? "required, but no metric matches" : "required, but not in the current run",
        rule: rule.origin
      });
      continue;
    }
    if (!matchesSomething && rule.significance === void 0) {
      warnings.push({
        message: rule.origin.match === "glob" ? `the rule '${pattern}' matches no metric` : `the rule '${pattern}' names a metric that is in neither the current run nor the baseline`,
        ...rule.origin.location ? { location: rule.origin.location } : {}
      });
    }
  }
  const summary = countVerdicts(rows);
  return {
    kind: COMPARISON_REPORT_KIND,
    mlgateVersion: MLGATE_VERSION,
    subject: options.subject ?? {},
    ...overallVerdict(summary, options.baseline.provenance, requireBaseline),
    baseline: options.baseline.provenance,
    requireBaseline,
    policy: { ...policy.source, sha256: policy.sha256 },
    current: { files: [...options.currentFiles] },
    summary,
    metrics: rows,
    warnings
  };
}
function countVerdicts(rows) {
  const counts = Object.fromEntries(METRIC_VERDICTS.map((verdict) => [verdict, 0]));
  for (const row of rows) counts[row.verdict]++;
  return { total: rows.length, ...counts };
}
function overallVerdict(summary, provenance, requireBaseline) {
  const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
  if (summary.fail > 0) return { verdict: "fail", verdictReason: `${plural(summary.fail, "metric")} failed` };
  if (!hasBaseline(provenance) && requireBaseline)
    return {
      verdict: "fail",
      verdictReason: `a baseline is required but there is none: ${provenance.reason}`
    };
  if (summary.warn > 0) return { verdict: "warn", verdictReason: `${plural(summary.warn, "metric")} warned` };
  if (!hasBaseline(provenance))
    return {
      verdict: "neutral",
      neutralReason: "no-baseline",
      verdictReason: `no baseline: ${provenance.reason}`
    };
  return {
    verdict: "pass",
    verdictReason: summary.improved > 0 ? `${plural(summary.improved, "metric")} improved` : "no regressions"
  };
}

// packages/engine/src/metrics/metrics-loader.ts
import path from "node:path";

// packages/engine/src/metrics/metric-collector.ts
var MetricCollector = class {
  constructor(file) {
    this.file = file;
  }
  file;
  metrics = /* @__PURE__ */ new Map();
  add(name, value, line, column) {
    const earlier = this.metrics.get(name);
    if (earlier !== void 0) {
      throw new UserError(`metric '${name}' appears twice in this file (first on line ${earlier.line})`, {
        file: this.file,
        line,
        ...column !== void 0 ? { column } : {}
      });
    }
    this.metrics.set(name, { name, value, file: this.file, line });
  }
  /** A value that cannot be a metric ("0.9x"): names the file, the key and the line. */
  refuse(name, problem, line, column) {
    throw new UserError(`metric '${name}': ${problem}`, {
      file: this.file,
      line,
      ...column !== void 0 ? { column } : {}
    });
  }
};
function childName(parent, key) {
  return parent === "" ? key : `${parent}.${key}`;
}

// packages/engine/src/metrics/metric-text.ts
var DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var NUMBER_WITH_SUFFIX = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[A-Za-z%]+$/;
var NAN = /^[+-]?nan$/i;
var POSITIVE_INFINITY = /^\+?(?:inf|infinity)$/i;
var NEGATIVE_INFINITY = /^-(?:inf|infinity)$/i;
function readMetricText(raw, origin) {
  const text2 = raw.trim();
  if (DECIMAL.test(text2)) return { ok: true, value: numberValue(Number(text2)) };
  if (NAN.test(text2)) return { ok: true, value: { type: "nan" } };
  if (POSITIVE_INFINITY.test(text2)) return { ok: true, value: { type: "infinity", sign: 1 } };
  if (NEGATIVE_INFINITY.test(text2)) return { ok: true, value: { type: "infinity", sign: -1 } };
  if (NUMBER_WITH_SUFFIX.test(text2)) {
    return { ok: false, problem: `value ${JSON.stringify(raw)} is not a number (a number with a suffix)` };
  }
  if (origin === "cell") {
    const lower = text2.toLowerCase();
    if (text2 === "" || lower === "null") return { ok: true, value: { type: "null" } };
    if (lower === "true" || lower === "false")
      return { ok: true, value: { type: "boolean", value: lower === "true" } };
  }
  return { ok: true, value: { type: "text", value: raw } };
}

// packages/engine/src/metrics/delimited-metrics-reader.ts
var LONG_HEADER_NAMES = /* @__PURE__ */ new Set(["name", "metric", "key"]);
function readDelimitedMetrics(text2, file, delimiter) {
  const rows = splitRows(text2, file, delimiter).filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  const [header, second] = rows;
  if (header === void 0) throw new UserError("the file is empty", { file, line: 1 });
  const collector = new MetricCollector(file);
  const cellsAreLongHeader = header.cells.length === 2 && LONG_HEADER_NAMES.has(header.cells[0].trim().toLowerCase()) && header.cells[1].trim().toLowerCase() === "value";
  const looksWide = !cellsAreLongHeader && rows.length === 2 && header.cells.every((cell) => readMetricText(cell, "cell").ok && !isNumberCell(cell));
  if (looksWide && second !== void 0) {
    if (second.cells.length !== header.cells.length) {
      throw new UserError(
        `the value row has ${second.cells.length} cells but the header names ${header.cells.length} metrics`,
        { file, line: second.line }
      );
    }
    header.cells.forEach(
      (rawName, index) => addCell(collector, rawName.trim(), second.cells[index], second.line)
    );
    return collector.metrics;
  }
  for (const row of cellsAreLongHeader ? rows.slice(1) : rows) {
    if (row.cells.length !== 2) {
      throw new UserError(
        `expected 'name${delimiter === "," ? "," : "<tab>"}value' (${row.cells.length} cells found), or one header row and one value row`,
        { file, line: row.line }
      );
    }
    const name = row.cells[0].trim();
    if (name === "") throw new UserError("a row has an empty metric name", { file, line: row.line });
    addCell(collector, name, row.cells[1], row.line);
  }
  return collector.metrics;
}
function isNumberCell(cell) {
  const reading = readMetricText(cell, "cell");
  return reading.ok && (reading.value.type === "number" || reading.value.type === "infinity");
}
function addCell(collector, name, cell, line) {
  if (name === "") throw new UserError("the header has an empty metric name", { file: collector.file, line });
  const reading = readMetricText(cell, "cell");
  if (!reading.ok) collector.refuse(name, reading.problem, line);
  collector.add(name, reading.value, line);
}
function splitRows(text2, file, delimiter) {
  const rows = [];
  let cells = [];
  let cell = "";
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 1;
  for (let index = 0; index < text2.length; index++) {
    const char = text2[index];
    if (quoted) {
      if (char === '"') {
        if (text2[index + 1] === '"') {
          cell += '"';
          index++;
        } else {
          quoted = false;
        }
      } else {
        if (char === "\n") line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      quoteLine = line;
      cell = "";
    } else if (char === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text2[index + 1] === "\n") index++;
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
    } else {
      cell += char;
    }
  }
  if (quoted) throw new UserError("unterminated quoted cell", { file, line: quoteLine });
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
  }
  return rows;
}

// packages/engine/src/metrics/json-metrics-reader.ts
function readJsonMetrics(text2, file) {
  return new JsonMetricsParser(text2, file).parse();
}
var NUMBER_TOKEN = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var JsonMetricsParser = class {
  constructor(text2, file) {
    this.text = text2;
    this.file = file;
    this.collector = new MetricCollector(file);
  }
  text;
  file;
  position = 0;
  /** Open objects and arrays around the position: the parser recurses per level, so it is bounded. */
  depth = 0;
  line = 1;
  lineStart = 0;
  collector;
  parse() {
    this.skipWhitespace();
    if (this.position >= this.text.length) throw this.error("the file is empty");
    const first = this.text.charCodeAt(this.position);
    if (first !== 123 /* OpenBrace */ && first !== 91 /* OpenBracket */) {
      throw this.error("expected a JSON object or array of metrics at the top level");
    }
    this.value("");
    this.skipWhitespace();
    if (this.position < this.text.length) throw this.error("unexpected text after the JSON value");
    return this.collector.metrics;
  }
  value(name) {
    const code = this.text.charCodeAt(this.position);
    const line = this.line;
    const column = this.column();
    if (code === 123 /* OpenBrace */ || code === 91 /* OpenBracket */) {
      if (this.depth === MAX_NESTING_DEPTH) {
        throw new UserError(NESTED_TOO_DEEP, { file: this.file, line, column });
      }
      this.depth++;
      if (code === 123 /* OpenBrace */) this.object(name);
      else this.array(name);
      this.depth--;
      return;
    }
    if (code === 34 /* Quote */) {
      const reading = readMetricText(this.string(), "string");
      if (!reading.ok) this.collector.refuse(name, reading.problem, line, column);
      return this.collector.add(name, reading.value, line, column);
    }
    if (code === 45 /* Minus */ || code >= 48 && code <= 57) {
      if (this.text.startsWith("-Infinity", this.position)) {
        this.position += 9;
        return this.collector.add(name, { type: "infinity", sign: -1 }, line, column);
      }
      NUMBER_TOKEN.lastIndex = this.position;
      const match = NUMBER_TOKEN.exec(this.text);
      if (match === null) throw this.error("invalid number");
      this.position += match[0].length;
      return this.collector.add(name, numberValue(Number(match[0])), line, column);
    }
    for (const [word, value] of KEYWORDS) {
      if (this.text.startsWith(word, this.position)) {
        this.position += word.length;
        return this.collector.add(name, value, line, column);
      }
    }
    throw this.error(this.position >= this.text.length ? "unexpected end of file" : "unexpected character");
  }
  object(name) {
    this.position++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.position) === 125 /* CloseBrace */) {
      this.position++;
      return;
    }
    for (; ; ) {
      if (this.text.charCodeAt(this.position) !== 34 /* Quote */) throw this.error("expected a quoted key");
      const key = this.string();
      this.skipWhitespace();
      if (this.text.charCodeAt(this.position) !== 58 /* Colon */) throw this.error("expected ':' after the key");
      this.position++;
      this.skipWhitespace();
      this.value(childName(name, key));
      this.skipWhitespace();
      const next = this.text.charCodeAt(this.position);
      this.position++;
      if (next === 125 /* CloseBrace */) return;
      if (next !== 44 /* Comma */) {
        this.position--;
        throw this.error("expected ',' or '}'");
      }
      this.skipWhitespace();
    }
  }
  array(name) {
    this.position++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.position) === 93 /* CloseBracket */) {
      this.position++;
      return;
    }
    for (let index = 0; ; index++) {
      this.value(childName(name, String(index)));
      this.skipWhitespace();
      const next = this.text.charCodeAt(this.position);
      this.position++;
      if (next === 93 /* CloseBracket */) return;
      if (next !== 44 /* Comma */) {
        this.position--;
        throw this.error("expected ',' or ']'");
      }
      this.skipWhitespace();
    }
  }
  string() {
    const start = ++this.position;
    let cursor = start;
    let escaped = false;
    for (; ; ) {
      const code = this.text.charCodeAt(cursor);
      if (code === 34 /* Quote */) break;
      if (Number.isNaN(code) || code === 10 /* Newline */) {
        this.position = cursor;
        throw this.error("unterminated string");
      }
      if (code === 92 /* Backslash */) {
        escaped = true;
        cursor += 2;
      } else {
        cursor++;
      }
    }
    this.position = cursor + 1;
    if (!escaped) return this.text.slice(start, cursor);
    try {
      return JSON.parse(this.text.slice(start - 1, cursor + 1));
    } catch {
      this.position = start;
      throw this.error("invalid escape in string");
    }
  }
  skipWhitespace() {
    for (; ; ) {
      const code = this.text.charCodeAt(this.position);
      if (code === 10 /* Newline */) {
        this.position++;
        this.line++;
        this.lineStart = this.position;
      } else if (code === 32 /* Space */ || code === 9 /* Tab */ || code === 13 /* Return */) {
        this.position++;
      } else {
        return;
      }
    }
  }
  column() {
    return this.position - this.lineStart + 1;
  }
  error(problem) {
    return new UserError(`not valid JSON: ${problem}`, {
      file: this.file,
      line: this.line,
      column: this.column()
    });
  }
};
var KEYWORDS = [
  ["true", { type: "boolean", value: true }],
  ["false", { type: "boolean", value: false }],
  ["null", { type: "null" }],
  ["NaN", { type: "nan" }],
  ["Infinity", { type: "infinity", sign: 1 }]
];

// packages/engine/src/metrics/yaml-metrics-reader.ts
var import_yaml = __toESM(require_dist(), 1);
function readYamlMetrics(text2, file) {
  const { document, lineCounter } = parseYamlDocument(text2, file);
  const root = document.contents;
  if (root === null || (0, import_yaml.isScalar)(root) && (root.value === null || root.value === "")) {
    throw new UserError("the file is empty", { file, line: 1 });
  }
  if (!(0, import_yaml.isMap)(root) && !(0, import_yaml.isSeq)(root)) {
    throw new UserError("expected a mapping or list of metrics at the top level", { file, line: 1 });
  }
  const collector = new MetricCollector(file);
  const at = (node) => {
    const position = lineCounter.linePos(node.range?.[0] ?? 0);
    return { line: position.line, column: position.col };
  };
  const walk = (node, name) => {
    const resolved = (0, import_yaml.isAlias)(node) ? node.resolve(document) : node;
    if ((0, import_yaml.isMap)(resolved)) {
      for (const pair of resolved.items) {
        const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
        if (pair.value === null && (0, import_yaml.isScalar)(pair.key)) {
          const { line: line2, column: column2 } = at(pair.key);
          collector.add(childName(name, key), { type: "null" }, line2, column2);
        } else {
          walk(pair.value, childName(name, key));
        }
      }
      return;
    }
    if ((0, import_yaml.isSeq)(resolved)) {
      resolved.items.forEach((item, index) => walk(item, childName(name, String(index))));
      return;
    }
    if (!(0, import_yaml.isScalar)(resolved)) return;
    const { line, column } = at(resolved);
    const value = resolved.value;
    if (value === null || value === void 0) return collector.add(name, { type: "null" }, line, column);
    if (typeof value === "number") return collector.add(name, numberValue(value), line, column);
    if (typeof value === "boolean") return collector.add(name, { type: "boolean", value }, line, column);
    const reading = readMetricText(String(value), "string");
    if (!reading.ok) collector.refuse(name, reading.problem, line, column);
    collector.add(name, reading.value, line, column);
  };
  walk(root, "");
  return collector.metrics;
}

// packages/engine/src/metrics/metrics-loader.ts
var MAX_METRICS_BYTES = 64 * 1024 * 1024;
var METRICS_EXTENSIONS = [".json", ".yaml", ".yml", ".csv", ".tsv"];
function parseMetricsText(text2, file) {
  if (text2.trim() === "") throw new UserError("the file is empty", { file, line: 1 });
  const extension = path.extname(file).toLowerCase();
  let metrics;
  switch (extension) {
    case ".json":
      metrics = readJsonMetrics(text2, file);
      break;
    case ".yaml":
    case ".yml":
      metrics = readYamlMetrics(text2, file);
      break;
    case ".csv":
      metrics = readDelimitedMetrics(text2, file, ",");
      break;
    case ".tsv":
      metrics = readDelimitedMetrics(text2, file, "	");
      break;
    default:
      throw new UserError(
        `cannot tell the format of a '${extension || "extensionless"}' file; use ${METRICS_EXTENSIONS.join(", ")}`,
        { file }
      );
  }
  if (metrics.size === 0) throw new UserError("the file holds no metrics", { file, line: 1 });
  return metrics;
}
async function readMetricsFile(file, cwd) {
  const text2 = await readUserText(file, { what: "metrics file", cwd, maxBytes: MAX_METRICS_BYTES });
  return { file, metrics: parseMetricsText(text2, file) };
}
async function loadMetricsFiles(files, options) {
  const read = await Promise.all(files.map((file) => readMetricsFile(file, options.cwd)));
  return combineMetricsFiles(read, options.namespace ?? "auto");
}
function fileStem(file) {
  const base = path.basename(file);
  const extension = path.extname(base);
  return extension === "" ? base : base.slice(0, -extension.length);
}
function combineMetricsFiles(files, mode) {
  if (files.length === 1 && mode !== "stem") return files[0].metrics;
  if (mode === "stem" || mode === "auto" && findCollision(files) !== void 0) return prefixByStem(files);
  const collision = findCollision(files);
  if (collision !== void 0) {
    const [first, second] = collision;
    throw new UserError(
      `metric '${second.name}' is in both ${first.file} (line ${first.line}) and ${second.file} (line ${second.line}); set metrics.namespace to 'stem' or 'auto' to prefix each metric with its file's name`,
      { file: second.file, line: second.line }
    );
  }
  const merged = /* @__PURE__ */ new Map();
  for (const { metrics } of files) for (const [name, metric] of metrics) merged.set(name, metric);
  return merged;
}
function findCollision(files) {
  const seen = /* @__PURE__ */ new Map();
  for (const { metrics } of files) {
    for (const [name, metric] of metrics) {
      const earlier = seen.get(name);
      if (earlier !== void 0) return [earlier, metric];
      seen.set(name, metric);
    }
  }
  return void 0;
}
function prefixByStem(files) {
  const stems = /* @__PURE__ */ new Map();
  const merged = /* @__PURE__ */ new Map();
  for (const { file, metrics } of files) {
    const stem = fileStem(file);
    const other = stems.get(stem);
    if (other !== void 0) {
      throw new UserError(
        `${other} and ${file} have the same name '${stem}', so their metrics would share one prefix; rename one`,
        { file }
      );
    }
    stems.set(stem, file);
    for (const [name, metric] of metrics) {
      const prefixed = `${stem}.${name}`;
      merged.set(prefixed, { ...metric, name: prefixed });
    }
  }
  return merged;
}

// packages/engine/src/compare/current-metrics.ts
async function loadCurrentMetrics(work, cwd) {
  const files = await expandFilePatterns(work.files, cwd, work.filesFrom);
  return { files, metrics: await loadMetricsFiles(files, { cwd, namespace: work.namespace }) };
}

// packages/github/src/baseline/data-fingerprints.ts
function dataFingerprints(report) {
  return {
    kind: report.kind,
    fingerprint: report.fingerprint,
    schemaSha256: report.schema.sha256,
    files: report.files.map((file) => ({ path: file.path, sha256: file.sha256, rows: file.rows }))
  };
}

// packages/github/src/baseline/cache-baseline-store.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path3 from "node:path";

// packages/engine/src/compare/baseline-snapshot.ts
import path2 from "node:path";
var BASELINE_SNAPSHOT_KIND = "mlgate/baseline@1";
function snapshotValue(value) {
  switch (value.type) {
    case "number":
    case "text":
    case "boolean":
      return value.value;
    case "nan":
      return "NaN";
    case "infinity":
      return value.sign > 0 ? "Infinity" : "-Infinity";
    case "null":
      return null;
  }
}
function createBaselineSnapshot(metrics, provenance, data, history) {
  const values = Object.fromEntries(
    [...metrics].map(([name, metric]) => [name, snapshotValue(metric.value)])
  );
  const { commit, date } = provenance;
  return {
    kind: BASELINE_SNAPSHOT_KIND,
    mlgateVersion: MLGATE_VERSION,
    provenance,
    metrics: values,
    ...data !== void 0 ? { data } : {},
    // A history needs a commit to label each point: a snapshot without one (a plain file) has none.
    ...history !== void 0 && commit !== void 0 && date !== void 0 ? { history: historyJson(extendHistory(history.previous, { commit, date, metrics }, history.length)) } : {}
  };
}
var SNAPSHOT_MARKER = `"${BASELINE_SNAPSHOT_KIND}"`;
async function readBaselineFile(file, cwd) {
  return parseBaselineText(
    await readUserText(file, { what: "baseline file", cwd, maxBytes: MAX_METRICS_BYTES }),
    file
  );
}
function parseBaselineText(text2, file) {
  const metrics = parseMetricsText(text2, file);
  if (path2.extname(file).toLowerCase() !== ".json" || !text2.includes(SNAPSHOT_MARKER)) {
    return { provenance: { source: "file", path: file }, metrics };
  }
  const kind = metrics.get("kind");
  if (kind?.value.type !== "text" || kind.value.value !== BASELINE_SNAPSHOT_KIND) {
    return { provenance: { source: "file", path: file }, metrics };
  }
  const snapshot = JSON.parse(text2);
  const provenance = snapshot.provenance;
  if (typeof provenance !== "object" || provenance === null || typeof provenance.source !== "string") {
    throw new UserError(`a ${BASELINE_SNAPSHOT_KIND} file without a provenance`, { file });
  }
  const prefix = "metrics.";
  const values = /* @__PURE__ */ new Map();
  for (const [name, metric] of metrics) {
    if (name.startsWith(prefix)) {
      const metricName = name.slice(prefix.length);
      values.set(metricName, { ...metric, name: metricName });
    }
  }
  return { provenance, metrics: values, history: snapshotHistory(snapshot, provenance, values, file) };
}
function snapshotHistory(snapshot, provenance, metrics, file) {
  if (snapshot.history !== void 0) return readHistory(snapshot.history, file);
  const { commit, date } = provenance;
  if (!isCommitSha(commit)) return void 0;
  return extendHistory(void 0, { commit, date: typeof date === "string" ? date : "", metrics }, 1);
}

// packages/github/src/baseline/cache-entry.ts
import { rm } from "node:fs/promises";
var DOWNLOAD_TIMEOUT_MS = 3e4;
var NO_COMMIT = /^0{40}$/;
function text(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function anchorCommit(context) {
  const pull = context.payload["pull_request"];
  const sha = text(pull?.base?.sha) ?? (context.eventName === "push" ? text(context.payload["before"]) : void 0);
  return sha !== void 0 && !NO_COMMIT.test(sha) ? sha : void 0;
}
async function restoreCacheEntry(relative, directory, prefix, context, budgetMs = ACTIONS_SERVICE_BUDGET_MS) {
  const cache = await import("./cache-O7QHDQMO.js");
  if (!cache.isFeatureAvailable()) return { kind: "unavailable" };
  const anchor = anchorCommit(context);
  await rm(directory, { recursive: true, force: true });
  try {
    const restored = await watchedWithinBudget(
      "Failed to restore: ",
      () => cache.restoreCache([relative], anchor !== void 0 ? `${prefix}${anchor}` : prefix, [prefix], {
        timeoutInMs: DOWNLOAD_TIMEOUT_MS,
        segmentTimeoutInMs: DOWNLOAD_TIMEOUT_MS
      }),
      budgetMs,
      "the Actions cache service"
    );
    if (restored.failure !== void 0) return { kind: "failed", why: restored.failure };
    return restored.value === void 0 ? { kind: "none" } : { kind: "restored", key: restored.value };
  } catch (error) {
    return { kind: "failed", why: error.message };
  }
}

// packages/github/src/baseline/baseline-store.ts
function noBaseline(reason) {
  return { provenance: { source: "none", reason }, metrics: /* @__PURE__ */ new Map() };
}

// packages/github/src/baseline/cache-service-availability.ts
function cacheUnavailableReason(env = process.env) {
  const legacy = isEnterpriseServer(env["GITHUB_SERVER_URL"]) || !env["ACTIONS_CACHE_SERVICE_V2"];
  return legacy ? "the Actions cache service is not available here (ACTIONS_CACHE_URL is not set)" : "the Actions cache service is not available here (ACTIONS_RESULTS_URL is not set)";
}

// packages/github/src/baseline/cache-baseline-store.ts
var SNAPSHOT_FILE = "baseline.json";
function baselineCacheKeyPrefix(name) {
  return `mlgate-baseline-${name}-`;
}
function baselineCachePath(name) {
  return `.mlgate/baseline/${name}`;
}
function cacheBaselineStore(options) {
  const { workspace, name, context } = options;
  const budgetMs = options.budgetMs ?? ACTIONS_SERVICE_BUDGET_MS;
  checkBaselineName(name, "baseline name");
  const prefix = baselineCacheKeyPrefix(name);
  const relative = baselineCachePath(name);
  const directory = path3.join(workspace, relative);
  const snapshotFile = path3.join(directory, SNAPSHOT_FILE);
  const cacheClient = () => import("./cache-O7QHDQMO.js");
  return {
    source: "cache",
    async restore() {
      const entry = await restoreCacheEntry(relative, directory, prefix, context, budgetMs);
      if (entry.kind === "unavailable") {
        return noBaseline(cacheUnavailableReason());
      }
      if (entry.kind === "failed") return unreadable(entry.why);
      if (entry.kind === "none") {
        return noBaseline(`no cache entry '${prefix}*' yet: a push to the default branch saves one`);
      }
      const matched = entry.key;
      let snapshot;
      try {
        snapshot = await readFile(snapshotFile, "utf8");
      } catch {
        return noBaseline(`cache entry '${matched}' holds no ${SNAPSHOT_FILE}`);
      }
      const restored = parseBaselineText(snapshot, `${relative}/${SNAPSHOT_FILE}`);
      const saved = restored.provenance;
      return {
        provenance: {
          source: "cache",
          key: matched,
          commit: saved.source !== "none" && saved.commit !== void 0 ? saved.commit : matched.slice(prefix.length),
          date: saved.source !== "none" && saved.date !== void 0 ? saved.date : ""
        },
        metrics: restored.metrics,
        ...restored.history !== void 0 ? { history: restored.history } : {}
      };
    },
    async save(request) {
      if (!isPushToDefaultBranch(context)) {
        return { saved: false, reason: "baselines are saved only by pushes to the default branch" };
      }
      const cache = await cacheClient();
      if (!cache.isFeatureAvailable()) {
        return { saved: false, reason: cacheUnavailableReason() };
      }
      const key = `${prefix}${context.sha}`;
      const snapshot = createBaselineSnapshot(
        request.metrics,
        { source: "cache", key, commit: context.sha, date: (/* @__PURE__ */ new Date()).toISOString() },
        request.data,
        { previous: request.history, length: request.historyLength }
      );
      await mkdir(directory, { recursive: true });
      await writeFile(snapshotFile, `${JSON.stringify(snapshot, null, 2)}
`);
      let id;
      try {
        const saved = await watchedWithinBudget(
          "Failed to save: ",
          () => cache.saveCache([relative], key),
          budgetMs,
          "the Actions cache service"
        );
        if (saved.failure !== void 0) {
          return { saved: false, reason: `the Actions cache service failed: ${saved.failure}` };
        }
        id = saved.value;
      } catch (error) {
        const reason = `the Actions cache service failed: ${error.message}`;
        warning(`The baseline was not saved: ${reason}`);
        return { saved: false, reason };
      }
      if (id === -1) {
        return { saved: false, reason: `the cache did not take '${key}'` };
      }
      return { saved: true, key };
    }
  };
}
function unreadable(why) {
  warning(`The Actions cache service failed, so the baseline could not be read: ${why}`);
  return noBaseline(`the baseline could not be read: the Actions cache service failed (${why})`);
}

// packages/github/src/baseline/file-baseline-store.ts
function fileBaselineStore(workspace, file) {
  return { source: "file", restore: () => readBaselineFile(file, workspace) };
}

// packages/github/src/baseline/git-file-at-ref.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var FileNotAtRefError = class extends UserError {
  constructor(message, sha) {
    super(message);
    this.sha = sha;
  }
  sha;
};
async function git(cwd, args) {
  const { stdout } = await run("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}
async function resolveCommit(cwd, ref) {
  try {
    return (await git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim();
  } catch {
    return void 0;
  }
}
async function readFileAtRef(cwd, ref, file, options = {}) {
  if (ref.startsWith("-")) throw new UserError(`baseline ref '${ref}' is not a ref`);
  let sha = await resolveCommit(cwd, ref);
  if (sha === void 0) {
    const branch = ref.replace(/^origin\//, "");
    try {
      await git(cwd, [
        "fetch",
        "--no-tags",
        "--depth=1",
        "origin",
        `+${branch}:refs/remotes/origin/${branch}`
      ]);
    } catch {
      try {
        await git(cwd, ["fetch", "--no-tags", "--depth=1", "origin", branch]);
      } catch {
        throw new UserError(
          `baseline ref '${ref}' is not in this clone and could not be fetched from origin`
        );
      }
    }
    sha = await resolveCommit(cwd, ref) ?? await resolveCommit(cwd, `origin/${branch}`) ?? await resolveCommit(cwd, "FETCH_HEAD");
    if (sha === void 0) throw new UserError(`baseline ref '${ref}' does not name a commit`);
  }
  const relative = file.replace(/^\.\//, "");
  if (options.maxBytes !== void 0) {
    let size;
    try {
      size = Number((await git(cwd, ["cat-file", "-s", `${sha}:${relative}`])).trim());
    } catch {
      throw new FileNotAtRefError(`'${relative}' does not exist at ${ref} (${sha.slice(0, 12)})`, sha);
    }
    if (!(size <= options.maxBytes))
      throw new UserError(
        `the ${options.what ?? "file"} '${relative}' has ${size} bytes at ${ref}; at most ${options.maxBytes} are read`
      );
  }
  let content;
  try {
    const { stdout } = await run("git", ["show", `${sha}:${relative}`], {
      cwd,
      encoding: "buffer",
      maxBuffer: 256 * 1024 * 1024
    });
    content = stdout;
  } catch {
    throw new FileNotAtRefError(`'${relative}' does not exist at ${ref} (${sha.slice(0, 12)})`, sha);
  }
  const date = (await git(cwd, ["show", "-s", "--format=%cI", sha])).trim();
  return { content, sha, date };
}

// packages/github/src/baseline/git-baseline-store.ts
function gitBaselineStore(options) {
  const { workspace, ref } = options;
  return {
    source: "git",
    async restore() {
      const found = [];
      const absent = [];
      for (const file of options.files) {
        try {
          found.push({ file, at: await readFileAtRef(workspace, ref, file) });
        } catch (error) {
          if (!(error instanceof FileNotAtRefError)) throw error;
          absent.push(file);
        }
      }
      const [first] = found;
      if (first === void 0) return noBaseline(`${absent.join(", ")} not at ${ref}`);
      const files = found.map(({ file, at }) => ({
        file,
        metrics: parseMetricsText(at.content.toString("utf8"), `${ref}:${file}`)
      }));
      return {
        provenance: {
          source: "git",
          ref,
          path: found.map(({ file }) => file).join(", "),
          commit: first.at.sha,
          date: first.at.date
        },
        metrics: combineMetricsFiles(files, options.namespace)
      };
    }
  };
}

// packages/github/src/baseline/release-baseline-store.ts
var RELEASE_METRICS_ASSET = "metrics.json";
function releaseBaselineStore(options) {
  return {
    source: "release",
    async restore() {
      const client = await options.client();
      const { owner, repo } = await options.repository();
      let release;
      try {
        ({ data: release } = await client.rest.repos.getLatestRelease({ owner, repo }));
      } catch (error) {
        if (httpStatusOf(error) === 404) return noBaseline(`${owner}/${repo} has no published release`);
        throw error;
      }
      const provenance = async (asset2, snapshotCommit2) => ({
        source: "release",
        tag: release.tag_name,
        asset: asset2,
        commit: await commitOfTag(client, { owner, repo }, release.tag_name) ?? snapshotCommit2 ?? release.target_commitish,
        date: release.published_at ?? release.created_at,
        url: release.html_url
      });
      const manifest = await readReleaseManifest(client, { owner, repo }, release);
      if (manifest !== void 0 && manifest.metrics.length > 0) {
        const source = `${release.tag_name}/${MODEL_MANIFEST_FILE}`;
        const metrics = new Map(
          [...releaseMetrics(manifest)].map(([name, value]) => [
            name,
            { name, value, file: source, line: 1 }
          ])
        );
        return { provenance: await provenance(MODEL_MANIFEST_FILE, manifest.commit), metrics };
      }
      const asset = release.assets.find((candidate) => candidate.name === RELEASE_METRICS_ASSET);
      if (asset === void 0) {
        return noBaseline(
          `release ${release.tag_name} has no metrics: neither a ${MODEL_MANIFEST_FILE} with metrics nor a ${RELEASE_METRICS_ASSET} asset`
        );
      }
      const { data } = await client.rest.repos.getReleaseAsset({
        owner,
        repo,
        asset_id: asset.id,
        headers: { accept: "application/octet-stream" }
      });
      const text2 = Buffer.from(data).toString("utf8");
      const parsed = parseBaselineText(text2, `${release.tag_name}/${asset.name}`);
      const snapshotCommit = parsed.provenance.source !== "none" ? parsed.provenance.commit : void 0;
      return { provenance: await provenance(asset.name, snapshotCommit), metrics: parsed.metrics };
    }
  };
}

// packages/github/src/baseline/open-baseline-store.ts
function openBaselineStore(spec, store) {
  switch (spec.kind) {
    case "cache":
      if (store.context === void 0) {
        throw new UserError(
          "the cache baseline lives in the GitHub Actions cache, which only a workflow run can read; use git:<ref>, release or file:<path> here"
        );
      }
      return cacheBaselineStore({ workspace: store.workspace, name: store.name, context: store.context });
    case "git":
      return gitBaselineStore({
        workspace: store.workspace,
        ref: spec.ref,
        files: store.currentFiles,
        namespace: store.namespace
      });
    case "release":
      return releaseBaselineStore({ client: store.client, repository: store.repository });
    case "file":
      return fileBaselineStore(store.workspace, spec.path);
  }
}

// packages/github/src/stages/comparison-stage.ts
async function runComparisonStage(request) {
  const { workspace, context, work } = request;
  const current = await loadCurrentMetrics(work, workspace);
  const store = openBaselineStore(work.baseline, {
    workspace,
    name: work.baselineName,
    context,
    currentFiles: current.files,
    namespace: work.namespace,
    client: request.client,
    repository: () => Promise.resolve(context.repo)
  });
  const baseline = await store.restore();
  const report = compareMetrics({
    current: current.metrics,
    currentFiles: current.files,
    baseline,
    policy: work.policy,
    subject: subjectOf(context),
    requireBaseline: work.requireBaseline
  });
  const file = await writeReportFile(
    request.reportDir,
    reportFileName("comparison", request.reportName),
    report
  );
  const saved = store.save !== void 0 && isPushToDefaultBranch(context) ? await store.save({
    metrics: current.metrics,
    // The baseline before this push, whose history the new one extends: a push's restore anchors on
    // the commit before it.
    ...baseline.history !== void 0 ? { history: baseline.history } : {},
    historyLength: work.historyLength,
    ...request.data.length > 0 ? { data: request.data.map(dataFingerprints) } : {}
  }) : void 0;
  if (saved?.saved === true) info(`Saved the baseline as cache entry '${saved.key}'`);
  else if (saved !== void 0) info(`The baseline was not saved: ${saved.reason}`);
  return { file: { file, report }, ...saved !== void 0 ? { saved } : {} };
}

// packages/github/src/stages/evaluation-stage.ts
import path5 from "node:path";

// packages/engine/src/significance/id-join.ts
var UNMATCHED_IDS_SHOWN = 5;
function joinById(baselineKeys, currentKeys) {
  const sameKind = baselineKeys.kind === currentKeys.kind;
  const baseline = sameKind ? baselineKeys : baselineKeys.asTexts();
  const current = sameKind ? currentKeys : currentKeys.asTexts();
  const matched = new Uint8Array(baseline.length);
  const baselineRows = new Int32Array(Math.min(baseline.length, current.length));
  const currentRows = new Int32Array(baselineRows.length);
  let size = 0;
  let extraCount = 0;
  const extraFirst = [];
  for (let row = 0; row < current.length; row++) {
    const baselineRow = baseline.find(current, row);
    if (baselineRow < 0) {
      if (extraCount++ < UNMATCHED_IDS_SHOWN) extraFirst.push(current.text(row));
      continue;
    }
    matched[baselineRow] = 1;
    baselineRows[size] = baselineRow;
    currentRows[size] = row;
    size++;
  }
  let missingCount = 0;
  const missingFirst = [];
  for (let row = 0; row < baseline.length; row++) {
    if (matched[row] === 1) continue;
    if (missingCount++ < UNMATCHED_IDS_SHOWN) missingFirst.push(baseline.text(row));
  }
  return {
    size,
    baselineRows: baselineRows.subarray(0, size),
    currentRows: currentRows.subarray(0, size),
    missing: { count: missingCount, first: missingFirst },
    extra: { count: extraCount, first: extraFirst }
  };
}

// packages/engine/src/significance/binomial-half.ts
var STIRLERR_SMALL = [
  0,
  0.08106146679532726,
  0.0413406959554093,
  0.02767792568499834,
  0.020790672103765093,
  0.016644691189821193,
  0.013876128823070748,
  0.01189670994589177,
  0.010411265261972096,
  0.009255462182712733,
  0.00833056343336287,
  0.007573675487951841,
  0.00694284010720953,
  0.006408994188004207,
  0.0059513701127588475,
  0.005554733551962801
];
var S0 = 1 / 12;
var S1 = 1 / 360;
var S2 = 1 / 1260;
var S3 = 1 / 1680;
var S4 = 1 / 1188;
function stirlerr(n) {
  if (n <= 15) return STIRLERR_SMALL[n];
  const nn = n * n;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}
function bd0(x, m) {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v = v * v;
    for (let j = 1; j < 1e3; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}
function binomialHalfMass(k, n) {
  if (k < 0 || k > n) return 0;
  if (k === 0 || k === n) return Math.pow(2, -n);
  const half = n / 2;
  const lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, half) - bd0(n - k, half);
  const lf = Math.log(2 * Math.PI) + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(lc - 0.5 * lf);
}
function binomialHalfCdf(k, n) {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (2 * k > n) return 1 - binomialHalfCdf(n - k - 1, n);
  let term = binomialHalfMass(k, n);
  let sum = term;
  for (let j = k; j > 0 && term > sum * 1e-17; j--) {
    term *= j / (n - j + 1);
    sum += term;
  }
  return sum;
}

// packages/engine/src/significance/mcnemar-exact.ts
function pairedCorrectness(baselineCorrect, currentCorrect, join) {
  const cells = [0, 0, 0, 0];
  for (let j = 0; j < join.size; j++) {
    const b = baselineCorrect[join.baselineRows[j]] === 1 ? 0 : 2;
    const c = currentCorrect[join.currentRows[j]] === 1 ? 0 : 1;
    cells[b + c]++;
  }
  return { bothCorrect: cells[0], baselineOnly: cells[1], currentOnly: cells[2], bothWrong: cells[3] };
}
function mcnemarExactPValue(table) {
  const { baselineOnly, currentOnly: currentOnly2 } = table;
  if (!Number.isInteger(baselineOnly) || !Number.isInteger(currentOnly2) || baselineOnly < 0 || currentOnly2 < 0)
    throw new RangeError(`McNemar's test needs counts, got ${baselineOnly} and ${currentOnly2}`);
  return Math.min(1, 2 * binomialHalfCdf(Math.min(baselineOnly, currentOnly2), baselineOnly + currentOnly2));
}

// packages/engine/src/evaluate/metrics/log-loss-metric.ts
var LOG_LOSS_EPS = 2 ** -52;
function rowLogLosses(label, scores, classCount) {
  const rows = label.length;
  const losses = new Float64Array(rows);
  for (let r = 0; r < rows; r++) losses[r] = rowLogLoss(label, scores, classCount, r);
  return losses;
}
function rowLogLoss(label, scores, classCount, row) {
  const base = row * classCount;
  let sum = 0;
  for (let c = 0; c < classCount; c++) sum += clip(scores[base + c]);
  return -Math.log(clip(scores[base + label[row]]) / sum);
}
function clip(p) {
  return p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
}
var lossesByScores = /* @__PURE__ */ new WeakMap();
function lossesOf(label, scores, classCount) {
  let losses = lossesByScores.get(scores);
  if (losses === void 0) lossesByScores.set(scores, losses = rowLogLosses(label, scores, classCount));
  return losses;
}
function logLossMetric(label, scores, classCount, rows) {
  let losses;
  return {
    name: "log_loss",
    size: 2,
    add(row, weight, stats, offset) {
      losses ??= lossesOf(label, scores, classCount);
      stats[offset] += weight * losses[row];
      stats[offset + 1] += weight;
    },
    value(stats, offset) {
      const total = stats[offset + 1];
      return total > 0 && classCount >= 2 ? stats[offset] / total : Number.NaN;
    },
    // The point estimate without the row-loss array the resamples share: on 10M rows that array is 80 MiB.
    exact() {
      const count = rows?.length ?? label.length;
      if (count === 0 || classCount < 2) return Number.NaN;
      let sum = 0;
      for (let i = 0; i < count; i++) sum += rowLogLoss(label, scores, classCount, rows ? rows[i] : i);
      return sum / count;
    }
  };
}

// packages/engine/src/evaluate/metrics/label-count-metrics.ts
function accuracyMetric(label, prediction) {
  return {
    name: "accuracy",
    size: 2,
    add(row, weight, stats, offset) {
      if (label[row] === prediction[row]) stats[offset] += weight;
      stats[offset + 1] += weight;
    },
    value(stats, offset) {
      const total = stats[offset + 1];
      return total > 0 ? stats[offset] / total : Number.NaN;
    }
  };
}
function ratio(tp, denominator) {
  return denominator === 0 ? 0 : tp / denominator;
}
function f1Of(precision, recall) {
  const denominator = precision + recall;
  return denominator === 0 ? 0 : 2 * precision * recall / denominator;
}
function scoreOf(name, tp, predicted, actual) {
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, actual);
  return name === "precision" ? precision : name === "recall" ? recall : f1Of(precision, recall);
}
function labelCountMetric(name, label, prediction, classCount, average, positive) {
  return {
    name,
    size: 3 * classCount,
    add(row, weight, stats, offset) {
      const truth = label[row];
      const predicted = prediction[row];
      if (truth === predicted) stats[offset + 3 * truth] += weight;
      stats[offset + 3 * predicted + 1] += weight;
      stats[offset + 3 * truth + 2] += weight;
    },
    value(stats, offset) {
      const at = (c, k) => stats[offset + 3 * c + k];
      if (average === "binary") return scoreOf(name, at(positive, 0), at(positive, 1), at(positive, 2));
      let tp = 0;
      let predicted = 0;
      let actual = 0;
      let sum = 0;
      let weighted = 0;
      let present = 0;
      for (let c = 0; c < classCount; c++) {
        const t = at(c, 0);
        const p = at(c, 1);
        const a = at(c, 2);
        if (p === 0 && a === 0) continue;
        present++;
        tp += t;
        predicted += p;
        actual += a;
        const score = scoreOf(name, t, p, a);
        sum += score;
        weighted += a * score;
      }
      if (present === 0) return Number.NaN;
      if (average === "micro") return scoreOf(name, tp, predicted, actual);
      if (average === "macro") return sum / present;
      return actual === 0 ? 0 : weighted / actual;
    }
  };
}

// packages/engine/src/evaluate/metrics/regression-metrics.ts
function regressionMetric(name, label, prediction, center, rows) {
  if (name === "rmse" || name === "mae") {
    const squared = name === "rmse";
    return {
      name,
      size: 2,
      add(row, weight, stats, offset) {
        const error = label[row] - prediction[row];
        stats[offset] += weight * (squared ? error * error : Math.abs(error));
        stats[offset + 1] += weight;
      },
      value(stats, offset) {
        const total = stats[offset + 1];
        if (!(total > 0)) return Number.NaN;
        return squared ? Math.sqrt(stats[offset] / total) : stats[offset] / total;
      }
    };
  }
  return {
    name,
    size: 4,
    add(row, weight, stats, offset) {
      const error = label[row] - prediction[row];
      const deviation = label[row] - center;
      stats[offset] += weight * error * error;
      stats[offset + 1] += weight * deviation;
      stats[offset + 2] += weight * deviation * deviation;
      stats[offset + 3] += weight;
    },
    value(stats, offset) {
      const total = stats[offset + 3];
      if (!(total >= 2)) return Number.NaN;
      const sum = stats[offset + 1];
      return r2Of(stats[offset], Math.max(0, stats[offset + 2] - sum * sum / total));
    },
    exact() {
      const count = rows?.length ?? label.length;
      if (count < 2) return Number.NaN;
      let mean = 0;
      for (let i = 0; i < count; i++) mean += label[rows ? rows[i] : i];
      mean /= count;
      let residual = 0;
      let totalSquares = 0;
      for (let i = 0; i < count; i++) {
        const row = rows ? rows[i] : i;
        const error = label[row] - prediction[row];
        residual += error * error;
        totalSquares += (label[row] - mean) ** 2;
      }
      return r2Of(residual, totalSquares);
    }
  };
}
function r2Of(residual, totalSquares) {
  if (totalSquares === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / totalSquares;
}

// packages/engine/src/evaluate/metrics/float-sort.ts
function sortFloats(values, scratch) {
  const n = values.length;
  if (n < RADIX_MIN) {
    values.sort();
    return;
  }
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  toSortable(words, n);
  const counts = histograms(words, n);
  let source = words;
  let target = scratch !== void 0 && scratch.length >= 2 * n ? scratch.subarray(0, 2 * n) : new Uint32Array(2 * n);
  for (let pass = 0; pass < PASSES; pass++) {
    const count = counts.subarray(pass * BUCKETS, (pass + 1) * BUCKETS);
    const { word, shift } = DIGITS[pass];
    if (count[source[word] >>> shift & MASK] === n) continue;
    let total = 0;
    for (let d = 0; d < BUCKETS; d++) {
      const c = count[d];
      count[d] = total;
      total += c;
    }
    for (let i = 0; i < n; i++) {
      const lo = source[2 * i];
      const hi = source[2 * i + 1];
      const at = 2 * count[(word === 0 ? lo : hi) >>> shift & MASK]++;
      target[at] = lo;
      target[at + 1] = hi;
    }
    const swap = source;
    source = target;
    target = swap;
  }
  if (source !== words) words.set(source);
  fromSortable(words, n);
}
var RADIX_MIN = 4096;
var BITS = 11;
var BUCKETS = 1 << BITS;
var MASK = BUCKETS - 1;
var DIGITS = [
  { word: 0, shift: 0 },
  { word: 0, shift: 11 },
  { word: 0, shift: 22 },
  { word: 1, shift: 0 },
  { word: 1, shift: 11 },
  { word: 1, shift: 22 }
];
var PASSES = DIGITS.length;
function histograms(words, n) {
  const counts = new Int32Array(PASSES * BUCKETS);
  for (let i = 0; i < n; i++) {
    const lo = words[2 * i];
    const hi = words[2 * i + 1];
    counts[lo & MASK]++;
    counts[BUCKETS + (lo >>> 11 & MASK)]++;
    counts[2 * BUCKETS + (lo >>> 22)]++;
    counts[3 * BUCKETS + (hi & MASK)]++;
    counts[4 * BUCKETS + (hi >>> 11 & MASK)]++;
    counts[5 * BUCKETS + (hi >>> 22)]++;
  }
  return counts;
}
function toSortable(words, n) {
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1];
    if (hi & 2147483648) {
      words[2 * i] = ~words[2 * i] >>> 0;
      words[2 * i + 1] = ~hi >>> 0;
    } else words[2 * i + 1] = (hi | 2147483648) >>> 0;
  }
}
function fromSortable(words, n) {
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1];
    if (hi & 2147483648) words[2 * i + 1] = (hi & 2147483647) >>> 0;
    else {
      words[2 * i] = ~words[2 * i] >>> 0;
      words[2 * i + 1] = ~hi >>> 0;
    }
  }
}

// packages/engine/src/evaluate/metrics/roc-auc-metric.ts
var ROC_BINS = 1024;
function columnsScored(classCount) {
  return classCount === 2 ? [1] : Array.from({ length: classCount }, (_, c) => c);
}
function rankBins(scores, classCount, column) {
  const rows = scores.length / classCount;
  const sorted = new Float64Array(rows);
  for (let r = 0; r < rows; r++) sorted[r] = scores[r * classCount + column];
  sortFloats(sorted);
  const edges = new Float64Array(ROC_BINS);
  let distinct = 0;
  for (let i = 0; i < rows && distinct <= ROC_BINS; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) {
      if (distinct < ROC_BINS) edges[distinct] = sorted[i];
      distinct++;
    }
  let count = distinct;
  if (distinct > ROC_BINS) {
    count = 0;
    for (let b = 0; b < ROC_BINS; b++) {
      const threshold = sorted[Math.ceil(b * rows / ROC_BINS)];
      if (count === 0 || threshold !== edges[count - 1]) edges[count++] = threshold;
    }
  }
  const bins = new Uint16Array(rows);
  for (let r = 0; r < rows; r++) {
    const score = scores[r * classCount + column];
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = low + high >>> 1;
      if (edges[middle] <= score) low = middle + 1;
      else high = middle;
    }
    bins[r] = low - 1;
  }
  return bins;
}
var binsByScores = /* @__PURE__ */ new WeakMap();
function binsOf(scores, classCount, column) {
  let perColumn = binsByScores.get(scores);
  if (perColumn === void 0) binsByScores.set(scores, perColumn = []);
  return perColumn[column] ??= rankBins(scores, classCount, column);
}
function aucOfGroups(positives, negatives, from, to) {
  let below = 0;
  let area = 0;
  let totalPositive = 0;
  for (let g = from; g < to; g++) {
    const p = positives[g];
    const n = negatives[g];
    area += p * (below + 0.5 * n);
    below += n;
    totalPositive += p;
  }
  return totalPositive > 0 && below > 0 ? area / (totalPositive * below) : Number.NaN;
}
function exactColumnAuc(label, scores, classCount, column, rows) {
  const count = rows?.length ?? label.length;
  let positives = 0;
  for (let i = 0; i < count; i++) if (label[rows ? rows[i] : i] === column) positives++;
  const pos = new Float64Array(positives);
  const neg = new Float64Array(count - positives);
  let p = 0;
  let n = 0;
  for (let i = 0; i < count; i++) {
    const row = rows ? rows[i] : i;
    const score = scores[row * classCount + column];
    if (label[row] === column) pos[p++] = score;
    else neg[n++] = score;
  }
  return { auc: exactAuc(pos, neg), positives };
}
function exactAuc(pos, neg) {
  if (pos.length === 0 || neg.length === 0) return Number.NaN;
  const scratch = new Uint32Array(2 * Math.max(pos.length, neg.length));
  sortFloats(pos, scratch);
  sortFloats(neg, scratch);
  let area = 0;
  let below = 0;
  for (let i = 0; i < pos.length; ) {
    const value = pos[i];
    let group = i;
    while (group < pos.length && pos[group] === value) group++;
    while (below < neg.length && neg[below] < value) below++;
    let tied = below;
    while (tied < neg.length && neg[tied] === value) tied++;
    area += (group - i) * (below + 0.5 * (tied - below));
    i = group;
  }
  return area / (pos.length * neg.length);
}
function averaged(aucs, positives, average) {
  if (aucs.length === 1) return aucs[0];
  if (aucs.some(Number.isNaN)) return Number.NaN;
  if (average === "macro") return aucs.reduce((s, a) => s + a, 0) / aucs.length;
  const total = positives.reduce((s, p) => s + p, 0);
  return total === 0 ? 0 : aucs.reduce((s, a, c) => s + a * positives[c], 0) / total;
}
function rocAucMetric(label, scores, classCount, average, rows) {
  const columns = columnsScored(classCount);
  let bins;
  return {
    name: "roc_auc",
    size: 2 * ROC_BINS * columns.length,
    add(row, weight, stats, offset) {
      bins ??= columns.map((c) => binsOf(scores, classCount, c));
      const truth = label[row];
      for (let i = 0; i < columns.length; i++) {
        const base = offset + 2 * ROC_BINS * i + (truth === columns[i] ? 0 : ROC_BINS);
        stats[base + bins[i][row]] += weight;
      }
    },
    value(stats, offset) {
      if (classCount < 2) return Number.NaN;
      const aucs = [];
      const positives = [];
      for (let i = 0; i < columns.length; i++) {
        const base = offset + 2 * ROC_BINS * i;
        const pos = stats.subarray(base, base + ROC_BINS);
        aucs.push(aucOfGroups(pos, stats.subarray(base + ROC_BINS, base + 2 * ROC_BINS), 0, ROC_BINS));
        positives.push(pos.reduce((s, w) => s + w, 0));
      }
      return averaged(aucs, positives, average);
    },
    exact() {
      if (classCount < 2) return Number.NaN;
      const results = columns.map((c) => exactColumnAuc(label, scores, classCount, c, rows));
      return averaged(
        results.map((r) => r.auc),
        results.map((r) => r.positives),
        average
      );
    }
  };
}

// packages/engine/src/evaluate/additive-metrics.ts
function additiveMetrics(columns, spec, rows) {
  if (columns.task === "regression") {
    const wrong2 = spec.metrics.find((m) => !REGRESSION_METRICS.includes(m));
    if (wrong2 !== void 0)
      throw new UserError(
        `${wrong2} is a classification metric; regression has ${REGRESSION_METRICS.join(", ")}`
      );
    const center = meanOf(columns.label);
    return spec.metrics.map(
      (name) => regressionMetric(name, columns.label, columns.prediction, center, rows)
    );
  }
  const wrong = spec.metrics.find((m) => !CLASSIFICATION_METRICS.includes(m));
  if (wrong !== void 0)
    throw new UserError(
      `${wrong} is a regression metric; classification has ${CLASSIFICATION_METRICS.join(", ")}`
    );
  return spec.metrics.map((name) => classificationMetric(name, columns, spec, rows));
}
function meanOf(values) {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length > 0 ? sum / values.length : 0;
}
function positiveIndex(columns, spec) {
  if (spec.positiveClass !== void 0) {
    const index = columns.classes.indexOf(spec.positiveClass);
    if (index < 0)
      throw new UserError(
        `the positive class "${spec.positiveClass}" is not among the classes (${columns.classes.join(", ")})`
      );
    return index;
  }
  return Math.min(1, columns.classes.length - 1);
}
function classificationMetric(name, columns, spec, rows) {
  const classCount = columns.classes.length;
  const { label, scores } = columns;
  if (name === "roc_auc" || name === "log_loss") {
    if (scores === void 0)
      throw new UserError(
        `${name} needs scores (a score column, or one probability column per class); these predictions have only hard labels`
      );
    if (name === "log_loss") return logLossMetric(label, scores, classCount, rows);
    if (classCount > 2 && spec.average !== "macro" && spec.average !== "weighted")
      throw new UserError(
        `roc_auc over ${classCount} classes is one-vs-rest with average macro or weighted, not ${spec.average} (as scikit-learn)`
      );
    return rocAucMetric(label, scores, classCount, spec.average === "weighted" ? "weighted" : "macro", rows);
  }
  if (columns.prediction === void 0 && scores === void 0)
    throw new UserError(`${name} needs predicted classes or scores; these predictions have neither`);
  const prediction = columns.prediction ?? argmaxOf(scores, classCount);
  if (name === "accuracy") return accuracyMetric(label, prediction);
  if (spec.average === "binary" && classCount > 2)
    throw new UserError(
      `average binary needs two classes, these predictions have ${classCount}; choose macro, micro or weighted`
    );
  const positive = positiveIndex(columns, spec);
  return labelCountMetric(name, label, prediction, classCount, spec.average, positive);
}
var argmaxByScores = /* @__PURE__ */ new WeakMap();
function argmaxOf(scores, classCount) {
  const cached = argmaxByScores.get(scores);
  if (cached !== void 0) return cached;
  const rows = scores.length / classCount;
  const prediction = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < classCount; c++)
      if (scores[r * classCount + c] > scores[r * classCount + best]) best = c;
    prediction[r] = best;
  }
  argmaxByScores.set(scores, prediction);
  return prediction;
}

// packages/engine/src/evaluate/prediction-slices.ts
function rowsByValue(slice) {
  const counts = new Int32Array(slice.values.length);
  for (const code of slice.codes) if (code >= 0) counts[code]++;
  const groups = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(slice.values.length);
  slice.codes.forEach((code, row) => {
    if (code >= 0) groups[code][filled[code]++] = row;
  });
  return groups;
}
function sliceMetricName(column, value, metric) {
  return `slice.${column}=${value}.${metric}`;
}

// packages/engine/src/evaluate/evaluate-predictions.ts
function evaluate(columns, spec, slices = []) {
  const values = {};
  for (const metric of additiveMetrics(columns, spec))
    values[metric.name] = pointValue(metric, void 0, columns);
  for (const slice of slices) {
    rowsByValue(slice).forEach((rows, code) => {
      for (const metric of additiveMetrics(columns, spec, rows))
        values[sliceMetricName(slice.name, slice.values[code], metric.name)] = pointValue(
          metric,
          rows,
          columns
        );
    });
  }
  return values;
}
function pointValue(metric, rows, columns) {
  if (metric.exact) return metric.exact();
  const stats = new Float64Array(metric.size);
  if (rows === void 0) for (let row = 0; row < columns.label.length; row++) metric.add(row, 1, stats, 0);
  else for (const row of rows) metric.add(row, 1, stats, 0);
  return metric.value(stats, 0);
}

// packages/engine/src/significance/paired-change.ts
function judgePairedChange(change, rule) {
  if (!(rule.tolerance >= 0)) throw new RangeError(`tolerance must be ≥ 0, got ${rule.tolerance}`);
  const [low, high] = change.ci;
  const defined = !Number.isNaN(low) && !Number.isNaN(high);
  const gainLow = rule.direction === "higher" ? low : -high;
  const gainHigh = rule.direction === "higher" ? high : -low;
  const regression = !defined ? "possible" : gainHigh < -rule.tolerance ? "certain" : gainLow < -rule.tolerance ? "possible" : "none";
  return {
    delta: change.delta,
    ci: [low, high],
    ...change.pValue === void 0 ? {} : { pValue: change.pValue },
    significant: defined && (low > 0 || high < 0),
    regression
  };
}

// packages/engine/src/evaluate/report/evaluation-judgement.ts
function judgeCurrentOnly(rule, current) {
  return judgeMetric(rule, null, numberValue(current));
}
function judgeChange(rule, change) {
  const significant = !Number.isNaN(change.ci[0]) && (change.ci[0] > 0 || change.ci[1] < 0);
  const plain = judgeMetric(rule, numberValue(change.baseline), numberValue(change.current));
  const direction = rule.direction;
  if (rule.significance === void 0 || direction !== "higher" && direction !== "lower")
    return { ...plain, significant, bySignificance: false };
  const bounds = judgeMetric(rule, null, numberValue(change.current));
  if (bounds.verdict === "fail" || bounds.verdict === "warn")
    return { ...bounds, significant, bySignificance: true };
  if (!Number.isFinite(change.baseline)) return { ...plain, significant, bySignificance: true };
  const tolerance = allowanceAround(rule.tolerance, change.baseline);
  const judged = judgePairedChange(change, { direction, tolerance });
  const interval = `Δ ${formatSignedNumber(change.delta)}, ${Math.round((1 - rule.significance.alpha) * 100)}% interval [${formatNumber(change.ci[0])}, ${formatNumber(change.ci[1])}]`;
  const limit = `the tolerance ${toleranceText(rule.tolerance)}`;
  if (judged.regression === "certain")
    return {
      verdict: rule.severity,
      reason: `${interval} lies wholly beyond ${limit}: a real regression`,
      significant,
      bySignificance: true
    };
  const better = direction === "higher" ? change.delta > 0 : change.delta < 0;
  if (judged.significant && better)
    return {
      verdict: "improved",
      reason: `${interval}: a significant improvement`,
      significant,
      bySignificance: true
    };
  if (judged.regression === "possible")
    return {
      verdict: "pass",
      reason: `${interval} reaches beyond ${limit} but not wholly: not significant`,
      significant,
      bySignificance: true
    };
  return {
    verdict: "pass",
    reason: `${interval}, within ${limit}${significant ? "" : ": not significant"}`,
    significant,
    bySignificance: true
  };
}

// packages/engine/src/evaluate/evaluate-with-baseline.ts
function sideOf(file, measured) {
  return measured.kind === "streamed" ? { file, streamed: measured.streamed } : { file, columns: measured.file.columns, slices: measured.file.slices };
}
function sideShape(side) {
  if ("streamed" in side) {
    const { task, rows, classes, hasScores } = side.streamed;
    return { task, rows, classes: classes.length, hasScores };
  }
  const columns = side.columns;
  if (columns.task === "regression")
    return { task: columns.task, rows: columns.ids.length, classes: 0, hasScores: false };
  return {
    task: columns.task,
    rows: columns.ids.length,
    classes: columns.classes.length,
    hasScores: columns.scores !== void 0
  };
}
var finite = (value) => Number.isFinite(value) ? value : null;
function evaluateWithBaseline(input) {
  const { current, baseline, spec, policy } = input;
  const seed = input.seed ?? DEFAULT_SEED;
  const resamples = input.resamples ?? DEFAULT_RESAMPLES;
  let evaluated;
  let join;
  if (baseline === void 0) evaluated = currentOnly(current, spec, policy);
  else
    ({ metrics: evaluated, join } = paired(
      baseline,
      current,
      spec,
      policy,
      seed,
      resamples
    ));
  const shape = sideShape(current);
  return {
    kind: EVALUATION_REPORT_KIND,
    mlgateVersion: MLGATE_VERSION,
    subject: input.subject,
    createdAt: input.createdAt,
    ...reportVerdict(evaluated, baseline !== void 0, join),
    task: shape.task,
    average: spec.average,
    files: { current: current.file, ...baseline !== void 0 ? { baseline: baseline.file } : {} },
    rows: {
      current: shape.rows,
      ...baseline !== void 0 ? { baseline: baseline.columns.ids.length } : {}
    },
    ...join !== void 0 ? {
      join: { matched: join.size, missing: join.missing, extra: join.extra },
      bootstrap: { seed, resamples }
    } : {},
    metrics: evaluated
  };
}
function ruleKey(rule) {
  return rule.origin.match === "exact" || rule.origin.match === "glob" ? { rule: rule.origin.pattern } : {};
}
function baseMetric(name) {
  return name.slice(name.lastIndexOf(".") + 1);
}
function currentOnly(current, spec, policy) {
  const values = "streamed" in current ? current.streamed.values(spec) : evaluate(current.columns, spec, current.slices);
  return Object.entries(values).map(([name, value]) => {
    const rule = policy.ruleFor(name);
    const judged = judgeCurrentOnly(rule, value);
    return {
      name,
      metric: baseMetric(name),
      current: finite(value),
      verdict: judged.verdict,
      reason: judged.reason,
      ...ruleKey(rule)
    };
  });
}
function paired(baseline, current, spec, policy, seed, resamples) {
  if (baseline.columns.task !== current.columns.task)
    throw new UserError(
      `${baseline.file} holds ${baseline.columns.task} predictions, ${current.file} ${current.columns.task} predictions`
    );
  const join = joinById(baseline.columns.ids, current.columns.ids);
  if (join.size === 0)
    throw new UserError(
      `${current.file} and ${baseline.file} share no id: there are no examples to compare (the id column is configured in mlgate.yml evaluate.id)`
    );
  const correct = accuracyNeeded(spec) ? { baseline: correctness(baseline.columns), current: correctness(current.columns) } : void 0;
  const metrics = [];
  for (const group of rowGroups(join, current.slices)) {
    if (group.size === 0) continue;
    const baselineMetrics = additiveMetrics(baseline.columns, spec, group.baselineRows);
    const currentMetrics = additiveMetrics(current.columns, spec, group.currentRows);
    const names = currentMetrics.map((metric) => group.nameOf(metric.name));
    const rules = names.map((name) => policy.ruleFor(name));
    const intervals = bootstrapByRule(
      baselineMetrics.map((metric, m) => ({ baseline: metric, current: currentMetrics[m] })),
      rules,
      group,
      seed,
      resamples
    );
    names.forEach((name, m) => {
      const interval = intervals[m];
      const rule = rules[m];
      const pValue = interval.name === "accuracy" && correct !== void 0 ? mcnemarExactPValue(pairedCorrectness(correct.baseline, correct.current, group)) : void 0;
      const judged = judgeChange(rule, { ...interval, ...pValue !== void 0 ? { pValue } : {} });
      metrics.push({
        name,
        metric: interval.name,
        baseline: finite(interval.baseline),
        current: finite(interval.current),
        delta: finite(interval.delta),
        ci: [finite(interval.ci[0]), finite(interval.ci[1])],
        alpha: rule.significance?.alpha ?? DEFAULT_ALPHA,
        ...pValue !== void 0 ? { pValue } : {},
        significant: judged.significant,
        verdict: judged.verdict,
        reason: judged.reason,
        ...ruleKey(rule),
        ...judged.bySignificance ? { bySignificance: true } : {}
      });
    });
  }
  return { metrics, join };
}
function bootstrapByRule(pairs, rules, rows, seed, resamples) {
  const settings = rules.map((rule) => ({
    alpha: rule.significance?.alpha ?? DEFAULT_ALPHA,
    resamples: rule.significance?.resamples ?? resamples
  }));
  const intervals = new Array(pairs.length);
  const keys = [...new Set(settings.map((s) => `${s.alpha}/${s.resamples}`))];
  for (const key of keys) {
    const members = settings.flatMap((s, m) => `${s.alpha}/${s.resamples}` === key ? [m] : []);
    const result = pairedBootstrap(
      members.map((m) => pairs[m]),
      rows,
      { ...settings[members[0]], seed }
    );
    members.forEach((m, i) => intervals[m] = result.intervals[i]);
  }
  return intervals;
}
function rowGroups(join, slices) {
  const groups = [{ ...join, nameOf: (metric) => metric }];
  for (const slice of slices) {
    const joinedOf = new Int32Array(slice.codes.length).fill(-1);
    join.currentRows.forEach((row, j) => joinedOf[row] = j);
    rowsByValue(slice).forEach((rows, code) => {
      const positions = Array.from(rows, (row) => joinedOf[row]).filter((j) => j >= 0);
      const value = slice.values[code];
      groups.push({
        size: positions.length,
        baselineRows: Int32Array.from(positions, (j) => join.baselineRows[j]),
        currentRows: Int32Array.from(positions, (j) => join.currentRows[j]),
        nameOf: (metric) => sliceMetricName(slice.name, value, metric)
      });
    });
  }
  return groups;
}
function accuracyNeeded(spec) {
  return spec.metrics.includes("accuracy");
}
function correctness(columns) {
  if (columns.task !== "classification") return new Uint8Array(columns.label.length);
  const prediction = columns.prediction ?? argmaxOf(columns.scores, columns.classes.length);
  return Uint8Array.from(columns.label, (label, row) => label === prediction[row] ? 1 : 0);
}
function reportVerdict(metrics, withBaseline, join) {
  const named = (verdict) => metrics.filter((metric) => metric.verdict === verdict).map((metric) => metric.name);
  const list = (names) => `${names.slice(0, 3).join(", ")}${names.length > 3 ? ` and ${names.length - 3} more` : ""}`;
  const failed = named("fail");
  const warned = named("warn");
  const unmatched = join !== void 0 && join.missing.count + join.extra.count > 0 ? `; ${countWords(join.missing.count, "baseline id")} missing, ${countWords(join.extra.count, "extra id")}` : "";
  if (failed.length > 0)
    return {
      verdict: "fail",
      verdictReason: `${countWords(failed.length, "metric")} failed: ${list(failed)}${unmatched}`
    };
  if (warned.length > 0)
    return {
      verdict: "warn",
      verdictReason: `${countWords(warned.length, "metric")} warned: ${list(warned)}${unmatched}`
    };
  if (!withBaseline)
    return {
      verdict: "neutral",
      neutralReason: "no-baseline",
      verdictReason: `no baseline predictions; ${countWords(metrics.length, "metric")} computed`
    };
  const notSignificant = metrics.filter((metric) => metric.bySignificance && !metric.significant).length;
  return {
    verdict: "pass",
    verdictReason: `${countWords(metrics.length, "metric")} held${notSignificant > 0 ? ` (${countWords(notSignificant, "change")} not significant)` : ""}${unmatched}`
  };
}

// packages/engine/src/evaluate/reading/class-order.ts
function numberClassName(value) {
  return Object.is(value, -0) ? "0" : String(value);
}
function compareCodePoints(a, b) {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 55296 && x <= 57343;
    const ys = y >= 55296 && y <= 57343;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
var NUMBER_TEXT = /^\s*[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)\s*$/;
function labelNumber(text2) {
  if (!NUMBER_TEXT.test(text2)) return void 0;
  const value = Number(text2);
  return Number.isFinite(value) ? value : void 0;
}
function orderClasses(texts) {
  const numbers = texts.map(labelNumber);
  const indexOf = new Int32Array(texts.length);
  if (texts.length > 0 && numbers.every((n) => n !== void 0)) {
    const values = [...new Set(numbers)].sort((a, b) => a - b);
    const rank2 = new Map(values.map((v, i) => [v, i]));
    numbers.forEach((n, i) => indexOf[i] = rank2.get(n));
    return { classes: values.map(numberClassName), indexOf };
  }
  const classes = [...new Set(texts)].sort(compareCodePoints);
  const rank = new Map(classes.map((c, i) => [c, i]));
  texts.forEach((t, i) => indexOf[i] = rank.get(t));
  return { classes, indexOf };
}

// packages/engine/src/significance/id-store.ts
var NumberIds = class {
  constructor(values, first = 0) {
    this.values = values;
    this.first = first;
  }
  values;
  first;
  kind = "numbers";
  at(row) {
    return this.values === void 0 ? this.first + row : this.values[row];
  }
  hash(row) {
    return hashNumber(this.at(row));
  }
  same(row, other, otherRow) {
    return other.kind === "numbers" && this.at(row) === other.at(otherRow);
  }
  /** Strictly after the id of row - 1. */
  follows(row) {
    return this.at(row) > this.at(row - 1);
  }
  key(row) {
    return this.at(row);
  }
  text(row) {
    return numberClassName(this.at(row));
  }
};
var TextIds = class {
  constructor(bytes, offsets) {
    this.bytes = bytes;
    this.offsets = offsets;
  }
  bytes;
  offsets;
  kind = "texts";
  /** Hashes of rows [0, hashed): computed when a table first needs them, kept since bytes are hashed slowly. */
  hashes = new Int32Array(0);
  hashed = 0;
  hash(row) {
    if (row < this.hashed) return this.hashes[row];
    if (row >= this.hashes.length) {
      const grown2 = new Int32Array(Math.max(1024, 2 * row + 2, this.offsets.length));
      grown2.set(this.hashes.subarray(0, this.hashed));
      this.hashes = grown2;
    }
    for (; this.hashed <= row; this.hashed++)
      this.hashes[this.hashed] = hashBytes(
        this.bytes,
        this.offsets[this.hashed],
        this.offsets[this.hashed + 1]
      );
    return this.hashes[row];
  }
  same(row, other, otherRow) {
    if (other.kind !== "texts" || this.hash(row) !== other.hash(otherRow)) return false;
    const from = this.offsets[row];
    const start = other.offsets[otherRow];
    const length = other.offsets[otherRow + 1] - start;
    if (this.offsets[row + 1] - from !== length) return false;
    for (let i = 0; i < length; i++) if (this.bytes[from + i] !== other.bytes[start + i]) return false;
    return true;
  }
  /** Strictly after the id of row - 1, comparing bytes (UTF-8 byte order is code point order). */
  follows(row) {
    const a = this.offsets[row - 1];
    const aEnd = this.offsets[row];
    const bEnd = this.offsets[row + 1];
    const length = Math.min(aEnd - a, bEnd - aEnd);
    for (let i = 0; i < length; i++) {
      const x = this.bytes[a + i];
      const y = this.bytes[aEnd + i];
      if (x !== y) return y > x;
    }
    return bEnd - aEnd > aEnd - a;
  }
  /** Forgets hashes from `row` on: the row's bytes are about to be rewritten (a refused duplicate's place). */
  forget(row) {
    if (this.hashed > row) this.hashed = row;
  }
  key(row) {
    return this.text(row);
  }
  text(row) {
    return this.bytes.toString("utf8", this.offsets[row], this.offsets[row + 1]);
  }
};
var float = new Float64Array(1);
var halves = new Int32Array(float.buffer);
function hashNumber(value) {
  float[0] = value;
  return mix(mix(halves[1]) ^ halves[0]);
}
function mix(value) {
  let h = value ^ value >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return h ^ h >>> 16;
}
function hashBytes(bytes, start, end) {
  let h = end - start;
  for (let i = start; i < end; i++) {
    h = Math.imul(h ^ bytes[i], 1540483477);
    h ^= h >>> 15;
  }
  return mix(h);
}

// packages/engine/src/significance/id-table.ts
var IdTable = class {
  constructor(store, maxProbe, expected) {
    this.store = store;
    this.maxProbe = maxProbe;
    let capacity = 1024;
    while (capacity < 2 * expected) capacity *= 2;
    this.slots = new Int32Array(capacity);
  }
  store;
  maxProbe;
  slots;
  map;
  size = 0;
  /**
   * Adds the store's next row (rows are added in order, each once): the earlier row holding the same id, or
   * -1 when the id is new (then it is in the table).
   */
  insert(row) {
    if (this.map === void 0) this.grow();
    if (this.map !== void 0) {
      const key = this.store.key(row);
      const earlier = this.map.get(key);
      if (earlier !== void 0) return earlier;
      this.map.set(key, row);
      this.size++;
      return -1;
    }
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = this.store.hash(row) & mask;
    for (let probe = 0; probe < this.maxProbe; probe++) {
      const entry = slots[slot];
      if (entry === 0) {
        slots[slot] = row + 1;
        this.size++;
        return -1;
      }
      if (this.store.same(entry - 1, this.store, row)) return entry - 1;
      slot = slot + 1 & mask;
    }
    this.moveToMap();
    return this.insert(row);
  }
  /** The row whose id equals `other`'s id at `otherRow`, or -1. */
  find(other, otherRow) {
    if (this.map !== void 0) return this.map.get(other.key(otherRow)) ?? -1;
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = other.hash(otherRow) & mask;
    for (let probe = 0; probe < this.maxProbe; probe++) {
      const entry = slots[slot];
      if (entry === 0) return -1;
      if (this.store.same(entry - 1, other, otherRow)) return entry - 1;
      slot = slot + 1 & mask;
    }
    return -1;
  }
  /** Doubles the table before it passes half full. */
  grow() {
    const old = this.slots;
    if (2 * (this.size + 1) <= old.length) return;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length - 1;
    for (const entry of old) {
      if (entry === 0) continue;
      let slot = this.store.hash(entry - 1) & mask;
      for (let probe = 0; slots[slot] !== 0; probe++) {
        if (probe + 1 >= this.maxProbe) return this.moveToMap();
        slot = slot + 1 & mask;
      }
      slots[slot] = entry;
    }
    this.slots = slots;
  }
  /** Rows [0, size) are the ones in the table: rows go in in order and a duplicate's row never does. */
  moveToMap() {
    this.map = /* @__PURE__ */ new Map();
    for (let row = 0; row < this.size; row++) this.map.set(this.store.key(row), row);
    this.slots = void 0;
  }
};

// packages/engine/src/significance/id-keys.ts
var MAX_PROBE = 256;
var MAX_ID_BYTES = 1 << 30;
var IdKeys = class _IdKeys {
  constructor(length, store, table, maxProbe) {
    this.length = length;
    this.store = store;
    this.table = table;
    this.maxProbe = maxProbe;
  }
  length;
  store;
  table;
  maxProbe;
  /** The builder's hand-over. */
  static finished(length, store, table, maxProbe) {
    return new _IdKeys(length, store, table, maxProbe);
  }
  /** Ids given as texts (tests, benches, callers with strings); a duplicate is a UserError naming `source`. */
  static fromTexts(texts, source = "ids") {
    const builder = new IdKeysBuilder();
    builder.startTexts();
    texts.forEach((text2, row) => {
      const earlier = builder.addText(text2);
      if (earlier >= 0) throw duplicateId(source, text2, earlier, row);
    });
    return builder.finish();
  }
  get kind() {
    return this.store.kind;
  }
  /** Row `row`'s id as text (for messages). */
  text(row) {
    return this.store.text(row);
  }
  /** Every id as text: O(rows) strings, for tests and small files. */
  texts() {
    return Array.from({ length: this.length }, (_, row) => this.text(row));
  }
  /** The same ids as texts (a number-id side meeting a text-id side). */
  asTexts() {
    if (this.store.kind === "texts") return this;
    const builder = new IdKeysBuilder(this.maxProbe);
    builder.startTexts();
    for (let row = 0; row < this.length; row++) builder.addText(this.text(row));
    return builder.finish();
  }
  /** The row of this holding `other`'s id at `row`, or -1. Both sides must be of one kind (see asTexts). */
  find(other, row) {
    if (this.length === 0) return -1;
    if (this.store.kind !== other.store.kind)
      throw new Error("IdKeys.find: number ids against text ids (call asTexts first)");
    if (this.table === void 0) {
      this.table = new IdTable(this.store, this.maxProbe, this.length);
      for (let r = 0; r < this.length; r++) this.table.insert(r);
    }
    return this.table.find(other.store, row);
  }
};
var IdKeysBuilder = class {
  /** `maxProbe` is for tests: 0 puts the index on its Map at once. */
  constructor(maxProbe = MAX_PROBE) {
    this.maxProbe = maxProbe;
  }
  maxProbe;
  length = 0;
  store = new NumberIds(void 0);
  /** Rows announced by reserveRows: the size number ids get when they need an array. */
  reserved = 0;
  /** Undefined while every id so far came after the one before. */
  table;
  /** A number id (finite: the reader refuses NaN and infinities before). */
  addNumber(value) {
    let store = this.store;
    if (store.kind === "texts") return this.addText(numberClassName(value));
    const id = value === 0 ? 0 : value;
    if (store.values === void 0) {
      if (this.length === 0 && Number.isSafeInteger(id)) {
        this.store = new NumberIds(void 0, id);
        this.length = 1;
        return -1;
      }
      if (this.length > 0 && id === store.first + this.length && Number.isSafeInteger(id)) {
        this.length++;
        return -1;
      }
      store = this.materialize(store);
    }
    if (this.length === store.values.length) store.values = grownFloats(store.values, this.length * 2);
    store.values[this.length] = id;
    return this.commit();
  }
  /** The first id that breaks the run of consecutive integers: the run becomes values. */
  materialize(run2) {
    const values = new Float64Array(Math.max(1024, this.reserved, 2 * this.length));
    for (let row = 0; row < this.length; row++) values[row] = run2.first + row;
    const store = new NumberIds(values);
    this.store = store;
    return store;
  }
  /** A text id. */
  addText(text2) {
    const store = this.texts();
    const start = store.offsets[this.length];
    this.reserve(store, start, text2.length * 3);
    const written = store.bytes.write(text2, start, "utf8");
    store.offsets[this.length + 1] = start + written;
    return this.commit();
  }
  /** A text id given as UTF-8 bytes `[start, end)` of `source` (a Parquet or Arrow value buffer). */
  addUtf8(source, start, end) {
    const store = this.texts();
    const at = store.offsets[this.length];
    this.reserve(store, at, end - start);
    store.bytes.set(source.subarray(start, end), at);
    store.offsets[this.length + 1] = at + end - start;
    return this.commit();
  }
  /** Room for `rows` number ids at once (text ids grow as they come: their bytes are unknown). */
  reserveRows(rows) {
    this.reserved = rows;
  }
  /** Ids will be texts: no number phase to convert later. */
  startTexts() {
    this.texts();
  }
  /** The finished ids; the builder is not to be used after. */
  finish() {
    return IdKeys.finished(this.length, this.store, this.table, this.maxProbe);
  }
  /** The id of stored row `row` as text (for a duplicate's message). */
  text(row) {
    return this.store.text(row);
  }
  /** Keeps the id just written at row `length`, unless it repeats one: then the earlier row. */
  commit() {
    const row = this.length;
    if (this.table === void 0) {
      if (row === 0 || this.store.follows(row)) {
        this.length++;
        return -1;
      }
      this.table = new IdTable(this.store, this.maxProbe, 2 * row);
      for (let r = 0; r < row; r++) this.table.insert(r);
    }
    const earlier = this.table.insert(row);
    if (earlier >= 0) {
      if (this.store.kind === "texts") this.store.forget(row);
      return earlier;
    }
    this.length++;
    return -1;
  }
  /** The text store, converting number ids so far into their texts when the first text id arrives. */
  texts() {
    const store = this.store;
    if (store.kind === "texts") return store;
    const numbers = Float64Array.from({ length: this.length }, (_, row) => store.at(row));
    const texts = new TextIds(Buffer.allocUnsafe(Math.max(4096, numbers.length * 8)), new Int32Array(1024));
    this.store = texts;
    this.length = 0;
    this.table = void 0;
    for (const value of numbers) this.addText(numberClassName(value));
    return texts;
  }
  reserve(store, at, bytes) {
    if (this.length + 2 > store.offsets.length)
      store.offsets = grownInts(store.offsets, store.offsets.length * 2);
    const needed = at + bytes;
    if (needed > MAX_ID_BYTES)
      throw new UserError(
        `the ids take more than ${MAX_ID_BYTES / 2 ** 20} MiB: is the id column (mlgate.yml evaluate.id) really the examples' ids?`
      );
    if (needed <= store.bytes.length) return;
    const next = Buffer.allocUnsafe(Math.min(MAX_ID_BYTES, Math.max(needed, store.bytes.length * 2)));
    store.bytes.copy(next, 0, 0, at);
    store.bytes = next;
  }
};
function duplicateId(source, id, earlier, row) {
  return new UserError(
    `${source}: id ${JSON.stringify(id).slice(0, 200)} appears more than once (rows ${earlier + 1} and ${row + 1}); ids must be unique to pair baseline and current predictions`
  );
}
function grownFloats(values, length) {
  const next = new Float64Array(length);
  next.set(values);
  return next;
}
function grownInts(values, length) {
  const next = new Int32Array(length);
  next.set(values);
  return next;
}

// packages/engine/src/evaluate/reading/prediction-classes.ts
var SUM_TOLERANCE = 1e-8 + 1e-5;
var MAX_CLASSES = 1e4;
function checkedClassOrder(parts, places) {
  const { label, prediction, probabilities } = parts;
  const order = orderClasses([
    ...label.texts,
    ...prediction?.texts ?? [],
    ...probabilities.map((p) => p.className)
  ]);
  const classCount = order.classes.length;
  if (classCount > MAX_CLASSES)
    throw new UserError(
      `${classCount} distinct classes, more than the ${MAX_CLASSES} a classification may have: is the task regression?`,
      { file: places.file }
    );
  if (parts.score !== void 0 && probabilities.length === 0 && classCount !== 2)
    throw new UserError(
      `a score column "${parts.score.name}" is the positive class's probability of a binary problem, but the labels and predictions hold ${classCount} classes (${order.classes.slice(0, 5).join(", ")}); give one probability column per class`,
      { file: places.file }
    );
  return order;
}
function classificationColumns(parts, rows, places) {
  const { label, prediction, probabilities } = parts;
  const predictionTexts = prediction?.texts ?? [];
  const order = checkedClassOrder(parts, places);
  const classCount = order.classes.length;
  const labelClass = (code) => order.indexOf[code];
  const predictionClass = (code) => order.indexOf[label.texts.length + code];
  const classified = () => {
    const labels = classesOf(label.codes, rows, order.indexOf, 0);
    const predictions = prediction && classesOf(prediction.codes, rows, order.indexOf, label.texts.length);
    const base = { task: "classification", ids: parts.ids, classes: order.classes, label: labels };
    return predictions ? { ...base, prediction: predictions } : base;
  };
  if (probabilities.length > 0) {
    const offset = label.texts.length + predictionTexts.length;
    const columnClass = probabilities.map((_, j) => order.indexOf[offset + j]);
    const covered = new Uint8Array(classCount);
    columnClass.forEach((c, j) => {
      if (covered[c] === 1)
        throw new UserError(
          `two probability columns name the class "${order.classes[c]}" (${probabilities[j].column.name} is one)`,
          { file: places.file }
        );
      covered[c] = 1;
    });
    const sources = prediction ? [
      { column: label, classOf: labelClass },
      { column: prediction, classOf: predictionClass }
    ] : [{ column: label, classOf: labelClass }];
    for (const { column, classOf } of sources) {
      const code = column.texts.findIndex((_, c) => covered[classOf(c)] === 0);
      if (code >= 0)
        throw places.error(
          column.firstRowOf(code),
          `the ${column.name} "${column.texts[code]}" has no probability column (one per class: ${probabilities.map((p) => p.column.name).join(", ")})`
        );
    }
    const scores = new Float64Array(rows * classCount);
    const values = probabilities.map((p) => p.column.values);
    for (let r = 0; r < rows; r++) {
      let sum = 0;
      for (let j = 0; j < values.length; j++) {
        const p = values[j][r];
        scores[r * classCount + columnClass[j]] = p;
        sum += p;
      }
      if (Math.abs(sum - 1) > SUM_TOLERANCE) throw places.error(r, `the probabilities sum to ${sum}, not 1`);
    }
    return { ...classified(), scores };
  }
  if (parts.score !== void 0) {
    const score = parts.score.values;
    const scores = new Float64Array(rows * 2);
    for (let r = 0; r < rows; r++) {
      scores[2 * r] = 1 - score[r];
      scores[2 * r + 1] = score[r];
    }
    return { ...classified(), scores };
  }
  return classified();
}
function classesOf(codes, rows, indexOf, first) {
  const classes = codes.subarray(0, rows);
  for (let r = 0; r < rows; r++) classes[r] = indexOf[first + classes[r]];
  return classes;
}

// packages/engine/src/evaluate/reading/cell-columns.ts
function describe(cell) {
  const text2 = typeof cell === "string" ? cell : String(cell);
  return JSON.stringify(text2.length > 40 ? `${text2.slice(0, 40)}…` : text2);
}
function grown(array, needed) {
  if (needed <= array.length) return array;
  const next = new array.constructor(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}
function batchValues(column) {
  const { data, validity } = column;
  const present = (i) => validity === void 0 || validity[i] === 1;
  switch (data.type) {
    case "utf8": {
      const bytes = Buffer.from(data.data.buffer, data.data.byteOffset, data.data.byteLength);
      return (i) => present(i) ? bytes.toString("utf8", data.offsets[i], data.offsets[i + 1]) : null;
    }
    case "dictionary": {
      const { offsets, data: raw } = data.dictionary;
      const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
      const entries = Array.from(
        { length: offsets.length - 1 },
        (_, k) => bytes.toString("utf8", offsets[k], offsets[k + 1])
      );
      return (i) => present(i) ? entries[data.indices[i]] : null;
    }
    case "bool":
      return (i) => present(i) ? data.values[i] === 1 : null;
    case "int64":
    case "uint64":
      return (i) => present(i) ? Number(data.values[i]) : null;
    case "values":
      return (i) => present(i) ? data.values[i] : null;
    default:
      return (i) => present(i) ? data.values[i] : null;
  }
}
var UNSEEN = -2;
var NUMERIC_TYPES = /* @__PURE__ */ new Set([
  "float64",
  "float32",
  "int32",
  "int16",
  "int8",
  "uint32",
  "uint16",
  "uint8"
]);
var NUMBER_TEXT2 = /^\s*[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)\s*$/;
var NON_FINITE_TEXT = /^\s*[-+]?(?:nan|inf|infinity)\s*$/i;
function nonFinite(text2) {
  if (/nan/i.test(text2)) return Number.NaN;
  return text2.trim().startsWith("-") ? -Infinity : Infinity;
}
var NumberColumn = class {
  constructor(name, places, probability) {
    this.name = name;
    this.places = places;
    this.probability = probability;
  }
  name;
  places;
  probability;
  values = new Float64Array(1024);
  base = 0;
  /** Room for `rows` values at once (a Parquet footer's count): growing by doubling touches twice the memory. */
  reserve(rows) {
    this.values = grown(this.values, rows);
  }
  /** The next window starts at row `base`: the rows before it are consumed. */
  rewind(base) {
    this.base = base;
  }
  push(row, cell) {
    let value;
    if (typeof cell === "number") value = cell;
    else if (typeof cell === "string" && NUMBER_TEXT2.test(cell)) value = Number(cell);
    else if (cell === null || cell === void 0 || cell === "")
      throw this.places.error(row, `column "${this.name}" has no value`);
    else if (typeof cell === "string" && NON_FINITE_TEXT.test(cell)) value = nonFinite(cell);
    else throw this.places.error(row, `column "${this.name}": ${describe(cell)} is not a number`);
    this.set(row, value);
  }
  /** A whole batch column from a columnar file, starting at row `first`. */
  pushBatch(first, column, rows) {
    const { data, validity } = column;
    this.values = grown(this.values, first - this.base + rows);
    if (NUMERIC_TYPES.has(data.type)) {
      const source = data.values;
      for (let i = 0; i < rows; i++) {
        if (validity !== void 0 && validity[i] === 0)
          throw this.places.error(first + i, `column "${this.name}" has no value`);
        this.set(first + i, source[i]);
      }
      return;
    }
    const value = batchValues(column);
    for (let i = 0; i < rows; i++) this.push(first + i, value(i));
  }
  set(row, value) {
    if (!Number.isFinite(value))
      throw this.places.error(row, `column "${this.name}" is ${value} (NaN and infinities have no metric)`);
    if (this.probability && !(value >= 0 && value <= 1))
      throw this.places.error(row, `column "${this.name}" is ${value}: a probability lies in [0, 1]`);
    const index = row - this.base;
    if (index >= this.values.length) this.values = grown(this.values, index + 1);
    this.values[index] = value;
  }
  /** The value of row `row` (in the current window). */
  at(row) {
    return this.values[row - this.base];
  }
  /** The values of rows [0, rows): a view, not a copy (a copy of 10M values costs 80 MiB of fresh memory). */
  finish(rows) {
    return this.values.subarray(0, rows);
  }
};
var CategoryColumn = class {
  constructor(name, places, optional, limit) {
    this.name = name;
    this.places = places;
    this.optional = optional;
    this.limit = limit;
  }
  name;
  places;
  optional;
  limit;
  codes = new Int32Array(1024);
  texts = [];
  base = 0;
  /** The row each code first appeared on, for messages. */
  firstRows = [];
  index = /* @__PURE__ */ new Map();
  numberCodes = /* @__PURE__ */ new Map();
  /** Codes of the small whole-number labels 0 … SMALL - 1 (+1; 0 unseen): a Map lookup per row cost 0.5 s on 10M. */
  smallCodes = new Int32Array(SMALL);
  reserve(rows) {
    this.codes = grown(this.codes, rows);
  }
  rewind(base) {
    this.base = base;
  }
  push(row, cell) {
    const index = row - this.base;
    if (index >= this.codes.length) this.codes = grown(this.codes, index + 1);
    if (cell === null || cell === void 0 || cell === "") {
      if (!this.optional) throw this.places.error(row, `column "${this.name}" has no value`);
      this.codes[index] = -1;
      return;
    }
    if (typeof cell === "number" && !Number.isFinite(cell))
      throw this.places.error(row, `column "${this.name}" is ${cell}, not a class`);
    if (typeof cell === "object")
      throw this.places.error(row, `column "${this.name}" holds an object, not a value`);
    this.codes[index] = this.codeOf(typeof cell === "number" ? numberClassName(cell) : String(cell), row);
  }
  pushBatch(first, column, rows) {
    const start = first - this.base;
    this.codes = grown(this.codes, start + rows);
    const { data, validity } = column;
    const codes = this.codes;
    if (data.type === "dictionary") {
      const entry = batchValues({ name: column.name, data: { type: "utf8", ...data.dictionary } });
      const entryCodes = new Int32Array(data.dictionary.offsets.length - 1).fill(UNSEEN);
      for (let i = 0; i < rows; i++) {
        if (validity !== void 0 && validity[i] === 0) {
          this.push(first + i, null);
          continue;
        }
        const k = data.indices[i];
        if (entryCodes[k] === UNSEEN) {
          this.push(first + i, entry(k));
          entryCodes[k] = codes[start + i];
        } else if (entryCodes[k] < 0) this.push(first + i, null);
        else codes[start + i] = entryCodes[k];
      }
      return;
    }
    if (NUMERIC_TYPES.has(data.type)) {
      const values = data.values;
      const small = this.smallCodes;
      for (let i = 0; i < rows; i++) {
        const absent = validity !== void 0 && validity[i] === 0;
        const value2 = values[i];
        if (!absent && value2 >= 0 && value2 < SMALL && small[value2] !== 0 && Number.isInteger(value2)) {
          codes[start + i] = small[value2] - 1;
          continue;
        }
        const code = absent ? void 0 : this.numberCodes.get(value2);
        if (code !== void 0) {
          codes[start + i] = code;
          continue;
        }
        this.push(first + i, absent ? null : value2);
        if (absent) continue;
        this.numberCodes.set(value2, codes[start + i]);
        if (value2 >= 0 && value2 < SMALL && Number.isInteger(value2)) small[value2] = codes[start + i] + 1;
      }
      return;
    }
    const value = batchValues(column);
    for (let i = 0; i < rows; i++) this.push(first + i, value(i));
  }
  /** The code of row `row` (in the current window). */
  at(row) {
    return this.codes[row - this.base];
  }
  codeOf(text2, row) {
    let code = this.index.get(text2);
    if (code === void 0) {
      code = this.texts.length;
      if (code === this.limit.values)
        throw this.places.error(
          row,
          `column "${this.name}" has more than ${this.limit.values} distinct values: ${this.limit.advice}`
        );
      this.texts.push(text2);
      this.firstRows.push(row);
      this.index.set(text2, code);
    }
    return code;
  }
  /** The first row whose code is `code`, for messages. */
  firstRowOf(code) {
    return this.firstRows[code];
  }
};
var SMALL = 1024;
var IdColumn = class {
  constructor(name, places) {
    this.name = name;
    this.places = places;
  }
  name;
  places;
  keys = new IdKeysBuilder();
  push(row, cell) {
    if (cell === null || cell === void 0 || cell === "")
      throw this.places.error(row, `column "${this.name}" has no id`);
    if (typeof cell === "object")
      throw this.places.error(row, `column "${this.name}" holds an object, not an id`);
    if (typeof cell === "number") this.number(row, cell);
    else this.check(row, this.keys.addText(String(cell)));
  }
  pushBatch(first, column, rows) {
    const { data, validity } = column;
    const missing = (i) => validity !== void 0 && validity[i] === 0;
    if (data.type === "utf8") {
      for (let i = 0; i < rows; i++) {
        const start = data.offsets[i];
        const end = data.offsets[i + 1];
        if (missing(i) || start === end) this.push(first + i, null);
        else this.check(first + i, this.keys.addUtf8(data.data, start, end));
      }
      return;
    }
    if (data.type === "dictionary") {
      const { offsets, data: bytes } = data.dictionary;
      for (let i = 0; i < rows; i++) {
        const k = data.indices[i];
        if (missing(i) || offsets[k] === offsets[k + 1]) this.push(first + i, null);
        else this.check(first + i, this.keys.addUtf8(bytes, offsets[k], offsets[k + 1]));
      }
      return;
    }
    if (data.type === "int64" || data.type === "uint64") {
      for (let i = 0; i < rows; i++) {
        if (missing(i)) this.push(first + i, null);
        else {
          const value2 = data.values[i];
          const exact = value2 <= MAX_EXACT && value2 >= -MAX_EXACT;
          this.check(
            first + i,
            exact ? this.keys.addNumber(Number(value2)) : this.keys.addText(String(value2))
          );
        }
      }
      return;
    }
    if (NUMERIC_TYPES.has(data.type)) {
      const values = data.values;
      for (let i = 0; i < rows; i++) {
        if (missing(i)) this.push(first + i, null);
        else this.number(first + i, values[i]);
      }
      return;
    }
    const value = batchValues(column);
    for (let i = 0; i < rows; i++) this.push(first + i, value(i));
  }
  reserve(rows) {
    this.keys.reserveRows(rows);
  }
  finish() {
    return this.keys.finish();
  }
  number(row, value) {
    if (!Number.isFinite(value)) throw this.places.error(row, `column "${this.name}" is ${value}, not an id`);
    this.check(row, this.keys.addNumber(value));
  }
  check(row, earlier) {
    if (earlier < 0) return;
    throw this.places.error(
      row,
      `duplicate id ${describe(this.keys.text(earlier))} in column "${this.name}" (first at row ${earlier + 1}): ids pair predictions, so each must be unique`
    );
  }
};
var MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

// packages/engine/src/evaluate/reading/csv-rows.ts
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { isUtf8 } from "node:buffer";
var BOM = [239, 187, 191];
var CHUNK_BYTES = 4 * 1024 * 1024;
var BLOCK_BYTES = 256 * 1024;
function readCsvHeader(path6, displayPath, delimiter) {
  const size = statSync(path6).size;
  if (size === 0) throw new UserError("the file is empty: no header row", { file: displayPath });
  const fd = openSync(path6, "r");
  try {
    for (let capacity = Math.min(size, 65536); ; capacity = Math.min(capacity * 4, size, MAX_RECORD_BYTES)) {
      const buffer = new Uint8Array(capacity + 1);
      const length = readSync(fd, buffer, 0, capacity, 0);
      const skip = BOM.every((b, i) => buffer[i] === b) ? 3 : 0;
      const atEnd = length >= size;
      if (atEnd && buffer[length - 1] !== 10) buffer[length] = 10;
      const limit = atEnd && buffer[length - 1] !== 10 ? length + 1 : length;
      const record = kernelOnThisThread().readRecord(buffer, skip, limit, delimiter.charCodeAt(0));
      if (record) {
        if (!isUtf8(buffer.subarray(skip, Math.min(record.end, length))))
          throw new UserError("invalid UTF-8 in the header row", { file: displayPath, line: 1 });
        if (record.cells.length === 1 && record.cells[0] === "")
          throw new UserError("the header row is blank", { file: displayPath, line: 1 });
        return { names: record.cells, end: Math.min(record.end, size), firstLine: 1 + record.lines };
      }
      if (atEnd || capacity >= MAX_RECORD_BYTES)
        throw new UserError("the header row never ends (an unclosed quote?)", { file: displayPath, line: 1 });
    }
  } finally {
    closeSync(fd);
  }
}
var FATAL_CODES = /* @__PURE__ */ new Set([CODE_INDEX["format-error"], CODE_INDEX["encoding-error"]]);
function readCsvRows(path6, displayPath, delimiter, header, wanted, onRow) {
  const size = statSync(path6).size;
  const colMap = header.names.map((name) => wanted.findIndex((w) => w.name === name));
  const plan = {
    delimiter: delimiter.charCodeAt(0),
    columns: wanted.map((w) => defaultColumn(w.name, w.kind, "predictions")),
    colMap,
    keys: [],
    codes: CODE_INDEX,
    codeCount: CODE_COUNT,
    maxExamplesPerColumn: 1,
    rowsMode: true,
    maxRecordBytes: MAX_RECORD_BYTES,
    blockBytes: BLOCK_BYTES
  };
  const kernel = kernelOnThisThread();
  const prepared = kernel.prepare(plan);
  const stop = {};
  let base = header.firstLine;
  for (let start = header.end; start < size && stop.failure === void 0; ) {
    const batchBase = base;
    const batch = kernel.runRange(
      prepared,
      { path: path6, start, end: Math.min(start + CHUNK_BYTES, size), fileSize: size, speculative: false },
      (values, line) => {
        if (stop.failure !== void 0) return;
        try {
          onRow(values, batchBase + line);
        } catch (error) {
          stop.failure = { error, line: batchBase + line };
        }
      }
    );
    const broken = batch.fatal ?? batch.examples.find((e) => FATAL_CODES.has(e.code));
    const failed = stop.failure;
    if (broken !== void 0 && (failed === void 0 || batchBase + broken.line <= failed.line))
      throw new UserError(broken.message, { file: displayPath, line: batchBase + broken.line });
    base += batch.lines;
    if (batch.end <= start) break;
    start = batch.end;
  }
  if (stop.failure !== void 0) throw stop.failure.error;
}

// packages/engine/src/evaluate/reading/row-places.ts
var RowPlaces = class {
  constructor(file, hasLines) {
    this.file = file;
    this.hasLines = hasLines;
    this.lines = new Int32Array(hasLines ? 1024 : 0);
  }
  file;
  hasLines;
  lines;
  /** Records that text row `row` (0-based) starts on `line`. */
  setLine(row, line) {
    if (row >= this.lines.length) {
      const grown2 = new Int32Array(Math.max(1024, this.lines.length * 2, row + 1));
      grown2.set(this.lines);
      this.lines = grown2;
    }
    this.lines[row] = line;
  }
  /** The mistake on row `row` (0-based), as a UserError that names the file and the line or record. */
  error(row, message) {
    if (this.hasLines) return new UserError(message, { file: this.file, line: this.lines[row] });
    return new UserError(`record ${row + 1}: ${message}`, { file: this.file });
  }
};

// packages/engine/src/evaluate/reading/prediction-reader.ts
var DEFAULT_PREDICTION_COLUMNS = {
  id: "id",
  label: "label",
  prediction: "prediction",
  score: "score",
  probabilityPrefix: "proba_"
};
async function readPredictions(path6, displayPath, options) {
  return predictionFileOf(await scanPredictions(path6, displayPath, options, () => void 0), options.task);
}
function predictionFileOf(scan, task) {
  const { format, layout, rows, places } = scan;
  return { format, columns: assemble(layout, rows, task, places), slices: slicesOf(layout, rows) };
}
var WINDOW_ROWS = 65536;
async function scanPredictions(path6, displayPath, options, consumerFor) {
  const names = { ...DEFAULT_PREDICTION_COLUMNS, ...options.columns };
  const format = await detectFormat(path6, displayPath, options.format ?? "auto");
  const places = new RowPlaces(displayPath, format !== "parquet" && format !== "arrow");
  let layout;
  let windows;
  const plan = (header, expectedRows) => {
    layout = planLayout(header, names, options, places);
    windows = new Windows(sinksOf(layout), consumerFor(layout, expectedRows));
    return windows;
  };
  let rows;
  if (format === "csv" || format === "tsv") rows = readDelimited(path6, displayPath, format, places, plan);
  else if (format === "jsonl" || format === "json") rows = await readRecords(path6, format, places, plan);
  else rows = await readColumnar(path6, displayPath, format, options, places, plan);
  if (layout === void 0 || rows === 0)
    throw new UserError("the file has no predictions (no data rows)", { file: displayPath });
  windows.end(rows);
  return { format, layout, rows, places };
}
var Windows = class {
  constructor(sinks, consumer) {
    this.sinks = sinks;
    this.consumer = consumer;
  }
  sinks;
  consumer;
  from = 0;
  get streamed() {
    return this.consumer !== void 0;
  }
  /** After row `rows - 1` went in: hands a full text window over. */
  afterRow(rows) {
    if (this.consumer !== void 0 && rows - this.from >= WINDOW_ROWS) this.end(rows);
  }
  /** Hands rows [from, rows) over and starts the next window at `rows`. */
  end(rows) {
    if (this.consumer === void 0 || rows === this.from) return;
    this.consumer(this.from, rows);
    this.from = rows;
    for (const sink of this.sinks) if (!(sink instanceof IdColumn)) sink.rewind(rows);
  }
};
function planLayout(header, names, options, places) {
  const present = /* @__PURE__ */ new Set();
  for (const name of header) {
    if (present.has(name)) throw new UserError(`the column "${name}" appears twice`, { file: places.file });
    present.add(name);
  }
  const need = (name, role) => {
    if (!present.has(name))
      throw new UserError(
        `no ${role} column "${name}" (columns: ${header.slice(0, 20).join(", ")}${header.length > 20 ? ", …" : ""})`,
        { file: places.file }
      );
    return name;
  };
  const slices = (options.slices ?? []).map(
    (s) => new CategoryColumn(need(s, "slice"), places, true, SLICE_LIMIT)
  );
  const id = new IdColumn(need(names.id, "id"), places);
  if (options.task === "regression") {
    return {
      id,
      label: new NumberColumn(need(names.label, "label"), places, false),
      prediction: new NumberColumn(need(names.prediction, "prediction"), places, false),
      score: void 0,
      probabilities: [],
      slices
    };
  }
  const probabilities = header.filter((name) => names.probabilityPrefix !== "" && name.startsWith(names.probabilityPrefix)).map((name) => ({
    className: name.slice(names.probabilityPrefix.length),
    column: new NumberColumn(name, places, true)
  }));
  const score = probabilities.length === 0 && present.has(names.score) ? new NumberColumn(names.score, places, true) : void 0;
  const prediction = present.has(names.prediction) ? new CategoryColumn(names.prediction, places, false, CLASS_LIMIT) : void 0;
  if (prediction === void 0 && score === void 0 && probabilities.length === 0)
    throw new UserError(
      `no prediction column "${names.prediction}", score column "${names.score}" or probability columns "${names.probabilityPrefix}<class>"`,
      { file: places.file }
    );
  if (probabilities.length === 1)
    throw new UserError(
      `one probability column (${probabilities[0].column.name}): give one per class, or the positive class's as "${names.score}"`,
      { file: places.file }
    );
  return {
    id,
    label: new CategoryColumn(need(names.label, "label"), places, false, CLASS_LIMIT),
    prediction,
    score,
    probabilities,
    slices
  };
}
function sinksOf(layout) {
  return [
    layout.id,
    layout.label,
    ...layout.prediction ? [layout.prediction] : [],
    ...layout.score ? [layout.score] : [],
    ...layout.probabilities.map((p) => p.column),
    ...layout.slices
  ];
}
function readDelimited(path6, displayPath, format, places, plan) {
  const delimiter = format === "tsv" ? "	" : ",";
  const header = readCsvHeader(path6, displayPath, delimiter);
  const windows = plan(header.names);
  const sinks = windows.sinks;
  const wanted = sinks.map((s) => ({
    name: s.name,
    kind: s instanceof NumberColumn ? "number" : "string"
  }));
  let row = 0;
  readCsvRows(path6, displayPath, delimiter, header, wanted, (cells, line) => {
    places.setLine(row, line);
    for (let i = 0; i < sinks.length; i++) sinks[i].push(row, cells[i]);
    row++;
    windows.afterRow(row);
  });
  return row;
}
async function readRecords(path6, format, places, plan) {
  const groups = format === "jsonl" ? readJsonLineGroups(path6, MAX_RECORD_BYTES) : singly(readJsonArray(path6, MAX_RECORD_BYTES));
  let windows;
  let row = 0;
  for await (const group of groups) {
    for (const item of group) {
      if (item.kind === "problem") {
        if (item.code === "blank-row") continue;
        throw new UserError(item.message, { file: places.file, line: item.line });
      }
      windows ??= plan(Object.keys(item.value));
      places.setLine(row, item.line);
      for (const sink of windows.sinks) {
        const value = Object.hasOwn(item.value, sink.name) ? item.value[sink.name] : void 0;
        sink.push(row, value);
      }
      row++;
      windows.afterRow(row);
    }
  }
  return row;
}
async function* singly(items) {
  for await (const item of items) yield [item];
}
async function readColumnar(path6, displayPath, format, options, places, plan) {
  const opener = (options.columnar ?? COLUMNAR_OPENERS)[format];
  if (!opener)
    throw new UserError(`reading ${format} files is not available in this build`, { file: displayPath });
  const source = await opener(path6, displayPath);
  try {
    const expected = source.rows !== void 0 && source.rows <= MAX_PRESIZED_ROWS ? source.rows : void 0;
    const windows = plan(
      source.columns.map((c) => c.name),
      expected
    );
    const sinks = windows.sinks;
    if (expected !== void 0 && !windows.streamed) for (const sink of sinks) sink.reserve(expected);
    let first = 0;
    for await (const batch of source.batches()) {
      const byName = new Map(batch.columns.map((c) => [c.name, c]));
      for (const sink of sinks) {
        const column = byName.get(sink.name);
        if (column === void 0)
          throw new UserError(`record ${first + 1}: the column "${sink.name}" is missing from this batch`, {
            file: displayPath
          });
        sink.pushBatch(first, column, batch.rowCount);
      }
      first += batch.rowCount;
      windows.end(first);
    }
    return first;
  } finally {
    await source.close?.();
  }
}
var MAX_PRESIZED_ROWS = 1 << 26;
function assemble(layout, rows, task, places) {
  const ids = layout.id.finish();
  if (task === "regression") {
    return {
      task,
      ids,
      label: layout.label.finish(rows),
      prediction: layout.prediction.finish(rows)
    };
  }
  return classificationColumns(
    {
      ids,
      label: layout.label,
      prediction: layout.prediction,
      score: layout.score,
      probabilities: layout.probabilities
    },
    rows,
    places
  );
}
var MAX_SLICE_VALUES = 1e3;
var SLICE_LIMIT = { values: MAX_SLICE_VALUES, advice: "slice by a column of categories" };
var CLASS_LIMIT = { values: MAX_CLASSES, advice: "is the task regression?" };
function slicesOf(layout, rows) {
  return layout.slices.map((column) => {
    const order = column.texts.map((_, code) => code).sort((a, b) => compareCodePoints(column.texts[a], column.texts[b]));
    const rank = new Int32Array(order.length);
    order.forEach((code, position) => rank[code] = position);
    const codes = column.codes.slice(0, rows).map((code) => code < 0 ? -1 : rank[code]);
    return { name: column.name, values: order.map((code) => column.texts[code]), codes };
  });
}

// packages/engine/src/evaluate/streamed-metrics.ts
async function measurePredictions(path6, displayPath, options) {
  const wants = (metric) => options.metrics?.includes(metric) ?? true;
  let folded;
  const scan = await scanPredictions(path6, displayPath, options, (layout2, expectedRows) => {
    if (options.task !== "classification" || layout2.slices.length > 0 || layout2.probabilities.length > 0)
      return void 0;
    folded = new Folded(layout2, { rocAuc: wants("roc_auc"), logLoss: wants("log_loss") }, expectedRows);
    return (from, to) => folded.add(from, to);
  });
  if (folded === void 0) return { kind: "whole", file: predictionFileOf(scan, options.task) };
  const { layout, places, rows } = scan;
  const order = checkedClassOrder(
    {
      label: layout.label,
      prediction: layout.prediction,
      probabilities: [],
      score: layout.score
    },
    places
  );
  return { kind: "streamed", streamed: folded.finish(order.classes, order.indexOf, rows) };
}
var DENSE = 64;
var Folded = class {
  constructor(layout, keep, expectedRows) {
    this.keep = keep;
    this.scores = new ScoresByCode(keep.rocAuc && layout.score !== void 0 ? expectedRows ?? 0 : 0);
    this.label = layout.label;
    this.prediction = layout.prediction;
    this.score = layout.score;
  }
  keep;
  label;
  prediction;
  score;
  /** Rows per (label code, predicted code): the prediction column's code, else the class (0, 1) the score picks. */
  dense = new Float64Array(DENSE * DENSE);
  sparse = /* @__PURE__ */ new Map();
  /** Per label code: the log-loss sum if that label's class is the first of the two, and if the second. */
  lossIfFirst = [];
  lossIfSecond = [];
  /** Per label code: its rows' scores, for roc_auc. */
  scores;
  add(from, to) {
    const { label, prediction, score } = this;
    for (let row = from; row < to; row++) {
      const code = label.at(row);
      let predicted;
      if (prediction !== void 0) predicted = prediction.at(row);
      else {
        const s = score.at(row);
        predicted = s > 1 - s ? 1 : 0;
      }
      if (code < DENSE && predicted < DENSE) this.dense[code * DENSE + predicted]++;
      else {
        const key = code * MAX_CODES + predicted;
        this.sparse.set(key, (this.sparse.get(key) ?? 0) + 1);
      }
      if (score !== void 0 && (this.keep.logLoss || this.keep.rocAuc)) this.addScore(code, score.at(row));
    }
  }
  /**
   * Kept for roc_auc, the scores give log_loss at the end, one logarithm a row once each label's class is
   * known; otherwise both of a row's possible losses are summed now.
   */
  addScore(code, s) {
    if (this.keep.rocAuc) {
      this.scores.add(code, s);
      return;
    }
    if (code >= this.lossIfFirst.length)
      for (let c = this.lossIfFirst.length; c <= code; c++) {
        this.lossIfFirst.push(0);
        this.lossIfSecond.push(0);
      }
    this.lossIfFirst[code] += rowLoss(s, 0);
    this.lossIfSecond[code] += rowLoss(s, 1);
  }
  finish(classes, indexOf, rows) {
    const labelCodes = this.label.texts.length;
    const labelClass = (code) => indexOf[code];
    const predictedClass = this.prediction !== void 0 ? (code) => indexOf[labelCodes + code] : (column) => column;
    const cells = [];
    this.dense.forEach((count, key) => {
      if (count > 0) cells.push({ label: Math.floor(key / DENSE), predicted: key % DENSE, count });
    });
    this.sparse.forEach(
      (count, key) => cells.push({ label: Math.floor(key / MAX_CODES), predicted: key % MAX_CODES, count })
    );
    const cellColumns = {
      task: "classification",
      ids: IdKeys.fromTexts([]),
      classes,
      label: Int32Array.from(cells, (cell) => labelClass(cell.label)),
      prediction: Int32Array.from(cells, (cell) => predictedClass(cell.predicted))
    };
    const weights = cells.map((cell) => cell.count);
    const hasScores = this.score !== void 0;
    const keep = this.keep;
    const logLoss = this.keep.logLoss ? this.logLoss(labelClass, rows) : Number.NaN;
    const soft = { logLoss: () => logLoss, rocAuc: () => this.rocAuc(labelClass) };
    return {
      task: "classification",
      rows,
      classes,
      hasScores,
      values(spec) {
        const values = {};
        for (const name of spec.metrics) {
          const isSoft = name === "log_loss" || name === "roc_auc";
          if (isSoft && !hasScores) additiveMetrics(cellColumns, { ...spec, metrics: [name] });
          if (name === "log_loss" && !keep.logLoss || name === "roc_auc" && !keep.rocAuc)
            throw new Error(`${name} was not among the metrics the predictions were measured for`);
          values[name] = isSoft ? name === "log_loss" ? soft.logLoss() : soft.rocAuc() : countMetric(cellColumns, weights, spec, name);
        }
        return values;
      }
    };
  }
  logLoss(labelClass, rows) {
    let total = 0;
    if (this.keep.rocAuc)
      for (let code = 0; code < this.label.texts.length; code++) {
        const side = labelClass(code);
        const scores = this.scores.of([code]);
        for (let i = 0; i < scores.length; i++) total += rowLoss(scores[i], side);
      }
    else
      for (let code = 0; code < this.lossIfFirst.length; code++)
        total += labelClass(code) === 0 ? this.lossIfFirst[code] : this.lossIfSecond[code];
    return total / rows;
  }
  /** The exact binary AUC of the second class's score. */
  rocAuc(labelClass) {
    const codes = Array.from({ length: this.label.texts.length }, (_, code) => code);
    const [negatives, positives] = [0, 1].map(
      (side) => this.scores.of(codes.filter((code) => labelClass(code) === side))
    );
    return exactAuc(positives, negatives);
  }
};
var ScoresByCode = class {
  both;
  front = 0;
  back = 0;
  others = /* @__PURE__ */ new Map();
  constructor(expectedRows) {
    this.both = new Float64Array(Math.max(1024, expectedRows));
  }
  add(code, score) {
    if (code > 1) return this.addOther(code, score);
    if (this.front + this.back === this.both.length) this.grow();
    if (code === 0) this.both[this.front++] = score;
    else this.both[this.both.length - ++this.back] = score;
  }
  /** The scores of the given codes together: a view when they are one of the two shared codes. */
  of(codes) {
    const parts = codes.map(
      (code) => code === 0 ? this.both.subarray(0, this.front) : code === 1 ? this.both.subarray(this.both.length - this.back) : this.others.get(code)?.values.subarray(0, this.others.get(code).count) ?? new Float64Array(0)
    );
    if (parts.length === 1) return parts[0];
    const joined = new Float64Array(parts.reduce((n, part) => n + part.length, 0));
    let at = 0;
    for (const part of parts) {
      joined.set(part, at);
      at += part.length;
    }
    return joined;
  }
  grow() {
    const grown2 = new Float64Array(this.both.length * 2);
    grown2.set(this.both.subarray(0, this.front));
    grown2.set(this.both.subarray(this.both.length - this.back), grown2.length - this.back);
    this.both = grown2;
  }
  addOther(code, score) {
    let other = this.others.get(code);
    if (other === void 0) this.others.set(code, other = { values: new Float64Array(64), count: 0 });
    if (other.count === other.values.length) {
      const grown2 = new Float64Array(other.count * 2);
      grown2.set(other.values);
      other.values = grown2;
    }
    other.values[other.count++] = score;
  }
};
var MAX_CODES = 1 << 20;
function countMetric(cells, weights, spec, name) {
  const [metric] = additiveMetrics(cells, { ...spec, metrics: [name] });
  if (metric === void 0) throw new Error(`additiveMetrics gave no ${name}`);
  const stats = new Float64Array(metric.size);
  weights.forEach((weight, cell) => metric.add(cell, weight, stats, 0));
  return metric.value(stats, 0);
}
function rowLoss(s, side) {
  const first = clip2(1 - s);
  const second = clip2(s);
  const sum = 0 + first + second;
  return -Math.log((side === 0 ? first : second) / sum);
}
function clip2(p) {
  return p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
}

// packages/github/src/baseline/predictions-cache-store.ts
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir as mkdir2, readdir, rm as rm2, stat } from "node:fs/promises";
import path4 from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
var MAX_BASELINE_PREDICTIONS_BYTES = 100 * 1024 * 1024;
function predictionsCacheKeyPrefix(name) {
  return `mlgate-predictions-${name}-`;
}
function predictionsCachePath(name) {
  return `.mlgate/predictions/${name}`;
}
var COMPRESSED = /^predictions(\.[A-Za-z0-9]{1,10})\.gz$/;
var mib = (bytes) => bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
function bounded(max) {
  let seen = 0;
  return new Transform({
    transform(chunk, _encoding, done) {
      seen += chunk.length;
      if (seen > max) done(new Error(`it decompresses to more than ${mib(max)}`));
      else done(null, chunk);
    }
  });
}
function predictionsCacheStore(options) {
  const { workspace, name, context } = options;
  const budgetMs = options.budgetMs ?? ACTIONS_SERVICE_BUDGET_MS;
  const maxBytes = options.maxBytes ?? MAX_BASELINE_PREDICTIONS_BYTES;
  checkBaselineName(name, "baseline name");
  const prefix = predictionsCacheKeyPrefix(name);
  const relative = predictionsCachePath(name);
  const directory = path4.join(workspace, relative);
  const cacheClient = () => import("./cache-O7QHDQMO.js");
  return {
    async restore() {
      const entry = await restoreCacheEntry(relative, directory, prefix, context, budgetMs);
      if (entry.kind === "unavailable") {
        return { found: false, reason: cacheUnavailableReason() };
      }
      if (entry.kind === "failed") return unreadable2(entry.why);
      if (entry.kind === "none") {
        return {
          found: false,
          reason: `no cache entry '${prefix}*' yet: a push to the default branch saves one`
        };
      }
      const matched = entry.key;
      const names = await readdir(directory).catch(() => []);
      const compressed = names.find((file2) => COMPRESSED.test(file2));
      if (compressed === void 0) {
        warning(`The cache entry '${matched}' holds no predictions file: evaluated without a baseline`);
        return { found: false, reason: `the cache entry '${matched}' holds no predictions file` };
      }
      const file = path4.join(directory, `baseline${COMPRESSED.exec(compressed)[1]}`);
      try {
        await pipeline(
          createReadStream(path4.join(directory, compressed)),
          createGunzip(),
          bounded(maxBytes),
          createWriteStream(file)
        );
      } catch (error) {
        const why = `the cache entry '${matched}' could not be decompressed: ${error.message}`;
        warning(`The baseline predictions were not used: ${why}`);
        return { found: false, reason: why };
      }
      return { found: true, key: matched, commit: matched.slice(prefix.length), file };
    },
    async save(file) {
      if (!isPushToDefaultBranch(context)) {
        return { saved: false, reason: "predictions are saved only by pushes to the default branch" };
      }
      const { size } = await stat(file);
      if (size > maxBytes) {
        const reason = `${path4.basename(file)} is ${mib(size)}, above the ${mib(maxBytes)} kept in the Actions cache`;
        warning(
          `The predictions were not kept as the baseline: ${reason}. Pull requests are evaluated without baseline predictions; evaluate a sample of the examples instead.`
        );
        return { saved: false, reason };
      }
      const cache = await cacheClient();
      if (!cache.isFeatureAvailable()) {
        return { saved: false, reason: cacheUnavailableReason() };
      }
      const key = `${prefix}${context.sha}`;
      const extension = /^\.[A-Za-z0-9]{1,10}$/.test(path4.extname(file)) ? path4.extname(file) : ".csv";
      await rm2(directory, { recursive: true, force: true });
      await mkdir2(directory, { recursive: true });
      await pipeline(
        createReadStream(file),
        createGzip(),
        createWriteStream(path4.join(directory, `predictions${extension}.gz`))
      );
      try {
        const saved = await watchedWithinBudget(
          "Failed to save: ",
          () => cache.saveCache([relative], key),
          budgetMs,
          "the Actions cache service"
        );
        if (saved.failure !== void 0) {
          return { saved: false, reason: `the Actions cache service failed: ${saved.failure}` };
        }
        if (saved.value === -1) return { saved: false, reason: `the cache did not take '${key}'` };
      } catch (error) {
        const reason = `the Actions cache service failed: ${error.message}`;
        warning(`The predictions were not saved: ${reason}`);
        return { saved: false, reason };
      }
      return { saved: true, key };
    }
  };
}
function unreadable2(why) {
  warning(`The Actions cache service failed, so the baseline predictions could not be read: ${why}`);
  return {
    found: false,
    reason: `the baseline predictions could not be read: the Actions cache service failed (${why})`
  };
}

// packages/github/src/stages/evaluation-stage.ts
function defaultSpec(side) {
  const shape = sideShape(side);
  if (shape.task === "regression") return { metrics: [...REGRESSION_METRICS], average: "macro" };
  const metrics = shape.hasScores ? [...CLASSIFICATION_METRICS] : CLASSIFICATION_METRICS.filter((metric) => metric !== "roc_auc" && metric !== "log_loss");
  return { metrics, average: shape.classes === 2 ? "binary" : "macro" };
}
async function runEvaluationStage(request) {
  const { workspace, context, work } = request;
  const options = {
    task: work.task,
    columns: work.columns,
    ...work.slices !== void 0 ? { slices: work.slices } : {}
  };
  const read = async (file, shownAs) => {
    const read2 = await readPredictions(file, shownAs, options);
    return { file: shownAs, columns: read2.columns, slices: read2.slices };
  };
  const currentFile = path5.resolve(workspace, work.predictions);
  const store = request.store ?? predictionsCacheStore({ workspace, name: work.baselineName, context });
  const restored = await store.restore();
  let baseline;
  if (!restored.found) info(`No baseline predictions: ${restored.reason}`);
  else {
    try {
      baseline = await read(restored.file, `cache ${restored.key}`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      warning(`The baseline predictions (cache ${restored.key}) were not used: ${error.message}`);
    }
  }
  const sides = baseline !== void 0 ? { current: await read(currentFile, work.predictions), baseline } : {
    current: sideOf(work.predictions, await measurePredictions(currentFile, work.predictions, options))
  };
  const report = evaluateWithBaseline({
    ...sides,
    spec: defaultSpec(sides.current),
    policy: work.policy,
    subject: subjectOf(context),
    createdAt: (request.now?.() ?? /* @__PURE__ */ new Date()).toISOString()
  });
  const written = await writeReportFile(
    request.reportDir,
    reportFileName("evaluation", request.reportName),
    report
  );
  if (isPushToDefaultBranch(context)) {
    const saved = await store.save(currentFile);
    if (saved.saved) info(`Saved the predictions as cache entry '${saved.key}'`);
    else info(`The predictions were not saved: ${saved.reason}`);
  }
  return { file: written, report };
}

// packages/github/src/actions/evaluation-inputs.ts
function evaluationWork(predictionsInput, baselineNameInput, config, plan, given, paths) {
  const fromInput = stringInput(predictionsInput);
  const predictions = fromInput ?? config?.evaluate?.predictions;
  if (predictions === void 0) return void 0;
  paths.checkRead(
    predictions,
    fromInput !== void 0 ? `input '${predictionsInput}'` : "mlgate.yml evaluate.predictions"
  );
  return {
    predictions,
    task: config?.evaluate?.task ?? "classification",
    columns: config?.evaluate?.columns ?? {},
    ...config?.evaluate?.slices !== void 0 ? { slices: config.evaluate.slices } : {},
    policy: plan.metrics?.policy ?? config?.metrics.policy ?? MetricPolicy.builtin(),
    baselineName: plan.metrics?.baselineName ?? (given.baselineName !== void 0 ? checkBaselineName(given.baselineName, `input '${baselineNameInput}'`) : config?.baseline.name ?? DEFAULT_BASELINE_NAME)
  };
}

export {
  restoreCacheEntry,
  cacheUnavailableReason,
  FileNotAtRefError,
  readFileAtRef,
  runComparisonStage,
  runEvaluationStage,
  evaluationWork
};
