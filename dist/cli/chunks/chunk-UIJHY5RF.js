import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);

// packages/engine/src/validate/checks/cell-kernel/csv-bytes.ts
var QUOTE = 34;
var NL = 10;
var CR = 13;

// packages/engine/src/validate/checks/cell-kernel/kernel-plan.ts
var KIND = {
  string: 0,
  number: 1,
  integer: 2,
  boolean: 3,
  date: 4,
  datetime: 5,
  time: 6,
  year: 7,
  yearmonth: 8,
  duration: 9,
  object: 10,
  array: 11,
  geopoint: 12,
  any: 13
};
var encoder = new TextEncoder();
function bytesOf(values) {
  return values.map((v) => encoder.encode(v));
}
function prepare(plan) {
  const n = plan.columns.length;
  const nan = () => new Float64Array(n).fill(NaN);
  const p = {
    plan,
    n,
    kinds: Int32Array.from(plan.columns, (c) => KIND[c.kind]),
    required: new Uint8Array(n),
    onlyEmptyMissing: new Uint8Array(n),
    missing: [],
    min: nan(),
    max: nan(),
    exMin: nan(),
    exMax: nan(),
    minLen: nan(),
    maxLen: nan(),
    pattern: [],
    format: [],
    patternDfa: [],
    formatDfa: [],
    plainText: new Uint8Array(n),
    temporalFormat: [],
    enumBytes: [],
    enumNumbers: [],
    trueValues: [],
    falseValues: [],
    customNumber: new Uint8Array(n),
    integral: new Uint8Array(n),
    keyed: new Uint8Array(n),
    fused: new Uint8Array(n),
    special: new Uint8Array(256),
    TYPE: plan.codes["type-error"],
    CONSTRAINT: plan.codes["constraint-error"],
    MISSING: plan.codes["missing-cell"],
    EXTRA: plan.codes["extra-cell"],
    BLANK: plan.codes["blank-row"],
    ENCODING: plan.codes["encoding-error"],
    FORMAT: plan.codes["format-error"]
  };
  p.special[plan.delimiter] = 1;
  p.special[NL] = 1;
  p.special[CR] = 1;
  p.special[QUOTE] = 1;
  plan.columns.forEach((c, i) => {
    p.required[i] = c.required ? 1 : 0;
    p.onlyEmptyMissing[i] = c.missingValues.length === 1 && c.missingValues[0] === "" ? 1 : 0;
    p.missing.push(bytesOf(c.missingValues));
    if (c.minimum !== void 0) p.min[i] = c.minimum;
    if (c.maximum !== void 0) p.max[i] = c.maximum;
    if (c.exclusiveMinimum !== void 0) p.exMin[i] = c.exclusiveMinimum;
    if (c.exclusiveMaximum !== void 0) p.exMax[i] = c.exclusiveMaximum;
    if (c.minLength !== void 0) p.minLen[i] = c.minLength;
    if (c.maxLength !== void 0) p.maxLen[i] = c.maxLength;
    p.pattern.push(c.pattern ? new RegExp(c.pattern.source, c.pattern.flags) : null);
    p.patternDfa.push(c.pattern?.dfa ?? null);
    const f = c.format;
    p.format.push(f && typeof f === "object" ? new RegExp(f.source, f.flags) : null);
    p.formatDfa.push(f && typeof f === "object" ? f.dfa ?? null : null);
    p.temporalFormat.push(typeof f === "string" ? f : null);
    const isString = c.kind === "string";
    p.enumBytes.push(c.enum && isString ? bytesOf(c.enum) : null);
    p.plainText[i] = isString && c.format === void 0 && c.minLength === void 0 && c.maxLength === void 0 && c.enum === void 0 && p.onlyEmptyMissing[i] === 1 && (c.pattern === void 0 || (c.pattern.dfa ?? null) !== null) ? 1 : 0;
    p.enumNumbers.push(c.enum && !isString ? new Set(c.enum) : null);
    p.trueValues.push(bytesOf(c.trueValues));
    p.falseValues.push(bytesOf(c.falseValues));
    p.customNumber[i] = c.decimalChar !== "." || c.groupChar !== "" || !c.bareNumber ? 1 : 0;
    p.integral[i] = c.integralNumbersAreIntegers ? 1 : 0;
    const numeric = c.kind === "number" || c.kind === "integer" || c.kind === "year";
    if (numeric && p.onlyEmptyMissing[i] === 1 && p.customNumber[i] === 0) {
      p.fused[i] = c.kind === "number" || c.integralNumbersAreIntegers ? 1 : 2;
    }
  });
  for (const key of plan.keys) for (const c of key) p.keyed[c] = 1;
  return p;
}

// packages/engine/src/validate/checks/cell-kernel/csv-range.ts
import { isUtf8 as isUtf82 } from "node:buffer";
import { closeSync, openSync, readSync } from "node:fs";

