import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  FileNotAtRefError,
  evaluationWork,
  readFileAtRef,
  restoreCacheEntry,
  runComparisonStage,
  runEvaluationStage
} from "./chunk-AGSTMEZS.js";
import {
  downloadReleaseAsset,
  readReleaseManifest
} from "./chunk-JMEZXQNM.js";
import {
  runValidationStage
} from "./chunk-FTU637RP.js";
import {
  ACTIONS_SERVICE_BUDGET_MS,
  publish,
  watchedWithinBudget
} from "./chunk-BQK7HXF3.js";
import {
  GateAction,
  actionEnvironment,
  actionInputNamer,
  booleanInput,
  checkNameInput,
  checkPlanPaths,
  clientForTokenInput,
  isForkPullRequest,
  isPushToDefaultBranch,
  loadActionConfig,
  readPlanInputs,
  reportDirectory,
  requiredClient,
  stringInput,
  subjectOf
} from "./chunk-QURJ2BOW.js";
import {
  GitHubLimits,
  MAX_PROFILE_BYTES,
  MAX_SCHEMA_BYTES,
  MODEL_MANIFEST_FILE,
  checkBaselineName,
  datasetDrift,
  describeGitHubFailure,
  diffSchemas,
  httpStatusOf,
  parseProfile,
  parseSchemaText,
  planRun,
  readUserText,
  reportFileName,
  retrainDecision,
  retrainDispatchInputs,
  writeFileAtomically,
  writeReportFile
} from "./chunk-RBU66TPT.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";
import {
  info,
  notice,
  warning
} from "./chunk-GPNEBVUZ.js";
import "./chunk-F2IDUSPK.js";
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
        return { found: false, reason: "the Actions cache service is not available here" };
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
        return { saved: false, reason: "the Actions cache service is not available here" };
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
export {
  gateAction
};
