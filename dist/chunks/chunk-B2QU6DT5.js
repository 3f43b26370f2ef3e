import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  DEFAULT_FOLD,
  DEFAULT_HISTORY_LENGTH,
  FAIL_ON,
  GitHubLimits,
  MetricPolicy,
  RETRAIN_TRIGGERS,
  checkRunContent,
  checkRunName,
  commentMarkdown,
  formatStamp,
  gate,
  isForkPullRequest,
  isNewerThan,
  isValidCommentId,
  parseBaselineSpec,
  parseStamp,
  readReportFile,
  repositoryPath,
  subjectOf,
  summaryMarkdown,
  viewOf
} from "./chunk-UFHG7HJU.js";
import {
  httpStatusOf
} from "./chunk-EMYEQWT6.js";
import {
  error,
  info,
  notice,
  setOutput,
  warning
} from "./chunk-GPNEBVUZ.js";
import {
  DEFAULT_EXAMPLES_PER_COLUMN,
  DEFAULT_MAX_ERRORS
} from "./chunk-PVDNNDE4.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";

// packages/engine/src/plan/run-plan.ts
var DEFAULT_COMMENT_ID = "mlgate";
var DEFAULT_BASELINE_NAME = "default";
function checkBaselineName(baselineName, where) {
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(baselineName) || /^\.+$/.test(baselineName)) {
    throw new UserError(
      `${where} ${JSON.stringify(baselineName)} must be 1 to 100 letters, digits, '.', '_' or '-'`
    );
  }
  return baselineName;
}
function planDatasets(config, inputs, name) {
  const data = inputs.data ?? [];
  if (data.length > 0 || inputs.schema !== void 0) {
    if (inputs.schema === void 0) throw new UserError(`${name("data")} needs ${name("schema")}`);
    if (data.length === 0) throw new UserError(`${name("schema")} needs ${name("data")}`);
    return [
      { name: "data", schema: inputs.schema, data, dataFrom: name("data"), format: inputs.format ?? "auto" }
    ];
  }
  return (config?.datasets ?? []).map((dataset, index) => {
    const datasetName = dataset.name ?? `dataset-${index + 1}`;
    if (dataset.schema === void 0) {
      throw new UserError(`dataset ${datasetName} in ${config.file} has no schema`, dataset.location);
    }
    return {
      name: datasetName,
      schema: dataset.schema,
      data: dataset.paths,
      dataFrom: `datasets.${index}.path`,
      // A format the config names for the dataset is about its files; the input is for files without one.
      format: dataset.format ?? inputs.format ?? "auto",
      location: dataset.location
    };
  });
}
function planMetrics(config, inputs, name) {
  const given = inputs.metrics ?? [];
  const files = given.length > 0 ? given : config?.metrics.files ?? [];
  if (files.length === 0) return void 0;
  return {
    files,
    filesFrom: given.length > 0 ? name("metrics") : "metrics.files",
    namespace: inputs.namespace ?? config?.metrics.namespace ?? "auto",
    policy: config?.metrics.policy ?? MetricPolicy.builtin(),
    baseline: inputs.baseline !== void 0 ? parseBaselineSpec(inputs.baseline, name("baseline")) : config?.baseline.source ?? { kind: "cache" },
    baselineName: inputs.baselineName !== void 0 ? checkBaselineName(inputs.baselineName, name("baselineName")) : config?.baseline.name ?? DEFAULT_BASELINE_NAME,
    requireBaseline: inputs.requireBaseline ?? config?.baseline.require ?? false,
    historyLength: config?.baseline.history ?? DEFAULT_HISTORY_LENGTH
  };
}
function planRun(config, inputs, name) {
  if (inputs.failOn !== void 0 && !FAIL_ON.includes(inputs.failOn)) {
    throw new UserError(`${name("failOn")} is '${inputs.failOn}'; expected one of ${FAIL_ON.join(", ")}`);
  }
  const commentId = inputs.commentId ?? config?.report.commentId ?? DEFAULT_COMMENT_ID;
  if (!isValidCommentId(commentId)) {
    throw new UserError(
      `${name("commentId")} is '${commentId}'; use up to 64 letters, digits, '.', '_' and '-'`
    );
  }
  const metrics = planMetrics(config, inputs, name);
  const datasets = planDatasets(config, inputs, name);
  const drift = config?.drift !== void 0 && datasets.length > 0 ? {
    policy: { ...config.drift, source: config.drift.source ?? config.file },
    baselineName: inputs.baselineName !== void 0 ? checkBaselineName(inputs.baselineName, name("baselineName")) : config.baseline.name ?? DEFAULT_BASELINE_NAME,
    baseline: (inputs.baseline !== void 0 ? parseBaselineSpec(inputs.baseline, name("baseline")) : config.baseline.source)?.kind === "release" ? "release" : "cache"
  } : void 0;
  return {
    ...config !== void 0 ? { config: { file: config.file, sha256: config.sha256 } } : {},
    datasets,
    ...metrics !== void 0 ? { metrics } : {},
    ...drift !== void 0 ? { drift } : {},
    failOn: inputs.failOn ?? "fail",
    report: {
      commentId,
      commentMode: inputs.commentMode ?? config?.report.commentMode ?? "upsert",
      fold: config?.report.fold ?? DEFAULT_FOLD,
      maxErrors: inputs.maxErrors ?? config?.report.maxErrors ?? DEFAULT_MAX_ERRORS,
      examplesPerColumn: DEFAULT_EXAMPLES_PER_COLUMN
    }
  };
}

