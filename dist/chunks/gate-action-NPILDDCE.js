import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  FileNotAtRefError,
  cacheUnavailableReason,
  evaluationWork,
  readFileAtRef,
  restoreCacheEntry,
  runComparisonStage,
  runEvaluationStage
} from "./chunk-RDZ22MGO.js";
import {
  MAX_PROFILE_BYTES,
  parseProfile
} from "./chunk-OQD2NPAP.js";
import {
  downloadReleaseAsset,
  readReleaseManifest
} from "./chunk-DW2FX2QY.js";
import {
  MAX_SCHEMA_BYTES,
  parseSchemaText,
  runShardStep,
  runValidationStage
} from "./chunk-CUK6GG5Q.js";
import "./chunk-GQFQRTPN.js";
import {
  ACTIONS_SERVICE_BUDGET_MS,
  QuantileSketch,
  checkBaselineName,
  planRun,
  publish,
  retrainDecision,
  retrainDispatchInputs,
  watchedWithinBudget
} from "./chunk-ZEILNVVH.js";
import {
  DRIFT_REPORT_KIND,
  GateAction,
  GitHubLimits,
  MODEL_MANIFEST_FILE,
  TEST_METHODS,
  actionEnvironment,
  actionInputNamer,
  booleanInput,
  checkNameInput,
  checkPlanPaths,
  clientForTokenInput,
  diffSchemas,
  groupDigits,
  isForkPullRequest,
  isPushToDefaultBranch,
  loadActionConfig,
  optionalShardInput,
  readPlanInputs,
  readUserText,
  reportDirectory,
  reportFileName,
  requiredClient,
  stringInput,
  subjectOf,
  writeFileAtomically,
  writeReportFile
} from "./chunk-MJ5NRDFC.js";
import {
  MLGATE_VERSION,
  describeGitHubFailure,
  httpStatusOf
} from "./chunk-YKNMKEEN.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";
import {
  info,
  notice,
  warning
} from "./chunk-GPNEBVUZ.js";
import "./chunk-5JLT6RT2.js";
import "./chunk-J6O7JMOG.js";
import "./chunk-CZFNJMKF.js";
import "./chunk-JY54KWOX.js";

// packages/github/src/dispatch/workflow-dispatch.ts
var WorkflowDispatchRefused = class extends UserError {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
};
var WORKFLOW_ID = /^(?:[1-9]\d{0,18}|[A-Za-z0-9._-]+\.ya?ml)$/;
function workflowIdOf(workflow, what) {
  const name = workflow.trim().replace(/^\.github\/workflows\//, "");
  if (!WORKFLOW_ID.test(name)) {
    throw new UserError(
      `${what}: '${workflow.slice(0, 200)}' is not a workflow file name (retrain.yml) or a workflow id`
    );
  }
  return name;
}
async function dispatchWorkflow(client, request) {
  const names = Object.keys(request.inputs);
  if (names.length > GitHubLimits.workflowDispatchInputs) {
    throw new TypeError(
      `a dispatch takes at most ${GitHubLimits.workflowDispatchInputs} inputs, not ${names.length}`
    );
  }
  const target = `workflow '${request.workflow}' of ${request.owner}/${request.repo} at '${request.ref}'`;
  try {
    await client.rest.actions.createWorkflowDispatch({
      owner: request.owner,
      repo: request.repo,
      workflow_id: request.workflow,
      ref: request.ref,
      inputs: { ...request.inputs }
    });
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 403) {
      throw new WorkflowDispatchRefused(
        `cannot start ${target}: the token may not (grant 'actions: write' in the workflow's permissions; a fork's pull request never can)`,
        403
      );
    }
    if (status === 404) {
      throw new WorkflowDispatchRefused(
        `cannot start ${target}: GitHub has no such workflow (the file must be in .github/workflows/ on the default branch)`,
        404
      );
    }
    if (status === 422) {
      const message = messageOf(error);
      const hint = /Unexpected inputs|Required input/.test(message) ? ` (mlgate sends ${names.join(", ")}: declare them under on.workflow_dispatch.inputs)` : "";
      throw new WorkflowDispatchRefused(`cannot start ${target}: ${message}${hint}`, 422);
    }
    throw error;
  }
}
function messageOf(error) {
  const data = error.response?.data;
  const message = data?.message;
  const text = typeof message === "string" ? message : String(error.message ?? error);
  return text.replace(/\s+/g, " ").slice(0, 300);
}

// packages/github/src/dispatch/retrain-dispatch.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_review", "pull_request_review_comment"]);
async function defaultBranchOf(context, client) {
  const repository = context.payload["repository"];
  if (typeof repository?.default_branch === "string" && repository.default_branch !== "") {
    return repository.default_branch;
  }
  const { data } = await client.rest.repos.get({ owner: context.repo.owner, repo: context.repo.repo });
  return data.default_branch;
}
async function dispatchRetraining(request) {
  const { decision, workflow, context } = request;
  if (workflow === void 0) return { dispatched: false, reason: "no-workflow" };
  if (!decision.retrain) {
    info(`mlgate: no drift and no regression: '${workflow}' not started`);
    return { dispatched: false, reason: "not-needed" };
  }
  if (isForkPullRequest(context)) {
    warning(
      `mlgate: retraining called for (${decision.reason}) but '${workflow}' not started: a pull request from a fork gets a read-only token`
    );
    return { dispatched: false, reason: "read-only-token" };
  }
  if (request.client === void 0) {
    throw new UserError(`dispatch '${workflow}' needs a token (input '${request.tokenInput}')`);
  }
  const client = await request.client();
  const ref = request.ref ?? await defaultBranchOf(context, client);
  try {
    await dispatchWorkflow(client, {
      owner: context.repo.owner,
      repo: context.repo.repo,
      workflow,
      ref,
      inputs: retrainDispatchInputs(decision, subjectOf(context).sha ?? context.sha)
    });
  } catch (error) {
    if (error instanceof WorkflowDispatchRefused && error.status === 403 && PULL_REQUEST_EVENTS.has(context.eventName)) {
      warning(`mlgate: retraining called for (${decision.reason}) but not started: ${error.message}`);
      return { dispatched: false, reason: "read-only-token" };
    }
    throw error;
  }
  info(`mlgate: started '${workflow}' on ${ref} to retrain (${decision.reason})`);
  return { dispatched: true, workflow, ref };
}

// packages/github/src/stages/drift-stage.ts
import { mkdir as mkdir2 } from "node:fs/promises";
import path3 from "node:path";

// packages/engine/src/drift/drift-policy.ts
var DEFAULT_DATASET_SHARE = 0.5;
var DEFAULT_DRIFT_SEVERITY = "warn";

// packages/engine/src/drift/statistics/drift-sample.ts
var DriftInputError = class extends UserError {
};
function sortedFiniteSample(values, label) {
  if (values.length === 0)
    throw new DriftInputError(`the ${label} sample is empty: a drift statistic needs at least one value`);
  const sorted = Float64Array.from(values);
  for (const value of sorted) {
    if (!Number.isFinite(value)) {
      throw new DriftInputError(
        `the ${label} sample holds ${String(value)}: drift statistics take finite numbers only`
      );
    }
  }
  return sorted.sort();
}
function checkedCounts(counts, label) {
  let total2 = 0;
  for (const [category, count] of counts) {
    if (!Number.isFinite(count) || count < 0) {
      throw new DriftInputError(
        `the ${label} count of category "${category}" is ${String(count)}: counts are finite and non-negative`
      );
    }
    total2 += count;
  }
  if (total2 === 0)
    throw new DriftInputError(`the ${label} sample is empty: a drift statistic needs at least one value`);
  return total2;
}
function checkedHistogram(counts, label) {
  let total2 = 0;
  for (const count of counts) {
    if (!Number.isFinite(count) || count < 0) {
      throw new DriftInputError(
        `the ${label} histogram holds ${String(count)}: bin counts are finite and non-negative`
      );
    }
    total2 += count;
  }
  if (total2 === 0)
    throw new DriftInputError(`the ${label} histogram is empty: a drift statistic needs at least one value`);
  return total2;
}

// packages/engine/src/drift/statistics/psi.ts
var PSI_EMPTY_BIN_SHARE = 1e-4;
function populationStabilityIndexOfShares(reference, current) {
  if (reference.length !== current.length) {
    throw new DriftInputError(
      `the histograms have ${reference.length} and ${current.length} bins: they must share their bins`
    );
  }
  let index = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const r = reference[i];
    const c = current[i];
    if (!(r > 0 && c > 0)) throw new DriftInputError(`PSI needs positive shares, got ${r} and ${c}`);
    index += (r - c) * Math.log(r / c);
  }
  return index;
}

