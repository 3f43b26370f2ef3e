import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  CODE_COUNT,
  CODE_INDEX,
  DEFAULT_FOLD,
  DEFAULT_HISTORY_LENGTH,
  ERROR_CODES,
  FAIL_ON,
  GitHubLimits,
  MetricPolicy,
  NESTED_TOO_DEEP,
  PROFILE_KIND,
  RETRAIN_TRIGGERS,
  VALIDATION_REPORT_KIND,
  checkRunContent,
  checkRunName,
  commentMarkdown,
  detectFormat,
  formatStamp,
  gate,
  isForkPullRequest,
  isNewerThan,
  isValidCommentId,
  nestsDeeperThan,
  openUserFile,
  parseBaselineSpec,
  parseStamp,
  readReportFile,
  readUserStream,
  repositoryPath,
  sha256File,
  subjectOf,
  summaryMarkdown,
  validationVerdict,
  viewOf
} from "./chunk-DVGUS2L5.js";
import {
  MLGATE_VERSION,
  httpStatusOf
} from "./chunk-YKNMKEEN.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";
import {
  error,
  info,
  notice,
  setOutput,
  warning
} from "./chunk-GPNEBVUZ.js";
import {
  BatchProfiler,
  CATEGORY_BOUND,
  EXACT_CATEGORY_BOUND,
  NUMERIC_DISTINCT_BOUND,
  checkCell,
  endRow,
  finishBatch,
  hashBytesInto,
  hashNumberInto,
  matchPattern,
  newAcc,
  nullValue,
  prepare,
  profileKindOf,
  readRecord,
  runRange
} from "./chunk-NUYAXNPL.js";

// packages/engine/src/profile/quantile-sketch.ts
var DEFAULT_SKETCH_K = 200;
var CAPACITY_DECAY = 2 / 3;
var MIN_LEVEL_CAPACITY = 8;
var QuantileSketch = class _QuantileSketch {
  constructor(k = DEFAULT_SKETCH_K, seed = 2654435769) {
    this.k = k;
    if (!Number.isInteger(k) || k < 8 || k > 65535)
      throw new RangeError(`sketch k must be 8..65535, got ${k}`);
    this.random = seed >>> 0 || 1;
    this.recomputeCapacities();
  }
  k;
  levels = [[]];
  count = 0;
  min = Infinity;
  max = -Infinity;
  size = 0;
  /** Each level's capacity and their sum, recomputed only when a level is added (read on every add). */
  capacities = [];
  totalCapacity = 0;
  random;
  static restore(state) {
    const sketch = new _QuantileSketch(state.k, state.seed);
    sketch.levels.length = 0;
    for (const level of state.levels) sketch.levels.push([...level]);
    if (sketch.levels.length === 0) sketch.levels.push([]);
    sketch.count = state.count;
    sketch.min = state.count === 0 ? Infinity : state.min;
    sketch.max = state.count === 0 ? -Infinity : state.max;
    sketch.size = sketch.levels.reduce((total, level) => total + level.length, 0);
    sketch.recomputeCapacities();
    return sketch;
  }
  get n() {
    return this.count;
  }
  /** Adds one finite value; the caller counts NaN and the infinities apart (they have no rank). */
  add(value) {
    if (!Number.isFinite(value)) throw new RangeError(`a quantile sketch takes finite values, got ${value}`);
    this.levels[0].push(value);
    this.size += 1;
    this.count += 1;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (this.size > this.totalCapacity) this.compress();
  }
  /**
   * Adds sorted values that each stand for 2^level values (a stratified sample of a batch, batch-profile.ts):
   * they join the level their weight belongs to, as the sketch's own compaction would have placed them.
   * `min` and `max`, when given, are the batch's exact extremes (a sample may miss them).
   */
  addWeighted(sorted, level, min, max) {
    if (sorted.length === 0) return;
    while (this.levels.length <= level) this.addLevel();
    const target = this.levels[level];
    for (let i = 0; i < sorted.length; i++) target.push(sorted[i]);
    this.size += sorted.length;
    this.count += sorted.length * 2 ** level;
    const low = Math.min(sorted[0], min ?? Infinity);
    const high = Math.max(sorted[sorted.length - 1], max ?? -Infinity);
    if (low < this.min) this.min = low;
    if (high > this.max) this.max = high;
    while (this.size > this.totalCapacity) this.compress();
  }
  /** Folds `other` in: the result summarises both streams with the same error bound. */
  merge(other) {
    if (other.k !== this.k) throw new RangeError(`cannot merge sketches of k ${this.k} and ${other.k}`);
    if (other.count === 0) return;
    for (let h = 0; h < other.levels.length; h++) {
      if (this.levels[h] === void 0) this.addLevel();
      for (const value of other.levels[h]) this.levels[h].push(value);
    }
    this.size += other.size;
    this.count += other.count;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    while (this.size > this.totalCapacity) this.compress();
  }
  /**
   * The value at quantile `q` (0 ≤ q ≤ 1): the smallest retained value whose weighted rank reaches q·n, with
   * the exact minimum and maximum at the ends. Undefined for an empty sketch.
   */
  quantile(q) {
    if (!(q >= 0 && q <= 1)) throw new RangeError(`a quantile is between 0 and 1, got ${q}`);
    if (this.count === 0) return void 0;
    if (q === 0) return this.min;
    if (q === 1) return this.max;
    const items = this.weightedItems();
    const target = q * this.count;
    let rank = 0;
    for (const [value, weight] of items) {
      rank += weight;
      if (rank >= target) return value;
    }
    return this.max;
  }
  /** The estimated fraction of values ≤ `value`. */
  rank(value) {
    if (this.count === 0) return 0;
    let below = 0;
    for (let h = 0; h < this.levels.length; h++) {
      const weight = 2 ** h;
      for (const item of this.levels[h]) if (item <= value) below += weight;
    }
    return below / this.count;
  }
  /** Whether the sketch still holds every value it was given (nothing compacted or sampled yet). */
  isExact() {
    return this.levels.every((level, h) => h === 0 || level.length === 0) && this.levels[0].length === this.count;
  }
  state() {
    return {
      k: this.k,
      count: this.count,
      min: this.count === 0 ? 0 : this.min,
      max: this.count === 0 ? 0 : this.max,
      levels: this.levels.map((level) => [...level]),
      seed: this.random
    };
  }
  weightedItems() {
    const items = [];
    for (let h = 0; h < this.levels.length; h++) {
      const weight = 2 ** h;
      for (const value of this.levels[h]) items.push([value, weight]);
    }
    return items.sort((a, b) => a[0] - b[0]);
  }
  capacity(level) {
    const depth = this.levels.length - 1 - level;
    return Math.max(MIN_LEVEL_CAPACITY, Math.ceil(this.k * CAPACITY_DECAY ** depth));
  }
  recomputeCapacities() {
    this.capacities = this.levels.map((_, h) => this.capacity(h));
    this.totalCapacity = this.capacities.reduce((total, capacity) => total + capacity, 0);
  }
  /**
   * Halves the lowest level that is at its capacity into the level above; when none is (a new level just
   * shrank the ones below), the lowest that can be halved at all, so every call makes progress.
   */
  compress() {
    const full = this.levels.findIndex((level, h2) => level.length >= this.capacities[h2]);
    const h = full >= 0 ? full : this.levels.findIndex((level) => level.length >= 2);
    if (h >= 0) {
      const level = this.levels[h];
      if (h + 1 === this.levels.length) this.addLevel();
      const sorted = Float64Array.from(level).sort();
      for (let i = 0; i < sorted.length; i++) level[i] = sorted[i];
      const kept = level.length % 2 === 1 ? level.pop() : void 0;
      const offset = this.nextBit();
      const above = this.levels[h + 1];
      for (let i = offset; i < level.length; i += 2) above.push(level[i]);
      this.size -= level.length / 2;
      level.length = 0;
      if (kept !== void 0) level.push(kept);
    }
  }
  addLevel() {
    this.levels.push([]);
    this.recomputeCapacities();
  }
  /** xorshift32: tiny, seeded, and good enough for a coin flip per compaction. */
  nextBit() {
    let x = this.random;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.random = x;
    return x & 1;
  }
};

