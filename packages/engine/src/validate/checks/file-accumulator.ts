import type { DatasetProfiler } from '../../profile/column-profiler.js';
import type { CheckPlan } from '../schema/check-plan.js';
import type { BatchResult, KeyHashes } from './cell-kernel/batch-result.js';
import type { ErrorCode } from '../report/error-codes.js';
import { CODE_COUNT, CODE_INDEX, ERROR_CODES } from '../report/error-codes.js';
import { KeyUniqueness } from '../uniqueness/key-uniqueness.js';
import type { ValidationError } from '../report/validation-error.js';

/** A uniqueness rule over plan columns: single-column `unique`, a primary key, or an x-mlgate.unique group. */
export interface KeySpec {
  readonly columns: readonly number[];
  readonly code: 'unique-error' | 'primary-key-error';
  readonly label: string;
}

export interface ColumnOutcome {
  readonly name: string;
  readonly type: string;
  /** False when the column is in the schema but not in the file. */
  readonly present: boolean;
  readonly nulls: number;
  readonly errors: Partial<Record<ErrorCode, number>>;
}

export interface FileOutcome {
  readonly rows: number;
  readonly errorCount: number;
  readonly errorsByCode: Partial<Record<ErrorCode, number>>;
  readonly columns: readonly ColumnOutcome[];
  /** Errors not tied to one schema column (extra cells, blank rows, encoding, composite keys, row count). */
  readonly rowErrors: Partial<Record<ErrorCode, number>>;
  /** The first examples per column, in row order. */
  readonly examples: readonly ValidationError[];
  /** Set when reading stopped early (unclosed quote, oversized record): counts cover the rows before it. */
  readonly stoppedAt: ValidationError | null;
}

/** The keys a plan asks for, in the order the kernel hashes them. */
export function keySpecs(plan: CheckPlan): KeySpec[] {
  const index = new Map(plan.columns.map((c, i) => [c.name, i]));
  const specs: KeySpec[] = [];
  plan.columns.forEach((column, i) => {
    if (column.unique && !(plan.primaryKey.length === 1 && plan.primaryKey[0] === column.name)) {
      specs.push({ columns: [i], code: 'unique-error', label: column.name });
    }
  });
  if (plan.primaryKey.length > 0) {
    specs.push({
      columns: plan.primaryKey.map((n) => index.get(n)!),
      code: 'primary-key-error',
      label: plan.primaryKey.join(', '),
    });
  }
  for (const group of plan.dataset.uniqueTogether) {
    specs.push({ columns: group.map((n) => index.get(n)!), code: 'unique-error', label: group.join(', ') });
  }
  return specs;
}

/**
 * What a piece of a file (a shard's row groups, shard-plan.ts) found, before the file's end: the merge of a
 * sharded run (partial-merge.ts) adds the pieces up in order, replays their key hashes for uniqueness across
 * them, and only then applies the dataset checks, as one accumulator over the whole file would.
 */
export interface AccumulatedPiece {
  readonly rows: number;
  /** `(columns + 1) × codeCount` counts, as BatchResult's. */
  readonly counts: readonly number[];
  readonly nulls: readonly number[];
  /** Per column (and a last slot for row-level errors): the first examples, in row order. */
  readonly examples: readonly (readonly ValidationError[])[];
  readonly stoppedAt: ValidationError | null;
}

/**
 * What of a check plan the accumulator reads: the columns' names and types, and the dataset checks it applies
 * at the end. A sharded run's partial carries it, so the merge finishes a file without the schema.
 */
export interface AccumulatorPlan {
  readonly columns: readonly { readonly name: string; readonly kind: string }[];
  readonly dataset: Pick<CheckPlan['dataset'], 'minRows' | 'maxRows' | 'maxNullFraction'>;
}

/** Where a piece's key hashes go instead of the uniqueness sets: the merge checks them across pieces. */
export type KeySink = (key: number, hashes: KeyHashes, baseLine: number) => void;

/**
 * Merges batch results, strictly in file order, into one file's outcome: exact counts, uniqueness across
 * batches, the first N examples per column, and the dataset checks at the end.
 */
export class FileAccumulator {
  private rows = 0;
  private readonly counts: Float64Array;
  private readonly nulls: Float64Array;
  private readonly examples: ValidationError[][];
  private readonly sets: KeyUniqueness[];
  private stoppedAt: ValidationError | null = null;
  private readonly n: number;

  constructor(
    private readonly file: string,
    private readonly plan: AccumulatorPlan,
    private readonly keys: readonly KeySpec[],
    private readonly maxExamplesPerColumn: number,
    /** The dataset's profile, fed each batch's part in file order (profiles span files). */
    private readonly profiler?: DatasetProfiler,
    /** A piece of a file: key hashes go here, and uniqueness is the merge's. */
    private readonly keySink?: KeySink,
  ) {
    this.n = plan.columns.length;
    this.counts = new Float64Array((this.n + 1) * CODE_COUNT);
    this.nulls = new Float64Array(this.n);
    this.examples = Array.from({ length: this.n + 1 }, () => []);
    this.sets = keys.map(() => new KeyUniqueness());
    this.late = keys.map(() => []);
  }

