import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  DEFAULT_FOLD,
  DEFAULT_HISTORY_LENGTH,
  FAIL_ON,
  GitHubLimits,
  MetricPolicy,
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
} from "./chunk-MJ5NRDFC.js";
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
  FileAccumulator,
  JsonRecordChecks,
  NUMERIC_DISTINCT_BOUND,
  OrderedKey,
  RecordChecker,
  checkColumnData,
  kernelOnThisThread,
  keySpecs,
  numericWindow,
  profileColumnData,
  profileKindOf,
  readJsonArray,
  readJsonLineBytes,
  readJsonLineGroups,
  recordStartAt,
  scannedRecordChecks
} from "./chunk-5JLT6RT2.js";
import {
  CODE_COUNT,
  CODE_INDEX
} from "./chunk-J6O7JMOG.js";

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
var ColumnProfiler = class _ColumnProfiler {
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
    this.addNumericPart(batch, batch.distinct);
    if (batch.count === 0) return;
    this.sketch.addWeighted(batch.sample, batch.sampleLevel, batch.min, batch.max);
    if (this.mode === "exact") this.rawValues.push(batch.sample);
  }
  /**
   * Folds in `other`, a profiler of the same column fed the batches that come after this one's (a later
   * shard): counts, moments, extremes and distinct values as if those batches had come here; the sketches
   * merge within their error bound; categories as `addCategories` would take them from one batch.
   */
  merge(other) {
    if (other.name !== this.name || other.type !== this.type || other.kind !== this.kind)
      throw new RangeError(
        `cannot merge column ${other.name} (${other.type}) into ${this.name} (${this.type})`
      );
    this.addNumericPart(
      {
        count: other.count,
        mean: other.mean,
        m2: other.m2,
        min: other.min,
        max: other.max,
        nan: other.nan,
        positiveInfinity: other.positiveInfinity,
        negativeInfinity: other.negativeInfinity
      },
      other.distinct
    );
    this.sketch.merge(other.sketch);
    if (this.mode === "exact") for (const values of other.rawValues) this.rawValues.push(values);
    if (other.categories.size > 0 || other.other > 0)
      this.addCategories({
        values: [...other.categories.keys()],
        counts: [...other.categories.values()],
        other: other.other,
        otherDistinct: other.otherDistinct
      });
  }
  /** Counts, moments (Chan et al.'s parallel update), extremes and distinct values of a batch or a profiler. */
  addNumericPart(part, distinct) {
    this.nan += part.nan;
    this.positiveInfinity += part.positiveInfinity;
    this.negativeInfinity += part.negativeInfinity;
    if (part.count === 0) return;
    const total = this.count + part.count;
    const delta = part.mean - this.mean;
    this.mean += delta * part.count / total;
    this.m2 += part.m2 + delta * delta * this.count * part.count / total;
    this.count = total;
    if (part.min < this.min) this.min = part.min;
    if (part.max > this.max) this.max = part.max;
    if (this.distinct === null) return;
    if (distinct === null) {
      this.distinct = null;
      return;
    }
    const counted = this.distinct;
    const add = (value, count) => {
      counted.set(value, (counted.get(value) ?? 0) + count);
    };
    if (distinct instanceof Map) distinct.forEach((count, value) => add(value, count));
    else {
      const { values, counts } = distinct;
      for (let i = 0; i < values.length; i++) add(values[i], counts[i]);
    }
    if (counted.size > NUMERIC_DISTINCT_BOUND) this.distinct = null;
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
  /**
   * The running state as plain data (profile-state.ts): what `finish` reads, so a profiler restored from it
   * finishes, goes on adding and merges exactly as this one. Sketch mode only: exact mode keeps every value.
   */
  state() {
    if (this.mode === "exact")
      throw new RangeError("an exact-mode profile keeps every value: it has no bounded state");
    const base = { name: this.name, type: this.type, kind: this.kind };
    if (this.kind === "numeric") {
      const empty = this.count === 0;
      const distinct = this.distinct === null ? null : { values: [...this.distinct.keys()], counts: [...this.distinct.values()] };
      return {
        ...base,
        numeric: {
          count: this.count,
          mean: this.mean,
          m2: this.m2,
          min: empty ? null : this.min,
          max: empty ? null : this.max,
          nan: this.nan,
          positiveInfinity: this.positiveInfinity,
          negativeInfinity: this.negativeInfinity,
          sketch: this.sketch.state(),
          distinct
        }
      };
    }
    if (this.kind === "categorical") {
      return {
        ...base,
        categories: {
          // In insertion order: a later fold breaks ties between equal counts by it.
          values: [...this.categories.keys()],
          counts: [...this.categories.values()],
          other: this.other,
          otherDistinct: this.otherDistinct
        }
      };
    }
    return base;
  }
  /** The profiler `state` was taken from (a checked state: profile-state-file.ts checks untrusted ones). */
  static restore(state) {
    const profiler = new _ColumnProfiler(state.name, state.type, state.kind, "sketch");
    const numeric = state.numeric;
    if (numeric !== void 0) {
      profiler.count = numeric.count;
      profiler.mean = numeric.mean;
      profiler.m2 = numeric.m2;
      profiler.min = numeric.min ?? Infinity;
      profiler.max = numeric.max ?? -Infinity;
      profiler.nan = numeric.nan;
      profiler.positiveInfinity = numeric.positiveInfinity;
      profiler.negativeInfinity = numeric.negativeInfinity;
      profiler.sketch = QuantileSketch.restore(numeric.sketch);
      profiler.distinct = numeric.distinct === null ? null : new Map(numeric.distinct.values.map((value, i) => [value, numeric.distinct.counts[i]]));
    }
    const categories = state.categories;
    if (categories !== void 0) {
      categories.values.forEach((value, i) => profiler.categories.set(value, categories.counts[i]));
      profiler.other = categories.other;
      profiler.otherDistinct = categories.otherDistinct;
      profiler.textCount = categories.counts.reduce((sum, count) => sum + count, 0) + categories.other;
    }
    return profiler;
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
var DatasetProfiler = class _DatasetProfiler {
  constructor(columns, mode) {
    this.mode = mode;
    this.columns = columns.map((c) => new ColumnProfiler(c.name, c.type, c.kind, mode));
  }
  mode;
  columns;
  /** A profiler over restored columns (profile-state.ts). */
  static of(columns, mode) {
    const profiler = new _DatasetProfiler([], mode);
    profiler.columns.push(...columns);
    return profiler;
  }
  /** Folds in a profiler of the same columns fed the batches after this one's (see ColumnProfiler.merge). */
  merge(other) {
    if (other.columns.length !== this.columns.length || other.mode !== this.mode)
      throw new RangeError("cannot merge profilers of different columns or modes");
    this.columns.forEach((column, c) => column.merge(other.columns[c]));
  }
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
  parquet: async (file, display) => (await import("./parquet-reader-D24DSMVD.js")).openParquet(file, display),
  arrow: async (file, display) => (await import("./arrow-reader-KBBA7VMO.js")).openArrow(file, display)
};

// packages/engine/src/validate/checks/csv-validator.ts
import { closeSync, openSync, readSync } from "node:fs";
import * as fs from "node:fs";
import { isUtf8 } from "node:buffer";

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
  const fd = openSync(path4, "r");
  try {
    let capacity = Math.min(size2, 65536);
    for (; ; ) {
      const buffer = new Uint8Array(capacity + 1);
      const length = readSync(fd, buffer, 0, capacity, 0);
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
    closeSync(fd);
  }
}
async function validateCsvFile(run) {
  const accumulator = new FileAccumulator(
    run.displayPath,
    run.plan,
    keySpecs(run.plan),
    run.options.maxExamplesPerColumn,
    run.profiler
  );
  const prepared = prepareCsv(run, accumulator, true);
  if (prepared.kind === "stopped") return accumulator.finish(run.plan.columns.map(() => false));
  const { header, size: size2 } = prepared;
  try {
    await checkRecords(run, prepared, accumulator, { start: header.end, end: size2 }, 1 + header.lines);
  } catch (error2) {
    accumulator.dispose();
    throw error2;
  }
  return accumulator.finish(prepared.mapping.present);
}
async function validateCsvPiece(run, piece, keySink) {
  const keys = keySpecs(run.plan);
  const accumulator = new FileAccumulator(
    run.displayPath,
    run.plan,
    keys,
    run.options.maxExamplesPerColumn,
    run.profiler,
    keySink
  );
  try {
    const first = piece.index === 0;
    const prepared = prepareCsv(run, accumulator, first);
    if (prepared.kind === "stopped") {
      const size3 = prepared.size;
      return {
        piece: accumulator.piece(),
        range: { start: size3, end: size3, lines: 0 },
        present: run.plan.columns.map(() => false)
      };
    }
    const { header, size: size2 } = prepared;
    const body = size2 - header.end;
    const range = {
      start: recordStartAt(
        run.path,
        header.end,
        header.end + Math.floor(body * piece.index / piece.count),
        size2
      ),
      end: header.end + Math.floor(body * (piece.index + 1) / piece.count)
    };
    const covered = await checkRecords(run, prepared, accumulator, range, first ? 1 + header.lines : 1);
    return {
      piece: accumulator.piece(),
      range: { start: covered.start, end: covered.end, lines: covered.lines + (first ? header.lines : 0) },
      present: prepared.mapping.present
    };
  } finally {
    accumulator.dispose();
  }
}
function prepareCsv(run, accumulator, reportHeader) {
  const { path: path4, plan, options } = run;
  const size2 = fs.statSync(path4).size;
  const delimiter = options.delimiter.charCodeAt(0);
  const stop = (message, line) => {
    if (reportHeader) accumulator.stop(message, line);
    return { kind: "stopped", size: size2 };
  };
  if (size2 === 0) return stop("the file is empty: no header row", null);
  const header = readHeader(path4, size2, delimiter, options.maxRecordBytes);
  if (header === null)
    return stop("the header row never ends (an unclosed quote, or a header beyond the size cap)", 1);
  if (header.names.length === 1 && header.names[0] === "") {
    if (reportHeader && !header.validUtf8)
      accumulator.addError(-1, "encoding-error", 1, null, "invalid UTF-8 in the header row");
    return stop("the header row is blank", 1);
  }
  if (reportHeader && !header.validUtf8)
    accumulator.addError(-1, "encoding-error", 1, null, "invalid UTF-8 in the header row");
  const mapping = mapColumns(header.names, plan);
  if (reportHeader)
    for (const problem of mapping.problems) {
      const column = problem.field === null ? -1 : plan.columns.findIndex((c) => c.name === problem.field);
      accumulator.addError(column, "schema-mismatch", 1, null, problem.message);
    }
  const kernelPlan = {
    delimiter,
    columns: plan.columns,
    colMap: mapping.colMap,
    keys: keySpecs(plan).map((k) => k.columns),
    codes: CODE_INDEX,
    codeCount: CODE_COUNT,
    maxExamplesPerColumn: options.maxExamplesPerColumn,
    rowsMode: plan.mode === "rows",
    maxRecordBytes: options.maxRecordBytes,
    blockBytes: options.blockBytes,
    ...run.profiler !== void 0 ? { profile: run.profiler.mode } : {}
  };
  return { kind: "ready", size: size2, header, mapping, kernelPlan };
}
async function checkRecords(run, prepared, accumulator, range, firstLine) {
  const { path: path4, plan, options } = run;
  const { size: size2, kernelPlan } = prepared;
  const hasKeys = kernelPlan.keys.length > 0;
  let line = firstLine;
  let covered;
  const add = (batch) => {
    if (covered === void 0 && hasKeys && batch.rows > 0 && batch.end > batch.start)
      accumulator.expectRows(Math.ceil((range.end - range.start) * batch.rows / (batch.end - batch.start)));
    covered = { start: covered?.start ?? batch.start, end: batch.end };
    accumulator.addBatch(batch, line);
    line += batch.lines;
  };
  const parallel = run.pool !== void 0 && run.pool.size > 1 && !kernelPlan.rowsMode && range.end - range.start >= options.parallelThresholdBytes;
  if (parallel) {
    await run.pool.runFile(kernelPlan, path4, size2, range, options.chunkBytes, add);
  } else {
    const kernel = kernelOnThisThread();
    const onRow = kernelPlan.rowsMode && run.rowValidator ? rowCallback(plan, run.rowValidator) : void 0;
    const prepared2 = kernel.prepare(kernelPlan);
    for (let start2 = range.start; start2 < range.end; ) {
      const end2 = Math.min(start2 + options.chunkBytes, range.end);
      const batch = kernel.runRange(
        prepared2,
        { path: path4, start: start2, end: end2, fileSize: size2, speculative: false },
        onRow
      );
      add(batch);
      if (batch.fatal !== null || batch.end <= start2) break;
      start2 = batch.end;
    }
  }
  const { start, end } = covered ?? { start: range.start, end: range.start };
  return { start, end, lines: line - firstLine };
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

// packages/engine/src/validate/worker-code.ts
import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
function workerCode(entry) {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const tsx = import.meta.resolve("tsx/esm/api");
    const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.source.href)}); });`;
    return { code, eval: true };
  }
  for (const dir of ["./", "../"]) {
    const file = new URL(dir + entry.output, here);
    if (existsSync(file)) return { code: file, eval: false };
  }
  throw new Error(
    `${entry.output} is neither next to ${here} nor in its parent directory: this bundle was built without the worker entries (WORKER_ENTRIES in scripts/dist-plan.ts)`
  );
}
function startWorker(entry, youngGenerationMb) {
  const code = workerCode(entry);
  return new Worker(code.code, {
    eval: code.eval,
    resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb }
  });
}

// packages/engine/src/validate/checks/range-workers/range-worker-pool.ts
var CELL_WORKER = {
  output: "cell-worker.js",
  source: new URL("./cell-worker.ts", import.meta.url)
};
var YOUNG_GENERATION_MB = 4;
var RangeWorkerPool = class {
  constructor(size2) {
    this.size = size2;
  }
  size;
  workers = [];
  planIds = 0;
  taskIds = 0;
  ensureWorkers() {
    if (this.workers.length > 0) return;
    for (let i = 0; i < this.size; i++) {
      const worker = startWorker(CELL_WORKER, YOUNG_GENERATION_MB);
      this.workers.push(worker);
    }
  }
  post(worker, message) {
    worker.postMessage(message);
  }
  /**
   * Checks the records that start in `range` of `path` (`range.start` a record's start) in chunks of
   * `chunkBytes`, calling `onBatch` in file order. Stops early (without waiting for later chunks) when a merged
   * batch is fatal.
   */
  async runFile(plan, path4, fileSize, range, chunkBytes, onBatch) {
    const { start } = range;
    const until = Math.min(range.end, fileSize);
    this.ensureWorkers();
    const planId = ++this.planIds;
    for (const worker of this.workers) this.post(worker, { type: "plan", planId, plan });
    const chunks = [];
    for (let offset = start, index = 0; offset < until || index === 0; offset += chunkBytes, index++) {
      const end = Math.min(offset + chunkBytes, until);
      chunks.push({
        index,
        task: { path: path4, start: offset, end, fileSize, speculative: index > 0 }
      });
      if (end >= until) break;
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
import { tmpdir } from "node:os";
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
        spoolDir ??= await mkdtemp(path.join(tmpdir(), "mlgate-stream-"));
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
  const profiler = profile === void 0 ? void 0 : schemaProfiler(schema, profile.mode);
  const results = await validateFiles(files, schema, options, profiler);
  const report = assembleValidationReport(results, schema, {
    maxErrors: options.maxErrors,
    examplesPerColumn: options.examplesPerColumn,
    subject: options.subject ?? {},
    createdAt: (options.now?.() ?? /* @__PURE__ */ new Date()).toISOString()
  });
  if (profiler === void 0 || profile === void 0) return { report };
  return { report, profile: finishProfile(profiler, report, profile.dataset) };
}
function schemaProfiler(schema, mode) {
  return new DatasetProfiler(
    schema.plan.columns.map((c) => ({ name: c.name, type: c.kind, kind: profileKindOf(c.kind) })),
    mode
  );
}
function finishProfile(profiler, report, dataset) {
  const reports = report.files;
  return datasetProfile(profiler, {
    dataset,
    subject: report.subject,
    createdAt: report.createdAt,
    files: reports.map((file) => ({ path: file.path, sha256: file.sha256, rows: file.rows })),
    nulls: profiler.columns.map(
      (_, c) => reports.reduce((sum, file) => sum + (file.columns[c]?.nulls ?? 0), 0)
    )
  });
}
async function validateFiles(files, schema, options, profiler) {
  const formats = await Promise.all(files.map((f) => detectFormat(f.path, f.displayPath, options.format)));
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 8));
  const pool = workers > 1 && files.length > 0 ? new RangeWorkerPool(workers) : void 0;
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
function csvRun(file, format, schema, options, pool, profiler) {
  return {
    path: file.path,
    displayPath: file.displayPath,
    plan: schema.plan,
    ...schema.rowValidator ? { rowValidator: schema.rowValidator } : {},
    options: {
      ...DEFAULT_CSV_OPTIONS,
      ...options.csv,
      delimiter: options.delimiter ?? (format === "tsv" ? "	" : ","),
      maxExamplesPerColumn: options.examplesPerColumn
    },
    ...pool ? { pool } : {},
    ...profiler ? { profiler } : {}
  };
}
function recordChecker(schema, options, profiler) {
  return new RecordChecker(
    schema.plan,
    keySpecs(schema.plan),
    options.examplesPerColumn,
    schema.language === "json-schema" ? schema.rowValidator : void 0,
    profiler?.mode
  );
}
async function checkJsonRecords(groups, accumulator, checker, scanned) {
  const checks = new JsonRecordChecks(checker, scanned);
  let pending = 0;
  groups: for await (const group of groups) {
    for (const read of group) {
      if (read.kind === "line") checks.line(read.bytes, read.line, read.first);
      else if (read.kind === "problem" && read.fatal) {
        accumulator.addBatch(checker.flush(), 0);
        accumulator.stop(read.message, read.line, read.code);
        break groups;
      } else checks.item(read);
      if (++pending === 1e4) {
        accumulator.addBatch(checker.flush(), 0);
        pending = 0;
      }
    }
  }
  if (!accumulator.stopped) accumulator.addBatch(checker.flush(), 0);
  return checks.present;
}
function jsonLinesToCheck(path4, schema, options, profiler, range) {
  const scanned = options.jsonLines === "parse" ? void 0 : scannedRecordChecks(schema.plan, keySpecs(schema.plan), profiler !== void 0);
  if (scanned === void 0) return { groups: readJsonLineGroups(path4, MAX_RECORD_BYTES, range) };
  return { groups: readJsonLineBytes(path4, MAX_RECORD_BYTES, range), scanned };
}
async function* singly(items) {
  for await (const item of items) yield [item];
}
async function validateFile(file, format, schema, options, pool, profiler) {
  const { plan } = schema;
  if (format === "csv" || format === "tsv")
    return validateCsvFile(csvRun(file, format, schema, options, pool, profiler));
  if (format === "parquet" || format === "arrow")
    return validateColumnarFile(file, format, plan, options, profiler);
  if (format === "jsonl" && pool !== void 0 && pool.size > 1 && profiler === void 0) {
    const size2 = statSync2(file.path).size;
    const threshold = options.csv?.parallelThresholdBytes ?? DEFAULT_CSV_OPTIONS.parallelThresholdBytes;
    if (plan.language === "table-schema" && size2 >= threshold)
      return validateJsonLinesOnWorkers(file, size2, plan, options, pool);
  }
  const accumulator = new FileAccumulator(
    file.displayPath,
    plan,
    keySpecs(plan),
    options.examplesPerColumn,
    profiler
  );
  try {
    const { groups, scanned } = format === "jsonl" ? jsonLinesToCheck(file.path, schema, options, profiler) : { groups: singly(readJsonArray(file.path, MAX_RECORD_BYTES)) };
    const checker = recordChecker(schema, options, profiler);
    const present = await checkJsonRecords(groups, accumulator, checker, scanned);
    if (accumulator.rowCount === 0 && !accumulator.stopped && statSync2(file.path).size === 0)
      accumulator.stop("the file is empty", null);
    return accumulator.finish(present);
  } finally {
    accumulator.dispose();
  }
}
async function validateJsonLinesOnWorkers(file, size2, plan, options, pool) {
  const keys = keySpecs(plan);
  const accumulator = new FileAccumulator(file.displayPath, plan, keys, options.examplesPerColumn);
  const present = plan.columns.map(() => false);
  const chunkBytes = options.csv?.chunkBytes ?? DEFAULT_CSV_OPTIONS.chunkBytes;
  let line = 1;
  try {
    await pool.runFile(
      {
        kind: "json-lines",
        plan,
        examplesPerColumn: options.examplesPerColumn,
        parse: options.jsonLines === "parse",
        maxRecordBytes: MAX_RECORD_BYTES
      },
      file.path,
      size2,
      { start: 0, end: size2 },
      chunkBytes,
      (batch) => {
        if (line === 1 && keys.length > 0 && batch.rows > 0 && batch.end > batch.start)
          accumulator.expectRows(Math.ceil(size2 * batch.rows / (batch.end - batch.start)));
        accumulator.addBatch(batch, line);
        line += batch.lines;
        batch.present?.forEach((has, c) => {
          if (has === 1) present[c] = true;
        });
      }
    );
    return accumulator.finish(present);
  } finally {
    accumulator.dispose();
  }
}
async function validateColumnarFile(file, format, plan, options, profiler) {
  const opener = (options.columnar ?? COLUMNAR_OPENERS)[format];
  if (!opener)
    throw new UserError(`reading ${format} files is not available in this build`, { file: file.displayPath });
  const source = await opener(file.path, file.displayPath);
  try {
    return await checkBatches(file, source, plan, options, profiler);
  } finally {
    await source.close?.();
  }
}
async function checkBatches(file, source, plan, options, profiler) {
  const keys = keySpecs(plan);
  const accumulator = new FileAccumulator(file.displayPath, plan, keys, options.examplesPerColumn, profiler);
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
  }
}
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

// packages/github/src/enterprise-server.ts
function isEnterpriseServer(serverUrl) {
  let host;
  try {
    host = new URL(serverUrl || "https://github.com").hostname.toUpperCase();
  } catch {
    return false;
  }
  return host !== "GITHUB.COM" && !host.endsWith(".GHE.COM") && !host.endsWith(".LOCALHOST");
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
import { tmpdir as tmpdir2 } from "node:os";
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
  const base = env["RUNNER_TEMP"] !== void 0 && env["RUNNER_TEMP"] !== "" ? env["RUNNER_TEMP"] : tmpdir2();
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
  if (isEnterpriseServer(deps.env["GITHUB_SERVER_URL"])) {
    warning(
      `${why}, and GitHub Enterprise Server has no Actions artifacts (v4) to leave the report in for a workflow_run poster: the report is in the job summary only`
    );
    return { outcome: "summary-only" };
  }
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
  PROFILE_SKETCH_K,
  ColumnProfiler,
  DatasetProfiler,
  mapColumns,
  checkDeclaredTypes,
  ColumnarChecker,
  COLUMNAR_OPENERS,
  MAX_RECORD_BYTES,
  validateCsvPiece,
  RangeWorkerPool,
  validateAndProfileData,
  schemaProfiler,
  finishProfile,
  validateFiles,
  assembleValidationReport,
  fileReportOf,
  csvRun,
  recordChecker,
  checkJsonRecords,
  jsonLinesToCheck,
  addHeaderProblems,
  DEFAULT_BASELINE_NAME,
  checkBaselineName,
  planRun,
  retrainDecision,
  retrainDispatchInputs,
  isEnterpriseServer,
  ACTIONS_SERVICE_BUDGET_MS,
  withinBudget,
  watchedWithinBudget,
  artifactServiceFailure,
  artifactClient,
  artifactScratchDir,
  reportsFromArtifact,
  publish
};
