import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-Y5NRZDWX.js";
import {
  ACTIONS_SERVICE_BUDGET_MS,
  FileAccumulator,
  artifactClient,
  artifactScratchDir,
  artifactServiceFailure,
  assembleValidationReport,
  fileReportOf,
  publish,
  withinBudget
} from "./chunk-UO7PWVKY.js";
import {
  CODE_COUNT,
  VALIDATION_PARTIAL_KIND,
  VALIDATION_PARTIAL_SCHEMA,
  checkNameInput,
  clientForTokenInput,
  readUserBytes,
  readUserText
} from "./chunk-DVGUS2L5.js";
import {
  MLGATE_VERSION
} from "./chunk-YKNMKEEN.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";
import {
  info
} from "./chunk-GPNEBVUZ.js";
import {
  __toESM
} from "./chunk-JY54KWOX.js";

// packages/engine/src/validate/shards/partial-merge.ts
var import_ajv = __toESM(require_ajv(), 1);
import path from "node:path";

// packages/engine/src/validate/shards/partial-keys.ts
import { createHash } from "node:crypto";
var PartialKeysBuffer = class {
  chunks = [];
  bytes = 0;
  append(keys) {
    const offset = this.bytes;
    const hashes = Buffer.from(keys.hashes.buffer, keys.hashes.byteOffset, 8 * keys.count);
    const rows = Buffer.from(keys.rows.buffer, keys.rows.byteOffset, 4 * keys.count);
    this.chunks.push(Buffer.from(hashes), Buffer.from(rows));
    this.bytes += 12 * keys.count;
    return { count: keys.count, offset };
  }
  get size() {
    return this.bytes;
  }
  contents() {
    return Buffer.concat(this.chunks, this.bytes);
  }
};
function keysDigest(contents) {
  return createHash("sha256").update(contents).digest("hex");
}
function readPieceKeys(contents, entry, source) {
  const end = entry.offset + 12 * entry.count;
  if (end > contents.length)
    throw new UserError(`its keys file ends before the key hashes it lists (byte ${end})`, { file: source });
  const hashes = new Uint32Array(2 * entry.count);
  Buffer.from(hashes.buffer).set(contents.subarray(entry.offset, entry.offset + 8 * entry.count));
  const rows = new Uint32Array(entry.count);
  Buffer.from(rows.buffer).set(contents.subarray(entry.offset + 8 * entry.count, end));
  return { hashes, rows, count: entry.count };
}