// packages/engine/src/gate/retrain-decision.ts
var REGRESSED = /* @__PURE__ */ new Set(["fail", "warn"]);
var unique = (names) => [...new Set(names)];
function driftedColumnsOf(reports) {
  return unique(
    reports.filter((report) => report.kind === "mlgate/drift@1").flatMap((report) => report.driftedColumns)
  );
}
function retrainDecision(reports, on = RETRAIN_TRIGGERS) {
  const judged = reports.filter(
    (report) => report.kind === "mlgate/comparison@1" || report.kind === "mlgate/evaluation@1"
  );
  const driftedColumns = on.includes("drift") ? driftedColumnsOf(reports) : [];
  const regressedMetrics = on.includes("regression") ? unique(
    judged.flatMap(
      (report) => report.metrics.filter((metric) => REGRESSED.has(metric.verdict)).map((metric) => metric.name)
    )
  ) : [];
  if (driftedColumns.length === 0 && regressedMetrics.length === 0) return { retrain: false };
  const reason = [
    ...driftedColumns.length > 0 ? [`drift: ${driftedColumns.join(", ")}`] : [],
    ...regressedMetrics.length > 0 ? [`regression: ${regressedMetrics.join(", ")}`] : []
  ].join("; ");
  return { retrain: true, reason, driftedColumns, regressedMetrics };
}
var MAX_DISPATCH_INPUT_CHARS = 1e3;
function boundedList(names, separator, maxChars = MAX_DISPATCH_INPUT_CHARS) {
  const whole = names.join(separator);
  if (whole.length <= maxChars) return whole;
  let joined = "";
  for (const [index, name] of names.entries()) {
    const candidate = index === 0 ? name : `${joined}${separator}${name}`;
    const after = names.length - index - 1;
    if (candidate.length + (after > 0 ? ` (+${after} more)`.length : 0) > maxChars) {
      const more = `(+${names.length - index} more)`;
      return index === 0 ? more : `${joined} ${more}`;
    }
    joined = candidate;
  }
  return joined;
}
function boundedText(text, maxChars = MAX_DISPATCH_INPUT_CHARS) {
  if (text.length <= maxChars) return text;
  let cut = maxChars - 1;
  if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? "")) cut -= 1;
  return `${text.slice(0, cut)}…`;
}
function retrainDispatchInputs(decision, sha) {
  return {
    reason: boundedText(decision.reason),
    "drifted-columns": boundedList(decision.driftedColumns, ","),
    "regressed-metrics": boundedList(decision.regressedMetrics, ","),
    sha: boundedText(sha)
  };
}

// packages/github/src/publish/report-artifact.ts
import { readdir, writeFile } from "node:fs/promises";
import path2 from "node:path";