// packages/engine/src/profile/sketch-histogram.ts
var HISTOGRAM_BINS = 20;
function sketchHistogram(sketch, min, max, count) {
  if (count === 0) return { edges: [], counts: [], exact: true };
  const exact = sketch.isExact();
  if (min === max) return { edges: [min, max], counts: [count], exact: true };
  const edges = [];
  for (let i = 0; i <= HISTOGRAM_BINS; i++)
    edges.push(i === HISTOGRAM_BINS ? max : min + (max - min) * i / HISTOGRAM_BINS);
  const shares = [];
  let below = 0;
  for (let i = 1; i <= HISTOGRAM_BINS; i++) {
    const upTo = i === HISTOGRAM_BINS ? 1 : sketch.rank(edges[i]);
    shares.push(Math.max(0, upTo - below) * count);
    below = Math.max(below, upTo);
  }
  const counts = shares.map(Math.floor);
  let missing = count - counts.reduce((sum, c) => sum + c, 0);
  const order = shares.map((share, i) => ({ i, rest: share - Math.floor(share) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let j = 0; missing > 0 && j < order.length; j++, missing--) counts[order[j].i] += 1;
  return { edges, counts, exact };
}

// packages/engine/src/profile/column-profiler.ts
var PROFILE_CATEGORY_LIMIT = 100;
var PROFILE_SKETCH_K = 128;
function numberText(value) {
  return Object.is(value, -0) ? "0" : String(value);
}
var ColumnProfiler = class {
  constructor(name, type, kind, mode) {
    this.name = name;
    this.type = type;
    this.kind = kind;
    this.mode = mode;
  }
  name;
  type;
  kind;
  mode;
  count = 0;
  mean = 0;
  m2 = 0;
  min = Infinity;
  max = -Infinity;
  nan = 0;
  positiveInfinity = 0;
  negativeInfinity = 0;
  sketch = new QuantileSketch(PROFILE_SKETCH_K);
  /** Numeric distinct values (as numbers), null once past NUMERIC_DISTINCT_BOUND. */
  distinct = /* @__PURE__ */ new Map();
  categories = /* @__PURE__ */ new Map();
  other = 0;
  otherDistinct = 0;
  textCount = 0;
  rawValues = [];
  addNumeric(batch) {
    this.nan += batch.nan;
    this.positiveInfinity += batch.positiveInfinity;
    this.negativeInfinity += batch.negativeInfinity;
    if (batch.count === 0) return;
    const total = this.count + batch.count;
    const delta = batch.mean - this.mean;
    this.mean += delta * batch.count / total;
    this.m2 += batch.m2 + delta * delta * this.count * batch.count / total;
    this.count = total;
    if (batch.min < this.min) this.min = batch.min;
    if (batch.max > this.max) this.max = batch.max;
    this.sketch.addWeighted(batch.sample, batch.sampleLevel, batch.min, batch.max);
    if (this.mode === "exact") this.rawValues.push(batch.sample);
    if (this.distinct !== null) {
      if (batch.distinct === null) this.distinct = null;
      else {
        const { values, counts } = batch.distinct;
        for (let i = 0; i < values.length; i++)
          this.distinct.set(values[i], (this.distinct.get(values[i]) ?? 0) + counts[i]);
        if (this.distinct.size > NUMERIC_DISTINCT_BOUND) this.distinct = null;
      }
    }
  }
  addCategories(batch) {
    const bound = this.mode === "exact" ? EXACT_CATEGORY_BOUND : CATEGORY_BOUND;
    for (let i = 0; i < batch.values.length; i++) {
      const value = batch.values[i];
      this.textCount += batch.counts[i];
      this.categories.set(value, (this.categories.get(value) ?? 0) + batch.counts[i]);
    }
    this.textCount += batch.other;
    this.other += batch.other;
    this.otherDistinct += batch.otherDistinct;
    if (this.categories.size >= bound * 2) {
      const sorted = [...this.categories].sort((a, b) => b[1] - a[1]);
      for (const [value, count] of sorted.slice(bound)) {
        this.other += count;
        this.otherDistinct += 1;
        this.categories.delete(value);
      }
    }
  }
  /** The column's profile, given its null count (the checks count nulls), and its raw values in exact mode. */
  finish(nulls) {
    const base = { name: this.name, type: this.type, kind: this.kind ?? "categorical" };
    if (this.kind === "numeric") {
      const numeric = this.numericSummary();
      const categories = this.distinct === null ? void 0 : this.numericCategories(this.distinct);
      const profile = {
        ...base,
        count: this.count + this.nan + this.positiveInfinity + this.negativeInfinity,
        nulls,
        numeric,
        ...categories ? { categories } : {}
      };
      if (this.mode !== "exact") return { profile };
      const values = concatenated(this.rawValues).sort();
      return { profile, raw: { kind: "numeric", values } };
    }
    if (this.kind === "categorical") {
      const profile = {
        ...base,
        count: this.textCount,
        nulls,
        categories: this.categorySummary()
      };
      if (this.mode !== "exact") return { profile };
      return { profile, raw: { kind: "categorical", counts: new Map(this.categories) } };
    }
    return { profile: { ...base, count: 0, nulls } };
  }
  numericSummary() {
    const empty = this.count === 0;
    const state = this.sketch.state();
    return {
      count: this.count,
      min: empty ? null : this.min,
      max: empty ? null : this.max,
      mean: empty ? null : this.mean,
      std: empty ? null : Math.sqrt(this.m2 / this.count),
      nan: this.nan,
      positiveInfinity: this.positiveInfinity,
      negativeInfinity: this.negativeInfinity,
      sketch: state,
      histogram: sketchHistogram(this.sketch, empty ? 0 : this.min, empty ? 0 : this.max, this.count)
    };
  }
  numericCategories(distinct) {
    const values = [...distinct].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([value, count]) => ({ value: numberText(value), count }));
    return { exact: true, distinct: values.length, values, other: 0, bound: NUMERIC_DISTINCT_BOUND };
  }
  categorySummary() {
    const sorted = [...this.categories].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)
    );
    const listed = sorted.slice(0, PROFILE_CATEGORY_LIMIT);
    const unlisted = sorted.slice(PROFILE_CATEGORY_LIMIT).reduce((sum, [, count]) => sum + count, 0);
    const exact = this.otherDistinct === 0 && sorted.length <= PROFILE_CATEGORY_LIMIT;
    return {
      exact,
      distinct: sorted.length + this.otherDistinct,
      values: listed.map(([value, count]) => ({ value, count })),
      other: this.other + unlisted,
      bound: PROFILE_CATEGORY_LIMIT
    };
  }
};
function concatenated(parts) {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Float64Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
var DatasetProfiler = class {
  constructor(columns, mode) {
    this.mode = mode;
    this.columns = columns.map((c) => new ColumnProfiler(c.name, c.type, c.kind, mode));
  }
  mode;
  columns;
  add(batch) {
    for (let c = 0; c < this.columns.length; c++) {
      const numeric = batch.numeric[c];
      if (numeric) this.columns[c].addNumeric(numeric);
      const categories = batch.categories[c];
      if (categories) this.columns[c].addCategories(categories);
    }
  }
};

// packages/engine/src/profile/profile-document.ts
function datasetProfile(profiler, facts) {
  const columns = [];
  const raw = /* @__PURE__ */ new Map();
  profiler.columns.forEach((column, c) => {
    const finished = column.finish(facts.nulls[c] ?? 0);
    columns.push(finished.profile);
    if (finished.raw !== void 0) raw.set(column.name, finished.raw);
  });
  const document = {
    kind: PROFILE_KIND,
    mlgateVersion: MLGATE_VERSION,
    subject: facts.subject,
    createdAt: facts.createdAt,
    dataset: facts.dataset,
    rows: facts.files.reduce((sum, file) => sum + file.rows, 0),
    files: facts.files,
    columns
  };
  return profiler.mode === "exact" ? { document, raw } : { document };
}

// packages/engine/src/validate/validate-data.ts
import { createHash } from "node:crypto";
import { statSync as statSync2 } from "node:fs";
import { availableParallelism } from "node:os";

// packages/engine/src/validate/checks/column-mapping.ts
function mapColumns(names, plan) {
  const problems = [];
  const fields = plan.columns.map((c) => c.name);
  const index = new Map(fields.map((name, i) => [name, i]));
  const seen = /* @__PURE__ */ new Set();
  for (const name of names) {
    if (seen.has(name)) problems.push({ field: name, message: `the header repeats the column "${name}"` });
    seen.add(name);
  }
  let colMap;
  if (plan.fieldsMatch === "exact") {
    colMap = names.map((_, i) => i < fields.length ? i : -1);
    names.forEach((name, i) => {
      if (i >= fields.length)
        problems.push({ field: name, message: `column ${i + 1} "${name}" is not in the schema` });
      else if (name !== fields[i])
        problems.push({
          field: fields[i],
          message: `column ${i + 1} is "${name}", the schema expects "${fields[i]}" (fieldsMatch: exact)`
        });
    });
    for (let i = names.length; i < fields.length; i++)
      problems.push({ field: fields[i], message: `column "${fields[i]}" is missing (fieldsMatch: exact)` });
  } else {
    colMap = names.map((name) => index.get(name) ?? -1);
    const present2 = new Set(names);
    const extra = names.filter((name) => !index.has(name));
    const missing = fields.filter((name) => !present2.has(name));
    if (plan.fieldsMatch === "equal" || plan.fieldsMatch === "superset") {
      for (const name of extra)
        problems.push({
          field: name,
          message: `column "${name}" is not in the schema (fieldsMatch: ${plan.fieldsMatch})`
        });
    }
    if (plan.fieldsMatch === "equal" || plan.fieldsMatch === "subset") {
      for (const name of missing)
        problems.push({
          field: name,
          message: `column "${name}" is missing (fieldsMatch: ${plan.fieldsMatch})`
        });
    }
    if (plan.fieldsMatch === "partial" && names.length > 0 && extra.length === names.length) {
      problems.push({
        field: null,
        message: "no column of the file is in the schema (fieldsMatch: partial)"
      });
    }
  }
  const present = fields.map((_, i) => colMap.includes(i));
  const reported = new Set(problems.map((p) => p.field));
  plan.columns.forEach((column, i) => {
    if (column.required && !present[i] && !reported.has(column.name)) {
      problems.push({ field: column.name, message: `required column "${column.name}" is missing` });
    }
  });
  return { colMap, present, problems };
}

// packages/engine/src/profile/value-profiling.ts
function profileColumnData(profiler, c, data, rows, validity) {
  const present = (i) => validity === void 0 || validity[i] === 1;
  switch (data.type) {
    case "utf8":
      for (let i = 0; i < rows; i++)
        if (present(i)) profiler.bytes(c, data.data, data.offsets[i], data.offsets[i + 1]);
      return;
    case "dictionary": {
      const { offsets, data: bytes } = data.dictionary;
      const counts = new Float64Array(offsets.length - 1);
      for (let i = 0; i < rows; i++) if (present(i)) counts[data.indices[i]] += 1;
      const decoder = new TextDecoder();
      for (let entry = 0; entry < counts.length; entry++) {
        if (counts[entry] > 0)
          profiler.text(
            c,
            decoder.decode(bytes.subarray(offsets[entry], offsets[entry + 1])),
            counts[entry]
          );
      }
      return;
    }
    case "bool":
      for (let i = 0; i < rows; i++)
        if (present(i)) profiler.text(c, data.values[i] === 1 ? "true" : "false");
      return;
    case "values":
      for (let i = 0; i < rows; i++) if (present(i)) profileJsonValue(profiler, c, data.values[i]);
      return;
    case "int64":
    case "uint64":
      for (let i = 0; i < rows; i++) if (present(i)) profiler.number(c, Number(data.values[i]));
      return;
    default:
      for (let i = 0; i < rows; i++) if (present(i)) profiler.number(c, data.values[i]);
  }
}
function profileJsonValue(profiler, c, value) {
  if (typeof value === "number") profiler.number(c, value);
  else if (typeof value === "string") profiler.text(c, value);
  else if (typeof value === "boolean") profiler.text(c, value ? "true" : "false");
  else if (typeof value === "bigint") profiler.number(c, Number(value));
}

// packages/engine/src/validate/checks/column-check-loops.ts
function numericWindow(column) {
  const min = column.minimum ?? -Infinity;
  const max = column.maximum ?? Infinity;
  const exMin = column.exclusiveMinimum ?? -Infinity;
  const exMax = column.exclusiveMaximum ?? Infinity;
  const lowest = Math.max(Math.ceil(min), Math.floor(exMin) + 1);
  const highest = Math.min(Math.floor(max), Math.ceil(exMax) - 1);
  return {
    min,
    max,
    exMin,
    exMax,
    integral: column.kind === "integer" || column.kind === "year",
    allowed: column.enum && column.kind !== "string" ? new Set(column.enum) : void 0,
    low: Number.isFinite(lowest) ? BigInt(lowest) : void 0,
    high: Number.isFinite(highest) ? BigInt(highest) : void 0,
    lowest,
    highest
  };
}
function numberIsFine(v, w) {
  return v >= w.min && v <= w.max && v > w.exMin && v < w.exMax && (!w.integral || Number.isInteger(v)) && (w.allowed === void 0 || w.allowed.has(v));
}
function isoOf(type, v) {
  if (type === "date-days") return new Date(v * 864e5).toISOString().slice(0, 10);
  if (type === "timestamp-ms") return new Date(v).toISOString();
  if (type === "time-seconds") {
    const s = Math.floor(v);
    const pad = (n) => String(n).padStart(2, "0");
    return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  }
  if (type === "bool") return v === 1 ? "true" : "false";
  return String(v);
}
function checkNumbers(ctx, type, values, w) {
  const { kernel, target, column, validity, hashes } = ctx;
  for (let i = 0; i < ctx.rows; i++) {
    if (validity !== void 0 && validity[i] === 0) {
      kernel.checkNull(column, i, target);
      continue;
    }
    const v = values[i];
    if (!numberIsFine(v, w)) ctx.checkValueText(isoOf(type, v), i);
    if (hashes !== void 0) kernel.hashNumberInto(v, hashes, i);
  }
}
var SAFE_HIGH_WORD = 2097152;
function checkBigInts(ctx, values, w) {
  const { kernel, target, column, validity, hashes } = ctx;
  const { low, high, allowed, lowest, highest } = w;
  const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
  const signed = values instanceof BigInt64Array;
  for (let i = 0; i < ctx.rows; i++) {
    if (validity !== void 0 && validity[i] === 0) {
      kernel.checkNull(column, i, target);
      continue;
    }
    const hiWord = words[i * 2 + 1];
    if (signed ? hiWord >= -SAFE_HIGH_WORD && hiWord < SAFE_HIGH_WORD : hiWord >>> 0 < SAFE_HIGH_WORD) {
      const n = hiWord * 4294967296 + (words[i * 2] >>> 0);
      if (n < lowest || n > highest || allowed !== void 0 && !allowed.has(n))
        ctx.checkValueText(String(n), i);
      if (hashes !== void 0) kernel.hashNumberInto(n, hashes, i);
      continue;
    }
    const v = values[i];
    if (low !== void 0 && v < low || high !== void 0 && v > high || allowed !== void 0 && !allowed.has(Number(v)))
      ctx.checkValueText(v.toString(), i);
    if (hashes !== void 0) kernel.hashNumberInto(Number(v), hashes, i);
  }
}
function checkUtf8(ctx, text) {
  const { kernel, prepared, target, column, validity, hashes } = ctx;
  kernel.checkTextColumn(prepared, column, text.offsets, text.data, ctx.rows, validity, hashes, target);
}
function checkDictionary(ctx, indices, dictionary) {
  const { kernel, prepared, target, column, validity, hashes } = ctx;
  const { offsets, data } = dictionary;
  const entries = offsets.length - 1;
  const status = new Uint8Array(entries);
  const entryHashes = hashes === void 0 ? void 0 : new Uint32Array(entries * 2);
  for (let i = 0; i < ctx.rows; i++) {
    if (validity !== void 0 && validity[i] === 0) {
      kernel.checkNull(column, i, target);
      continue;
    }
    const entry = indices[i];
    let state = status[entry];
    if (state === 0) {
      if (entry < 0 || entry >= entries)
        throw new Error(`a dictionary index ${entry} is outside the ${entries}-entry dictionary`);
      state = kernel.isCleanText(prepared, column, data, offsets[entry], offsets[entry + 1]) ? 1 : 2;
      status[entry] = state;
      if (entryHashes !== void 0)
        kernel.hashBytesInto(data, offsets[entry], offsets[entry + 1], entryHashes, entry);
    }
    if (state === 2)
      kernel.checkText(prepared, column, data, offsets[entry], offsets[entry + 1], i, target);
    if (hashes !== void 0) {
      hashes[i * 2] = entryHashes[entry * 2];
      hashes[i * 2 + 1] = entryHashes[entry * 2 + 1];
    }
  }
}
function checkValues(ctx, values, encoder) {
  const { kernel, target, column, hashes } = ctx;
  for (let i = 0; i < ctx.rows; i++) {
    const value = values[i];
    if (ctx.validity !== void 0 && ctx.validity[i] === 0 || value === null || value === void 0) {
      kernel.checkNull(column, i, target);
      continue;
    }
    const text = typeof value === "string" ? value : typeof value === "bigint" ? value.toString() : JSON.stringify(value);
    ctx.checkValueText(text, i);
    if (hashes !== void 0) {
      const bytes = encoder.encode(text);
      kernel.hashBytesInto(bytes, 0, bytes.length, hashes, i);
    }
  }
}
function checkColumnData(ctx, data, window, encoder) {
  switch (data.type) {
    case "utf8":
      return checkUtf8(ctx, data);
    case "dictionary":
      return checkDictionary(ctx, data.indices, data.dictionary);
    case "values":
      return checkValues(ctx, data.values, encoder);
    case "int64":
    case "uint64":
      return checkBigInts(ctx, data.values, window);
    default:
      return checkNumbers(ctx, data.type, data.values, window);
  }
}

// packages/engine/src/validate/checks/cell-kernel/cell-kernel.ts
var hashHi = new Int32Array(1);
var hashLo = new Int32Array(1);
var probes = /* @__PURE__ */ new WeakMap();
function isAscii(bytes, start, end) {
  let ascii = true;
  for (let i = start; i < end; i++) if (bytes[i] > 127) ascii = false;
  return ascii;
}
var cellKernel = {
  prepare,
  runRange,
  matchPattern,
  readRecord,
  checkText(_prepared, column, bytes, start, end, line, into) {
    return checkCell(into, column, bytes, start, end, isAscii(bytes, start, end), line);
  },
  checkTextColumn(prepared, column, offsets, data, rows, validity, hashes, into) {
    const p = prepared;
    const acc = into;
    const plain = p.plainText[column] === 1;
    const dfa = p.patternDfa[column] ?? null;
    for (let i = 0; i < rows; i++) {
      if (validity !== void 0 && validity[i] === 0) {
        nullValue(acc, column, i);
        continue;
      }
      const s = offsets[i];
      const e = offsets[i + 1];
      if (hashes !== void 0) {
        hashBytesInto(hashHi, hashLo, 0, data, s, e);
        hashes[i * 2] = hashHi[0];
        hashes[i * 2 + 1] = hashLo[0];
      }
      if (plain && e > s && (dfa === null || matchPattern(dfa, data, s, e) === 1)) {
        acc.rowNull[column] = 0;
        continue;
      }
      checkCell(acc, column, data, s, e, isAscii(data, s, e), i);
    }
  },
  checkNull(column, line, into) {
    nullValue(into, column, line);
  },
  endRecord(line, into) {
    const acc = into;
    endRow(acc, acc.p.plan.colMap.length, line, void 0);
    acc.rowNull.fill(1);
  },
  addError(into, column, code, line, value, message) {
    into.addError(column, code, line, value, message);
  },
  newTarget: (prepared) => newAcc(prepared),
  finishTarget(_prepared, target, rows, lines2) {
    const acc = target;
    acc.rows = rows;
    acc.line = lines2;
    return finishBatch(acc, 0, 0);
  },
  hashBytesInto(bytes, start, end, into, slot) {
    hashBytesInto(hashHi, hashLo, 0, bytes, start, end);
    into[slot * 2] = hashHi[0];
    into[slot * 2 + 1] = hashLo[0];
  },
  hashNumberInto(value, into, slot) {
    hashNumberInto(hashHi, hashLo, 0, value);
    into[slot * 2] = hashHi[0];
    into[slot * 2 + 1] = hashLo[0];
  },
  isCleanText(prepared, column, bytes, start, end) {
    const p = prepared;
    let acc = probes.get(p);
    if (!acc) probes.set(p, acc = newAcc(p));
    const slot = column * p.plan.codeCount;
    let before = acc.nulls[column];
    for (let k = 0; k < p.plan.codeCount; k++) before += acc.counts[slot + k];
    checkCell(acc, column, bytes, start, end, isAscii(bytes, start, end), 0);
    let after = acc.nulls[column];
    for (let k = 0; k < p.plan.codeCount; k++) after += acc.counts[slot + k];
    return after === before;
  }
};
function kernelOnThisThread() {
  return cellKernel;
}

// packages/engine/src/validate/uniqueness/ordered-key.ts
var PROBE = 0;
var FRESH = 1;
var FRESH_DEMOTING = 2;
var OrderedKey = class {
  /** The last two fresh values, `last` above `before`; `before` absent means "below everything". */
  last;
  before;
  lastNumber = NaN;
  beforeNumber = -Infinity;
  lastWords;
  beforeWords;
  /**
   * Fills `flags[i]` (PROBE, FRESH, FRESH_DEMOTING) for each non-null row. Returns false, leaving `flags`
   * alone, for a column it does not classify.
   */
  classify(data, rows, validity, flags) {
    switch (data.type) {
      case "utf8":
        this.classifyText(data.offsets, data.data, rows, validity, flags);
        return true;
      case "int64":
      case "uint64":
        this.classifyWords(
          new Int32Array(data.values.buffer, data.values.byteOffset, rows * 2),
          data.type === "int64",
          rows,
          validity,
          flags
        );
        return true;
      case "dictionary":
      case "values":
      case "bool":
        return false;
      default:
        this.classifyNumbers(data.values, rows, validity, flags);
        return true;
    }
  }
  classifyNumbers(values, rows, validity, flags) {
    let last = this.lastNumber;
    let before = this.beforeNumber;
    for (let i = 0; i < rows; i++) {
      if (validity !== void 0 && validity[i] === 0) continue;
      const v = values[i];
      if (v > last || last !== last && v === v) {
        flags[i] = FRESH;
        if (last === last) before = last;
        last = v;
      } else if (v < last && v > before) {
        flags[i] = FRESH_DEMOTING;
        last = v;
      } else flags[i] = PROBE;
    }
    this.lastNumber = last;
    this.beforeNumber = before;
  }
  classifyWords(words, signed, rows, validity, flags) {
    let hasLast = this.lastWords !== void 0;
    let [lastHigh, lastLow] = this.lastWords ?? [0, 0];
    let hasBefore = this.beforeWords !== void 0;
    let [beforeHigh, beforeLow] = this.beforeWords ?? [0, 0];
    for (let i = 0; i < rows; i++) {
      if (validity !== void 0 && validity[i] === 0) continue;
      const h = signed ? words[i * 2 + 1] : words[i * 2 + 1] >>> 0;
      const l = words[i * 2] >>> 0;
      const versusLast = !hasLast ? 1 : h !== lastHigh ? h - lastHigh : l - lastLow;
      if (versusLast > 0) {
        flags[i] = FRESH;
        hasBefore = hasLast;
        beforeHigh = lastHigh;
        beforeLow = lastLow;
      } else if (versusLast < 0 && (!hasBefore || h > beforeHigh || h === beforeHigh && l > beforeLow)) {
        flags[i] = FRESH_DEMOTING;
      } else {
        flags[i] = PROBE;
        continue;
      }
      hasLast = true;
      lastHigh = h;
      lastLow = l;
    }
    this.lastWords = hasLast ? [lastHigh, lastLow] : void 0;
    this.beforeWords = hasBefore ? [beforeHigh, beforeLow] : void 0;
  }
  classifyText(offsets, data, rows, validity, flags) {
    let lastBytes = this.last?.bytes;
    let lastStart = this.last?.start ?? 0;
    let lastEnd = this.last?.end ?? 0;
    let beforeBytes = this.before?.bytes;
    let beforeStart = this.before?.start ?? 0;
    let beforeEnd = this.before?.end ?? 0;
    for (let i = 0; i < rows; i++) {
      if (validity !== void 0 && validity[i] === 0) continue;
      const s = offsets[i];
      const e = offsets[i + 1];
      const versusLast = lastBytes === void 0 ? 1 : compareBytes(data, s, e, lastBytes, lastStart, lastEnd);
      if (versusLast > 0) {
        flags[i] = FRESH;
        beforeBytes = lastBytes;
        beforeStart = lastStart;
        beforeEnd = lastEnd;
      } else if (versusLast < 0 && (beforeBytes === void 0 || compareBytes(data, s, e, beforeBytes, beforeStart, beforeEnd) > 0)) {
        flags[i] = FRESH_DEMOTING;
      } else {
        flags[i] = PROBE;
        continue;
      }
      lastBytes = data;
      lastStart = s;
      lastEnd = e;
    }
    this.last = lastBytes && own({ bytes: lastBytes, start: lastStart, end: lastEnd }, data);
    this.before = beforeBytes && own({ bytes: beforeBytes, start: beforeStart, end: beforeEnd }, data);
  }
};
function own(slice, batch) {
  if (slice.bytes !== batch) return slice;
  return { bytes: batch.slice(slice.start, slice.end), start: 0, end: slice.end - slice.start };
}
function compareBytes(a, as, ae, b, bs, be) {
  const n = Math.min(ae - as, be - bs);
  for (let i = 0; i < n; i++) {
    const d = a[as + i] - b[bs + i];
    if (d !== 0) return d;
  }
  return ae - as - (be - bs);
}

// packages/engine/src/validate/checks/columnar-checker.ts
var INTS = [
  "int8",
  "int16",
  "int32",
  "int64",
  "uint8",
  "uint16",
  "uint32",
  "uint64"
];
var FLOATS = ["float32", "float64"];
var COMPATIBLE = {
  number: [...INTS, ...FLOATS],
  integer: INTS,
  year: INTS,
  boolean: ["bool"],
  string: ["utf8"],
  date: ["date-days", "utf8"],
  datetime: ["timestamp-ms", "utf8"],
  time: ["time-seconds", "utf8"],
  yearmonth: ["utf8"],
  duration: ["utf8"],
  geopoint: ["utf8"],
  object: ["utf8"],
  array: ["utf8"],
  any: [...INTS, ...FLOATS, "bool", "utf8", "date-days", "timestamp-ms", "time-seconds"]
};
function checkDeclaredTypes(plan, declared) {
  const byName = new Map(declared.map((d) => [d.name, d]));
  const problems = [];
  for (const column of plan.columns) {
    const file = byName.get(column.name);
    if (!file || file.type === "values") continue;
    if (!COMPATIBLE[column.kind].includes(file.type)) {
      problems.push({
        field: column.name,
        message: `column "${column.name}" is declared ${file.declared} in the file, the schema wants ${column.kind}`
      });
    }
  }
  return problems;
}
var ColumnarChecker = class {
  constructor(plan, keys, maxExamplesPerColumn, incompatible, profileMode) {
    this.plan = plan;
    this.keys = keys;
    this.profileMode = profileMode;
    this.skip = new Set(incompatible);
    this.windows = plan.columns.map(numericWindow);
    this.keyed = new Set(keys.flatMap((k) => k.columns));
    this.order = keys.map((k) => k.columns.length === 1 ? new OrderedKey() : void 0);
    this.prepared = this.kernel.prepare({
      delimiter: 44,
      columns: plan.columns,
      colMap: plan.columns.map((_, i) => i),
      keys: [],
      codes: CODE_INDEX,
      codeCount: CODE_COUNT,
      maxExamplesPerColumn,
      rowsMode: false,
      maxRecordBytes: 0,
      blockBytes: 0
    });
  }
  plan;
  keys;
  profileMode;
  kernel = kernelOnThisThread();
  prepared;
  encoder = new TextEncoder();
  skip;
  /** Per column, computed once: the window of values that need no kernel check. */
  windows;
  keyed;
  /** Per key: order tracking for single-column keys (ordered-key.ts), undefined for composite keys. */
  order;
  /**
   * Hash, row and flag buffers, reused batch after batch: the accumulator takes a batch's key hashes and
   * inserts them before the next batch is checked.
   */
  scratch = /* @__PURE__ */ new Map();
  identity = new Uint32Array(0);
  batches = 0;
  buffer(name, length) {
    let buffer = this.scratch.get(name);
    if (!buffer || buffer.length < length) this.scratch.set(name, buffer = new Uint32Array(length));
    return buffer.subarray(0, length);
  }
  bytes(name, length) {
    const words = this.buffer(name, Math.ceil(length / 4));
    return new Uint8Array(words.buffer, words.byteOffset, length);
  }
  /** 0, 1, 2, …: the rows of a key without nulls. */
  rowsUpTo(count) {
    if (this.identity.length < count) {
      this.identity = new Uint32Array(count);
      for (let i = 0; i < count; i++) this.identity[i] = i;
    }
    return this.identity.subarray(0, count);
  }
  /** Lines in the result are row offsets within the batch; merge with base = first row number of the batch. */
  check(batch) {
    const { kernel, prepared } = this;
    const target = kernel.newTarget(prepared);
    const profiler = this.profileMode === void 0 ? void 0 : new BatchProfiler(
      this.plan.columns.map((column) => column.kind),
      this.profileMode,
      2654435769 ^ this.batches++
    );
    const byName = new Map(batch.columns.map((c) => [c.name, c]));
    const hashes = /* @__PURE__ */ new Map();
    const checkValueText = (c) => (text, row) => {
      const bytes = this.encoder.encode(text);
      kernel.checkText(prepared, c, bytes, 0, bytes.length, row, target);
    };
    this.plan.columns.forEach((column, c) => {
      const data = byName.get(column.name);
      if (!data || this.skip.has(column.name)) return;
      const columnHashes = this.keyed.has(c) ? this.buffer(`column ${c}`, batch.rowCount * 2) : void 0;
      if (columnHashes) hashes.set(c, columnHashes);
      const context = {
        kernel,
        prepared,
        target,
        column: c,
        rows: batch.rowCount,
        validity: data.validity,
        hashes: columnHashes,
        checkValueText: checkValueText(c)
      };
      checkColumnData(context, data.data, this.windows[c], this.encoder);
      if (profiler !== void 0) profileColumnData(profiler, c, data.data, batch.rowCount, data.validity);
    });
    const result = kernel.finishTarget(prepared, target, batch.rowCount, batch.rowCount);
    return {
      ...result,
      ...profiler !== void 0 ? { profile: profiler.finish() } : {},
      keys: this.keys.map((key, k) => this.keyHashes(k, key, hashes, byName, batch.rowCount))
    };
  }
  keyHashes(k, key, hashes, byName, rows) {
    const parts = key.columns.map((c) => hashes.get(c));
    if (parts.some((p) => p === void 0))
      return { hashes: new Uint32Array(0), lines: new Uint32Array(0), count: 0 };
    const nullable = key.columns.map((c) => byName.get(this.plan.columns[c].name)?.validity).filter((v) => v !== void 0);
    const single = parts.length === 1 ? parts[0] : void 0;
    const column = single && byName.get(this.plan.columns[key.columns[0]].name);
    const freshRows = this.bytes(`key ${k} fresh`, rows);
    const classified = column !== void 0 && this.order[k].classify(column.data, rows, column.validity, freshRows);
    if (single !== void 0 && nullable.length === 0) {
      const keyHashes2 = { hashes: single, lines: this.rowsUpTo(rows), count: rows };
      return classified ? { ...keyHashes2, fresh: freshRows } : keyHashes2;
    }
    const out = this.buffer(`key ${k}`, rows * 2);
    const lines2 = this.buffer(`key ${k} rows`, rows);
    let count = 0;
    rows: for (let i = 0; i < rows; i++) {
      for (let n = 0; n < nullable.length; n++) if (nullable[n][i] === 0) continue rows;
      if (single !== void 0) {
        out[count * 2] = single[i * 2];
        out[count * 2 + 1] = single[i * 2 + 1];
      } else {
        let hi = 625341585;
        let lo = 1640531527;
        for (const part of parts) {
          hi = Math.imul(hi ^ part[i * 2], 2654435761) ^ hi >>> 15;
          lo = Math.imul(lo ^ part[i * 2 + 1], 2246822519) ^ hi;
        }
        out[count * 2] = hi >>> 0;
        out[count * 2 + 1] = lo >>> 0;
      }
      if (classified) freshRows[count] = freshRows[i];
      lines2[count++] = i;
    }
    const keyHashes = { hashes: out.subarray(0, count * 2), lines: lines2.subarray(0, count), count };
    return classified ? { ...keyHashes, fresh: freshRows.subarray(0, count) } : keyHashes;
  }
};

// packages/engine/src/validate/readers/columnar-readers.ts
var COLUMNAR_OPENERS = {
  parquet: async (file, display) => (await import("./parquet-reader-3TK5EAJ3.js")).openParquet(file, display),
  arrow: async (file, display) => (await import("./arrow-reader-FAW5ICUX.js")).openArrow(file, display)
};

// packages/engine/src/validate/checks/csv-validator.ts
import { closeSync as closeSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";
import * as fs from "node:fs";
import { isUtf8 } from "node:buffer";

// packages/engine/src/validate/uniqueness/spill-file.ts
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var SpillFile = class {
  /** Bytes written so far: the next append goes here. */
  end = 0;
  fd;
  path;
  closed = false;
  constructor(prefix) {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    const file = join(dir, "spill");
    this.fd = openSync(file, "w+");
    this.path = dir;
    try {
      unlinkSync(file);
      rmSync(dir, { recursive: true, force: true });
      this.path = null;
    } catch {
    }
  }
  /** Writes all of `bytes` at `position`. */
  write(bytes, position) {
    for (let done = 0; done < bytes.length; )
      done += writeSync(this.fd, bytes, done, bytes.length - done, position + done);
  }
  append(bytes) {
    this.write(bytes, this.end);
    this.end += bytes.length;
  }
  /** Fills `into` from `position`; throws if the file ends first. */
  read(into, position) {
    for (let done = 0; done < into.length; ) {
      const got = readSync(this.fd, into, done, into.length - done, position + done);
      if (got === 0) throw new Error("a spill file ended early");
      done += got;
    }
  }
  /** Safe to call twice. */
  close() {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    if (this.path) rmSync(this.path, { recursive: true, force: true });
  }
};

// packages/engine/src/validate/uniqueness/hash-log.ts
var BUFFER_ENTRIES = 8192;
var HashLog = class {
  spill;
  buffer = new Uint32Array(BUFFER_ENTRIES * 2);
  buffered = 0;
  spilled = 0;
  get count() {
    return this.spilled + this.buffered;
  }
  append(hi, lo) {
    if (this.buffered === BUFFER_ENTRIES) this.flush();
    this.buffer[this.buffered * 2] = hi;
    this.buffer[this.buffered * 2 + 1] = lo;
    this.buffered++;
  }
  /** Appends `count` entries given as interleaved halves, in order. */
  appendAll(words, count) {
    for (let done = 0; done < count; ) {
      if (this.buffered === BUFFER_ENTRIES) this.flush();
      const n = Math.min(count - done, BUFFER_ENTRIES - this.buffered);
      this.buffer.set(words.subarray(done * 2, (done + n) * 2), this.buffered * 2);
      this.buffered += n;
      done += n;
    }
  }
  /** Takes back the last entry (there must be one appended since the last pop). */
  pop() {
    if (this.buffered === 0) throw new Error("nothing to take back from the hash log");
    this.buffered--;
    return { hi: this.buffer[this.buffered * 2], lo: this.buffer[this.buffered * 2 + 1] };
  }
  /** Every entry in order, with its index. */
  forEach(visit) {
    if (this.spill !== void 0 && this.spilled > 0) {
      const block = new Uint32Array(BUFFER_ENTRIES * 2);
      const bytes = new Uint8Array(block.buffer);
      for (let start = 0; start < this.spilled; start += BUFFER_ENTRIES) {
        const count = Math.min(BUFFER_ENTRIES, this.spilled - start);
        this.spill.read(bytes.subarray(0, count * 8), start * 8);
        for (let i = 0; i < count; i++) visit(block[i * 2], block[i * 2 + 1], start + i);
      }
    }
    for (let i = 0; i < this.buffered; i++)
      visit(this.buffer[i * 2], this.buffer[i * 2 + 1], this.spilled + i);
  }
  /** Frees the temp file. Safe to call twice. */
  close() {
    this.spill?.close();
    this.spill = void 0;
  }
  /** Writes all but the last entry, which stays for `pop`. */
  flush() {
    const keep = this.buffered - 1;
    this.spill ??= new SpillFile("mlgate-keys-");
    this.spill.write(new Uint8Array(this.buffer.buffer, 0, keep * 8), this.spilled * 8);
    this.spilled += keep;
    this.buffer.copyWithin(0, keep * 2, this.buffered * 2);
    this.buffered = 1;
  }
};

// packages/engine/src/validate/uniqueness/unique-hash-set.ts
var DEFAULT_MAX_SLOTS = 1 << 19;
var IN_MEMORY_BUDGET_BYTES = 24 * 1024 * 1024;
var SCALE_32 = 1 / 4294967296;
function homeSlot(h, l, slots) {
  return Math.floor(((l ^ Math.imul(h, 2654435761)) >>> 0) * slots * SCALE_32);
}
function storedLow(h, l) {
  return h === 0 && l === 0 ? 1 : l;
}
var MAX_LOAD = 0.7;
var MIN_SLOTS = 1024;
var RECORD_BYTES = 16;
var HASH_BYTES = 8;
var BLOCK_RECORDS = 4096;
var GROUP = 32;
var sharedScratch;
function scratchFor(records) {
  if (sharedScratch && sharedScratch.hi.length >= records) return sharedScratch;
  sharedScratch = {
    hi: new Uint32Array(records),
    lo: new Uint32Array(records),
    row: new Float64Array(records),
    hi2: new Uint32Array(records),
    lo2: new Uint32Array(records),
    row2: new Float64Array(records),
    counts: new Uint32Array(1 << 16),
    block: new ArrayBuffer(BLOCK_RECORDS * RECORD_BYTES)
  };
  return sharedScratch;
}
function slotsFor(entries, maxSlots) {
  let slots = MIN_SLOTS;
  while (slots < maxSlots && slots * MAX_LOAD < entries) slots *= 2;
  return Math.min(slots, maxSlots);
}
function wholeTableSlots(entries) {
  const slots = Math.max(MIN_SLOTS, Math.ceil(entries / MAX_LOAD) + 1);
  return slots * HASH_BYTES <= IN_MEMORY_BUDGET_BYTES ? slots : 0;
}
var UniqueHashSet = class {
  /**
   * One record per slot, two views of one buffer: words [s·i, s·i+1] the hash halves (s = `stride`), double
   * [2i+1] the row. Interleaved so a probe touches one cache line, not one in a hash array and one in a row
   * array: on a table bigger than the caches that miss is most of the cost of `add`. A whole table (see
   * `presize`) keeps no rows (8-byte records, `rows` undefined): it can only ever be the first run, whose rows
   * the merge never reports (they are first occurrences), so half the memory and fewer cache and TLB misses.
   */
  hashes;
  rows;
  stride = 4;
  slots;
  size = 0;
  maxSlots;
  spillingMaxSlots;
  runs = [];
  touched = 0;
  spill;
  constructor(options = {}) {
    this.maxSlots = Math.max(MIN_SLOTS, options.maxSlots ?? DEFAULT_MAX_SLOTS);
    this.spillingMaxSlots = this.maxSlots;
    const slots = slotsFor(options.expectedEntries ?? 0, this.maxSlots);
    [this.hashes, this.rows] = newTable(slots, true);
    this.slots = slots;
  }
  /**
   * Sizes the table for `entries` values up front, so it is not rebuilt while it fills, capped at `maxSlots`;
   * with `whole`, for all of them when they fit the in-memory budget (no spill). CSV leaves `whole` off: its
   * other buffers already take most of its RSS budget.
   */
  presize(entries, whole = false) {
    const slotsForAll = whole && this.runs.length === 0 ? wholeTableSlots(entries) : 0;
    if (slotsForAll > 0) {
      this.maxSlots = Math.max(slotsForAll, this.slots);
      this.rehash(this.maxSlots, false);
      return;
    }
    const slots = slotsFor(entries, this.maxSlots);
    if (slots > this.slots) this.rehash(slots, this.rows !== void 0);
  }
  /** Runs written to disk so far (for tests and the memory bound). */
  get spilledRuns() {
    return this.runs.length;
  }
  /** Adds the hash seen at `row`; returns false when this run already holds it (a duplicate, reported now). */
  add(hi, lo, row) {
    const h = hi >>> 0;
    const l = storedLow(h, lo >>> 0);
    if (this.size >= this.slots * MAX_LOAD) {
      if (this.slots < this.maxSlots)
        this.rehash(Math.min(this.slots * 4, this.maxSlots), this.rows !== void 0);
      else this.spillRun();
    }
    return this.insertFrom(homeSlot(h, l, this.slots), h, l, row);
  }
  /**
   * `add` for `count` hashes (high, low interleaved) seen at rows `base + lines[i]` (`base + i` without
   * lines), calling `onDuplicate` with the row of each one this run already holds.
   *
   * Why in groups: on a table larger than the caches nearly every probe misses, and one at a time those
   * misses are serial. Each group first computes its slots and reads one word of each (independent loads
   * the CPU overlaps), then inserts into lines already on their way: about 1.6x faster at 2M values.
   */
  addBatch(hashes, lines2, count, base, onDuplicate) {
    const group = new Int32Array(GROUP);
    let touched = 0;
    for (let start = 0; start < count; start += GROUP) {
      const n = Math.min(GROUP, count - start);
      const roomy = this.size + n <= this.slots * MAX_LOAD;
      if (roomy) {
        for (let k = 0; k < n; k++) {
          const h = hashes[(start + k) * 2] >>> 0;
          const i = homeSlot(h, storedLow(h, hashes[(start + k) * 2 + 1] >>> 0), this.slots);
          group[k] = i;
          touched ^= this.hashes[i * this.stride];
        }
      }
      for (let k = 0; k < n; k++) {
        const at = start + k;
        const row = base + (lines2 === null ? at : lines2[at]);
        const h = hashes[at * 2] >>> 0;
        const l = storedLow(h, hashes[at * 2 + 1] >>> 0);
        const added = roomy ? this.insertFrom(group[k], h, l, row) : this.add(h, l, row);
        if (!added) onDuplicate(row);
      }
    }
    this.touched = touched;
  }
  /**
   * The row stored with a hash this set holds in memory, or undefined when it does not hold it. For sets that
   * never spilled and keep rows (not a whole table): key-uniqueness.ts asks it of its small set of probes.
   */
  firstRow(hi, lo) {
    const h = hi >>> 0;
    const l = storedLow(h, lo >>> 0);
    const { hashes, rows, stride, slots } = this;
    for (let i = homeSlot(h, l, slots); ; i = i + 1 === slots ? 0 : i + 1) {
      const sh = hashes[i * stride];
      const sl = hashes[i * stride + 1];
      if (sh === 0 && sl === 0) return void 0;
      if (sh === h && sl === l) return rows === void 0 ? void 0 : rows[i * 2 + 1];
    }
  }
  /** Linear probing from slot `i`: stores the hash in the first empty slot, or finds it (false). */
  insertFrom(i, h, l, row) {
    const { hashes, rows, stride, slots } = this;
    for (; ; i = i + 1 === slots ? 0 : i + 1) {
      const sh = hashes[i * stride];
      const sl = hashes[i * stride + 1];
      if (sh === 0 && sl === 0) {
        hashes[i * stride] = h;
        hashes[i * stride + 1] = l;
        if (rows !== void 0) rows[i * 2 + 1] = row;
        this.size++;
        return true;
      }
      if (sh === h && sl === l) return false;
    }
  }
  /**
   * Reports (in hash order, not row order) the row of every occurrence whose value an earlier run held, then
   * frees the disk. Does nothing when nothing spilled: `add` already reported every duplicate.
   */
  finish(onDuplicate) {
    if (!this.spill) return;
    try {
      this.spillRun();
      this.mergeRuns(onDuplicate);
    } finally {
      this.close();
    }
  }
  /** Frees the spill file without merging (validation stopped by an error). Safe to call twice. */
  close() {
    this.spill?.close();
    this.spill = void 0;
  }
  rehash(slots, withRows) {
    const oldHashes = this.hashes;
    const oldRows = this.rows;
    const oldStride = this.stride;
    const oldSlots = this.slots;
    [this.hashes, this.rows] = newTable(slots, withRows);
    this.stride = withRows ? 4 : 2;
    this.slots = slots;
    this.size = 0;
    for (let i = 0; i < oldSlots; i++) {
      const h = oldHashes[i * oldStride];
      const l = oldHashes[i * oldStride + 1];
      if (h !== 0 || l !== 0) this.add(h, l, oldRows === void 0 ? 0 : oldRows[i * 2 + 1]);
    }
  }
  /** Sorts the table's entries by hash (LSD radix, 4 × 16 bits), appends them as one run, empties the table. */
  spillRun() {
    const n = this.size;
    if (n === 0) return;
    this.spill ??= new SpillFile("mlgate-unique-");
    const s = scratchFor(Math.ceil(this.maxSlots * MAX_LOAD) + 1);
    let k = 0;
    for (let i = 0; i < this.slots; i++) {
      const h = this.hashes[i * this.stride];
      const l = this.hashes[i * this.stride + 1];
      if (h === 0 && l === 0) continue;
      s.hi[k] = h;
      s.lo[k] = l;
      s.row[k++] = this.rows === void 0 ? 0 : this.rows[i * 2 + 1];
    }
    let [hi, lo, row, hi2, lo2, row2] = [s.hi, s.lo, s.row, s.hi2, s.lo2, s.row2];
    for (let pass = 0; pass < 4; pass++) {
      const keys = pass < 2 ? lo : hi;
      const shift = pass % 2 === 0 ? 0 : 16;
      const counts = s.counts.fill(0);
      for (let i = 0; i < n; i++) counts[keys[i] >>> shift & 65535]++;
      for (let d = 0, sum = 0; d < counts.length; d++) {
        const c = counts[d];
        counts[d] = sum;
        sum += c;
      }
      for (let i = 0; i < n; i++) {
        const to = counts[keys[i] >>> shift & 65535]++;
        hi2[to] = hi[i];
        lo2[to] = lo[i];
        row2[to] = row[i];
      }
      [hi, lo, row, hi2, lo2, row2] = [hi2, lo2, row2, hi, lo, row];
    }
    const words = new Uint32Array(s.block);
    const doubles = new Float64Array(s.block);
    const bytes = new Uint8Array(s.block);
    const position = this.spill.end;
    for (let start = 0; start < n; start += BLOCK_RECORDS) {
      const count = Math.min(BLOCK_RECORDS, n - start);
      for (let r = 0; r < count; r++) {
        words[r * 4] = hi[start + r];
        words[r * 4 + 1] = lo[start + r];
        doubles[r * 2 + 1] = row[start + r];
      }
      this.spill.append(bytes.subarray(0, count * RECORD_BYTES));
    }
    this.runs.push({ position, length: n });
    this.size = 0;
    if (this.rows === void 0) {
      this.maxSlots = this.spillingMaxSlots;
      this.slots = this.maxSlots;
      this.stride = 4;
      [this.hashes, this.rows] = newTable(this.slots, true);
    } else this.hashes.fill(0);
  }
  /** k-way merge of the sorted runs; ties go to the earlier run, whose row is the first occurrence. */
  mergeRuns(onDuplicate) {
    const spill = this.spill;
    const readers = this.runs.map((run, i) => new RunReader(spill, run, i));
    const heap = new RunHeap(readers);
    let lastHi = -1;
    let lastLo = -1;
    for (; ; ) {
      const top = heap.peek();
      if (top === void 0) break;
      if (top.hi === lastHi && top.lo === lastLo) onDuplicate(top.row);
      lastHi = top.hi;
      lastLo = top.lo;
      if (top.next()) heap.siftDownTop();
      else heap.pop();
    }
  }
};
function newTable(slots, withRows) {
  const buffer = new ArrayBuffer(slots * (withRows ? RECORD_BYTES : HASH_BYTES));
  return [new Uint32Array(buffer), withRows ? new Float64Array(buffer) : void 0];
}
var RunReader = class {
  constructor(spill, run, order) {
    this.spill = spill;
    this.run = run;
    this.order = order;
  }
  spill;
  run;
  order;
  hi = 0;
  lo = 0;
  row = 0;
  block = new ArrayBuffer(BLOCK_RECORDS * RECORD_BYTES);
  words = new Uint32Array(this.block);
  doubles = new Float64Array(this.block);
  bytes = new Uint8Array(this.block);
  loaded = 0;
  at = 0;
  read = 0;
  /** Moves to the next record; false past the end of the run. */
  next() {
    if (this.at === this.loaded) {
      if (this.read === this.run.length) return false;
      const count = Math.min(BLOCK_RECORDS, this.run.length - this.read);
      const want = count * RECORD_BYTES;
      const from = this.run.position + this.read * RECORD_BYTES;
      this.spill.read(this.bytes.subarray(0, want), from);
      this.read += count;
      this.loaded = count;
      this.at = 0;
    }
    this.hi = this.words[this.at * 4];
    this.lo = this.words[this.at * 4 + 1];
    this.row = this.doubles[this.at * 2 + 1];
    this.at++;
    return true;
  }
};
var RunHeap = class {
  items = [];
  constructor(readers) {
    for (const reader of readers) if (reader.next()) this.push(reader);
  }
  peek() {
    return this.items[0];
  }
  pop() {
    const last = this.items.pop();
    if (this.items.length === 0) return;
    this.items[0] = last;
    this.siftDownTop();
  }
  siftDownTop() {
    const items = this.items;
    let i = 0;
    for (; ; ) {
      const left = i * 2 + 1;
      if (left >= items.length) return;
      const right = left + 1;
      const child = right < items.length && this.less(items[right], items[left]) ? right : left;
      if (!this.less(items[child], items[i])) return;
      [items[i], items[child]] = [items[child], items[i]];
      i = child;
    }
  }
  push(reader) {
    const items = this.items;
    items.push(reader);
    let i = items.length - 1;
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (!this.less(items[i], items[parent])) return;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }
  less(a, b) {
    if (a.hi !== b.hi) return a.hi < b.hi;
    if (a.lo !== b.lo) return a.lo < b.lo;
    return a.order < b.order;
  }
};

// packages/engine/src/validate/uniqueness/key-uniqueness.ts
var MAX_PROBES = 1 << 16;
var FILTER_MASK = (1 << 20) - 1;
var FilteredSet = class {
  set;
  bits = new Int32Array((FILTER_MASK + 1) / 32);
  constructor(expectedEntries = 0) {
    this.set = new UniqueHashSet({ expectedEntries });
  }
  /** False when the set already holds the hash. */
  add(hi, lo, row) {
    const bit = lo & FILTER_MASK;
    this.bits[bit >>> 5] |= 1 << (bit & 31);
    return this.set.add(hi, lo, row);
  }
  /** The row the hash was added with, or undefined when the set does not hold it. */
  firstRow(hi, lo) {
    const bit = lo & FILTER_MASK;
    return (this.bits[bit >>> 5] & 1 << (bit & 31)) === 0 ? void 0 : this.set.firstRow(hi, lo);
  }
  close() {
    this.set.close();
  }
};
var KeyUniqueness = class {
  set = new UniqueHashSet();
  expected;
  inSet = false;
  fresh = new HashLog();
  lastFreshRow = 0;
  /** Fresh entries (by index) that repeat a spike: reported already, never again. */
  reported = /* @__PURE__ */ new Set();
  probeHashes = [];
  probeRows = [];
  spikes;
  spikeRows = /* @__PURE__ */ new Set();
  /** About `rows` rows are coming: the set is sized for them if it is ever needed. */
  expect(rows, whole) {
    this.expected = { rows, whole };
  }
  /** The key's hashes in one batch, rows numbered from `base`; `onDuplicate` gets each repeating row. */
  add(batch, base, onDuplicate) {
    if (batch.count === 0) return;
    if (!this.inSet && batch.fresh !== void 0 && this.keep(batch, base, onDuplicate)) return;
    this.moveToSet(onDuplicate);
    this.set.addBatch(batch.hashes, batch.lines, batch.count, base, onDuplicate);
  }
  /** Repeats found at the end: among the kept values, or in spilled runs merged. Frees everything. */
  finish(onDuplicate) {
    try {
      if (!this.inSet) this.checkKept(onDuplicate);
      this.set.finish(onDuplicate);
    } finally {
      this.close();
    }
  }
  /** Safe to call twice. */
  close() {
    this.set.close();
    this.spikes?.close();
    this.fresh.close();
  }
  /** Keeps a batch's fresh values and probes; false (nothing kept) when the probes would pass the limit. */
  keep(batch, base, onDuplicate) {
    const { hashes, lines: lines2, count } = batch;
    const flags = batch.fresh;
    let probes2 = 0;
    for (let i = 0; i < count; i++) {
      if (flags[i] === PROBE || flags[i] === FRESH_DEMOTING) probes2++;
    }
    if (this.probeRows.length + probes2 > MAX_PROBES) return false;
    const log = this.fresh;
    if (probes2 === 0) {
      if (this.spikes !== void 0) {
        for (let i = 0; i < count; i++) {
          if (this.spikes.firstRow(hashes[i * 2], hashes[i * 2 + 1]) === void 0) continue;
          this.reported.add(log.count + i);
          onDuplicate(base + lines2[i]);
        }
      }
      log.appendAll(hashes, count);
      this.lastFreshRow = base + lines2[count - 1];
      return true;
    }
    for (let i = 0; i < count; i++) {
      const flag = flags[i];
      const row = base + lines2[i];
      const hi = hashes[i * 2];
      const lo = hashes[i * 2 + 1];
      if (flag === PROBE) {
        this.probeHashes.push(hi, lo);
        this.probeRows.push(row);
        continue;
      }
      if (flag === FRESH_DEMOTING && log.count > 0) this.demoteLast();
      if (this.spikes?.firstRow(hi, lo) !== void 0) {
        this.reported.add(log.count);
        onDuplicate(row);
      }
      log.append(hi, lo);
      this.lastFreshRow = row;
    }
    return true;
  }
  /** The last fresh entry (at `lastFreshRow`) was a spike: it becomes a probe. */
  demoteLast() {
    const { hi, lo } = this.fresh.pop();
    if (this.reported.delete(this.fresh.count)) return;
    this.probeHashes.push(hi, lo);
    this.probeRows.push(this.lastFreshRow);
    this.spikeRows.add(this.lastFreshRow);
    (this.spikes ??= new FilteredSet()).add(hi, lo, this.lastFreshRow);
  }
  /** Probe indexes in row order (spikes join the probes one row late). */
  probeOrder() {
    const rows = this.probeRows;
    return Array.from(rows.keys()).sort((a, b) => rows[a] - rows[b]);
  }
  checkKept(onDuplicate) {
    if (this.probeRows.length === 0) return;
    const probes2 = new FilteredSet(this.probeRows.length);
    for (const p of this.probeOrder()) {
      const row = this.probeRows[p];
      if (!probes2.add(this.probeHashes[p * 2], this.probeHashes[p * 2 + 1], row)) onDuplicate(row);
    }
    this.fresh.forEach((hi, lo, i) => {
      const probeRow = probes2.firstRow(hi, lo);
      if (probeRow !== void 0 && !this.reported.has(i) && !this.spikeRows.has(probeRow))
        onDuplicate(probeRow);
    });
    probes2.close();
  }
  /** From here on the set decides: what was kept goes in first, fresh values, then probes in row order. */
  moveToSet(onDuplicate) {
    if (this.inSet) return;
    this.inSet = true;
    if (this.expected) this.set.presize(this.expected.rows, this.expected.whole);
    this.fresh.forEach((hi, lo, i) => {
      if (!this.reported.has(i)) this.set.add(hi, lo, 0);
    });
    this.fresh.close();
    for (const p of this.probeOrder()) {
      const row = this.probeRows[p];
      if (!this.set.add(this.probeHashes[p * 2], this.probeHashes[p * 2 + 1], row)) onDuplicate(row);
    }
    this.probeHashes = [];
    this.probeRows = [];
  }
};

// packages/engine/src/validate/checks/file-accumulator.ts
function keySpecs(plan) {
  const index = new Map(plan.columns.map((c, i) => [c.name, i]));
  const specs = [];
  plan.columns.forEach((column, i) => {
    if (column.unique && !(plan.primaryKey.length === 1 && plan.primaryKey[0] === column.name)) {
      specs.push({ columns: [i], code: "unique-error", label: column.name });
    }
  });
  if (plan.primaryKey.length > 0) {
    specs.push({
      columns: plan.primaryKey.map((n) => index.get(n)),
      code: "primary-key-error",
      label: plan.primaryKey.join(", ")
    });
  }
  for (const group of plan.dataset.uniqueTogether) {
    specs.push({ columns: group.map((n) => index.get(n)), code: "unique-error", label: group.join(", ") });
  }
  return specs;
}
var FileAccumulator = class {
  constructor(file, plan, keys, maxExamplesPerColumn, profiler, keySink) {
    this.file = file;
    this.plan = plan;
    this.keys = keys;
    this.maxExamplesPerColumn = maxExamplesPerColumn;
    this.profiler = profiler;
    this.keySink = keySink;
    this.n = plan.columns.length;
    this.counts = new Float64Array((this.n + 1) * CODE_COUNT);
    this.nulls = new Float64Array(this.n);
    this.examples = Array.from({ length: this.n + 1 }, () => []);
    this.sets = keys.map(() => new KeyUniqueness());
    this.late = keys.map(() => []);
  }
  file;
  plan;
  keys;
  maxExamplesPerColumn;
  profiler;
  keySink;
  rows = 0;
  counts;
  nulls;
  examples;
  sets;
  stoppedAt = null;
  n;
  /**
   * Presizes the uniqueness sets for about `rows` rows (known from metadata, or estimated), saving rebuilds;
   * `whole`: a table for all of them if it fits the sets' in-memory budget, so nothing spills.
   */
  expectRows(rows, whole = false) {
    if (this.rows === 0) for (const set of this.sets) set.expect(rows, whole);
  }
  /** Frees the uniqueness sets' spill files when validation ends before `finish` (an exception). */
  dispose() {
    for (const set of this.sets) set.close();
  }
  get rowCount() {
    return this.rows;
  }
  get stopped() {
    return this.stoppedAt !== null;
  }
  slot(column) {
    return column < 0 ? this.n : column;
  }
  fieldOf(column, key) {
    if (key) return key.columns.length === 1 ? this.plan.columns[key.columns[0]].name : null;
    return column < 0 ? null : this.plan.columns[column].name;
  }
  /** A problem found outside the kernel: the header, a JSON line, a row rule from ajv. */
  addError(column, code, row, value, message) {
    const slot = this.slot(column);
    this.counts[slot * CODE_COUNT + CODE_INDEX[code]] += 1;
    if (this.examples[slot].length < this.maxExamplesPerColumn) {
      this.examples[slot].push({ code, file: this.file, row, field: this.fieldOf(column), message, value });
    }
  }
  addNull(column) {
    this.nulls[column] += 1;
  }
  addRows(rows) {
    this.rows += rows;
  }
  /** `baseLine` is the physical line (or record number) of the batch's relative line 0. */
  addBatch(batch, baseLine) {
    this.rows += batch.rows;
    if (batch.profile !== void 0) this.profiler?.add(batch.profile);
    for (let i = 0; i < this.counts.length; i++) this.counts[i] += batch.counts[i];
    for (let i = 0; i < this.n; i++) this.nulls[i] += batch.nulls[i];
    const fresh = batch.examples.map((e) => ({
      slot: this.slot(e.column),
      error: {
        code: ERROR_CODES[e.code],
        file: this.file,
        row: baseLine + e.line,
        field: this.fieldOf(e.column),
        message: e.message,
        value: e.value
      }
    }));
    batch.keys.forEach((hashes, k) => {
      if (this.keySink !== void 0) return this.keySink(k, hashes, baseLine);
      const key = this.keys[k];
      const set = this.sets[k];
      const slot = key.columns.length === 1 ? key.columns[0] : this.n;
      const code = CODE_INDEX[key.code];
      set.add(hashes, baseLine, (row) => {
        this.counts[slot * CODE_COUNT + code] += 1;
        if (row < baseLine) this.lateDuplicate(k, row);
        else fresh.push({ slot, error: this.keyError(key, row) });
      });
    });
    fresh.sort((a, b) => (a.error.row ?? 0) - (b.error.row ?? 0));
    for (const { slot, error: error2 } of fresh) {
      if (this.examples[slot].length < this.maxExamplesPerColumn) this.examples[slot].push(error2);
    }
    if (batch.fatal)
      this.stop(batch.fatal.message, baseLine + batch.fatal.line, ERROR_CODES[batch.fatal.code]);
  }
  keyError(key, row) {
    return {
      code: key.code,
      file: this.file,
      row,
      field: this.fieldOf(-1, key),
      message: key.code === "primary-key-error" ? `primary key (${key.label}) repeats an earlier row` : `value of (${key.label}) repeats an earlier row`,
      value: null
    };
  }
  /** Per key: the lowest rows of duplicates reported out of row order, for the examples. */
  late;
  lateDuplicate(k, row) {
    const max = this.maxExamplesPerColumn;
    if (max === 0) return;
    const rows = this.late[k];
    rows.push(row);
    if (rows.length >= 4 * max + 64) this.late[k] = rows.sort((a, b) => a - b).slice(0, max);
  }
  /**
   * Duplicates found at the end (spilled runs merged, out-of-order values checked) and those reported late:
   * counted, and merged into the first-N examples by row, as if `addBatch` had seen them in order.
   */
  addLateDuplicates() {
    this.keys.forEach((key, k) => {
      const slot = key.columns.length === 1 ? key.columns[0] : this.n;
      const code = CODE_INDEX[key.code];
      const max = this.maxExamplesPerColumn;
      this.sets[k].finish((row) => {
        this.counts[slot * CODE_COUNT + code] += 1;
        this.lateDuplicate(k, row);
      });
      const rows = this.late[k].sort((a, b) => a - b).slice(0, max);
      if (rows.length === 0) return;
      const examples = this.examples[slot];
      for (const row of rows) examples.push(this.keyError(key, row));
      examples.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      examples.length = Math.min(examples.length, max);
    });
  }
  /** A piece's findings so far (keySink mode: no uniqueness here, no dataset checks yet). */
  piece() {
    return {
      rows: this.rows,
      counts: [...this.counts],
      nulls: [...this.nulls],
      examples: this.examples.map((slot) => [...slot]),
      stoppedAt: this.stoppedAt
    };
  }
  /**
   * Adds a piece of this file, the pieces in file order: counts and nulls summed, each column's examples
   * appended (the pieces' rows follow each other, so the first N stay the first N).
   */
  addPiece(piece) {
    this.rows += piece.rows;
    for (let i = 0; i < this.counts.length; i++) this.counts[i] += piece.counts[i] ?? 0;
    for (let i = 0; i < this.n; i++) this.nulls[i] += piece.nulls[i] ?? 0;
    piece.examples.forEach((examples, slot) => {
      const kept = this.examples[slot];
      if (kept === void 0) return;
      for (const example of examples) if (kept.length < this.maxExamplesPerColumn) kept.push(example);
    });
    if (piece.stoppedAt !== null) this.stoppedAt = piece.stoppedAt;
  }
  /**
   * A piece's key hashes, replayed in file order through the uniqueness check the whole file would have run:
   * every repeat is counted, and merged into the examples by row at the end, as late duplicates are.
   */
  replayKeys(k, hashes) {
    const key = this.keys[k];
    const slot = key.columns.length === 1 ? key.columns[0] : this.n;
    const code = CODE_INDEX[key.code];
    this.sets[k].add(hashes, 0, (row) => {
      this.counts[slot * CODE_COUNT + code] += 1;
      this.lateDuplicate(k, row);
    });
  }
  stop(message, row, code = "format-error") {
    this.addError(-1, code, row, null, message);
    this.stoppedAt = { code, file: this.file, row, field: null, message, value: null };
  }
  /** Applies the dataset checks and returns the outcome. */
  finish(present) {
    const { dataset } = this.plan;
    this.addLateDuplicates();
    if (!this.stopped) {
      if (dataset.minRows !== void 0 && this.rows < dataset.minRows) {
        this.addError(
          -1,
          "row-count-error",
          null,
          String(this.rows),
          `${this.rows} rows, fewer than x-mlgate.rows.min (${dataset.minRows})`
        );
      }
      if (dataset.maxRows !== void 0 && this.rows > dataset.maxRows) {
        this.addError(
          -1,
          "row-count-error",
          null,
          String(this.rows),
          `${this.rows} rows, more than x-mlgate.rows.max (${dataset.maxRows})`
        );
      }
      this.plan.columns.forEach((column, i) => {
        const limit = dataset.maxNullFraction[column.name] ?? dataset.maxNullFraction["*"];
        if (limit === void 0 || !present[i] || this.rows === 0) return;
        const fraction = this.nulls[i] / this.rows;
        if (fraction > limit) {
          this.addError(
            i,
            "null-fraction-error",
            null,
            fraction.toFixed(4),
            `${(fraction * 100).toFixed(2)}% of the values are null, above x-mlgate.maxNullFraction (${limit * 100}%)`
          );
        }
      });
    }
    const tally = (slot) => {
      const out = {};
      ERROR_CODES.forEach((code, c) => {
        const v = this.counts[slot * CODE_COUNT + c];
        if (v > 0) out[code] = v;
      });
      return out;
    };
    const errorsByCode = {};
    let errorCount = 0;
    ERROR_CODES.forEach((code, c) => {
      let total = 0;
      for (let slot = 0; slot <= this.n; slot++) total += this.counts[slot * CODE_COUNT + c];
      if (total > 0) errorsByCode[code] = total;
      errorCount += total;
    });
    const examples = this.examples.flat().sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return {
      rows: this.rows,
      errorCount,
      errorsByCode,
      columns: this.plan.columns.map((column, i) => ({
        name: column.name,
        type: column.kind,
        present: present[i] ?? false,
        nulls: this.nulls[i],
        errors: tally(i)
      })),
      rowErrors: tally(this.n),
      examples,
      stoppedAt: this.stoppedAt
    };
  }
};

// packages/engine/src/validate/readers/data-reader.ts
var MAX_RECORD_BYTES = 64 * 1024 * 1024;

// packages/engine/src/validate/checks/csv-validator.ts
var DEFAULT_CSV_OPTIONS = {
  parallelThresholdBytes: 16 * 1024 * 1024,
  // Measured on the 2M-row benchmark: 2 MiB chunks keep peak RSS ~40 MiB lower than 8 MiB at the same speed.
  chunkBytes: 2 * 1024 * 1024,
  blockBytes: 256 * 1024,
  maxRecordBytes: MAX_RECORD_BYTES
};
var BOM = [239, 187, 191];
function readHeader(path4, size2, delimiter, maxRecordBytes) {
  const fd = openSync2(path4, "r");
  try {
    let capacity = Math.min(size2, 65536);
    for (; ; ) {
      const buffer = new Uint8Array(capacity + 1);
      const length = readSync2(fd, buffer, 0, capacity, 0);
      const skip = BOM.every((b, i) => buffer[i] === b) ? 3 : 0;
      const atEnd = length >= size2;
      if (atEnd && buffer[length - 1] !== 10) buffer[length] = 10;
      const record = kernelOnThisThread().readRecord(buffer, skip, atEnd ? length + 1 : length, delimiter);
      if (record) {
        return {
          names: record.cells,
          end: Math.min(record.end, size2),
          lines: record.lines,
          validUtf8: isUtf8(buffer.subarray(skip, Math.min(record.end, length)))
        };
      }
      if (atEnd || capacity >= maxRecordBytes) return null;
      capacity = Math.min(capacity * 4, size2, maxRecordBytes);
    }
  } finally {
    closeSync2(fd);
  }
}
async function validateCsvFile(run) {
  const { path: path4, displayPath, plan, options } = run;
  const size2 = fs.statSync(path4).size;
  const keys = keySpecs(plan);
  const accumulator = new FileAccumulator(
    displayPath,
    plan,
    keys,
    options.maxExamplesPerColumn,
    run.profiler
  );
  const delimiter = options.delimiter.charCodeAt(0);
  if (size2 === 0) {
    accumulator.stop("the file is empty: no header row", null);
    return accumulator.finish(plan.columns.map(() => false));
  }
  const header = readHeader(path4, size2, delimiter, options.maxRecordBytes);
  if (header === null) {
    accumulator.stop("the header row never ends (an unclosed quote, or a header beyond the size cap)", 1);
    return accumulator.finish(plan.columns.map(() => false));
  }
  if (!header.validUtf8)
    accumulator.addError(-1, "encoding-error", 1, null, "invalid UTF-8 in the header row");
  if (header.names.length === 1 && header.names[0] === "") {
    accumulator.stop("the header row is blank", 1);
    return accumulator.finish(plan.columns.map(() => false));
  }
  const mapping = mapColumns(header.names, plan);
  for (const problem of mapping.problems) {
    const column = problem.field === null ? -1 : plan.columns.findIndex((c) => c.name === problem.field);
    accumulator.addError(column, "schema-mismatch", 1, null, problem.message);
  }
  const rowsMode = plan.mode === "rows";
  const kernelPlan = {
    delimiter,
    columns: plan.columns,
    colMap: mapping.colMap,
    keys: keys.map((k) => k.columns),
    codes: CODE_INDEX,
    codeCount: CODE_COUNT,
    maxExamplesPerColumn: options.maxExamplesPerColumn,
    rowsMode,
    maxRecordBytes: options.maxRecordBytes,
    blockBytes: options.blockBytes,
    ...run.profiler !== void 0 ? { profile: run.profiler.mode } : {}
  };
  const firstLine = 1 + header.lines;
  const parallel = run.pool !== void 0 && run.pool.size > 1 && !rowsMode && size2 - header.end >= options.parallelThresholdBytes;
  const presize = (batch) => {
    if (keys.length > 0 && batch.rows > 0 && batch.end > batch.start)
      accumulator.expectRows(Math.ceil((size2 - header.end) * batch.rows / (batch.end - batch.start)));
  };
  try {
    if (parallel) {
      let line = firstLine;
      await run.pool.runFile(kernelPlan, path4, size2, header.end, options.chunkBytes, (batch) => {
        if (line === firstLine) presize(batch);
        accumulator.addBatch(batch, line);
        line += batch.lines;
      });
    } else {
      const kernel = kernelOnThisThread();
      const onRow = rowsMode && run.rowValidator ? rowCallback(plan, run.rowValidator) : void 0;
      const prepared = kernel.prepare(kernelPlan);
      let line = firstLine;
      for (let start = header.end; start < size2; ) {
        const end = Math.min(start + options.chunkBytes, size2);
        const batch = kernel.runRange(
          prepared,
          { path: path4, start, end, fileSize: size2, speculative: false },
          onRow
        );
        if (line === firstLine) presize(batch);
        accumulator.addBatch(batch, line);
        line += batch.lines;
        if (batch.fatal !== null || batch.end <= start) break;
        start = batch.end;
      }
    }
  } catch (error2) {
    accumulator.dispose();
    throw error2;
  }
  return accumulator.finish(mapping.present);
}
function rowCallback(plan, validate) {
  const names = plan.columns.map((c) => c.name);
  const index = new Map(names.map((n, i) => [n, i]));
  return (values, line, batch) => {
    const row = /* @__PURE__ */ Object.create(null);
    for (let i = 0; i < names.length; i++) if (values[i] !== void 0) row[names[i]] = values[i];
    for (const violation of validate(row)) {
      const column = violation.field === null ? -1 : index.get(violation.field) ?? -1;
      const value = violation.value === void 0 ? null : String(violation.value).slice(0, 80);
      batch.addError(column, CODE_INDEX[violation.code], line, value, violation.message);
    }
  };
}

// packages/engine/src/validate/checks/cell-kernel/csv-worker-pool.ts
import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
var WORKER_FILE = "cell-worker.js";
function workerCode() {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const entry = new URL("./cell-worker.ts", here).href;
    const tsx = import.meta.resolve("tsx/esm/api");
    const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
    return { code, eval: true };
  }
  for (const dir of ["./", "../"]) {
    const file = new URL(dir + WORKER_FILE, here);
    if (existsSync(file)) return { code: file, eval: false };
  }
  throw new Error(
    `${WORKER_FILE} is neither next to ${here} nor in its parent directory: this bundle was built without the worker entries (WORKER_ENTRIES in scripts/dist-plan.ts)`
  );
}
var YOUNG_GENERATION_MB = 4;
var CsvWorkerPool = class {
  constructor(size2) {
    this.size = size2;
  }
  size;
  workers = [];
  planIds = 0;
  taskIds = 0;
  ensureWorkers() {
    if (this.workers.length > 0) return;
    const entry = workerCode();
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(entry.code, {
        eval: entry.eval,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
      });
      this.workers.push(worker);
    }
  }
  post(worker, message) {
    worker.postMessage(message);
  }
  /**
   * Checks [start, fileSize) of `path` in chunks of `chunkBytes`, calling `onBatch` in file order.
   * Stops early (without waiting for later chunks) when a merged batch is fatal.
   */
  async runFile(plan, path4, fileSize, start, chunkBytes, onBatch) {
    this.ensureWorkers();
    const planId = ++this.planIds;
    for (const worker of this.workers) this.post(worker, { type: "plan", planId, plan });
    const chunks = [];
    for (let offset = start, index = 0; offset < fileSize || index === 0; offset += chunkBytes, index++) {
      const end = Math.min(offset + chunkBytes, fileSize);
      chunks.push({ index, task: { path: path4, start: offset, end, fileSize, speculative: index > 0 } });
      if (end >= fileSize) break;
    }
    const maxAhead = this.workers.length * 3;
    const idle = [...this.workers];
    const redo = [];
    const results = /* @__PURE__ */ new Map();
    const owners = /* @__PURE__ */ new Map();
    let next = 0;
    let cursor = 0;
    let expectedStart = start;
    let done = false;
    await new Promise((resolve, reject) => {
      const listeners = /* @__PURE__ */ new Map();
      const finish = (error2) => {
        if (done) return;
        done = true;
        for (const [worker, listener] of listeners) worker.off("message", listener);
        for (const worker of this.workers) {
          worker.off("error", fail);
          this.post(worker, { type: "forget", planId });
        }
        if (error2) reject(error2);
        else resolve();
      };
      const fail = (error2) => finish(error2);
      const dispatch = (worker, pending) => {
        const taskId = ++this.taskIds;
        owners.set(taskId, pending.index);
        this.post(worker, { type: "task", planId, taskId, task: pending.task });
      };
      const pump = () => {
        while (idle.length > 0 && !done) {
          if (redo.length > 0) dispatch(idle.pop(), redo.shift());
          else if (next < chunks.length && next - cursor < maxAhead) dispatch(idle.pop(), chunks[next++]);
          else break;
        }
      };
      const merge = () => {
        while (!done && results.has(cursor)) {
          const batch = results.get(cursor);
          results.delete(cursor);
          if (batch.start !== expectedStart) {
            redo.push({
              index: cursor,
              task: { ...chunks[cursor].task, start: expectedStart, speculative: false }
            });
            return;
          }
          onBatch(batch);
          expectedStart = batch.end;
          cursor++;
          if (batch.fatal !== null || cursor === chunks.length) {
            finish();
            return;
          }
        }
      };
      for (const worker of this.workers) {
        const listener = (reply) => {
          if (done || !owners.has(reply.taskId)) return;
          const index = owners.get(reply.taskId);
          owners.delete(reply.taskId);
          idle.push(worker);
          if ("error" in reply) {
            finish(new Error(`CSV worker failed: ${reply.error}`));
            return;
          }
          results.set(index, reply.result);
          merge();
          pump();
        };
        listeners.set(worker, listener);
        worker.on("message", listener);
        worker.on("error", fail);
      }
      pump();
    });
  }
  async close() {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers.length = 0;
  }
};