// packages/engine/src/validate/shards/partial-merge.ts
var validator;
var MAX_PARTIAL_BYTES = 256 * 1024 * 1024;
var MAX_KEYS_BYTES = 2 * 1024 * 1024 * 1024;
async function readPartialFile(file, options = {}) {
  const shownAs = options.shownAs ?? file;
  const where = { ...options.cwd !== void 0 ? { cwd: options.cwd } : {} };
  const text = await readUserText(file, { what: "partial", shownAs, maxBytes: MAX_PARTIAL_BYTES, ...where });
  return parsePartial(
    text,
    shownAs,
    (name) => readUserBytes(path.join(path.dirname(file), name), {
      what: "partial keys file",
      shownAs: path.posix.join(path.posix.dirname(shownAs), name),
      maxBytes: MAX_KEYS_BYTES,
      ...where
    })
  );
}
async function parsePartial(text, source, readKeys) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`not JSON: ${error.message}`, { file: source });
  }
  validator ??= new import_ajv.Ajv({ allErrors: false, strict: true }).compile(VALIDATION_PARTIAL_SCHEMA);
  if (!validator(value)) {
    const first = validator.errors?.[0];
    throw new UserError(
      `not an ${VALIDATION_PARTIAL_KIND} partial (written by mlgate validate --shard): ${first?.instancePath || "/"} ${first?.message ?? ""}`.trim(),
      { file: source }
    );
  }
  const partial = value;
  if (partial.mlgateVersion !== MLGATE_VERSION)
    throw new UserError(
      `written by mlgate ${partial.mlgateVersion}, not ${MLGATE_VERSION}: every shard and the merge must run one version`,
      { file: source }
    );
  const expected = partial.keysFile;
  if (expected !== void 0) {
    const keys = await readKeys(expected.name);
    if (keys.length !== expected.bytes || keysDigest(keys) !== expected.sha256)
      throw new UserError(`its keys file ${expected.name} is not the one it was written with`, {
        file: source
      });
    return { source, partial, keys };
  }
  return { source, partial };
}
function mergePartials(inputs, settings) {
  if (inputs.length === 0) throw new UserError("no partials to merge");
  const first = inputs[0];
  const count = first.partial.shard.count;
  const byIndex = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    const { shard } = input.partial;
    if (shard.count !== count)
      throw new UserError(
        `shard ${shard.index}/${shard.count}, but ${first.source} is of ${count} shards: the partials come from different runs`,
        { file: input.source }
      );
    const earlier = byIndex.get(shard.index);
    if (earlier !== void 0)
      throw new UserError(`shard ${shard.index}/${count} again (also ${earlier.source})`, {
        file: input.source
      });
    byIndex.set(shard.index, input);
  }
  const absent = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (absent.length > 0)
    throw new UserError(
      `shard${absent.length === 1 ? "" : "s"} ${absent.map((index) => `${index}/${count}`).join(", ")} missing: merge every shard's partial`
    );
  const shards = Array.from({ length: count }, (_, i) => byIndex.get(i + 1));
  return first.partial.datasets.map((dataset) => ({
    name: dataset.name,
    report: mergeDataset(dataset, shards, settings.createdAt, settings.subject ?? first.partial.subject)
  }));
}
function mergeDataset(dataset, shards, createdAt, subject) {
  const results = new Array(dataset.files.length);
  const pieces = /* @__PURE__ */ new Map();
  for (const input of shards) {
    const { source, partial } = input;
    const mine = partial.datasets.find((candidate) => candidate.name === dataset.name);
    if (mine === void 0 || partial.datasets.length !== shards[0].partial.datasets.length)
      throw new UserError(`the shards validated different datasets (${dataset.name} is not in all)`, {
        file: source
      });
    const disagree = (what) => new UserError(`dataset ${dataset.name}: the shards disagree on ${what}; were they run on one commit?`, {
      file: source
    });
    if (mine.schema.sha256 !== dataset.schema.sha256 || mine.schema.path !== dataset.schema.path || JSON.stringify(mine.finish) !== JSON.stringify(dataset.finish))
      throw disagree("the schema");
    checkPieces(mine, source);
    if (mine.limits.maxErrors !== dataset.limits.maxErrors || mine.limits.examplesPerColumn !== dataset.limits.examplesPerColumn)
      throw disagree("the error limits");
    if (mine.files.length !== dataset.files.length || mine.files.some((file, i) => file !== dataset.files[i]))
      throw disagree("the data files");
    for (const result of mine.results) {
      if (result.position >= dataset.files.length || result.file.path !== dataset.files[result.position])
        throw disagree(`file ${result.position + 1}`);
      if (results[result.position] !== void 0)
        throw new UserError(`dataset ${dataset.name}: ${result.file.path} was validated by two shards`, {
          file: source
        });
      results[result.position] = { file: result.file, examples: result.examples };
    }
    for (const piece of mine.pieces) {
      if (piece.position >= dataset.files.length) throw disagree(`file ${piece.position + 1}`);
      const list = pieces.get(piece.position) ?? [];
      list.push({ input, piece });
      pieces.set(piece.position, list);
    }
  }
  for (const [position, list] of pieces) {
    if (results[position] !== void 0)
      throw new UserError(
        `dataset ${dataset.name}: ${dataset.files[position]} was validated whole and in pieces`
      );
    results[position] = mergePieces(dataset, position, list);
  }
  const missing = results.findIndex((result) => result === void 0);
  if (missing >= 0)
    throw new UserError(
      `dataset ${dataset.name}: no shard validated ${dataset.files[missing]}; were the partials made with one shard count?`
    );
  return assembleValidationReport(results, dataset.schema, {
    ...dataset.limits,
    subject,
    createdAt
  });
}
function mergePieces(dataset, position, list) {
  const file = dataset.files[position];
  const count = list[0].piece.piece.count;
  const ordered = new Array(count);
  for (const entry of list) {
    const { index, count: of } = entry.piece.piece;
    if (of !== count || index >= count || ordered[index] !== void 0)
      throw new UserError(`dataset ${dataset.name}: the pieces of ${file} do not fit together`, {
        file: entry.input.source
      });
    ordered[index] = entry;
  }
  const gap = ordered.findIndex((entry) => entry === void 0);
  if (gap >= 0)
    throw new UserError(`dataset ${dataset.name}: piece ${gap + 1} of ${count} of ${file} is missing`);
  const pieces = ordered;
  const first = pieces[0].piece;
  if (first.whole === void 0 || pieces.some(({ piece }) => piece.format !== first.format))
    throw new UserError(`dataset ${dataset.name}: the pieces of ${file} do not fit together`);
  const { plan, keys } = dataset.finish;
  const accumulator = new FileAccumulator(file, plan, keys, dataset.limits.examplesPerColumn);
  try {
    const read = [];
    for (const entry of pieces) {
      read.push(entry);
      if (entry.piece.state.stoppedAt !== null) break;
    }
    accumulator.expectRows(
      read.reduce((sum, { piece }) => sum + piece.state.rows, 0),
      true
    );
    for (const { piece } of read) accumulator.addPiece(piece.state);
    keys.forEach((_, k) => {
      for (const { input, piece } of read) {
        const entry = piece.keys[k];
        if (entry === void 0 || entry.count === 0) continue;
        if (input.keys === void 0)
          throw new UserError("it lists key hashes but has no keys file", { file: input.source });
        const hashes = readPieceKeys(input.keys, entry, input.source);
        accumulator.replayKeys(k, { hashes: hashes.hashes, lines: hashes.rows, count: hashes.count });
      }
    });
    const outcome = accumulator.finish(first.present);
    return {
      file: fileReportOf(file, first.whole.bytes, first.format, first.whole.sha256, outcome),
      examples: outcome.examples
    };
  } finally {
    accumulator.dispose();
  }
}
function checkPieces(dataset, source) {
  const columns = dataset.finish.plan.columns.length;
  const broken = (what) => new UserError(`dataset ${dataset.name}: ${what} does not fit its schema's ${columns} columns`, {
    file: source
  });
  for (const key of dataset.finish.keys)
    if (key.columns.length === 0 || key.columns.some((column) => column >= columns))
      throw broken(`the key (${key.label})`);
  for (const { state, present, position } of dataset.pieces) {
    const what = `the piece of file ${position + 1}`;
    if (present.length !== columns || state.counts.length !== (columns + 1) * CODE_COUNT || state.nulls.length !== columns || state.examples.length !== columns + 1)
      throw broken(what);
  }
}

// packages/github/src/publish/partial-artifacts.ts
import { readdir } from "node:fs/promises";
import path2 from "node:path";
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
      client.uploadArtifact(name, [...files], path2.dirname(files[0]), { retentionDays: 1 }),
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
    const dir = path2.join(root, artifact.name);
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
    inputs.push(
      await readPartialFile(path2.join(dir, files[0].name), {
        shownAs: `${artifact.name}/${files[0].name}`
      })
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
  PartialKeysBuffer,
  keysDigest,
  mergePartials,
  uploadPartialArtifact,
  downloadPartialArtifacts,
  publishValidation
};