  /**
   * Presizes the uniqueness sets for about `rows` rows (known from metadata, or estimated), saving rebuilds;
   * `whole`: a table for all of them if it fits the sets' in-memory budget, so nothing spills.
   */
  expectRows(rows: number, whole = false): void {
    if (this.rows === 0) for (const set of this.sets) set.expect(rows, whole);
  }

  /** Frees the uniqueness sets' spill files when validation ends before `finish` (an exception). */
  dispose(): void {
    for (const set of this.sets) set.close();
  }

  get rowCount(): number {
    return this.rows;
  }

  get stopped(): boolean {
    return this.stoppedAt !== null;
  }

  private slot(column: number): number {
    return column < 0 ? this.n : column;
  }

  private fieldOf(column: number, key?: KeySpec): string | null {
    if (key) return key.columns.length === 1 ? this.plan.columns[key.columns[0]!]!.name : null;
    return column < 0 ? null : this.plan.columns[column]!.name;
  }

  /** A problem found outside the kernel: the header, a JSON line, a row rule from ajv. */
  addError(column: number, code: ErrorCode, row: number | null, value: string | null, message: string): void {
    const slot = this.slot(column);
    this.counts[slot * CODE_COUNT + CODE_INDEX[code]]! += 1;
    if (this.examples[slot]!.length < this.maxExamplesPerColumn) {
      this.examples[slot]!.push({ code, file: this.file, row, field: this.fieldOf(column), message, value });
    }
  }

  addNull(column: number): void {
    this.nulls[column]! += 1;
  }

  addRows(rows: number): void {
    this.rows += rows;
  }

  /** `baseLine` is the physical line (or record number) of the batch's relative line 0. */
  addBatch(batch: BatchResult, baseLine: number): void {
    this.rows += batch.rows;
    if (batch.profile !== undefined) this.profiler?.add(batch.profile);
    for (let i = 0; i < this.counts.length; i++) this.counts[i]! += batch.counts[i]!;
    for (let i = 0; i < this.n; i++) this.nulls[i]! += batch.nulls[i]!;
    const fresh: { slot: number; error: ValidationError }[] = batch.examples.map((e) => ({
      slot: this.slot(e.column),
      error: {
        code: ERROR_CODES[e.code]!,
        file: this.file,
        row: baseLine + e.line,
        field: this.fieldOf(e.column),
        message: e.message,
        value: e.value,
      },
    }));
    batch.keys.forEach((hashes, k) => {
      if (this.keySink !== undefined) return this.keySink(k, hashes, baseLine);
      const key = this.keys[k]!;
      const set = this.sets[k]!;
      const slot = key.columns.length === 1 ? key.columns[0]! : this.n;
      const code = CODE_INDEX[key.code];
      set.add(hashes, baseLine, (row) => {
        this.counts[slot * CODE_COUNT + code]! += 1;
        // A row of an earlier batch (a probe the set took over late) merges at the end, in row order.
        if (row < baseLine) this.lateDuplicate(k, row);
        else fresh.push({ slot, error: this.keyError(key, row) });
      });
    });
    fresh.sort((a, b) => (a.error.row ?? 0) - (b.error.row ?? 0));
    for (const { slot, error } of fresh) {
      if (this.examples[slot]!.length < this.maxExamplesPerColumn) this.examples[slot]!.push(error);
    }
    if (batch.fatal)
      this.stop(batch.fatal.message, baseLine + batch.fatal.line, ERROR_CODES[batch.fatal.code]!);
  }

  private keyError(key: KeySpec, row: number): ValidationError {
    return {
      code: key.code,
      file: this.file,
      row,
      field: this.fieldOf(-1, key),
      message:
        key.code === 'primary-key-error'
          ? `primary key (${key.label}) repeats an earlier row`
          : `value of (${key.label}) repeats an earlier row`,
      value: null,
    };
  }

  /** Per key: the lowest rows of duplicates reported out of row order, for the examples. */
  private readonly late: number[][];

  private lateDuplicate(k: number, row: number): void {
    const max = this.maxExamplesPerColumn;
    if (max === 0) return;
    const rows = this.late[k]!;
    rows.push(row);
    // Reported in hash order or late: keep the lowest rows, trimming as they pile up.
    if (rows.length >= 4 * max + 64) this.late[k] = rows.sort((a, b) => a - b).slice(0, max);
  }

  /**
   * Duplicates found at the end (spilled runs merged, out-of-order values checked) and those reported late:
   * counted, and merged into the first-N examples by row, as if `addBatch` had seen them in order.
   */
  private addLateDuplicates(): void {
    this.keys.forEach((key, k) => {
      const slot = key.columns.length === 1 ? key.columns[0]! : this.n;
      const code = CODE_INDEX[key.code];
      const max = this.maxExamplesPerColumn;
      this.sets[k]!.finish((row) => {
        this.counts[slot * CODE_COUNT + code]! += 1;
        this.lateDuplicate(k, row);
      });
      const rows = this.late[k]!.sort((a, b) => a - b).slice(0, max);
      if (rows.length === 0) return;
      const examples = this.examples[slot]!;
      for (const row of rows) examples.push(this.keyError(key, row));
      // Stable: at equal rows, errors seen earlier stay first, as addBatch's per-batch sort leaves them.
      examples.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      examples.length = Math.min(examples.length, max);
    });
  }