// packages/engine/src/drift/binning/binned-shares.ts
function filledShares(referenceCounts, referenceTotal, currentCounts, currentTotal) {
  return {
    reference: fillZeroes(referenceCounts.map((count) => count / referenceTotal)),
    current: fillZeroes(currentCounts.map((count) => count / currentTotal))
  };
}
function categoryShares(reference, current) {
  const categories = [.../* @__PURE__ */ new Set([...reference.keys(), ...current.keys()])].sort();
  const total2 = (counts) => {
    let sum2 = 0;
    for (const count of counts.values()) sum2 += count;
    return sum2;
  };
  return {
    categories,
    ...filledShares(
      categories.map((category) => reference.get(category) ?? 0),
      total2(reference),
      categories.map((category) => current.get(category) ?? 0),
      total2(current)
    )
  };
}
function fillZeroes(shares) {
  let smallest = Infinity;
  for (const share of shares) if (share > 0 && share < smallest) smallest = share;
  if (smallest === Infinity) return shares;
  const filler = smallest <= PSI_EMPTY_BIN_SHARE ? smallest / 10 ** 6 : PSI_EMPTY_BIN_SHARE;
  return shares.map((share) => share === 0 ? filler : share);
}

// packages/engine/src/drift/drift-chart-data.ts
var CHART_TOP_CATEGORIES = 10;
function histogramChart(edges, baseline, current) {
  return { edges: [...edges], baseline: asShares(baseline), current: asShares(current) };
}
function categoryChart(baseline, current) {
  const baselineTotal = sum([...baseline.values()]);
  const currentTotal = sum([...current.values()]);
  const share = (counts, total2, value) => total2 > 0 ? (counts.get(value) ?? 0) / total2 : 0;
  const values = [.../* @__PURE__ */ new Set([...baseline.keys(), ...current.keys()])].map((value) => ({
    value,
    weight: share(baseline, baselineTotal, value) + share(current, currentTotal, value)
  })).sort((a, b) => b.weight - a.weight || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).slice(0, CHART_TOP_CATEGORIES).map(({ value }) => value);
  return {
    values,
    baseline: values.map((value) => share(baseline, baselineTotal, value)),
    current: values.map((value) => share(current, currentTotal, value))
  };
}
function asShares(counts) {
  const total2 = sum(counts);
  return counts.map((count) => total2 > 0 ? count / total2 : 0);
}
function sum(values) {
  let total2 = 0;
  for (const value of values) total2 += value;
  return total2;
}

// packages/engine/src/drift/drift-method-choice.ts
var AUTO_SMALL_REFERENCE_ROWS = 1e3;
var AUTO_NUMERIC_MIN_DISTINCT = 5;
var DEFAULT_TEST_THRESHOLD = 0.05;
var DEFAULT_DISTANCE_THRESHOLD = 0.1;
function autoMethod(shape) {
  const many = shape.distinct === void 0 || shape.distinct > AUTO_NUMERIC_MIN_DISTINCT;
  const rows = `${groupDigits(shape.referenceCount)} reference rows`;
  const distinct = shape.distinct === void 0 ? "many distinct values" : `${groupDigits(shape.distinct)} distinct values`;
  const why = (size) => `auto: ${shape.kind}, ${rows} ${size}, ${distinct}`;
  if (shape.referenceCount <= AUTO_SMALL_REFERENCE_ROWS) {
    const size = "≤ 1,000";
    if (shape.kind === "numeric" && many) return { method: "ks", reason: why(size) };
    if ((shape.distinct ?? Infinity) > 2) return { method: "chi-squared", reason: why(size) };
    return { method: "z-test", reason: why(size) };
  }
  if (shape.kind === "numeric" && many) return { method: "wasserstein", reason: why("> 1,000") };
  return { method: "jensen-shannon", reason: why("> 1,000") };
}
function defaultThreshold(method) {
  return TEST_METHODS.has(method) ? DEFAULT_TEST_THRESHOLD : DEFAULT_DISTANCE_THRESHOLD;
}
function isDrift(method, statistic, pValue, threshold) {
  return TEST_METHODS.has(method) ? (pValue ?? 1) < threshold : statistic >= threshold;
}
function checkApplicable(method, kind, column) {
  if ((method === "ks" || method === "wasserstein") && kind !== "numeric") {
    throw new UserError(
      `drift method '${method}' needs a numeric column, and column '${column}' is categorical: use chi-squared, jensen-shannon, psi or l-infinity`
    );
  }
}
function checkThreshold(threshold, column) {
  if (!Number.isFinite(threshold) || threshold < 0) {
    throw new UserError(
      `the drift threshold for column '${column}' is ${threshold}: expected a finite number ≥ 0`
    );
  }
}
function resolveMethod(shape, settings, column) {
  const choice = settings.method === "auto" ? autoMethod(shape) : { method: settings.method, reason: settings.source ?? "configured" };
  checkApplicable(choice.method, shape.kind, column);
  const threshold = settings.threshold ?? defaultThreshold(choice.method);
  checkThreshold(threshold, column);
  return { ...choice, threshold };
}

// packages/engine/src/drift/statistics/chi-squared-distribution.ts
var EPSILON = 1e-16;
var MAX_ITERATIONS = 1e4;
function chiSquaredSurvival(statistic, degreesOfFreedom) {
  if (statistic <= 0) return 1;
  return regularizedUpperGamma(degreesOfFreedom / 2, statistic / 2);
}
function regularizedUpperGamma(a, x) {
  if (x <= 0) return 1;
  const logPrefactor = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum2 = term;
    for (let n = 1; n < MAX_ITERATIONS; n += 1) {
      term *= x / (a + n);
      sum2 += term;
      if (Math.abs(term) < Math.abs(sum2) * EPSILON) break;
    }
    return Math.max(0, 1 - sum2 * Math.exp(logPrefactor));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let fraction = d;
  for (let i = 1; i < MAX_ITERATIONS; i += 1) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    fraction *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.exp(logPrefactor) * fraction;
}
var LANCZOS_G = 607 / 128;
var LANCZOS = [
  0.9999999999999971,
  57.15623566586292,
  -59.59796035547549,
  14.136097974741746,
  -0.4919138160976202,
  3399464998481189e-20,
  4652362892704858e-20,
  -9837447530487956e-20,
  1580887032249125e-19,
  -21026444172410488e-20,
  21743961811521265e-20,
  -1643181065367639e-19,
  8441822398385275e-20,
  -26190838401581408e-21,
  36899182659531625e-22
];
function logGamma(a) {
  if (a < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * a)) - logGamma(1 - a);
  const z = a - 1;
  let series = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i += 1) series += LANCZOS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(series);
}

// packages/engine/src/drift/statistics/chi-squared.ts
function chiSquaredTest(reference, current) {
  const referenceTotal = checkedCounts(reference, "reference");
  const currentTotal = checkedCounts(current, "current");
  const categories = [.../* @__PURE__ */ new Set([...reference.keys(), ...current.keys()])].filter(
    (category) => (reference.get(category) ?? 0) + (current.get(category) ?? 0) > 0
  );
  const total2 = referenceTotal + currentTotal;
  const degreesOfFreedom = categories.length - 1;
  if (degreesOfFreedom === 0) return { statistic: 0, pValue: 1, degreesOfFreedom };
  let statistic = 0;
  for (const category of categories) {
    const columnTotal = (reference.get(category) ?? 0) + (current.get(category) ?? 0);
    for (const [observed, rowTotal] of [
      [reference.get(category) ?? 0, referenceTotal],
      [current.get(category) ?? 0, currentTotal]
    ]) {
      const expected = rowTotal * columnTotal / total2;
      let deviation = observed - expected;
      if (degreesOfFreedom === 1) {
        deviation = Math.sign(deviation) * Math.max(Math.abs(deviation) - Math.min(0.5, Math.abs(deviation)), 0);
      }
      statistic += deviation * deviation / expected;
    }
  }
  if (!Number.isFinite(statistic))
    throw new DriftInputError("the chi-squared statistic is not finite: counts too large");
  return { statistic, pValue: chiSquaredSurvival(statistic, degreesOfFreedom), degreesOfFreedom };
}

