import { recordOfLine } from '../../readers/json-records.js';
import type { RecordItem } from '../../readers/json-records.js';
import type { RecordChecker } from '../record-checker.js';
import type { ScannedRecordChecks } from './scanned-record-checks.js';

/**
 * JSON records checked one at a time, and which plan columns some record has: one way for this thread's JSON
 * Lines and JSON arrays (validate-data.ts checkJsonRecords) and for a worker's byte range of JSON Lines
 * (json-lines-range.ts), so both report the same.
 */
export class JsonRecordChecks {
  /** Which plan columns some record has, looked for only until all have turned up. */
  readonly present: boolean[];
  private missing: number;

  constructor(
    readonly checker: RecordChecker,
    /** The fused checks (from the line's bytes), when the run allows them. */
    private readonly scanned: ScannedRecordChecks | undefined,
  ) {
    this.present = checker.plan.columns.map(() => false);
    this.missing = this.present.length;
  }

  /** A JSON Lines line: checked from its bytes where the fused checks read it, else parsed. */
  line(bytes: Uint8Array, line: number, first: boolean): void {
    const { scanned } = this;
    if (scanned === undefined || !scanned.scan(bytes)) return this.item(recordOfLine(bytes, line, first));
    for (let c = 0; this.missing > 0 && c < this.present.length; c++) {
      if (!this.present[c] && scanned.has(c)) {
        this.present[c] = true;
        this.missing--;
      }
    }
    this.checker.checkScanned(scanned, bytes, line);
  }

  /** A parsed record, or a line that is no record (a problem that does not stop the file). */
  item(item: RecordItem): void {
    if (item.kind === 'problem') {
      this.checker.rowProblem(item.line, item.code, item.message, item.value);
      return;
    }
    const { columns } = this.checker.plan;
    for (let c = 0; this.missing > 0 && c < columns.length; c++) {
      if (!this.present[c] && columns[c]!.name in item.value) {
        this.present[c] = true;
        this.missing--;
      }
    }
    this.checker.check(item.value, item.line);
  }
}