// packages/github/src/actions-service-call.ts
var ACTIONS_SERVICE_BUDGET_MS = 12e4;
var ActionsServiceTimeout = class extends Error {
  name = "ActionsServiceTimeout";
};
async function withinBudget(call, budgetMs, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new ActionsServiceTimeout(`${what} did not answer within ${Math.round(budgetMs / 1e3)} s`)),
      budgetMs
    );
    timer.unref();
  });
  try {
    return await Promise.race([call, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
async function watchedWithinBudget(prefix, call, budgetMs, what) {
  const write = process.stdout.write;
  let failure;
  let watching = true;
  const pattern = new RegExp(`^::(?:warning|error)(?: [^:]*)?::${prefix}(.*)$`, "m");
  const watch = function(chunk, ...rest) {
    if (watching && failure === void 0) {
      const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      const match = pattern.exec(text);
      if (match !== null) failure = match[1]?.replaceAll("%0A", " ").replaceAll("%25", "%");
    }
    return write.call(this, chunk, ...rest);
  };
  process.stdout.write = watch;
  try {
    const value = await withinBudget(call(), budgetMs, what);
    return { value, failure };
  } finally {
    watching = false;
    if (process.stdout.write === watch) process.stdout.write = write;
  }
}

// packages/github/src/publish/artifact-client.ts
import { mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
function artifactServiceFailure(what, error2) {
  const message = (error2 instanceof Error ? error2.message : String(error2)).split("\n", 1)[0];
  return new UserError(`${what}: the Actions artifact service failed: ${message}`);
}
async function artifactClient() {
  const { DefaultArtifactClient } = await import("./artifact-DDDIROSM.js");
  return new DefaultArtifactClient();
}
async function artifactScratchDir(env, prefix) {
  const base = env["RUNNER_TEMP"] !== void 0 && env["RUNNER_TEMP"] !== "" ? env["RUNNER_TEMP"] : tmpdir();
  await mkdir(base, { recursive: true });
  return mkdtemp(path.join(base, prefix));
}

// packages/github/src/publish/report-artifact.ts
function reportArtifactName(commentId) {
  return `mlgate-report-${commentId}`;
}
function scratchDir(env) {
  return artifactScratchDir(env, "mlgate-report-");
}
async function uploadReportArtifact(reports, name, env = process.env, options = {}) {
  const dir = await scratchDir(env);
  const files = [];
  for (const [index, { report }] of reports.entries()) {
    const file = path2.join(dir, `report-${index + 1}.json`);
    await writeFile(file, `${JSON.stringify(report, null, 2)}
`);
    files.push(file);
  }
  let uploaded;
  try {
    const client = await artifactClient();
    uploaded = await withinBudget(
      client.uploadArtifact(name, files, dir, { retentionDays: 7 }),
      options.budgetMs ?? ACTIONS_SERVICE_BUDGET_MS,
      "the upload"
    );
  } catch (error2) {
    throw artifactServiceFailure(`could not upload artifact '${name}'`, error2);
  }
  const { id, size } = uploaded;
  if (id === void 0) {
    throw new UserError(`artifact '${name}' was uploaded but the Actions artifact service returned no id`);
  }
  return { id, size: size ?? 0 };
}
async function downloadReportArtifact(source, env = process.env, options = {}) {
  const budgetMs = options.budgetMs ?? ACTIONS_SERVICE_BUDGET_MS;
  const findBy = {
    token: source.token,
    workflowRunId: source.workflowRunId,
    repositoryOwner: source.owner,
    repositoryName: source.repo
  };
  const client = await artifactClient();
  let artifactId;
  try {
    const { artifact } = await withinBudget(
      client.getArtifact(source.name, { findBy }),
      budgetMs,
      "the artifact listing"
    );
    artifactId = artifact.id;
  } catch (error2) {
    if (error2.name === "ArtifactNotFoundError") {
      throw new UserError(
        `no artifact '${source.name}' on workflow run ${source.workflowRunId}: ${error2.message}`
      );
    }
    throw artifactServiceFailure(`could not look up artifact '${source.name}'`, error2);
  }
  const dir = await scratchDir(env);
  try {
    await withinBudget(client.downloadArtifact(artifactId, { path: dir, findBy }), budgetMs, "the download");
  } catch (error2) {
    throw artifactServiceFailure(`could not download artifact '${source.name}'`, error2);
  }
  const names = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith(".json")).map((entry) => entry.name).sort();
  if (names.length === 0) throw new UserError(`artifact '${source.name}' holds no report`);
  const reports = [];
  for (const name of names) {
    const { report } = await readReportFile(name, dir);
    reports.push({ file: `${source.name}/${name}`, report });
  }
  return reports;
}

// packages/github/src/publish/sticky-comment.ts
function stampedBody(body, stamp) {
  const full = `${formatStamp(stamp)}
${body}`;
  if (full.length > GitHubLimits.commentBodyChars) {
    throw new RangeError(
      `comment body has ${full.length} characters; GitHub accepts ${GitHubLimits.commentBodyChars}`
    );
  }
  return full;
}
async function listOurs(client, request) {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: request.owner,
    repo: request.repo,
    issue_number: request.issueNumber,
    per_page: GitHubLimits.perPageMax
  });
  const ours = [];
  for (const comment of comments) {
    const stamp = parseStamp(comment.body);
    if (stamp === void 0 || stamp.id !== request.stamp.id) continue;
    const author = comment.user;
    const byUs = request.identity !== void 0 ? author?.login === request.identity : author?.type === "Bot";
    if (!byUs) continue;
    ours.push({
      id: comment.id,
      nodeId: comment.node_id,
      url: comment.html_url,
      stamp,
      body: comment.body ?? ""
    });
  }
  return ours.sort((a, b) => a.id - b.id);
}
async function deleteComment(client, request, id) {
  try {
    await client.rest.issues.deleteComment({ owner: request.owner, repo: request.repo, comment_id: id });
  } catch (error2) {
    if (httpStatusOf(error2) !== 404) throw error2;
  }
}
async function hide(client, comment) {
  await client.graphql(
    "mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }",
    { id: comment.nodeId }
  );
}
function posted(comment) {
  return { id: comment.id, nodeId: comment.node_id, url: comment.html_url };
}
async function postStickyComment(client, request) {
  const { owner, repo, issueNumber, stamp } = request;
  const existing = await listOurs(client, request);
  if (request.mode === "delete") {
    for (const comment of existing) await deleteComment(client, request, comment.id);
    return { outcome: "deleted", count: existing.length };
  }
  const newer = existing.find((comment) => isNewerThan(comment.stamp, stamp, request.currentHeadSha));
  if (newer !== void 0) return { outcome: "superseded", comment: newer, by: newer.stamp };
  const body = stampedBody(request.body, stamp);
  const [oldest, ...duplicates] = existing;
  if (request.mode === "upsert" && oldest !== void 0) {
    for (const duplicate of duplicates) await deleteComment(client, request, duplicate.id);
    if (oldest.body === body) return { outcome: "unchanged", comment: oldest };
    const { data: data2 } = await client.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body });
    return { outcome: "updated", comment: posted(data2) };
  }
  if (request.mode === "recreate") {
    for (const comment of existing) await deleteComment(client, request, comment.id);
  }
  if (request.mode === "hide-previous") {
    for (const comment of existing) await hide(client, comment);
  }
  const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  const created = posted(data);
  if (request.mode === "hide-previous") return { outcome: "created", comment: created };
  const after = await listOurs(client, { ...request, identity: request.identity ?? data.user?.login });
  const [keeper, ...extra] = after;
  if (keeper === void 0 || keeper.id === created.id) {
    for (const comment of extra) await deleteComment(client, request, comment.id);
    return { outcome: "created", comment: created };
  }
  await deleteComment(client, request, created.id);
  if (keeper.body === body) return { outcome: "unchanged", comment: keeper };
  if (isNewerThan(keeper.stamp, stamp, request.currentHeadSha)) {
    return { outcome: "superseded", comment: keeper, by: keeper.stamp };
  }
  const { data: updated } = await client.rest.issues.updateComment({
    owner,
    repo,
    comment_id: keeper.id,
    body
  });
  return { outcome: "updated", comment: posted(updated) };
}

