import { BatchProfiler } from '../../profile/batch-profile.js';
import type { ProfileMode } from '../../profile/batch-profile.js';
import { profileJsonValue } from '../../profile/value-profiling.js';
import type { CheckPlan, FieldKind } from '../schema/check-plan.js';
import type { BatchResult } from './cell-kernel/batch-result.js';
import type { TextCheckTarget } from './cell-kernel/cell-kernel.js';
import type { PreparedPlan } from './cell-kernel/kernel-plan.js';
import { numberIsFine, numericWindow } from './column-check-loops.js';
import type { NumericWindow } from './column-check-loops.js';
import { kernelOnThisThread } from './cell-kernel/cell-kernel.js';
import { CODE_COUNT, CODE_INDEX } from '../report/error-codes.js';
import type { KeySpec } from './file-accumulator.js';
import type { RowValidator } from '../schema/json-schema-compiler.js';
import type { ScannedRecordChecks } from './json-kernel/scanned-record-checks.js';

/**
 * Checks records that arrive as JS objects (JSONL, JSON arrays) with the same kernel the CSV path uses, so a
 * value means the same thing in every format. Table Schema casts strings (a JSON "12" is a valid integer, as
 * in a CSV cell); JSON values of another JSON type than the field's are type errors. With JSON Schema, ajv
 * judges each record and the kernel only counts nulls and hashes keys.
 */
const NUMERIC_KINDS = new Set<FieldKind>(['number', 'integer', 'year']);
const TEXT_ONLY_KINDS = new Set<FieldKind>([
  'string',
  'date',
  'datetime',
  'time',
  'yearmonth',
  'duration',
  'geopoint',
]);

export class RecordChecker {
  private readonly kernel = kernelOnThisThread();
  private readonly prepared: PreparedPlan;
  private target: TextCheckTarget;
  private readonly encoder = new TextEncoder();
  private scratch = new Uint8Array(1024);
  /**
   * Per column, the numeric window of column-check-loops.ts when a JSON number can skip the kernel: numeric
   * kinds not part of a key (a key hashes every value) and not in rows mode (ajv sees every cast value).
   */
  private readonly windows: readonly (NumericWindow | undefined)[];
  private readonly names: readonly string[];
  private readonly known: ReadonlySet<string>;
  private rows = 0;
  private readonly forbidExtra: boolean;
  private profiler: BatchProfiler | undefined;
  private flushes = 0;

  constructor(
    readonly plan: CheckPlan,
    keys: readonly KeySpec[],
    maxExamplesPerColumn: number,
    private readonly rowValidator: RowValidator | undefined,
    /** Profile the records' values too, one part per flush. */
    private readonly profileMode?: ProfileMode,
  ) {
    this.names = plan.columns.map((c) => c.name);
    this.known = new Set(this.names);
    this.forbidExtra =
      plan.language === 'table-schema' && ['exact', 'equal', 'superset'].includes(plan.fieldsMatch);
    this.prepared = this.kernel.prepare({
      delimiter: 44,
      columns: plan.columns,
      colMap: plan.columns.map((_, i) => i),
      keys: keys.map((k) => k.columns),
      codes: CODE_INDEX,
      codeCount: CODE_COUNT,
      maxExamplesPerColumn,
      rowsMode: rowValidator !== undefined,
      maxRecordBytes: 0,
      blockBytes: 0,
    });
    this.target = this.kernel.newTarget(this.prepared);
    this.profiler = this.newProfiler();
    const keyed = new Set(keys.flatMap((k) => k.columns));
    this.windows = plan.columns.map((column, c) =>
      NUMERIC_KINDS.has(column.kind) && !keyed.has(c) && rowValidator === undefined
        ? numericWindow(column)
        : undefined,
    );
  }

  /** A line that is not a record (invalid JSON, a blank line, not an object). */
  rowProblem(
    line: number,
    code: 'format-error' | 'blank-row' | 'encoding-error',
    message: string,
    value: string | null,
  ): void {
    this.rows++;
    this.kernel.addError(this.target, -1, CODE_INDEX[code], line, value, message);
  }

