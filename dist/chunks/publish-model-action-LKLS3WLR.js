import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  MAX_PROFILE_BYTES,
  parseProfile
} from "./chunk-OQD2NPAP.js";
import {
  commitOfTag,
  compareReleases,
  formatModelManifest,
  readReleaseManifest,
  releaseMetrics,
  transferRetryWaitMs,
  uploadFileToRelease
} from "./chunk-DW2FX2QY.js";
import {
  GitHubLimits,
  KEEP,
  MODEL_CARD_FILE,
  MODEL_MANIFEST_FILE,
  MODEL_NAME_PATTERN,
  PublishModelAction,
  RELEASE_OWN_FILES,
  SHA256SUMS_FILE,
  actionEnvironment,
  booleanInput,
  buildModelManifest,
  checkFilePattern,
  checkModelFiles,
  checkModelName,
  checkNameInput,
  checkRunName,
  clientForTokenInput,
  clientLimits,
  comparisonCells,
  countWords,
  describeBaseline,
  escapeUntrusted,
  escapeUntrustedCell,
  fileKind,
  fitSections,
  formatSha256Sums,
  formatVersion,
  gate,
  glob,
  groupDigits,
  isDynamicPattern,
  listInput,
  loadActionConfig,
  optionalIntegerInput,
  parseVersionBump,
  readReportFiles,
  readUserText,
  reportFileName,
  require_dist,
  requiredClient,
  resolveVersion,
  sha256File,
  sha256OfAssetDigest,
  stringInput,
  subjectOf,
  tableSection,
  terminalText,
  tryParseVersion
} from "./chunk-MJ5NRDFC.js";
import {
  MLGATE_VERSION,
  httpStatusOf
} from "./chunk-YKNMKEEN.js";
import {
  ExitCode,
  UserError
} from "./chunk-LPQDUCI6.js";
import {
  error,
  info,
  setOutput,
  summary
} from "./chunk-GPNEBVUZ.js";
import "./chunk-J6O7JMOG.js";
import {
  __toESM
} from "./chunk-JY54KWOX.js";

// packages/github/src/actions/publish-model-action.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import os from "node:os";
import path4 from "node:path";