// packages/github/src/publish/comment-surface.ts
function isForbidden(error2) {
  return httpStatusOf(error2) === 403;
}
async function headOf(deps, number) {
  const { owner, repo } = deps.context.repo;
  const { data } = await deps.client.rest.pulls.get({ owner, repo, pull_number: number });
  return data.head.sha;
}
async function postToPullRequest(deps, surface, body, target) {
  const { owner, repo } = deps.context.repo;
  const result = await postStickyComment(deps.client, {
    owner,
    repo,
    issueNumber: target.number,
    body: surface.mode === "delete" ? "" : body,
    stamp: target.stamp,
    mode: surface.mode,
    currentHeadSha: target.currentHeadSha
  });
  if (result.outcome === "deleted") {
    info(`deleted ${result.count} mlgate comment(s) with id '${surface.id}' on #${target.number}`);
    return { outcome: "deleted" };
  }
  if (result.outcome === "superseded") {
    info(
      `#${target.number} already shows a newer report (run ${result.by.runId}, ${result.by.sha.slice(0, 7)}); left it as is`
    );
  } else {
    info(`${result.outcome} the mlgate comment on #${target.number}: ${result.comment.url}`);
  }
  return { outcome: result.outcome, commentId: result.comment.id, commentUrl: result.comment.url };
}
async function leaveForPoster(deps, surface, reports, why) {
  const name = surface.artifactName ?? reportArtifactName(surface.id);
  const subject = subjectOf(deps.context);
  const stamped = reports.map((file) => ({
    ...file,
    report: { ...file.report, subject: { ...subject, ...file.report.subject } }
  }));
  const { id } = await uploadReportArtifact(stamped, name, deps.env);
  info(
    `${why}: the report is in artifact '${name}' (id ${id}); the workflow_run workflow posts it to the pull request`
  );
  return { outcome: "uploaded" };
}
async function commentOnCommit(deps, body, sha) {
  const { owner, repo } = deps.context.repo;
  const stamp = { id: "commit", runId: deps.context.runId, runAttempt: deps.context.runAttempt, sha };
  const { data } = await deps.client.rest.repos.createCommitComment({
    owner,
    repo,
    commit_sha: sha,
    body: stampedBody(body, stamp)
  });
  return { outcome: "commit-comment", commentId: data.id, commentUrl: data.html_url };
}
async function publishComment(deps, surface, reports, body) {
  if (surface.target !== void 0) {
    if (surface.target.currentHeadSha !== surface.target.stamp.sha) {
      warning(
        `#${surface.target.number} is now at ${surface.target.currentHeadSha.slice(0, 7)}, the report is about ${surface.target.stamp.sha.slice(0, 7)}: not posted (the newer run posts)`
      );
      return { outcome: "stale" };
    }
    return postToPullRequest(deps, surface, body(), surface.target);
  }
  const { context } = deps;
  const subject = subjectOf(context);
  const number = surface.prNumber ?? subject.pullRequest;
  if (number === void 0) {
    if (surface.commitComment && reports.length > 0) return commentOnCommit(deps, body(), subject.sha);
    info("not a pull request: the report is in the job summary");
    return { outcome: "summary-only" };
  }
  if (isForkPullRequest(context) && surface.mode !== "delete") {
    return leaveForPoster(deps, surface, reports, "a pull request from a fork gets a read-only token");
  }
  try {
    const head = await headOf(deps, number);
    const sha = subject.pullRequest === number ? subject.sha : head;
    return await postToPullRequest(deps, surface, body(), {
      number,
      stamp: { id: surface.id, runId: context.runId, runAttempt: context.runAttempt, sha },
      currentHeadSha: head
    });
  } catch (error2) {
    if (!isForbidden(error2) || surface.mode === "delete") throw error2;
    return leaveForPoster(deps, surface, reports, "the token may not write to the pull request (403)");
  }
}
async function reportsFromArtifact(deps, request) {
  const { context } = deps;
  if (context.eventName !== "workflow_run") {
    throw new UserError(`from-artifact posts on a workflow_run event, not '${context.eventName}'`);
  }
  const run = context.payload["workflow_run"];
  if (run === void 0 || typeof run.id !== "number" || typeof run.head_sha !== "string") {
    throw new UserError("the workflow_run payload has no run id or head SHA");
  }
  const { owner, repo } = context.repo;
  const reports = await downloadReportArtifact(
    {
      name: request.artifactName ?? reportArtifactName(request.id),
      workflowRunId: run.id,
      owner,
      repo,
      token: request.token
    },
    deps.env
  );
  const claimed = /* @__PURE__ */ new Set();
  for (const { file, report } of reports) {
    const { subject } = report;
    if (subject.sha !== run.head_sha) {
      throw new UserError(
        `${file}: the report is about ${subject.sha ?? "no commit"}, the run about ${run.head_sha}`
      );
    }
    if (subject.repository !== void 0 && subject.repository !== `${owner}/${repo}`) {
      throw new UserError(`${file}: the report names repository ${subject.repository}, not ${owner}/${repo}`);
    }
    if (subject.runId !== void 0 && subject.runId !== run.id) {
      throw new UserError(`${file}: the report names run ${subject.runId}, not ${run.id}`);
    }
    if (subject.pullRequest !== void 0) claimed.add(subject.pullRequest);
  }
  const number = request.prNumber ?? run.pull_requests?.[0]?.number ?? [...claimed][0];
  if (number === void 0) throw new UserError("no pull request number: give pr-number");
  if ([...claimed].some((claim) => claim !== number)) {
    throw new UserError(`the reports name pull request ${[...claimed].join(", ")}, not #${number}`);
  }
  return {
    reports,
    target: {
      number,
      stamp: { id: request.id, runId: run.id, runAttempt: run.run_attempt ?? 1, sha: run.head_sha },
      currentHeadSha: await headOf(deps, number)
    }
  };
}