// packages/engine/src/validate/checks/cell-kernel/key-hash.ts
var f64 = new Float64Array(1);
var u32 = new Uint32Array(f64.buffer);
function fmix(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return h ^ h >>> 16;
}
function hashBytesInto(hi, lo, slot, buf, s, e) {
  let h1 = 2538058380 ^ e - s;
  let h2 = 2246822507 ^ e - s;
  for (let i = s; i < e; i++) {
    const b = buf[i];
    h1 = Math.imul(h1 ^ b, 16777619);
    h2 = Math.imul(h2 ^ b, 1540483477);
    h2 ^= h2 >>> 15;
  }
  hi[slot] = fmix(h1 ^ Math.imul(h2, 668265261));
  lo[slot] = fmix(h2 + Math.imul(h1, 374761393));
}
function hashNumberInto(hi, lo, slot, value2) {
  f64[0] = value2 === 0 ? 0 : value2;
  hi[slot] = fmix(u32[1] ^ 1013904242);
  lo[slot] = fmix(Math.imul(u32[0], 2654435761) ^ u32[1]);
}

// packages/engine/src/validate/checks/cell-kernel/violation-messages.ts
var VALUE_PREVIEW = 80;
var utf8 = new TextDecoder("utf-8");
function preview(buf, s, e) {
  const text = utf8.decode(buf.subarray(s, Math.min(e, s + VALUE_PREVIEW * 4)));
  return text.length > VALUE_PREVIEW ? `${text.slice(0, VALUE_PREVIEW)}…` : text;
}
function describe(p, c, why, value2, bound) {
  const column = c >= 0 ? p.plan.columns[c] : null;
  const shown = value2 === null ? "" : JSON.stringify(value2);
  switch (why) {
    case "type":
      return `${shown} is not a valid ${column.kind}`;
    case "required":
      return `a value is required (${column.origin}.required)`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `${shown} violates ${column.origin}.${why} (${formatBound(column, why)})`;
    case "minLength":
    case "maxLength":
      return `${shown} has length ${bound} (${column.origin}.${why} is ${why === "minLength" ? column.minLength : column.maxLength})`;
    case "pattern":
      return `${shown} does not match ${column.origin}.pattern ${column.pattern.name ?? column.pattern.source}`;
    case "enum":
      return `${shown} is not one of ${column.origin}.enum`;
    case "format":
      return `${shown} is not a valid ${typeof column.format === "string" ? column.format : column.format?.name ?? "formatted value"} (${column.origin}.format)`;
    default:
      return why;
  }
}
function formatBound(column, key) {
  const v = column[key];
  if (column.kind === "date") {
    return new Date(v * 864e5).toISOString().slice(0, 10);
  }
  if (column.kind === "datetime") return new Date(v).toISOString();
  return String(v);
}

// packages/engine/src/validate/checks/cell-kernel/batch-accumulator.ts
function newAcc(p) {
  const acc = {
    p,
    counts: new Float64Array((p.n + 1) * p.plan.codeCount),
    nulls: new Float64Array(p.n),
    examples: [],
    perColumn: new Int32Array(p.n + 1),
    keyHashes: p.plan.keys.map(() => new Uint32Array(1024)),
    keyLines: p.plan.keys.map(() => new Uint32Array(512)),
    keyCount: new Int32Array(p.plan.keys.length),
    rowHi: new Int32Array(p.n),
    rowLo: new Int32Array(p.n),
    // Columns absent from the file stay null for key hashing; present ones are set by every row.
    rowNull: new Uint8Array(p.n).fill(1),
    values: new Array(p.n),
    line: 0,
    rows: 0,
    fatal: null,
    scratch: Buffer.allocUnsafe(1024),
    scratchLength: 0,
    scratchAscii: true,
    addError(column, code, line, value2, message) {
      const slot = column < 0 ? p.n : column;
      acc.counts[slot * p.plan.codeCount + code] += 1;
      if (acc.perColumn[slot] < p.plan.maxExamplesPerColumn) {
        acc.perColumn[slot] += 1;
        acc.examples.push({ column, code, line, value: value2, message });
      }
    }
  };
  return acc;
}
function finishBatch(acc, start, end) {
  return {
    rows: acc.rows,
    lines: acc.line,
    counts: acc.counts,
    nulls: acc.nulls,
    examples: acc.examples,
    keys: acc.keyHashes.map((hashes, k) => ({
      hashes: hashes.slice(0, acc.keyCount[k] * 2),
      lines: acc.keyLines[k].slice(0, acc.keyCount[k]),
      count: acc.keyCount[k]
    })),
    start,
    end,
    fatal: acc.fatal
  };
}
function violation(acc, c, code, line, buf, s, e, why, bound) {
  const p = acc.p;
  const slot = c < 0 ? p.n : c;
  acc.counts[slot * p.plan.codeCount + code] += 1;
  if (acc.perColumn[slot] >= p.plan.maxExamplesPerColumn) return;
  acc.perColumn[slot] += 1;
  const value2 = e > s || c >= 0 ? preview(buf, s, e) : null;
  acc.examples.push({ column: c, code, line, value: value2, message: describe(p, c, why, value2, bound) });
}
function pushKey(acc, k, hi, lo, line) {
  const n = acc.keyCount[k];
  let hashes = acc.keyHashes[k];
  let lines = acc.keyLines[k];
  if (n * 2 === hashes.length) {
    const grownHashes = new Uint32Array(hashes.length * 2);
    grownHashes.set(hashes);
    acc.keyHashes[k] = hashes = grownHashes;
    const grownLines = new Uint32Array(lines.length * 2);
    grownLines.set(lines);
    acc.keyLines[k] = lines = grownLines;
  }
  hashes[n * 2] = hi;
  hashes[n * 2 + 1] = lo;
  lines[n] = line;
  acc.keyCount[k] = n + 1;
}
function endRow(acc, cells, line, onRow) {
  const p = acc.p;
  const header = p.plan.colMap.length;
  if (cells < header) {
    let first = -1;
    for (let i = cells; i < header; i++) {
      const c = p.plan.colMap[i];
      if (c >= 0) {
        acc.rowNull[c] = 1;
        acc.values[c] = void 0;
        if (first < 0) first = c;
      }
    }
    const message = `row has ${cells} of ${header} cells`;
    acc.addError(
      first,
      p.MISSING,
      line,
      null,
      first >= 0 ? `${message}; "${p.plan.columns[first].name}" and later are missing` : message
    );
  } else if (cells > header) {
    acc.addError(-1, p.EXTRA, line, null, `row has ${cells} cells, the header has ${header}`);
  }
  const keys = p.plan.keys;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (key.length === 1) {
      const c = key[0];
      if (acc.rowNull[c] === 0) pushKey(acc, k, acc.rowHi[c], acc.rowLo[c], line);
      continue;
    }
    let hi = 625341585;
    let lo = 1640531527;
    let anyNull = false;
    for (let j = 0; j < key.length; j++) {
      const c = key[j];
      if (acc.rowNull[c] === 1) anyNull = true;
      hi = fmix(Math.imul(hi ^ acc.rowHi[c], 2654435761) + j);
      lo = fmix(Math.imul(lo ^ acc.rowLo[c], 2246822519) ^ hi);
    }
    if (!anyNull) pushKey(acc, k, hi, lo, line);
  }
  if (onRow !== void 0) onRow(acc.values, line, acc);
}