// packages/github/src/release/model-files.ts
import { stat } from "node:fs/promises";
import path from "node:path";
async function filesOf(pattern, workspace, from) {
  if (isDynamicPattern(pattern)) {
    const matches = (await glob(checkFilePattern(pattern, from), { cwd: workspace, onlyFiles: true })).sort();
    if (matches.length === 0) throw new UserError(`${from}: '${pattern}' matches no file`);
    return matches;
  }
  const info2 = await stat(path.resolve(workspace, pattern)).catch(() => void 0);
  if (info2 === void 0) throw new UserError(`${from}: no such file or directory: ${pattern}`);
  if (!info2.isDirectory()) return [pattern];
  const inside = (await glob("**/*", { cwd: path.resolve(workspace, pattern), onlyFiles: true })).sort();
  if (inside.length === 0) throw new UserError(`${from}: the directory ${pattern} holds no file`);
  return inside.map((file) => path.join(pattern, file));
}
async function resolveModelFiles(patterns, workspace, from) {
  if (patterns.length === 0) throw new UserError(`${from}: give the model's files`);
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    for (const file of await filesOf(pattern, workspace, from)) {
      const absolute = path.resolve(workspace, file);
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      const info2 = await stat(absolute);
      const shownAs = file.split(path.sep).join("/");
      if (!info2.isFile())
        throw new UserError(`${from}: ${shownAs} is not a regular file (a ${fileKind(info2)})`);
      files.push({ name: path.basename(file), path: absolute, shownAs, bytes: info2.size });
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
import { mkdir, writeFile } from "node:fs/promises";
import path2 from "node:path";

// packages/engine/src/model/manifest-profiles.ts
function profileAssetName(dataset) {
  return reportFileName("profile", dataset);
}
function checkReleaseProfiles(profiles, commit) {
  const seen = /* @__PURE__ */ new Map();
  for (const { file, profile } of profiles) {
    const about = profile.subject.sha;
    if (about !== void 0 && about !== commit) {
      throw new UserError(
        `${file} is about commit ${about.slice(0, 7)}, not ${commit.slice(0, 7)}: it is not the data of this release`
      );
    }
    const asset = profileAssetName(profile.dataset);
    const other = seen.get(asset);
    if (other !== void 0) {
      throw new UserError(
        `${other} and ${file} would both be published as ${asset}: give one profile a dataset`
      );
    }
    seen.set(asset, file);
  }
}

// packages/engine/src/model/approval.ts
var short = (sha) => sha === null ? "an unknown commit" : sha.slice(0, 7);
function chronological(reviews) {
  const submitted = reviews.filter((review) => review.state !== "PENDING" && review.user !== null);
  const times = submitted.map((review) => Date.parse(review.submittedAt ?? ""));
  if (times.some((time) => Number.isNaN(time))) return submitted;
  return submitted.map((review, index) => ({ review, time: times[index] })).sort((a, b) => a.time - b.time).map(({ review }) => review);
}
function standingVerdicts(reviews) {
  const standing = /* @__PURE__ */ new Map();
  for (const review of chronological(reviews)) {
    const login = review.user;
    switch (review.state) {
      case "APPROVED":
        standing.set(login, { verdict: "approved", review });
        break;
      case "CHANGES_REQUESTED":
        standing.set(login, { verdict: "changes-requested", review });
        break;
      case "DISMISSED":
        standing.delete(login);
        break;
      case "COMMENTED":
      case "PENDING":
        break;
    }
  }
  return standing;
}
var approvals = (count) => `${count} approval${count === 1 ? "" : "s"}`;
function evaluateApproval(request) {
  const { headSha, minApprovals, allowStaleApprovals } = request;
  if (!Number.isSafeInteger(minApprovals) || minApprovals < 0) {
    throw new UserError(`min-approvals must be a whole number of at least 0, not ${minApprovals}`);
  }
  const standing = [...standingVerdicts(request.reviews)].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  const approved = [];
  const stale = [];
  const changeRequests = [];
  for (const [login, { verdict, review }] of standing) {
    if (verdict === "changes-requested") {
      changeRequests.push(login);
      continue;
    }
    const approval = {
      login,
      commitId: review.commitId,
      submittedAt: review.submittedAt,
      onHead: review.commitId === headSha
    };
    if (approval.onHead || allowStaleApprovals) approved.push(approval);
    else stale.push(approval);
  }
  const reasons = [];
  if (approved.length < minApprovals) {
    reasons.push(`${approvals(approved.length)} of ${minApprovals} required`);
    for (const approval of stale) {
      reasons.push(`${approval.login} approved an older head ${short(approval.commitId)}`);
    }
  }
  for (const login of changeRequests) reasons.push(`${login} requested changes`);
  const [first, ...more] = reasons;
  if (first !== void 0) return { decision: "refused", approvers: approved, reasons: [first, ...more] };
  const names = approved.map(
    (approval) => approval.onHead ? approval.login : `${approval.login} (on an older head ${short(approval.commitId)})`
  );
  return {
    decision: "approved",
    approvers: approved,
    reason: approved.length === 0 ? "no approval required, and no change requested" : `approved by ${names.join(", ")} (${approved.length} of ${minApprovals} required)`
  };
}

// packages/engine/src/model/gate-evidence.ts
var short2 = (sha) => sha.slice(0, 7);
function gateFromCheckRuns(runs, target) {
  const { sha, checkName } = target;
  const named = runs.filter((run) => run.name === checkName);
  const onCommit = named.filter((run) => run.headSha === sha);
  const latest = onCommit.reduce(
    (best, run) => best === void 0 || run.id > best.id ? run : best,
    void 0
  );
  const what = `'${checkName}' on ${short2(sha)}`;
  if (latest === void 0) {
    const elsewhere = [...new Set(named.map((run) => short2(run.headSha)))];
    const hint = elsewhere.length > 0 ? ` (it ran on ${elsewhere.join(", ")}, not on this commit)` : "";
    return { passed: false, reason: `no check run ${what}${hint}` };
  }
  if (latest.status !== "completed") {
    return { passed: false, reason: `${what} is ${latest.status.replace("_", " ")}, not completed` };
  }
  if (latest.conclusion !== "success") {
    const why = latest.conclusion === "neutral" ? " (a warning let through, or no baseline)" : "";
    return {
      passed: false,
      reason: `${what} concluded ${latest.conclusion ?? "nothing"}${why}, not success`
    };
  }
  return {
    passed: true,
    source: "check-run",
    sha,
    checkName,
    checkRunId: latest.id,
    ...latest.url !== void 0 ? { url: latest.url } : {},
    verdict: "pass",
    reason: `${what} concluded success`
  };
}
function gateFromReports(files, target) {
  const { sha, repository } = target;
  if (files.length === 0) return { passed: false, reason: "no reports given" };
  const problems = [];
  for (const { file, report } of files) {
    const subject = report.subject;
    if (subject.sha === void 0) problems.push(`${file} names no commit`);
    else if (subject.sha !== sha)
      problems.push(`${file} is about commit ${short2(subject.sha)}, not ${short2(sha)}`);
    if (repository !== void 0 && subject.repository !== void 0 && subject.repository !== repository) {
      problems.push(`${file} is about ${subject.repository}, not ${repository}`);
    }
  }
  if (problems.length > 0) return { passed: false, reason: problems.join("; ") };
  const result = gate(
    files.map(({ report }) => report),
    "fail"
  );
  const firstWithoutBaseline = target.firstRelease === true && result.verdict === "neutral" && result.neutralReason === "no-baseline";
  if (result.verdict !== "pass" && !firstWithoutBaseline) {
    return { passed: false, reason: `the reports' verdict is ${result.verdict}: ${result.verdictReason}` };
  }
  return {
    passed: true,
    source: "reports",
    sha,
    verdict: result.verdict === "pass" ? "pass" : "neutral",
    verdictReason: result.verdictReason,
    reports: files.map(({ file, report }) => ({ file, kind: report.kind })),
    reason: firstWithoutBaseline ? `the reports for ${short2(sha)} pass but for a baseline, which the first release has none of` : `the reports for ${short2(sha)} pass: ${result.verdictReason}`
  };
}

// packages/engine/src/model/model-card.ts
var import_yaml = __toESM(require_dist(), 1);
var CARD_PRIORITY = { dataFiles: 20, modelFiles: 30 };
var SAFE_URL = /^https?:\/\/[^\s()<>[\]"'`]+$/;
var HEX = /^[0-9a-f]+$/;
function link(text, url) {
  return url !== void 0 && SAFE_URL.test(url) ? `[${text}](${url})` : text;
}
function digest(text, max = 64) {
  return HEX.test(text) ? `\`${text.slice(0, max)}${text.length > max ? "…" : ""}\`` : escapeUntrusted(text, 70);
}
function timestamp(iso) {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? escapeUntrusted(iso, 40) : `${new Date(time).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
function plainRepository(manifest) {
  const repository = manifest.subject.repository;
  return repository !== void 0 && /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) ? repository : void 0;
}
function repositoryUrl(input) {
  const repository = plainRepository(input.manifest);
  const server = (input.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  return repository !== void 0 && SAFE_URL.test(server) ? `${server}/${repository}` : void 0;
}
function headline(input) {
  const { manifest } = input;
  const repo = repositoryUrl(input);
  const commit = link(`\`${manifest.commit.slice(0, 7)}\``, repo && `${repo}/commit/${manifest.commit}`);
  const where = manifest.subject.repository !== void 0 ? ` of ${escapeUntrusted(manifest.subject.repository)}` : "";
  return {
    title: "headline",
    priority: KEEP,
    text: `## ${escapeUntrusted(manifest.name)} ${escapeUntrusted(manifest.version)}

Built from commit ${commit}${where}.

`
  };
}
function metricsTable(caption, columns, rows) {
  const align = columns.map((_, index) => index === 0 ? "---" : "---:");
  return tableSection("metrics", KEEP, {
    head: `### Metrics

${caption}

| ${columns.join(" | ")} |
| ${align.join(" | ")} |
`,
    rows: rows.map((cells) => `| ${cells.map((cell) => escapeUntrustedCell(cell)).join(" | ")} |
`),
    tail: "\n",
    more: (omitted) => `| … ${countWords(omitted, "more metric")} in ${MODEL_MANIFEST_FILE} |${" |".repeat(columns.length - 1)}
`
  });
}
function metricsSection(input) {
  const { manifest, previous } = input;
  const name = escapeUntrusted(manifest.name);
  const current = [...releaseMetrics(manifest)];
  const compared = previous?.manifest === void 0 ? [] : compareReleases(manifest, previous.manifest);
  if (current.length === 0 && compared.length === 0) {
    return {
      title: "metrics",
      priority: KEEP,
      text: "### Metrics\n\nNo metrics: the run gave no comparison report.\n\n"
    };
  }
  if (previous?.manifest !== void 0) {
    return metricsTable(
      `Against the previous release, ${escapeUntrusted(previous.tag)}:`,
      ["Metric", escapeUntrustedCell(previous.tag, 60), "This release", "Δ", "Δ%"],
      compared.map((row) => comparisonCells(row))
    );
  }
  const caption = previous === void 0 ? `The first release of ${name}: no earlier release to compare with.` : `The previous release, ${escapeUntrusted(previous.tag)}, has no ${MODEL_MANIFEST_FILE} to compare with.`;
  const rows = current.map(([metric, value]) => {
    const [shownName, , shownValue] = comparisonCells({
      name: metric,
      baseline: null,
      current: value,
      delta: null,
      verdict: "new",
      reason: "first release",
      rule: { match: "builtin" }
    });
    return [shownName, shownValue];
  });
  return metricsTable(caption, ["Metric", "Value"], rows);
}
function gateLine(gate2) {
  switch (gate2.source) {
    case "not-required":
      return "not required for this release";
    case "check-run":
      return `passed: ${escapeUntrusted(gate2.reason, 200)} (${link(`check run ${gate2.checkRunId}`, gate2.url)})`;
    case "reports": {
      const files = gate2.reports.map((report) => escapeUntrusted(report.file, 60)).join(", ");
      return `passed: ${escapeUntrusted(gate2.reason, 200)} (reports: ${files})`;
    }
  }
}
function lineageSection(input) {
  const { manifest } = input;
  const repo = repositoryUrl(input);
  const lines = [
    `- **Commit:** ${link(`\`${manifest.commit}\``, repo && `${repo}/commit/${manifest.commit}`)}`
  ];
  const pr = manifest.pullRequest;
  if (pr === null) {
    lines.push("- **Pull request:** none");
  } else {
    const approvers = pr.approvers.length > 0 ? `approved by ${pr.approvers.map((login) => escapeUntrusted(login, 40)).join(", ")}` : "no approval counted";
    lines.push(`- **Pull request:** ${link(`#${pr.number}`, pr.url)}, ${approvers}`);
  }
  lines.push(`- **Gate:** ${gateLine(manifest.gate)}`);
  for (const group of manifest.metrics) {
    lines.push(
      `- **Metrics compared by the gate with:** ${escapeUntrusted(describeBaseline(group.baseline), 200)} (verdict ${group.verdict})`
    );
  }
  lines.push(
    `- **Created:** ${timestamp(manifest.createdAt)} by mlgate ${escapeUntrusted(manifest.mlgateVersion, 20)}`
  );
  return { title: "lineage", priority: KEEP, text: `### Lineage

${lines.join("\n")}

` };
}
function dataSections(manifest) {
  if (manifest.data.length === 0) {
    return [{ title: "data", priority: KEEP, text: "### Data\n\nNo validation report was given.\n\n" }];
  }
  const datasets = {
    title: "data fingerprints",
    priority: KEEP,
    text: "### Data\n\n| Schema | Schema sha256 | Fingerprint | Files | Rows |\n| --- | --- | --- | ---: | ---: |\n" + manifest.data.map((dataset) => {
      const rows = dataset.files.reduce((sum, file) => sum + file.rows, 0);
      return `| ${escapeUntrustedCell(dataset.schema.path)} | ${digest(dataset.schema.sha256, 12)} | ${digest(dataset.fingerprint)} | ${groupDigits(dataset.files.length)} | ${groupDigits(rows)} |
`;
    }).join("") + "\n"
  };
  const files = manifest.data.flatMap((dataset) => dataset.files);
  const fileTable = tableSection("data files", CARD_PRIORITY.dataFiles, {
    head: `<details><summary>${countWords(files.length, "data file")}</summary>

| File | Rows | sha256 |
| --- | ---: | --- |
`,
    rows: files.map(
      (file) => `| ${escapeUntrustedCell(file.path)} | ${groupDigits(file.rows)} | ${digest(file.sha256, 12)} |
`
    ),
    tail: "\n</details>\n\n",
    more: (omitted) => `| … ${countWords(omitted, "more file")} in ${MODEL_MANIFEST_FILE} | | |
`
  });
  return [datasets, fileTable];
}
function modelFilesSection(manifest) {
  return tableSection("model files", CARD_PRIORITY.modelFiles, {
    head: "### Files\n\n| File | Bytes | sha256 |\n| --- | ---: | --- |\n",
    rows: manifest.assets.map(
      (asset) => `| ${escapeUntrustedCell(asset.name)} | ${groupDigits(asset.bytes)} | ${digest(asset.sha256, 12)} |
`
    ),
    tail: `
${SHA256SUMS_FILE} lists every file's full sha256.

`,
    more: (omitted) => `| … ${countWords(omitted, "more file")} in ${SHA256SUMS_FILE} | | |
`
  });
}
function downloadSection(manifest) {
  const { name, version, tag } = manifest;
  if (!MODEL_NAME_PATTERN.test(name) || tryParseVersion(version) === void 0 || tag !== `${name}-v${version}`) {
    throw new Error(
      `a manifest neither built nor parsed by mlgate: name ${JSON.stringify(name)}, tag ${JSON.stringify(tag)}`
    );
  }
  const repo = plainRepository(manifest) ?? "OWNER/REPO";
  return {
    title: "download",
    priority: KEEP,
    text: `### Download and verify

\`\`\`sh
mlgate model download ${name}@${version} --repo ${repo}
\`\`\`

Or with the GitHub CLI, then check every file against the release's ${SHA256SUMS_FILE}:

\`\`\`sh
gh release download ${tag} --repo ${repo}
sha256sum -c ${SHA256SUMS_FILE}
\`\`\`

`
  };
}
function cardSections(input) {
  return [
    headline(input),
    metricsSection(input),
    lineageSection(input),
    ...dataSections(input.manifest),
    modelFilesSection(input.manifest),
    downloadSection(input.manifest)
  ];
}
function footer() {
  return `---
<sub>mlgate ${MLGATE_VERSION} · ${MODEL_MANIFEST_FILE} has the full lineage</sub>
`;
}
function renderReleaseBody(input, maxLength = GitHubLimits.releaseBodyChars) {
  const end = footer();
  const body = fitSections(cardSections(input), {
    maxLength: maxLength - end.length,
    unit: "chars",
    note: (leftOut) => leftOut.length === 0 ? "" : `> [!NOTE]
> Shortened to fit GitHub's release body limit, leaving out: ${leftOut.join(", ")}. ${MODEL_MANIFEST_FILE} has everything.

`
  });
  return `${body}${end}`;
}
var HUB_FLOAT = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?$/,
  resolve: (text) => Number(text.replace(/_/g, "")),
  stringify: ({ value }) => {
    const text = String(value);
    const [mantissa = "", exponent] = text.split("e");
    return exponent !== void 0 && !mantissa.includes(".") ? `${mantissa}.0e${exponent}` : text;
  }
};
var oneLine = (text) => terminalText(text);
function renderHubModelCard(input, evaluation = {}) {
  const { manifest } = input;
  const metrics = [...releaseMetrics(manifest)].flatMap(
    ([name, value]) => value.type === "number" ? [{ type: oneLine(name), value: value.value, name: oneLine(name) }] : []
  );
  const task = evaluation.task ?? { type: "other" };
  const dataset = evaluation.dataset ?? { type: "custom", name: `${manifest.name} evaluation data` };
  const metadata = {
    tags: ["mlgate"],
    ...metrics.length > 0 ? {
      "model-index": [
        {
          name: manifest.name,
          results: [
            {
              task: {
                type: oneLine(task.type),
                ...task.name !== void 0 ? { name: oneLine(task.name) } : {}
              },
              dataset: {
                type: oneLine(dataset.type),
                name: oneLine(dataset.name),
                ...dataset.split !== void 0 ? { split: oneLine(dataset.split) } : {}
              },
              metrics
            }
          ]
        }
      ]
    } : {}
  };
  const yaml = (0, import_yaml.stringify)(metadata, {
    version: "1.1",
    customTags: (tags) => [HUB_FLOAT, ...tags],
    lineWidth: 0,
    blockQuote: false
  });
  const markdown = cardSections(input).map((section) => section.text).join("");
  return `---
${yaml}---

${markdown}${footer()}`;
}