  /** A piece's findings so far (keySink mode: no uniqueness here, no dataset checks yet). */
  piece(): AccumulatedPiece {
    return {
      rows: this.rows,
      counts: [...this.counts],
      nulls: [...this.nulls],
      examples: this.examples.map((slot) => [...slot]),
      stoppedAt: this.stoppedAt,
    };
  }

  /**
   * Adds a piece of this file, the pieces in file order: counts and nulls summed, each column's examples
   * appended (the pieces' rows follow each other, so the first N stay the first N). `rowOffset` makes a
   * piece's rows the file's (a byte range numbers its own from 0).
   */
  addPiece(piece: AccumulatedPiece, rowOffset = 0): void {
    this.rows += piece.rows;
    for (let i = 0; i < this.counts.length; i++) this.counts[i]! += piece.counts[i] ?? 0;
    for (let i = 0; i < this.n; i++) this.nulls[i]! += piece.nulls[i] ?? 0;
    const shifted = (error: ValidationError): ValidationError =>
      rowOffset === 0 || error.row === null ? error : { ...error, row: error.row + rowOffset };
    piece.examples.forEach((examples, slot) => {
      const kept = this.examples[slot];
      if (kept === undefined) return;
      for (const example of examples)
        if (kept.length < this.maxExamplesPerColumn) kept.push(shifted(example));
    });
    if (piece.stoppedAt !== null) this.stoppedAt = shifted(piece.stoppedAt);
  }

  /**
   * A piece's key hashes, replayed in file order through the uniqueness check the whole file would have run:
   * every repeat is counted, and merged into the examples by row at the end, as late duplicates are.
   */
  replayKeys(k: number, hashes: KeyHashes, rowOffset = 0): void {
    const key = this.keys[k]!;
    const slot = key.columns.length === 1 ? key.columns[0]! : this.n;
    const code = CODE_INDEX[key.code];
    this.sets[k]!.add(hashes, rowOffset, (row) => {
      this.counts[slot * CODE_COUNT + code]! += 1;
      this.lateDuplicate(k, row);
    });
  }

  stop(message: string, row: number | null, code: ErrorCode = 'format-error'): void {
    this.addError(-1, code, row, null, message);
    this.stoppedAt = { code, file: this.file, row, field: null, message, value: null };
  }

  /** Applies the dataset checks and returns the outcome. */
  finish(present: readonly boolean[]): FileOutcome {
    const { dataset } = this.plan;
    this.addLateDuplicates();
    if (!this.stopped) {
      if (dataset.minRows !== undefined && this.rows < dataset.minRows) {
        this.addError(
          -1,
          'row-count-error',
          null,
          String(this.rows),
          `${this.rows} rows, fewer than x-mlgate.rows.min (${dataset.minRows})`,
        );
      }
      if (dataset.maxRows !== undefined && this.rows > dataset.maxRows) {
        this.addError(
          -1,
          'row-count-error',
          null,
          String(this.rows),
          `${this.rows} rows, more than x-mlgate.rows.max (${dataset.maxRows})`,
        );
      }
      this.plan.columns.forEach((column, i) => {
        const limit = dataset.maxNullFraction[column.name] ?? dataset.maxNullFraction['*'];
        if (limit === undefined || !present[i] || this.rows === 0) return;
        const fraction = this.nulls[i]! / this.rows;
        if (fraction > limit) {
          this.addError(
            i,
            'null-fraction-error',
            null,
            fraction.toFixed(4),
            `${(fraction * 100).toFixed(2)}% of the values are null, above x-mlgate.maxNullFraction (${limit * 100}%)`,
          );
        }
      });
    }
    const tally = (slot: number): Partial<Record<ErrorCode, number>> => {
      const out: Partial<Record<ErrorCode, number>> = {};
      ERROR_CODES.forEach((code, c) => {
        const v = this.counts[slot * CODE_COUNT + c]!;
        if (v > 0) out[code] = v;
      });
      return out;
    };
    const errorsByCode: Partial<Record<ErrorCode, number>> = {};
    let errorCount = 0;
    ERROR_CODES.forEach((code, c) => {
      let total = 0;
      for (let slot = 0; slot <= this.n; slot++) total += this.counts[slot * CODE_COUNT + c]!;
      if (total > 0) errorsByCode[code] = total;
      errorCount += total;
    });
    // File-level problems (no row) first, then by row.
    const examples = this.examples.flat().sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return {
      rows: this.rows,
      errorCount,
      errorsByCode,
      columns: this.plan.columns.map((column, i) => ({
        name: column.name,
        type: column.kind,
        present: present[i] ?? false,
        nulls: this.nulls[i]!,
        errors: tally(i),
      })),
      rowErrors: tally(this.n),
      examples,
      stoppedAt: this.stoppedAt,
    };
  }
}