// packages/engine/src/surfaces/step-outputs.ts
var validations = (source) => source.reports.flatMap(({ report }) => report.kind === "mlgate/validation@1" ? [report] : []);
var comparisons = (source) => source.reports.flatMap(({ report }) => report.kind === "mlgate/comparison@1" ? [report] : []);
var evaluations = (source) => source.reports.flatMap(({ report }) => report.kind === "mlgate/evaluation@1" ? [report] : []);
var sumOf = (reports, value) => reports.length === 0 ? "" : String(reports.reduce((sum, report) => sum + value(report), 0));
var reportsOf = (source) => source.reports.map(({ report }) => report);
var lines = (values) => values.join("\n");
var REPORT_OUTPUTS = {
  verdict: (source) => source.gate.verdict,
  /** Why the verdict is `neutral` (`no-baseline`, `nothing-to-check`); empty otherwise. */
  reason: (source) => source.gate.verdict === "neutral" ? source.gate.neutralReason : "",
  valid: (source) => {
    const reports = validations(source);
    return reports.length === 0 ? "" : String(reports.every((report) => report.valid));
  },
  "error-count": (source) => sumOf(validations(source), (report) => report.errorCount),
  rows: (source) => sumOf(validations(source), (report) => report.rows),
  fingerprint: (source) => lines(validations(source).map((report) => report.fingerprint)),
  /**
   * Metrics that broke a rule, in the metrics files and in the predictions alike: a pull request failed by
   * its predictions' accuracy must not read `0` here.
   */
  regressions: (source) => sumOf(
    [...comparisons(source), ...evaluations(source)],
    (report) => report.kind === "mlgate/comparison@1" ? report.summary.fail + report.summary.warn : report.metrics.filter((metric) => metric.verdict === "fail" || metric.verdict === "warn").length
  ),
  "baseline-source": (source) => lines(comparisons(source).map((r) => r.baseline.source)),
  "baseline-sha": (source) => lines(comparisons(source).map((r) => r.baseline.source === "none" ? "" : r.baseline.commit ?? "")),
  reports: (source) => lines(source.reports.map((report) => report.file)),
  /** `true` when data drifted or a metric regressed beyond the policy: the model should be retrained. */
  retrain: (source) => String(retrainDecision(reportsOf(source), source.retrainOn).retrain),
  /** Drifted columns over every drift report, comma-separated; empty when none drifted. */
  "drifted-columns": (source) => driftedColumnsOf(reportsOf(source)).join(",")
};