// packages/engine/src/drift/statistics/jensen-shannon.ts
function jensenShannonDistance(reference, current) {
  if (reference.length !== current.length) {
    throw new DriftInputError(
      `the histograms have ${reference.length} and ${current.length} bins: they must share their bins`
    );
  }
  const referenceTotal = checkedHistogram(reference, "reference");
  const currentTotal = checkedHistogram(current, "current");
  let divergence = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const p = reference[i] / referenceTotal;
    const q = current[i] / currentTotal;
    const m = (p + q) / 2;
    if (p > 0) divergence += p * Math.log(p / m);
    if (q > 0) divergence += q * Math.log(q / m);
  }
  return Math.sqrt(Math.max(divergence, 0) / 2);
}

// packages/engine/src/drift/statistics/l-infinity.ts
function lInfinityDistance(reference, current) {
  const referenceTotal = checkedCounts(reference, "reference");
  const currentTotal = checkedCounts(current, "current");
  const categories = [.../* @__PURE__ */ new Set([...reference.keys(), ...current.keys()])].sort();
  let distance = -1;
  let worst = "";
  for (const category of categories) {
    const difference = Math.abs(
      (reference.get(category) ?? 0) / referenceTotal - (current.get(category) ?? 0) / currentTotal
    );
    if (difference > distance) {
      distance = difference;
      worst = category;
    }
  }
  return { distance, category: worst };
}

// packages/engine/src/drift/binning/sturges-histogram.ts
function sturgesEdges(min, max, pooledCount) {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) {
    throw new DriftInputError(`the histogram range [${min}, ${max}] is not a finite interval`);
  }
  if (!Number.isInteger(pooledCount) || pooledCount < 1) {
    throw new DriftInputError(`a histogram needs at least one value, got ${pooledCount}`);
  }
  const range = max - min;
  const width = range / (Math.log2(pooledCount) + 1);
  const bins = width > 0 ? Math.ceil(range / width) : 1;
  const [first, last] = min === max ? [min - 0.5, max + 0.5] : [min, max];
  return linspace(first, last, bins + 1);
}
function linspace(first, last, count) {
  const divisions = count - 1;
  const step = (last - first) / divisions;
  const edges = [];
  for (let i = 0; i < count; i += 1) {
    edges.push((step === 0 ? i / divisions * (last - first) : i * step) + first);
  }
  if (count > 1) edges[count - 1] = last;
  return edges;
}
function histogramCounts(values, edges) {
  const sorted = Float64Array.from(values).sort();
  const counts = [];
  let previous = lowerBound(sorted, edges[0]);
  for (let i = 1; i < edges.length; i += 1) {
    const next = i === edges.length - 1 ? upperBound(sorted, edges[i]) : lowerBound(sorted, edges[i]);
    counts.push(next - previous);
    previous = next;
  }
  return counts;
}
function lowerBound(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function upperBound(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// packages/engine/src/drift/statistics/smirnov-distribution.ts
function smirnovSurvival(n, x) {
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  const last = Math.floor(n * (1 - x));
  let logBinomial = 0;
  let sum2 = 0;
  for (let v = 0; v <= last; v += 1) {
    const up = x + v / n;
    const down = 1 - up;
    if (down > 0) {
      sum2 += Math.exp(logBinomial + (v - 1) * Math.log(up) + (n - v) * Math.log(down));
    } else if (v === n) {
      sum2 += Math.exp(logBinomial + (v - 1) * Math.log(up));
    }
    logBinomial += Math.log((n - v) / (v + 1));
  }
  return Math.min(Math.max(x * sum2, 0), 1);
}

// packages/engine/src/drift/statistics/kolmogorov-distribution.ts
var SCALE_EXPONENT = 128;
var SCALE_UP = 2 ** SCALE_EXPONENT;
var SCALE_DOWN = 2 ** -SCALE_EXPONENT;
function kolmogorovSurvival(n, x) {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let cdf2;
    if (n <= 140) {
      cdf2 = 1;
      for (let i = 1; i <= n; i += 1) cdf2 *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf2 = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clipProbability(1 - cdf2);
  }
  if (t >= n - 1) return clipProbability(2 * (1 - x) ** n);
  if (x >= 0.5) return clipProbability(2 * smirnovSurvival(n, x));
  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clipProbability(1 - durbinMatrixCdf(n, x));
    if (nxSquared <= 4) return clipProbability(1 - pomeranzCdf(n, x));
    return clipProbability(2 * smirnovSurvival(n, x));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clipProbability(2 * smirnovSurvival(n, x));
  const cdf = n <= 1e5 && n * x ** 1.5 <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
  return clipProbability(1 - cdf);
}
function clipProbability(p) {
  return Math.min(Math.max(p, 0), 1);
}
var STIRLING = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
function logFactorialOverPower(n) {
  const rn = 1 / n;
  const y = rn / n;
  let series = 0;
  for (const coefficient of STIRLING) series = series * y + coefficient;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * series;
}
function durbinMatrixCdf(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j += 1) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - h ** j) * factorial;
  }
  v[m - 1] = (1 + (Math.max(2 * h - 1, 0) ** m - 2 * h ** m)) * factorial;
  let matrix = new Float64Array(m * m);
  for (let i = 1; i < m; i += 1) {
    for (let row = i - 1; row < m; row += 1) matrix[row * m + i] = w[row - i + 1];
  }
  for (let row = 0; row < m; row += 1) matrix[row * m] = v[row];
  for (let col = 0; col < m; col += 1) matrix[(m - 1) * m + col] = v[m - 1 - col];
  let power = identity(m);
  let powerExponent = 0;
  let matrixExponent = 0;
  for (let remaining = n; remaining > 0; remaining = Math.floor(remaining / 2)) {
    if (remaining % 2 === 1) {
      power = multiply(power, matrix, m);
      powerExponent += matrixExponent;
    }
    matrix = multiply(matrix, matrix, m);
    matrixExponent *= 2;
    if (Math.abs(matrix[(k - 1) * m + (k - 1)]) > SCALE_UP) {
      for (let i = 0; i < matrix.length; i += 1) matrix[i] /= SCALE_UP;
      matrixExponent += SCALE_EXPONENT;
    }
  }
  let p = power[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i += 1) {
    p = i * p / n;
    if (Math.abs(p) < SCALE_DOWN) {
      p *= SCALE_UP;
      powerExponent -= SCALE_EXPONENT;
    }
  }
  if (powerExponent !== 0) p *= 2 ** powerExponent;
  return clipProbability(p);
}
function identity(m) {
  const result = new Float64Array(m * m);
  for (let i = 0; i < m; i += 1) result[i * m + i] = 1;
  return result;
}
function multiply(a, b, m) {
  const result = new Float64Array(m * m);
  for (let i = 0; i < m; i += 1) {
    for (let l = 0; l < m; l += 1) {
      const factor = a[i * m + l];
      if (factor === 0) continue;
      for (let j = 0; j < m; j += 1) result[i * m + j] += factor * b[l * m + j];
    }
  }
  return result;
}
function pomeranzCdf(n, x) {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const powers = 2 * (ll + 1);
  const gPower = new Float64Array(powers);
  const twoGPower = new Float64Array(powers);
  const oneMinusTwoGPower = new Float64Array(powers);
  gPower[0] = twoGPower[0] = oneMinusTwoGPower[0] = 1;
  for (let i = 1; i < powers; i += 1) {
    gPower[i] = gPower[i - 1] * (g / n) / i;
    twoGPower[i] = twoGPower[i - 1] * (2 * g / n) / i;
    oneMinusTwoGPower[i] = oneMinusTwoGPower[i - 1] * ((1 - 2 * g) / n) / i;
  }
  let previous = new Float64Array(powers);
  let current = new Float64Array(powers);
  current[0] = 1;
  let previousStart = 0;
  let currentStart = 0;
  let exponent = 0;
  let [j1] = pomeranzWindow(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i += 1) {
    const k1 = j1;
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
    current.fill(0);
    let j2;
    [j1, j2] = pomeranzWindow(i, n, ll, ceilf, roundf);
    const weights = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
    const length = j2 - k1 + 1;
    if (length > 0) {
      const offset = k1 - previousStart;
      const convStart = j1 - k1;
      const convLength = j2 - j1 + 1;
      let largest = 0;
      for (let out = 0; out < convLength; out += 1) {
        const index = convStart + out;
        let sum2 = 0;
        for (let a = Math.max(0, index - length + 1); a <= Math.min(index, length - 1); a += 1) {
          sum2 += previous[offset + a] * weights[index - a];
        }
        current[out] = sum2;
        largest = Math.max(largest, sum2);
      }
      if (largest > 0 && largest < SCALE_DOWN) {
        for (let out = 0; out < convLength; out += 1) current[out] *= SCALE_UP;
        exponent -= SCALE_EXPONENT;
      }
      currentStart = previousStart + j1 - k1;
    }
  }
  let answer = current[n - currentStart];
  for (let i = 1; i <= n; i += 1) {
    if (Math.abs(answer) > SCALE_UP) {
      answer *= SCALE_DOWN;
      exponent += SCALE_EXPONENT;
    }
    answer *= i;
  }
  if (exponent !== 0) answer *= 2 ** exponent;
  return clipProbability(answer);
}
function pomeranzWindow(i, n, ll, ceilf, roundf) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
function pelzGoodCdf(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z ** 2;
  const z4 = z ** 4;
  const z6 = z ** 6;
  const pi2 = Math.PI ** 2;
  const pi4 = Math.PI ** 4;
  const pi6 = Math.PI ** 6;
  const qlog = -pi2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = pi2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = (2 * z4 - 5 * z2) * pi2 / 4;
  const k2c = pi4 * (1 - 2 * z2) / 16;
  const k3d = pi6 * (5 - 30 * z2) / 64;
  const k3c = pi4 * (-60 * z2 + 212 * z4) / 16;
  const k3b = pi2 * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const terms = [0, 0, 0, 0];
  const maxk = Math.ceil(16 * z / Math.PI);
  for (let k = maxk; k >= 1; k -= 1) {
    const m2 = (2 * k - 1) ** 2;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qPower = q ** (8 * k);
    const coefficients = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i += 1) terms[i] = terms[i] * qPower + coefficients[i];
  }
  const sqrt2pi = Math.sqrt(2 * Math.PI);
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i += 1) terms[i] = terms[i] * q * sqrt2pi / divisors[i];
  q = Math.exp(-pi2 / 2 / z2);
  const sqrt3z = Math.sqrt(3) * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k >= 1; k -= 1) {
    const k2 = k * k;
    const qPower = q ** k2;
    k2extra += k2 * qPower;
    k3extra += (sqrt3z + Math.PI * k) * (sqrt3z - Math.PI * k) * k2 * qPower;
  }
  terms[2] += k2extra * pi2 * sqrt2pi / (-36 * z ** 3);
  terms[3] += k3extra * pi2 * sqrt2pi / (216 * z6);
  let cdf = 0;
  for (let i = 0; i < 4; i += 1) cdf += terms[i] / n ** (i / 2);
  return cdf;
}

