import { UserError } from '../../user-error.js';

/**
 * Where each row of a predictions file is, for messages: the physical line it starts on in a text file
 * (CSV, JSON Lines; a quoted newline or a blank line makes it differ from the row number), the record number
 * in a columnar file, which has no lines.
 */
export class RowPlaces {
  private lines: Int32Array;

  constructor(
    readonly file: string,
    private readonly hasLines: boolean,
  ) {
    this.lines = new Int32Array(hasLines ? 1024 : 0);
  }

  /** Records that text row `row` (0-based) starts on `line`. */
  setLine(row: number, line: number): void {
    if (row >= this.lines.length) {
      const grown = new Int32Array(Math.max(1024, this.lines.length * 2, row + 1));
      grown.set(this.lines);
      this.lines = grown;
    }
    this.lines[row] = line;
  }

  /** The mistake on row `row` (0-based), as a UserError that names the file and the line or record. */
  error(row: number, message: string): UserError {
    if (this.hasLines) return new UserError(message, { file: this.file, line: this.lines[row]! });
    return new UserError(`record ${row + 1}: ${message}`, { file: this.file });
  }
}
