import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  ACTIONS_SERVICE_BUDGET_MS,
  artifactClient,
  artifactScratchDir,
  artifactServiceFailure,
  publish,
  withinBudget
} from "./chunk-BQK7HXF3.js";
import {
  checkNameInput,
  clientForTokenInput
} from "./chunk-QURJ2BOW.js";
import {
  parsePartial,
  readUserBytes,
  readUserText
} from "./chunk-RBU66TPT.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";
import {
  info
} from "./chunk-GPNEBVUZ.js";

// packages/github/src/publish/partial-artifacts.ts
import { readdir } from "node:fs/promises";
import path from "node:path";
var MAX_PARTIAL_BYTES = 256 * 1024 * 1024;
var MAX_KEYS_BYTES = 2 * 1024 * 1024 * 1024;
var PARTIAL_ARTIFACT = /^mlgate-partial-\d+-of-\d+$/;
function partialArtifactName(shard) {
  return `mlgate-partial-${shard.index}-of-${shard.count}`;
}
async function uploadPartialArtifact(files, shard, options = {}) {
  const name = partialArtifactName(shard);
  let id;
  try {
    const client = await artifactClient();
    ({ id } = await withinBudget(
      client.uploadArtifact(name, [...files], path.dirname(files[0]), { retentionDays: 1 }),
      options.budgetMs ?? ACTIONS_SERVICE_BUDGET_MS,
      "the upload"
    ));
  } catch (error) {
    throw artifactServiceFailure(`could not upload artifact '${name}'`, error);
  }
  if (id === void 0)
    throw new UserError(`artifact '${name}' was uploaded but the Actions artifact service returned no id`);
  return { name, id };
}
async function downloadPartialArtifacts(env = process.env, options = {}) {
  const budgetMs = options.budgetMs ?? ACTIONS_SERVICE_BUDGET_MS;
  const client = await artifactClient();
  let artifacts;
  try {
    ({ artifacts } = await withinBudget(client.listArtifacts({ latest: true }), budgetMs, "the listing"));
  } catch (error) {
    throw artifactServiceFailure("could not list the run’s artifacts", error);
  }
  const partials = artifacts.filter((artifact) => PARTIAL_ARTIFACT.test(artifact.name)).sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }));
  if (partials.length === 0)
    throw new UserError(
      "no mlgate-partial-* artifact on this run: run validate-data with `shard: k/n` in every matrix job first (needs:)"
    );
  const root = await artifactScratchDir(env, "mlgate-partials-");
  const inputs = [];
  for (const artifact of partials) {
    const dir = path.join(root, artifact.name);
    try {
      await withinBudget(client.downloadArtifact(artifact.id, { path: dir }), budgetMs, "the download");
    } catch (error) {
      throw artifactServiceFailure(`could not download artifact '${artifact.name}'`, error);
    }
    const files = (await readdir(dir, { withFileTypes: true })).filter(
      (entry) => entry.isFile() && entry.name.endsWith(".json")
    );
    if (files.length !== 1)
      throw new UserError(`artifact '${artifact.name}' holds ${files.length} JSON files, not one partial`);
    const source = `${artifact.name}/${files[0].name}`;
    const text = await readUserText(path.join(dir, files[0].name), {
      what: "partial",
      shownAs: source,
      maxBytes: MAX_PARTIAL_BYTES
    });
    inputs.push(
      await parsePartial(
        text,
        source,
        (name) => readUserBytes(path.join(dir, name), {
          what: "partial keys file",
          shownAs: `${artifact.name}/${name}`,
          maxBytes: MAX_KEYS_BYTES
        })
      )
    );
  }
  return inputs;
}

// packages/github/src/actions/validation-publishing.ts
async function publishValidation(reports, publishing, { workspace, env, context, now }) {
  const result = await publish(
    { reports, failOn: publishing.failOn, fold: publishing.fold },
    {
      summary: true,
      annotations: true,
      checkRun: { name: checkNameInput(publishing.inputs.checkName) },
      outputs: publishing.outputs
    },
    { context, workspace, env, now, client: clientForTokenInput(publishing.inputs.token) }
  );
  info(`${publishing.step}: ${result.gate.verdict} (${result.gate.verdictReason})`);
  return result.gate.exitCode;
}

export {
  uploadPartialArtifact,
  downloadPartialArtifacts,
  publishValidation
};
