import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  commitOfTag,
  readReleaseManifest
} from "./chunk-JMEZXQNM.js";
import {
  ACTIONS_SERVICE_BUDGET_MS,
  watchedWithinBudget
} from "./chunk-BQK7HXF3.js";
import {
  isPushToDefaultBranch,
  stringInput,
  subjectOf
} from "./chunk-QURJ2BOW.js";
import {
  CLASSIFICATION_METRICS,
  DEFAULT_BASELINE_NAME,
  MODEL_MANIFEST_FILE,
  MetricPolicy,
  REGRESSION_METRICS,
  checkBaselineName,
  combineMetricsFiles,
  compareMetrics,
  createBaselineSnapshot,
  evaluateWithBaseline,
  httpStatusOf,
  loadCurrentMetrics,
  measurePredictions,
  parseBaselineText,
  parseMetricsText,
  readBaselineFile,
  readPredictions,
  releaseMetrics,
  reportFileName,
  sideOf,
  sideShape,
  writeReportFile
} from "./chunk-RBU66TPT.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";
import {
  info,
  warning
} from "./chunk-GPNEBVUZ.js";

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
import path from "node:path";

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
  const directory = path.join(workspace, relative);
  const snapshotFile = path.join(directory, SNAPSHOT_FILE);
  const cacheClient = () => import("./cache-O7QHDQMO.js");
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
import path3 from "node:path";

// packages/github/src/baseline/predictions-cache-store.ts
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir as mkdir2, readdir, rm as rm2, stat } from "node:fs/promises";
import path2 from "node:path";
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
  const directory = path2.join(workspace, relative);
  const cacheClient = () => import("./cache-O7QHDQMO.js");
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
      const names = await readdir(directory).catch(() => []);
      const compressed = names.find((file2) => COMPRESSED.test(file2));
      if (compressed === void 0) {
        warning(`The cache entry '${matched}' holds no predictions file: evaluated without a baseline`);
        return { found: false, reason: `the cache entry '${matched}' holds no predictions file` };
      }
      const file = path2.join(directory, `baseline${COMPRESSED.exec(compressed)[1]}`);
      try {
        await pipeline(
          createReadStream(path2.join(directory, compressed)),
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
        const reason = `${path2.basename(file)} is ${mib(size)}, above the ${mib(maxBytes)} kept in the Actions cache`;
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
      const extension = /^\.[A-Za-z0-9]{1,10}$/.test(path2.extname(file)) ? path2.extname(file) : ".csv";
      await rm2(directory, { recursive: true, force: true });
      await mkdir2(directory, { recursive: true });
      await pipeline(
        createReadStream(file),
        createGzip(),
        createWriteStream(path2.join(directory, `predictions${extension}.gz`))
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
  const currentFile = path3.resolve(workspace, work.predictions);
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
  FileNotAtRefError,
  readFileAtRef,
  runComparisonStage,
  runEvaluationStage,
  evaluationWork
};