// packages/engine/src/validate/checks/cell-kernel/csv-records.ts
import { isUtf8 } from "node:buffer";

// packages/engine/src/validate/schema/temporal-values.ts
function daysFromCivil(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
var MINUS = 45;
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var ISO_TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?$/;
var ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;
function isoDateDays(buf, s, e) {
  if (e - s !== 10 || buf[s + 4] !== MINUS || buf[s + 7] !== MINUS) return NaN;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d3 = buf[s + i] - 48;
    if (d3 < 0 || d3 > 9) return NaN;
    y = y * 10 + d3;
  }
  const m1 = buf[s + 5] - 48;
  const m2 = buf[s + 6] - 48;
  const d1 = buf[s + 8] - 48;
  const d2 = buf[s + 9] - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return NaN;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return daysFromCivil(y, m, d);
}
function isoTimeSeconds(text) {
  const m = ISO_TIME.exec(text);
  if (!m) return NaN;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const sec = Number(m[3]);
  if (h > 23 || mi > 59 || sec > 60) return NaN;
  return h * 3600 + mi * 60 + sec + (m[4] ? Number(`0.${m[4]}`) : 0);
}
function isoDatetimeMillis(text) {
  const m = ISO_DATETIME.exec(text);
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const sec = Number(m[6]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 60) return NaN;
  const offset = m[9] ? (m[9] === "-" ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) * 60 : 0;
  return (daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec + (m[7] ? Number(`0.${m[7]}`) : 0) - offset) * 1e3;
}
function temporalPatternValue(pattern, kind, text) {
  const m = new RegExp(pattern.source).exec(text);
  if (!m) return NaN;
  const part = (index, fallback) => index > 0 ? Number(m[index]) : fallback;
  let y = part(pattern.year, 1970);
  if (pattern.twoDigitYear) y += y < 69 ? 2e3 : 1900;
  const mo = part(pattern.month, 1);
  const d = part(pattern.day, 1);
  const h = part(pattern.hour, 0);
  const mi = part(pattern.minute, 0);
  const sec = part(pattern.second, 0) + (pattern.fraction > 0 ? Number(`0.${m[pattern.fraction]}`) : 0);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec >= 61) return NaN;
  if (kind === "date") return daysFromCivil(y, mo, d);
  if (kind === "time") return h * 3600 + mi * 60 + sec;
  return (daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec) * 1e3;
}
var orUndefined = (value2) => value2 === value2 ? value2 : void 0;
function isoDateToDays(text) {
  const m = ISO_DATE.exec(text);
  if (!m) return void 0;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return void 0;
  return daysFromCivil(y, mo, d);
}
function isoTimeToSeconds(text) {
  return orUndefined(isoTimeSeconds(text));
}
function isoDatetimeToMillis(text) {
  return orUndefined(isoDatetimeMillis(text));
}
function compileTemporalPattern(format) {
  const groups = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, fraction: 0 };
  let twoDigitYear = false;
  let index = 0;
  let source = "^";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== "%") {
      source += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      continue;
    }
    const directive = format[++i];
    const group = (key, pattern) => {
      groups[key] = ++index;
      source += `(${pattern})`;
    };
    switch (directive) {
      case "Y":
        group("year", "\\d{4}");
        break;
      case "y":
        group("year", "\\d{2}");
        twoDigitYear = true;
        break;
      case "m":
        group("month", "\\d{1,2}");
        break;
      case "d":
        group("day", "\\d{1,2}");
        break;
      case "H":
        group("hour", "\\d{1,2}");
        break;
      case "M":
        group("minute", "\\d{1,2}");
        break;
      case "S":
        group("second", "\\d{1,2}");
        break;
      case "f":
        group("fraction", "\\d{1,9}");
        break;
      case "z":
        source += "(?:Z|[+-]\\d{2}:?\\d{2})?";
        break;
      case "%":
        source += "%";
        break;
      default:
        return void 0;
    }
  }
  return { source: `${source}$`, ...groups, twoDigitYear };
}