// packages/github/src/release/transfer/release-asset-upload.ts
import { setTimeout as sleep } from "node:timers/promises";
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
    if (wait > 0) await sleep(wait);
    wait = 0;
    const started = Date.now();
    try {
      const data = await uploadFileToRelease(client, release.uploadUrl, file);
      const digest2 = assetSha256(data);
      if (digest2 === void 0 || digest2 === file.sha256) return data;
      lastError = new Error(`${file.name} arrived with sha256 ${digest2}, not ${file.sha256}`);
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
var short3 = (sha) => sha.slice(0, 7);
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
      `a draft release ${request.tag} exists for ${short3(foreign.target_commitish)}, not ${short3(request.commit)}: delete it, or choose another version`
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
      `the tag ${tag} already points at ${short3(tagged)}, not ${short3(commit)}: choose another version`
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
  return runs.map((run) => ({
    id: run.id,
    name: run.name,
    headSha: run.head_sha,
    status: run.status,
    conclusion: run.conclusion,
    ...run.html_url != null ? { url: run.html_url } : {}
  }));
}

// packages/github/src/release/model-publication.ts
var PUBLISH_REQUIREMENTS = ["gate-passed", "pr-approved"];
function parseRequirements(text, where) {
  const words = text.split(/[\s,]+/).map((word) => word.trim()).filter((word) => word !== "");
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
  await mkdir(dir, { recursive: true });
  const write = async (name, text, contentType = "text/plain") => {
    const file = path2.join(dir, name);
    await writeFile(file, text);
    const bytes = Buffer.byteLength(text);
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
      path2.join(request.workDir, `release-${version.tag}`),
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
    ...manifestPath !== void 0 ? { manifest: manifestPath } : {},
    modelFiles: modelFiles.map(({ name: asset, sha256 }) => ({ name: asset, sha256 }))
  };
}

