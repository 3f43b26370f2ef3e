import type { ColumnCheck } from '../schema/check-plan.js';
import type { PatternDfa } from '../schema/pattern-dfa.js';

/**
 * The CSV parse-and-check kernel: RFC 4180 parsing fused with the column checks, straight from bytes.
 *
 * It runs in two places: on the main thread (small files, the header, rows mode) and inside worker threads,
 * where it arrives as source text (`createCsvKernel.toString()`), so that one file works from source under
 * jest/tsx and from an esbuild bundle alike. Hence the rule for this file: `createCsvKernel` is
 * SELF-CONTAINED. It references nothing from its module scope or imports except types (erased); the
 * Node modules it needs come in through `deps`; codes come in through the plan.
 *
 * Quote semantics are "every quote toggles the quoted state" (`""` inside quotes is a literal quote). That is
 * exactly RFC 4180 for well-formed input and makes quote parity a faithful predictor of record boundaries,
 * which is what lets a block be cut at the last newline with an even number of quotes before it (findSafeEnd)
 * and lets workers start at a byte offset speculatively (see csv-parallel.ts). A quote inside an unquoted
 * field, or text after a closing quote, is a `format-error` on that line.
 */

export interface KernelDeps {
  readonly fs: {
    openSync(path: string, flags: string): number;
    closeSync(fd: number): void;
    readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  };
  readonly isUtf8: (input: Uint8Array) => boolean;
}

/** Everything a kernel needs to check one file's rows: the plan's columns mapped onto the file's header. */
export interface KernelPlan {
  readonly delimiter: number;
  readonly columns: readonly ColumnCheck[];
  readonly kinds: readonly number[];
  /** Header position → plan column index, or -1 for a data column the plan does not check. */
  readonly colMap: readonly number[];
  /** Key groups hashed per row (single-column unique, uniqueTogether, primary key), as plan column indexes. */
  readonly keys: readonly (readonly number[])[];
  readonly codes: Readonly<Record<string, number>>;
  readonly codeCount: number;
  readonly maxExamplesPerColumn: number;
  /** Rows mode: cast only and hand each row to a callback (JSON Schema with whole-row rules). */
  readonly rowsMode: boolean;
  readonly maxRecordBytes: number;
  readonly blockBytes: number;
}

export interface ErrorExample {
  /** Plan column index, or -1 for errors about the row (extra cells, blank rows, format, encoding). */
  readonly column: number;
  readonly code: number;
  /** Line relative to the batch's first line (0-based); the merger adds the batch's physical base line. */
  readonly line: number;
  readonly value: string | null;
  readonly message: string;
}

export interface KeyHashes {
  /** Interleaved high/low 32-bit halves of a 64-bit hash per non-null key value. */
  readonly hashes: Uint32Array;
  readonly lines: Uint32Array;
  readonly count: number;
  /**
   * Set by the columnar checker for single-column keys (ordered-key.ts): 1 where the value is above every
   * earlier value of the key, so it cannot be a repeat. Aligned with `lines`.
   */
  readonly fresh?: Uint8Array;
}

/** What a batch of rows yields, from any reader. Plain data and typed arrays: it crosses thread boundaries. */
export interface BatchResult {
  readonly rows: number;
  /** Newlines consumed: the next batch's first line is this batch's first line plus `lines`. */
  readonly lines: number;
  /** `(columns + 1) × codeCount` counts; the extra last column holds row-level errors. */
  readonly counts: Float64Array;
  readonly nulls: Float64Array;
  readonly examples: readonly ErrorExample[];
  readonly keys: readonly KeyHashes[];
  /** Byte offsets actually covered ([start, end)), for the speculative split's consistency check. */
  readonly start: number;
  readonly end: number;
  /** A problem that stops the file (an unclosed quote, a record beyond the size cap). */
  readonly fatal: { readonly line: number; readonly code: number; readonly message: string } | null;
}

export interface RangeTask {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly fileSize: number;
  /** True when `start` is a guess (a chunk boundary): the kernel starts after the next newline. */
  readonly speculative: boolean;
}

export type RowCallback = (values: readonly unknown[], line: number, batch: Accumulator) => void;

export interface Accumulator {
  addError(column: number, code: number, line: number, value: string | null, message: string): void;
}

export interface CsvKernel {
  prepare(plan: KernelPlan): PreparedPlan;
  runRange(prepared: PreparedPlan, task: RangeTask, onRow?: RowCallback): BatchResult;
  /** Parses one record of text cells (the header); `end` is where the next record starts. */
  readRecord(
    buffer: Uint8Array,
    start: number,
    limit: number,
    delimiter: number,
  ): { cells: string[]; end: number; lines: number } | null;
  /** Checks one text value outside a CSV file (JSON strings under Table Schema, columnar strings). */
  checkText(
    prepared: PreparedPlan,
    column: number,
    bytes: Uint8Array,
    start: number,
    end: number,
    line: number,
    into: TextCheckTarget,
  ): unknown;
  /**
   * Checks a whole columnar text column (Arrow-style offsets into UTF-8 bytes), as `checkText` per value would,
   * and writes each value's key hash into `hashes` when given. Plain text columns (see Prepared.plainText)
   * settle a value on its bytes alone; anything else, and every value that fails, goes through `checkText`.
   */
  checkTextColumn(
    prepared: PreparedPlan,
    column: number,
    offsets: Int32Array,
    data: Uint8Array,
    rows: number,
    validity: Uint8Array | undefined,
    hashes: Uint32Array | undefined,
    into: TextCheckTarget,
  ): void;
  /** A JSON null or absent property, or a columnar null. */
  checkNull(column: number, line: number, into: TextCheckTarget): void;
  /** Ends one record from a non-CSV reader: hashes its keys. */
  endRecord(line: number, into: TextCheckTarget): void;
  addError(
    into: TextCheckTarget,
    column: number,
    code: number,
    line: number,
    value: string | null,
    message: string,
  ): void;
  newTarget(prepared: PreparedPlan): TextCheckTarget;
  finishTarget(prepared: PreparedPlan, target: TextCheckTarget, rows: number, lines: number): BatchResult;
  hashBytes(bytes: Uint8Array, start: number, end: number): [number, number];
  hashNumber(value: number): [number, number];
  /** Same hashes as above, written to `into[slot * 2]` (high) and `into[slot * 2 + 1]` (low): no allocation. */
  hashBytesInto(bytes: Uint8Array, start: number, end: number, into: Uint32Array, slot: number): void;
  hashNumberInto(value: number, into: Uint32Array, slot: number): void;
  /**
   * Whether a text value is present and passes every check of its column, i.e. `checkText` would record
   * nothing. Lets columnar checks test each dictionary entry once and skip the rows that reuse it.
   */
  isCleanText(prepared: PreparedPlan, column: number, bytes: Uint8Array, start: number, end: number): boolean;
  /** A pattern DFA on bytes [start, end): 1 match, 0 no match, -1 undecided (test the RegExp on the text). */
  matchPattern(dfa: PatternDfa | null, bytes: Uint8Array, start: number, end: number): number;
}