// packages/engine/src/validate/checks/cell-kernel/byte-text.ts
var nativeSlices = Buffer.prototype;
var latin1Slice = nativeSlices.latin1Slice;
var utf8Slice = nativeSlices.utf8Slice;
function asciiText(buf, s, e) {
  return latin1Slice.call(buf, s, e);
}
function cellText(buf, s, e, ascii) {
  return ascii ? latin1Slice.call(buf, s, e) : utf8Slice.call(buf, s, e);
}

// packages/engine/src/validate/checks/cell-kernel/dfa-match.ts
function matchPattern(dfa, buf, s, e) {
  if (dfa === null) return -1;
  const table = dfa.table;
  let state = dfa.start;
  for (let i = s; i < e; i++) {
    const b = buf[i];
    if (b >= 128) return -1;
    state = table[state * 128 + b];
    if (state === 0) return 0;
  }
  return dfa.accept[state];
}

// packages/engine/src/validate/checks/cell-kernel/number-scan.ts
var MINUS2 = 45;
var PLUS = 43;
var DOT = 46;
var POW10 = [];
for (let i = 0; i <= 22; i++) POW10.push(Number(`1e${i}`));
var LOOSE_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var SPECIAL_NUMBERS = {
  NaN: NaN,
  INF: Infinity,
  "-INF": -Infinity,
  Infinity: Infinity,
  "-Infinity": -Infinity
};
var ok = false;
var value = 0;
var digits = 0;
function scannedOk() {
  return ok;
}
function scannedValue() {
  return value;
}
function scannedDigits() {
  return digits;
}
function scanNumber(buf, pos, integerOnly) {
  let b = buf[pos];
  let negative = false;
  if (b === MINUS2) {
    negative = true;
    b = buf[++pos];
  } else if (b === PLUS) b = buf[++pos];
  const digitsStart = pos;
  let mantissa = 0;
  let count = 0;
  let exp10 = 0;
  let d = b - 48;
  while (d >= 0 && d <= 9) {
    mantissa = mantissa * 10 + d;
    count++;
    d = buf[++pos] - 48;
  }
  if (!integerOnly && d === DOT - 48) {
    d = buf[++pos] - 48;
    while (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      count++;
      exp10--;
      d = buf[++pos] - 48;
    }
  }
  if (count === 0) {
    ok = false;
    return pos;
  }
  if (!integerOnly && (d === 101 - 48 || d === 69 - 48)) {
    d = buf[++pos] - 48;
    let expNegative = false;
    if (d === MINUS2 - 48) {
      expNegative = true;
      d = buf[++pos] - 48;
    } else if (d === PLUS - 48) d = buf[++pos] - 48;
    let exponent = 0;
    let expDigits = 0;
    while (d >= 0 && d <= 9) {
      exponent = exponent * 10 + d;
      expDigits++;
      d = buf[++pos] - 48;
    }
    if (expDigits === 0) {
      ok = false;
      return pos;
    }
    exp10 += expNegative ? -exponent : exponent;
  }
  ok = true;
  digits = count;
  let magnitude;
  if (count <= 15 && exp10 >= -22 && exp10 <= 22)
    magnitude = exp10 < 0 ? mantissa / POW10[-exp10] : mantissa * POW10[exp10];
  else magnitude = Number(asciiText(buf, digitsStart, pos));
  value = negative ? -magnitude : magnitude;
  return pos;
}
function parseDecimal(buf, s, e, integerOnly) {
  const next = buf[e];
  const end = next !== void 0 && (next >= 48 && next <= 57 || next === DOT || next === 101 || next === 69) ? s + scanNumber(buf.subarray(s, e), 0, integerOnly) : scanNumber(buf, s, integerOnly);
  if (end !== e) ok = false;
  return value;
}
function parseCustomNumber(column, text) {
  let t = text;
  if (column.groupChar !== "") t = t.split(column.groupChar).join("");
  if (column.decimalChar !== ".") t = t.split(column.decimalChar).join(".");
  if (!column.bareNumber) t = t.replace(/^[^0-9+\-.]+/, "").replace(/[^0-9.]+$/, "");
  if (!LOOSE_NUMBER.test(t)) {
    ok = false;
    return NaN;
  }
  ok = true;
  return Number(t);
}