// packages/engine/src/surfaces/annotation-selection.ts
var LEVELS = ["error", "warning", "notice"];
function selectAnnotations(reports, cap = GitHubLimits.runnerAnnotationsPerKindPerStep) {
  const selected = [];
  for (const level of LEVELS) {
    const lists = reports.map((report) => report.findings.filter((finding) => finding.level === level));
    const unlisted = level === "error" ? reports.reduce((sum, report) => sum + Math.max(0, report.total - report.findings.length), 0) : 0;
    const total = lists.reduce((sum, list) => sum + list.length, unlisted);
    const room = total > cap ? cap - 1 : cap;
    const taken = lists.map(() => 0);
    for (let shown = 0, turn = 0; shown < room && lists.some((list, i) => taken[i] < list.length); turn++) {
      const i = turn % lists.length;
      if (taken[i] < lists[i].length) {
        taken[i]++;
        shown++;
      }
    }
    lists.forEach((list, i) => selected.push(...list.slice(0, taken[i])));
    const hidden = total - taken.reduce((sum, n) => sum + n, 0);
    if (hidden > 0) {
      selected.push({
        level,
        title: "mlgate",
        message: `${hidden} more problem${hidden === 1 ? "" : "s"} not shown as annotations; see the job summary and the JSON report`
      });
    }
  }
  return selected;
}