// packages/engine/src/validate/readers/data-input.ts
import { constants } from "node:fs";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import path from "node:path";
var DEFAULT_STREAM_LIMITS = {
  maxBytes: 1024 * 1024 * 1024,
  maxLineBytes: MAX_RECORD_BYTES
};
var LINE_FORMATS = /* @__PURE__ */ new Set(["csv", "tsv", "jsonl"]);
function size(bytes) {
  if (bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3} GiB`;
  return bytes % 1024 ** 2 === 0 ? `${bytes / 1024 ** 2} MiB` : `${bytes} bytes`;
}
var StreamGuard = class {
  constructor(format, limits, displayPath) {
    this.format = format;
    this.limits = limits;
    this.displayPath = displayPath;
  }
  format;
  limits;
  displayPath;
  line = 1;
  lineBytes = 0;
  total = 0;
  sawContent = false;
  check(chunk) {
    this.total += chunk.length;
    if (this.total > this.limits.maxBytes) {
      throw new UserError(
        `the stream is longer than ${size(this.limits.maxBytes)}, the most read from a pipe or a device; write it to a file and validate the file`,
        { file: this.displayPath }
      );
    }
    if (this.format === "json" && !this.sawContent) this.checkJsonStart(chunk);
    if (LINE_FORMATS.has(this.format)) this.checkLines(chunk);
  }
  checkJsonStart(chunk) {
    for (const [i, b] of chunk.entries()) {
      if (b === 32 || b === 9 || b === 10 || b === 13) continue;
      if (this.total === chunk.length && i < 3 && [239, 187, 191][i] === b) continue;
      if (b !== 91) {
        throw new UserError(
          "a JSON data file must hold an array of records (use --format jsonl for one record per line)",
          { file: this.displayPath, line: 1 }
        );
      }
      this.sawContent = true;
      return;
    }
  }
  checkLines(chunk) {
    let from = 0;
    for (; ; ) {
      const nl = chunk.indexOf(10, from);
      const run = this.lineBytes + (nl < 0 ? chunk.length : nl) - from;
      if (run > this.limits.maxLineBytes) {
        throw new UserError(
          `line ${this.line} is longer than ${size(this.limits.maxLineBytes)}, the longest line read from a stream`,
          { file: this.displayPath, line: this.line }
        );
      }
      if (nl < 0) {
        this.lineBytes = run;
        return;
      }
      this.line++;
      this.lineBytes = 0;
      from = nl + 1;
    }
  }
};
async function openDataInputs(files, format, limits = DEFAULT_STREAM_LIMITS) {
  let spoolDir;
  const dispose = async () => {
    if (spoolDir !== void 0) await rm(spoolDir, { recursive: true, force: true });
  };
  const inputs = [];
  try {
    for (const file of files) {
      const where = { file: file.displayPath };
      let opened;
      try {
        opened = await openUserFile(file.path);
      } catch (error2) {
        const code = error2.code;
        throw new UserError(
          code === "ENOENT" ? "data file not found" : `cannot read the data file (${code ?? String(error2)})`,
          where
        );
      }
      if (opened.kind === "directory") throw new UserError("is a directory, not a data file", where);
      if (opened.handle === void 0) throw new UserError(`not a regular file (a ${opened.kind})`, where);
      try {
        if (opened.kind === "regular file") {
          inputs.push(file);
          continue;
        }
        if (format === "auto") {
          throw new UserError(
            `not a regular file (a ${opened.kind}); give --format to read it as a stream`,
            where
          );
        }
        spoolDir ??= await mkdtemp(path.join(tmpdir2(), "mlgate-stream-"));
        const copy = path.join(spoolDir, `${inputs.length}.${format}`);
        const out = await open(copy, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 384);
        try {
          const guard = new StreamGuard(format, limits, file.displayPath);
          const chunks = readUserStream(file.path, opened, file.displayPath, {
            ...limits.writerWaitMs !== void 0 ? { writerWaitMs: limits.writerWaitMs } : {}
          });
          for await (const chunk of chunks) {
            guard.check(chunk);
            await out.write(chunk);
          }
        } finally {
          await out.close();
        }
        inputs.push({ path: copy, displayPath: file.displayPath });
      } finally {
        await opened.handle.close();
      }
    }
  } catch (error2) {
    await dispose();
    throw error2;
  }
  return { inputs, dispose };
}

// packages/engine/src/validate/readers/json-records.ts
import { isUtf8 as isUtf82 } from "node:buffer";
import { open as open2 } from "node:fs/promises";
var NL = 10;
var BLOCK = 1024 * 1024;
function preview(text) {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function parseRecord(bytes, line, what) {
  if (!isUtf82(bytes))
    return {
      kind: "problem",
      code: "encoding-error",
      line,
      message: `invalid UTF-8 in this ${what}`,
      value: null,
      fatal: false
    };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  let value;
  try {
    value = JSON.parse(text);
  } catch (error2) {
    return {
      kind: "problem",
      code: "format-error",
      line,
      message: `invalid JSON: ${error2.message}`,
      value: preview(text.trim()),
      fatal: false
    };
  }
  if (nestsDeeperThan(value)) {
    return {
      kind: "problem",
      code: "format-error",
      line,
      message: `the record is ${NESTED_TOO_DEEP}`,
      value: preview(text.trim()),
      fatal: false
    };
  }
  if (!isRecord(value)) {
    return {
      kind: "problem",
      code: "format-error",
      line,
      message: `a record must be a JSON object, not ${Array.isArray(value) ? "an array" : value === null ? "null" : typeof value}`,
      value: preview(text.trim()),
      fatal: false
    };
  }
  return { kind: "record", value, line };
}
async function* blocks(path4) {
  const handle = await open2(path4, "r");
  try {
    for (; ; ) {
      const buffer = Buffer.allocUnsafe(BLOCK);
      const { bytesRead } = await handle.read(buffer, 0, BLOCK, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
function oversized(line, maxRecordBytes) {
  return {
    kind: "problem",
    code: "format-error",
    line,
    message: `a record longer than ${maxRecordBytes / 1048576} MiB starts on this line`,
    value: null,
    fatal: true
  };
}
async function* readJsonLineGroups(path4, maxRecordBytes) {
  const state = { pending: [], pendingBytes: 0, line: 1, first: true, done: false };
  const emit = (bytes) => {
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 13) end--;
    let start = 0;
    if (state.first && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) start = 3;
    state.first = false;
    const body = bytes.subarray(start, end);
    if (body.every((b) => b === 32 || b === 9))
      return {
        kind: "problem",
        code: "blank-row",
        line: state.line,
        message: "blank line",
        value: null,
        fatal: false
      };
    return parseRecord(body, state.line, "line");
  };
  function* linesOf(block) {
    let from = 0;
    for (; ; ) {
      const nl = block.indexOf(NL, from);
      if (nl < 0) {
        state.pending.push(block.subarray(from));
        state.pendingBytes += block.length - from;
        if (state.pendingBytes > maxRecordBytes) {
          state.done = true;
          yield oversized(state.line, maxRecordBytes);
        }
        return;
      }
      const piece = block.subarray(from, nl);
      const bytes = state.pending.length > 0 ? Buffer.concat([...state.pending, piece]) : piece;
      state.pending = [];
      state.pendingBytes = 0;
      if (bytes.length > maxRecordBytes) {
        state.done = true;
        yield oversized(state.line, maxRecordBytes);
        return;
      }
      yield emit(bytes);
      state.line++;
      from = nl + 1;
    }
  }
  for await (const block of blocks(path4)) {
    yield linesOf(block);
    if (state.done) return;
  }
  if (state.pendingBytes > 0) yield [emit(Buffer.concat(state.pending))];
}
async function* readJsonArray(path4, maxRecordBytes) {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let started = false;
  let finished = false;
  let elementLine = 0;
  let element = [];
  let elementBytes = 0;
  let inElement = false;
  const broken = (message) => ({
    kind: "problem",
    code: "format-error",
    line,
    message,
    value: null,
    fatal: true
  });
  for await (const block of blocks(path4)) {
    let elementFrom = inElement ? 0 : -1;
    let i = 0;
    if (!started && block[0] === 239 && block[1] === 187 && block[2] === 191) i = 3;
    for (; i < block.length; i++) {
      const b = block[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (b === 92) escaped = true;
        else if (b === 34) inString = false;
        continue;
      }
      if (b === NL) {
        line++;
        continue;
      }
      if (b === 32 || b === 9 || b === 13) continue;
      if (finished) {
        yield broken("unexpected text after the closing ] of the array");
        return;
      }
      if (!started) {
        if (b !== 91) {
          yield broken("a JSON data file must hold an array of records (use .jsonl for one record per line)");
          return;
        }
        started = true;
        depth = 1;
        continue;
      }
      const closesElement = depth === 1 && (b === 44 || b === 93);
      if (closesElement) {
        if (inElement) {
          element.push(block.subarray(elementFrom, i));
          yield parseRecord(Buffer.concat(element), elementLine, "record");
          element = [];
          elementBytes = 0;
          inElement = false;
          elementFrom = -1;
        } else if (b === 44) {
          yield broken("an empty element in the array");
          return;
        }
        if (b === 93) {
          depth = 0;
          finished = true;
        }
        continue;
      }
      if (!inElement) {
        inElement = true;
        elementLine = line;
        elementFrom = i;
      }
      if (b === 34) inString = true;
      else if (b === 123 || b === 91) depth++;
      else if (b === 125 || b === 93) depth--;
    }
    if (inElement) {
      element.push(Buffer.from(block.subarray(elementFrom)));
      elementBytes += block.length - elementFrom;
      if (elementBytes > maxRecordBytes) {
        yield oversized(elementLine, maxRecordBytes);
        return;
      }
    }
  }
  if (!finished)
    yield broken(started ? "the array never closes (the file ends inside it)" : "the file is empty");
}

// packages/engine/src/validate/checks/record-checker.ts
var NUMERIC_KINDS = /* @__PURE__ */ new Set(["number", "integer", "year"]);
var TEXT_ONLY_KINDS = /* @__PURE__ */ new Set([
  "string",
  "date",
  "datetime",
  "time",
  "yearmonth",
  "duration",
  "geopoint"
]);
var RecordChecker = class {
  constructor(plan, keys, maxExamplesPerColumn, rowValidator, profileMode) {
    this.plan = plan;
    this.rowValidator = rowValidator;
    this.profileMode = profileMode;
    this.names = plan.columns.map((c) => c.name);
    this.known = new Set(this.names);
    this.forbidExtra = plan.language === "table-schema" && ["exact", "equal", "superset"].includes(plan.fieldsMatch);
    this.prepared = this.kernel.prepare({
      delimiter: 44,
      columns: plan.columns,
      colMap: plan.columns.map((_, i) => i),
      keys: keys.map((k) => k.columns),
      codes: CODE_INDEX,
      codeCount: CODE_COUNT,
      maxExamplesPerColumn,
      rowsMode: rowValidator !== void 0,
      maxRecordBytes: 0,
      blockBytes: 0
    });
    this.target = this.kernel.newTarget(this.prepared);
    this.profiler = this.newProfiler();
    const keyed = new Set(keys.flatMap((k) => k.columns));
    this.windows = plan.columns.map(
      (column, c) => NUMERIC_KINDS.has(column.kind) && !keyed.has(c) && rowValidator === void 0 ? numericWindow(column) : void 0
    );
  }
  plan;
  rowValidator;
  profileMode;
  kernel = kernelOnThisThread();
  prepared;
  target;
  encoder = new TextEncoder();
  scratch = new Uint8Array(1024);
  /**
   * Per column, the numeric window of column-check-loops.ts when a JSON number can skip the kernel: numeric
   * kinds not part of a key (a key hashes every value) and not in rows mode (ajv sees every cast value).
   */
  windows;
  names;
  known;
  rows = 0;
  forbidExtra;
  profiler;
  flushes = 0;
  /** A line that is not a record (invalid JSON, a blank line, not an object). */
  rowProblem(line, code, message, value) {
    this.rows++;
    this.kernel.addError(this.target, -1, CODE_INDEX[code], line, value, message);
  }
  check(record, line) {
    this.rows++;
    const { kernel, target } = this;
    this.plan.columns.forEach((column, c) => {
      const value = record[column.name];
      if (value === void 0 || value === null) {
        kernel.checkNull(c, line, target);
        return;
      }
      if (this.profiler !== void 0) profileJsonValue(this.profiler, c, value);
      const window = this.windows[c];
      if (window !== void 0 && typeof value === "number" && numberIsFine(value, window)) return;
      const textForm = this.textOf(column.kind, value);
      if (textForm === void 0) {
        const shown = JSON.stringify(value).slice(0, 80);
        kernel.addError(
          target,
          c,
          CODE_INDEX["type-error"],
          line,
          shown,
          `${shown} is a JSON ${Array.isArray(value) ? "array" : typeof value}, not a ${column.kind}`
        );
        return;
      }
      const length = this.encode(textForm);
      kernel.checkText(this.prepared, c, this.scratch, 0, length, line, target);
    });
    if (this.forbidExtra) {
      for (const key of Object.keys(record)) {
        if (!this.known.has(key))
          kernel.addError(
            target,
            -1,
            CODE_INDEX["extra-cell"],
            line,
            key,
            `property "${key}" is not in the schema (fieldsMatch: ${this.plan.fieldsMatch})`
          );
      }
    }
    if (this.rowValidator) {
      for (const violation of this.rowValidator(record)) {
        const column = violation.field === null ? -1 : this.names.indexOf(violation.field);
        const value = violation.value === void 0 ? null : (typeof violation.value === "string" ? violation.value : JSON.stringify(violation.value)).slice(
          0,
          80
        );
        kernel.addError(target, column, CODE_INDEX[violation.code], line, value, violation.message);
      }
    }
    kernel.endRecord(line, target);
  }
  /** UTF-8 of `text` into the reused scratch buffer (a fresh array per value was most of the time); its length. */
  encode(text) {
    for (; ; ) {
      const { read, written } = this.encoder.encodeInto(text, this.scratch);
      if (read === text.length) return written;
      this.scratch = new Uint8Array(text.length * 3 + 16);
    }
  }
  /** The text a JSON value stands for under the column's kind, or undefined for a JSON type mismatch. */
  textOf(kind, value) {
    if (this.rowValidator) return typeof value === "string" ? value : JSON.stringify(value);
    if (typeof value === "string") return value;
    if (typeof value === "number")
      return NUMERIC_KINDS.has(kind) || kind === "any" ? String(value) : void 0;
    if (typeof value === "boolean") return kind === "boolean" || kind === "any" ? String(value) : void 0;
    if (TEXT_ONLY_KINDS.has(kind)) return void 0;
    if (kind === "object" && !Array.isArray(value)) return JSON.stringify(value);
    if (kind === "array" && Array.isArray(value)) return JSON.stringify(value);
    return kind === "any" ? JSON.stringify(value) : void 0;
  }
  /** Hands over what was checked since the last call; lines are absolute (merge with base line 0). */
  flush() {
    const result = this.kernel.finishTarget(this.prepared, this.target, this.rows, 0);
    const profile = this.profiler?.finish();
    this.target = this.kernel.newTarget(this.prepared);
    this.profiler = this.newProfiler();
    this.rows = 0;
    return profile === void 0 ? result : { ...result, profile };
  }
  newProfiler() {
    if (this.profileMode === void 0) return void 0;
    return new BatchProfiler(
      this.plan.columns.map((column) => column.kind),
      this.profileMode,
      2654435769 ^ this.flushes++
    );
  }
};

// packages/engine/src/validate/validate-data.ts
var DEFAULT_MAX_ERRORS = 100;
var DEFAULT_EXAMPLES_PER_COLUMN = 20;
async function validateAndProfileData(files, schema, options, profile) {
  if (files.length === 0) throw new UserError("no data files given");
  const opened = await openDataInputs(files, options.format, options.streams);
  try {
    return await validateInputs(opened.inputs, schema, options, profile);
  } finally {
    await opened.dispose();
  }
}
async function validateInputs(files, schema, options, profile) {
  const profiler = profile === void 0 ? void 0 : new DatasetProfiler(
    schema.plan.columns.map((c) => ({ name: c.name, type: c.kind, kind: profileKindOf(c.kind) })),
    profile.mode
  );
  const results = await validateFiles(files, schema, options, profiler);
  const report = assembleValidationReport(results, schema, {
    maxErrors: options.maxErrors,
    examplesPerColumn: options.examplesPerColumn,
    subject: options.subject ?? {},
    createdAt: (options.now?.() ?? /* @__PURE__ */ new Date()).toISOString()
  });
  const reports = report.files;
  if (profiler === void 0 || profile === void 0) return { report };
  const nulls = schema.plan.columns.map(
    (_, c) => reports.reduce((sum, file) => sum + (file.columns[c]?.nulls ?? 0), 0)
  );
  return {
    report,
    profile: datasetProfile(profiler, {
      dataset: profile.dataset,
      subject: report.subject,
      createdAt: report.createdAt,
      files: reports.map((file) => ({ path: file.path, sha256: file.sha256, rows: file.rows })),
      nulls
    })
  };
}
async function validateFiles(files, schema, options, profiler) {
  const formats = await Promise.all(files.map((f) => detectFormat(f.path, f.displayPath, options.format)));
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 8));
  const pool = workers > 1 && files.length > 0 ? new CsvWorkerPool(workers) : void 0;
  const results = [];
  try {
    for (const [i, file] of files.entries()) {
      const format = formats[i];
      const [outcome, sha256] = await Promise.all([
        validateFile(file, format, schema, options, pool, profiler),
        sha256File(file.path, statSync2(file.path).size)
      ]);
      results.push({ file: fileReport(file, format, sha256, outcome), examples: outcome.examples });
    }
  } finally {
    await pool?.close();
  }
  return results;
}
function assembleValidationReport(results, schema, settings) {
  const reports = results.map((result) => result.file);
  const examples = [];
  for (const result of results) {
    for (const example of result.examples) {
      if (examples.length === settings.maxErrors) break;
      examples.push(example);
    }
  }
  const errorsByCode = {};
  for (const report of reports) {
    for (const [code, count] of Object.entries(report.errorsByCode))
      errorsByCode[code] = (errorsByCode[code] ?? 0) + count;
  }
  const errorCount = reports.reduce((sum, r) => sum + r.errorCount, 0);
  const fingerprint = createHash("sha256").update(
    `mlgate-fingerprint@1
${schema.sha256}
${reports.map((r) => r.sha256).sort().join("\n")}
`
  ).digest("hex");
  return {
    kind: VALIDATION_REPORT_KIND,
    mlgateVersion: MLGATE_VERSION,
    subject: settings.subject,
    ...validationVerdict(reports, errorCount),
    createdAt: settings.createdAt,
    valid: errorCount === 0,
    rows: reports.reduce((sum, r) => sum + r.rows, 0),
    errorCount,
    errorsByCode,
    errors: examples,
    errorsTruncated: examples.length < errorCount,
    limits: { maxErrors: settings.maxErrors, examplesPerColumn: settings.examplesPerColumn },
    schema: { path: schema.path, language: schema.language, sha256: schema.sha256 },
    files: reports,
    fingerprint
  };
}
function fileReport(file, format, sha256, outcome) {
  return fileReportOf(file.displayPath, statSync2(file.path).size, format, sha256, outcome);
}
function fileReportOf(displayPath, bytes, format, sha256, outcome) {
  return {
    path: displayPath,
    format,
    bytes,
    sha256,
    rows: outcome.rows,
    valid: outcome.errorCount === 0,
    errorCount: outcome.errorCount,
    errorsByCode: outcome.errorsByCode,
    columns: outcome.columns.map((c) => ({
      name: c.name,
      type: c.type,
      present: c.present,
      nulls: c.nulls,
      errors: c.errors
    })),
    rowErrors: outcome.rowErrors,
    ...outcome.stoppedAt ? { stoppedAt: outcome.stoppedAt } : {}
  };
}
async function* singly(items) {
  for await (const item of items) yield [item];
}
async function validateFile(file, format, schema, options, pool, profiler) {
  const { plan } = schema;
  if (format === "csv" || format === "tsv") {
    return validateCsvFile({
      path: file.path,
      displayPath: file.displayPath,
      plan,
      ...schema.rowValidator ? { rowValidator: schema.rowValidator } : {},
      options: {
        ...DEFAULT_CSV_OPTIONS,
        ...options.csv,
        delimiter: options.delimiter ?? (format === "tsv" ? "	" : ","),
        maxExamplesPerColumn: options.examplesPerColumn
      },
      ...pool ? { pool } : {},
      ...profiler ? { profiler } : {}
    });
  }
  const keys = keySpecs(plan);
  const accumulator = new FileAccumulator(file.displayPath, plan, keys, options.examplesPerColumn, profiler);
  if (format === "jsonl" || format === "json") {
    const checker = new RecordChecker(
      plan,
      keys,
      options.examplesPerColumn,
      schema.language === "json-schema" ? schema.rowValidator : void 0,
      profiler?.mode
    );
    const groups = format === "jsonl" ? readJsonLineGroups(file.path, MAX_RECORD_BYTES) : singly(readJsonArray(file.path, MAX_RECORD_BYTES));
    let pending = 0;
    const present = plan.columns.map(() => false);
    let missing = present.length;
    groups: for await (const group of groups) {
      for (const item of group) {
        if (item.kind === "problem") {
          if (item.fatal) {
            accumulator.addBatch(checker.flush(), 0);
            accumulator.stop(item.message, item.line, item.code);
            break groups;
          }
          checker.rowProblem(item.line, item.code, item.message, item.value);
        } else {
          for (let c = 0; missing > 0 && c < present.length; c++) {
            if (!present[c] && plan.columns[c].name in item.value) {
              present[c] = true;
              missing--;
            }
          }
          checker.check(item.value, item.line);
        }
        if (++pending === 1e4) {
          accumulator.addBatch(checker.flush(), 0);
          pending = 0;
        }
      }
    }
    if (!accumulator.stopped) accumulator.addBatch(checker.flush(), 0);
    if (accumulator.rowCount === 0 && !accumulator.stopped && statSync2(file.path).size === 0)
      accumulator.stop("the file is empty", null);
    return accumulator.finish(present);
  }
  const opener = (options.columnar ?? COLUMNAR_OPENERS)[format];
  if (!opener)
    throw new UserError(`reading ${format} files is not available in this build`, { file: file.displayPath });
  const source = await opener(file.path, file.displayPath);
  try {
    const problems = checkDeclaredTypes(plan, source.columns);
    const mapping = mapColumns(
      source.columns.map((c) => c.name),
      plan
    );
    addHeaderProblems(accumulator, plan, problems, mapping.problems);
    const checker = new ColumnarChecker(
      plan,
      keys,
      options.examplesPerColumn,
      problems.map((p) => p.field),
      profiler?.mode
    );
    if (source.rows !== void 0) accumulator.expectRows(source.rows, true);
    let firstRow = 1;
    for await (const batch of source.batches()) {
      if (firstRow === 1 && source.rows === void 0) {
        const estimate = source.estimateRows?.(batch);
        if (estimate !== void 0) accumulator.expectRows(estimate, true);
      }
      accumulator.addBatch(checker.check(batch), firstRow);
      firstRow += batch.rowCount;
    }
    return accumulator.finish(mapping.present);
  } finally {
    accumulator.dispose();
    await source.close?.();
  }
}
function unitRange(units, piece) {
  return {
    from: Math.floor(units * piece.index / piece.count),
    to: Math.floor(units * (piece.index + 1) / piece.count)
  };
}
async function validateFilePiece(file, schema, options, piece) {
  const format = await detectFormat(file.path, file.displayPath, options.format);
  if (format !== "parquet" && format !== "arrow")
    throw new UserError(`only Parquet and Arrow files are split between shards, not ${format}`, {
      file: file.displayPath
    });
  const { plan } = schema;
  const keys = keySpecs(plan);
  const collected = keys.map(() => new KeyHashCollector());
  const accumulator = new FileAccumulator(
    file.displayPath,
    plan,
    keys,
    options.examplesPerColumn,
    void 0,
    (k, hashes, baseLine) => collected[k].add(hashes, baseLine)
  );
  const opener = (options.columnar ?? COLUMNAR_OPENERS)[format];
  if (!opener)
    throw new UserError(`reading ${format} files is not available in this build`, { file: file.displayPath });
  const source = await opener(file.path, file.displayPath);
  try {
    if (source.units === void 0)
      throw new UserError("an Arrow stream has no footer to split it by: give it to one shard whole", {
        file: file.displayPath
      });
    const problems = checkDeclaredTypes(plan, source.columns);
    const mapping = mapColumns(
      source.columns.map((c) => c.name),
      plan
    );
    if (piece.index === 0) addHeaderProblems(accumulator, plan, problems, mapping.problems);
    const checker = new ColumnarChecker(
      plan,
      keys,
      options.examplesPerColumn,
      problems.map((p) => p.field),
      void 0
    );
    for await (const batch of source.batches(unitRange(source.units, piece))) {
      accumulator.addBatch(checker.check(batch), (batch.firstRow ?? 0) + 1);
      if (accumulator.stopped) break;
    }
    const bytes = piece.index === 0 ? statSync2(file.path).size : 0;
    const whole = piece.index === 0 ? { bytes, sha256: await sha256File(file.path, bytes) } : void 0;
    return {
      format,
      present: mapping.present,
      piece: accumulator.piece(),
      keys: collected.map((c) => c.finish()),
      ...whole !== void 0 ? { whole } : {}
    };
  } finally {
    accumulator.dispose();
    await source.close?.();
  }
}
var KeyHashCollector = class {
  hashes = new Uint32Array(2048);
  rows = new Uint32Array(1024);
  count = 0;
  add(batch, baseLine) {
    if (this.count + batch.count > this.rows.length) {
      const size2 = Math.max(2 * this.rows.length, this.count + batch.count);
      const hashes = new Uint32Array(2 * size2);
      hashes.set(this.hashes.subarray(0, 2 * this.count));
      this.hashes = hashes;
      const rows = new Uint32Array(size2);
      rows.set(this.rows.subarray(0, this.count));
      this.rows = rows;
    }
    this.hashes.set(batch.hashes.subarray(0, 2 * batch.count), 2 * this.count);
    for (let i = 0; i < batch.count; i++) this.rows[this.count + i] = baseLine + batch.lines[i];
    this.count += batch.count;
  }
  finish() {
    return {
      hashes: this.hashes.subarray(0, 2 * this.count),
      rows: this.rows.subarray(0, this.count),
      count: this.count
    };
  }
};
function addHeaderProblems(accumulator, plan, typeProblems, mappingProblems) {
  for (const problem of typeProblems)
    accumulator.addError(
      plan.columns.findIndex((c) => c.name === problem.field),
      "schema-mismatch",
      null,
      null,
      problem.message
    );
  for (const problem of mappingProblems)
    accumulator.addError(
      problem.field === null ? -1 : plan.columns.findIndex((c) => c.name === problem.field),
      "schema-mismatch",
      null,
      null,
      problem.message
    );
}

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
import path3 from "node:path";

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
import { mkdir, mkdtemp as mkdtemp2 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import path2 from "node:path";
function artifactServiceFailure(what, error2) {
  const message = (error2 instanceof Error ? error2.message : String(error2)).split("\n", 1)[0];
  return new UserError(`${what}: the Actions artifact service failed: ${message}`);
}
async function artifactClient() {
  const { DefaultArtifactClient } = await import("./artifact-KNJ7GVRV.js");
  return new DefaultArtifactClient();
}
async function artifactScratchDir(env, prefix) {
  const base = env["RUNNER_TEMP"] !== void 0 && env["RUNNER_TEMP"] !== "" ? env["RUNNER_TEMP"] : tmpdir3();
  await mkdir(base, { recursive: true });
  return mkdtemp2(path2.join(base, prefix));
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
    const file = path3.join(dir, `report-${index + 1}.json`);
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
  const { id, size: size2 } = uploaded;
  if (id === void 0) {
    throw new UserError(`artifact '${name}' was uploaded but the Actions artifact service returned no id`);
  }
  return { id, size: size2 ?? 0 };
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
    const path4 = file === void 0 ? void 0 : repositoryPath(workspace, file);
    return path4 === void 0 ? rest : {
      ...rest,
      file: path4,
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
  QuantileSketch,
  kernelOnThisThread,
  COLUMNAR_OPENERS,
  keySpecs,
  FileAccumulator,
  MAX_RECORD_BYTES,
  readJsonLineGroups,
  readJsonArray,
  validateAndProfileData,
  validateFiles,
  assembleValidationReport,
  fileReportOf,
  validateFilePiece,
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