// packages/engine/src/validate/checks/cell-kernel/cell-checks.ts
var KIND_STRING = KIND.string;
var KIND_NUMBER = KIND.number;
var KIND_INTEGER = KIND.integer;
var KIND_BOOLEAN = KIND.boolean;
var KIND_DATE = KIND.date;
var KIND_DATETIME = KIND.datetime;
var KIND_TIME = KIND.time;
var KIND_YEAR = KIND.year;
var KIND_YEARMONTH = KIND.yearmonth;
var KIND_DURATION = KIND.duration;
var KIND_OBJECT = KIND.object;
var KIND_ARRAY = KIND.array;
var KIND_GEOPOINT = KIND.geopoint;
var KIND_ANY = KIND.any;
var DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+(?:\.\d+)?D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(?:\.\d+)?S)?)?$/;
var GEOPOINT = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/;
function equalsBytes(buf, s, e, candidate) {
  if (candidate.length !== e - s) return false;
  for (let i = 0; i < candidate.length; i++) if (buf[s + i] !== candidate[i]) return false;
  return true;
}
function isMissing(p, c, buf, s, e) {
  if (p.onlyEmptyMissing[c] === 1) return e === s;
  const list = p.missing[c];
  for (let i = 0; i < list.length; i++) if (equalsBytes(buf, s, e, list[i])) return true;
  return false;
}
function checkBounds(acc, c, v, line, buf, s, e) {
  const p = acc.p;
  const min = p.min[c];
  const max = p.max[c];
  if (v < min) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "minimum");
  else if (v > max) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "maximum");
  else if (v <= p.exMin[c]) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "exclusiveMinimum");
  else if (v >= p.exMax[c]) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "exclusiveMaximum");
  const allowed = p.enumNumbers[c];
  if (allowed !== null && allowed !== void 0 && !allowed.has(v))
    violation(acc, c, p.CONSTRAINT, line, buf, s, e, "enum");
}
function anyTemporal(kind, t) {
  if (kind === KIND_TIME) return isoTimeSeconds(t);
  const ms = Date.parse(t);
  return kind === KIND_DATE ? Math.floor(ms / 864e5) : ms;
}
function typeError(acc, c, line, buf, s, e, ascii) {
  acc.rowNull[c] = 1;
  if (acc.p.plan.rowsMode) return cellText(buf, s, e, ascii);
  violation(acc, c, acc.p.TYPE, line, buf, s, e, "type");
  return void 0;
}
function numericCell(acc, c, kind, buf, s, e, ascii, line, value2, valid) {
  const p = acc.p;
  let v = value2;
  let ok2 = valid;
  let digits2 = scannedDigits();
  if (!ok2 && kind === KIND_NUMBER) {
    const special = SPECIAL_NUMBERS[cellText(buf, s, e, ascii)];
    if (special !== void 0) {
      v = special;
      ok2 = true;
      digits2 = 0;
    }
  }
  if (ok2 && kind !== KIND_NUMBER && !Number.isInteger(v)) ok2 = false;
  if (ok2 && kind === KIND_YEAR && e - s !== 4) ok2 = false;
  if (!ok2) return typeError(acc, c, line, buf, s, e, ascii);
  acc.rowNull[c] = 0;
  if (p.keyed[c] === 1) {
    if (kind === KIND_NUMBER || digits2 <= 15) hashNumberInto(acc.rowHi, acc.rowLo, c, v);
    else hashBytesInto(acc.rowHi, acc.rowLo, c, buf, s, e);
  }
  if (p.plan.rowsMode) return v;
  if (v < p.min[c] || v > p.max[c] || v <= p.exMin[c] || v >= p.exMax[c] || p.enumNumbers[c] !== null)
    checkBounds(acc, c, v, line, buf, s, e);
  return void 0;
}
function nullValue(acc, column, line) {
  const p = acc.p;
  acc.nulls[column] += 1;
  acc.rowNull[column] = 1;
  if (p.required[column] === 1 && !p.plan.rowsMode)
    violation(acc, column, p.CONSTRAINT, line, acc.scratch, 0, 0, "required");
}
function checkCell(acc, c, buf, s, e, ascii, line) {
  const p = acc.p;
  const rowsMode = p.plan.rowsMode;
  if (isMissing(p, c, buf, s, e)) {
    acc.nulls[c] += 1;
    acc.rowNull[c] = 1;
    if (p.required[c] === 1 && !rowsMode) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "required");
    return void 0;
  }
  acc.rowNull[c] = 0;
  const kind = p.kinds[c];
  switch (kind) {
    case KIND_NUMBER:
    case KIND_INTEGER:
    case KIND_YEAR: {
      let v;
      if (p.customNumber[c] === 1) v = parseCustomNumber(p.plan.columns[c], cellText(buf, s, e, ascii));
      else v = parseDecimal(buf, s, e, kind !== KIND_NUMBER && p.integral[c] === 0);
      return numericCell(acc, c, kind, buf, s, e, ascii, line, v, scannedOk());
    }
    case KIND_STRING: {
      const patternMatch = p.pattern[c] === null ? 1 : matchPattern(p.patternDfa[c], buf, s, e);
      const formatMatch = p.format[c] === null ? 1 : matchPattern(p.formatDfa[c], buf, s, e);
      let t = null;
      if (patternMatch < 0 || formatMatch < 0 || rowsMode) t = cellText(buf, s, e, ascii);
      if (p.keyed[c] === 1) hashBytesInto(acc.rowHi, acc.rowLo, c, buf, s, e);
      if (rowsMode) return t;
      const minLen = p.minLen[c];
      const maxLen = p.maxLen[c];
      if (minLen === minLen || maxLen === maxLen) {
        let length = e - s;
        if (!ascii) {
          length = 0;
          for (let i = s; i < e; i++) if ((buf[i] & 192) !== 128) length++;
        }
        if (length < minLen) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "minLength", length);
        else if (length > maxLen) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "maxLength", length);
      }
      if (patternMatch === 0 || patternMatch < 0 && !p.pattern[c].test(t))
        violation(acc, c, p.CONSTRAINT, line, buf, s, e, "pattern");
      if (formatMatch === 0 || formatMatch < 0 && !p.format[c].test(t))
        violation(acc, c, p.CONSTRAINT, line, buf, s, e, "format");
      const temporal = p.temporalFormat[c];
      if (temporal !== null && temporal !== void 0) {
        const tt = t ?? cellText(buf, s, e, ascii);
        const ok2 = temporal === "date" ? isoDateDays(buf, s, e) === isoDateDays(buf, s, e) : temporal === "time" ? !Number.isNaN(isoTimeSeconds(tt)) : !Number.isNaN(isoDatetimeMillis(tt)) && /[Zz+-]\d*:?\d*$/.test(tt);
        if (!ok2) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "format");
      }
      const allowed = p.enumBytes[c];
      if (allowed !== null && allowed !== void 0) {
        let found = false;
        for (let i = 0; i < allowed.length; i++) {
          if (equalsBytes(buf, s, e, allowed[i])) {
            found = true;
            break;
          }
        }
        if (!found) violation(acc, c, p.CONSTRAINT, line, buf, s, e, "enum");
      }
      return void 0;
    }
    case KIND_BOOLEAN: {
      let v = -1;
      const trues = p.trueValues[c];
      for (let i = 0; i < trues.length && v < 0; i++) if (equalsBytes(buf, s, e, trues[i])) v = 1;
      const falses = p.falseValues[c];
      for (let i = 0; i < falses.length && v < 0; i++) if (equalsBytes(buf, s, e, falses[i])) v = 0;
      if (v < 0) return typeError(acc, c, line, buf, s, e, ascii);
      if (p.keyed[c] === 1) hashNumberInto(acc.rowHi, acc.rowLo, c, v);
      if (rowsMode) return v === 1;
      checkBounds(acc, c, v, line, buf, s, e);
      return void 0;
    }
    default: {
      if (kind === KIND_ANY) {
        if (p.keyed[c] === 1) hashBytesInto(acc.rowHi, acc.rowLo, c, buf, s, e);
        return rowsMode ? cellText(buf, s, e, ascii) : void 0;
      }
      const column = p.plan.columns[c];
      const t = kind === KIND_DATE && column.temporalPattern === void 0 ? "" : cellText(buf, s, e, ascii);
      let v;
      if (column.temporalPattern !== void 0)
        v = temporalPatternValue(column.temporalPattern, column.kind, t);
      else if (kind === KIND_DATE) v = isoDateDays(buf, s, e);
      else if (kind === KIND_DATETIME) v = isoDatetimeMillis(t);
      else if (kind === KIND_TIME) v = isoTimeSeconds(t);
      else if (kind === KIND_YEARMONTH) {
        const m = /^(\d{4})-(\d{2})$/.exec(t);
        v = m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? Number(m[1]) * 12 + Number(m[2]) - 1 : NaN;
      } else if (kind === KIND_DURATION) v = DURATION.test(t) ? 0 : NaN;
      else if (kind === KIND_GEOPOINT) {
        const m = GEOPOINT.exec(t);
        v = m && Math.abs(Number(m[1])) <= 180 && Math.abs(Number(m[2])) <= 90 ? 0 : NaN;
      } else if (kind === KIND_OBJECT || kind === KIND_ARRAY) {
        v = NaN;
        try {
          const parsed = JSON.parse(t);
          if (kind === KIND_ARRAY ? Array.isArray(parsed) : typeof parsed === "object" && parsed !== null && !Array.isArray(parsed))
            v = 0;
        } catch {
          v = NaN;
        }
      } else v = NaN;
      if (v !== v && column.anyTemporalFormat === true)
        v = anyTemporal(kind, t || cellText(buf, s, e, ascii));
      if (v !== v) return typeError(acc, c, line, buf, s, e, ascii);
      if (p.keyed[c] === 1) hashNumberInto(acc.rowHi, acc.rowLo, c, v);
      if (rowsMode) return cellText(buf, s, e, ascii);
      checkBounds(acc, c, v, line, buf, s, e);
      return void 0;
    }
  }
}

