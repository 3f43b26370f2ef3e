import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  CLASSIFICATION_METRICS,
  COMMENT_MODES,
  DATA_FORMATS,
  DEFAULT_BASELINE_NAME,
  DEFAULT_CONFIG_FILE,
  FAIL_ON,
  GitHubLimits,
  MAX_MANIFEST_BYTES,
  MAX_PROFILE_BYTES,
  MAX_SCHEMA_BYTES,
  MODEL_CARD_FILE,
  MODEL_MANIFEST_FILE,
  MetricPolicy,
  REGRESSION_METRICS,
  RELEASE_OWN_FILES,
  RENAMED_FAIL_ON,
  REPORT_OUTPUTS,
  SHA256SUMS_FILE,
  buildModelManifest,
  checkAssetName,
  checkBaselineName,
  checkCheckName,
  checkFilePattern,
  checkModelFiles,
  checkModelName,
  checkReleaseProfiles,
  checkRunContent,
  checkRunName,
  combineMetricsFiles,
  commentMarkdown,
  compareMetrics,
  compareVersions,
  createBaselineSnapshot,
  datasetDrift,
  describeGitHubFailure,
  diffSchemas,
  evaluateApproval,
  evaluateWithBaseline,
  expandFilePatterns,
  fileKind,
  findConfig,
  formatModelManifest,
  formatSha256Sums,
  formatStamp,
  formatVersion,
  gate,
  gateFromCheckRuns,
  gateFromReports,
  glob,
  httpStatusOf,
  isDynamicPattern,
  isNewerThan,
  loadCurrentMetrics,
  measurePredictions,
  networkFailureCode,
  parseBaselineText,
  parseMetricsText,
  parseModelManifest,
  parseProfile,
  parseSchemaText,
  parseSha256Sums,
  parseStamp,
  parseVersionBump,
  planRun,
  profileAssetName,
  readBaselineFile,
  readPredictions,
  readReportFile,
  readReportFiles,
  readUserText,
  releaseMetrics,
  renderHubModelCard,
  renderReleaseBody,
  reportFileName,
  repositoryPath,
  resolveVersion,
  retrainDecision,
  retrainDispatchInputs,
  runAction,
  selectAnnotations,
  sha256File,
  sha256OfAssetDigest,
  sideOf,
  sideShape,
  summaryMarkdown,
  validateAndProfileDataset,
  verifySha256Sums,
  versionOfTag,
  viewOf,
  writeFileAtomically,
  writeReportFile
} from "./chunk-TGLIHQ7H.js";
import {
  error,
  getInput,
  info,
  notice,
  setOutput,
  summary,
  warning
} from "./chunk-VASYSEUE.js";
import "./chunk-F2IDUSPK.js";
import "./chunk-ESXPTWAE.js";
import "./chunk-EIOZAZP6.js";
import {
  ExitCode,
  UserError
} from "./chunk-LPQDUCI6.js";
import "./chunk-JY54KWOX.js";

// packages/github/src/event-subject.ts
import { readFileSync, statSync } from "node:fs";
function pullRequestOf(context) {
  const pr = context.payload["pull_request"];
  return pr !== void 0 && typeof pr.number === "number" ? pr : void 0;
}
function subjectOf(context) {
  const pr = pullRequestOf(context);
  return {
    repository: `${context.repo.owner}/${context.repo.repo}`,
    sha: pr?.head.sha ?? context.sha,
    ...pr !== void 0 ? { pullRequest: pr.number } : {},
    runId: context.runId,
    runAttempt: context.runAttempt
  };
}
function isForkPullRequest(context) {
  const pr = pullRequestOf(context);
  if (pr === void 0) return false;
  const head = pr.head.repo?.full_name;
  const base = pr.base.repo?.full_name;
  return head === void 0 || head !== base;
}
function isPushToDefaultBranch(context) {
  if (context.eventName !== "push") return false;
  const repository = context.payload["repository"];
  const defaultBranch = repository?.default_branch;
  return defaultBranch !== void 0 && context.ref === `refs/heads/${defaultBranch}`;
}
var MAX_EVENT_BYTES = 25 * 1024 * 1024;
function positiveInteger(text2, fallback) {
  const value = Number(text2);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set([
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "pull_request_review_comment"
]);
function readEventPayload(file) {
  let text2;
  try {
    const info2 = statSync(file);
    if (!info2.isFile()) throw new UserError(`the event file ${file} is not a regular file`);
    if (info2.size > MAX_EVENT_BYTES) {
      throw new UserError(`the event file ${file} is larger than ${MAX_EVENT_BYTES} bytes`);
    }
    text2 = readFileSync(file, "utf8");
  } catch (error2) {
    if (error2 instanceof UserError) throw error2;
    const code = error2.code;
    throw new UserError(
      code === "ENOENT" ? `the event file ${file} (GITHUB_EVENT_PATH) does not exist` : `cannot read the event file ${file} (${code ?? String(error2)})`
    );
  }
  let parsed2;
  try {
    parsed2 = JSON.parse(text2);
  } catch (error2) {
    throw new UserError(`the event file ${file} is not JSON (${error2.message})`);
  }
  if (parsed2 === null || typeof parsed2 !== "object" || Array.isArray(parsed2)) {
    const kind = Array.isArray(parsed2) ? "array" : parsed2 === null ? "null" : typeof parsed2;
    throw new UserError(`the event file ${file} is a JSON ${kind}, not an object`);
  }
  return parsed2;
}
function checkPullRequest(file, eventName, payload) {
  if (!PULL_REQUEST_EVENTS.has(eventName)) return;
  const pr = payload["pull_request"];
  const missing = typeof pr !== "object" || pr === null ? "pull_request" : typeof pr.number !== "number" ? "pull_request.number" : typeof pr.head?.sha !== "string" || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(pr.head.sha) ? "pull_request.head.sha" : void 0;
  if (missing !== void 0) {
    throw new UserError(`the event file ${file} has no ${missing}, which a ${eventName} event carries`);
  }
}
function readEventContext(env = process.env) {
  let payload = {};
  const file = env["GITHUB_EVENT_PATH"];
  const eventName = env["GITHUB_EVENT_NAME"] ?? "";
  if (file !== void 0 && file !== "") {
    payload = readEventPayload(file);
    checkPullRequest(file, eventName, payload);
  }
  const [owner = "", repo = ""] = (env["GITHUB_REPOSITORY"] ?? "").split("/");
  const fromPayload = payload["repository"];
  return {
    eventName,
    sha: env["GITHUB_SHA"] ?? "",
    ref: env["GITHUB_REF"] ?? "",
    runId: positiveInteger(env["GITHUB_RUN_ID"], 1),
    runAttempt: positiveInteger(env["GITHUB_RUN_ATTEMPT"], 1),
    repo: owner !== "" && repo !== "" ? { owner, repo } : {
      owner: typeof fromPayload?.owner?.login === "string" ? fromPayload.owner.login : "",
      repo: typeof fromPayload?.name === "string" ? fromPayload.name : ""
    },
    payload
  };
}

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
  } catch (error2) {
    const status = httpStatusOf(error2);
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
      const message = messageOf(error2);
      const hint = /Unexpected inputs|Required input/.test(message) ? ` (mlgate sends ${names.join(", ")}: declare them under on.workflow_dispatch.inputs)` : "";
      throw new WorkflowDispatchRefused(`cannot start ${target}: ${message}${hint}`, 422);
    }
    throw error2;
  }
}
function messageOf(error2) {
  const data = error2.response?.data;
  const message = data?.message;
  const text2 = typeof message === "string" ? message : String(error2.message ?? error2);
  return text2.replace(/\s+/g, " ").slice(0, 300);
}

// packages/github/src/dispatch/retrain-dispatch.ts
var PULL_REQUEST_EVENTS2 = /* @__PURE__ */ new Set(["pull_request", "pull_request_review", "pull_request_review_comment"]);
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
  } catch (error2) {
    if (error2 instanceof WorkflowDispatchRefused && error2.status === 403 && PULL_REQUEST_EVENTS2.has(context.eventName)) {
      warning(`mlgate: retraining called for (${decision.reason}) but not started: ${error2.message}`);
      return { dispatched: false, reason: "read-only-token" };
    }
    throw error2;
  }
  info(`mlgate: started '${workflow}' on ${ref} to retrain (${decision.reason})`);
  return { dispatched: true, workflow, ref };
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

// packages/github/src/publish/report-artifact.ts
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

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
  let failure2;
  let watching = true;
  const pattern = new RegExp(`^::(?:warning|error)(?: [^:]*)?::${prefix}(.*)$`, "m");
  const watch = function(chunk, ...rest) {
    if (watching && failure2 === void 0) {
      const text2 = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      const match = pattern.exec(text2);
      if (match !== null) failure2 = match[1]?.replaceAll("%0A", " ").replaceAll("%25", "%");
    }
    return write.call(this, chunk, ...rest);
  };
  process.stdout.write = watch;
  try {
    const value = await withinBudget(call(), budgetMs, what);
    return { value, failure: failure2 };
  } finally {
    watching = false;
    if (process.stdout.write === watch) process.stdout.write = write;
  }
}