// packages/github/src/publish/check-run.ts
function toApi(annotation) {
  return {
    path: annotation.path,
    start_line: annotation.startLine,
    end_line: annotation.startLine,
    annotation_level: annotation.level,
    title: annotation.title,
    message: annotation.message
  };
}
async function publishCheckRun(client, request) {
  const { content } = request;
  const batches = [];
  for (let i = 0; i < content.annotations.length; i += GitHubLimits.checkRunAnnotationsPerRequest) {
    batches.push(content.annotations.slice(i, i + GitHubLimits.checkRunAnnotationsPerRequest));
  }
  const output = (batch) => ({
    title: content.title,
    summary: content.summary,
    ...batch !== void 0 && batch.length > 0 ? { annotations: batch.map(toApi) } : {}
  });
  try {
    const { data } = await client.rest.checks.create({
      owner: request.owner,
      repo: request.repo,
      name: request.name,
      head_sha: request.headSha,
      status: "completed",
      conclusion: content.conclusion,
      completed_at: (/* @__PURE__ */ new Date()).toISOString(),
      ...request.detailsUrl !== void 0 ? { details_url: request.detailsUrl } : {},
      output: output(batches[0])
    });
    for (const batch of batches.slice(1)) {
      await client.rest.checks.update({
        owner: request.owner,
        repo: request.repo,
        check_run_id: data.id,
        output: output(batch)
      });
    }
    return { created: true, id: data.id, url: data.html_url ?? "" };
  } catch (error2) {
    const status = httpStatusOf(error2);
    if (status === 403 || status === 404) {
      const reason = `no check run '${request.name}': the token cannot write checks (grant 'checks: write'; fork pull requests never can)`;
      warning(reason);
      return { created: false, reason };
    }
    throw error2;
  }
}

// packages/github/src/publish/step-summary.ts
import { appendFile } from "node:fs/promises";
async function writeStepSummary(markdown, env = process.env) {
  const file = env["GITHUB_STEP_SUMMARY"];
  if (file === void 0 || file === "") return false;
  await appendFile(file, fitToBytes(markdown, GitHubLimits.stepSummaryBytes), "utf8");
  return true;
}
function fitToBytes(markdown, limit) {
  if (Buffer.byteLength(markdown, "utf8") <= limit) return markdown;
  const note = "\n\n… the report was cut here to fit the 1 MiB job summary limit; the JSON report has it all.\n";
  const budget = limit - Buffer.byteLength(note, "utf8");
  const bytes = Buffer.from(markdown, "utf8").subarray(0, budget);
  const text = bytes.toString("utf8").replace(/\uFFFD$/, "");
  const lastNewline = text.lastIndexOf("\n");
  return (lastNewline > 0 ? text.slice(0, lastNewline) : text) + note;
}