// packages/engine/src/validate/checks/cell-kernel/csv-records.ts
var utf82 = new TextDecoder("utf-8");
function pushScratch(acc, b) {
  if (acc.scratchLength === acc.scratch.length) {
    const grown = Buffer.allocUnsafe(acc.scratch.length * 2);
    grown.set(acc.scratch);
    acc.scratch = grown;
  }
  acc.scratch[acc.scratchLength++] = b;
}
function indexOfByte(buf, byte, from, limit) {
  const i = buf.indexOf(byte, from);
  return i < 0 || i >= limit ? -1 : i;
}
function slowCell(acc, buf, s, limit, row) {
  const p = acc.p;
  acc.scratchLength = 0;
  acc.scratchAscii = true;
  let i = s;
  let afterClose = false;
  let reported = false;
  for (; ; ) {
    const b = buf[i];
    if (b === QUOTE) {
      if (i !== s && !afterClose && !reported) {
        reported = true;
        violation(
          acc,
          -1,
          p.FORMAT,
          acc.line,
          buf,
          s,
          i,
          "a quote inside an unquoted field (quote the whole field and double the quote)"
        );
      }
      i++;
      for (; ; ) {
        const q = indexOfByte(buf, QUOTE, i, limit);
        if (q < 0) {
          acc.fatal = {
            line: row,
            code: p.FORMAT,
            message: "unclosed quote: the quoted field that starts on this line never ends"
          };
          return -1;
        }
        for (let j = i; j < q; j++) {
          const c = buf[j];
          if (c === NL) acc.line++;
          if (c > 127) acc.scratchAscii = false;
          pushScratch(acc, c);
        }
        if (buf[q + 1] === QUOTE) {
          pushScratch(acc, QUOTE);
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      afterClose = true;
      continue;
    }
    if (p.special[b] === 1 || i >= limit) return i;
    if (afterClose && !reported) {
      reported = true;
      violation(acc, -1, p.FORMAT, acc.line, buf, s, i, "text after a closing quote");
    }
    if (b > 127) acc.scratchAscii = false;
    pushScratch(acc, b);
    i++;
  }
}
function parseRecords(acc, buf, pos, safeEnd, stopAt, checkEncoding, onRow) {
  const p = acc.p;
  const special = p.special;
  const delimiter = p.plan.delimiter;
  const colMap = p.plan.colMap;
  const header = colMap.length;
  const n = p.n;
  const rowsMode = p.plan.rowsMode;
  const fused = p.fused;
  const kinds = p.kinds;
  while (pos < safeEnd && pos < stopAt) {
    const recordStart = pos;
    const line = acc.line;
    let b = buf[pos];
    if (b === NL || b === CR && buf[pos + 1] === NL) {
      acc.addError(-1, p.BLANK, line, null, "blank row");
      pos += b === CR ? 2 : 1;
      acc.line++;
      acc.rows++;
      continue;
    }
    if (rowsMode) for (let c = 0; c < n; c++) acc.values[c] = void 0;
    let cell = 0;
    for (; ; ) {
      const s = pos;
      const cellLine = acc.line;
      b = buf[pos];
      let ascii;
      let value2;
      const c = cell < header ? colMap[cell] : -1;
      if (c >= 0 && fused[c] !== 0 && special[b] === 0) {
        pos = scanNumber(buf, pos, fused[c] === 2);
        b = buf[pos];
        let valid = scannedOk();
        if (special[b] === 0) {
          valid = false;
          while (special[b] === 0) b = buf[++pos];
        }
        if (b !== QUOTE) {
          value2 = numericCell(acc, c, kinds[c], buf, s, pos, true, cellLine, scannedValue(), valid);
          if (rowsMode) acc.values[c] = value2;
        } else pos = -2;
      } else if (b !== QUOTE) {
        let bits = 0;
        while (special[b] === 0) {
          bits |= b;
          b = buf[++pos];
        }
        if (b !== QUOTE) {
          ascii = bits < 128;
          if (cell < header) {
            const c2 = colMap[cell];
            if (c2 >= 0) value2 = checkCell(acc, c2, buf, s, pos, ascii, cellLine);
            if (rowsMode && c2 >= 0) acc.values[c2] = value2;
          }
        } else pos = -2;
      } else pos = -2;
      if (pos === -2) {
        pos = slowCell(acc, buf, s, safeEnd, cellLine);
        if (pos < 0) return recordStart;
        if (cell < header) {
          const c2 = colMap[cell];
          if (c2 >= 0)
            value2 = checkCell(acc, c2, acc.scratch, 0, acc.scratchLength, acc.scratchAscii, cellLine);
          if (rowsMode && c2 >= 0) acc.values[c2] = value2;
        }
      }
      cell++;
      b = buf[pos];
      if (b === delimiter) {
        pos++;
        continue;
      }
      if (b === CR) {
        pos++;
        if (buf[pos] === NL) {
          pos++;
          acc.line++;
        }
      } else {
        pos++;
        acc.line++;
      }
      break;
    }
    if (checkEncoding && !isUtf8(buf.subarray(recordStart, pos))) {
      acc.addError(-1, p.ENCODING, line, null, "invalid UTF-8 in this row");
    }
    acc.rows++;
    endRow(acc, cell, line, onRow);
  }
  return pos;
}
function countQuotes(buf, from, to) {
  let count = 0;
  let i = buf.indexOf(QUOTE, from);
  while (i >= 0 && i < to) {
    count++;
    i = buf.indexOf(QUOTE, i + 1);
  }
  return count;
}
function findSafeEnd(buf, pos, dataEnd) {
  let nl = buf.lastIndexOf(NL, dataEnd - 1);
  if (nl < pos) return -1;
  let quotes = countQuotes(buf, pos, nl);
  while (quotes % 2 === 1) {
    const lastQuote = buf.lastIndexOf(QUOTE, nl - 1);
    const previous = lastQuote < pos ? -1 : buf.lastIndexOf(NL, lastQuote - 1);
    if (previous < pos) return -1;
    quotes -= countQuotes(buf, previous, nl);
    nl = previous;
  }
  return nl + 1;
}
function readRecord(buffer, start, limit, delimiter) {
  const p = prepare({
    delimiter,
    columns: [],
    colMap: [],
    keys: [],
    codes: {
      "type-error": 0,
      "constraint-error": 0,
      "missing-cell": 0,
      "extra-cell": 0,
      "blank-row": 0,
      "encoding-error": 0,
      "format-error": 0
    },
    codeCount: 1,
    maxExamplesPerColumn: 0,
    rowsMode: false,
    maxRecordBytes: 0,
    blockBytes: 0
  });
  const acc = newAcc(p);
  const cells = [];
  let pos = start;
  for (; ; ) {
    pos = slowCell(acc, buffer, pos, limit, 0);
    if (pos < 0 || pos >= limit) return null;
    cells.push(utf82.decode(acc.scratch.subarray(0, acc.scratchLength)));
    const b = buffer[pos];
    if (b === delimiter) {
      pos++;
      continue;
    }
    if (b === CR) pos++;
    if (buffer[pos] === NL) {
      pos++;
      acc.line++;
    }
    return { cells, end: pos, lines: acc.line };
  }
}

// packages/engine/src/validate/checks/cell-kernel/csv-range.ts
function readAt(fd, buffer, offset, length, position) {
  let total = 0;
  while (total < length) {
    const n = readSync(fd, buffer, offset + total, length - total, position + total);
    if (n === 0) break;
    total += n;
  }
  return total;
}
function speculativeStart(fd, start, fileSize) {
  const probe = Buffer.allocUnsafe(65536);
  let at = start - 1;
  while (at < fileSize) {
    const n = readAt(fd, probe, 0, probe.length, at);
    if (n === 0) break;
    const i = probe.subarray(0, n).indexOf(NL);
    if (i >= 0) return at + i + 1;
    at += n;
  }
  return fileSize;
}
function runRange(prepared, task, onRow) {
  const p = prepared;
  const fd = openSync(task.path, "r");
  try {
    const start = task.speculative && task.start > 0 ? speculativeStart(fd, task.start, task.fileSize) : task.start;
    const acc = newAcc(p);
    let buf = Buffer.allocUnsafe(p.plan.blockBytes + 1);
    let base = start;
    let length = 0;
    let pos = 0;
    let eof = base >= task.fileSize;
    while (base + pos < task.end && !(eof && pos >= length)) {
      if (!eof && length < buf.length - 1) {
        const n = readAt(fd, buf, length, buf.length - 1 - length, base + length);
        if (n < buf.length - 1 - length || base + length + n >= task.fileSize) eof = true;
        length += n;
      }
      let safeEnd;
      if (eof) {
        safeEnd = length;
        if (length > pos && buf[length - 1] !== NL) {
          buf[length] = NL;
          safeEnd = length + 1;
        }
      } else {
        safeEnd = findSafeEnd(buf, pos, length);
        if (safeEnd < 0) {
          if (pos > 0) {
            buf.copyWithin(0, pos, length);
            base += pos;
            length -= pos;
            pos = 0;
          } else {
            if (buf.length - 1 >= p.plan.maxRecordBytes) {
              acc.fatal = {
                line: acc.line,
                code: p.FORMAT,
                message: `a record longer than ${p.plan.maxRecordBytes / 1048576} MiB starts on this line (an unclosed quote?)`
              };
              break;
            }
            const grown = Buffer.allocUnsafe(Math.min((buf.length - 1) * 2, p.plan.maxRecordBytes) + 1);
            grown.set(buf.subarray(0, length));
            buf = grown;
          }
          continue;
        }
      }
      const checkEncoding = !isUtf82(buf.subarray(pos, Math.min(safeEnd, length)));
      pos = parseRecords(acc, buf, pos, safeEnd, task.end - base, checkEncoding, onRow);
      if (acc.fatal !== null) break;
      if (base + pos >= task.end || eof && pos >= length) break;
      if (pos > 0) {
        buf.copyWithin(0, pos, length);
        base += pos;
        length -= pos;
        pos = 0;
      }
    }
    return finishBatch(acc, start, Math.min(base + pos, task.fileSize));
  } finally {
    closeSync(fd);
  }
}

export {
  hashBytesInto,
  hashNumberInto,
  newAcc,
  finishBatch,
  endRow,
  isoDateToDays,
  isoTimeToSeconds,
  isoDatetimeToMillis,
  compileTemporalPattern,
  matchPattern,
  prepare,
  nullValue,
  checkCell,
  readRecord,
  runRange
};