/** Opaque to callers: compiled per-column tables. */
export type PreparedPlan = { readonly __prepared: true };
export type TextCheckTarget = { readonly __target: true };

export function createCsvKernel(deps: KernelDeps): CsvKernel {
  const QUOTE = 34;
  const NL = 10;
  const CR = 13;
  const MINUS = 45;
  const PLUS = 43;
  const DOT = 46;
  const VALUE_PREVIEW = 80;
  const POW10: number[] = [];
  for (let i = 0; i <= 22; i++) POW10.push(Number(`1e${i}`));
  const encoder = new TextEncoder();
  const utf8 = new TextDecoder('utf-8');
  // Node's native slicers accept any Uint8Array and are about twice as fast as TextDecoder for short cells.
  const nativeSlices = Buffer.prototype as unknown as {
    latin1Slice(this: Uint8Array, start: number, end: number): string;
    utf8Slice(this: Uint8Array, start: number, end: number): string;
  };
  const latin1Slice = nativeSlices.latin1Slice;
  const utf8Slice = nativeSlices.utf8Slice;
  const f64 = new Float64Array(1);
  const u32 = new Uint32Array(f64.buffer);

  const KIND_STRING = 0;
  const KIND_NUMBER = 1;
  const KIND_INTEGER = 2;
  const KIND_BOOLEAN = 3;
  const KIND_DATE = 4;
  const KIND_DATETIME = 5;
  const KIND_TIME = 6;
  const KIND_YEAR = 7;
  const KIND_YEARMONTH = 8;
  const KIND_DURATION = 9;
  const KIND_OBJECT = 10;
  const KIND_ARRAY = 11;
  const KIND_GEOPOINT = 12;

  const ISO_DATETIME =
    /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;
  const ISO_TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?$/;
  const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+(?:\.\d+)?D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(?:\.\d+)?S)?)?$/;
  const GEOPOINT = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/;
  const LOOSE_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
  const SPECIAL_NUMBERS: Record<string, number> = {
    NaN: NaN,
    INF: Infinity,
    '-INF': -Infinity,
    Infinity: Infinity,
    '-Infinity': -Infinity,
  };

  function daysFromCivil(year: number, month: number, day: number): number {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  }
  function daysInMonth(year: number, month: number): number {
    if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  }

  interface Prepared {
    plan: KernelPlan;
    n: number;
    kinds: Int32Array;
    required: Uint8Array;
    onlyEmptyMissing: Uint8Array;
    missing: Uint8Array[][];
    min: Float64Array;
    max: Float64Array;
    exMin: Float64Array;
    exMax: Float64Array;
    minLen: Float64Array;
    maxLen: Float64Array;
    pattern: (RegExp | null)[];
    format: (RegExp | null)[];
    /** The same tests on ASCII bytes (pattern-dfa.ts), or null: then the RegExp runs on the decoded text. */
    patternDfa: (PatternDfa | null)[];
    formatDfa: (PatternDfa | null)[];
    /**
     * 1 for a string column whose only checks are `required`, empty-means-missing and a pattern the DFA
     * decides on ASCII: `checkTextColumn` then settles most values without `checkCell`.
     */
    plainText: Uint8Array;
    temporalFormat: (string | null)[];
    enumBytes: (Uint8Array[] | null)[];
    enumNumbers: (Set<number> | null)[];
    trueValues: Uint8Array[][];
    falseValues: Uint8Array[][];
    customNumber: Uint8Array;
    integral: Uint8Array;
    keyed: Uint8Array;
    /** 1: parse as a number while scanning; 2: as an integer; 0: scan, then check. */
    fused: Uint8Array;
    special: Uint8Array;
    TYPE: number;
    CONSTRAINT: number;
    MISSING: number;
    EXTRA: number;
    BLANK: number;
    ENCODING: number;
    FORMAT: number;
  }

  function bytesOf(values: readonly string[]): Uint8Array[] {
    return values.map((v) => encoder.encode(v));
  }

  function prepare(plan: KernelPlan): PreparedPlan {
    const n = plan.columns.length;
    const nan = (): Float64Array => new Float64Array(n).fill(NaN);
    const p: Prepared = {
      plan,
      n,
      kinds: Int32Array.from(plan.kinds),
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
      TYPE: plan.codes['type-error']!,
      CONSTRAINT: plan.codes['constraint-error']!,
      MISSING: plan.codes['missing-cell']!,
      EXTRA: plan.codes['extra-cell']!,
      BLANK: plan.codes['blank-row']!,
      ENCODING: plan.codes['encoding-error']!,
      FORMAT: plan.codes['format-error']!,
    };
    p.special[plan.delimiter] = 1;
    p.special[NL] = 1;
    p.special[CR] = 1;
    p.special[QUOTE] = 1;
    plan.columns.forEach((c, i) => {
      p.required[i] = c.required ? 1 : 0;
      p.onlyEmptyMissing[i] = c.missingValues.length === 1 && c.missingValues[0] === '' ? 1 : 0;
      p.missing.push(bytesOf(c.missingValues));
      if (c.minimum !== undefined) p.min[i] = c.minimum;
      if (c.maximum !== undefined) p.max[i] = c.maximum;
      if (c.exclusiveMinimum !== undefined) p.exMin[i] = c.exclusiveMinimum;
      if (c.exclusiveMaximum !== undefined) p.exMax[i] = c.exclusiveMaximum;
      if (c.minLength !== undefined) p.minLen[i] = c.minLength;
      if (c.maxLength !== undefined) p.maxLen[i] = c.maxLength;
      p.pattern.push(c.pattern ? new RegExp(c.pattern.source, c.pattern.flags) : null);
      p.patternDfa.push(c.pattern?.dfa ?? null);
      const f = c.format;
      p.format.push(f && typeof f === 'object' ? new RegExp(f.source, f.flags) : null);
      p.formatDfa.push(f && typeof f === 'object' ? (f.dfa ?? null) : null);
      p.temporalFormat.push(typeof f === 'string' ? f : null);
      const isString = c.kind === 'string';
      p.enumBytes.push(c.enum && isString ? bytesOf(c.enum as string[]) : null);
      p.plainText[i] =
        isString &&
        c.format === undefined &&
        c.minLength === undefined &&
        c.maxLength === undefined &&
        c.enum === undefined &&
        p.onlyEmptyMissing[i] === 1 &&
        (c.pattern === undefined || (c.pattern.dfa ?? null) !== null)
          ? 1
          : 0;
      p.enumNumbers.push(c.enum && !isString ? new Set(c.enum as number[]) : null);
      p.trueValues.push(bytesOf(c.trueValues));
      p.falseValues.push(bytesOf(c.falseValues));
      p.customNumber[i] = c.decimalChar !== '.' || c.groupChar !== '' || !c.bareNumber ? 1 : 0;
      p.integral[i] = c.integralNumbersAreIntegers ? 1 : 0;
      const numeric = c.kind === 'number' || c.kind === 'integer' || c.kind === 'year';
      if (numeric && p.onlyEmptyMissing[i] === 1 && p.customNumber[i] === 0) {
        p.fused[i] = c.kind === 'number' || c.integralNumbersAreIntegers ? 1 : 2;
      }
    });
    for (const key of plan.keys) for (const c of key) p.keyed[c] = 1;
    return p as unknown as PreparedPlan;
  }

  // ---- accumulation -------------------------------------------------------------------------------------

  interface Acc extends Accumulator {
    p: Prepared;
    counts: Float64Array;
    nulls: Float64Array;
    examples: ErrorExample[];
    perColumn: Int32Array;
    keyHashes: Uint32Array[];
    keyLines: Uint32Array[];
    keyCount: Int32Array;
    rowHi: Int32Array;
    rowLo: Int32Array;
    rowNull: Uint8Array;
    values: unknown[];
    line: number;
    rows: number;
    fatal: BatchResult['fatal'];
    scratch: Uint8Array;
    scratchLength: number;
    scratchAscii: boolean;
  }

  function newAcc(p: Prepared): Acc {
    const acc: Acc = {
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
      values: new Array<unknown>(p.n),
      line: 0,
      rows: 0,
      fatal: null,
      scratch: Buffer.allocUnsafe(1024),
      scratchLength: 0,
      scratchAscii: true,
      addError(column, code, line, value, message) {
        const slot = column < 0 ? p.n : column;
        acc.counts[slot * p.plan.codeCount + code]! += 1;
        if (acc.perColumn[slot]! < p.plan.maxExamplesPerColumn) {
          acc.perColumn[slot]! += 1;
          acc.examples.push({ column, code, line, value, message });
        }
      },
    };
    return acc;
  }

  function finish(acc: Acc, start: number, end: number): BatchResult {
    return {
      rows: acc.rows,
      lines: acc.line,
      counts: acc.counts,
      nulls: acc.nulls,
      examples: acc.examples,
      keys: acc.keyHashes.map((hashes, k) => ({
        hashes: hashes.slice(0, acc.keyCount[k]! * 2),
        lines: acc.keyLines[k]!.slice(0, acc.keyCount[k]!),
        count: acc.keyCount[k]!,
      })),
      start,
      end,
      fatal: acc.fatal,
    };
  }

  function preview(buf: Uint8Array, s: number, e: number): string {
    const text = utf8.decode(buf.subarray(s, Math.min(e, s + VALUE_PREVIEW * 4)));
    return text.length > VALUE_PREVIEW ? `${text.slice(0, VALUE_PREVIEW)}…` : text;
  }

  /** Counts always; builds the example (and its message) only while the column still wants examples. */
  function violation(
    acc: Acc,
    c: number,
    code: number,
    line: number,
    buf: Uint8Array,
    s: number,
    e: number,
    why: string,
    bound?: number,
  ): void {
    const p = acc.p;
    const slot = c < 0 ? p.n : c;
    acc.counts[slot * p.plan.codeCount + code]! += 1;
    if (acc.perColumn[slot]! >= p.plan.maxExamplesPerColumn) return;
    acc.perColumn[slot]! += 1;
    const value = e > s || c >= 0 ? preview(buf, s, e) : null;
    acc.examples.push({ column: c, code, line, value, message: describe(p, c, why, value, bound) });
  }

  function describe(p: Prepared, c: number, why: string, value: string | null, bound?: number): string {
    const column = c >= 0 ? p.plan.columns[c]! : null;
    const shown = value === null ? '' : JSON.stringify(value);
    switch (why) {
      case 'type':
        return `${shown} is not a valid ${column!.kind}`;
      case 'required':
        return `a value is required (${column!.origin}.required)`;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        return `${shown} violates ${column!.origin}.${why} (${formatBound(column!, why)})`;
      case 'minLength':
      case 'maxLength':
        return `${shown} has length ${bound} (${column!.origin}.${why} is ${why === 'minLength' ? column!.minLength : column!.maxLength})`;
      case 'pattern':
        return `${shown} does not match ${column!.origin}.pattern ${column!.pattern!.name ?? column!.pattern!.source}`;
      case 'enum':
        return `${shown} is not one of ${column!.origin}.enum`;
      case 'format':
        return `${shown} is not a valid ${typeof column!.format === 'string' ? column!.format : (column!.format?.name ?? 'formatted value')} (${column!.origin}.format)`;
      default:
        return why;
    }
  }

  function formatBound(
    column: ColumnCheck,
    key: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum',
  ): string {
    const v = column[key]!;
    if (column.kind === 'date') {
      return new Date(v * 86400000).toISOString().slice(0, 10);
    }
    if (column.kind === 'datetime') return new Date(v).toISOString();
    return String(v);
  }

  // ---- cell checks ---------------------------------------------------------------------------------------

  /** Set by the numeric parsers: whether the bytes held a valid value. */
  let parsedOk = false;
  let parsedDigits = 0;

  /**
   * Reads a decimal number starting at `pos` and returns where it stops (at the first byte that cannot
   * continue it); the value and validity land in parsed*. Fused into the cell scan for numeric columns, so
   * their bytes are read once. Out-of-range reads yield undefined, which fails every digit test.
   */
  let parsedValue = 0;
  function scanNumber(buf: Uint8Array, pos: number, integerOnly: boolean): number {
    let b = buf[pos]!;
    let negative = false;
    if (b === MINUS) {
      negative = true;
      b = buf[++pos]!;
    } else if (b === PLUS) b = buf[++pos]!;
    const digitsStart = pos;
    let mantissa = 0;
    let digits = 0;
    let exp10 = 0;
    let d = b - 48;
    while (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      digits++;
      d = buf[++pos]! - 48;
    }
    if (!integerOnly && d === DOT - 48) {
      d = buf[++pos]! - 48;
      while (d >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d;
        digits++;
        exp10--;
        d = buf[++pos]! - 48;
      }
    }
    if (digits === 0) {
      parsedOk = false;
      return pos;
    }
    if (!integerOnly && (d === 101 - 48 || d === 69 - 48)) {
      d = buf[++pos]! - 48;
      let expNegative = false;
      if (d === MINUS - 48) {
        expNegative = true;
        d = buf[++pos]! - 48;
      } else if (d === PLUS - 48) d = buf[++pos]! - 48;
      let exponent = 0;
      let expDigits = 0;
      while (d >= 0 && d <= 9) {
        exponent = exponent * 10 + d;
        expDigits++;
        d = buf[++pos]! - 48;
      }
      if (expDigits === 0) {
        parsedOk = false;
        return pos;
      }
      exp10 += expNegative ? -exponent : exponent;
    }
    parsedOk = true;
    parsedDigits = digits;
    let value: number;
    // Clinger's fast path: an exact mantissa and an exactly representable power of ten give a correctly
    // rounded result in one operation; anything else goes through the engine's own parser.
    if (digits <= 15 && exp10 >= -22 && exp10 <= 22)
      value = exp10 < 0 ? mantissa / POW10[-exp10]! : mantissa * POW10[exp10]!;
    else value = Number(latin1Slice.call(buf, digitsStart, pos));
    parsedValue = negative ? -value : value;
    return pos;
  }

  function parseDecimal(buf: Uint8Array, s: number, e: number, integerOnly: boolean): number {
    // scanNumber stops at the first byte that cannot continue a number. In a CSV file that is the delimiter;
    // values packed back to back (columnar text) or in a reused buffer may be followed by one that can: then
    // it scans a view that ends at `e`.
    const next = buf[e];
    const end =
      next !== undefined && ((next >= 48 && next <= 57) || next === DOT || next === 101 || next === 69)
        ? s + scanNumber(buf.subarray(s, e), 0, integerOnly)
        : scanNumber(buf, s, integerOnly);
    if (end !== e) parsedOk = false;
    return parsedValue;
  }

  function parseCustomNumber(p: Prepared, c: number, text: string): number {
    const column = p.plan.columns[c]!;
    let t = text;
    if (column.groupChar !== '') t = t.split(column.groupChar).join('');
    if (column.decimalChar !== '.') t = t.split(column.decimalChar).join('.');
    if (!column.bareNumber) t = t.replace(/^[^0-9+\-.]+/, '').replace(/[^0-9.]+$/, '');
    if (!LOOSE_NUMBER.test(t)) {
      parsedOk = false;
      return NaN;
    }
    parsedOk = true;
    return Number(t);
  }

  function equalsBytes(buf: Uint8Array, s: number, e: number, candidate: Uint8Array): boolean {
    if (candidate.length !== e - s) return false;
    for (let i = 0; i < candidate.length; i++) if (buf[s + i] !== candidate[i]) return false;
    return true;
  }

  function isMissing(p: Prepared, c: number, buf: Uint8Array, s: number, e: number): boolean {
    if (p.onlyEmptyMissing[c] === 1) return e === s;
    const list = p.missing[c]!;
    for (let i = 0; i < list.length; i++) if (equalsBytes(buf, s, e, list[i]!)) return true;
    return false;
  }

  function text(buf: Uint8Array, s: number, e: number, ascii: boolean): string {
    return ascii ? latin1Slice.call(buf, s, e) : utf8Slice.call(buf, s, e);
  }

  function hashInto(acc: Acc, c: number, buf: Uint8Array, s: number, e: number): void {
    let h1 = 0x9747b28c ^ (e - s);
    let h2 = 0x85ebca6b ^ (e - s);
    for (let i = s; i < e; i++) {
      const b = buf[i]!;
      h1 = Math.imul(h1 ^ b, 0x01000193);
      h2 = Math.imul(h2 ^ b, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    acc.rowHi[c] = fmix(h1 ^ Math.imul(h2, 0x27d4eb2d));
    acc.rowLo[c] = fmix(h2 + Math.imul(h1, 0x165667b1));
  }
  function fmix(h: number): number {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
  }
  function hashNumberInto(acc: Acc, c: number, value: number): void {
    f64[0] = value === 0 ? 0 : value; // -0 and 0 are the same value
    acc.rowHi[c] = fmix(u32[1]! ^ 0x3c6ef372);
    acc.rowLo[c] = fmix(Math.imul(u32[0]!, 0x9e3779b1) ^ u32[1]!);
  }

  /** Numeric constraints shared by every kind whose values compile to numbers. */
  function checkBounds(
    acc: Acc,
    c: number,
    v: number,
    line: number,
    buf: Uint8Array,
    s: number,
    e: number,
  ): void {
    const p = acc.p;
    const min = p.min[c]!;
    const max = p.max[c]!;
    if (v < min) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'minimum');
    else if (v > max) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'maximum');
    else if (v <= p.exMin[c]!) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'exclusiveMinimum');
    else if (v >= p.exMax[c]!) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'exclusiveMaximum');
    const allowed = p.enumNumbers[c];
    if (allowed !== null && allowed !== undefined && !allowed.has(v))
      violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'enum');
  }

  function isoDateDays(buf: Uint8Array, s: number, e: number): number {
    if (e - s !== 10 || buf[s + 4] !== MINUS || buf[s + 7] !== MINUS) return NaN;
    let y = 0;
    for (let i = 0; i < 4; i++) {
      const d = buf[s + i]! - 48;
      if (d < 0 || d > 9) return NaN;
      y = y * 10 + d;
    }
    const m1 = buf[s + 5]! - 48;
    const m2 = buf[s + 6]! - 48;
    const d1 = buf[s + 8]! - 48;
    const d2 = buf[s + 9]! - 48;
    if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return NaN;
    const m = m1 * 10 + m2;
    const d = d1 * 10 + d2;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
    return daysFromCivil(y, m, d);
  }

  function isoDatetimeMillis(t: string): number {
    const m = ISO_DATETIME.exec(t);
    if (!m) return NaN;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const h = Number(m[4]);
    const mi = Number(m[5]);
    const sec = Number(m[6]);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 60) return NaN;
    const offset = m[9] ? (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) * 60 : 0;
    return (
      (daysFromCivil(y, mo, d) * 86400 +
        h * 3600 +
        mi * 60 +
        sec +
        (m[7] ? Number(`0.${m[7]}`) : 0) -
        offset) *
      1000
    );
  }

  function isoTimeSeconds(t: string): number {
    const m = ISO_TIME.exec(t);
    if (!m) return NaN;
    const h = Number(m[1]);
    const mi = Number(m[2]);
    const sec = Number(m[3]);
    if (h > 23 || mi > 59 || sec > 60) return NaN;
    return h * 3600 + mi * 60 + sec + (m[4] ? Number(`0.${m[4]}`) : 0);
  }

  /** A temporal value in a custom strftime-like format, as the kind's number (days, millis or seconds). */
  function patternTemporal(column: ColumnCheck, t: string): number {
    const tp = column.temporalPattern!;
    const m = new RegExp(tp.source).exec(t);
    if (!m) return NaN;
    const part = (index: number, fallback: number): number => (index > 0 ? Number(m[index]) : fallback);
    let y = part(tp.year, 1970);
    if (tp.twoDigitYear) y += y < 69 ? 2000 : 1900;
    const mo = part(tp.month, 1);
    const d = part(tp.day, 1);
    const h = part(tp.hour, 0);
    const mi = part(tp.minute, 0);
    const sec = part(tp.second, 0) + (tp.fraction > 0 ? Number(`0.${m[tp.fraction]}`) : 0);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec >= 61) return NaN;
    if (column.kind === 'date') return daysFromCivil(y, mo, d);
    if (column.kind === 'time') return h * 3600 + mi * 60 + sec;
    return (daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec) * 1000;
  }

  function anyTemporal(kind: number, t: string): number {
    if (kind === KIND_TIME) return isoTimeSeconds(t);
    const ms = Date.parse(t);
    return kind === KIND_DATE ? Math.floor(ms / 86400000) : ms;
  }

  /** In rows mode the raw text goes to ajv, which reports the type error itself. */
  function typeError(
    acc: Acc,
    c: number,
    line: number,
    buf: Uint8Array,
    s: number,
    e: number,
    ascii: boolean,
  ): unknown {
    acc.rowNull[c] = 1;
    if (acc.p.plan.rowsMode) return text(buf, s, e, ascii);
    violation(acc, c, acc.p.TYPE, line, buf, s, e, 'type');
    return undefined;
  }

  /** A numeric cell already parsed (parsedOk, parsedDigits describe it); shared by the fused and general paths. */
  function numericCell(
    acc: Acc,
    c: number,
    kind: number,
    buf: Uint8Array,
    s: number,
    e: number,
    ascii: boolean,
    line: number,
    value: number,
  ): unknown {
    const p = acc.p;
    let v = value;
    if (!parsedOk && kind === KIND_NUMBER) {
      const special = SPECIAL_NUMBERS[text(buf, s, e, ascii)];
      if (special !== undefined) {
        v = special;
        parsedOk = true;
        parsedDigits = 0;
      }
    }
    if (parsedOk && kind !== KIND_NUMBER && !Number.isInteger(v)) parsedOk = false;
    if (parsedOk && kind === KIND_YEAR && e - s !== 4) parsedOk = false;
    if (!parsedOk) return typeError(acc, c, line, buf, s, e, ascii);
    acc.rowNull[c] = 0;
    if (p.keyed[c] === 1) {
      if (kind === KIND_NUMBER || parsedDigits <= 15) hashNumberInto(acc, c, v);
      else hashInto(acc, c, buf, s, e);
    }
    if (p.plan.rowsMode) return v;
    if (v < p.min[c]! || v > p.max[c]! || v <= p.exMin[c]! || v >= p.exMax[c]! || p.enumNumbers[c] !== null)
      checkBounds(acc, c, v, line, buf, s, e);
    return undefined;
  }

  /**
   * Runs a pattern's DFA (pattern-dfa.ts) over ASCII bytes: 1 match, 0 no match, -1 undecided (no DFA, or a
   * byte ≥ 0x80 before the answer was certain: the caller tests the RegExp on the text instead).
   */
  function matchPattern(dfa: PatternDfa | null, buf: Uint8Array, s: number, e: number): number {
    if (dfa === null) return -1;
    const table = dfa.table;
    let state = dfa.start;
    for (let i = s; i < e; i++) {
      const b = buf[i]!;
      if (b >= 128) return -1;
      state = table[state * 128 + b]!;
      // Dead: no NFA state is left, so no continuation, ASCII or not, can match.
      if (state === 0) return 0;
    }
    return dfa.accept[state]!;
  }

  /**
   * Checks one non-null text cell against its column. Returns the cast value in rows mode (the raw text when
   * the cast fails, so ajv reports the type error itself), otherwise undefined.
   */
  function checkCell(
    acc: Acc,
    c: number,
    buf: Uint8Array,
    s: number,
    e: number,
    ascii: boolean,
    line: number,
  ): unknown {
    const p = acc.p;
    const rowsMode = p.plan.rowsMode;
    if (isMissing(p, c, buf, s, e)) {
      acc.nulls[c]! += 1;
      acc.rowNull[c] = 1;
      if (p.required[c] === 1 && !rowsMode) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'required');
      return undefined;
    }
    acc.rowNull[c] = 0;
    const kind = p.kinds[c]!;
    switch (kind) {
      case KIND_NUMBER:
      case KIND_INTEGER:
      case KIND_YEAR: {
        let v: number;
        if (p.customNumber[c] === 1) v = parseCustomNumber(p, c, text(buf, s, e, ascii));
        else v = parseDecimal(buf, s, e, kind !== KIND_NUMBER && p.integral[c] === 0);
        return numericCell(acc, c, kind, buf, s, e, ascii, line, v);
      }
      case KIND_STRING: {
        // 1 match, 0 no match, -1 not decided on the bytes (no DFA, or a non-ASCII value): test the text.
        const patternMatch = p.pattern[c] === null ? 1 : matchPattern(p.patternDfa[c]!, buf, s, e);
        const formatMatch = p.format[c] === null ? 1 : matchPattern(p.formatDfa[c]!, buf, s, e);
        let t: string | null = null;
        if (patternMatch < 0 || formatMatch < 0 || rowsMode) t = text(buf, s, e, ascii);
        if (p.keyed[c] === 1) hashInto(acc, c, buf, s, e);
        if (rowsMode) return t;
        const minLen = p.minLen[c]!;
        const maxLen = p.maxLen[c]!;
        if (minLen === minLen || maxLen === maxLen) {
          let length = e - s;
          if (!ascii) {
            length = 0;
            for (let i = s; i < e; i++) if ((buf[i]! & 0xc0) !== 0x80) length++;
          }
          if (length < minLen) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'minLength', length);
          else if (length > maxLen) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'maxLength', length);
        }
        if (patternMatch === 0 || (patternMatch < 0 && !p.pattern[c]!.test(t!)))
          violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'pattern');
        if (formatMatch === 0 || (formatMatch < 0 && !p.format[c]!.test(t!)))
          violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'format');
        const temporal = p.temporalFormat[c];
        if (temporal !== null && temporal !== undefined) {
          const tt = t ?? text(buf, s, e, ascii);
          const ok =
            temporal === 'date'
              ? isoDateDays(buf, s, e) === isoDateDays(buf, s, e)
              : temporal === 'time'
                ? !Number.isNaN(isoTimeSeconds(tt))
                : !Number.isNaN(isoDatetimeMillis(tt)) && /[Zz+-]\d*:?\d*$/.test(tt);
          if (!ok) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'format');
        }
        const allowed = p.enumBytes[c];
        if (allowed !== null && allowed !== undefined) {
          let found = false;
          for (let i = 0; i < allowed.length; i++) {
            if (equalsBytes(buf, s, e, allowed[i]!)) {
              found = true;
              break;
            }
          }
          if (!found) violation(acc, c, p.CONSTRAINT, line, buf, s, e, 'enum');
        }
        return undefined;
      }
      case KIND_BOOLEAN: {
        let v = -1;
        const trues = p.trueValues[c]!;
        for (let i = 0; i < trues.length && v < 0; i++) if (equalsBytes(buf, s, e, trues[i]!)) v = 1;
        const falses = p.falseValues[c]!;
        for (let i = 0; i < falses.length && v < 0; i++) if (equalsBytes(buf, s, e, falses[i]!)) v = 0;
        if (v < 0) return typeError(acc, c, line, buf, s, e, ascii);
        if (p.keyed[c] === 1) hashNumberInto(acc, c, v);
        if (rowsMode) return v === 1;
        checkBounds(acc, c, v, line, buf, s, e);
        return undefined;
      }
      default: {
        if (kind === 13) {
          if (p.keyed[c] === 1) hashInto(acc, c, buf, s, e);
          return rowsMode ? text(buf, s, e, ascii) : undefined;
        }
        const column = p.plan.columns[c]!;
        const t = kind === KIND_DATE && column.temporalPattern === undefined ? '' : text(buf, s, e, ascii);
        let v: number;
        if (column.temporalPattern !== undefined) v = patternTemporal(column, t);
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
            const parsed: unknown = JSON.parse(t);
            if (
              kind === KIND_ARRAY
                ? Array.isArray(parsed)
                : typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
            )
              v = 0;
          } catch {
            v = NaN;
          }
        } else v = NaN;
        // `format: any` accepts whatever Date.parse understands.
        if (v !== v && column.anyTemporalFormat === true) v = anyTemporal(kind, t || text(buf, s, e, ascii));
        if (v !== v) return typeError(acc, c, line, buf, s, e, ascii);
        if (p.keyed[c] === 1) hashNumberInto(acc, c, v);
        if (rowsMode) return text(buf, s, e, ascii);
        checkBounds(acc, c, v, line, buf, s, e);
        return undefined;
      }
    }
  }

  // ---- parsing -------------------------------------------------------------------------------------------

  function pushScratch(acc: Acc, b: number): void {
    if (acc.scratchLength === acc.scratch.length) {
      const grown = Buffer.allocUnsafe(acc.scratch.length * 2);
      grown.set(acc.scratch);
      acc.scratch = grown;
    }
    acc.scratch[acc.scratchLength++] = b;
  }

  function indexOfByte(buf: Uint8Array, byte: number, from: number, limit: number): number {
    const i = buf.indexOf(byte, from);
    return i < 0 || i >= limit ? -1 : i;
  }

  /**
   * The general cell path (quoted fields, stray quotes): unescapes into acc.scratch and returns the position
   * after the cell, or -1 for a quote that never closes before `limit`.
   */
  function slowCell(acc: Acc, buf: Uint8Array, s: number, limit: number, row: number): number {
    const p = acc.p;
    acc.scratchLength = 0;
    acc.scratchAscii = true;
    let i = s;
    let afterClose = false;
    let reported = false;
    for (;;) {
      const b = buf[i]!;
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
            'a quote inside an unquoted field (quote the whole field and double the quote)',
          );
        }
        i++;
        for (;;) {
          const q = indexOfByte(buf, QUOTE, i, limit);
          if (q < 0) {
            acc.fatal = {
              line: row,
              code: p.FORMAT,
              message: 'unclosed quote: the quoted field that starts on this line never ends',
            };
            return -1;
          }
          for (let j = i; j < q; j++) {
            const c = buf[j]!;
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
        violation(acc, -1, p.FORMAT, acc.line, buf, s, i, 'text after a closing quote');
      }
      if (b > 127) acc.scratchAscii = false;
      pushScratch(acc, b);
      i++;
    }
  }

  function pushKey(acc: Acc, k: number, hi: number, lo: number, line: number): void {
    const n = acc.keyCount[k]!;
    let hashes = acc.keyHashes[k]!;
    let lines = acc.keyLines[k]!;
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

  function endRow(acc: Acc, cells: number, line: number, onRow: RowCallback | undefined): void {
    const p = acc.p;
    const header = p.plan.colMap.length;
    if (cells < header) {
      let first = -1;
      for (let i = cells; i < header; i++) {
        const c = p.plan.colMap[i]!;
        if (c >= 0) {
          acc.rowNull[c] = 1;
          acc.values[c] = undefined;
          if (first < 0) first = c;
        }
      }
      const message = `row has ${cells} of ${header} cells`;
      acc.addError(
        first,
        p.MISSING,
        line,
        null,
        first >= 0 ? `${message}; "${p.plan.columns[first]!.name}" and later are missing` : message,
      );
    } else if (cells > header) {
      acc.addError(-1, p.EXTRA, line, null, `row has ${cells} cells, the header has ${header}`);
    }
    const keys = p.plan.keys;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      if (key.length === 1) {
        const c = key[0]!;
        if (acc.rowNull[c] === 0) pushKey(acc, k, acc.rowHi[c]!, acc.rowLo[c]!, line);
        continue;
      }
      let hi = 0x2545f491;
      let lo = 0x61c88647;
      let anyNull = false;
      for (let j = 0; j < key.length; j++) {
        const c = key[j]!;
        if (acc.rowNull[c] === 1) anyNull = true;
        hi = fmix(Math.imul(hi ^ acc.rowHi[c]!, 0x9e3779b1) + j);
        lo = fmix(Math.imul(lo ^ acc.rowLo[c]!, 0x85ebca77) ^ hi);
      }
      if (!anyNull) pushKey(acc, k, hi, lo, line);
    }
    if (onRow !== undefined) onRow(acc.values, line, acc);
  }

  /**
   * Parses every record that starts in [pos, min(safeEnd, stopAt)). The caller guarantees that a newline
   * outside quotes sits at safeEnd - 1 (or that safeEnd is the end of the data and a newline follows it), so
   * the unquoted scanning loops need no bounds checks. Returns the position after the last record parsed.
   */
  function parseRecords(
    acc: Acc,
    buf: Uint8Array,
    pos: number,
    safeEnd: number,
    stopAt: number,
    checkEncoding: boolean,
    onRow: RowCallback | undefined,
  ): number {
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
      let b = buf[pos]!;
      if (b === NL || (b === CR && buf[pos + 1] === NL)) {
        acc.addError(-1, p.BLANK, line, null, 'blank row');
        pos += b === CR ? 2 : 1;
        acc.line++;
        acc.rows++;
        continue;
      }
      if (rowsMode) for (let c = 0; c < n; c++) acc.values[c] = undefined;
      let cell = 0;
      for (;;) {
        const s = pos;
        // Cell errors point at the line the cell starts on, which differs from the record's after a quoted newline.
        const cellLine = acc.line;
        b = buf[pos]!;
        let ascii: boolean;
        let value: unknown;
        const c = cell < header ? colMap[cell]! : -1;
        if (c >= 0 && fused[c] !== 0 && special[b] === 0) {
          // Numeric column: parse while scanning; anything left before the delimiter makes it invalid.
          pos = scanNumber(buf, pos, fused[c] === 2);
          b = buf[pos]!;
          if (special[b] === 0) {
            parsedOk = false;
            while (special[b] === 0) b = buf[++pos]!;
          }
          if (b !== QUOTE) {
            value = numericCell(acc, c, kinds[c]!, buf, s, pos, true, cellLine, parsedValue);
            if (rowsMode) acc.values[c] = value;
          } else pos = -2;
        } else if (b !== QUOTE) {
          let bits = 0;
          while (special[b] === 0) {
            bits |= b;
            b = buf[++pos]!;
          }
          if (b !== QUOTE) {
            ascii = bits < 128;
            if (cell < header) {
              const c = colMap[cell]!;
              if (c >= 0) value = checkCell(acc, c, buf, s, pos, ascii, cellLine);
              if (rowsMode && c >= 0) acc.values[c] = value;
            }
          } else pos = -2;
        } else pos = -2;
        if (pos === -2) {
          pos = slowCell(acc, buf, s, safeEnd, cellLine);
          if (pos < 0) return recordStart;
          if (cell < header) {
            const c = colMap[cell]!;
            if (c >= 0)
              value = checkCell(acc, c, acc.scratch, 0, acc.scratchLength, acc.scratchAscii, cellLine);
            if (rowsMode && c >= 0) acc.values[c] = value;
          }
        }
        cell++;
        b = buf[pos]!;
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
      if (checkEncoding && !deps.isUtf8(buf.subarray(recordStart, pos))) {
        acc.addError(-1, p.ENCODING, line, null, 'invalid UTF-8 in this row');
      }
      acc.rows++;
      endRow(acc, cell, line, onRow);
    }
    return pos;
  }

  function countQuotes(buf: Uint8Array, from: number, to: number): number {
    let count = 0;
    let i = buf.indexOf(QUOTE, from);
    while (i >= 0 && i < to) {
      count++;
      i = buf.indexOf(QUOTE, i + 1);
    }
    return count;
  }

  /** The end of the last complete record in [pos, dataEnd): after the last newline with even quote parity. */
  function findSafeEnd(buf: Uint8Array, pos: number, dataEnd: number): number {
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

  function readAt(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number {
    let total = 0;
    while (total < length) {
      const n = deps.fs.readSync(fd, buffer, offset + total, length - total, position + total);
      if (n === 0) break;
      total += n;
    }
    return total;
  }

  /** Where the first record after a guessed offset starts: after the next newline (or at it, if one precedes). */
  function speculativeStart(fd: number, start: number, fileSize: number): number {
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

  function runRange(prepared: PreparedPlan, task: RangeTask, onRow?: RowCallback): BatchResult {
    const p = prepared as unknown as Prepared;
    const fd = deps.fs.openSync(task.path, 'r');
    try {
      const start =
        task.speculative && task.start > 0 ? speculativeStart(fd, task.start, task.fileSize) : task.start;
      const acc = newAcc(p);
      let buf: Uint8Array = Buffer.allocUnsafe(p.plan.blockBytes + 1);
      let base = start; // file offset of buf[0]
      let length = 0;
      let pos = 0;
      let eof = base >= task.fileSize;
      while (base + pos < task.end && !(eof && pos >= length)) {
        if (!eof && length < buf.length - 1) {
          const n = readAt(fd, buf, length, buf.length - 1 - length, base + length);
          if (n < buf.length - 1 - length || base + length + n >= task.fileSize) eof = true;
          length += n;
        }
        let safeEnd: number;
        if (eof) {
          safeEnd = length;
          if (length > pos && buf[length - 1] !== NL) {
            buf[length] = NL; // a virtual final newline: the last record needs no special case
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
                  message: `a record longer than ${p.plan.maxRecordBytes / 1048576} MiB starts on this line (an unclosed quote?)`,
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
        const checkEncoding = !deps.isUtf8(buf.subarray(pos, Math.min(safeEnd, length)));
        pos = parseRecords(acc, buf, pos, safeEnd, task.end - base, checkEncoding, onRow);
        if (acc.fatal !== null) break;
        if (base + pos >= task.end || (eof && pos >= length)) break;
        if (pos > 0) {
          buf.copyWithin(0, pos, length);
          base += pos;
          length -= pos;
          pos = 0;
        }
      }
      return finish(acc, start, Math.min(base + pos, task.fileSize));
    } finally {
      deps.fs.closeSync(fd);
    }
  }

  function readRecordWith(
    buffer: Uint8Array,
    start: number,
    limit: number,
    delimiter: number,
  ): { cells: string[]; end: number; lines: number } | null {
    const p = prepare({
      delimiter,
      columns: [],
      kinds: [],
      colMap: [],
      keys: [],
      codes: {
        'type-error': 0,
        'constraint-error': 0,
        'missing-cell': 0,
        'extra-cell': 0,
        'blank-row': 0,
        'encoding-error': 0,
        'format-error': 0,
      },
      codeCount: 1,
      maxExamplesPerColumn: 0,
      rowsMode: false,
      maxRecordBytes: 0,
      blockBytes: 0,
    }) as unknown as Prepared;
    const acc = newAcc(p);
    const cells: string[] = [];
    let pos = start;
    for (;;) {
      pos = slowCell(acc, buffer, pos, limit, 0);
      if (pos < 0 || pos >= limit) return null;
      cells.push(utf8.decode(acc.scratch.subarray(0, acc.scratchLength)));
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

  /** A JSON null or absent property, or a columnar null: counted, and refused when required. */
  function nullValue(acc: Acc, column: number, line: number): void {
    const p = acc.p;
    acc.nulls[column]! += 1;
    acc.rowNull[column] = 1;
    if (p.required[column] === 1 && !p.plan.rowsMode)
      violation(acc, column, p.CONSTRAINT, line, acc.scratch, 0, 0, 'required');
  }

  /** Where the allocation-free hash methods compute (one value at a time on this thread). */
  const hashScratch = { rowHi: new Int32Array(1), rowLo: new Int32Array(1) } as Acc;
  /** A private accumulator per plan for `isCleanText`: its counts only ever grow, so a probe compares sums. */
  const probes = new WeakMap<Prepared, Acc>();

  return {
    prepare,
    runRange,
    matchPattern,
    readRecord: readRecordWith,
    checkText(_prepared, column, bytes, start, end, line, into) {
      const acc = into as unknown as Acc;
      let ascii = true;
      for (let i = start; i < end; i++) if (bytes[i]! > 127) ascii = false;
      return checkCell(acc, column, bytes, start, end, ascii, line);
    },
    checkTextColumn(prepared, column, offsets, data, rows, validity, hashes, into) {
      const p = prepared as unknown as Prepared;
      const acc = into as unknown as Acc;
      const plain = p.plainText[column] === 1;
      const dfa = p.patternDfa[column] ?? null;
      for (let i = 0; i < rows; i++) {
        if (validity !== undefined && validity[i] === 0) {
          nullValue(acc, column, i);
          continue;
        }
        const s = offsets[i]!;
        const e = offsets[i + 1]!;
        if (hashes !== undefined) {
          hashInto(hashScratch, 0, data, s, e);
          hashes[i * 2] = hashScratch.rowHi[0]!;
          hashes[i * 2 + 1] = hashScratch.rowLo[0]!;
        }
        // Present, and the pattern (if any) matches on the bytes: nothing else to check or count.
        if (plain && e > s && (dfa === null || matchPattern(dfa, data, s, e) === 1)) {
          acc.rowNull[column] = 0;
          continue;
        }
        let ascii = true;
        for (let k = s; k < e; k++) if (data[k]! > 127) ascii = false;
        checkCell(acc, column, data, s, e, ascii, i);
      }
    },
    checkNull(column, line, into) {
      nullValue(into as unknown as Acc, column, line);
    },
    endRecord(line, into) {
      const acc = into as unknown as Acc;
      endRow(acc, acc.p.plan.colMap.length, line, undefined);
      acc.rowNull.fill(1);
    },
    addError(into, column, code, line, value, message) {
      (into as unknown as Acc).addError(column, code, line, value, message);
    },
    newTarget: (prepared) => newAcc(prepared as unknown as Prepared) as unknown as TextCheckTarget,
    finishTarget(_prepared, target, rows, lines) {
      const acc = target as unknown as Acc;
      acc.rows = rows;
      acc.line = lines;
      return finish(acc, 0, 0);
    },
    hashBytesInto(bytes, start, end, into, slot) {
      hashInto(hashScratch, 0, bytes, start, end);
      into[slot * 2] = hashScratch.rowHi[0]!;
      into[slot * 2 + 1] = hashScratch.rowLo[0]!;
    },
    hashNumberInto(value, into, slot) {
      hashNumberInto(hashScratch, 0, value);
      into[slot * 2] = hashScratch.rowHi[0]!;
      into[slot * 2 + 1] = hashScratch.rowLo[0]!;
    },
    isCleanText(prepared, column, bytes, start, end) {
      const p = prepared as unknown as Prepared;
      let acc = probes.get(p);
      if (!acc) probes.set(p, (acc = newAcc(p)));
      const slot = column * p.plan.codeCount;
      let before = acc.nulls[column]!;
      for (let k = 0; k < p.plan.codeCount; k++) before += acc.counts[slot + k]!;
      let ascii = true;
      for (let i = start; i < end; i++) if (bytes[i]! > 127) ascii = false;
      checkCell(acc, column, bytes, start, end, ascii, 0);
      let after = acc.nulls[column]!;
      for (let k = 0; k < p.plan.codeCount; k++) after += acc.counts[slot + k]!;
      return after === before;
    },
    hashBytes(bytes, start, end) {
      const acc = { rowHi: new Int32Array(1), rowLo: new Int32Array(1) } as Acc;
      hashInto(acc, 0, bytes, start, end);
      return [acc.rowHi[0]! >>> 0, acc.rowLo[0]! >>> 0];
    },
    hashNumber(value) {
      const acc = { rowHi: new Int32Array(1), rowLo: new Int32Array(1) } as Acc;
      hashNumberInto(acc, 0, value);
      return [acc.rowHi[0]! >>> 0, acc.rowLo[0]! >>> 0];
    },
  };
}