// packages/github/src/release/release-profiles.ts
import { createHash } from "node:crypto";
import path3 from "node:path";
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
    const shownAs = file.split(path3.sep).join("/");
    const text = await readUserText(path3.resolve(workspace, file), {
      what: "profile",
      shownAs,
      maxBytes: MAX_PROFILE_BYTES
    });
    const profile = parseProfile(text, shownAs);
    profiles.push({
      shownAs,
      profile,
      text,
      bytes: Buffer.byteLength(text),
      dataset: profile.dataset,
      asset: profileAssetName(profile.dataset),
      sha256: createHash("sha256").update(text).digest("hex"),
      rows: profile.rows
    });
  }
  return profiles;
}

// packages/github/src/release/released-commit.ts
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function releasedCommit(context) {
  if (context.eventName !== "workflow_run") return subjectOf(context).sha;
  const run = context.payload["workflow_run"];
  const sha = run?.head_sha;
  if (typeof sha !== "string" || !SHA.test(sha)) {
    throw new UserError("the workflow_run event names no head_sha: which commit to release is unknown");
  }
  return sha;
}

// packages/github/src/actions/publish-model-action.ts
var { inputs } = PublishModelAction;
async function publishModelAction() {
  const { workspace, env, context, paths } = actionEnvironment();
  const config = await loadActionConfig(inputs.config, paths);
  const publishing = config?.publish;
  const name = stringInput(inputs.name) ?? publishing?.model;
  if (name === void 0) {
    throw new UserError(`input '${inputs.name}' is required (or publish.model in mlgate.yml)`);
  }
  checkModelName(name);
  const given = listInput(inputs.model);
  const modelFrom = given.length > 0 ? `input '${inputs.model}'` : "publish.files";
  const modelPatterns = given.length > 0 ? given : publishing?.files ?? [];
  await paths.checkReadPatterns(modelPatterns, modelFrom, { directories: true });
  const files = await resolveModelFiles(modelPatterns, workspace, modelFrom);
  for (const file of files) paths.checkRead(file.shownAs, modelFrom);
  const reportPatterns = listInput(inputs.reports);
  await paths.checkReadPatterns(reportPatterns, `input '${inputs.reports}'`);
  const profilePatterns = listInput(inputs.profiles);
  await paths.checkReadPatterns(profilePatterns, `input '${inputs.profiles}'`);
  const profiles = await readReleaseProfiles(profilePatterns, workspace, `input '${inputs.profiles}'`);
  const client = await requiredClient(
    clientForTokenInput(inputs.token),
    "publishing a release",
    inputs.token
  )();
  const serverUrl = env["GITHUB_SERVER_URL"] || void 0;
  const workDir = path4.join(env["RUNNER_TEMP"] || os.tmpdir(), "mlgate");
  const outcome = await publishModel(client, {
    source: context,
    commit: releasedCommit(context),
    name,
    files,
    version: stringInput(inputs.version) ?? "auto",
    bump: parseVersionBump(stringInput(inputs.bump) ?? publishing?.bump ?? "patch", `input '${inputs.bump}'`),
    // Empty is the safe default, never "nothing required": that takes `none`, said on purpose.
    requirements: parseRequirements(
      stringInput(inputs.require) ?? PUBLISH_REQUIREMENTS.join(", "),
      `input '${inputs.require}'`
    ),
    minApprovals: optionalIntegerInput(inputs.minApprovals, { min: 0 }) ?? publishing?.requiredApprovals ?? 1,
    allowStaleApprovals: booleanInput(inputs.allowStaleApprovals, false),
    checkName: checkRunName(checkNameInput(inputs.checkName)),
    reports: reportPatterns.length > 0 ? await readReportFiles(reportPatterns, workspace) : [],
    profiles,
    prerelease: booleanInput(inputs.prerelease, false),
    makeLatest: booleanInput(inputs.makeLatest, true),
    ...serverUrl !== void 0 ? { serverUrl } : {},
    workDir,
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
  const checksums = path4.join(workDir, `${outcome.tag}.model.sha256`);
  await mkdir2(workDir, { recursive: true });
  await writeFile2(checksums, formatSha256Sums(outcome.modelFiles));
  setOutput("checksums", checksums);
  await summary.addRaw(
    outcome.status === "published" ? `Published [${outcome.tag}](${outcome.url}).
` : `[${outcome.tag}](${outcome.url}) was already published with these files; nothing changed.
`
  ).write();
  return ExitCode.passed;
}
export {
  publishModelAction
};