// packages/github/src/publish/workflow-annotations.ts
function emitAnnotations(findings) {
  for (const finding of findings) {
    const properties = {
      title: finding.title,
      ...finding.file !== void 0 ? { file: finding.file } : {},
      ...finding.line !== void 0 ? { startLine: finding.line } : {},
      ...finding.column !== void 0 ? { startColumn: finding.column } : {}
    };
    if (finding.level === "error") error(finding.message, properties);
    else if (finding.level === "warning") warning(finding.message, properties);
    else notice(finding.message, properties);
  }
}

// packages/github/src/publish/publisher.ts
function serverUrlOf(env) {
  const url = env["GITHUB_SERVER_URL"];
  return url !== void 0 && url !== "" ? url : void 0;
}
function onRepository(findings, workspace) {
  return findings.map(({ file, line, column, ...rest }) => {
    const path3 = file === void 0 ? void 0 : repositoryPath(workspace, file);
    return path3 === void 0 ? rest : {
      ...rest,
      file: path3,
      ...line !== void 0 ? { line } : {},
      ...column !== void 0 ? { column } : {}
    };
  });
}
function setOutputs(names, values) {
  for (const name of names) {
    const value = values[name];
    if (value !== void 0) setOutput(name, value);
  }
}
async function publish(request, surfaces, deps) {
  const reports = request.reports.map((file) => file.report);
  const verdict = gate(reports, request.failOn);
  const serverUrl = serverUrlOf(deps.env);
  const rendering = {
    now: deps.now,
    fold: request.fold,
    // Two mlgate steps in one job write two summaries: the check name tells them apart.
    ...surfaces.checkRun !== void 0 ? { title: checkRunName(surfaces.checkRun.name) } : {},
    ...serverUrl !== void 0 ? { serverUrl } : {}
  };
  const fromReports = {};
  const source = {
    reports: request.reports,
    gate: verdict,
    ...request.retrainOn !== void 0 ? { retrainOn: request.retrainOn } : {}
  };
  for (const name of surfaces.outputs) {
    if (Object.hasOwn(REPORT_OUTPUTS, name))
      fromReports[name] = REPORT_OUTPUTS[name](source);
  }
  setOutputs(surfaces.outputs, fromReports);
  if (surfaces.summary) await writeStepSummary(summaryMarkdown(reports, rendering), deps.env);
  if (surfaces.annotations) {
    const findings = selectAnnotations(reports.map((report) => viewOf(report).findings(report)));
    emitAnnotations(onRepository(findings, deps.workspace));
  }
  let check;
  if (surfaces.checkRun !== void 0) {
    const name = checkRunName(surfaces.checkRun.name);
    const headSha = subjectOf(deps.context).sha;
    if (deps.client === void 0) {
      check = { created: false, reason: "no token" };
      info(`No check run '${name}': no token was given`);
    } else {
      check = await publishCheckRun(await deps.client(), {
        owner: deps.context.repo.owner,
        repo: deps.context.repo.repo,
        name,
        headSha,
        content: checkRunContent(reports, verdict, deps.workspace, rendering)
      });
    }
  }
  let comment;
  if (surfaces.comment !== void 0) {
    if (deps.client === void 0) {
      info("No comment: no token was given");
    } else {
      comment = await publishComment(
        { context: deps.context, client: await deps.client(), env: deps.env },
        surfaces.comment,
        request.reports,
        () => commentMarkdown(reports, rendering)
      );
    }
  }
  setOutputs(surfaces.outputs, {
    ...comment !== void 0 ? { outcome: comment.outcome } : {},
    ...comment?.commentId !== void 0 ? { "comment-id": String(comment.commentId) } : {},
    ...comment?.commentUrl !== void 0 ? { "comment-url": comment.commentUrl } : {},
    ...check?.created === true ? { "check-run-url": check.url } : {}
  });
  return {
    gate: verdict,
    ...check !== void 0 ? { check } : {},
    ...comment !== void 0 ? { comment } : {}
  };
}

export {
  DEFAULT_BASELINE_NAME,
  checkBaselineName,
  planRun,
  retrainDecision,
  retrainDispatchInputs,
  ACTIONS_SERVICE_BUDGET_MS,
  withinBudget,
  watchedWithinBudget,
  artifactServiceFailure,
  artifactClient,
  artifactScratchDir,
  reportsFromArtifact,
  publish
};