  check(record: Record<string, unknown>, line: number): void {
    this.rows++;
    const { kernel, target } = this;
    this.plan.columns.forEach((column, c) => {
      const value = record[column.name];
      if (value === undefined || value === null) {
        kernel.checkNull(c, line, target);
        return;
      }
      if (this.profiler !== undefined) profileJsonValue(this.profiler, c, value);
      // A JSON number inside the column's numeric window needs no text and no kernel: nothing to count.
      const window = this.windows[c];
      if (window !== undefined && typeof value === 'number' && numberIsFine(value, window)) return;
      const textForm = this.textOf(column.kind, value);
      if (textForm === undefined) {
        const shown = JSON.stringify(value).slice(0, 80);
        kernel.addError(
          target,
          c,
          CODE_INDEX['type-error'],
          line,
          shown,
          `${shown} is a JSON ${Array.isArray(value) ? 'array' : typeof value}, not a ${column.kind}`,
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
            CODE_INDEX['extra-cell'],
            line,
            key,
            `property "${key}" is not in the schema (fieldsMatch: ${this.plan.fieldsMatch})`,
          );
      }
    }
    if (this.rowValidator) {
      for (const violation of this.rowValidator(record)) {
        const column = violation.field === null ? -1 : this.names.indexOf(violation.field);
        const value =
          violation.value === undefined
            ? null
            : (typeof violation.value === 'string' ? violation.value : JSON.stringify(violation.value)).slice(
                0,
                80,
              );
        kernel.addError(target, column, CODE_INDEX[violation.code], line, value, violation.message);
      }
    }
    kernel.endRecord(line, target);
  }

  /**
   * A record checked from its line's bytes by the fused JSON Lines checks (json-kernel/), into the same batch
   * as `check`'s, as `check` would have checked its parsed object.
   */
  checkScanned(checks: ScannedRecordChecks, bytes: Uint8Array, line: number): void {
    this.rows++;
    checks.check(this.target, bytes, line);
    this.kernel.endRecord(line, this.target);
  }

  /** UTF-8 of `text` into the reused scratch buffer (a fresh array per value was most of the time); its length. */
  private encode(text: string): number {
    for (;;) {
      const { read, written } = this.encoder.encodeInto(text, this.scratch);
      if (read === text.length) return written;
      this.scratch = new Uint8Array(text.length * 3 + 16);
    }
  }

  /** The text a JSON value stands for under the column's kind, or undefined for a JSON type mismatch. */
  private textOf(kind: FieldKind, value: unknown): string | undefined {
    if (this.rowValidator) return typeof value === 'string' ? value : JSON.stringify(value);
    if (typeof value === 'string') return value;
    if (typeof value === 'number')
      return NUMERIC_KINDS.has(kind) || kind === 'any' ? String(value) : undefined;
    if (typeof value === 'boolean') return kind === 'boolean' || kind === 'any' ? String(value) : undefined;
    if (TEXT_ONLY_KINDS.has(kind)) return undefined;
    if (kind === 'object' && !Array.isArray(value)) return JSON.stringify(value);
    if (kind === 'array' && Array.isArray(value)) return JSON.stringify(value);
    return kind === 'any' ? JSON.stringify(value) : undefined;
  }

  /** Hands over what was checked since the last call; lines are absolute (merge with base line 0). */
  flush(): BatchResult {
    const result = this.kernel.finishTarget(this.prepared, this.target, this.rows, 0);
    const profile = this.profiler?.finish();
    this.target = this.kernel.newTarget(this.prepared);
    this.profiler = this.newProfiler();
    this.rows = 0;
    return profile === undefined ? result : { ...result, profile };
  }

  private newProfiler(): BatchProfiler | undefined {
    if (this.profileMode === undefined) return undefined;
    return new BatchProfiler(
      this.plan.columns.map((column) => column.kind),
      this.profileMode,
      0x9e3779b9 ^ this.flushes++,
    );
  }
}