// packages/github/src/publish/report-artifact.ts
function serviceFailure(what, error2) {
  const message = (error2 instanceof Error ? error2.message : String(error2)).split("\n", 1)[0];
  return new UserError(`${what}: the Actions artifact service failed: ${message}`);
}
async function artifactClient() {
  const { DefaultArtifactClient } = await import("./artifact-D522CNLU.js");
  return new DefaultArtifactClient();
}
function reportArtifactName(commentId) {
  return `mlgate-report-${commentId}`;
}
function scratchDir(env) {
  const base = env["RUNNER_TEMP"] !== void 0 && env["RUNNER_TEMP"] !== "" ? env["RUNNER_TEMP"] : tmpdir();
  return mkdir(base, { recursive: true }).then(() => mkdtemp(path.join(base, "mlgate-report-")));
}
async function uploadReportArtifact(reports, name, env = process.env, options = {}) {
  const dir = await scratchDir(env);
  const files = [];
  for (const [index, { report }] of reports.entries()) {
    const file = path.join(dir, `report-${index + 1}.json`);
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
    throw serviceFailure(`could not upload artifact '${name}'`, error2);
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
    throw serviceFailure(`could not look up artifact '${source.name}'`, error2);
  }
  const dir = await scratchDir(env);
  try {
    await withinBudget(client.downloadArtifact(artifactId, { path: dir, findBy }), budgetMs, "the download");
  } catch (error2) {
    throw serviceFailure(`could not download artifact '${source.name}'`, error2);
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
  const run2 = context.payload["workflow_run"];
  if (run2 === void 0 || typeof run2.id !== "number" || typeof run2.head_sha !== "string") {
    throw new UserError("the workflow_run payload has no run id or head SHA");
  }
  const { owner, repo } = context.repo;
  const reports = await downloadReportArtifact(
    {
      name: request.artifactName ?? reportArtifactName(request.id),
      workflowRunId: run2.id,
      owner,
      repo,
      token: request.token
    },
    deps.env
  );
  const claimed = /* @__PURE__ */ new Set();
  for (const { file, report } of reports) {
    const { subject } = report;
    if (subject.sha !== run2.head_sha) {
      throw new UserError(
        `${file}: the report is about ${subject.sha ?? "no commit"}, the run about ${run2.head_sha}`
      );
    }
    if (subject.repository !== void 0 && subject.repository !== `${owner}/${repo}`) {
      throw new UserError(`${file}: the report names repository ${subject.repository}, not ${owner}/${repo}`);
    }
    if (subject.runId !== void 0 && subject.runId !== run2.id) {
      throw new UserError(`${file}: the report names run ${subject.runId}, not ${run2.id}`);
    }
    if (subject.pullRequest !== void 0) claimed.add(subject.pullRequest);
  }
  const number = request.prNumber ?? run2.pull_requests?.[0]?.number ?? [...claimed][0];
  if (number === void 0) throw new UserError("no pull request number: give pr-number");
  if ([...claimed].some((claim) => claim !== number)) {
    throw new UserError(`the reports name pull request ${[...claimed].join(", ")}, not #${number}`);
  }
  return {
    reports,
    target: {
      number,
      stamp: { id: request.id, runId: run2.id, runAttempt: run2.run_attempt ?? 1, sha: run2.head_sha },
      currentHeadSha: await headOf(deps, number)
    }
  };
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
  const text2 = bytes.toString("utf8").replace(/\uFFFD$/, "");
  const lastNewline = text2.lastIndexOf("\n");
  return (lastNewline > 0 ? text2.slice(0, lastNewline) : text2) + note;
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
var SURFACE_OUTPUTS = ["outcome", "comment-id", "comment-url", "check-run-url"];
function serverUrlOf(env) {
  const url = env["GITHUB_SERVER_URL"];
  return url !== void 0 && url !== "" ? url : void 0;
}
function onRepository(findings, workspace) {
  return findings.map(({ file, line, column, ...rest }) => {
    const path18 = file === void 0 ? void 0 : repositoryPath(workspace, file);
    return path18 === void 0 ? rest : {
      ...rest,
      file: path18,
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
import { mkdir as mkdir2, readFile, writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";

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
  const cache = await import("./cache-V4O2ZJQ2.js");
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
  } catch (error2) {
    return { kind: "failed", why: error2.message };
  }
}

// packages/github/src/baseline/baseline-store.ts
function noBaseline(reason) {
  return { provenance: { source: "none", reason }, metrics: /* @__PURE__ */ new Map() };
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
  const directory = path2.join(workspace, relative);
  const snapshotFile = path2.join(directory, SNAPSHOT_FILE);
  const cacheClient = () => import("./cache-V4O2ZJQ2.js");
  return {
    source: "cache",
    async restore() {
      const entry = await restoreCacheEntry(relative, directory, prefix, context, budgetMs);
      if (entry.kind === "unavailable") {
        return noBaseline("the Actions cache service is not available here (ACTIONS_RESULTS_URL is not set)");
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
        return { saved: false, reason: "the Actions cache service is not available here" };
      }
      const key = `${prefix}${context.sha}`;
      const snapshot = createBaselineSnapshot(
        request.metrics,
        { source: "cache", key, commit: context.sha, date: (/* @__PURE__ */ new Date()).toISOString() },
        request.data,
        { previous: request.history, length: request.historyLength }
      );
      await mkdir2(directory, { recursive: true });
      await writeFile2(snapshotFile, `${JSON.stringify(snapshot, null, 2)}
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
      } catch (error2) {
        const reason = `the Actions cache service failed: ${error2.message}`;
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
        } catch (error2) {
          if (!(error2 instanceof FileNotAtRefError)) throw error2;
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

// packages/github/src/tag-commit.ts
async function commitOfTag(client, repository, tag) {
  const { owner, repo } = repository;
  try {
    const { data: ref } = await client.rest.git.getRef({ owner, repo, ref: `tags/${tag}` });
    if (ref.object.type === "commit") return ref.object.sha;
    const { data: annotated } = await client.rest.git.getTag({ owner, repo, tag_sha: ref.object.sha });
    return annotated.object.sha;
  } catch (error2) {
    if (httpStatusOf(error2) === 404) return void 0;
    throw error2;
  }
}

// packages/github/src/release/release-manifest.ts
import { mkdtemp as mkdtemp2, rm as rm3 } from "node:fs/promises";
import os from "node:os";
import path4 from "node:path";

// packages/github/src/release/transfer/release-download.ts
import { mkdir as mkdir3, rename, rm as rm2 } from "node:fs/promises";
import path3 from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// packages/github/src/retry-budget.ts
var RetryLedger = class {
  constructor(budgetMs) {
    this.budgetMs = budgetMs;
  }
  budgetMs;
  spentMs = 0;
  /** Charges time already lost (a failed try). */
  spend(ms) {
    this.spentMs += ms;
  }
  /** Charges a wait before a retry if it fits; false means give up now. */
  reserve(ms) {
    if (this.spentMs + ms > this.budgetMs) return false;
    this.spentMs += ms;
    return true;
  }
  get spent() {
    return this.spentMs;
  }
};
function nextRetryWaitMs(retryCount, retryBaseMs) {
  return (retryCount + 1) ** 2 * retryBaseMs;
}
var UNREACHABLE = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
function retryVerdict(error2, method, retryCount) {
  const failure2 = error2;
  const code = networkFailureCode(error2);
  if (code !== void 0) {
    if (UNREACHABLE.has(code)) return retryCount >= 1 ? "final" : "backoff";
    const isGraphQL = /\/graphql$/.test(failure2.request?.url ?? "");
    return method.toUpperCase() === "POST" && !isGraphQL ? "final" : "backoff";
  }
  return typeof failure2.status === "number" && failure2.status >= 500 ? "backoff" : "plugins";
}
var finals = /* @__PURE__ */ new WeakSet();
function markFinal(error2) {
  if (typeof error2 !== "object" || error2 === null) return error2;
  const failure2 = error2;
  if (failure2.request !== void 0) failure2.request = { ...failure2.request, request: void 0 };
  finals.add(error2);
  return error2;
}
function isFinal(error2) {
  return typeof error2 === "object" && error2 !== null && finals.has(error2);
}

// packages/github/src/github-client.ts
var DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;
var DEFAULT_RETRY_BUDGET_SECONDS = 300;
var WRITE_SPACING_MS = 1e3;
var NOTIFYING_WRITE_SPACING_MS = 3e3;
var limitsOf = /* @__PURE__ */ new WeakMap();
function clientLimits(client) {
  return limitsOf.get(client) ?? {
    requestTimeoutMs: DEFAULT_REQUEST_TIMEOUT_SECONDS * 1e3,
    retryBaseMs: 1e3,
    rateLimitSecondMs: 1e3,
    ledger: new RetryLedger(DEFAULT_RETRY_BUDGET_SECONDS * 1e3)
  };
}
function secondsFromEnv(env, name, fallback) {
  const text2 = env[name];
  const seconds = text2 === void 0 || text2.trim() === "" ? NaN : Number(text2);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : fallback) * 1e3;
}
var clientCount = 0;
async function createGitHubClient(options) {
  const { token } = options;
  if (token === "") throw new TypeError("createGitHubClient needs a token");
  const [{ getOctokit }, { retry }, { throttling }, { default: Bottleneck }] = await Promise.all([
    import("./github-Z7V2PHBK.js"),
    import("./dist-bundle-VHLI33CW.js"),
    import("./dist-bundle-D7J62PDO.js"),
    import("./light-OQU44MHC.js")
  ]);
  const env = options.env ?? process.env;
  const { warn } = options;
  const retries = options.retries ?? 3;
  const retryBaseMs = options.retryBaseMs ?? 1e3;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const secondMs = options.rateLimitSecondMs ?? 1e3;
  const limits = {
    retryBaseMs,
    rateLimitSecondMs: secondMs,
    requestTimeoutMs: options.requestTimeoutMs ?? secondsFromEnv(env, "MLGATE_GITHUB_TIMEOUT_SECONDS", DEFAULT_REQUEST_TIMEOUT_SECONDS),
    ledger: new RetryLedger(
      options.retryBudgetMs ?? secondsFromEnv(env, "MLGATE_GITHUB_RETRY_BUDGET_SECONDS", DEFAULT_RETRY_BUDGET_SECONDS)
    )
  };
  const shouldWait = (kind) => (retryAfter, request, _octokit, retryCount) => {
    const wait = retryCount < rateLimitRetries && retryAfter <= maxWait && limits.ledger.reserve(retryAfter * secondMs);
    warn(
      `GitHub ${kind} rate limit on ${request.method} ${request.url}: ${wait ? `retrying in ${retryAfter}s` : "giving up"}`
    );
    return wait;
  };
  const writeSpacing = options.writeSpacingMs ?? WRITE_SPACING_MS;
  const spacing = (minTime) => new Bottleneck.Group({ maxConcurrent: 1, minTime });
  const client = getOctokit(
    token,
    {
      ...options.baseUrl !== void 0 ? { baseUrl: options.baseUrl } : {},
      retry: {
        retries,
        retryAfterBaseValue: retryBaseMs,
        // 429 is the throttling plugin's to wait out, at the time GitHub names, not at octokit's backoff.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
      },
      throttle: {
        id: `mlgate-${++clientCount}`,
        retryAfterBaseValue: secondMs,
        write: spacing(writeSpacing),
        notifications: spacing(
          options.writeSpacingMs === void 0 ? NOTIFYING_WRITE_SPACING_MS : writeSpacing
        ),
        onRateLimit: shouldWait("primary"),
        onSecondaryRateLimit: shouldWait("secondary")
      }
    },
    // First: its hook runs innermost, once per try, inside the retries and the throttling.
    boundedTries(limits, { retries, retryBaseMs }),
    retry,
    throttling
  );
  limitsOf.set(client, limits);
  return client;
}
var callerSignals = /* @__PURE__ */ new WeakMap();
function boundedTries(limits, backoff) {
  return (octokit) => {
    octokit.hook.wrap("request", async (request, endpoint) => {
      const options = { ...endpoint, url: octokit.request.endpoint.parse(endpoint).url };
      const started = Date.now();
      const timeout = AbortSignal.timeout(limits.requestTimeoutMs);
      if (!callerSignals.has(endpoint)) callerSignals.set(endpoint, endpoint.request?.signal ?? void 0);
      const own = callerSignals.get(endpoint);
      const signal = own === void 0 ? timeout : AbortSignal.any([own, timeout]);
      endpoint.request = { ...endpoint.request, signal };
      try {
        const response = await request(endpoint);
        if (isCutShort(response)) throw connectionLost(options, "the answer broke off before its end");
        return response;
      } catch (caught) {
        if (isFinal(caught)) throw caught;
        const error2 = timeout.aborted && !own?.aborted ? timedOut(options, limits.requestTimeoutMs, caught) : caught;
        limits.ledger.spend(Date.now() - started);
        const retryCount = options.request?.retryCount ?? 0;
        const verdict = retryVerdict(error2, options.method, retryCount);
        if (verdict === "final") throw markFinal(error2);
        if (verdict === "backoff") {
          const retriesLeft = (options.request?.retries ?? backoff.retries) > retryCount;
          if (retriesLeft && !limits.ledger.reserve(nextRetryWaitMs(retryCount, backoff.retryBaseMs))) {
            throw markFinal(error2);
          }
        }
        throw error2;
      }
    });
  };
}
function isCutShort(response) {
  const { status, data, headers } = response;
  return status !== 204 && data === "" && Number(headers["content-length"] ?? "0") > 0;
}
function noAnswer(options, reason) {
  const { authorization: _token, ...headers } = options.headers ?? {};
  return Object.assign(new Error(reason.message, { cause: reason }), {
    name: "HttpError",
    status: 500,
    request: { ...options, headers }
  });
}
function timedOut(options, timeoutMs, cause) {
  const seconds = timeoutMs / 1e3;
  return noAnswer(
    options,
    Object.assign(new Error(`no answer within ${seconds} s`), { code: "ETIMEDOUT", cause })
  );
}
function connectionLost(options, message) {
  return noAnswer(options, Object.assign(new Error(message), { code: "ECONNRESET" }));
}

// packages/github/src/release/transfer/streamed-transfer.ts
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

// packages/github/src/release/transfer/socket-garbage.ts
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
var SCAVENGE_EVERY_BYTES = 8 * 1024 * 1024;
var collector;
function scavenger() {
  if (collector !== void 0) return collector;
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc");
    collector = typeof gc === "function" ? gc : null;
  } catch {
    collector = null;
  }
  return collector;
}
function socketGarbageCollector() {
  const collect = scavenger();
  if (collect === null) return () => {
  };
  let since = 0;
  return (bytes) => {
    since += bytes;
    if (since < SCAVENGE_EVERY_BYTES) return;
    since = 0;
    collect({ type: "minor" });
  };
}

// packages/github/src/release/transfer/streamed-transfer.ts
var GitHubTransferError = class extends Error {
  constructor(message, status, request, response) {
    super(message);
    this.status = status;
    this.request = request;
    this.response = response;
  }
  status;
  request;
  response;
  name = "HttpError";
};
async function transferClient(socketTimeout) {
  const { HttpClient } = await import("./lib-FVMKG23F.js");
  return new HttpClient("mlgate", [], { allowRetries: false, maxRetries: 0, socketTimeout });
}
var CONNECTION_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ERR_STREAM_PREMATURE_CLOSE"
]);
function connectionFailure(method, url, cause) {
  const message = cause?.message;
  const timedOut2 = typeof message === "string" && message.startsWith("Request timeout");
  const code = timedOut2 ? "ETIMEDOUT" : cause?.code;
  if (typeof code !== "string" || !CONNECTION_CODES.has(code)) return cause;
  return Object.assign(new Error(cause.message, { cause }), {
    code: code === "ERR_STREAM_PREMATURE_CLOSE" ? "ECONNRESET" : code,
    request: { method, url }
  });
}
function silentFor(ms) {
  return Object.assign(new Error(`no answer within ${ms / 1e3} s`), { code: "ETIMEDOUT" });
}
async function authorization(client) {
  const auth = await client.auth();
  if (auth.token === void 0) throw new Error("the GitHub client has no token");
  return `Bearer ${auth.token}`;
}
function parsed(text2) {
  try {
    return JSON.parse(text2);
  } catch {
    return text2;
  }
}
function failure(method, url, status, data, headers) {
  const message = data?.message;
  return new GitHubTransferError(
    typeof message === "string" ? message : `HTTP ${status}`,
    status,
    { method, url },
    { data, headers }
  );
}
var UPLOAD_CHUNK_BYTES = 1024 * 1024;
async function uploadFileToRelease(client, uploadUrl, file) {
  const url = `${uploadUrl.replace(/\{[^}]*\}$/, "")}?name=${encodeURIComponent(file.name)}`;
  const { requestTimeoutMs } = clientLimits(client);
  const agent = (await transferClient(requestTimeoutMs)).getAgent(url);
  const request = (url.startsWith("https:") ? https : http).request(url, {
    method: "POST",
    agent,
    headers: {
      authorization: await authorization(client),
      accept: "application/vnd.github+json",
      "user-agent": "mlgate",
      "content-type": file.contentType ?? "application/octet-stream",
      "content-length": String(file.bytes)
    }
  });
  request.setTimeout(requestTimeoutMs, () => request.destroy(silentFor(requestTimeoutMs)));
  const answered = new Promise((resolve, reject) => {
    request.once("response", resolve);
    request.once("error", (error2) => reject(connectionFailure("POST", url, error2)));
  });
  let stopped = false;
  void answered.then(
    () => stopped = true,
    () => stopped = true
  );
  const handle = await open(file.path, "r");
  try {
    const buffer = Buffer.allocUnsafe(UPLOAD_CHUNK_BYTES);
    for (let offset = 0; offset < file.bytes && !stopped; ) {
      const { bytesRead } = await handle.read(
        buffer,
        0,
        Math.min(buffer.length, file.bytes - offset),
        offset
      );
      if (bytesRead === 0) throw new Error(`${file.path} ended at ${offset} bytes, not ${file.bytes}`);
      await new Promise(
        (resolve, reject) => request.write(
          buffer.subarray(0, bytesRead),
          (error2) => error2 ? reject(connectionFailure("POST", url, error2)) : resolve()
        )
      );
      offset += bytesRead;
    }
  } catch (error2) {
    request.destroy();
    throw error2;
  } finally {
    await handle.close();
  }
  request.end();
  const response = await answered;
  const chunks = [];
  try {
    for await (const chunk of response) chunks.push(chunk);
  } catch (error2) {
    throw connectionFailure("POST", url, error2);
  }
  const data = parsed(Buffer.concat(chunks).toString("utf8"));
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) throw failure("POST", url, status, data, response.headers);
  return data;
}
async function downloadAssetToFile(client, repository, assetId, target) {
  const base = client.request.endpoint.DEFAULTS.baseUrl.replace(/\/+$/, "");
  const url = `${base}/repos/${repository.owner}/${repository.repo}/releases/assets/${assetId}`;
  const { requestTimeoutMs } = clientLimits(client);
  const http2 = await transferClient(requestTimeoutMs);
  const response = await http2.get(url, { authorization: await authorization(client), accept: "application/octet-stream" }).catch((error2) => {
    throw connectionFailure("GET", url, error2);
  });
  const status = response.message.statusCode ?? 0;
  if (status < 200 || status >= 300)
    throw failure("GET", url, status, parsed(await response.readBody()), response.message.headers);
  const hash = createHash("sha256");
  const collectGarbage = socketGarbageCollector();
  const hashing = new Transform({
    transform(chunk, _encoding, done) {
      hash.update(chunk);
      collectGarbage(chunk.length);
      done(null, chunk);
    }
  });
  await pipeline(response.message, hashing, createWriteStream(target)).catch((error2) => {
    throw connectionFailure("GET", url, error2);
  });
  return hash.digest("hex");
}

// packages/github/src/release/transfer/transfer-retry.ts
function rateLimitWaitSeconds(error2) {
  const status = httpStatusOf(error2);
  const { message } = error2;
  const secondary = status === 403 && typeof message === "string" && /\bsecondary rate\b/i.test(message);
  if (status !== 429 && !secondary) return void 0;
  const headers = error2.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter;
  const reset = Number(headers["x-ratelimit-reset"]);
  return Number.isFinite(reset) ? Math.max(0, Math.ceil(reset - Date.now() / 1e3)) : 60;
}
function transferRetryWaitMs(client, error2, triesDone, backoffMs) {
  const limits = clientLimits(client);
  const status = httpStatusOf(error2);
  const rateLimit = rateLimitWaitSeconds(error2);
  let wait;
  if (rateLimit !== void 0) {
    if (rateLimit > 60) return void 0;
    wait = rateLimit * limits.rateLimitSecondMs;
  } else if (status === void 0 || status >= 500) {
    wait = backoffMs * 2 ** (triesDone - 1);
  } else {
    return void 0;
  }
  return limits.ledger.reserve(wait) ? wait : void 0;
}

// packages/github/src/release/transfer/release-download.ts
var DOWNLOAD_ATTEMPTS = 4;
async function downloadReleaseAsset(client, repository, asset, dir) {
  await mkdir3(dir, { recursive: true });
  const target = path3.join(dir, asset.name);
  const partial = `${target}.${process.pid}.partial`;
  const { retryBaseMs, ledger } = clientLimits(client);
  for (let attempt = 1; ; attempt++) {
    const started = Date.now();
    try {
      const sha256 = await downloadAssetToFile(client, repository, asset.id, partial);
      await rename(partial, target);
      return sha256;
    } catch (error2) {
      await rm2(partial, { force: true });
      ledger.spend(Date.now() - started);
      const wait = attempt < DOWNLOAD_ATTEMPTS ? transferRetryWaitMs(client, error2, attempt, retryBaseMs) : void 0;
      if (wait === void 0) throw error2;
      await sleep(wait);
    }
  }
}

// packages/github/src/release/release-manifest.ts
async function readReleaseManifest(client, repository, release) {
  const asset = release.assets.find((candidate) => candidate.name === MODEL_MANIFEST_FILE);
  if (asset === void 0) return void 0;
  const dir = await mkdtemp2(path4.join(os.tmpdir(), "mlgate-manifest-"));
  try {
    await downloadReleaseAsset(client, repository, asset, dir);
    const source = `${release.tag_name}/${MODEL_MANIFEST_FILE}`;
    const text2 = await readUserText(path4.join(dir, asset.name), {
      what: "release manifest",
      shownAs: source,
      maxBytes: MAX_MANIFEST_BYTES
    });
    return parseModelManifest(text2, source);
  } finally {
    await rm3(dir, { recursive: true, force: true });
  }
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
      } catch (error2) {
        if (httpStatusOf(error2) === 404) return noBaseline(`${owner}/${repo} has no published release`);
        throw error2;
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
      const parsed2 = parseBaselineText(text2, `${release.tag_name}/${asset.name}`);
      const snapshotCommit = parsed2.provenance.source !== "none" ? parsed2.provenance.commit : void 0;
      return { provenance: await provenance(asset.name, snapshotCommit), metrics: parsed2.metrics };
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

// packages/github/src/stages/drift-stage.ts
import { mkdir as mkdir5 } from "node:fs/promises";
import path7 from "node:path";

// packages/github/src/baseline/profile-cache-store.ts
import { mkdir as mkdir4, readdir as readdir2, rm as rm4 } from "node:fs/promises";
import path5 from "node:path";
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
  const directory = path5.join(workspace, relative);
  const cacheClient = () => import("./cache-V4O2ZJQ2.js");
  return {
    async restore() {
      const entry = await restoreCacheEntry(relative, directory, prefix, context, budgetMs);
      if (entry.kind === "unavailable") {
        return { found: false, reason: "the Actions cache service is not available here" };
      }
      if (entry.kind === "failed") return unreadable2(entry.why);
      if (entry.kind === "none") {
        return {
          found: false,
          reason: `no cache entry '${prefix}*' yet: a push to the default branch saves one`
        };
      }
      const matched = entry.key;
      const profiles = /* @__PURE__ */ new Map();
      const names = await readdir2(directory).catch(() => []);
      for (const file of names.filter((n) => /^profile-.*\.json$/.test(n)).sort()) {
        const shownAs = `${relative}/${file}`;
        try {
          const text2 = await readUserText(path5.join(directory, file), {
            what: "profile",
            shownAs,
            maxBytes: MAX_PROFILE_BYTES
          });
          const profile = parseProfile(text2, shownAs);
          profiles.set(profile.dataset, profile);
        } catch (error2) {
          if (!(error2 instanceof UserError)) throw error2;
          warning(`The baseline profile ${shownAs} was not used: ${error2.message}`);
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
        return { saved: false, reason: "the Actions cache service is not available here" };
      }
      const key = `${prefix}${context.sha}`;
      await rm4(directory, { recursive: true, force: true });
      await mkdir4(directory, { recursive: true });
      for (const profile of profiles) {
        await writeFileAtomically(
          path5.join(directory, reportFileName("profile", profile.dataset)),
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
      } catch (error2) {
        const reason = `the Actions cache service failed: ${error2.message}`;
        warning(`The profiles were not saved: ${reason}`);
        return { saved: false, reason };
      }
      return { saved: true, key };
    }
  };
}
function unreadable2(why) {
  warning(`The Actions cache service failed, so the baseline profiles could not be read: ${why}`);
  return {
    found: false,
    reason: `the baseline profiles could not be read: the Actions cache service failed (${why})`
  };
}

// packages/github/src/baseline/release-profile-store.ts
import { mkdtemp as mkdtemp3, rm as rm5 } from "node:fs/promises";
import os2 from "node:os";
import path6 from "node:path";
function releaseProfileStore(options) {
  return {
    async restore() {
      const client = await options.client();
      const repository = await options.repository();
      let release;
      try {
        ({ data: release } = await client.rest.repos.getLatestRelease(repository));
      } catch (error2) {
        if (httpStatusOf(error2) === 404) {
          return { found: false, reason: `${repository.owner}/${repository.repo} has no published release` };
        }
        throw error2;
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
      const dir = await mkdtemp3(path6.join(os2.tmpdir(), "mlgate-release-profiles-"));
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
            const text2 = await readUserText(path6.join(dir, asset.name), {
              what: "profile",
              shownAs,
              maxBytes: MAX_PROFILE_BYTES
            });
            const profile = parseProfile(text2, shownAs);
            if (profile.dataset !== entry.dataset) {
              throw new UserError(`${shownAs} is the profile of ${profile.dataset}, not ${entry.dataset}`);
            }
            profiles.set(profile.dataset, profile);
          } catch (error2) {
            if (!(error2 instanceof UserError)) throw error2;
            warning(`The baseline profile ${shownAs} was not used: ${error2.message}`);
          }
        }
      } finally {
        await rm5(dir, { recursive: true, force: true });
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
  const profileDir = path7.join(request.reportDir, "profiles");
  await mkdir5(profileDir, { recursive: true });
  for (const file of profiled) {
    const current = file.profile;
    await writeFileAtomically(
      path7.join(profileDir, reportFileName("profile", file.dataset)),
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

// packages/github/src/stages/evaluation-stage.ts
import path9 from "node:path";

// packages/github/src/baseline/predictions-cache-store.ts
import { createReadStream, createWriteStream as createWriteStream2 } from "node:fs";
import { mkdir as mkdir6, readdir as readdir3, rm as rm6, stat } from "node:fs/promises";
import path8 from "node:path";
import { Transform as Transform2 } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
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
  return new Transform2({
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
  const directory = path8.join(workspace, relative);
  const cacheClient = () => import("./cache-V4O2ZJQ2.js");
  return {
    async restore() {
      const entry = await restoreCacheEntry(relative, directory, prefix, context, budgetMs);
      if (entry.kind === "unavailable") {
        return { found: false, reason: "the Actions cache service is not available here" };
      }
      if (entry.kind === "failed") return unreadable3(entry.why);
      if (entry.kind === "none") {
        return {
          found: false,
          reason: `no cache entry '${prefix}*' yet: a push to the default branch saves one`
        };
      }
      const matched = entry.key;
      const names = await readdir3(directory).catch(() => []);
      const compressed = names.find((file2) => COMPRESSED.test(file2));
      if (compressed === void 0) {
        warning(`The cache entry '${matched}' holds no predictions file: evaluated without a baseline`);
        return { found: false, reason: `the cache entry '${matched}' holds no predictions file` };
      }
      const file = path8.join(directory, `baseline${COMPRESSED.exec(compressed)[1]}`);
      try {
        await pipeline2(
          createReadStream(path8.join(directory, compressed)),
          createGunzip(),
          bounded(maxBytes),
          createWriteStream2(file)
        );
      } catch (error2) {
        const why = `the cache entry '${matched}' could not be decompressed: ${error2.message}`;
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
        const reason = `${path8.basename(file)} is ${mib(size)}, above the ${mib(maxBytes)} kept in the Actions cache`;
        warning(
          `The predictions were not kept as the baseline: ${reason}. Pull requests are evaluated without baseline predictions; evaluate a sample of the examples instead.`
        );
        return { saved: false, reason };
      }
      const cache = await cacheClient();
      if (!cache.isFeatureAvailable()) {
        return { saved: false, reason: "the Actions cache service is not available here" };
      }
      const key = `${prefix}${context.sha}`;
      const extension = /^\.[A-Za-z0-9]{1,10}$/.test(path8.extname(file)) ? path8.extname(file) : ".csv";
      await rm6(directory, { recursive: true, force: true });
      await mkdir6(directory, { recursive: true });
      await pipeline2(
        createReadStream(file),
        createGzip(),
        createWriteStream2(path8.join(directory, `predictions${extension}.gz`))
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
      } catch (error2) {
        const reason = `the Actions cache service failed: ${error2.message}`;
        warning(`The predictions were not saved: ${reason}`);
        return { saved: false, reason };
      }
      return { saved: true, key };
    }
  };
}
function unreadable3(why) {
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
  const currentFile = path9.resolve(workspace, work.predictions);
  const store = request.store ?? predictionsCacheStore({ workspace, name: work.baselineName, context });
  const restored = await store.restore();
  let baseline;
  if (!restored.found) info(`No baseline predictions: ${restored.reason}`);
  else {
    try {
      baseline = await read(restored.file, `cache ${restored.key}`);
    } catch (error2) {
      if (!(error2 instanceof UserError)) throw error2;
      warning(`The baseline predictions (cache ${restored.key}) were not used: ${error2.message}`);
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

// packages/github/src/stages/schema-diff-stage.ts
import path10 from "node:path";

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
  } catch (error2) {
    if (error2 instanceof FileNotAtRefError) return { found: false };
    throw error2;
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
  } catch (error2) {
    if (httpStatusOf(error2) === 404) return { found: false };
    const failure2 = describeGitHubFailure(error2);
    if (failure2 !== void 0) throw new UserError(failure2);
    throw error2;
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
    const absolute = path10.resolve(request.workspace, dataset.schema);
    if (seen.has(absolute)) continue;
    seen.add(absolute);
    outcomes.push(await compareWithBase(dataset.name, absolute, baseSha, request));
  }
  return outcomes;
}
async function compareWithBase(dataset, absolute, baseSha, request) {
  const inRepo = path10.relative(request.workspace, absolute);
  if (inRepo === ".." || inRepo.startsWith(`..${path10.sep}`) || path10.isAbsolute(inRepo)) {
    const reason = "outside the workspace, so not in the repository";
    return { dataset, schema: absolute, status: "not-compared", reason };
  }
  const schema = inRepo.split(path10.sep).join("/");
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
  } catch (error2) {
    if (!(error2 instanceof UserError)) throw error2;
    return { dataset, schema, status: "not-compared", reason: `base version unreadable: ${error2.message}` };
  }
  if (baseText === currentText) return { dataset, schema, status: "unchanged" };
  let report;
  try {
    const before = parseSchemaText(baseText, `${schema}@${at}`, syntax);
    report = diffSchemas(before, parseSchemaText(currentText, schema, syntax), subjectOf(request.context));
  } catch (error2) {
    if (!(error2 instanceof UserError)) throw error2;
    return { dataset, schema, status: "not-compared", reason: oneLine(error2) };
  }
  const file = await writeReportFile(request.reportDir, reportFileName("schema-diff", dataset), report);
  return { dataset, schema, status: "changed", file, report };
}
function oneLine(error2) {
  const where = error2.location;
  if (where === void 0) return error2.message;
  return `${[where.file, where.line, where.column].filter((part) => part !== void 0).join(":")}: ${error2.message}`;
}

// packages/github/src/stages/validation-stage.ts
async function runValidationStage(datasets, request) {
  const files = [];
  for (const dataset of datasets) {
    const { report, profile } = await validateAndProfileDataset(
      {
        cwd: request.workspace,
        schema: dataset.schema,
        data: dataset.data,
        dataFrom: dataset.dataFrom,
        format: dataset.format,
        maxErrors: request.report.maxErrors,
        examplesPerColumn: request.report.examplesPerColumn,
        subject: request.subject
      },
      request.profile === true ? { mode: "sketch", dataset: dataset.name } : void 0
    );
    const file = await writeReportFile(request.reportDir, reportFileName("validation", dataset.name), report);
    files.push({ file, report, dataset: dataset.name, ...profile !== void 0 ? { profile } : {} });
  }
  return files;
}

// packages/github/src/actions/action-inputs.ts
function stringInput(name) {
  const value = getInput(name).trim();
  return value === "" ? void 0 : value;
}
function requiredStringInput(name) {
  const value = stringInput(name);
  if (value === void 0) throw new UserError(`input '${name}' is required`);
  return value;
}
function checkNameInput(name) {
  return checkCheckName(requiredStringInput(name), `input '${name}'`);
}
function listInput(name) {
  return getInput(name).split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function optionalChoiceInput(name, choices, renamed = {}) {
  const value = stringInput(name);
  if (value === void 0) return void 0;
  if (choices.includes(value)) return value;
  if (Object.hasOwn(renamed, value)) {
    throw new UserError(`input '${name}' is '${value}', which is now called '${renamed[value]}'`);
  }
  throw new UserError(`input '${name}' is '${value}'; expected one of: ${choices.join(", ")}`);
}
function booleanInput(name, fallback) {
  return optionalBooleanInput(name) ?? fallback;
}
function optionalBooleanInput(name) {
  const value = stringInput(name);
  if (value === void 0) return void 0;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new UserError(`input '${name}' is '${value}'; expected true or false`);
}
function integerInput(name, fallback, range = {}) {
  return optionalIntegerInput(name, range) ?? fallback;
}
function optionalIntegerInput(name, range = {}) {
  const value = stringInput(name);
  if (value === void 0) return void 0;
  const parsed2 = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(parsed2))
    throw new UserError(`input '${name}' is '${value}'; expected a whole number`);
  if (range.min !== void 0 && parsed2 < range.min)
    throw new UserError(`input '${name}' must be at least ${range.min}`);
  if (range.max !== void 0 && parsed2 > range.max)
    throw new UserError(`input '${name}' must be at most ${range.max}`);
  return parsed2;
}

// packages/github/src/actions/workspace-paths.ts
import { realpathSync, statSync as statSync2 } from "node:fs";
import path11 from "node:path";
var ALLOW_PATHS_OUTSIDE_WORKSPACE = "allow-paths-outside-workspace";
function resolvedPath(absolute) {
  const rest = [];
  let at = absolute;
  for (; ; ) {
    try {
      return path11.join(realpathSync(at), ...rest);
    } catch {
      const parent = path11.dirname(at);
      if (parent === at) return absolute;
      rest.unshift(path11.basename(at));
      at = parent;
    }
  }
}
function isInside(file, root) {
  const relative = path11.relative(root, file);
  return relative === "" || !relative.startsWith(`..${path11.sep}`) && relative !== ".." && !path11.isAbsolute(relative);
}
function workspacePaths(workspace, env, allowOutside) {
  const runnerTemp = env["RUNNER_TEMP"];
  const readRoots = [resolvedPath(path11.resolve(workspace))];
  const writeRoots = [...readRoots, ...runnerTemp ? [resolvedPath(path11.resolve(runnerTemp))] : []];
  const where = (roots) => roots.length > 1 ? "outside the workspace and RUNNER_TEMP" : "outside the workspace";
  function check(file, from, roots) {
    if (allowOutside) return;
    const absolute = path11.resolve(workspace, file);
    const resolved = resolvedPath(absolute);
    if (roots.some((root) => isInside(resolved, root))) return;
    const via = resolved === absolute ? "" : ` (it leads to ${resolved})`;
    throw new UserError(
      `${from}: ${file}${via} is ${where(roots)}; set '${ALLOW_PATHS_OUTSIDE_WORKSPACE}: true' to allow it`
    );
  }
  return {
    workspace,
    checkRead: (file, from) => check(file, from, readRoots),
    async checkReadPatterns(patterns, from, options = {}) {
      for (const pattern of patterns) check(pattern.replace(/[*?[{(!].*$/, "") || ".", from, readRoots);
      for (const file of await expandFilePatterns(patterns, workspace, from)) {
        check(file, from, readRoots);
        if (options.directories !== true && statSync2(path11.resolve(workspace, file), { throwIfNoEntry: false })?.isDirectory()) {
          throw new UserError(
            `${from}: ${file} is a directory, not a file (a glob such as ${path11.posix.join(file, "*")} names the files in it)`
          );
        }
      }
    },
    checkOutputDirectory(dir, from) {
      check(dir, from, writeRoots);
      const info2 = statSync2(path11.resolve(workspace, dir), { throwIfNoEntry: false });
      if (info2 !== void 0 && !info2.isDirectory()) {
        throw new UserError(`${from}: ${dir} is a file, not a directory`);
      }
    }
  };
}

// packages/github/src/actions/action-environment.ts
function actionEnvironment(env = process.env) {
  const workspace = env["GITHUB_WORKSPACE"] || process.cwd();
  return {
    workspace,
    env,
    context: readEventContext(env),
    now: /* @__PURE__ */ new Date(),
    paths: workspacePaths(workspace, env, booleanInput(ALLOW_PATHS_OUTSIDE_WORKSPACE, false))
  };
}
function clientForTokenInput(tokenInput) {
  const token = stringInput(tokenInput);
  if (token === void 0) return void 0;
  let client;
  return () => client ??= createGitHubClient({ token, warn: (message) => warning(message) });
}
function requiredClient(client, what, tokenInput) {
  return () => {
    if (client === void 0) throw new UserError(`${what} needs a token (input '${tokenInput}')`);
    return client();
  };
}

// packages/github/src/actions/action-io.ts
var GateAction = {
  dir: ".",
  inputs: {
    config: "config",
    schema: "schema",
    data: "data",
    format: "format",
    maxErrors: "max-errors",
    metrics: "metrics",
    predictions: "predictions",
    baseline: "baseline",
    baselineName: "baseline-name",
    requireBaseline: "require-baseline",
    failOn: "fail-on",
    checkName: "check-name",
    comment: "comment",
    commentId: "comment-id",
    commentMode: "comment-mode",
    reportDir: "report-dir",
    allowPathsOutsideWorkspace: "allow-paths-outside-workspace",
    dispatch: "dispatch",
    dispatchRef: "dispatch-ref",
    token: "token"
  },
  outputs: [
    "verdict",
    "reason",
    "valid",
    "error-count",
    "regressions",
    "baseline-source",
    "baseline-sha",
    "reports",
    "check-run-url",
    "comment-url",
    "retrain",
    "drifted-columns"
  ]
};
var ValidateDataAction = {
  dir: "actions/validate-data",
  inputs: {
    config: "config",
    schema: "schema",
    data: "data",
    format: "format",
    maxErrors: "max-errors",
    failOn: "fail-on",
    checkName: "check-name",
    reportDir: "report-dir",
    allowPathsOutsideWorkspace: "allow-paths-outside-workspace",
    token: "token"
  },
  outputs: ["verdict", "valid", "error-count", "rows", "fingerprint", "reports", "check-run-url"]
};
var CompareMetricsAction = {
  dir: "actions/compare-metrics",
  inputs: {
    config: "config",
    metrics: "metrics",
    predictions: "predictions",
    baseline: "baseline",
    baselineName: "baseline-name",
    requireBaseline: "require-baseline",
    failOn: "fail-on",
    checkName: "check-name",
    dataReport: "data-report",
    reportDir: "report-dir",
    allowPathsOutsideWorkspace: "allow-paths-outside-workspace",
    token: "token"
  },
  outputs: [
    "verdict",
    "reason",
    "regressions",
    "baseline-source",
    "baseline-sha",
    "reports",
    "check-run-url"
  ]
};
var CommentAction = {
  dir: "actions/comment",
  inputs: {
    config: "config",
    reports: "reports",
    id: "id",
    mode: "mode",
    prNumber: "pr-number",
    commitComment: "commit-comment",
    fromArtifact: "from-artifact",
    artifactName: "artifact-name",
    allowPathsOutsideWorkspace: "allow-paths-outside-workspace",
    token: "token"
  },
  outputs: ["outcome", "verdict", "reason", "comment-id", "comment-url"]
};
var PublishModelAction = {
  dir: "actions/publish-model",
  inputs: {
    model: "model",
    name: "name",
    version: "version",
    bump: "bump",
    require: "require",
    minApprovals: "min-approvals",
    allowStaleApprovals: "allow-stale-approvals",
    checkName: "check-name",
    reports: "reports",
    profiles: "profiles",
    prerelease: "prerelease",
    makeLatest: "make-latest",
    config: "config",
    allowPathsOutsideWorkspace: "allow-paths-outside-workspace",
    token: "token"
  },
  outputs: ["released", "version", "tag", "release-url", "manifest"]
};
var REPORTING_ACTIONS = [
  GateAction,
  ValidateDataAction,
  CompareMetricsAction,
  CommentAction
];
var ACTIONS = [...REPORTING_ACTIONS, PublishModelAction];

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

// packages/github/src/actions/plan-inputs.ts
import os3 from "node:os";
import path12 from "node:path";
function readPlanInputs(names) {
  const read = (name, reader) => name === void 0 ? void 0 : reader(name);
  return {
    schema: read(names.schema, stringInput),
    data: read(names.data, listInput),
    format: read(names.format, (name) => optionalChoiceInput(name, ["auto", ...DATA_FORMATS])),
    maxErrors: read(names.maxErrors, (name) => optionalIntegerInput(name, { min: 0 })),
    metrics: read(names.metrics, listInput),
    baseline: read(names.baseline, stringInput),
    baselineName: read(names.baselineName, stringInput),
    requireBaseline: read(names.requireBaseline, optionalBooleanInput),
    failOn: read(names.failOn, (name) => optionalChoiceInput(name, FAIL_ON, RENAMED_FAIL_ON)),
    commentId: read(names.commentId, stringInput),
    commentMode: read(names.commentMode, (name) => optionalChoiceInput(name, COMMENT_MODES))
  };
}
function actionInputNamer(names) {
  return (input) => `input '${names[input] ?? input}'`;
}
async function loadActionConfig(configInput, paths) {
  const file = stringInput(configInput);
  paths.checkRead(file ?? DEFAULT_CONFIG_FILE, `input '${configInput}'`);
  return findConfig(paths.workspace, file === DEFAULT_CONFIG_FILE ? void 0 : file);
}
async function checkPlanPaths(plan, given, names, paths) {
  for (const dataset of plan.datasets) {
    const fromInputs = given.schema !== void 0 && dataset.schema === given.schema;
    paths.checkRead(
      dataset.schema,
      fromInputs ? `input '${names.schema}'` : dataset.dataFrom.replace(/\.path$/, ".schema")
    );
    await paths.checkReadPatterns(dataset.data, dataset.dataFrom);
  }
  if (plan.metrics !== void 0) {
    await paths.checkReadPatterns(plan.metrics.files, plan.metrics.filesFrom);
    const baseline = plan.metrics.baseline;
    if (baseline.kind === "file") {
      paths.checkRead(
        baseline.path,
        given.baseline !== void 0 ? `input '${names.baseline}'` : "baseline.source"
      );
    }
  }
}
function reportDirectory(reportDirInput, env, paths) {
  const given = stringInput(reportDirInput);
  if (given === void 0) return path12.join(env["RUNNER_TEMP"] || os3.tmpdir(), "mlgate");
  paths.checkOutputDirectory(given, `input '${reportDirInput}'`);
  return given;
}

// packages/github/src/actions/gate-action.ts
var { inputs } = GateAction;
async function gateAction() {
  const { workspace, env, context, now, paths } = actionEnvironment();
  const config = await loadActionConfig(inputs.config, paths);
  const given = readPlanInputs(inputs);
  const plan = planRun(config, given, actionInputNamer(inputs));
  await checkPlanPaths(plan, given, inputs, paths);
  const evaluation = evaluationWork(inputs.predictions, inputs.baselineName, config, plan, given, paths);
  const checkName = checkNameInput(inputs.checkName);
  const reportDir = reportDirectory(inputs.reportDir, env, paths);
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

// packages/github/src/actions/validate-data-action.ts
var { inputs: inputs2 } = ValidateDataAction;
async function validateDataAction() {
  const { workspace, env, context, now, paths } = actionEnvironment();
  const config = await loadActionConfig(inputs2.config, paths);
  const given = readPlanInputs(inputs2);
  const plan = planRun(config, given, actionInputNamer(inputs2));
  if (plan.datasets.length === 0) {
    throw new UserError(
      `nothing to validate: give inputs '${inputs2.schema}' and '${inputs2.data}', or \`datasets:\` in mlgate.yml`
    );
  }
  await checkPlanPaths(plan, given, inputs2, paths);
  const reports = await runValidationStage(plan.datasets, {
    workspace,
    subject: subjectOf(context),
    reportDir: reportDirectory(inputs2.reportDir, env, paths),
    report: plan.report
  });
  const result = await publish(
    { reports, failOn: plan.failOn, fold: plan.report.fold },
    {
      summary: true,
      annotations: true,
      checkRun: { name: checkNameInput(inputs2.checkName) },
      outputs: ValidateDataAction.outputs
    },
    { context, workspace, env, now, client: clientForTokenInput(inputs2.token) }
  );
  info(`validate-data: ${result.gate.verdict} (${result.gate.verdictReason})`);
  return result.gate.exitCode;
}

// packages/github/src/actions/compare-metrics-action.ts
var { inputs: inputs3 } = CompareMetricsAction;
async function dataReport(paths) {
  const file = stringInput(inputs3.dataReport);
  if (file === void 0) return [];
  paths.checkRead(file, `input '${inputs3.dataReport}'`);
  const { report } = await readReportFile(file, paths.workspace);
  if (report.kind !== "mlgate/validation@1") {
    throw new UserError(
      `input '${inputs3.dataReport}': ${file} is a ${report.kind} report, not a validation report`
    );
  }
  return [report];
}
async function compareMetricsAction() {
  const { workspace, env, context, now, paths } = actionEnvironment();
  const config = await loadActionConfig(inputs3.config, paths);
  const given = readPlanInputs(inputs3);
  const plan = planRun(config, given, actionInputNamer(inputs3));
  await checkPlanPaths(plan, given, inputs3, paths);
  const evaluation = evaluationWork(inputs3.predictions, inputs3.baselineName, config, plan, given, paths);
  if (plan.metrics === void 0 && evaluation === void 0) {
    throw new UserError(
      `input '${inputs3.metrics}' needs at least one metrics file (or metrics.files in mlgate.yml), or give input '${inputs3.predictions}'`
    );
  }
  const checkName = checkNameInput(inputs3.checkName);
  const client = clientForTokenInput(inputs3.token);
  const reportDir = reportDirectory(inputs3.reportDir, env, paths);
  const reports = [];
  if (plan.metrics !== void 0) {
    const { file } = await runComparisonStage({
      workspace,
      context,
      work: plan.metrics,
      reportDir,
      reportName: checkName,
      client: requiredClient(client, "baseline 'release'", inputs3.token),
      data: await dataReport(paths)
    });
    reports.push(file);
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
  const result = await publish(
    { reports, failOn: plan.failOn, fold: plan.report.fold },
    {
      summary: true,
      annotations: true,
      checkRun: { name: checkName },
      outputs: CompareMetricsAction.outputs
    },
    { context, workspace, env, now, client }
  );
  info(`compare-metrics: ${result.gate.verdict} (${result.gate.verdictReason})`);
  return result.gate.exitCode;
}

// packages/github/src/actions/comment-action.ts
var { inputs: inputs4 } = CommentAction;
async function commentAction() {
  const { workspace, env, context, now, paths } = actionEnvironment();
  const config = await loadActionConfig(inputs4.config, paths);
  const id = stringInput(inputs4.id);
  const mode = optionalChoiceInput(inputs4.mode, COMMENT_MODES);
  const plan = planRun(
    config,
    { ...id !== void 0 ? { commentId: id } : {}, ...mode !== void 0 ? { commentMode: mode } : {} },
    (input) => `input '${input === "commentId" ? inputs4.id : input === "commentMode" ? inputs4.mode : input}'`
  );
  const token = requiredStringInput(inputs4.token);
  const client = requiredClient(clientForTokenInput(inputs4.token), "the comment", inputs4.token);
  const prNumber = integerInput(inputs4.prNumber, 0, { min: 0 });
  const artifactName = stringInput(inputs4.artifactName);
  let reports = [];
  let target;
  if (booleanInput(inputs4.fromArtifact, false)) {
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
    const patterns = listInput(inputs4.reports);
    await paths.checkReadPatterns(patterns, `input '${inputs4.reports}'`);
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
        commitComment: booleanInput(inputs4.commitComment, false),
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

// packages/github/src/actions/publish-model-action.ts
import os4 from "node:os";
import path16 from "node:path";

// packages/github/src/release/model-files.ts
import { stat as stat2 } from "node:fs/promises";
import path13 from "node:path";
async function filesOf(pattern, workspace, from) {
  if (isDynamicPattern(pattern)) {
    const matches = (await glob(checkFilePattern(pattern, from), { cwd: workspace, onlyFiles: true })).sort();
    if (matches.length === 0) throw new UserError(`${from}: '${pattern}' matches no file`);
    return matches;
  }
  const info2 = await stat2(path13.resolve(workspace, pattern)).catch(() => void 0);
  if (info2 === void 0) throw new UserError(`${from}: no such file or directory: ${pattern}`);
  if (!info2.isDirectory()) return [pattern];
  const inside = (await glob("**/*", { cwd: path13.resolve(workspace, pattern), onlyFiles: true })).sort();
  if (inside.length === 0) throw new UserError(`${from}: the directory ${pattern} holds no file`);
  return inside.map((file) => path13.join(pattern, file));
}
async function resolveModelFiles(patterns, workspace, from) {
  if (patterns.length === 0) throw new UserError(`${from}: give the model's files`);
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    for (const file of await filesOf(pattern, workspace, from)) {
      const absolute = path13.resolve(workspace, file);
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      const info2 = await stat2(absolute);
      const shownAs = file.split(path13.sep).join("/");
      if (!info2.isFile())
        throw new UserError(`${from}: ${shownAs} is not a regular file (a ${fileKind(info2)})`);
      files.push({ name: path13.basename(file), path: absolute, shownAs, bytes: info2.size });
    }
  }
  checkModelFiles(files);
  return files;
}
async function hashModelFiles(files) {
  const hashed = [];
  for (const file of files) {
    hashed.push({ ...file, sha256: await sha256File(file.path, file.bytes, { inThread: true }) });
  }
  return hashed;
}

// packages/github/src/release/model-publication.ts
import { mkdir as mkdir7, writeFile as writeFile3 } from "node:fs/promises";
import path14 from "node:path";

// packages/github/src/release/transfer/release-asset-upload.ts
import { setTimeout as sleep2 } from "node:timers/promises";
function defaultUploadPolicy(client) {
  return { attempts: 4, backoffMs: clientLimits(client).retryBaseMs };
}
function assetSha256(asset) {
  return sha256OfAssetDigest(asset.digest);
}
function isAlreadyExists(error2) {
  const errors = error2.response?.data?.errors;
  return httpStatusOf(error2) === 422 && errors?.some((entry) => entry.code === "already_exists") === true;
}
async function listReleaseAssets(client, release) {
  return client.paginate(client.rest.repos.listReleaseAssets, {
    owner: release.owner,
    repo: release.repo,
    release_id: release.id,
    per_page: 100
  });
}
async function deleteReleaseAsset(client, release, id) {
  await client.rest.repos.deleteReleaseAsset({ owner: release.owner, repo: release.repo, asset_id: id });
}
async function uploadReleaseAsset(client, release, file, policy = defaultUploadPolicy(client)) {
  let lastError;
  let wait = 0;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (wait > 0) await sleep2(wait);
    wait = 0;
    const started = Date.now();
    try {
      const data = await uploadFileToRelease(client, release.uploadUrl, file);
      const digest = assetSha256(data);
      if (digest === void 0 || digest === file.sha256) return data;
      lastError = new Error(`${file.name} arrived with sha256 ${digest}, not ${file.sha256}`);
      await deleteReleaseAsset(client, release, data.id);
    } catch (error2) {
      lastError = error2;
      clientLimits(client).ledger.spend(Date.now() - started);
      if (isAlreadyExists(error2)) {
        const present = (await listReleaseAssets(client, release)).find((asset) => asset.name === file.name);
        if (present !== void 0 && assetSha256(present) === file.sha256) return present;
        if (present !== void 0) await deleteReleaseAsset(client, release, present.id);
        continue;
      }
      if (attempt === policy.attempts) break;
      const next = transferRetryWaitMs(client, error2, attempt, policy.backoffMs);
      if (next === void 0) throw error2;
      wait = next;
    }
  }
  throw lastError;
}

// packages/github/src/release/model-release.ts
function validationErrors(error2) {
  if (httpStatusOf(error2) !== 422) return [];
  return error2.response?.data?.errors ?? [];
}
var short = (sha) => sha.slice(0, 7);
async function releasesWithTag(client, owner, repo, tag) {
  const releases = await client.paginate(client.rest.repos.listReleases, { owner, repo, per_page: 100 });
  return releases.filter((release) => release.tag_name === tag).sort((a, b) => a.id - b.id);
}
function asDraft(request, release) {
  return { owner: request.owner, repo: request.repo, id: release.id, uploadUrl: release.upload_url };
}
function differences(assets, expected, present = []) {
  const byName = new Map(assets.map((asset) => [asset.name, asset]));
  const problems = [];
  for (const file of expected) {
    const asset = byName.get(file.name);
    if (asset === void 0) problems.push(`${file.name} is missing`);
    else if (assetSha256(asset) !== file.sha256) problems.push(`${file.name} differs`);
    byName.delete(file.name);
  }
  for (const name of present) {
    if (!byName.delete(name)) problems.push(`${name} is missing`);
  }
  for (const name of byName.keys()) problems.push(`${name} is not one of the model's files`);
  return problems;
}
function settle(request, releases) {
  const published = releases.find((release) => !release.draft);
  if (published !== void 0) return published;
  const drafts = releases.filter((release) => release.draft);
  const foreign = drafts.find((release) => release.target_commitish !== request.commit);
  if (foreign !== void 0 && drafts.every((release) => release.target_commitish !== request.commit)) {
    throw new UserError(
      `a draft release ${request.tag} exists for ${short(foreign.target_commitish)}, not ${short(request.commit)}: delete it, or choose another version`
    );
  }
  return drafts.find((release) => release.target_commitish === request.commit);
}
async function claimRelease(client, request) {
  const { owner, repo, tag, commit } = request;
  const found = settle(request, await releasesWithTag(client, owner, repo, tag));
  if (found !== void 0) {
    return found.draft ? { state: "draft", release: found } : { state: "published", release: found };
  }
  let created;
  try {
    ({ data: created } = await client.rest.repos.createRelease({
      owner,
      repo,
      tag_name: tag,
      target_commitish: commit,
      name: request.title,
      body: `${request.title}: being published by mlgate.`,
      draft: true,
      prerelease: request.prerelease
    }));
  } catch (error2) {
    if (validationErrors(error2).some((entry) => /used by an immutable release/.test(entry.message ?? ""))) {
      throw new UserError(
        `the tag ${tag} was used by an immutable release and can never be used again: choose another version`
      );
    }
    throw error2;
  }
  const winner = settle(request, await releasesWithTag(client, owner, repo, tag)) ?? created;
  if (winner.id !== created.id) {
    await client.rest.repos.deleteRelease({ owner, repo, release_id: created.id });
    request.log(`another run made the release ${tag} at the same time; continuing with it`);
    return winner.draft ? { state: "draft", release: winner } : { state: "published", release: winner };
  }
  request.log(`created the draft release ${tag}`);
  return { state: "draft", release: created };
}
var OWN_FILE_NAMES = [MODEL_MANIFEST_FILE, MODEL_CARD_FILE, SHA256SUMS_FILE];
async function confirmPublished(client, request, release) {
  const assets = await listReleaseAssets(client, asDraft(request, release));
  const problems = differences(assets, request.modelFiles, request.ownFileNames ?? OWN_FILE_NAMES);
  if (problems.length > 0) {
    throw new UserError(
      `the release ${request.tag} is already published with other files (${problems.join("; ")}): choose another version`
    );
  }
  request.log(`the release ${request.tag} is already published with these files; nothing changed`);
  return {
    outcome: "already-published",
    release: { id: release.id, tag: request.tag, url: release.html_url }
  };
}
async function publishModelRelease(client, request) {
  const { owner, repo, tag, commit } = request;
  const tagged = await commitOfTag(client, { owner, repo }, tag);
  if (tagged !== void 0 && tagged !== commit) {
    throw new UserError(
      `the tag ${tag} already points at ${short(tagged)}, not ${short(commit)}: choose another version`
    );
  }
  const claim = await claimRelease(client, request);
  if (claim.state === "published") return confirmPublished(client, request, claim.release);
  const release = claim.release;
  const draft = asDraft(request, release);
  const files = [
    ...request.modelFiles,
    ...await request.ownFiles({ createdAt: new Date(release.created_at) })
  ];
  const wanted = new Map(files.map((file) => [file.name, file]));
  const kept = /* @__PURE__ */ new Set();
  for (const asset of await listReleaseAssets(client, draft)) {
    const file = wanted.get(asset.name);
    if (file !== void 0 && asset.state === "open") continue;
    if (file !== void 0 && assetSha256(asset) === file.sha256) kept.add(asset.name);
    else await deleteReleaseAsset(client, draft, asset.id);
  }
  for (const file of files) {
    if (kept.has(file.name)) continue;
    await uploadReleaseAsset(client, draft, file, request.uploadPolicy ?? defaultUploadPolicy(client));
    request.log(`uploaded ${file.name} (${file.bytes} bytes, sha256 ${file.sha256.slice(0, 12)}…)`);
  }
  const problems = differences(await listReleaseAssets(client, draft), files);
  if (problems.length > 0) {
    throw new Error(
      `the draft ${tag} does not hold the model after uploading (${problems.join("; ")}); nothing was published`
    );
  }
  let published;
  try {
    ({ data: published } = await client.rest.repos.updateRelease({
      owner,
      repo,
      release_id: release.id,
      name: request.title,
      body: request.body(),
      draft: false,
      prerelease: request.prerelease,
      make_latest: request.makeLatest ? "true" : "false"
    }));
  } catch (error2) {
    if (!validationErrors(error2).some((entry) => entry.code === "already_exists")) throw error2;
    const theirs = (await releasesWithTag(client, owner, repo, tag)).find((other) => !other.draft);
    if (theirs === void 0) throw error2;
    await client.rest.repos.deleteRelease({ owner, repo, release_id: release.id });
    return confirmPublished(client, request, theirs);
  }
  const immutable = published.immutable === true;
  request.log(`published ${tag}${immutable ? " (immutable)" : ""}: ${published.html_url}`);
  return { outcome: "published", release: { id: published.id, tag, url: published.html_url } };
}

// packages/github/src/release/publish-evidence.ts
function of(pull) {
  return { number: pull.number, url: pull.html_url, headSha: pull.head.sha };
}
async function pullRequestOfCommit(client, context, commit) {
  const fromEvent = context.payload?.["pull_request"];
  if (fromEvent !== void 0 && typeof fromEvent.number === "number") {
    const { owner: owner2, repo: repo2 } = context.repo;
    const { data } = await client.rest.pulls.get({ owner: owner2, repo: repo2, pull_number: fromEvent.number });
    return of(data);
  }
  const { owner, repo } = context.repo;
  const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
    owner,
    repo,
    commit_sha: commit,
    per_page: 100
  });
  const merged = pulls.find((pull) => pull.merged_at != null && pull.merge_commit_sha === commit);
  const headed = pulls.find((pull) => pull.head.sha === commit);
  const chosen = merged ?? headed;
  return chosen === void 0 ? void 0 : of(chosen);
}
async function reviewsOf(client, context, number) {
  const { owner, repo } = context.repo;
  const reviews = await client.paginate(client.rest.pulls.listReviews, {
    owner,
    repo,
    pull_number: number,
    per_page: 100
  });
  return reviews.map((review) => ({
    user: review.user?.login ?? null,
    state: review.state,
    commitId: review.commit_id ?? null,
    submittedAt: review.submitted_at ?? null
  }));
}
async function checkRunsOf(client, context, sha, name) {
  const { owner, repo } = context.repo;
  const runs = await client.paginate(client.rest.checks.listForRef, {
    owner,
    repo,
    ref: sha,
    check_name: name,
    filter: "all",
    per_page: 100
  });
  return runs.map((run2) => ({
    id: run2.id,
    name: run2.name,
    headSha: run2.head_sha,
    status: run2.status,
    conclusion: run2.conclusion,
    ...run2.html_url != null ? { url: run2.html_url } : {}
  }));
}

// packages/github/src/release/model-publication.ts
var PUBLISH_REQUIREMENTS = ["gate-passed", "pr-approved"];
function parseRequirements(text2, where) {
  const words = text2.split(/[\s,]+/).map((word) => word.trim()).filter((word) => word !== "");
  if (words.length === 1 && words[0] === "none") return /* @__PURE__ */ new Set();
  for (const word of words) {
    if (!PUBLISH_REQUIREMENTS.includes(word)) {
      throw new UserError(`${where} has '${word}'; expected ${PUBLISH_REQUIREMENTS.join(", ")}, or none`);
    }
  }
  return new Set(words);
}
async function checkPreconditions(client, request, firstRelease) {
  const { source, commit } = request;
  const refusals = [];
  let pullRequest = null;
  const pull = await pullRequestOfCommit(client, source, commit);
  if (request.requirements.has("pr-approved")) {
    if (pull === void 0) {
      refusals.push(`pr-approved: no pull request is associated with commit ${commit.slice(0, 7)}`);
    } else {
      const decision = evaluateApproval({
        reviews: await reviewsOf(client, source, pull.number),
        headSha: pull.headSha,
        minApprovals: request.minApprovals,
        allowStaleApprovals: request.allowStaleApprovals
      });
      if (decision.decision === "refused") {
        refusals.push(...decision.reasons.map((reason) => `pr-approved: #${pull.number}: ${reason}`));
      } else {
        request.log(`pr-approved: #${pull.number}: ${decision.reason}`);
      }
      pullRequest = { number: pull.number, url: pull.url, approvers: decision.approvers.map((a) => a.login) };
    }
  } else if (pull !== void 0) {
    pullRequest = { number: pull.number, url: pull.url, approvers: [] };
  }
  let gate2 = { source: "not-required" };
  if (request.requirements.has("gate-passed")) {
    const fromChecks = gateFromCheckRuns(await checkRunsOf(client, source, commit, request.checkName), {
      sha: commit,
      checkName: request.checkName
    });
    const evidence = fromChecks.passed || request.reports.length === 0 ? fromChecks : gateFromReports(request.reports, {
      sha: commit,
      repository: `${source.repo.owner}/${source.repo.repo}`,
      firstRelease
    });
    if (evidence.passed) {
      request.log(`gate-passed: ${evidence.reason}`);
      gate2 = evidence;
    } else {
      refusals.push(
        `gate-passed: ${evidence.reason}${evidence === fromChecks ? "" : ` (and ${fromChecks.reason})`}`
      );
    }
  }
  return { pullRequest, gate: gate2, refusals };
}
async function writeOwnFiles(dir, manifest, hubCard, modelFiles, profiles) {
  await mkdir7(dir, { recursive: true });
  const write = async (name, text2, contentType = "text/plain") => {
    const file = path14.join(dir, name);
    await writeFile3(file, text2);
    const bytes = Buffer.byteLength(text2);
    return { name, path: file, bytes, sha256: await sha256File(file, bytes), contentType };
  };
  const profileFiles = [];
  for (const profile of profiles) {
    const written = await write(profile.asset, profile.text, "application/json");
    if (written.sha256 !== profile.sha256) throw new Error(`${profile.asset} was not written as it was read`);
    profileFiles.push(written);
  }
  const manifestFile = await write(MODEL_MANIFEST_FILE, formatModelManifest(manifest));
  const card = await write(MODEL_CARD_FILE, hubCard);
  const sums = await write(
    SHA256SUMS_FILE,
    formatSha256Sums(
      [...modelFiles, ...profileFiles, manifestFile, card].map(({ name, sha256 }) => ({ name, sha256 }))
    )
  );
  return [manifestFile, card, sums, ...profileFiles];
}
function checkProfiles(request) {
  checkReleaseProfiles(
    request.profiles.map(({ shownAs, profile }) => ({ file: shownAs, profile })),
    request.commit
  );
  const taken = /* @__PURE__ */ new Set([...RELEASE_OWN_FILES, ...request.files.map((file) => file.name)]);
  for (const profile of request.profiles) {
    if (taken.has(profile.asset)) {
      throw new UserError(
        `the profile ${profile.shownAs} would be published as ${profile.asset}, the name of a model file: rename the model file`
      );
    }
  }
}
async function publishModel(client, request) {
  const { source, commit, name } = request;
  const { owner, repo } = source.repo;
  checkProfiles(request);
  const releases = await client.paginate(client.rest.repos.listReleases, { owner, repo, per_page: 100 });
  const version = resolveVersion({
    name,
    requested: request.version,
    bump: request.bump,
    existing: releases.map((release) => ({ tag: release.tag_name, commit: release.target_commitish })),
    commit
  });
  request.log(`version ${version.reason}`);
  const versionText = formatVersion(version.version);
  const preconditions = await checkPreconditions(client, request, version.previous === void 0);
  if (preconditions.refusals.length > 0) {
    return { status: "refused", version: versionText, tag: version.tag, reasons: preconditions.refusals };
  }
  const modelFiles = await hashModelFiles(request.files);
  const previousRelease = releases.find((release) => release.tag_name === version.previous?.tag);
  const previous = version.previous === void 0 ? void 0 : {
    tag: version.previous.tag,
    manifest: previousRelease === void 0 ? void 0 : await readReleaseManifest(client, { owner, repo }, previousRelease)
  };
  let body = "";
  let manifestPath;
  const ownFiles = async ({ createdAt }) => {
    const manifest = buildModelManifest({
      name,
      version: version.version,
      subject: {
        sha: commit,
        repository: `${owner}/${repo}`,
        ...preconditions.pullRequest !== null ? { pullRequest: preconditions.pullRequest.number } : {}
      },
      pullRequest: preconditions.pullRequest,
      gate: preconditions.gate,
      reports: request.reports,
      assets: modelFiles.map(({ name: asset, bytes, sha256 }) => ({ name: asset, bytes, sha256 })),
      profiles: request.profiles.map(({ dataset, asset, sha256, rows }) => ({
        dataset,
        asset,
        sha256,
        rows
      })),
      createdAt
    });
    const card = {
      manifest,
      ...previous !== void 0 ? { previous } : {},
      ...request.serverUrl !== void 0 ? { serverUrl: request.serverUrl } : {}
    };
    body = renderReleaseBody(card);
    const own = await writeOwnFiles(
      path14.join(request.workDir, `release-${version.tag}`),
      manifest,
      renderHubModelCard(card),
      modelFiles,
      request.profiles
    );
    manifestPath = own[0].path;
    return own;
  };
  const outcome = await publishModelRelease(client, {
    owner,
    repo,
    tag: version.tag,
    commit,
    title: `${name} ${versionText}`,
    body: () => body,
    prerelease: request.prerelease,
    makeLatest: request.makeLatest,
    modelFiles,
    ownFiles,
    ownFileNames: [...RELEASE_OWN_FILES, ...request.profiles.map((profile) => profile.asset)],
    log: request.log
  });
  return {
    status: outcome.outcome,
    version: versionText,
    tag: version.tag,
    url: outcome.release.url,
    ...manifestPath !== void 0 ? { manifest: manifestPath } : {}
  };
}

// packages/github/src/release/release-profiles.ts
import { createHash as createHash2 } from "node:crypto";
import path15 from "node:path";
async function readReleaseProfiles(patterns, workspace, from) {
  const files = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const matches = (await glob(checkFilePattern(pattern, from), {
      cwd: workspace,
      onlyFiles: true,
      expandDirectories: false
    })).sort();
    if (matches.length === 0) throw new UserError(`${from}: '${pattern}' matches no file`);
    for (const match of matches) files.add(match);
  }
  const profiles = [];
  for (const file of files) {
    const shownAs = file.split(path15.sep).join("/");
    const text2 = await readUserText(path15.resolve(workspace, file), {
      what: "profile",
      shownAs,
      maxBytes: MAX_PROFILE_BYTES
    });
    const profile = parseProfile(text2, shownAs);
    profiles.push({
      shownAs,
      profile,
      text: text2,
      bytes: Buffer.byteLength(text2),
      dataset: profile.dataset,
      asset: profileAssetName(profile.dataset),
      sha256: createHash2("sha256").update(text2).digest("hex"),
      rows: profile.rows
    });
  }
  return profiles;
}

// packages/github/src/actions/publish-model-action.ts
var { inputs: inputs5 } = PublishModelAction;
async function publishModelAction() {
  const { workspace, env, context, paths } = actionEnvironment();
  const config = await loadActionConfig(inputs5.config, paths);
  const publishing = config?.publish;
  const name = stringInput(inputs5.name) ?? publishing?.model;
  if (name === void 0) {
    throw new UserError(`input '${inputs5.name}' is required (or publish.model in mlgate.yml)`);
  }
  checkModelName(name);
  const given = listInput(inputs5.model);
  const modelFrom = given.length > 0 ? `input '${inputs5.model}'` : "publish.files";
  const modelPatterns = given.length > 0 ? given : publishing?.files ?? [];
  await paths.checkReadPatterns(modelPatterns, modelFrom, { directories: true });
  const files = await resolveModelFiles(modelPatterns, workspace, modelFrom);
  for (const file of files) paths.checkRead(file.shownAs, modelFrom);
  const reportPatterns = listInput(inputs5.reports);
  await paths.checkReadPatterns(reportPatterns, `input '${inputs5.reports}'`);
  const profilePatterns = listInput(inputs5.profiles);
  await paths.checkReadPatterns(profilePatterns, `input '${inputs5.profiles}'`);
  const profiles = await readReleaseProfiles(profilePatterns, workspace, `input '${inputs5.profiles}'`);
  const client = await requiredClient(
    clientForTokenInput(inputs5.token),
    "publishing a release",
    inputs5.token
  )();
  const serverUrl = env["GITHUB_SERVER_URL"] || void 0;
  const outcome = await publishModel(client, {
    source: context,
    commit: subjectOf(context).sha,
    name,
    files,
    version: stringInput(inputs5.version) ?? "auto",
    bump: parseVersionBump(stringInput(inputs5.bump) ?? publishing?.bump ?? "patch", `input '${inputs5.bump}'`),
    // Empty is the safe default, never "nothing required": that takes `none`, said on purpose.
    requirements: parseRequirements(
      stringInput(inputs5.require) ?? PUBLISH_REQUIREMENTS.join(", "),
      `input '${inputs5.require}'`
    ),
    minApprovals: optionalIntegerInput(inputs5.minApprovals, { min: 0 }) ?? publishing?.requiredApprovals ?? 1,
    allowStaleApprovals: booleanInput(inputs5.allowStaleApprovals, false),
    checkName: checkRunName(checkNameInput(inputs5.checkName)),
    reports: reportPatterns.length > 0 ? await readReportFiles(reportPatterns, workspace) : [],
    profiles,
    prerelease: booleanInput(inputs5.prerelease, false),
    makeLatest: booleanInput(inputs5.makeLatest, true),
    ...serverUrl !== void 0 ? { serverUrl } : {},
    workDir: path16.join(env["RUNNER_TEMP"] || os4.tmpdir(), "mlgate"),
    log: (line) => info(line)
  });
  setOutput("version", outcome.version);
  setOutput("tag", outcome.tag);
  if (outcome.status === "refused") {
    for (const reason of outcome.reasons) error(reason, { title: "mlgate: not published" });
    setOutput("released", "false");
    return ExitCode.verdictFailed;
  }
  setOutput("released", "true");
  setOutput("release-url", outcome.url);
  if (outcome.manifest !== void 0) setOutput("manifest", outcome.manifest);
  await summary.addRaw(
    outcome.status === "published" ? `Published [${outcome.tag}](${outcome.url}).
` : `[${outcome.tag}](${outcome.url}) was already published with these files; nothing changed.
`
  ).write();
  return ExitCode.passed;
}

// packages/github/src/release/model-restore.ts
import { rm as rm7 } from "node:fs/promises";
import path17 from "node:path";
async function modelVersions(client, repository, name) {
  const releases = await client.paginate(client.rest.repos.listReleases, { ...repository, per_page: 100 });
  return releases.filter((release) => !release.draft).flatMap((release) => {
    const version = versionOfTag(name, release.tag_name);
    return version === void 0 ? [] : [{ version, release }];
  }).sort((a, b) => compareVersions(b.version, a.version));
}
async function findModelVersion(client, repository, name, wanted) {
  const versions = await modelVersions(client, repository, name);
  const found = wanted === "latest" ? versions.find((candidate) => !candidate.release.prerelease) ?? versions[0] : versions.find((candidate) => compareVersions(candidate.version, wanted) === 0);
  if (found === void 0) {
    const what = wanted === "latest" ? `no published release of ${name}` : `no release ${name}-v${formatVersion(wanted)}`;
    throw new UserError(`${what} in ${repository.owner}/${repository.repo}`);
  }
  return found;
}
function manifestOf(client, repository, version) {
  return readReleaseManifest(client, repository, version.release);
}
async function restoreModel(client, repository, version, dir) {
  const { release } = version;
  const sumsAsset = release.assets.find((asset) => asset.name === SHA256SUMS_FILE);
  if (sumsAsset === void 0) {
    throw new UserError(`${release.tag_name} has no ${SHA256SUMS_FILE}: it was not published by mlgate`);
  }
  const sumsSha256 = await downloadReleaseAsset(client, repository, sumsAsset, dir);
  const vouched = sha256OfAssetDigest(sumsAsset.digest);
  if (vouched !== void 0 && vouched !== sumsSha256) {
    await rm7(path17.join(dir, SHA256SUMS_FILE), { force: true });
    throw new UserError(`${release.tag_name}/${SHA256SUMS_FILE} is not the file GitHub holds a digest for`);
  }
  const expected = parseSha256Sums(
    await readUserText(path17.join(dir, SHA256SUMS_FILE), {
      what: "checksum file",
      shownAs: `${release.tag_name}/${SHA256SUMS_FILE}`
    }),
    `${release.tag_name}/${SHA256SUMS_FILE}`
  );
  const actual = [];
  for (const entry of expected) {
    const asset = release.assets.find((candidate) => candidate.name === entry.name);
    if (asset === void 0) continue;
    checkAssetName(asset.name);
    actual.push({ name: asset.name, sha256: await downloadReleaseAsset(client, repository, asset, dir) });
  }
  const verification = verifySha256Sums(expected, actual);
  const removed = [];
  for (const check of verification.checks) {
    if (check.status === "mismatch") {
      await rm7(path17.join(dir, check.name), { force: true });
      removed.push(check.name);
    }
  }
  return { verification, removed };
}
export {
  ACTIONS,
  CommentAction,
  CompareMetricsAction,
  GateAction,
  PUBLISH_REQUIREMENTS,
  PublishModelAction,
  RELEASE_METRICS_ASSET,
  REPORTING_ACTIONS,
  SURFACE_OUTPUTS,
  ValidateDataAction,
  baselineCacheKeyPrefix,
  baselineCachePath,
  commentAction,
  compareMetricsAction,
  createGitHubClient,
  describeGitHubFailure,
  dispatchWorkflow,
  downloadReportArtifact,
  findModelVersion,
  fitToBytes,
  gateAction,
  hashModelFiles,
  isForkPullRequest,
  isPushToDefaultBranch,
  manifestOf,
  modelVersions,
  openBaselineStore,
  parseRequirements,
  postStickyComment,
  publish,
  publishCheckRun,
  publishModel,
  publishModelAction,
  publishModelRelease,
  readEventContext,
  readReleaseProfiles,
  reportArtifactName,
  resolveModelFiles,
  restoreModel,
  runAction,
  runSchemaDiffStage,
  stampedBody,
  subjectOf,
  uploadReportArtifact,
  validateDataAction,
  workflowIdOf,
  writeStepSummary
};
