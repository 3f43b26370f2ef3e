import { isUtf8 } from 'node:buffer';
import type { Acc, RowCallback } from './batch-accumulator.js';
import { endRow, newAcc, violation } from './batch-accumulator.js';
import { checkCell, numericCell } from './cell-checks.js';
import { CR, NL, QUOTE } from './csv-bytes.js';
import type { Prepared } from './kernel-plan.js';
import { prepare } from './kernel-plan.js';
import { scanNumber, scannedOk, scannedValue } from './number-scan.js';

/**
 * RFC 4180 records parsed straight from bytes, each cell checked as it is scanned.
 *
 * Quote semantics are "every quote toggles the quoted state" (`""` inside quotes is a literal quote). That is
 * exactly RFC 4180 for well-formed input and makes quote parity a faithful predictor of record boundaries,
 * which is what lets a block be cut at the last newline with an even number of quotes before it (findSafeEnd)
 * and lets workers start at a byte offset speculatively (range-worker-pool.ts). A quote inside an unquoted
 * field, or text after a closing quote, is a `format-error` on that line.
 */
// ignoreBOM: a header name may start with U+FEFF; only the file's first bytes are a BOM (csv-validator.ts).
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

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

/**
 * Parses every record that starts in [pos, min(safeEnd, stopAt)). The caller guarantees that a newline
 * outside quotes sits at safeEnd - 1 (or that safeEnd is the end of the data and a newline follows it), so
 * the unquoted scanning loops need no bounds checks. Returns the position after the last record parsed.
 */
export function parseRecords(
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
    // A blank line, whatever ends it: a bare CR ends a record everywhere else too, so "\r\r" holds a blank
    // row just as "\n\n" does (not a row of one empty cell). Only an LF starts a new physical line.
    if (b === NL || b === CR) {
      acc.addError(-1, p.BLANK, line, null, 'blank row');
      if (b === CR) pos++;
      if (buf[pos] === NL) {
        pos++;
        acc.line++;
      }
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
        let valid = scannedOk();
        if (special[b] === 0) {
          valid = false;
          while (special[b] === 0) b = buf[++pos]!;
        }
        if (b !== QUOTE) {
          value = numericCell(acc, c, kinds[c]!, buf, s, pos, true, cellLine, scannedValue(), valid);
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
    if (checkEncoding && !isUtf8(buf.subarray(recordStart, pos))) {
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
export function findSafeEnd(buf: Uint8Array, pos: number, dataEnd: number): number {
  let nl = buf.lastIndexOf(NL, dataEnd - 1);
  if (nl < pos) return -1;
  let quotes = countQuotes(buf, pos, nl);
  while (quotes % 2 === 1) {
    const lastQuote = buf.lastIndexOf(QUOTE, nl - 1);
    // `<= pos`, not `< pos`: a quote at pos has no newline of this range before it, and lastIndexOf(NL, -1)
    // would search from the end of the buffer and find `nl` again, forever (a block that opens with a quoted
    // field holding a newline hung the reader).
    const previous = lastQuote <= pos ? -1 : buf.lastIndexOf(NL, lastQuote - 1);
    if (previous < pos) return -1;
    quotes -= countQuotes(buf, previous, nl);
    nl = previous;
  }
  return nl + 1;
}

/** Parses one record of text cells (the header); `end` is where the next record starts. */
export function readRecord(
  buffer: Uint8Array,
  start: number,
  limit: number,
  delimiter: number,
): { cells: string[]; end: number; lines: number } | null {
  const p = prepare({
    delimiter,
    columns: [],
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