// packages/engine/src/drift/statistics/ks-exact-probability.ts
function probabilityOutsideSquare(n, h) {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k -= 1) {
    let ratio = 1;
    for (let j = 0; j < h; j += 1) ratio = (n - k * h - j) * ratio / (n + k * h + j + 1);
    p = ratio * (1 - p);
  }
  return 2 * p;
}
function probabilityOutsideBand(n1, n2, g, h) {
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const column = new Float64Array(lenA).fill(1);
  column.fill(0, minj, maxj);
  for (let i = 1; i <= m; i += 1) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let value = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj += 1) {
      const j = jj + minj;
      const left = jj + minj - lastminj;
      value = ((left < lenA ? column[left] : 1) * i + value * j) / (i + j);
      column[jj] = value;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) column.fill(1, maxj - minj, Math.min(maxj - minj + (lastlen - curlen), lenA));
  }
  return column[maxj - minj - 1];
}

// packages/engine/src/drift/statistics/two-sample-ks.ts
var KS_EXACT_MAX_SAMPLE = 1e4;
function twoSampleKs(reference, current) {
  const a = sortedFiniteSample(reference, "reference");
  const b = sortedFiniteSample(current, "current");
  return ksWithSizes(ksStatistic(a, b), a.length, b.length);
}
function ksWithSizes(statistic, n1, n2) {
  let d = statistic;
  if (Math.max(n1, n2) <= KS_EXACT_MAX_SAMPLE) {
    const g = gcd(n1, n2);
    const lcm = n1 / g * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) return { statistic: d, pValue: 1, method: "exact" };
    const p = n1 === n2 ? probabilityOutsideSquare(n1, h) : probabilityOutsideBand(n1, n2, g, h);
    if (p >= 0 && p <= 1) return { statistic: d, pValue: p, method: "exact" };
  }
  const effective = roundHalfEven(n1 * n2 / (n1 + n2));
  return { statistic: d, pValue: kolmogorovSurvival(effective, d), method: "asymptotic" };
}
function ksStatistic(a, b) {
  let i = 0;
  let j = 0;
  let above = -Infinity;
  let below = Infinity;
  while (i < a.length || j < b.length) {
    const value = Math.min(i < a.length ? a[i] : Infinity, j < b.length ? b[j] : Infinity);
    while (i < a.length && a[i] === value) i += 1;
    while (j < b.length && b[j] === value) j += 1;
    const difference = i / a.length - j / b.length;
    if (difference > above) above = difference;
    if (difference < below) below = difference;
  }
  const minS = Math.min(Math.max(-below, 0), 1);
  return minS > above ? minS : above;
}
function gcd(x, y) {
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
function roundHalfEven(x) {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

// packages/engine/src/drift/statistics/wasserstein.ts
function wassersteinDistance(reference, current) {
  const u = sortedFiniteSample(reference, "reference");
  const v = sortedFiniteSample(current, "current");
  let i = 0;
  let j = 0;
  let previous = Math.min(u[0], v[0]);
  let distance = 0;
  while (i < u.length || j < v.length) {
    const value = Math.min(i < u.length ? u[i] : Infinity, j < v.length ? v[j] : Infinity);
    distance += Math.abs(i / u.length - j / v.length) * (value - previous);
    while (i < u.length && u[i] === value) i += 1;
    while (j < v.length && v[j] === value) j += 1;
    previous = value;
  }
  return distance;
}
var NORMED_WASSERSTEIN_MIN_STD = 1e-3;
function normedWassersteinDistance(reference, current) {
  const distance = wassersteinDistance(reference, current);
  return distance / Math.max(populationStandardDeviation(reference), NORMED_WASSERSTEIN_MIN_STD);
}
function populationStandardDeviation(values) {
  let sum2 = 0;
  for (const value of values) sum2 += value;
  const mean = sum2 / values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  return Math.sqrt(squares / values.length);
}

// packages/engine/src/drift/statistics/z-test.ts
function proportionsZTest(reference, current) {
  const n1 = checkedCounts(reference, "reference");
  const n2 = checkedCounts(current, "current");
  const categories = [.../* @__PURE__ */ new Set([...reference.keys(), ...current.keys()])].filter((category) => (reference.get(category) ?? 0) + (current.get(category) ?? 0) > 0).sort();
  if (categories.length > 2) {
    throw new DriftInputError(
      `the z-test compares two categories, and this column has ${categories.length}: use chi-squared`
    );
  }
  if (categories.length === 1) return { statistic: 0, pValue: 1 };
  const one = categories[1];
  const p1 = (reference.get(one) ?? 0) / n1;
  const p2 = (current.get(one) ?? 0) / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = Math.abs(p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { statistic: z, pValue: chiSquaredSurvival(z * z, 1) };
}

// packages/engine/src/drift/raw-column-drift.ts
var BINNED_MIN_REFERENCE_DISTINCT = 20;
function rawColumnDrift(column, baseline, current, settings) {
  if (baseline.kind !== current.kind) {
    throw new UserError(
      `column '${column.name}' is ${baseline.kind} in the baseline and ${current.kind} in the current data`
    );
  }
  return baseline.kind === "numeric" && current.kind === "numeric" ? numericDrift(column, baseline.values, current.values, settings) : categoricalDrift(
    column,
    baseline.counts,
    current.counts,
    settings
  );
}
function numericDrift(column, baseline, current, settings) {
  const a = sortedFiniteSample(Array.from(baseline), "baseline");
  const b = sortedFiniteSample(Array.from(current), "current");
  const chosen = resolveMethod(
    { kind: "numeric", referenceCount: a.length, distinct: distinctOfBoth(a, b) },
    settings,
    column.name
  );
  const edges = sturgesEdges(
    Math.min(a[0], b[0]),
    Math.max(a[a.length - 1], b[b.length - 1]),
    a.length + b.length
  );
  const baselineCounts = histogramCounts(a, edges);
  const currentCounts = histogramCounts(b, edges);
  const { statistic, pValue } = numericStatistic(chosen.method, a, b, baselineCounts, currentCounts);
  return {
    name: column.name,
    type: column.type,
    kind: "numeric",
    method: chosen.method,
    statistic,
    ...pValue === void 0 ? {} : { pValue },
    threshold: chosen.threshold,
    drifted: isDrift(chosen.method, statistic, pValue, chosen.threshold),
    methodReason: chosen.reason,
    baselineCount: a.length,
    currentCount: b.length,
    histogram: histogramChart(edges, baselineCounts, currentCounts)
  };
}
function numericStatistic(method, a, b, baselineCounts, currentCounts) {
  switch (method) {
    case "ks":
      return twoSampleKs(Array.from(a), Array.from(b));
    case "wasserstein":
      return { statistic: normedWassersteinDistance(Array.from(a), Array.from(b)) };
    case "jensen-shannon":
    case "psi": {
      const shares = numericShares(a, b, baselineCounts, currentCounts);
      return { statistic: shareDistance(method, shares) };
    }
    default:
      return categoricalStatistic(method, valueCounts(a), valueCounts(b));
  }
}
function numericShares(a, b, baselineCounts, currentCounts) {
  if (distinctOfBoth(a, new Float64Array()) > BINNED_MIN_REFERENCE_DISTINCT) {
    return filledShares(baselineCounts, a.length, currentCounts, b.length);
  }
  return categoryShares(valueCounts(a), valueCounts(b));
}
function categoricalDrift(column, baseline, current, settings) {
  const chosen = resolveMethod(
    { kind: "categorical", referenceCount: total(baseline), distinct: distinctCategories(baseline, current) },
    settings,
    column.name
  );
  const { statistic, pValue } = categoricalStatistic(chosen.method, baseline, current);
  return categoricalResult(column, "categorical", chosen, statistic, pValue, baseline, current);
}
function categoricalResult(column, kind, chosen, statistic, pValue, baseline, current) {
  return {
    name: column.name,
    type: column.type,
    kind,
    method: chosen.method,
    statistic,
    ...pValue === void 0 ? {} : { pValue },
    threshold: chosen.threshold,
    drifted: isDrift(chosen.method, statistic, pValue, chosen.threshold),
    methodReason: chosen.reason,
    baselineCount: total(baseline),
    currentCount: total(current),
    categories: categoryChart(baseline, current)
  };
}
function categoricalStatistic(method, baseline, current) {
  switch (method) {
    case "chi-squared": {
      const { statistic, pValue } = chiSquaredTest(baseline, current);
      return { statistic, pValue };
    }
    case "z-test":
      return proportionsZTest(baseline, current);
    case "l-infinity":
      return { statistic: lInfinityDistance(baseline, current).distance };
    case "jensen-shannon":
    case "psi":
      return { statistic: shareDistance(method, categoryShares(baseline, current)) };
    default:
      throw new UserError(`drift method '${method}' needs numeric values`);
  }
}
function shareDistance(method, shares) {
  return method === "psi" ? populationStabilityIndexOfShares(shares.reference, shares.current) : jensenShannonDistance(shares.reference, shares.current);
}
function valueCounts(sorted) {
  const counts = /* @__PURE__ */ new Map();
  for (const value of sorted) {
    const key = String(value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
function distinctOfBoth(a, b) {
  let i = 0;
  let j = 0;
  let distinct = 0;
  while (i < a.length || j < b.length) {
    const value = Math.min(i < a.length ? a[i] : Infinity, j < b.length ? b[j] : Infinity);
    while (i < a.length && a[i] === value) i += 1;
    while (j < b.length && b[j] === value) j += 1;
    distinct += 1;
  }
  return distinct;
}
function distinctCategories(a, b) {
  let distinct = 0;
  for (const value of /* @__PURE__ */ new Set([...a.keys(), ...b.keys()]))
    if ((a.get(value) ?? 0) + (b.get(value) ?? 0) > 0) distinct += 1;
  return distinct;
}
function total(counts) {
  let sum2 = 0;
  for (const count of counts.values()) sum2 += count;
  return sum2;
}

// packages/engine/src/drift/sketch-distribution.ts
var MAX_LEVELS = 64;
var SketchDistribution = class _SketchDistribution {
  constructor(values, cumulative, count, min, max) {
    this.values = values;
    this.cumulative = cumulative;
    this.count = count;
    this.min = min;
    this.max = max;
  }
  values;
  cumulative;
  count;
  min;
  max;
  static fromState(state, label) {
    if (!Array.isArray(state.levels) || state.levels.length > MAX_LEVELS) {
      throw new DriftInputError(`the ${label} quantile sketch is malformed (levels)`);
    }
    const restored = QuantileSketch.restore(state).state();
    const items = [];
    restored.levels.forEach((level, h) => {
      for (const value of level) {
        if (typeof value !== "number" || !Number.isFinite(value)) {
          throw new DriftInputError(
            `the ${label} quantile sketch holds ${String(value)}: expected finite numbers`
          );
        }
        items.push([value, 2 ** h]);
      }
    });
    if (items.length === 0) throw new DriftInputError(`the ${label} quantile sketch is empty`);
    items.sort((a, b) => a[0] - b[0]);
    const values = [];
    const weights = [];
    for (const [value, weight] of items) {
      if (values.length > 0 && values[values.length - 1] === value) weights[weights.length - 1] += weight;
      else {
        values.push(value);
        weights.push(weight);
      }
    }
    let total2 = 0;
    for (const weight of weights) total2 += weight;
    const cumulative = new Float64Array(weights.length);
    let running = 0;
    weights.forEach((weight, i) => {
      running += weight;
      cumulative[i] = running / total2;
    });
    cumulative[cumulative.length - 1] = 1;
    const min = Number.isFinite(restored.min) ? Math.min(restored.min, values[0]) : values[0];
    const max = Number.isFinite(restored.max) ? Math.max(restored.max, values[values.length - 1]) : values[values.length - 1];
    return new _SketchDistribution(Float64Array.from(values), cumulative, restored.count, min, max);
  }
  /** The share of values ≤ x. */
  cdf(x) {
    const i = this.countAtOrBelow(x);
    return i === 0 ? 0 : this.cumulative[i - 1];
  }
  /** The share of values < x. */
  cdfBelow(x) {
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (this.values[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : this.cumulative[lo - 1];
  }
  countAtOrBelow(x) {
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (this.values[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
};
function sketchKsStatistic(a, b) {
  let d = 0;
  for (const values of [a.values, b.values]) {
    for (const x of values) d = Math.max(d, Math.abs(a.cdf(x) - b.cdf(x)));
  }
  return d;
}
function sketchWasserstein(a, b) {
  const points = Float64Array.from([...a.values, ...b.values]).sort();
  let distance = 0;
  for (let i = 1; i < points.length; i += 1) {
    const left = points[i - 1];
    distance += Math.abs(a.cdf(left) - b.cdf(left)) * (points[i] - left);
  }
  return distance;
}
function sketchBinShares(distribution, edges) {
  const shares = [];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const last = i + 2 === edges.length;
    const upper = last ? distribution.cdf(edges[i + 1]) : distribution.cdfBelow(edges[i + 1]);
    shares.push(Math.max(upper - distribution.cdfBelow(edges[i]), 0));
  }
  return shares;
}

// packages/engine/src/drift/profile-column-drift.ts
var OTHER_CATEGORY = "(other)";
function profileColumnDrift(baseline, current, settings) {
  if (baseline.kind !== current.kind) {
    throw new UserError(
      `column '${baseline.name}' is ${baseline.kind} in the baseline and ${current.kind} in the current data`
    );
  }
  return baseline.kind === "numeric" ? numericDrift2(baseline, current, settings) : categoricalDrift2(baseline, current, settings);
}
function numericDrift2(baseline, current, settings) {
  const b = numericSummary(baseline, "baseline");
  const c = numericSummary(current, "current");
  const chosen = resolveMethod(
    {
      kind: "numeric",
      referenceCount: b.count,
      distinct: distinctOfBoth2(baseline.categories, current.categories)
    },
    settings,
    baseline.name
  );
  const fb = SketchDistribution.fromState(b.sketch, `baseline '${baseline.name}'`);
  const fc = SketchDistribution.fromState(c.sketch, `current '${baseline.name}'`);
  const edges = sturgesEdges(
    Math.min(b.min ?? fb.min, c.min ?? fc.min),
    Math.max(b.max ?? fb.max, c.max ?? fc.max),
    b.count + c.count
  );
  const baselineShares = sketchBinShares(fb, edges);
  const currentShares = sketchBinShares(fc, edges);
  const { statistic, pValue } = numericStatistic2(chosen.method, baseline, current, {
    fb,
    fc,
    b,
    c,
    baselineShares,
    currentShares
  });
  return {
    name: baseline.name,
    type: baseline.type,
    kind: "numeric",
    method: chosen.method,
    statistic,
    ...pValue === void 0 ? {} : { pValue },
    threshold: chosen.threshold,
    drifted: isDrift(chosen.method, statistic, pValue, chosen.threshold),
    methodReason: chosen.reason,
    baselineCount: b.count,
    currentCount: c.count,
    histogram: histogramChart(edges, baselineShares, currentShares)
  };
}
function numericStatistic2(method, baseline, current, sides) {
  switch (method) {
    case "ks": {
      const { statistic, pValue } = ksWithSizes(
        sketchKsStatistic(sides.fb, sides.fc),
        sides.b.count,
        sides.c.count
      );
      return { statistic, pValue };
    }
    case "wasserstein":
      return {
        statistic: sketchWasserstein(sides.fb, sides.fc) / Math.max(sides.b.std ?? 0, NORMED_WASSERSTEIN_MIN_STD)
      };
    case "jensen-shannon":
    case "psi":
      return { statistic: shareDistance(method, numericShares2(baseline, current, sides)) };
    default:
      return categoricalStatistic(
        method,
        categoryCounts(baseline, "baseline", method),
        categoryCounts(current, "current", method)
      );
  }
}
function numericShares2(baseline, current, sides) {
  const few = baseline.categories?.exact === true && baseline.categories.distinct <= BINNED_MIN_REFERENCE_DISTINCT;
  if (few && current.categories !== void 0) {
    return categoryShares(categoryMap(baseline.categories), categoryMap(current.categories));
  }
  return filledShares(sides.baselineShares, 1, sides.currentShares, 1);
}
function categoricalDrift2(baseline, current, settings) {
  const chosen = resolveMethod(
    {
      kind: "categorical",
      referenceCount: baseline.count,
      distinct: distinctOfBoth2(baseline.categories, current.categories) ?? Math.max(baseline.categories?.distinct ?? 0, current.categories?.distinct ?? 0)
    },
    settings,
    baseline.name
  );
  const b = categoryCounts(baseline, "baseline", chosen.method);
  const c = categoryCounts(current, "current", chosen.method);
  const { statistic, pValue } = categoricalStatistic(chosen.method, b, c);
  return categoricalResult(baseline, "categorical", chosen, statistic, pValue, b, c);
}
function numericSummary(column, side) {
  if (column.numeric === void 0 || column.numeric.count === 0) {
    throw new UserError(`the ${side} profile of numeric column '${column.name}' has no numeric values`);
  }
  return column.numeric;
}
function categoryCounts(column, side, method) {
  if (column.categories === void 0) {
    throw new UserError(
      `drift method '${method}' needs category counts, and the ${side} profile of column '${column.name}' has none (too many distinct values): use ks, wasserstein, jensen-shannon or psi`
    );
  }
  return categoryMap(column.categories);
}
function categoryMap(summary) {
  const counts = /* @__PURE__ */ new Map();
  for (const { value, count } of summary.values) counts.set(value, (counts.get(value) ?? 0) + count);
  if (summary.other > 0) counts.set(OTHER_CATEGORY, (counts.get(OTHER_CATEGORY) ?? 0) + summary.other);
  return counts;
}
function distinctOfBoth2(a, b) {
  if (a?.exact !== true || b?.exact !== true) return void 0;
  const values = /* @__PURE__ */ new Set();
  for (const { value, count } of [...a.values, ...b.values]) if (count > 0) values.add(value);
  return values.size;
}

// packages/engine/src/drift/dataset-drift.ts
function datasetDrift(baseline, current, options) {
  const policy = options.policy ?? {};
  const severity = policy.severity ?? DEFAULT_DRIFT_SEVERITY;
  const datasetShare = policy.datasetShare ?? DEFAULT_DATASET_SHARE;
  if (!(datasetShare > 0 && datasetShare <= 1)) {
    throw new UserError(`drift dataset-share is ${datasetShare}: expected a share in (0, 1]`);
  }
  const header = {
    kind: DRIFT_REPORT_KIND,
    mlgateVersion: options.mlgateVersion ?? MLGATE_VERSION,
    subject: options.subject,
    createdAt: options.createdAt,
    dataset: options.dataset ?? current.profile.dataset ?? "",
    severity,
    baseline: {
      rows: baseline?.profile.rows ?? 0,
      source: options.baselineSource,
      ...options.baselineSha === void 0 ? {} : { sha: options.baselineSha }
    },
    current: {
      rows: current.profile.rows,
      files: options.currentFiles ?? (current.profile.files ?? []).map((file) => file.path)
    },
    datasetShare
  };
  if (baseline === void 0) {
    return {
      ...header,
      verdict: "neutral",
      neutralReason: "no-baseline",
      verdictReason: "no baseline profile to compare the data with",
      basis: current.raw === void 0 ? "profile" : "raw",
      columns: [],
      skipped: [],
      driftedColumns: [],
      share: 0,
      datasetDrifted: false
    };
  }
  const { columns, skipped, allRaw } = compareColumns(baseline, current, policy);
  const sorted = [...columns].sort(worstFirst);
  const driftedColumns = sorted.filter((column) => column.drifted).map((column) => column.name);
  const share = sorted.length === 0 ? 0 : driftedColumns.length / sorted.length;
  const counted = `${driftedColumns.length} of ${sorted.length} column${sorted.length === 1 ? "" : "s"} drifted`;
  const verdict = driftedColumns.length > 0 ? {
    verdict: severity,
    verdictReason: `${counted}: ${driftedColumns.slice(0, 5).join(", ")}${driftedColumns.length > 5 ? ", …" : ""}`
  } : { verdict: "pass", verdictReason: sorted.length === 0 ? "no column to compare" : counted };
  return {
    ...header,
    ...verdict,
    basis: allRaw && sorted.length > 0 ? "raw" : "profile",
    columns: sorted,
    skipped,
    driftedColumns,
    share,
    datasetDrifted: sorted.length > 0 && share >= datasetShare
  };
}
function compareColumns(baseline, current, policy) {
  const baselineColumns = new Map(baseline.profile.columns.map((column) => [column.name, column]));
  const currentColumns = new Map(current.profile.columns.map((column) => [column.name, column]));
  const columns = [];
  const skipped = [];
  let allRaw = true;
  for (const name of /* @__PURE__ */ new Set([...baselineColumns.keys(), ...currentColumns.keys()])) {
    const b = baselineColumns.get(name);
    const c = currentColumns.get(name);
    const own = policy.columns?.[name];
    const reason = own?.ignore === true ? `ignored by drift.columns.${name}.ignore` : b === void 0 ? "not in the baseline" : c === void 0 ? "not in the current data" : b.kind !== c.kind ? `${b.kind} in the baseline, ${c.kind} in the current data` : valuesOf(b) === 0 ? "no values in the baseline" : valuesOf(c) === 0 ? "no values in the current data" : void 0;
    if (reason !== void 0 || b === void 0 || c === void 0) {
      skipped.push({ name, reason: reason ?? "not on both sides" });
      continue;
    }
    const settings = {
      method: own?.method ?? policy.method ?? "auto",
      ...(own?.threshold ?? policy.threshold) === void 0 ? {} : { threshold: own?.threshold ?? policy.threshold },
      source: own?.method !== void 0 ? `drift.columns.${name}.method` : policy.source ?? "drift.method"
    };
    const rawB = baseline.raw?.get(name);
    const rawC = current.raw?.get(name);
    if (rawB !== void 0 && rawC !== void 0) {
      columns.push(rawColumnDrift(b, rawB, rawC, settings));
    } else {
      allRaw = false;
      columns.push(profileColumnDrift(b, c, settings));
    }
  }
  skipped.sort((x, y) => x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
  return { columns, skipped, allRaw };
}
function valuesOf(column) {
  return column.kind === "numeric" ? column.numeric?.count ?? 0 : column.count;
}
function worstFirst(a, b) {
  if (a.drifted !== b.drifted) return a.drifted ? -1 : 1;
  return closeness(a) - closeness(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function closeness(column) {
  if (TEST_METHODS.has(column.method)) {
    const p = column.pValue ?? 1;
    return column.threshold > 0 ? p / column.threshold : p;
  }
  if (column.statistic <= 0) return Number.MAX_VALUE;
  return column.threshold > 0 ? column.threshold / column.statistic : 1 / column.statistic;
}

// packages/github/src/baseline/profile-cache-store.ts
import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
function profileCacheKeyPrefix(name) {
  return `mlgate-profile-${name}-`;
}
function profileCachePath(name) {
  return `.mlgate/profile/${name}`;
}
function profileCacheStore(options) {
  const { workspace, name, context } = options;
  const budgetMs = options.budgetMs ?? ACTIONS_SERVICE_BUDGET_MS;
  checkBaselineName(name, "baseline name");
  const prefix = profileCacheKeyPrefix(name);
  const relative = profileCachePath(name);
  const directory = path.join(workspace, relative);
  const cacheClient = () => import("./cache-O7QHDQMO.js");
  return {
    async restore() {
      const entry = await restoreCacheEntry(relative, directory, prefix, context, budgetMs);
      if (entry.kind === "unavailable") {
        return { found: false, reason: cacheUnavailableReason() };
      }
      if (entry.kind === "failed") return unreadable(entry.why);
      if (entry.kind === "none") {
        return {
          found: false,
          reason: `no cache entry '${prefix}*' yet: a push to the default branch saves one`
        };
      }
      const matched = entry.key;
      const profiles = /* @__PURE__ */ new Map();
      const names = await readdir(directory).catch(() => []);
      for (const file of names.filter((n) => /^profile-.*\.json$/.test(n)).sort()) {
        const shownAs = `${relative}/${file}`;
        try {
          const text = await readUserText(path.join(directory, file), {
            what: "profile",
            shownAs,
            maxBytes: MAX_PROFILE_BYTES
          });
          const profile = parseProfile(text, shownAs);
          profiles.set(profile.dataset, profile);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          warning(`The baseline profile ${shownAs} was not used: ${error.message}`);
        }
      }
      return { found: true, source: "cache", key: matched, commit: matched.slice(prefix.length), profiles };
    },
    async save(profiles) {
      if (!isPushToDefaultBranch(context)) {
        return { saved: false, reason: "profiles are saved only by pushes to the default branch" };
      }
      const cache = await cacheClient();
      if (!cache.isFeatureAvailable()) {
        return { saved: false, reason: cacheUnavailableReason() };
      }
      const key = `${prefix}${context.sha}`;
      await rm(directory, { recursive: true, force: true });
      await mkdir(directory, { recursive: true });
      for (const profile of profiles) {
        await writeFileAtomically(
          path.join(directory, reportFileName("profile", profile.dataset)),
          `${JSON.stringify(profile)}
`
        );
      }
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
        warning(`The profiles were not saved: ${reason}`);
        return { saved: false, reason };
      }
      return { saved: true, key };
    }
  };
}
function unreadable(why) {
  warning(`The Actions cache service failed, so the baseline profiles could not be read: ${why}`);
  return {
    found: false,
    reason: `the baseline profiles could not be read: the Actions cache service failed (${why})`
  };
}

// packages/github/src/baseline/release-profile-store.ts
import { mkdtemp, rm as rm2 } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";
function releaseProfileStore(options) {
  return {
    async restore() {
      const client = await options.client();
      const repository = await options.repository();
      let release;
      try {
        ({ data: release } = await client.rest.repos.getLatestRelease(repository));
      } catch (error) {
        if (httpStatusOf(error) === 404) {
          return { found: false, reason: `${repository.owner}/${repository.repo} has no published release` };
        }
        throw error;
      }
      const tag = release.tag_name;
      const manifest = await readReleaseManifest(client, repository, release);
      if (manifest === void 0) {
        return { found: false, reason: `release ${tag} has no ${MODEL_MANIFEST_FILE}` };
      }
      const entries = manifest.profiles ?? [];
      if (entries.length === 0) {
        return {
          found: false,
          reason: `release ${tag} carries no profiles (publish-model's 'profiles' input adds them)`
        };
      }
      const profiles = /* @__PURE__ */ new Map();
      const dir = await mkdtemp(path2.join(os.tmpdir(), "mlgate-release-profiles-"));
      try {
        for (const entry of entries) {
          const shownAs = `${tag}/${entry.asset}`;
          const asset = release.assets.find((candidate) => candidate.name === entry.asset);
          if (asset === void 0) {
            warning(`The baseline profile ${shownAs} was not used: the release has no such asset`);
            continue;
          }
          const sha256 = await downloadReleaseAsset(client, repository, asset, dir);
          if (sha256 !== entry.sha256) {
            warning(
              `The baseline profile ${shownAs} was not used: it is not the file the manifest names`
            );
            continue;
          }
          try {
            const text = await readUserText(path2.join(dir, asset.name), {
              what: "profile",
              shownAs,
              maxBytes: MAX_PROFILE_BYTES
            });
            const profile = parseProfile(text, shownAs);
            if (profile.dataset !== entry.dataset) {
              throw new UserError(`${shownAs} is the profile of ${profile.dataset}, not ${entry.dataset}`);
            }
            profiles.set(profile.dataset, profile);
          } catch (error) {
            if (!(error instanceof UserError)) throw error;
            warning(`The baseline profile ${shownAs} was not used: ${error.message}`);
          }
        }
      } finally {
        await rm2(dir, { recursive: true, force: true });
      }
      return { found: true, source: "release", key: tag, commit: manifest.commit, profiles };
    },
    save() {
      return Promise.resolve({
        saved: false,
        reason: "the baseline profiles are the release’s, kept by publish-model, not saved by a run"
      });
    }
  };
}
function releaseElseCacheProfileStore(release, cache) {
  return {
    async restore() {
      const fromRelease = await release.restore();
      if (fromRelease.found) return fromRelease;
      info(`No baseline profiles in the release: ${fromRelease.reason}; trying the cache`);
      const fromCache = await cache.restore();
      if (fromCache.found) return fromCache;
      return { found: false, reason: `${fromRelease.reason}; ${fromCache.reason}` };
    },
    save: (profiles) => cache.save(profiles)
  };
}

// packages/github/src/stages/drift-stage.ts
function openProfileStore(request) {
  const { context, work } = request;
  const cache = profileCacheStore({ workspace: request.workspace, name: work.baselineName, context });
  if (work.baseline !== "release") return cache;
  const client = request.client;
  if (client === void 0) throw new Error("the release's profiles need a client");
  return releaseElseCacheProfileStore(
    releaseProfileStore({ client, repository: () => Promise.resolve(context.repo) }),
    cache
  );
}
async function runDriftStage(request) {
  const { context, work } = request;
  const profiled = request.data.filter((file) => file.profile !== void 0);
  if (profiled.length === 0) return [];
  const store = request.store ?? openProfileStore(request);
  const restored = await store.restore();
  if (!restored.found) info(`No baseline profiles: ${restored.reason}`);
  const createdAt = (request.now?.() ?? /* @__PURE__ */ new Date()).toISOString();
  const files = [];
  const profileDir = path3.join(request.reportDir, "profiles");
  await mkdir2(profileDir, { recursive: true });
  for (const file of profiled) {
    const current = file.profile;
    await writeFileAtomically(
      path3.join(profileDir, reportFileName("profile", file.dataset)),
      `${JSON.stringify(current.document)}
`
    );
    const baseline = restored.found ? restored.profiles.get(file.dataset) : void 0;
    const report = datasetDrift(
      baseline === void 0 ? void 0 : { profile: baseline },
      { profile: current.document },
      {
        policy: work.policy,
        subject: subjectOf(context),
        createdAt,
        baselineSource: restored.found ? `${restored.source} ${restored.key}` : "none",
        ...restored.found ? { baselineSha: restored.commit } : {},
        currentFiles: current.document.files.map((f) => f.path),
        dataset: file.dataset
      }
    );
    const written = await writeReportFile(request.reportDir, reportFileName("drift", file.dataset), report);
    files.push({ file: written, report });
  }
  if (isPushToDefaultBranch(context)) {
    const saved = await store.save(profiled.map((file) => file.profile.document));
    if (saved.saved) info(`Saved the profiles as cache entry '${saved.key}'`);
    else info(`The profiles were not saved: ${saved.reason}`);
  }
  return files;
}

// packages/github/src/stages/schema-diff-stage.ts
import path4 from "node:path";

// packages/github/src/stages/base-file-reader.ts
async function readBaseFile(source, file) {
  if (source.client !== void 0) {
    const answer = await contentsAt(source, file, await source.client());
    if (answer !== "not inlined") return answer;
  }
  try {
    const { content } = await readFileAtRef(source.workspace, source.sha, file, {
      maxBytes: source.maxBytes,
      what: source.what
    });
    return { found: true, content };
  } catch (error) {
    if (error instanceof FileNotAtRefError) return { found: false };
    throw error;
  }
}
async function contentsAt(source, file, client) {
  let data;
  try {
    ({ data } = await client.request("GET /repos/{owner}/{repo}/contents/{path}", {
      ...source.repository,
      path: file,
      ref: source.sha
    }));
  } catch (error) {
    if (httpStatusOf(error) === 404) return { found: false };
    const failure = describeGitHubFailure(error);
    if (failure !== void 0) throw new UserError(failure);
    throw error;
  }
  const entry = data;
  if (Array.isArray(entry) || entry.type !== "file")
    throw new UserError(`'${file}' is not a file at ${source.sha.slice(0, 12)}`);
  const { size, encoding, content } = entry;
  if (typeof size === "number" && size > source.maxBytes)
    throw new UserError(
      `the ${source.what} '${file}' has ${size} bytes at ${source.sha.slice(0, 12)}; at most ${source.maxBytes} are read`
    );
  if (encoding !== "base64" || typeof content !== "string") return "not inlined";
  return { found: true, content: Buffer.from(content, "base64") };
}

// packages/github/src/stages/schema-diff-stage.ts
function pullRequestBase(context) {
  if (context.eventName !== "pull_request" && context.eventName !== "pull_request_target") return void 0;
  const base = context.payload["pull_request"]?.base;
  return typeof base?.sha === "string" && /^[0-9a-f]{40}$/i.test(base.sha) ? base.sha : void 0;
}
async function runSchemaDiffStage(datasets, request) {
  const baseSha = pullRequestBase(request.context);
  if (baseSha === void 0) return [];
  const seen = /* @__PURE__ */ new Set();
  const outcomes = [];
  for (const dataset of datasets) {
    const absolute = path4.resolve(request.workspace, dataset.schema);
    if (seen.has(absolute)) continue;
    seen.add(absolute);
    outcomes.push(await compareWithBase(dataset.name, absolute, baseSha, request));
  }
  return outcomes;
}
async function compareWithBase(dataset, absolute, baseSha, request) {
  const inRepo = path4.relative(request.workspace, absolute);
  if (inRepo === ".." || inRepo.startsWith(`..${path4.sep}`) || path4.isAbsolute(inRepo)) {
    const reason = "outside the workspace, so not in the repository";
    return { dataset, schema: absolute, status: "not-compared", reason };
  }
  const schema = inRepo.split(path4.sep).join("/");
  const syntax = /\.ya?ml$/i.test(schema) ? "yaml" : "json";
  const currentText = await readUserText(absolute, {
    what: "schema file",
    shownAs: schema,
    maxBytes: MAX_SCHEMA_BYTES
  });
  const at = baseSha.slice(0, 12);
  let baseText;
  try {
    const base = await readBaseFile(
      {
        workspace: request.workspace,
        repository: request.context.repo,
        sha: baseSha,
        client: request.client,
        maxBytes: MAX_SCHEMA_BYTES,
        what: "schema file"
      },
      schema
    );
    if (!base.found) return { dataset, schema, status: "new" };
    baseText = base.content.toString("utf8");
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { dataset, schema, status: "not-compared", reason: `base version unreadable: ${error.message}` };
  }
  if (baseText === currentText) return { dataset, schema, status: "unchanged" };
  let report;
  try {
    const before = parseSchemaText(baseText, `${schema}@${at}`, syntax);
    report = diffSchemas(before, parseSchemaText(currentText, schema, syntax), subjectOf(request.context));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { dataset, schema, status: "not-compared", reason: oneLine(error) };
  }
  const file = await writeReportFile(request.reportDir, reportFileName("schema-diff", dataset), report);
  return { dataset, schema, status: "changed", file, report };
}
function oneLine(error) {
  const where = error.location;
  if (where === void 0) return error.message;
  return `${[where.file, where.line, where.column].filter((part) => part !== void 0).join(":")}: ${error.message}`;
}

// packages/github/src/actions/gate-action.ts
var { inputs } = GateAction;
async function gateAction() {
  const environment = actionEnvironment();
  const { workspace, env, context, now, paths } = environment;
  const config = await loadActionConfig(inputs.config, paths);
  const given = readPlanInputs(inputs);
  const plan = planRun(config, given, actionInputNamer(inputs));
  const shard = optionalShardInput(inputs.shard);
  await checkPlanPaths(plan, given, inputs, paths);
  const reportDir = reportDirectory(inputs.reportDir, env, paths);
  if (shard !== void 0) {
    info(
      `mlgate: shard ${shard.index}/${shard.count} validates data only: no comparison, evaluation, drift, comment, check run or gate in a shard job; merge-reports reports and gates the whole`
    );
    const { datasets, report } = plan;
    const partialOutput = GateAction.ownOutputs[0];
    return runShardStep({ step: "mlgate", datasets, report, shard, reportDir, partialOutput }, environment);
  }
  const evaluation = evaluationWork(inputs.predictions, inputs.baselineName, config, plan, given, paths);
  const checkName = checkNameInput(inputs.checkName);
  const client = clientForTokenInput(inputs.token);
  const dispatchInput = stringInput(inputs.dispatch);
  const dispatch = dispatchInput !== void 0 ? workflowIdOf(dispatchInput, `input '${inputs.dispatch}'`) : config?.retrain === void 0 ? void 0 : workflowIdOf(config.retrain.workflow, `${config.file}: retrain.workflow`);
  const retrainOn = config?.retrain?.on;
  const data = await runValidationStage(plan.datasets, {
    workspace,
    subject: subjectOf(context),
    reportDir,
    report: plan.report,
    profile: plan.drift !== void 0
  });
  const reports = [...data];
  const schemaDiffs = await runSchemaDiffStage(plan.datasets, { workspace, context, reportDir, client });
  for (const outcome of schemaDiffs) logSchemaDiff(outcome);
  for (const diff of schemaDiffs)
    if (diff.status === "changed") reports.push({ file: diff.file, report: diff.report });
  if (plan.drift !== void 0) {
    reports.push(
      ...await runDriftStage({
        workspace,
        context,
        work: plan.drift,
        reportDir,
        data,
        now: () => now,
        client: requiredClient(client, "baseline 'release'", inputs.token)
      })
    );
  }
  if (plan.metrics !== void 0) {
    const compared = await runComparisonStage({
      workspace,
      context,
      work: plan.metrics,
      reportDir,
      reportName: checkName,
      client: requiredClient(client, "baseline 'release'", inputs.token),
      data: data.map((file) => file.report)
    });
    reports.push(compared.file);
  }
  if (evaluation !== void 0) {
    reports.push(
      await runEvaluationStage({
        workspace,
        context,
        work: evaluation,
        reportDir,
        reportName: checkName,
        now: () => now
      })
    );
  }
  if (reports.length === 0) {
    warning(
      `mlgate: nothing to check: give inputs '${inputs.schema}' and '${inputs.data}' or '${inputs.metrics}' or '${inputs.predictions}', or configure mlgate.yml`
    );
  }
  const result = await publish(
    {
      reports,
      failOn: plan.failOn,
      fold: plan.report.fold,
      ...retrainOn !== void 0 ? { retrainOn } : {}
    },
    {
      summary: true,
      annotations: true,
      checkRun: { name: checkName },
      ...booleanInput(inputs.comment, true) ? { comment: { id: plan.report.commentId, mode: plan.report.commentMode, commitComment: false } } : {},
      outputs: GateAction.outputs
    },
    { context, workspace, env, now, client }
  );
  info(`mlgate: ${result.gate.verdict} (${result.gate.verdictReason})`);
  await dispatchRetraining({
    decision: retrainDecision(
      reports.map((file) => file.report),
      retrainOn
    ),
    workflow: dispatch,
    ref: stringInput(inputs.dispatchRef),
    context,
    client,
    tokenInput: inputs.token
  });
  return result.gate.exitCode;
}
function logSchemaDiff(outcome) {
  const { schema } = outcome;
  switch (outcome.status) {
    case "unchanged":
      return;
    case "new":
      return notice(`mlgate: schema ${schema} is new in this pull request: nothing to compare with`);
    case "not-compared":
      return warning(`mlgate: schema ${schema} not compared with the base branch: ${outcome.reason}`);
    case "changed": {
      const { verdict, changes } = outcome.report;
      const lines = changes.map(
        (change) => `  ${change.impact} ${change.kind} ${change.field === null ? "" : `${change.field}: `}${change.detail}`
      );
      info([`mlgate: schema ${schema} changed (${verdict}), see ${outcome.file}`, ...lines].join("\n"));
    }
  }
}
export {
  gateAction
};
